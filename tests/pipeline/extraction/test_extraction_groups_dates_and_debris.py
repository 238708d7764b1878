"""Tolls told in groups of people, and dates that are not places, as the fourteenth session's
published pages showed the extractor misread them:

- a toll told as groups side by side ("12 adults and two children were killed", "killed 11 children and
  nine adults", "three women and a man were injured"): the groups add up, whichever side the verb is on,
  and a second verb's count after them keeps its own role ("… and injured 108 people"); a part named
  after "including" or "among them" is no group of its own;
- a month's short name after "on" ("overnight on Feb. 23", "on Sept 3") is a date, not the place of the
  count before it;
- what fell of one weapon ("debris from a Ukrainian drone, which was destroyed, …") counts no weapon:
  beside the governor's "about 10 drones" it is not an exact count of one.

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, int]  # (role, value)


def tolls(text: str) -> list[Read]:
    return [(f.role, f.value) for f in read_figures(text) if f.category == "people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after the groups
        (
            "The emergencies ministry said 12 adults and two children were killed when the drone hit the "
            "market.",
            [("killed", 14)],
        ),
        ("Two children and four adults were wounded when debris fell on the block.", [("injured", 6)]),
        ("Three women and a man were injured in the attack on the village.", [("injured", 4)]),
        # the verb before the groups, and a second verb with its own count
        ("The strike killed 11 children and nine adults, the mayor said.", [("killed", 20)]),
        (
            "The attack killed 12 adults and two children and injured 108 people.",
            [("killed", 14), ("injured", 108)],
        ),
        ("The missile killed five men and two women in the village of Hroza.", [("killed", 7)]),
        # the noun shared by both numbers
        ("Nine adults and three children were hospitalised.", [("hospitalised", 12)]),
    ],
)
def test_a_toll_told_in_groups_adds_up(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the toll named after it
        ("Five people were killed, including two children and a woman.", [("killed", 5)]),
        ("Six people were injured, among them two children and three women.", [("injured", 6)]),
        # one group each side of a verb: two tolls, not one
        ("Two children were killed and four adults were injured.", [("killed", 2), ("injured", 4)]),
    ],
)
def test_groups_that_are_parts_or_tolls_of_their_own_do_not_add_up(text: str, expected: list[Read]) -> None:
    assert tolls(text)[: len(expected)] == expected


def test_a_toll_in_groups_is_the_attack_s_toll() -> None:
    body = (
        "Ukrainian drones struck the city of Belgorod on Saturday, Russian officials said.\n\n"
        "The Russian emergencies ministry said 12 adults and two children were killed and 108 people were "
        "injured when drones and rockets hit the city centre.\n\n"
        "Governor Vyacheslav Gladkov said several residential buildings and cars were damaged."
    )
    figures = stated_figures(body, "2023-12-30T18:00:00Z")
    assert figures == {"2023-12-30:UA>RU": {"killed": 14, "injured": 108}}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "At least four people were injured in Dnipro as Russia targeted the city with drones overnight "
            "on Feb. 23, the governor said.",
            "Dnipro",
        ),
        ("Two people were killed as drones struck the city on Jan. 5, officials said.", None),
        ("Five people were injured in the city as Russian missiles hit on Sept 3.", None),
        ("One man was wounded when a drone fell on Dec 14, the mayor said.", None),
    ],
)
def test_a_month_s_short_name_is_no_place(text: str, place: str | None) -> None:
    assert [f.place for f in read_figures(text) if f.category == "people"] == [place]


def test_a_region_s_toll_dated_by_a_month_s_short_name_is_the_attack_s() -> None:
    body = (
        "At least one civilian was killed in a Russian drone attack on Odesa overnight on Feb. 23, the "
        "southern defence forces said.\n\n"
        "At least four people were injured in Dnipro as Russia targeted the city with Shahed drones "
        "overnight on Feb. 23, the regional governor said."
    )
    assert stated_figures(body, "2024-02-23T09:00:00Z") == {"2024-02-23:RU>UA": {"killed": 1, "injured": 4}}


@pytest.mark.parametrize(
    "text",
    [
        "Debris from a Ukrainian drone, which was destroyed, ignited a fire at the terminal.",
        "Fragments of a missile, which was intercepted over the city, fell on a car park.",
        "Wreckage from a drone that was shot down damaged two houses in the village.",
    ],
)
def test_what_fell_of_one_weapon_counts_no_weapon(text: str) -> None:
    assert read_figures(text) == []


def test_one_weapon_shot_down_is_still_a_count_of_one() -> None:
    assert [
        (f.category, f.role, f.value) for f in read_figures("Air defence shot down a drone over the city.")
    ] == [("drones", "intercepted", 1)]


def test_debris_of_one_drone_does_not_outrank_a_governor_s_rounded_count() -> None:
    body = (
        "Ukrainian drones attacked the port of Ust-Luga in the Leningrad region overnight, the regional "
        "governor said on Sunday.\n\n"
        "Governor Alexander Drozdenko said about 10 Ukrainian drones were intercepted and destroyed over the "
        "port.\n\n"
        "Debris from a Ukrainian drone, which was destroyed, ignited a fire at the fuel terminal. No one was "
        "hurt, he said."
    )
    figures = stated_figures(body, "2025-08-24T08:00:00Z")
    assert figures["2025-08-24:UA>RU"].get("drones_intercepted") == 10
    assert "drones_launched" not in figures["2025-08-24:UA>RU"]
