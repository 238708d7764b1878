"""Follow-up stories: the days after an attack, told from a later day.

A story that opens "Two days after …" or "A week after …" dates what came after the attack (the rescuers'
Friday, the hospital's Sunday), not the attack; the attack's own day comes later in the story. Its toll
"raised" or "brought" to a new count on that later day is the attack's latest toll. A ministry "said late on
Saturday": the time of saying. A live page opened the evening before stamps its entries after midnight
with their day ("01:20 (Wednesday)"), which is the night's end, a day after the page's date.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "KHARKIV - Two days after Russian drones hit a student dormitory in Kharkiv, officials on Friday "
            "raised the death toll to six. The attack came in the early hours of Wednesday; the air force "
            "said Russia launched 87 drones that night. By Wednesday evening four deaths had been confirmed.",
            "2025-05-16T10:00:00Z",
            {"2025-05-14:RU>UA": {"drones_launched": 87, "killed": 6}},
        ),
        (
            "A week after the missile strike on the centre of Sumy, the last of the injured left hospital on "
            "Sunday, officials said. Eleven people were killed and 84 injured when Russian missiles hit the "
            "city centre on the morning of April 13.",
            "2025-04-20T09:00:00Z",
            {"2025-04-13:RU>UA": {"killed": 11, "injured": 84}},
        ),
        # the count brought up on the later day, in the lead, the attack's night after it
        (
            "Rescuers in Odesa pulled two more bodies from the rubble on Thursday, bringing the number of "
            "dead to nine, after a Russian drone struck an apartment block on Tuesday night. Eighteen people "
            "were injured.",
            "2025-05-15T12:00:00Z",
            {"2025-05-14:RU>UA": {"killed": 9, "injured": 18}},
        ),
    ],
)
def test_a_story_told_days_after_the_attack(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


def test_said_late_on_a_day_is_when_it_was_said() -> None:
    # a ministry's evening window before midnight, told "late on Saturday" and published after midnight in
    # Kyiv: the evening's own day, not a night that began then
    body = (
        "Russia's defence ministry said late on Saturday that air defences had destroyed 27 Ukrainian drones "
        "over the Kursk region between 18:00 and 22:30 Moscow time."
    )
    assert stated_figures(body, "2024-10-19T21:05:00Z") == {"2024-10-19:UA>RU": {"drones_intercepted": 27}}


def test_a_live_page_opened_the_evening_before() -> None:
    # the page is published when it opens, before midnight; its entries after midnight carry their day
    body = (
        "LIVE: drones over Odesa\n"
        "22:50 - Air-raid alert across the south. The air force reports groups of Shahed drones over the "
        "Black Sea heading for Odesa.\n"
        "01:20 (Wednesday) - Explosions in Odesa. A drone hit a warehouse in the port area, the regional "
        "governor says.\n"
        "06:30 - Air force: overnight Russia launched 61 drones, 48 of them were shot down."
    )
    assert stated_figures(body, "2025-05-13T20:50:00Z") == {
        "2025-05-14:RU>UA": {"drones_launched": 61, "drones_intercepted": 48}
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the days counted back from the day the follow-up tells of
        (
            "Two days after Russian missiles hit a shopping centre in Odesa, rescuers on Thursday found the "
            "last of the missing, bringing the death toll to 12, the emergency service said.",
            {"2025-05-13:RU>UA": {"killed": 12}},
        ),
        # a new attack told days after an earlier one: its own day
        (
            "Five days after a missile strike on Kharkiv killed 12 people, a Russian drone hit a bus in the "
            "city on Thursday, injuring four, the mayor said.",
            {"2025-05-15:RU>UA": {"injured": 4}},
        ),
    ],
)
def test_days_after_the_attack_counted_back(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-05-15T14:00:00Z") == expected


def test_the_number_risen_from_a_count_first_reported() -> None:
    # the first report is no toll, but it says what "the number" of the next sentence counts
    body = (
        "Ukrainian drones hit a market in Donetsk on Monday morning, killing four people, the "
        "Russian-installed head of the region said. Seven people were initially reported injured. The "
        "number later rose to nine."
    )
    assert stated_figures(body, "2025-03-10T15:00:00Z") == {"2025-03-10:UA>RU": {"killed": 4, "injured": 9}}
