"""Numbers in text: digits, words, qualifiers, and what is not a count."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.numbers import find_numbers


def values(text: str) -> list[int]:
    return [n.value for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 1,200 drones", [1200]),
        ("Twenty three people were injured", [23]),
        ("twenty-three of the twenty-eight drones", [23, 28]),
        ("one hundred and twelve drones", [112]),
        ("all 14 drones and two cruise missiles", [14, 2]),
        ("34 out of 35 attack drones", [34, 35]),
        ("a total of 40 means of air attack", [40]),
        ("more than 10 000 strike drones", [10000]),
        # "N dozen" is 12N; "a dozen" 12 (rule 2 of the labels).
        ("Russia fired two dozen cruise missiles", [24]),
        ("about a dozen Shahed drones and three dozen UAVs", [12, 36]),
        ("Half a dozen missiles and twenty-one drones", [6, 21]),
        ("a dozen of the 40 drones", [12, 40]),
        # "Up to N" gives N (rule 2); "at a time" makes it a rate, for the reader (test_extraction_figures).
        ("67 cruise missiles and up to 10 Lancet drones", [67, 10]),
        # "Both" counts two of what it names, not the two sides of a pair.
        ("shot down 95 drones and both missiles", [95, 2]),
        ("Both were taken to hospital", [2]),
        ("both drones and missiles hit the city", []),
        ("both Kyiv and the Lviv region", []),
        ("Both sides used drones, and 40 drones were shot down", [40]),
        ("both of them died", [2]),
    ],
)
def test_counts(text: str, expected: list[int]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 23-year-old photographer",
        "Kh-101 and Shahed-136 and S-300",
        "$6 billion in aid",
        "79% of the missiles",
        "between 300–350 drones",
        "at 9am on 2:00",
        "on 26 August and Aug. 28",
        "no one was injured",
        "a 70 km range",
        # Vague quantities give no number.
        "several hundred drones",
        "a few hundred missiles and a few dozen drones",
        "dozens of drones and several dozen wounded",
        "many thousand residents",
    ],
)
def test_not_counts(text: str) -> None:
    assert values(text) == []


def test_spans_point_at_the_number() -> None:
    text = "Air defences shot down Fourteen of 16 drones."
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
    assert [n.text for n in find_numbers(text)] == ["Fourteen", "16"]
