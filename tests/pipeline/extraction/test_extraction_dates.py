"""Kyiv dates of publication times and of date expressions."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction.dates import (
    _DATE_L,
    _DATE_SEARCH,
    _INTO_NEXT_DAY,
    _SAID_BEFORE,
    RELATIVE_DAYS,
    WEEKDAYS,
    _anchors,
    _date_matches,
    _is_word,
    _late,
    _resolve,
    find_dates,
    kyiv_date,
)
from streams.pipeline.extraction.lexicon import lower

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
        # A window opening on a Thursday evening runs into the night that ends on Friday ...
        ("between 11 p.m. on Thursday and 7 a.m.", date(2025, 8, 1)),
        ("from 20:00 Moscow time on Thursday", date(2025, 8, 1)),
        # ... not a strike in the evening, nor a window that closes in it.
        ("at about 22:15 on Thursday", date(2025, 7, 31)),
        ("between 18:00 and 22:00 on Thursday", date(2025, 7, 31)),
        ("overnight Thursday into Friday", date(2025, 8, 1)),
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


@pytest.mark.parametrize(
    "text", ["a fire on the 7th, 8th, and 9th floors", "flats on the 3rd and 4th floors burned"]
)
def test_ordinals_of_floors_listed_are_no_date(text: str) -> None:
    assert find_dates(text, FRIDAY) == []


def test_a_day_of_the_month_listed_is_a_date() -> None:
    # The latest 7th on or before Friday 1 August 2025.
    assert [d.value for d in find_dates("On the 7th and 8th, drones attacked.", FRIDAY)][:1] == [
        date(2025, 7, 7)
    ]


# The date finder's shortcuts must find exactly what the plain scans they replace find: the anchors
# of this expression, and the first DATE_RE match at or after a window's start.
ANCHOR_SCAN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today)|"
    r"night|morning|\d[./-]\d|\d(?:st|nd|rd|th)\b|20\d\d-"
)
MONTH_NAMES = [
    "January", "Jan.", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July", "Jul",
    "August", "Aug", "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December", "Dec",
]  # fmt: skip
DAY = st.sampled_from(["1", "02", "3rd", "21st", "22nd", "30th", "13th", "45"])
date_phrase = st.one_of(
    st.tuples(DAY, st.sampled_from(MONTH_NAMES)).map(" of ".join),
    st.tuples(st.sampled_from(MONTH_NAMES), DAY, st.sampled_from(["", ", 2024", " 2025"])).map(
        lambda parts: f"{parts[0]} {parts[1]}{parts[2]}"
    ),
    st.tuples(st.sampled_from(["", "late ", "early on ", "Early "]), st.sampled_from(WEEKDAYS)).map("".join),
    st.sampled_from(["on the 5th", "on the 2nd day", "night of the", "2025-08-01", "01.02.2025", "1/2/2024"]),
    st.sampled_from(
        ["last night", "overnight", "tonight", "this morning", "yesterday", "today", "this past night"]
    ),
)
FILLER = [
    "the", "on", "of", "night", "morning", "attack", "said", "decided", "month", "monight", "sunflower", "’s",
    "last", "past", "over", "to", "this", "in", "alone", "2022", "7", "21st", "Friday's", "Sunday’s",
    "Augusta",
]  # fmt: skip
# Mostly whole words, so that anchors and dates start at word boundaries; sometimes glued together.
date_text = st.lists(
    st.tuples(
        st.one_of(date_phrase, st.sampled_from(FILLER), st.text(max_size=2)),
        st.sampled_from(
            [" ", " ", " ", ", ", ". ", "\n", "\u00a0", "", "-", "/", "’", "_", "(", "5", "²", "١"]
        ),
    ).map("".join),
    max_size=16,
).map("".join)


def _plain_date_matches(low: str) -> list[re.Match[str]]:
    """``_date_matches`` as it was written first: a regular-expression scan for each step."""
    out: list[re.Match[str]] = []
    covered = 0
    for a in ANCHOR_SCAN.finditer(low):
        if a.end() <= covered:
            continue
        m = _DATE_L.search(low, max(covered, a.start() - 25), min(len(low), a.end() + 40))
        if m is not None and m.start() <= a.start() and m.end() >= a.end():
            m = _DATE_L.match(low, m.start()) or m
            out.append(m)
            covered = m.end()
    return out


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(text=date_text)
@example(text="Sunday monight, junight 5-1 1.2.3")  # overlapping anchors
@example(text="late on the night of the 2nd of May, 2024")
@example(text="1024-05-06, 2024-05-06")  # only 20\d\d- is a numeric anchor
@example(text="Jan 1, Feb. 2, March 3, Apr 4, May 5, June 6, Jul 7, Aug 8, Sept 9, Oct 10, Nov 11, Dec 12")
# Anchors that only these dates hold: the window of the later anchor misses the start of the date.
@example(text="on the night of the 21        of September")
@example(text="attacks on Friday's   night and Sunday’s night, 28  August, 3rd  May, June 20th")
def test_date_finder_agrees_with_plain_scans(text: str) -> None:
    low = lower(text)
    assert _anchors(low) == [a.span() for a in ANCHOR_SCAN.finditer(low)]
    assert _found(_date_matches(low)) == _found(_plain_date_matches(low))


@settings(max_examples=500, deadline=None)
@given(text=date_text, data=st.data())
def test_date_search_finds_what_the_date_expression_finds(text: str, data: st.DataObject) -> None:
    low = lower(text)
    start = data.draw(st.integers(0, len(low)))
    end = data.draw(st.integers(start, len(low)))
    fast, plain = _DATE_SEARCH.search(low, start, end), _DATE_L.search(low, start, end)
    assert _found([fast] if fast else []) == _found([plain] if plain else [])


def test_word_characters_are_those_of_regular_expressions() -> None:
    word = re.compile(r"\w")
    chars = map(chr, range(0x110000))
    assert [c for c in chars if (word.match(c) is not None) != _is_word(c)] == []


def _read_groups(m: re.Match[str], ref: date) -> date | None:
    """The date a match names, read plainly from all its groups: the reference for the weekday and
    relative-day shortcuts of ``find_dates``."""
    g = m.groupdict()
    if g["wd"]:
        value = ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7)
        # "late Monday", "Monday into Tuesday" are the night that ended on Tuesday, unless said on the
        # Monday evening itself, or said then ("the ministry said late Monday")
        later = value + timedelta(days=1)
        into_next = _INTO_NEXT_DAY.match(m.string, m.end()) is not None
        said = g["pre"] is not None and _SAID_BEFORE.search(m.string[: m.start()])
        late = _late(g["pre"], g["post"]) and not said
        return later if (late or into_next) and later <= ref else value
    if g["rel"]:
        return ref + timedelta(days=RELATIVE_DAYS[g["rel"].lower()])
    return _resolve(g, ref)


@settings(max_examples=300, deadline=None)
@given(text=date_text, ref=st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31)))
def test_dates_resolve_as_their_groups_read(text: str, ref: date) -> None:
    plain = []
    for m in _date_matches(lower(text)):
        value = _read_groups(m, ref)
        if value is not None and abs((ref - value).days) <= 400:
            plain.append((value, m.span()))
    assert [(d.value, (d.start, d.end)) for d in find_dates(text, ref)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Mourners laid flowers for the 23 people killed a day earlier in the strike.",
        "The Kh-101 missiles hit the plant the day before, the company said.",
        "Rescuers were still searching the rubble after the previous night's barrage.",
    ],
)
def test_a_day_before_names_the_calendar_day_before_publication(text: str) -> None:
    found = find_dates(text, FRIDAY)
    assert [(d.value, d.strong, d.relative) for d in found] == [(date(2025, 7, 31), True, False)]


def test_yesterday_and_overnight_stay_relative() -> None:
    assert [
        (d.value, d.relative) for d in find_dates("Drones struck yesterday and again overnight.", FRIDAY)
    ] == [
        (date(2025, 7, 31), True),
        (FRIDAY, True),
    ]


def test_a_weekday_to_come_is_no_date_of_the_attack() -> None:
    text = "The strikes come as the administration prepares for a summit with President V. Putin on Friday."
    assert find_dates(text, FRIDAY + timedelta(days=6)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # An evening with its hours, over before midnight, is that day's.
        ("Missiles struck the city on Thursday evening, between 19:40 and 20:30, officials said.", 31),
        # One hour may be when the attack began: the night it ran into ended the next morning.
        ("The attack began on Thursday evening at about 21:15 and lasted until dawn.", 1),
        # An evening that ran on until dawn is the start of the night that ended the next morning.
        ("Russia attacked on Thursday evening, and the drones kept coming until dawn.", 1),
    ],
)
def test_an_evening_with_its_hours_is_its_own_day(text: str, day: int) -> None:
    [found] = find_dates(text, FRIDAY)
    assert found.value.day == day
