"""Counts given place by place, the later places with their noun and verb left out ("seven were injured in
Kyiv, two in Kharkiv and five in Cherkasy region"). Each place's count is that place's: the tolls of
several places with no total give no toll of the attack (rule 3a), and a region's interceptions are its
share. The articles are ours; values were read off by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least seven people were injured in Kyiv, two in Kharkiv, and five in Cherkasy.",
            [("injured", 7, "Kyiv"), ("injured", 2, "Kharkiv"), ("injured", 5, "Cherkasy")],
        ),
        (
            "Three people were killed in Lviv and two in Lutsk.",
            [("killed", 3, "Lviv"), ("killed", 2, "Lutsk")],
        ),
        # a city and a town of its region: two places (not "four in Bila Tserkva" after "the Kyiv region")
        (
            "Three people were injured in Kharkiv, and four in Chuhuiv, the governor said.",
            [("injured", 3, "Kharkiv"), ("injured", 4, "Chuhuiv")],
        ),
        (
            "Air defence shot down 12 drones over Kyiv, eight over Zhytomyr and 3 over Sumy.",
            [("intercepted", 12, "Kyiv"), ("intercepted", 8, "Zhytomyr"), ("intercepted", 3, "Sumy")],
        ),
    ],
)
def test_each_place_in_turn_keeps_the_count_of_the_first(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Tonight, on September 26, in the sky over the Sumy region, our air defence shot down 13 '
            'Shaheds," the post reads.',
            ("intercepted", 13, "Sumy"),
        ),
        (
            "On Monday, June 3, over the Kharkiv region, air defence destroyed 12 drones.",
            ("intercepted", 12, "Kharkiv"),
        ),
        ("Overnight, in the Odesa region, two people were injured.", ("injured", 2, "Odesa")),
    ],
)
def test_a_place_after_two_opening_phrases_is_the_counts(text: str, expected: tuple[str, int, str]) -> None:
    # A clause may open on a time and a date before its place: the place is still the count's.
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == [expected]


def test_a_place_after_another_count_is_that_counts() -> None:
    # "36 … overnight - 11 over the Zaporizhzhia region": the region is the 11's, the 36 the whole's.
    text = (
        "Air defence units destroyed 36 Ukrainian drones overnight - 11 over the Zaporizhzhia region, 10 "
        "over the Belgorod region and 15 over Crimea."
    )
    assert (36, None) in [(f.value, f.place) for f in read_figures(text)]


def test_a_dash_right_after_a_count_leads_to_its_place() -> None:
    text = "13 Ukrainian drones were shot down over the Bryansk region, and two – over Kursk."
    assert [(f.value, f.place) for f in read_figures(text)] == [(13, "Bryansk"), (2, "Kursk")]


def test_a_number_that_opens_a_clause_of_its_own_is_not_left_out() -> None:
    # "two in Nikopol were injured" has its own verb: a count of another role, not an elliptic killed.
    text = "Two people were killed in Kherson, and two in Nikopol were injured."
    assert ("killed", 2, "Nikopol") not in [(f.role, f.value, f.place) for f in read_figures(text)]


@pytest.mark.parametrize(
    "body",
    [
        "Russia struck Ukraine overnight with 36 missiles, the air force said. At least seven people were "
        "injured in Kyiv, two in Kharkiv, and five in Cherkasy, regional officials said.",
        "KYIV (Wire) - A wave of Russian missiles hit power plants in western Ukraine before dawn. Four "
        "people were wounded in Lviv, three in Rivne and one in Lutsk, according to local authorities.",
    ],
)
def test_tolls_of_several_places_with_no_total_give_no_toll(body: str) -> None:
    [figures] = stated_figures(body, "2025-11-14T09:00:00Z").values()
    assert "injured" not in figures


@pytest.mark.parametrize(
    "body",
    [
        "Russian missiles struck the Dnipropetrovsk region overnight. Two people were killed in the city of "
        "Dnipro; five people, including two children, were killed in Pidhorodne, the governor said.",
        "A missile and drone attack hit two towns of the Sumy region overnight: three people were killed in "
        "Shostka, and four residents, including three teenagers, were killed in Okhtyrka.",
    ],
)
def test_tolls_of_two_towns_past_an_aside_give_no_toll(body: str) -> None:
    # The aside ("including a child", "two of them teenagers") holds a count of its own: the place after
    # it is still the toll's, so the two towns' tolls are two places' and add up to no toll.
    [figures] = stated_figures(body, "2025-11-14T09:00:00Z").values()
    assert "killed" not in figures
