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
        "up to 30 drones at a time",
        "at 9am on 2:00",
        "on 26 August and Aug. 28",
        "no one was injured",
        "a 70 km range",
    ],
)
def test_not_counts(text: str) -> None:
    assert values(text) == []


def test_spans_point_at_the_number() -> None:
    text = "Air defences shot down Fourteen of 16 drones."
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
    assert [n.text for n in find_numbers(text)] == ["Fourteen", "16"]
