"""One person told by their place in the story, and a ministry's count over the one region attacked.

"Killing the driver", "injuring the 52-year-old driver" count the one person in the car the story is about;
"a man who was working in his garden was killed" is one person with a clause about them. A defence
ministry's "31 drones destroyed over Crimea", beside "nine more suppressed", is its count of the night
when Crimea is the one region attacked.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "A Ukrainian drone struck a car in the Kursk region on Sunday, killing the driver, the regional "
            "governor said.",
            "2025-03-09T15:00:00Z",
            {"2025-03-09:UA>RU": {"killed": 1}},
        ),
        (
            "A Russian drone hit a minibus near Nikopol on Tuesday morning, injuring the 52-year-old driver, "
            "the regional governor said.",
            "2025-03-11T12:00:00Z",
            {"2025-03-11:RU>UA": {"injured": 1}},
        ),
        (
            "Russian drones struck a village in the Sumy region on Monday. A man who was working in his "
            "garden was killed, the regional administration said.",
            "2025-03-10T16:00:00Z",
            {"2025-03-10:RU>UA": {"killed": 1}},
        ),
    ],
)
def test_one_person_told_by_their_place_in_the_story(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


def test_a_ministry_count_over_the_one_region_attacked() -> None:
    body = (
        "Russia's Defence Ministry said on Thursday that its air defences had destroyed 31 Ukrainian drones "
        "over Crimea overnight and that electronic warfare systems had suppressed nine more."
    )
    assert stated_figures(body, "2025-03-13T07:00:00Z") == {
        "2025-03-13:UA>RU": {"drones_intercepted": 31, "drones_suppressed": 9}
    }


def test_no_one_killed_anywhere_is_the_whole_attack_s() -> None:
    # a national ministry's zero said beside one city's toll, "anywhere in the attack"
    body = (
        "Russia launched 90 drones at Ukraine overnight, the air force said, hitting Kyiv and the Chernihiv "
        "region. Three people were injured in Kyiv. No one was killed anywhere in the attack, and the three "
        "in Kyiv were the only people hurt, the interior ministry said."
    )
    assert stated_figures(body, "2025-03-13T07:00:00Z") == {
        "2025-03-13:RU>UA": {"drones_launched": 90, "killed": 0, "injured": 3}
    }


def test_the_owner_s_dog_is_no_one_killed() -> None:
    body = (
        "A Russian drone struck a private house in the Sumy region overnight, killing the owner's dog and "
        "damaging the roof, the regional administration said on Sunday. No people were injured."
    )
    assert stated_figures(body, "2025-03-09T09:00:00Z") == {"2025-03-09:RU>UA": {"injured": 0}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cuts from glass are injuries
        (
            "Russian drones attacked Odesa overnight, the regional governor said. Two people suffered cuts "
            "from flying glass.",
            {"injured": 2},
        ),
        (
            "Russian drones attacked Odesa overnight, the regional governor said. Three people were cut by "
            "broken glass and treated at the scene.",
            {"injured": 3},
        ),
        (
            "Russian drones attacked Odesa overnight, the regional governor said. A 62-year-old woman was "
            "cut by broken glass and taken to hospital.",
            {"injured": 1},
        ),
        # one person taken to hospital is the injured count when no other is given …
        (
            "Russian drones attacked Odesa overnight, the regional governor said. A 62-year-old woman was "
            "taken to hospital.",
            {"injured": 1},
        ),
        # … and yields to one that is
        (
            "Russian drones attacked Odesa overnight, the regional governor said. Five people were injured. "
            "A woman was taken to hospital.",
            {"injured": 5},
        ),
        # power cuts are no one's
        (
            "Russian drones attacked Odesa overnight, the regional governor said. Power cuts hit three "
            "districts.",
            {},
        ),
    ],
)
def test_cuts_and_one_person_in_hospital(body: str, expected: dict[str, int]) -> None:
    assert stated_figures(body, "2024-09-22T06:00:00Z") == {"2024-09-22:RU>UA": expected}


def test_one_taken_to_hospital_who_died_is_no_one_hospitalised() -> None:
    body = (
        "A Ukrainian drone hit a car in the Belgorod region on Sunday, the governor said. One civilian died. "
        "The man was taken to a hospital where he died from his wounds despite the doctors' efforts."
    )
    assert stated_figures(body, "2024-09-22T15:00:00Z") == {"2024-09-22:UA>RU": {"killed": 1}}
