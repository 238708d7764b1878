"""Stated zeros in stories of Ukraine's drones over Russia.

A Russian defence ministry's overnight count is no sign that the attack reached places the story does not
name: Ukraine's raids are told region by region, and the governor of the one region struck speaks for the
attack ("there were no casualties"). A zero of what one hit or its debris did ("debris fell on a road
without causing injuries") is that scene's, and a zero "initially reported" is a first word, not a count.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

NIGHT = "2025-05-16:UA>RU"
MORNING = "2025-05-16T06:00:00Z"


def test_the_governor_of_the_one_region_struck_speaks_for_the_attack() -> None:
    body = (
        "Russia's defence ministry said on Friday that air defences had destroyed 11 Ukrainian drones "
        "overnight. Bryansk governor Alexander Bogomaz said the drones had targeted his region and that "
        "there were no casualties."
    )
    assert stated_figures(body, MORNING) == {NIGHT: {"drones_intercepted": 11, "killed": 0, "injured": 0}}


@pytest.mark.parametrize(
    "zero",
    [
        "A fire broke out at the depot, but no injuries were initially reported.",
        "Debris fell on the depot's car park without causing injuries, the governor said.",
    ],
)
def test_a_first_word_or_one_scenes_zero_is_no_zero_of_the_attack(zero: str) -> None:
    body = (
        "Ukrainian drones struck an oil depot in the Rostov region overnight, the regional governor said on "
        f"Friday. Russia's defence ministry said it had destroyed 17 drones over the region. {zero}"
    )
    assert stated_figures(body, MORNING) == {NIGHT: {"drones_intercepted": 17}}
