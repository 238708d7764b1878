"""Sentences a review of the extraction rules wrote to break them: each rule stays as narrow as its
comment says. The expected values are read off the sentences by the corpus rules."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.figures import read_figures

_PUBLISHED = "2025-06-12T09:00:00Z"


def figures_of(body: str) -> dict[str, dict[str, int]]:
    article = schemas.Article(id="t", published_at=_PUBLISHED, body=body)
    return {
        r.incident_id[-5:]: {f: v for f in schemas.FIELDS if (v := getattr(r.figures, f)) is not None}
        for r in extract(article)
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A record "since the start of the invasion" is this night's, not a running total.
        (
            "Overall, Russia launched 479 drones and 20 missiles overnight, the largest aerial attack since "
            "the start of the full-scale invasion, the air force said.",
            {"RU>UA": {"drones_launched": 479, "missiles_launched": 20, "total_launched": 499}},
        ),
        # A toll with no weapon named and no shelling named is still the strike's.
        (
            "A Russian strike on Dnipro overnight killed four people and injured 20, the governor said.",
            {"RU>UA": {"killed": 4, "injured": 20}},
        ),
        # "convicted" describes the victims here, not a court.
        (
            "Russian missiles struck a penal colony in the Zaporizhzhia region overnight, killing 16 "
            "convicted prisoners and injuring 35, officials said.",
            {"RU>UA": {"killed": 16, "injured": 35}},
        ),
        # A dateline opening the first line is not the place of the national toll.
        (
            "Kyiv: Russia launched 440 drones and 32 missiles at Ukraine overnight, killing at least 15 "
            "people and injuring 99, officials said.\nIn Odesa, two people were injured when debris fell "
            "on a house.",
            {
                "RU>UA": {
                    "drones_launched": 440,
                    "missiles_launched": 32,
                    "total_launched": 472,
                    "killed": 15,
                    "injured": 99,
                }
            },
        ),
        # A comparison with the previous week's attack is about this one.
        (
            "Russia launched 479 drones at Ukraine overnight, more than the previous week's attack, the air "
            "force said.",
            {"RU>UA": {"drones_launched": 479}},
        ),
        # Each toll is of the attack on its country.
        (
            "Russia and Ukraine launched waves of drones at each other overnight, killing at least three "
            "people in Ukraine and injuring two in Russia, officials said.",
            {"RU>UA": {"killed": 3}, "UA>RU": {"injured": 2}},
        ),
        # A bare "Read more" button hides nothing after it.
        (
            "Russia attacked Kharkiv with drones overnight.\nRead more\nTwo people were killed and nine "
            "injured when a drone hit a block of flats.",
            {"RU>UA": {"killed": 2, "injured": 9}},
        ),
    ],
)
def test_an_attack_report_the_review_wrote(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert figures_of(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injured were taken to 3 hospitals in the city.", []),
        ("Five people suffered life-changing injuries in the strike.", [("people", "injured", 5)]),
        (
            "Overnight, 50 drones, of which most were Shaheds, were shot down.",
            [("drones", "intercepted", 50)],
        ),
        (
            "Russia launched more than four dozen drones, most of which were shot down.",
            [("drones", "launched", 48)],
        ),
        ("Residents started fleeing as 12 drones hit the city.", [("drones", "hit", 12)]),
    ],
)
def test_a_sentence_the_review_wrote(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "A man was killed in the Kharkiv region, and in Kyiv, falling debris injured five people.",
            {"Kyiv"},
        ),
        (
            "Two people were killed in the Dnipropetrovsk region and nine were injured across the country.",
            {None},
        ),
    ],
)
def test_the_place_of_an_injured_count(text: str, places: set[str | None]) -> None:
    assert {f.place for f in read_figures(text) if f.role == "injured"} == places


def test_clauses_of_one_sentence_each_point_at_their_attack() -> None:
    body = (
        "Russia downs 34 drones; Kyiv destroys 62 of 145 drones launched by Moscow.\n"
        "The attacks came overnight, officials on both sides said."
    )
    assert figures_of(body) == {
        "RU>UA": {"drones_launched": 145, "drones_intercepted": 62},
        "UA>RU": {"drones_intercepted": 34},
    }


def test_a_monthly_figure_given_for_comparison_is_another_time() -> None:
    body = (
        "Russia launched 98 drones at Ukraine overnight, the air force said.\n"
        "For comparison, in the whole of December Russia used 5 612 attack drones against Ukraine."
    )
    assert figures_of(body) == {"RU>UA": {"drones_launched": 98}}


def test_a_toll_of_a_place_is_of_the_attack_on_its_country() -> None:
    body = (
        "Ukraine and Russia traded drone attacks overnight, with a Russian strike killing three people in "
        "Kharkiv and Ukrainian drones setting fire to a refinery in Russia's Ryazan region.\n"
        "Russia's Defence Ministry said its air defences had intercepted 88 Ukrainian drones."
    )
    assert figures_of(body) == {"RU>UA": {"killed": 3}, "UA>RU": {"drones_intercepted": 88}}


def test_a_clause_after_while_points_at_its_own_attack() -> None:
    body = (
        "Russia said on Tuesday it had shot down 118 Ukrainian drones overnight, while Ukraine said Russia "
        "had attacked it with 93 drones and five ballistic missiles."
    )
    assert figures_of(body) == {
        "RU>UA": {"drones_launched": 93, "missiles_launched": 5, "total_launched": 98},
        "UA>RU": {"drones_intercepted": 118},
    }


def test_the_items_of_a_list_add_up_and_take_its_verb_and_its_attack() -> None:
    body = (
        "On the night of 12 June, the enemy attacked Ukraine with 93 air attack means:\n"
        "• 11 Kh-101 cruise missiles – from the Saratov region area;\n"
        "• 3 Iskander-M ballistic missiles – from the Kursk region;\n"
        "• 79 Shahed attack drones\n"
        "Shot down/suppressed:\n"
        "– 9 Kh-101 cruise missiles;\n"
        "– 61 UAVs, by mobile fire groups and EW units;\n"
        "– 12 imitators were locationally lost."
    )
    assert figures_of(body) == {
        "RU>UA": {
            "drones_launched": 79,
            "drones_intercepted": 61,
            "drones_suppressed": 12,
            "missiles_launched": 14,
            "missiles_intercepted": 9,
            "total_launched": 93,
            "total_intercepted": 70,
        }
    }


# A second review (a helper, fresh eyes) tried to break the rules added for the tenth to thirteenth
# held-out batches; these are its articles, with the labels the corpus rules give them.
SECOND_REVIEW = [
    pytest.param(
        "2025-06-13T09:00:00Z",
        "Four days after its last attack on the capital, Russia fired 150 drones and 10 missiles "
        "at Kyiv on Thursday, the Air Force said.\n\nAir defence shot down 140 drones and eight "
        "missiles. Four people were killed and 20 injured, Mayor Vitali Klitschko said.",
        {
            "2025-06-12:RU>UA": {
                "drones_launched": 150,
                "drones_intercepted": 140,
                "missiles_launched": 10,
                "missiles_intercepted": 8,
                "total_launched": 160,
                "total_intercepted": 148,
                "killed": 4,
                "injured": 20,
            }
        },
        id="F1a_prev6",
    ),
    pytest.param(
        "2025-06-13T09:00:00Z",
        "Unlike the previous strike, the attack on June 12 targeted energy facilities in Kyiv. "
        "Russia launched 150 drones and 10 missiles, the Air Force said. Air defence shot down "
        "140 drones and eight missiles. Four people were killed.",
        {
            "2025-06-12:RU>UA": {
                "drones_launched": 150,
                "drones_intercepted": 140,
                "missiles_launched": 10,
                "missiles_intercepted": 8,
                "total_launched": 160,
                "total_intercepted": 148,
                "killed": 4,
            }
        },
        id="F1b_prev",
    ),
    pytest.param(
        "2025-06-10T07:00:00Z",
        "Russia launched 80 drones at Ukraine overnight, the Air Force said, and 60 of them were "
        "shot down. On Monday, Zelensky met European leaders in London, and overnight Russian "
        "drones killed two people in Odesa, the governor said.",
        {"2025-06-10:RU>UA": {"drones_launched": 80, "drones_intercepted": 60, "killed": 2}},
        id="F2a_open1",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 80 drones and three missiles at Ukraine overnight, the Air Force said. "
        "Overnight, the city of Sumy, still recovering from the June 10 missile strike, was hit "
        "again, and two people were killed.",
        {
            "2025-06-12:RU>UA": {
                "drones_launched": 80,
                "missiles_launched": 3,
                "total_launched": 83,
                "killed": 2,
            }
        },
        id="F2b_qual3",
    ),
    pytest.param(
        "2025-06-12T15:00:00Z",
        "Russia attacked Odesa with drones overnight on Wednesday, injuring four people, the "
        "regional governor said. Air defence downed 20 of 25 drones.\n\nOn Thursday morning, a "
        "woman was killed and three people were wounded in Nikopol, the governor said.",
        {"2025-06-11:RU>UA": {"drones_launched": 25, "drones_intercepted": 20, "injured": 4}},
        id="F3_later",
    ),
    pytest.param(
        "2025-06-12T09:00:00Z",
        "Rescuers finished clearing the rubble of the apartment block on Thursday, two days "
        "after a Russian missile strike on June 10 killed 23 people and injured 50.",
        {"2025-06-10:RU>UA": {"killed": 23, "injured": 50}},
        id="F4_mourn3",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia struck Kyiv with missiles and drones overnight, hours after Zelensky returned "
        "from talks in Washington, killing at least 12 people and injuring 40.",
        {"2025-06-12:RU>UA": {"killed": 12, "injured": 40}},
        id="F5a_hours1",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russian drones hit Odesa overnight, a day after Ukraine and Russia exchanged prisoners, "
        "injuring five people, the governor said.",
        {"2025-06-12:RU>UA": {"injured": 5}},
        id="F5b_hours3",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 85 drones at Ukraine overnight, the Air Force said, adding that Kyiv "
        "was also targeted by cruise missiles, all of which were shot down.",
        {"2025-06-12:RU>UA": {"drones_launched": 85}},
        id="F6a_allof6",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 85 drones at Ukraine overnight and also fired several ballistic "
        "missiles at Kharkiv — all of them were intercepted, the Air Force said.",
        {"2025-06-12:RU>UA": {"drones_launched": 85}},
        id="F6b_allof7",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 85 drones at Ukraine overnight, eight of which headed for Kyiv, and all "
        "of them were shot down, the Air Force said.",
        {"2025-06-12:RU>UA": {"drones_launched": 85}},
        id="F6c_allof1",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia attacked the Odesa region overnight with drones and missiles, the Air Force "
        "said. All three missiles were fired from the Black Sea, and they hit port "
        "infrastructure. Two people were injured.",
        {"2025-06-12:RU>UA": {"missiles_launched": 3, "injured": 2}},
        id="F7a_alllaunch2",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia attacked Ukraine overnight with drones. All 40 drones were launched from the "
        "Kursk and Oryol regions and from Primorsko-Akhtarsk, the Air Force said. Several drones "
        "hit energy facilities in the Sumy region.",
        {"2025-06-12:RU>UA": {"drones_launched": 40}},
        id="F7b_alllaunch1",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 100 drones at Ukraine overnight, with 30 disappearing from radar and 60 "
        "being shot down, the Air Force said.",
        {"2025-06-12:RU>UA": {"drones_launched": 100, "drones_intercepted": 60, "drones_suppressed": 30}},
        id="F9_being10",
    ),
    pytest.param(
        "2025-06-12T12:00:00Z",
        "A Russian ballistic missile struck the centre of Sumy on Thursday morning, killing two "
        "soldiers and injuring 14 civilians, the regional administration said. Three injured "
        "children were taken to hospital.",
        {"2025-06-12:RU>UA": {"killed": 2, "injured": 14}},
        id="F10_mil11",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 120 drones and an unspecified number of missiles at Ukraine overnight. "
        "In Odesa, three missiles struck port infrastructure, the governor said.",
        {"2025-06-12:RU>UA": {"drones_launched": 120}},
        id="F11a_fb3",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia attacked Ukraine overnight with more than 300 drones and missiles, the Air Force "
        "said. In Kyiv, two ballistic missiles hit a residential building, killing five people.",
        {"2025-06-12:RU>UA": {"total_launched": 300, "killed": 5}},
        id="F11b_fb1",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Ukraine attacked Russia with drones overnight. The Russian Defence Ministry said air "
        "defences shot down 45 Ukrainian drones, while Russian forces destroyed 12 units of "
        "armoured vehicles.",
        {"2025-06-12:UA>RU": {"drones_intercepted": 45}},
        id="F12_units4",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russian air defence systems intercepted and destroyed 45 Ukrainian aircraft type UAVs "
        "overnight over the Bryansk, Kursk and Belgorod regions, the Russian Defence Ministry "
        "said.",
        {"2025-06-12:UA>RU": {"drones_intercepted": 45}},
        id="F13_stop5",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 60 drones and three missiles at Ukraine overnight. Strikes took out two "
        "Russian missile launchers near the border, while the drones that reached Sumy damaged a "
        "school.",
        {"2025-06-12:RU>UA": {"drones_launched": 60, "missiles_launched": 3, "total_launched": 63}},
        id="F14_took8",
    ),
    pytest.param(
        "2025-06-12T07:00:00Z",
        "Russia launched 60 drones at Ukraine overnight, the Air Force said. Air defence shot "
        "down 45 of them. In a separate operation, Ukrainian drones took out two Russian S-400 "
        "missile launchers in Crimea, the SBU said.",
        {"2025-06-12:RU>UA": {"drones_launched": 60, "drones_intercepted": 45}},
        id="F14b_took1",
    ),
]


@pytest.mark.parametrize(("published_at", "body", "expected"), SECOND_REVIEW)
def test_second_review_cases(published_at: str, body: str, expected: dict[str, dict[str, int]]) -> None:
    article = schemas.Article(id="t", published_at=published_at, body=body)
    assert {r.incident_id: r.figures.stated() for r in extract(article)} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Overnight, 60 Russian drones (45 of which were shot down) hit targets in Kharkiv, Sumy and Odesa "
        "regions.",
        "Ukraine's Air Force recorded 60 drones (45 were shot down) and two Iskander-M missiles overnight.",
    ],
)
def test_brackets_with_a_verb_of_their_own_are_not_a_breakdown(body: str) -> None:
    # The launch of 60 is not read yet; the 45 shot down is, and the 60 is not taken for it.
    article = schemas.Article(id="t", published_at="2025-06-12T07:00:00Z", body=body)
    (report,) = extract(article)
    assert report.figures.drones_intercepted == 45
