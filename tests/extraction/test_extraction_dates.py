"""Kyiv dates of publication times and of date expressions."""

from __future__ import annotations

from datetime import date

import pytest

from streams.extraction.dates import find_dates, kyiv_date

FRIDAY = date(2025, 8, 1)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2024-12-28T22:40:00Z", date(2024, 12, 29)),  # 00:40 in Kyiv (UTC+2 in winter)
        ("2024-07-03T21:30:00Z", date(2024, 7, 4)),  # 00:30 in Kyiv (UTC+3 in summer)
        ("2024-07-03T20:30:00Z", date(2024, 7, 3)),
        ("2024-07-04T01:00:00+03:00", date(2024, 7, 4)),
        ("2024-07-04T12:00:00", date(2024, 7, 4)),
    ],
)
def test_kyiv_date(stamp: str, expected: date) -> None:
    assert kyiv_date(stamp) == expected


def test_kyiv_date_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        kyiv_date("last Tuesday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("overnight on Thursday", date(2025, 7, 31)),
        ("on Thursday", date(2025, 7, 31)),
        ("Thursday's attack", date(2025, 7, 31)),
        ("Thursday night", date(2025, 8, 1)),
        ("late Thursday", date(2025, 8, 1)),
        ("on Friday", date(2025, 8, 1)),
        ("on Saturday", date(2025, 7, 26)),
        ("On the night of July 28", date(2025, 7, 28)),
        ("on Aug. 1, 2025", date(2025, 8, 1)),
        ("Sunday (07.27.2025)", date(2025, 7, 27)),
        ("On the 30th local time", date(2025, 7, 30)),
    ],
)
def test_strong_dates(text: str, expected: date) -> None:
    strong = [d.value for d in find_dates(text, FRIDAY) if d.strong]
    assert strong[-1] == expected


def test_yearless_date_in_january_goes_back_a_year() -> None:
    (d,) = find_dates("On December 31, drones hit Kyiv", date(2025, 1, 3))
    assert d.value == date(2024, 12, 31)


def test_future_event_without_year_is_ignored() -> None:
    assert find_dates("ahead of the May 9 parade", date(2025, 5, 6)) == []


def test_statement_dates_are_weak_and_overnight_is_relative() -> None:
    said = find_dates("the air force said on Friday", FRIDAY)
    assert [(d.value, d.strong) for d in said] == [(FRIDAY, False)]
    (night,) = find_dates("Russia attacked overnight", FRIDAY)
    assert (night.value, night.relative, night.strong) == (FRIDAY, True, False)


def test_ordinal_of_an_attack_is_not_a_date() -> None:
    assert find_dates("the 13th attack on the grid", FRIDAY) == []
