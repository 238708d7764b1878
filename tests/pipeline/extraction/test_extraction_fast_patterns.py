"""Fast forms of regular expressions give what their readable references give, on any text."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import dates as dt
from streams.pipeline.extraction import direction as dr
from streams.pipeline.extraction import lexicon
from streams.pipeline.extraction import numbers as nb
from streams.pipeline.extraction import regions as rg

# The module, not the function of the same name that the package exports.
ex = importlib.import_module("streams.pipeline.extraction.extract")

# Characters around and between words that the expressions treat differently: separators, the
# apostrophes and hyphens inside phrases, word characters outside ASCII, and case-folding oddities.
EDGES = [*" \n\t\u00a0\u2009.,;:()\"“”'’-–—_/$€£%0123456789xéİıſ\u212a", "'s", "’s", "-made"]


def _alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The top-level alternatives of ``pattern``, each compiled alone (with the pattern's flags)."""
    parts, depth, start, i, source = [], 0, 0, 0, pattern.pattern
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = source.index("]", i + 2)  # "[]...]" does not occur in these patterns
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [re.compile(part, pattern.flags) for part in [*parts, source[start:]]]


def _text_around(
    focus: re.Pattern[str], patterns: list[re.Pattern[str]], words: list[str]
) -> st.SearchStrategy[str]:
    """A phrase matching ``focus`` (with a tail that may break it) amid matches of every alternative
    of ``patterns``, ``words`` in any case and odd edges, mostly space-separated: near-misses and
    phrases next to each other are what tell two expressions apart."""
    word = st.sampled_from(sorted({*words, *(w.upper() for w in words), *(w.capitalize() for w in words)}))
    tail = st.sampled_from(["", "", "", "'s", "’s", "s", "-", "x"])
    phrase = st.one_of(*(st.from_regex(a, fullmatch=True) for p in patterns for a in _alternatives(p)))
    piece = st.one_of(st.builds(str.__add__, phrase, tail), word, st.sampled_from(EDGES))
    glue = st.one_of(st.just(" "), st.just(" "), st.just(""), st.sampled_from(EDGES), st.text(max_size=2))
    around = st.lists(st.tuples(piece, glue), max_size=4).map(lambda pairs: "".join(w + g for w, g in pairs))
    return st.builds(
        lambda *parts: "".join(parts), around, st.from_regex(focus, fullmatch=True), tail, glue, around
    )


# The phrases as plain patterns, which the fast forms must count as.
TOWARDS_RUSSIA = re.compile("|".join(rf"\b{phrase}" for phrase in dr.TOWARDS_RUSSIA_PHRASES))
TOWARDS_UKRAINE = re.compile("|".join(rf"\b{phrase}" for phrase in dr.TOWARDS_UKRAINE_PHRASES))
REFERENCES = [TOWARDS_RUSSIA, TOWARDS_UKRAINE]
DIRECTION_VOCABULARY = re.findall(r"[a-z]+(?:['’-][a-z]+)?", "".join(p.pattern for p in REFERENCES))


@pytest.mark.parametrize(
    "focus", [a for p in REFERENCES for a in _alternatives(p)], ids=lambda a: a.pattern[:30]
)
@settings(max_examples=40, deadline=None)
@given(data=st.data(), lower=st.booleans())
def test_pointing_counts_what_the_reference_patterns_count(
    focus: re.Pattern[str], data: st.DataObject, lower: bool
) -> None:
    text = data.draw(_text_around(focus, REFERENCES, DIRECTION_VOCABULARY))
    low = text.lower() if lower else text
    expected = (len(TOWARDS_UKRAINE.findall(low)) * 2, len(TOWARDS_RUSSIA.findall(low)) * 2)
    assert dr._pointing.__wrapped__(low) == expected


def _windows_before(text: str, width: int) -> list[str]:
    """The ``width`` characters (or fewer, at the start) before every position of ``text``."""
    return [text[max(0, end - width) : end] for end in range(len(text) + 1)]


_ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=40) | st.from_regex(
    r"[a-z ]{0,5}[0-9]{1,2}(?:st|nd|rd|th|[./-][0-9])[a-z_ .]{0,3}", fullmatch=True
)


@settings(max_examples=300, deadline=None)
@given(text=_ASCII_TEXT)
def test_ascii_digit_scans_answer_as_the_unicode_ones(text: str) -> None:
    assert (ex._ASCII_DIGIT.search(text) is None) == (ex._DIGIT.search(text) is None)
    assert (ex._ASCII_NUMERIC_DATE.search(text) is None) == (ex._NUMERIC_DATE.search(text) is None)


NUMBER_WORDS = [*re.findall(r"[a-z]+", nb._WORD), "and", "x", "one-way", "twenty_", "0", "Shahed-"]


@settings(max_examples=100, deadline=None)
@given(text=_text_around(re.compile(nb._WORD_RUN), [re.compile(nb._WORD)], NUMBER_WORDS))
def test_number_words_by_first_letter_agree_with_the_reference(text: str) -> None:
    low = text.lower()
    assert [m.span() for m in nb._WORDS_FAST.finditer(low)] == [m.span() for m in nb._WORDS_L.finditer(low)]


@pytest.mark.parametrize(
    ("before", "excluded"),
    [
        ("Shahed drones were launched from the Kursk and ", True),
        ("an air raid alert was declared in the ", True),
        ("flights were suspended at airports in ", True),
        ("from the direction of ", True),
        ("missiles came from the directions of Bryansk and ", True),
        ("restrictions at ", True),
        ("drones were shot down over the ", False),
        ("debris fell in ", False),
        ("the strike on ", False),
    ],
)
def test_launch_areas_alerts_and_closures_are_not_targets(before: str, excluded: bool) -> None:
    assert rg._excluded_before(before.lower()) is excluded


def test_every_exclusion_phrase_holds_a_guard_word() -> None:
    for phrase in rg._EXCLUDING_PHRASES:
        assert any(w in phrase for w in rg._EXCLUDING_WORDS), phrase


REPORTING_CONTEXT = [
    *dt._REPORTING_WORDS,
    "by",
    "as",
    "of",
    "saying",
    "unreported",
    "resaid",
    "ré",
    "said.",
    ";",
]


@settings(max_examples=300, deadline=None)
@given(text=_text_around(dt._REPORTING_L, [dt._REPORTING_L], REPORTING_CONTEXT))
def test_reporting_before_agrees_with_the_reference(text: str) -> None:
    for before in _windows_before(text.lower(), 40):  # the text before every place a date could stand
        assert (dt._REPORTING_FAST.search(" " + before) is None) == (dt._REPORTING_L.search(before) is None)


def test_direction_phrases_must_start_with_a_literal_lower_case_letter() -> None:
    with pytest.raises(AssertionError):
        lexicon.first_letter_branches(("(?:drones|uavs) by ukraine",))
    assert lexicon.first_letter_branches(("over russia", "on russia", "omsk")) == (
        ("o", "ver russia|n russia|msk"),
    )
