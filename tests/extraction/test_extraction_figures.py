"""Reading counted phrases in one sentence."""

from __future__ import annotations

from streams.extraction.figures import read_figures


def roles(text: str, carry: str | None = None) -> list[tuple[str, str, int]]:
    return [(f.category, f.role, f.value) for f in read_figures(text, carry)]


def test_interceptions_and_lost_locally_are_separate() -> None:
    text = (
        "Air defences downed 268 of the drones and two of the missiles, "
        "with a further 208 drones failing to reach their targets."
    )
    assert roles(text) == [
        ("drones", "intercepted", 268),
        ("missiles", "intercepted", 2),
        ("drones", "suppressed", 208),
    ]


def test_out_of_gives_both_counts() -> None:
    assert roles("Ukraine's forces destroyed 14 out of 16 Russian attack drones.") == [
        ("drones", "intercepted", 14),
        ("drones", "launched", 16),
    ]


def test_hits_are_not_interceptions() -> None:
    assert roles("Five missiles and 21 drones struck various locations.") == [
        ("missiles", "hit", 5),
        ("drones", "hit", 21),
    ]


def test_casualties_killed_injured_hospitalised() -> None:
    assert roles("Russian missiles hit a school, killing five people and wounding 25.") == [
        ("people", "killed", 5),
        ("people", "injured", 25),
    ]
    assert roles("Three people were hospitalized.") == [("people", "hospitalised", 3)]


def test_children_among_the_injured_are_not_a_total() -> None:
    assert roles("A strike killed at least 17 people, including four children, and injured 38 others.") == [
        ("people", "killed", 17),
        ("people", "injured", 38),
    ]


def test_headless_number_takes_the_previous_sentence_weapon() -> None:
    assert roles("Two more disappeared in the area.", carry="drones") == [("drones", "suppressed", 2)]


def test_city_counts_are_subsets_region_counts_are_not() -> None:
    assert roles("Air defences shot down 19 drones near Moscow, the mayor said.") == []
    assert roles("Air defences shot down 19 drones over the Kursk region.") == [("drones", "intercepted", 19)]


def test_soldiers_and_ages_are_not_victims() -> None:
    assert roles("The army lost 315 soldiers; women aged 71 and 53 were wounded.") == []


def test_singular_missile() -> None:
    assert roles("An X-59 guided missile was intercepted and destroyed.") == [("missiles", "intercepted", 1)]
