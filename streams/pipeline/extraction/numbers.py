"""Numbers in running text: digits ("1,200"), number words ("Twenty three") and their qualifiers.

Number words are converted by text2num, called only on spans that a cheap regex has already
recognised as number words, so the library cost is paid on a handful of spans per article.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from text_to_num import text2num

from streams.pipeline.extraction.lexicon import (
    BOTH,
    DOZEN,
    DRONE_HEAD,
    MISSILE_HEAD,
    MODEL_HEAD,
    MONTH_NAME,
    NUMBER_SCALES,
    NUMBER_TENS,
    NUMBER_UNITS,
    PEOPLE_HEAD,
    TOTAL_HEAD,
    lower,
    lowered,
)

_UNITS = "|".join(NUMBER_UNITS)
_TENS = "|".join(NUMBER_TENS)
_WORD = rf"(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|{'|'.join(NUMBER_SCALES)}"
# A run of number words: "twenty three", "one hundred and five", "two thousand".
_WORD_RUN = rf"(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*"

# A drone's model written apart from its number ("four Shahed 136 drones", "Geran 2"): no count.
_MODELS = ("shahed", "geran")
_NOT_A_MODEL = "".join(f"(?<!(?i:{model}) )" for model in _MODELS)
_NOT_A_MODEL_FAST = "".join(f"(?<!(?i:{model}) \\d)" for model in _MODELS)
# Digits with thousands separators ("1,200", "10 000") or plain. The look-arounds keep model
# names ("Kh-101", "Shahed-136", "S-300"), times ("2:00"), decimals and ordinals out.
# Signs and powers ("-5", "−3", "10^12", "10**9") are not counts of anything either.
_DIGITS = (
    rf"(?<![\w\-/.:$€£^*−+×]){_NOT_A_MODEL}\d{{1,3}}(?:(?:,|\u202f| )\d{{3}})+(?![\d.,]\d)(?![\w%^*×])|"
    rf"(?<![\w\-/.:$€£^*−+×]){_NOT_A_MODEL}\d+(?![\d%^*×]|\.\d|:\d|[-/]\d|st\b|nd\b|rd\b|th\b|[a-zA-Z])"
)

# A number-word run must stand alone: "0Twenty-three" or "Shahed-three" are not counts.
NUMBER_RE = re.compile(rf"(?P<digits>{_DIGITS})|(?<![\w-])(?P<words>{_WORD_RUN})\b", re.IGNORECASE)
DIGITS_RE = re.compile(rf"(?P<digits>{_DIGITS})")
# The same expressions, written so that each starts with a literal digit or letter: the regex engine
# then skips to candidate characters instead of trying the look-behinds at every position.
# "(?<!X)\d" and "\d(?<!X\d)" accept the same digits.
_DIGITS_FAST = (
    rf"\d(?<![\w\-/.:$€£^*−+×]\d){_NOT_A_MODEL_FAST}"
    r"(?:\d{0,2}(?:(?:,|\u202f| )\d{3})+(?![\d.,]\d)(?![\w%^*×])|"
    r"\d*(?![\d%^*×]|\.\d|:\d|[-/]\d|st\b|nd\b|rd\b|th\b|[a-zA-Z]))"
)
_DIGITS_RE = re.compile(_DIGITS_FAST)
# Digits and number words never share a character, so their matches never overlap: scanning for
# each apart and merging by position finds what NUMBER_RE finds, faster.
_DIGITS_L = lowered(re.compile(_DIGITS_FAST, re.IGNORECASE))
_WORDS_L = lowered(re.compile(rf"(?<![\w-])(?:{_WORD_RUN})\b", re.IGNORECASE))


def _by_first_letter(alternatives: list[str]) -> str:
    r"""``(?<![\w-])(?:a|b|…)`` written as ``x(?<![\w-]x)(?:…)|…``, one branch per first letter (order
    kept within each): the engine then tries only the letters that start a number word, and each
    branch the words of its letter, instead of the look-behind and every word at every character."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        rests.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(rf"{first}(?<![\w-]{first})(?:{'|'.join(rest)})" for first, rest in rests.items())


# _WORDS_L, faster: the first word of a run, by its first letter; the words after it as before.
_WORD_ALTERNATIVES = [
    *(rf"{tens}(?:[- ](?:{_UNITS}))?" for tens in _TENS.split("|")),
    *NUMBER_UNITS,
    *NUMBER_SCALES,
]
_WORDS_FAST = re.compile(rf"(?:{_by_first_letter(_WORD_ALTERNATIVES)})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b")
# Dozens (lower-cased text): "N dozen" is 12N ("two dozen cruise missiles"), "a dozen" 12, "half a
# dozen" 6. "Dozens of" is vague, and so are "several dozen" and "a few dozen" (no number before it).
_DOZEN_AFTER_L = re.compile(rf"[ -]+{DOZEN}\b")
_A_DOZEN_L = re.compile(rf"(?<![\w-])(?P<half>half[ -]+)?an?[ -]+{DOZEN}\b")

# "Both" counts two of the noun right after it ("both missiles", "both Kinzhals") or of a subject
# ("both were hospitalised", "both of them died"); not the two sides of a pair ("both drones and
# missiles"), nor anything further on ("both sides used drones").
# (not "both A and B", a pair of things; but "both missiles and 30 drones" counts the missiles)
_BOTH_L = re.compile(rf"(?<![\w-]){BOTH}\b(?!(?:\s+[\w'’-]+){{1,3}}?\s+(?:and|&)\b(?!\s+\d))")
_BOTH_SUBJECT = re.compile(r"\s+(?:of (?:them|these|those)|were|was|are|died|have|had|remain)\b", re.I)
_BOTH_NOUNS = (DRONE_HEAD, MISSILE_HEAD, MODEL_HEAD, PEOPLE_HEAD, TOTAL_HEAD)
_NEXT_WORDS = re.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")


def _both_counts(text: str, end: int) -> bool:
    """Whether "both" ending at ``end`` counts: a subject, or right before a counted noun."""
    if _BOTH_SUBJECT.match(text, end):
        return True
    # The noun, or the noun after one word of its own ("both Kh-59 missiles", "both ballistic missiles").
    words = _NEXT_WORDS.match(text, end)
    return words is not None and any(
        noun.match(text, words.start(i)) for i in (1, 2) if words.start(i) >= 0 for noun in _BOTH_NOUNS
    )


# Qualifiers that keep the number ("at least 23" gives 23) and ones that make it vague.
# "Several hundred drones", "a few thousand" are vague: the number word is not the count. "Up to 10"
# gives 10, a rounded count (labelling rule 2), as "about 10" does.
_VAGUE_BEFORE = re.compile(
    r"\b(?:dozens of|hundreds of|thousands of|tens of|several|a few|few|many)\s*$", re.IGNORECASE
)
_VAGUE_AFTER = re.compile(r"^\s*(?:-|–|—|to)\s*\d", re.IGNORECASE)
# A spaced em dash sets off an aside ("on March 11 — 1,012 drones and 43 missiles —"), never a range.
_RANGE_BEFORE = re.compile(r"\d(?:\s*(?:-|–|to)\s*|—)$")
# A range told with "between" ("destroyed between 90 and 120 drones", "between five and seven missiles"):
# neither end is the count. The first end has "between" before it and "and" and the other end after it.
_RANGE_END = rf"(?:[\d,]*\d|(?:{_WORD_RUN}))"
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(rf"^\s+and\s+{_RANGE_END}\b", re.IGNORECASE)
_BETWEEN_FIRST_BEFORE = re.compile(rf"\bbetween\s+{_RANGE_END}\s+and\s+$", re.IGNORECASE)
# A count that rose, not a range: "the death toll rose from 4 to 7" is 7.
_RISEN_FROM = re.compile(
    r"\b(?:rose|risen|increased|grew|climbed|jumped|went up|gone up)\s+"
    # "rose from 3 to 7 killed and from 20 to 31 injured"
    r"(?:from\s+[\d,]+\s+to\s+[\d,]+\s+[\w-]+\s+and\s+)?from\s+[\d,]+\s+to\s+$",
    re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(
    r"^(?:-year|-month|-week|-day|-story|-storey|-floor|-metre|-meter|-km| ?%| percent)", re.I
)
_MONEY_AFTER = re.compile(
    r"^\s*(?:million|billion|trillion|thousand tonnes|tonnes|tons|km|kilomet|metres|meters|miles|hours|"
    r"minutes|am\b|pm\b|a\.m|p\.m)",
    re.I,
)
_MONEY_BEFORE = re.compile(r"(?:\$|€|£|\bUSD|\bUAH|\bhryvnia)\s*$", re.I)
_MONTH = rf"{MONTH_NAME}\.?"
# Day numbers of dates ("26 August", "Aug. 28") and "no one", "anyone", "every single one" are not counts.
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)")
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_NO_ONE_BEFORE = re.compile(r"\b(?:no|any|every(?:\s+single)?|each|some)\s*$", re.I)
# The year of a date ("on January 20, 2026, killed …"): four digits after a month and a day.
_YEAR_BEFORE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$")
# Four digits after a word of time are a year ("a woman born in 1968", "since 2014", "until 2030"),
# never a count. (The digits may be zeroed, ``lexicon.zeroed``: only their shape can be asked.)
_YEAR_WORD_BEFORE = re.compile(r"\b(?:born|in|since|until|till|before|after|during|from)\s+$", re.I)


def _either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One expression for several (each keeps its own case rule): one scan instead of several."""
    return re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in patterns))


# Any of these around a number and it is not a count.
_NOT_A_COUNT_BEFORE = _either(_VAGUE_BEFORE, _RANGE_BEFORE, _MONEY_BEFORE, _DATE_BEFORE)
_NOT_A_COUNT_AFTER = _either(_VAGUE_AFTER, _ORDINAL_AFTER, _MONEY_AFTER, _DATE_AFTER)
_SEPARATORS = str.maketrans("", "", ", \u202f")


def _not_a_count_before(before: str) -> bool:
    return _NOT_A_COUNT_BEFORE.search(before) is not None


def _not_a_count_after(after: str) -> bool:
    return _NOT_A_COUNT_AFTER.match(after) is not None


class Number(NamedTuple):
    """A number found in text, with its character span."""

    value: int
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=4096)
def word_value(text: str) -> int | None:
    """Value of a run of number words, or None when text2num cannot read it; a run that ends in
    "dozen" is twelve times what goes before it ("two dozen", "a dozen", "half a dozen")."""
    low = text.lower().replace("-", " ")
    if low == BOTH:
        return 2
    if low.endswith(DOZEN):
        first = low.split(None, 1)[0]
        if first == "half":
            return 6
        if first in ("a", "an"):
            return 12
        times = word_value(low[: -len(DOZEN)].strip())
        return None if times is None else times * 12
    try:
        return int(text2num(low, "en"))
    except (ValueError, TypeError):
        return None


def _with_dozens(scanned: str, words: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """``words`` (spans of number-word runs in the lower-cased ``scanned``) with the dozens: a run
    followed by "dozen" takes it in, and "a dozen" / "half a dozen" are runs of their own."""
    out: list[tuple[int, int, bool]] = []
    for start, end, digits in words:
        dozen = _DOZEN_AFTER_L.match(scanned, end)
        out.append((start, dozen.end() if dozen else end, digits))
    out.extend((*m.span(), False) for m in _A_DOZEN_L.finditer(scanned))
    return sorted(out)


def digits_value(raw: str) -> int:
    """Value of a digits match ("1,200", "10 000")."""
    return int(raw.translate(_SEPARATORS))


# A spaced dash after a post's label and its count, then what became of part of them: no range ("10 - 15
# drones") but a count and its part, "Shahed + decoys: 63 - 57 shot down". (Read from the words alone: the
# reader sees digits as 0.)
_PART_AFTER_DASH = re.compile(
    r"^\s+[-–]\s+\d[\d,]*\s+(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed|lost|suppressed)\b"
)
# … nor after a live page's time and its dash: "21:40 - Eleven injured so far".
_LABEL_COUNT_BEFORE = re.compile(r"(?:(?<![\d\s]):\s*\d[\d,]*|\b\d{1,2}[:.]\d\d)\s+[-–]\s+$")


def _in_a_range(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is an end of a range told with "between"."""
    if _BETWEEN_BEFORE.search(text, max(0, start - 10), start):
        return _BETWEEN_AFTER.match(text[end : end + 40]) is not None
    return _BETWEEN_FIRST_BEFORE.search(text, max(0, start - 50), start) is not None


def _falls_to(after: str) -> bool:
    return _PART_AFTER_DASH.match(after) is not None


def _falls_after(before: str) -> bool:
    return _LABEL_COUNT_BEFORE.search(before) is not None


def find_numbers(text: str, with_words: bool = True) -> list[Number]:
    """Every usable count in ``text``: not a money amount, a percentage, an age, a range or 'up to'.

    ``with_words=False`` skips the (slower) number-word scan when the caller knows there are none.
    """
    found: list[Number] = []
    if with_words:
        scanned = lower(text)
        spans = [(*m.span(), True) for m in _DIGITS_L.finditer(scanned)]
        words = [(*m.span(), False) for m in _WORDS_FAST.finditer(scanned)]
        if DOZEN in scanned:
            words = _with_dozens(scanned, words)
        if BOTH in scanned:
            both = [(*m.span(), False) for m in _BOTH_L.finditer(scanned) if _both_counts(text, m.end())]
            words = sorted(words + both)
        if words:
            spans = sorted(spans + words)
    else:
        spans = [(*m.span(), True) for m in _DIGITS_RE.finditer(text)]
    for start, end, digits in spans:
        raw = text[start:end]
        if digits:
            value = digits_value(raw)
        else:
            # "a hundred" is read by text2num only with a leading one.
            parsed = word_value(raw)
            if parsed is None:
                continue
            value = parsed
        before = text[max(0, start - 20) : start]
        after = text[end : end + 24]
        risen = _RISEN_FROM.search(text, max(0, start - 45), start) is not None
        if (_not_a_count_before(before) and not (risen or _falls_after(before))) or (
            _not_a_count_after(after) and not _falls_to(after)
        ):
            continue
        if raw.lower() == "one" and _NO_ONE_BEFORE.search(before):
            continue
        if "between" in text[max(0, start - 50) : start] and _in_a_range(text, start, end):
            continue
        if len(raw) == 4 and (
            _YEAR_BEFORE.search(before) or (raw.isdigit() and _YEAR_WORD_BEFORE.search(before))
        ):
            continue
        found.append(Number(value, start, end, raw))
    return found
