"""Sentences a review of the extraction rules wrote to break them: each rule stays as narrow as its
comment says. The expected values are read off the sentences by the corpus rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
# held-out batches; its articles, with the labels the corpus rules give them, are in
# fixtures/review2_articles.json.
SECOND_REVIEW = json.loads((Path(__file__).parent / "fixtures" / "review2_articles.json").read_text())


@pytest.mark.parametrize("case", SECOND_REVIEW, ids=[c["name"] for c in SECOND_REVIEW])
def test_second_review_cases(case: dict[str, Any]) -> None:
    article = schemas.Article(id="t", published_at=case["published_at"], body=case["body"])
    assert {r.incident_id: r.figures.stated() for r in extract(article)} == case["expected"]


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


# The ninth session's review: where its first rules misfired, as the reviewer wrote the sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ranking word that does not rank an attack leaves a running total a running total.
        ("Russia has fired 700 missiles in massive attacks since the autumn.", []),
        ("Moscow has used 600 missiles in massive strikes this year.", []),
        # A count with its own noun after a list of ages is a count.
        ("The attack killed a woman aged 70, and 12 people were injured.", [("injured", 12), ("killed", 1)]),
        ("Children aged 5 to 12, 14 in total, were injured.", [("injured", 14)]),
        # A place with another verb is not an elliptic count of the first verb.
        ("Three people were injured in Kherson, and 2,000 in Odesa lost power.", [("injured", 3)]),
        ("Eight people were injured in Kharkiv, three in Hospital No. 17.", [("injured", 8)]),
        # Types that add up are summed, even when the first equals the sum of the others.
        ("Russia launched six Kh-101 cruise missiles, two Kalibr missiles and four Iskander-M missiles.",
         [("launched", 12)]),
        ("Russia launched eight Shahed drones, three Gerbera drones and five other drones.",
         [("launched", 16)]),
        # "attack assets" of artillery or aviation are no aerial weapons.
        ("The strikes hit 41 strategic aviation attack assets at four airfields.", []),
    ],
)  # fmt: skip
def test_ninth_review_sentences(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Alerts in several regions say nothing of where the attack struck: its one region's zero stands.
        (
            "Russian drones attacked the Odesa region overnight, damaging a warehouse, the governor said. No "
            "casualties were reported. Air raid alerts were declared in several regions of southern Ukraine.",
            {"RU>UA": {"killed": 0, "injured": 0}},
        ),
        # A day said in another sentence with no figures of the attack does not date it.
        (
            "Russian drones hit an apartment building in Kharkiv, killing two people and injuring 15, the "
            "mayor said on Thursday. The air force said on Wednesday that Russia was using more decoys.",
            {"RU>UA": {"killed": 2, "injured": 15}},
        ),
        # A local official named in a clause of his own does not make the air force's count his city's.
        (
            "Ukraine's air force shot down 40 of 50 Russian drones overnight, and Kharkiv governor Oleh "
            "Syniehubov told reporters two people were wounded in the city. The drones also targeted the "
            "Sumy and Odesa regions.",
            {"RU>UA": {"drones_launched": 50, "drones_intercepted": 40, "injured": 2}},
        ),
    ],
)
def test_ninth_review_articles(body: str, expected: dict[str, dict[str, int]]) -> None:
    got = figures_of(body)
    assert got == expected
    # Published on Thursday 12 June: each is the night that ended that morning.
    assert [
        r.incident_id[:10] for r in extract(schemas.Article(id="t", published_at=_PUBLISHED, body=body))
    ] == ["2025-06-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed were two men, aged 34 and 52, and 11 were wounded.", [("killed", 2), ("injured", 11)]),
        (
            "Three people were injured in Sumy, and 200 in Kharkiv on Saturday were evacuated.",
            [("injured", 3)],
        ),
        (
            "Russia has launched 1,500 drones at the capital in the biggest attacks since the start of the "
            "war.",
            [],
        ),
    ],
)
def test_second_ninth_review_sentences(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A speaker of a clause of its own that counts weapons speaks for them.
        (
            "Kharkiv Mayor Ihor Terekhov said two people were injured, while the air force said 80 of 90 "
            "drones were shot down across Ukraine.",
            {"RU>UA": {"drones_launched": 90, "drones_intercepted": 80, "injured": 2}},
        ),
        # Launch areas ("from Kursk and other regions") say nothing of where the attack struck.
        (
            "Russia launched 25 drones at the Odesa region overnight from Kursk and other regions; 20 were "
            "shot down. No one was killed or injured, governor Oleh Kiper said.",
            {"RU>UA": {"drones_launched": 25, "drones_intercepted": 20, "killed": 0, "injured": 0}},
        ),
    ],
)
def test_second_ninth_review_articles(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert figures_of(body) == expected
