"""Tolls given place by place, and zeros of one place in a wider attack.

A toll stated with no place of its own, in a sentence that names one place ("struck districts across the
capital, killing 14 people"), is that place's when the story gives another place's toll of the same
kind: the story counts place by place, and with no stated total the attack's figure is unknown (corpus
rule 3a). A weapon count of one place below the whole attack's count ("14 Shaheds in the Cherkasy sky"
beside "27 drones shot down over Ukraine") shows an attack wider than the place, so that place's "no
casualties" is its own (rule 1).

Also two readings published pages showed missed: a barrage's size past a rounding word ("a barrage of over
100 missiles") is a launch count, and "four more were admitted to hospital" after a death toll are the
hospitalised, not more dead; one missile named by its model after it ("a guided missile Kh-59 was
destroyed") or after a model's number ("17 Shahed-131/136 UAVs and a missile"); and missiles "none of
which were intercepted".

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures


def read(body: str, published_at: str) -> dict[str, dict[str, int]]:
    """The figures of each incident; a first line without a full stop is the page's title too."""
    first = body.split("\n", 1)[0]
    return stated_figures(body, published_at, first if "\n" in body and not first.endswith(".") else None)


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            # wire copy: one city's deaths, and the injured of two places
            "Russian missiles struck the city of Zaporizhzhia overnight, killing five people and wounding "
            "19, officials said. In the neighbouring Dnipropetrovsk region, a drone attack wounded three "
            "more people, the regional governor said.",
            "2024-03-22T08:00:00Z",
            {"2024-03-22:RU>UA": {"killed": 5}},
        ),
        (
            # a broadcaster's round-up: the headline's city, then another city's deaths
            "Russian attack on Odesa kills 3, injures 12\n\nRussian drones hit residential buildings in "
            "Odesa overnight, killing three people and injuring 12, the head of the regional administration "
            "said on Thursday.\n\nIn the Mykolaiv region, one man was killed when a drone struck his car, "
            "officials there said.",
            "2025-02-13T09:30:00Z",
            {"2025-02-13:RU>UA": {"injured": 12}},
        ),
        (
            # a news agency: the capital named as "the Ukrainian capital", then a region's injured
            "Waves of Russian drones and missiles struck the Ukrainian capital early on Monday, killing two "
            "people and injuring nine, the city administration said. In the Kharkiv region, four people were "
            "injured in a missile strike on a warehouse.",
            "2025-04-14T10:00:00Z",
            {"2025-04-14:RU>UA": {"killed": 2}},
        ),
        (
            # a total stated for the whole attack still wins
            "Russian strikes on Kyiv injured 20 people overnight. In Lviv, two people were injured. In "
            "total, 22 people were wounded across the country, the interior minister said.",
            "2024-08-26T09:00:00Z",
            {"2024-08-26:RU>UA": {"injured": 22}},
        ),
        (
            # one place only: its toll is the attack's
            "A Russian ballistic missile struck Kryvyi Rih on Friday evening, killing six people and "
            "injuring 31, the head of the city's defence council said. Rescue work went on overnight.",
            "2025-04-04T20:00:00Z",
            {"2025-04-04:RU>UA": {"missiles_launched": 1, "killed": 6, "injured": 31}},
        ),
    ],
)
def test_a_toll_told_of_one_place_is_that_places_beside_another_places(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert read(body, published_at) == expected


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            # a regional post, then the air force's national count
            "On the night of March 3, air defence destroyed 11 Shahed drones over the Poltava region, the "
            "head of the regional military administration said. No one was hurt. Across Ukraine, the air "
            "force said, 48 of the 60 drones Russia launched were shot down.",
            "2025-03-03T07:30:00Z",
            {"2025-03-03:RU>UA": {"drones_launched": 60, "drones_intercepted": 48}},
        ),
        (
            # the region's share named inside the national count
            "Ukrainian air defence downed 35 Russian drones overnight, the air force said on Tuesday. Seven "
            "of them were shot down over the Khmelnytskyi region, where the regional administration reported "
            "no casualties.",
            "2024-11-19T08:00:00Z",
            {"2024-11-19:RU>UA": {"drones_intercepted": 35}},
        ),
        (
            # the whole attack was on the one city: its zero is the attack's ("hurt": the injured only)
            "Russia fired two Iskander-M missiles at Kharkiv on Saturday afternoon, the regional governor "
            "said. Both hit an industrial site. No one was hurt.",
            "2025-05-17T16:00:00Z",
            {"2025-05-17:RU>UA": {"missiles_launched": 2, "injured": 0}},
        ),
    ],
)
def test_a_zero_of_one_place_in_a_wider_attack_is_that_places(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert read(body, published_at) == expected


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            # a headline repeats the body's regional count: the region's, not the night's
            "Twelve Shahed Drones Shot Down Over Mykolaiv Region\nUkraine's air defence shot down 12 Shahed "
            "drones over the Mykolaiv region overnight, the regional governor said. Across Ukraine, Russia "
            "launched 64 drones, the air force said.",
            "2024-10-02T07:00:00Z",
            {"2024-10-02:RU>UA": {"drones_launched": 64}},
        ),
        (
            # a headline's toll repeats one region's, and another region's follows
            "Russian drone strike kills two\nTwo people were killed in the Sumy region when a Russian "
            "drone hit a car, the regional administration said on Tuesday. In the Kharkiv region, a drone "
            "strike killed three more people.",
            "2025-03-11T12:00:00Z",
            {"2025-03-11:RU>UA": {}},
        ),
        (
            # "over the region" in a regional post is the region's share
            "Kherson region. Overnight the enemy attacked with Shaheds. Air defence destroyed four drones in "
            "the skies over the region, the regional military administration said. Across the country, the "
            "air force counted 50 drones launched.",
            "2024-09-14T06:30:00Z",
            {"2024-09-14:RU>UA": {"drones_launched": 50}},
        ),
        (
            # "N of which" is of its whole's place
            "Russian air defences detected 17 Ukrainian drones in the airspace of the Bryansk region "
            "overnight, 12 of which were destroyed. In all, 30 drones targeted Russia, the defence ministry "
            "said.",
            "2024-05-05T08:00:00Z",
            {"2024-05-05:UA>RU": {"drones_launched": 30}},
        ),
        (
            # a missile "over the region" in a strike on one city is of the strike
            "Russia fired three Kalibr missiles at Odesa on Monday afternoon. One of them was shot down over "
            "the region, the southern defence forces said.",
            "2024-11-18T15:00:00Z",
            {"2024-11-18:RU>UA": {"missiles_launched": 3, "missiles_intercepted": 1}},
        ),
    ],
)
def test_a_regional_count_named_by_a_headline_the_region_or_its_whole_stays_the_regions(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert read(body, published_at) == expected


# --- Counts the reader missed on published pages ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a barrage's size past a rounding word is its launch count
        (
            "The barrage of over 100 missiles and a similar number of drones began around midnight.",
            [("missiles", "launched", 100)],
        ),
        ("Russia struck the grid with a barrage of at least 40 missiles.", [("missiles", "launched", 40)]),
        ("A wave of some 90 Shahed drones crossed the border after midnight.", [("drones", "launched", 90)]),
        # not "with" past one: the country's stock, not an attack
        ("Russia entered the war with roughly 900 Iskander-M missiles.", []),
        # one missile named by its model after it, or after a model's number
        (
            "Also, a guided aviation missile Kh-59 was destroyed in the Mykolaiv region.",
            [("missiles", "intercepted", 1)],
        ),
        (
            "Air defence forces shot down 17 Shahed-131/136 UAVs and a missile overnight.",
            [("drones", "intercepted", 17), ("missiles", "intercepted", 1)],
        ),
        # "N more were admitted to hospital": the hospitalised, not more dead
        (
            "Three were killed in the incident, and four more were admitted to hospital.",
            [("people", "killed", 3), ("people", "hospitalised", 4)],
        ),
        (
            "Two people died and five more were taken to hospital.",
            [("people", "killed", 2), ("people", "hospitalised", 5)],
        ),
    ],
)
def test_a_barrage_s_size_and_the_hospitalised_after_the_dead(
    sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(sentence)] == expected


def test_missiles_none_of_which_were_intercepted_count_no_interception() -> None:
    body = (
        "Russia launched 188 drones overnight, and 76 were shot down, the air force said. The assault also "
        "included four Iskander-M ballistic missiles, none of which were intercepted."
    )
    assert read(body, "2024-11-26T08:00:00Z") == {
        "2024-11-26:RU>UA": {
            "drones_launched": 188,
            "drones_intercepted": 76,
            "missiles_launched": 4,
            "missiles_intercepted": 0,
            "total_launched": 192,
            "total_intercepted": 76,
        }
    }


def test_a_strike_s_missiles_none_of_which_were_intercepted_keep_their_launch_count() -> None:
    # the strike's missiles are its launch, though they hit; the stated zero counts no weapon of the attack
    body = (
        "Russia struck Kryvyi Rih with four Iskander-M ballistic missiles on Tuesday evening, none of which "
        "were intercepted, the head of the city's defence council said. Three people were killed."
    )
    assert read(body, "2025-09-17T06:00:00Z") == {
        "2025-09-16:RU>UA": {"missiles_launched": 4, "missiles_intercepted": 0, "killed": 3}
    }


def test_head_of_cattle_are_no_toll() -> None:
    body = (
        "Russian drones attacked the Kharkiv region overnight, the governor said. In the Chuhuiv district, "
        "drones hit a farm, killing around 40 head of cattle. A 63-year-old woman was injured in Kupiansk."
    )
    assert read(body, "2023-10-18T06:25:00Z") == {"2023-10-18:RU>UA": {"injured": 1}}
