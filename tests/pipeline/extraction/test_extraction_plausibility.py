"""Articles engineered to look like attacks with absurd figures never yield absurd figures."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.numbers import find_numbers

PUBLISHED = "2025-06-02T07:00:00Z"


def _figures(body: str) -> dict[str, int]:
    reports = extract(schemas.Article(id="absurd", published_at=PUBLISHED, body=body))
    out: dict[str, int] = {}
    for report in reports:
        out.update(report.figures.stated())
    return out


@pytest.mark.parametrize(
    "text",
    ["10^12 drones", "10**9 drones", "-5 drones", "−5 drones", "+40 drones", "3×10 drones"],
)
def test_signed_numbers_and_powers_are_not_counts(text: str) -> None:
    assert [n.value for n in find_numbers(f"Russia launched {text} overnight.")] == []


@pytest.mark.parametrize(
    "body",
    [
        "Russia launched 10^12 drones at Ukraine overnight, the air force said.",
        "Russia launched 1000000000000 drones at Ukraine overnight, the air force said.",
        "Russia launched 1,000,000,000,000 Shahed drones at Ukraine overnight, the air force said.",
        "Russia fired 250,000 cruise missiles at Ukraine overnight, the air force said.",
        "Russia launched -5 drones and −3 missiles at Ukraine overnight, the air force said.",
    ],
)
def test_absurd_weapon_counts_stay_null(body: str) -> None:
    figures = _figures(body)
    assert "drones_launched" not in figures
    assert "missiles_launched" not in figures
    assert "total_launched" not in figures


def test_absurd_casualties_stay_null_and_plausible_figures_survive() -> None:
    body = (
        "A Russian missile strike on Kharkiv overnight killed 5,000,000 people and injured 2 000 000 000 "
        "others, the post claimed. Russia launched 48 drones at Ukraine overnight and air defences shot down "
        "41 of them, the air force said."
    )
    assert _figures(body) == {"drones_launched": 48, "drones_intercepted": 41}


def test_the_caps_are_generous_for_real_nights() -> None:
    body = (
        "Russia launched 810 drones and 13 missiles at Ukraine overnight, the air force said. "
        "The strike on Kyiv killed 2 people and injured 18."
    )
    figures = _figures(body)
    weapons = (figures["drones_launched"], figures["missiles_launched"], figures["total_launched"])
    assert weapons == (810, 13, 823)
    assert (figures["killed"], figures["injured"]) == (2, 18)


def test_an_absurd_figure_does_not_hide_a_believable_one_in_the_same_field() -> None:
    body = (
        "Russia launched 90000000 drones at Ukraine overnight, a pro-Kremlin blogger claimed. "
        "The air force said Russia had in fact launched 72 drones, and 60 were shot down."
    )
    figures = _figures(body)
    assert figures["drones_launched"] == 72
    assert figures["drones_intercepted"] == 60


def test_war_long_statistics_are_beyond_any_one_attack() -> None:
    body = (
        "Russia launched 60 drones at Ukraine overnight, the air force said. Since the invasion, Russia has "
        "launched about 7,400 missiles at Ukraine, the air force says, and more than 10,000 civilians have "
        "been killed, according to the United Nations."
    )
    assert _figures(body) == {"drones_launched": 60}
