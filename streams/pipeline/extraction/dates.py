"""Dates in news text, resolved to Kyiv-local calendar dates relative to the publication time.

The incident date is the Kyiv date on which an overnight attack ended: "overnight", "last night"
and "on Saturday" (said on the Saturday morning) give that morning; "Thursday night" and
"late Thursday" give Friday; explicit dates ("on the night of August 28") are taken as written.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.lexicon import after_a_separator, lower, lowered
from streams.pipeline.keys import KYIV

# Each month by the first three letters of its name.
MONTHS = {name[:3].lower(): number for number, name in enumerate(lx.MONTHS, 1)}
WEEKDAYS = tuple(day.lower() for day in lx.WEEKDAYS)

_MONTH = rf"{lx.MONTH_NAME}\.?"
_WEEKDAY = f"(?:{'|'.join(lx.WEEKDAYS)})"
# Days named relative to the publication day, with their shift. "Overnight" and "last night" name no
# calendar day of their own (the night that ended on the publication morning); the day-before phrases
# do ("killed a day earlier"), and count as a date of the attack.
RELATIVE_DAYS = {
    "last night": 0, "overnight": 0, "tonight": 0, "this morning": 0, "today": 0, "this past night": 0,
    "past night": 0, "this night": 0,
    "yesterday": -1, "a day earlier": -1, "the day before": -1, "the previous day": -1,
    "the previous night": -1, "last evening": -1, "the previous evening": -1, "the night before last": -1,
    "the night before": -1,
    "the day before yesterday": -2,
}  # fmt: skip
# "Two years ago today": the number of units back, and the days of each unit.
_AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
# Not days: "a school that reopened two days ago" is background beside tonight's attack.
_AGO_DAYS = {"week": 7, "month": 30, "year": 365}
_CALENDAR_RELATIVE = frozenset(
    (
        *("a day earlier", "the day before", "the previous day", "the previous night", "last evening"),
        *("the previous evening", "the day before yesterday", "the night before last", "the night before"),
    )
)

DATE_RE = re.compile(
    rf"(?P<night>\bnight of (?:the )?)?"
    rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})(?!\w)"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    # "the night of September 8 to 9", "March 5-6": a night named by both of its days
    rf"(?:\s*(?:to|into|-|–|/)\s*(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:{_MONTH}|[:.]\d)))?)"
    rf"(?:,?\s+(?P<y>20\d\d)\b)?"
    rf"|\b(?P<iso>20\d\d-\d\d-\d\d)\b"
    rf"|\b(?P<n1>\d{{1,2}})[./-](?P<n2>\d{{1,2}})[./-](?P<ny>20\d\d)\b"
    # "on the 11th floor", "on the 7th, 8th and 9th floors": no day of the month ("on the 7th and 8th of
    # November" is)
    rf"|\bon the (?P<dom>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:[\w-]+\s+)?(?:attack|strike|wave|day|"
    rf"anniversary|of|floors?|stor(?:e)?y|century|brigade|regiment))"
    # ("on the 14th–15th floors" too)
    rf"(?!(?:(?:,?\s+(?:and\s+)?|\s*[-–—]\s*)\d{{1,2}}(?:st|nd|rd|th)\b)+\s+(?:floors?|stor(?:e)?(?:y|ies)))"
    rf"|(?P<pre>\b(?:late|early)\s+(?:on\s+)?)?\b(?P<wd>{_WEEKDAY})(?:['’]s\b)?"
    rf"(?P<post>\s+(?:night|evening|morning|afternoon))?"
    # "two years ago (today)", "three weeks ago": a day that long before the publication
    rf"|\b(?P<ago_n>{'|'.join(_AGO_NUMBERS)}|\d{{1,2}})\s+(?P<ago_unit>weeks?|months?|years?)\s+ago"
    rf"(?:\s+today)?\b"
    # not "overnight into Saturday", "overnight on Feb. 22": the day named names that night
    rf"|\b(?P<rel>{'|'.join(sorted(RELATIVE_DAYS, key=len, reverse=True))})\b"
    rf"(?!\s+(?:into|to|on)\s+(?:{_WEEKDAY}|{_MONTH}\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}))",
    re.IGNORECASE,
)
# A date right after a reporting verb is when something was said, not when the attack happened.
_REPORTING_WORDS = (
    "said", "says", "say", "reported", "reports", "announced", "stated", "wrote", "told", "confirmed",
    "added", "noted", "rose", "risen", "increased", "climbed", "updated", "published", "created",
    "posted", "as of", "report", "released", "stood", "stands",
)  # fmt: skip
_REPORTING = re.compile(rf"\b(?:{'|'.join(_REPORTING_WORDS)})\b[^.;]{{0,50}}$", re.IGNORECASE)
_REPORTING_WORD = re.compile(rf"\b(?:{'|'.join(_REPORTING_WORDS)})\b")
# A wire's dateline: where and when the story was filed ("SUMY, Ukraine, June 21 (Reuters) -").
_WIRE_DATELINE = re.compile(r"[a-z][a-z' -]{1,30}(?:, [a-z][a-z ]{1,20})?, [a-z]{3,9}\.? \d{1,2}\s*\(")
_DATELINE_END = 60
# A day between a person and what they said or did about the attack is that act's day: "Zelenskyy on
# Sunday condemned the silence over the attack", "the mayor on Monday said …".
_SAID_AFTER = re.compile(
    r"\s*,?\s*(?:said|says|reported|announced|stated|wrote|told|confirmed|condemned|called|urged|vowed|"
    r"visited|met|thanked|promised)\b"
)


class DateMention(NamedTuple):
    value: date
    start: int
    end: int
    strong: bool  # False when it is the date something was said or updated
    relative: bool  # "overnight", "last night": no calendar word


def kyiv_date(published_at: str) -> date:
    """Kyiv-local calendar date of an RFC 3339 timestamp (naive times are taken as UTC)."""
    return _kyiv_time(published_at).date()


def _kyiv_time(published_at: str) -> datetime:
    """Kyiv-local time of an RFC 3339 timestamp (naive times are taken as UTC)."""
    stamp = datetime.fromisoformat(published_at.strip().replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=ZoneInfo("UTC"))
    return stamp.astimezone(KYIV)


def _month_day(month: int, day: int, year: int | None, ref: date) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    # Without a year, the latest such date not after the reference (two days of slack for
    # time-zone and "tonight" drift).
    for y in (ref.year, ref.year - 1):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if candidate <= ref + timedelta(days=2):
            # A yearless date half a year back is a future event ("ahead of the May 9 parade").
            return candidate if (ref - candidate).days < 180 else None
    return None


def _late(pre: str | None, post: str | None) -> bool:
    """Whether the words around a weekday ("late Thursday", "Thursday night") put the date on the next
    day: they belong to the night that ends on Friday. "Thursday evening" is Thursday's: an evening
    strike takes its own date, unless it ran on into the night."""
    late = (pre or "").strip().lower().startswith("late")
    return late or (post or "").strip().lower() == "night"


def _resolve(g: dict[str, Any], ref: date) -> date | None:
    """The calendar date the groups of a ``DATE_RE`` match name, read against ``ref`` (weekdays and
    relative days are read in ``_said``/``find_dates`` without building groups)."""
    if g["m1"] or g["m2"]:
        month = MONTHS[(g["m1"] or g["m2"])[:3].lower()]
        day = int(g["d1"] or g["d2"])
        first = _month_day(month, day, int(g["y"]) if g["y"] else None, ref)
        if first is not None and g["d3"] and (first + timedelta(days=1)).day == int(g["d3"]):
            return first + timedelta(days=1)  # a night of two days is dated by the morning it ended
        return first
    if g["iso"]:
        try:
            return date.fromisoformat(g["iso"])
        except ValueError:
            return None
    if g["n1"]:
        a, b, year = int(g["n1"]), int(g["n2"]), int(g["ny"])
        # Day first unless the second field cannot be a month (01.15.2023).
        month, day = (a, b) if b > 12 else (b, a)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if g["dom"]:
        day = int(g["dom"])
        for back in range(0, 40):
            candidate = ref - timedelta(days=back)
            if candidate.day == day:
                return candidate
    return None


_DATE_L = lowered(DATE_RE)
_REPORTING_L = lowered(_REPORTING)
# ``_REPORTING_L`` for the text with one space put in front: led by a separator class, the search
# skips from separator to separator instead of trying every alternative at every position.
_REPORTING_FAST = re.compile(
    after_a_separator(
        tuple(
            (first, "|".join(word[1:] for word in _REPORTING_WORDS if word[0] == first))
            for first in dict.fromkeys(word[0] for word in _REPORTING_WORDS)
        )
    ).pattern
    + r"\b[^.;]{0,50}$"
)
_BY_BEFORE = re.compile(r"\bby\s+$")
_OVERNIGHT_BEFORE = re.compile(r"overnight\s+(?:on\s+|to\s+|into\s+)?$")
# "As Ukrinform reported, on October 30, a bomb hit …": a citation formula, then the event's date.
# "As Ukrainian News Agency earlier reported, on the night of June 15, …" too.
_AS_REPORTED_BEFORE = re.compile(
    r"\bas\s+(?:[\w-]+\s+){0,7}(?:reported|wrote|said)(?:\s+(?:earlier|previously|before))?,\s*(?:on\s+)?(?:the\s+)?$"
)
# "The air force reported on the morning of June 1": the morning an overnight attack ended (not "As of
# the morning of June 2, 14 people were confirmed dead": the time of a toll's count).
_MORNING_OF_BEFORE = re.compile(r"(?<!\bas of the )\bmorning of\s+$")


# Cheap anchors (month and weekday stems, night words, numeric dates): the full date expression is
# searched only in a small window around each, since scanning whole sentences with it is slow. Every
# date starts its month and weekday names at a word boundary, so stems inside words ("decided",
# "demonstration", "monitoring") are not anchors; "night" is, inside "overnight" too. The anchors are
# the matches of ``\b(?:jan|…|today|ago)|night|morning|\d[./-]\d|\d(?:st|nd|rd|th)\b|20\d\d-``, but a
# regular expression would try that whole alternation at every character: str.find finds the stems.
_WORD_STEMS = (
    *MONTHS,
    *(day[:3] for day in WEEKDAYS),
    *("yesterday", "today", "day earlier", "day before", "previous", "ago"),
)
_INNER_STEMS = ("night", "morning", "evening")
# Led by \d alone, so that the search skips to digits; (?<=2) reads the "2" of 20\d\d-.
_NUMERIC_ANCHOR = re.compile(r"\d(?:[./-]\d|(?:st|nd|rd|th)\b|(?<=2)0\d\d-)")
# In ASCII text \d is [0-9], a set of bytes the search tests far faster than a Unicode category.
_NUMERIC_ANCHOR_ASCII = re.compile(_NUMERIC_ANCHOR.pattern.replace("\\d", "[0-9]"))

# Where a date can start: every alternative of DATE_RE begins at a word boundary with one of these.
# Python's search tries the whole date expression at every position of a window; behind this
# lookahead it is tried only where a date can start, and the first match is the same.
_DATE_STARTS = "|".join(
    (
        r"\d",
        *MONTHS,
        "night of ",
        "on the ",
        "late",
        "early",
        *WEEKDAYS,
        *RELATIVE_DAYS,
        *(f"{n} " for n in _AGO_NUMBERS),
    )
)
_DATE_SEARCH = re.compile(rf"\b(?={_DATE_STARTS})(?:{_DATE_L.pattern})")


def _is_word(char: str) -> bool:
    r"""Whether ``\w`` matches ``char`` (in a str pattern: letters, digits and the underscore)."""
    return char.isalnum() or char == "_"


def _anchors(low: str) -> list[tuple[int, int]]:
    """Spans of the anchors in ``low``, in order and without overlaps, as ``finditer`` gives them."""
    spans: list[tuple[int, int]] = []
    # Most stems are absent: an ``in`` test costs less than calling str.find.
    for stem in _WORD_STEMS:
        if stem in low:
            i = low.find(stem)
            while i >= 0:
                if i == 0 or not _is_word(low[i - 1]):
                    spans.append((i, i + len(stem)))
                i = low.find(stem, i + 1)
    for stem in _INNER_STEMS:
        if stem in low:
            i = low.find(stem)
            while i >= 0:
                spans.append((i, i + len(stem)))
                i = low.find(stem, i + 1)
    # Stems can overlap ("monight"): the leftmost wins, as in a scan. Numeric anchors (a digit, then
    # no letters but st, nd, rd or th) overlap no stem, so their own scan's choices stand.
    numeric = _NUMERIC_ANCHOR_ASCII if low.isascii() else _NUMERIC_ANCHOR
    for m in numeric.finditer(low):
        spans.append(m.span())
    spans.sort()
    out: list[tuple[int, int]] = []
    end = 0
    for span in spans:
        if span[0] >= end:
            out.append(span)
            end = span[1]
    return out


# A date holds a month name's anchor only with a day before or after the name, and the anchor "night"
# only in "night of", "<weekday> night", "last night", "overnight", "tonight" and "(this) past night".
_MONTH_STEMS = frozenset(MONTHS)
_MONTH_DAY = lowered(re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE))
_BEFORE_MONTH = ("of", "st", "nd", "rd", "th")  # or a digit: "28th of August", "28 August"
_BEFORE_NIGHT = ("last ", "over", "to", "past ", "this ", "the ")
_WEEKDAY_ENDS = tuple(name + s for name in WEEKDAYS for s in ("", "'s", "’s"))


def _can_hold(low: str, a_start: int, a_end: int, end: int) -> bool:
    """False where no date found in a window that starts at most 25 characters before the anchor and
    ends at ``end`` can hold the anchor: the window's search would be rejected, so it is skipped."""
    stem = low[a_start:a_end]
    if stem == "night":
        before = low[max(0, a_start - 25) : a_start]
        return (
            before.endswith(_BEFORE_NIGHT)
            or low.startswith("night of ", a_start)
            or (before[-1:].isspace() and before.rstrip().endswith(_WEEKDAY_ENDS))
        )
    if stem in _MONTH_STEMS:
        # A month name that holds the anchor starts at it ("august", never inside another word).
        if _MONTH_DAY.match(low, a_start, end) is not None:
            return True
        before = low[max(0, a_start - 25) : a_start]
        rest = before.rstrip()
        return before[-1:].isspace() and (rest[-1:].isdecimal() or rest.endswith(_BEFORE_MONTH))
    return True


def _date_matches(low: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    covered = 0
    for a_start, a_end in _anchors(low):
        end = min(len(low), a_end + 40)
        if a_end <= covered or not _can_hold(low, a_start, a_end, end):
            continue
        m = _DATE_SEARCH.search(low, max(covered, a_start - 25), end)
        # Window edges can cut an expression short; accept only matches that hold the anchor.
        if m is not None and m.start() <= a_start and m.end() >= a_end:
            full = _DATE_L.match(low, m.start())
            if full is not None:
                m = full
            out.append(m)
            covered = m.end()
    return out


class _Said(NamedTuple):
    """A date expression as written: resolving it needs the reference date, finding it does not."""

    groups: dict[str, Any] | None  # of the DATE_RE match; None for weekdays and relative dates
    start: int
    end: int
    reported: bool  # right after a reporting verb ("said on Friday")
    relative: bool
    # Without groups (most dates), the date is ``shift`` days after the latest ``weekday`` (0 for
    # Monday) not after the reference, or ``shift`` days after the reference itself (``weekday`` -1).
    weekday: int
    shift: int
    # The shift is an evening's ("late Friday", "Friday evening"): said that same evening, the attack
    # ended before the article, on the day itself.
    evening: bool


# A window that opens on an evening hour right before a weekday (lower-cased) and so runs into the night:
# "between 11 p.m. on Saturday and 7 a.m.", "from 20:00 Moscow time on Monday", an alert that "began at
# 22:48 on Wednesday"; not a strike "at about
# 22:15 on Tuesday", nor a window that closes then ("between 18:00 and 22:00 on Tuesday").
_EVENING_BEFORE = re.compile(
    r"(?:\b(?:between|from|since)|\b(?:alerts?|sirens?|alarms?)\b[^.;]{0,60}?\b(?:began|started)\s+at)\s+"
    r"(?:\b(?:[6-9]|1[01])(?::\d\d)?\s*p\.?m\.?|\b(?:1[89]|2[0-3])[:.]\d\d)"
    # "from 23:00 on Sunday, May 4": the date after its weekday too
    r"(?:\s+(?:moscow|kyiv|local) time)?\s+(?:on\s+)?"
    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?$|"
    # "the drones Russia has used since the evening of September 23"
    r"\b(?:from|since)\s+the\s+evening\s+of\s+$|"
    # "a massive strike that went through the night on Thursday"
    r"\bthe\s+night\s+on\s+$"
)


# The hours of an evening right after its date, both before midnight: "Thursday evening, between 19:40 and
# 20:30" (lower-cased). A single hour ("at 21:15") may be when an attack began.
# An hour of the afternoon or evening: "20:30", "8:20 p.m.", "11 p.m.".
_EVENING_HOUR = r"(?:(?:[4-9]|1[01])(?::\d\d)?\s*p\.?m\.?|(?:1[6-9]|2[0-3])[:.]\d\d\b)"
# A window of an evening's hours, as defence ministries count it: "between 20:00 and 23:00 Moscow time".
_HOURS_OF_AN_EVENING = rf"(?:between|from)\s+{_EVENING_HOUR}\s+(?:and|to|until|till)\s+{_EVENING_HOUR}"
HOURS_OF_AN_EVENING = re.compile(rf"\b{_HOURS_OF_AN_EVENING}", re.IGNORECASE)
_ENDED_THAT_EVENING = re.compile(
    rf",?\s+{_HOURS_OF_AN_EVENING}|"
    # "Late on Wednesday, at about 11:20 p.m., a missile hit Kharkiv": an hour before midnight
    r",?\s+at\s+(?:about\s+|around\s+)?(?:(?:[6-9]|1[01])(?::\d\d)?\s*p\.?m\.?|(?:1[89]|2[0-3])[:.]\d\d)\b"
)
# A live page's entry stamped with its hour and day: "00:55 (Saturday) - Explosions heard in Kyiv".
_ENTRY_TIME_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s*\(\s*$")
_ENTRY_TIME_AFTER = re.compile(r",?\s*\d{1,2}[:.]\d\d\s*[-–—:]\s")


def live_entry(low: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start``-``end`` of lower-cased ``low`` stamps a live page's entry with its
    hour: "00:55 (saturday) - …", "sunday, 09:10 - …"."""
    return (
        _ENTRY_TIME_BEFORE.search(low, max(0, start - 12), start) is not None
        or _ENTRY_TIME_AFTER.match(low, end) is not None
    )


# "(2230 GMT on Tuesday)": the day in another time zone, not the Kyiv night's.
_OTHER_ZONE_BEFORE = re.compile(r"\b(?:GMT|UTC)\s+(?:on\s+)?$", re.IGNORECASE)
# "began on Tuesday at 8 p.m.": an evening's hour after the day the attack began
_PM_AFTER = re.compile(
    r"\s+at\s+(?:about\s+|around\s+)?(?:(?:[6-9]|1[01])(?::\d\d)?\s*p\.?m\.?|(?:1[89]|2[0-3])[:.]\d\d)"
)
# An attack said to begin on an evening runs into the night.
# ("attacks on Kharkiv since Sunday evening": the night that began then)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|begins|started|starts|starting|beginning|since)\b[^.;]{0,50}$")
# An evening that ran on into the night: "on Monday evening and into the night", "through the night",
# "… and the drones kept coming until dawn"
_INTO_THE_NIGHT = re.compile(
    # (the attack's, not the rescuers': "rescuers worked through the night" leaves the evening its own)
    r"(?:(?!rescu|firefight|emergency|crews?\b|workers|medics|services)[^.;]){0,80}?"
    r"\b(?:into|through(?:out)?|until|till)\s+"
    r"(?:the\s+)?(?:night|dawn|daybreak|morning|early hours)\b"
)
# A weekday followed by the day the night ran into: "overnight Monday into Tuesday".
_INTO_NEXT_DAY = re.compile(rf"\s+(?:into|to)\s+(?:{'|'.join(WEEKDAYS)})\b")
# Words before a weekday that put it in the days to come (lower-cased; up to 100 characters before it).
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|prepares?|preparing|is due|are due|scheduled|ahead of|planned|is expected|are expected)\b"
    r"[^;]*$"
)


# "the night before the talks", "the night before Saturday": a night named by what follows it
_BEFORE_AN_EVENT = re.compile(
    rf"\s+(?:the|a|an|his|her|its|their|this|that|{'|'.join(lx.WEEKDAYS)}|{lx.MONTH_NAME}|\d)\b",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up to|up until)\s+$")
_SINCE_BEFORE = re.compile(r"\b(?:since|from|starting)\s+$")
# … but a night's attack lasted until that day: "the attack went on until Monday morning".
_ATTACK_UNTIL = re.compile(
    r"\b(?:attack\w*|strik\w*|drones?|missiles?|shaheds?|explosions?|blasts?|alerts?|alarms?|sirens?|raids?|"
    r"lasted|went on|continued|circled|shelling|air defen[cs]e)\b",
    re.IGNORECASE,
)


def _attack_told_before(before: str) -> bool:
    """The words after the last verb of saying tell the attack, so the date that follows is its own:
    "officials said a glide bomb attack on Wednesday afternoon killed three" (not "said on Wednesday")."""
    saying = [m.end() for m in _REPORTING_WORD.finditer(before)]
    if not saying or _SAID_OF.match(before, saying[-1]):
        return False  # "Zelensky said of the attack on Thursday": the saying's day
    return lx.ATTACK_CUE.search(before, saying[-1]) is not None


_SAID_OF = re.compile(r"\s+(?:of|about|after|following)\b")


# A verb of saying right before the weekday's "late": "the ministry said late on Saturday".
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|reports|announced|stated|wrote|added)\s+$")


# Datelines, statements and boilerplate repeat across articles: each text is scanned once.
@functools.lru_cache(maxsize=8192)
def _said(low: str) -> tuple[_Said, ...]:
    out: list[_Said] = []
    for m in _date_matches(low):
        before = low[max(0, m.start() - 40) : m.start()]
        # "Saturday's wave", "Thursday's attack": a possessive weekday always names the event.
        wd, rel, pre, post = m.group("wd", "rel", "pre", "post")
        possessive = bool(wd) and m.group().endswith(("'s", "’s"))
        # "By Friday evening the toll had risen to 41": a deadline of the count, not the attack's date.
        # (Most text before a date lacks "by": the substring test spares that search.)
        weak = not possessive and (
            _SAID_AFTER.match(low, m.end()) is not None
            or (m.start() < _DATELINE_END and _WIRE_DATELINE.match(low, 0, m.end() + 20) is not None)
            or (_REPORTING_FAST.search(" " + before) is not None and not _attack_told_before(before))
            or ("by" in before and _BY_BEFORE.search(before) is not None)
        )
        # Preceded by "overnight (on|to|into)", a weekday is the night's end; not a statement date. "As
        # Ukrinform reported, on October 30, …" cites an earlier story: the date is its event's.
        if (
            (wd and _OVERNIGHT_BEFORE.search(before))
            or (weak and _MORNING_OF_BEFORE.search(before))
            or (weak and _AS_REPORTED_BEFORE.search(low, max(0, m.start() - 90), m.start()))
        ):
            weak = False
        # What _resolve would read from the groups, without building them: weekdays and "overnight"
        # are most dates.
        groups: dict[str, Any] | None = None
        weekday, shift, late = -1, 0, False
        if wd and _FUTURE_BEFORE.search(low, max(0, m.start() - 100), m.start()):
            continue  # "prepares for a summit in Alaska on Friday": a day to come, not the attack's
        if rel and _UNTIL_BEFORE.search(before):
            continue  # "until today the deadliest attack on the city": a ranking, no day of an event
        if (
            wd
            and _UNTIL_BEFORE.search(before)
            and not _ATTACK_UNTIL.search(low, max(0, m.start() - 80), m.start())
        ):
            continue  # "schools switched to distance learning until Monday": a day to come
        if wd and _OTHER_ZONE_BEFORE.search(before):
            continue  # "at 1:30 a.m. local time (2230 GMT on Tuesday)"
        if rel and rel.lower() == "the night before" and _BEFORE_AN_EVENT.match(low, m.end()):
            continue  # "the night before the talks": an event's eve, not a night of the story
        if wd:
            # "between 11 p.m. on Saturday and 7 a.m.", "overnight Monday into Tuesday": the evening of a
            # night that ends the next day
            evening = (
                _EVENING_BEFORE.search(low, max(0, m.start() - 100), m.start()) is not None
                or _INTO_NEXT_DAY.match(low, m.end()) is not None
                or _INTO_THE_NIGHT.match(low, m.end()) is not None
                # "Russia began its latest drone attack on Saturday evening", "began on Tuesday at 8 p.m.":
                # the night's beginning
                or (post is not None and post.strip().lower() == "evening" and _BEGAN_BEFORE.search(before))
                or (_BEGAN_BEFORE.search(before) is not None and _PM_AFTER.match(low, m.end()) is not None)
            )
            # Either way the shift is an evening's: a night said to end tomorrow has not ended yet. An
            # evening with its hours, ended before midnight ("on Thursday evening, between 19:40 and
            # 20:30"), is that day's.
            # ("said late on Saturday": the time of saying, not a night begun then)
            late = bool(evening) or (
                _late(pre, post)
                and not (pre and _SAID_BEFORE.search(before))
                and not _ENDED_THAT_EVENING.match(low, m.end())
            )
            weekday, shift = WEEKDAYS.index(wd.lower()), 1 if late else 0
        elif rel is not None:
            shift = RELATIVE_DAYS[rel.lower()]
            evening_of = rel.lower().endswith("evening") or low.startswith(" evening", m.end())
            if evening_of and _SINCE_BEFORE.search(before):
                shift += 1  # "since the previous evening": the night that began then, ended the morning after
        elif (ago := m.group("ago_n")) is not None:
            units = _AGO_NUMBERS[ago] if ago in _AGO_NUMBERS else int(ago)
            shift = -units * _AGO_DAYS[m.group("ago_unit").rstrip("s")]
        else:
            groups = m.groupdict()
            # "from 18:00 on December 31": the evening of a night that ends the next day
            late = _EVENING_BEFORE.search(low, max(0, m.start() - 100), m.start()) is not None
            shift = 1 if late else 0
        relative = rel is not None and rel.lower() not in _CALENDAR_RELATIVE
        out.append(_new(_Said, (groups, m.start(), m.end(), weak, relative, weekday, shift, late)))
    return tuple(out)


def updated_day(text: str, published_at: str) -> date | None:
    """The day a page first published in the evening says, at its top, it was updated on, a day or two
    later: "First published at 22:30 on Sunday 2 March; updated at 09:10 on Monday 3 March" reads as of the
    Monday, and its "overnight" is the night that ended then (not a morning page's, nor "an updated
    assessment will be published on 11 March")."""
    local = _kyiv_time(published_at)
    head = text[:_HEAD_REACH]
    if local.hour < _EVENING_STARTS or _PAGE_STAMP.search(head) is None:
        return None
    ref = local.date()
    days = [
        d.value
        for m in _UPDATED.finditer(head)
        for d in find_dates(head[m.start() : m.end()], ref)
        if 0 < (d.value - ref).days <= 2
    ]
    return max(days) if days else None


_HEAD_REACH = 400
_EVENING_STARTS = 17  # the Kyiv hour from which a page is first published "the evening before"
# A page's own stamp of its versions: "First published at …", a line opening "Updated …" or "UPDATE".
_PAGE_STAMP = re.compile(r"\bfirst published\b|(?:^|\n)\s*(?:updated|update)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|update)\b[^.\n]{0,100}", re.IGNORECASE)


def find_dates(text: str, ref: date) -> list[DateMention]:
    """Date mentions in ``text`` resolved against the Kyiv publication date ``ref``."""
    out: list[DateMention] = []
    low = lower(text)
    for said in _said(low):
        if said.groups is not None:
            value = _resolve(said.groups, ref)
            if value is None or abs((ref - value).days) > 400:
                continue
            value += timedelta(days=said.shift)
            if said.evening and value > ref:
                value = ref  # "from 18:00 on 31 December", published that evening
        elif said.weekday >= 0:  # within a week of the reference
            value = ref - timedelta(days=(ref.weekday() - said.weekday) % 7 - said.shift)
            ahead = (said.weekday - ref.weekday()) % 7
            if ahead in (1, 2) and live_entry(low, said.start, said.end):
                # "00:55 (Saturday)", "Sunday, 09:10 -": a live page's entries after the day it opened
                value = ref + timedelta(days=ahead)
            if said.evening and value > ref:
                value = ref  # "late on Friday evening", published on the Friday
        else:
            value = ref + timedelta(days=said.shift)
        strong = not said.reported and not said.relative
        out.append(_new(DateMention, (value, said.start, said.end, strong, said.relative)))
    return out


# Builds named tuples without calling their Python-level ``__new__``.
_new = tuple.__new__
