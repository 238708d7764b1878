"""The figure reader's shortcuts skip only pattern tries that could not have matched."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import figures as fg
from streams.pipeline.extraction import lexicon as lx
from tests.pipeline.extraction.test_extraction_fast_patterns import _alternatives, _text_around


def _start(text: str) -> str:
    """The first three letters of the word at the start of ``text``, as ``_head`` sees them."""
    token = fg._WORD.match(text)
    return token.group().lower()[:3] if token else ""


# The words _head tried the head patterns on before it had a table: a word of these starts that a
# pattern matches must still be tried against it.
@pytest.mark.parametrize("pattern", [p for p, _ in fg._HEADS], ids=lambda p: p.pattern[:30])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_head_noun_starts_with_letters_that_lead_to_its_pattern(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    noun = data.draw(st.from_regex(pattern, fullmatch=True))
    tried = [p for p, _ in fg._HEADS_BY_START.get(_start(noun), ())]
    assert pattern in tried, noun


@pytest.mark.parametrize(
    ("pattern", "noun"),
    [(lx.MISSILE_HEAD, "ATACMS"), (lx.MISSILE_HEAD, "Storm Shadows"), (lx.TOTAL_HEAD, "airborne threats")],
)
def test_nouns_added_to_the_vocabulary_are_tried(pattern: re.Pattern[str], noun: str) -> None:
    assert pattern in [p for p, _ in fg._HEADS_BY_START[_start(noun)]]


def test_a_head_must_start_with_three_literal_letters() -> None:
    with pytest.raises(AssertionError):
        lx.heads("(?:air|sea) drones")


@settings(max_examples=60, deadline=None)
@given(noun=st.from_regex(lx.NOT_VICTIMS, fullmatch=True))
def test_every_word_of_not_victims_starts_with_letters_that_lead_to_it(noun: str) -> None:
    start = _start(noun)
    assert start in fg._NOT_VICTIMS_STARTS or not start.isascii()


# Each window test, as _read calls it at a place in a lower-cased sentence, and its reference: the
# pattern on the slice it was searched in before the test existed.
AT_START: list[tuple[Callable[[str, int], bool], re.Pattern[str]]] = [
    (fg._cumulative_after, fg._CUMULATIVE_AFTER_L),
    (fg._previous_after, fg._PREVIOUS_AFTER_L),
    (fg._all_of_which, fg._ALL_OF_WHICH_L),
    (fg._part_after, fg._PART_AFTER_L),
]
BEFORE: list[tuple[Callable[[str], bool], re.Pattern[str], int]] = [
    (fg._previous_before, fg._PREVIOUS_BEFORE_L, 40),
    (fg._qualified, fg._QUALIFIED_L, 25),
    (fg._toll_tail, fg._TOLL_TAIL_L, 40),
    (fg._all_before, fg._ALL_BEFORE_L, fg._ALL_BEFORE_REACH),
    (fg._age_before, fg._AGE_BEFORE_L, 40),
    (fg._subset_people, fg._SUBSET_PEOPLE_L, 60),
]
WINDOW_PATTERNS = [p for _, p in AT_START] + [p for _, p, _ in BEFORE]
WINDOW_WORDS = [w for p in WINDOW_PATTERNS for w in re.findall(r"[a-z]+", p.pattern)]


@pytest.mark.parametrize(("test", "pattern"), AT_START, ids=lambda x: getattr(x, "__name__", ""))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_window_tests_after_a_number_agree_with_their_patterns(
    test: Callable[[str, int], bool], pattern: re.Pattern[str], data: st.DataObject
) -> None:
    focus = data.draw(st.sampled_from(_alternatives(pattern)))
    low = data.draw(_text_around(focus, WINDOW_PATTERNS, WINDOW_WORDS)).lower()
    for start in range(len(low) + 1):
        assert test(low, start) == (pattern.match(low[start:]) is not None)


@pytest.mark.parametrize(("test", "pattern", "size"), BEFORE, ids=lambda x: getattr(x, "__name__", ""))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_window_tests_before_a_number_agree_with_their_patterns(
    test: Callable[[str], bool], pattern: re.Pattern[str], size: int, data: st.DataObject
) -> None:
    focus = data.draw(st.sampled_from(_alternatives(pattern)))
    low = data.draw(_text_around(focus, WINDOW_PATTERNS, WINDOW_WORDS)).lower()
    for end in range(len(low) + 1):
        left_low = low[max(0, end - 60) : end]
        assert test(left_low) == (pattern.search(left_low[-size:]) is not None)


@settings(max_examples=40, deadline=None)
@given(text=_text_around(fg._ASIDE, [fg._ASIDE, fg._HEADLESS_PEOPLE_AFTER], ["including", "among them"]))
def test_dropping_an_aside_agrees_with_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        assert fg._drop_aside(text[start:]) == fg._ASIDE.sub("", text[start:], count=1)


def _phrases(pattern: re.Pattern[str]) -> list[str]:
    """The runs of lower-case words in a pattern's source: its phrases, and pieces of them."""
    return re.findall(r"[a-z][a-z ]*[a-z]|[a-z]", pattern.pattern.replace("\\s", " ").replace("\\b", " "))


# Every phrase of every window pattern, set in and around numbers, padding and punctuation.
FRAMES = (
    "{}",
    "{} 0",
    " {}  0 ",
    "the {} of 0 ",
    "it said, {}\n0",
    "{}s 0",
    "x{} 0",
    "aged 0 and {} 0",
    "was {} 0",
)
WINDOW_TEXTS = [frame.format(phrase) for p in WINDOW_PATTERNS for phrase in _phrases(p) for frame in FRAMES]


def test_window_tests_agree_with_their_patterns_on_every_phrase() -> None:
    for low in WINDOW_TEXTS:
        for at in range(len(low) + 1):
            for test, pattern in AT_START:
                assert test(low, at) == (pattern.match(low[at:]) is not None), (test, low, at)
            left_low = low[max(0, at - 60) : at]
            for test_before, pattern, size in BEFORE:
                assert test_before(left_low) == (pattern.search(left_low[-size:]) is not None), (
                    test,
                    low,
                    at,
                )


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_every_one_person_match_holds_one_of_its_nouns_and_verbs(data: st.DataObject) -> None:
    found = fg._ONE_PERSON_L.search(data.draw(st.from_regex(fg._ONE_PERSON_L)))
    assert found is not None
    assert fg._any_in(found.group(), fg._ONE_NOUN_WORDS), found.group()
    assert fg._any_in(found.group(), fg._ONE_VERB_WORDS), found.group()


# A singular phrase without the look-arounds (which leave hypothesis little to draw from).
SINGULAR_PHRASE = re.compile(r"(?:an?|one|An|One)\s(?:[\w’'/-]{1,6}\s){0,5}(?:missile|drone|UAV|shahed)")
SINGULAR_WORDS = [
    "a",
    "an",
    "one",
    "An",
    "missile",
    "drone",
    "uav",
    "shahed",
    "was",
    "cruise",
    "x-59",
    "’s",
    "-",
]


@settings(max_examples=100, deadline=None)
@given(text=_text_around(SINGULAR_PHRASE, [SINGULAR_PHRASE], SINGULAR_WORDS))
def test_singulars_found_by_the_article_first_letter_agree_with_the_reference(text: str) -> None:
    low = text.lower()
    fast = [(m.span(), m.group("art"), m.group("head")) for m in fg._SINGULAR_FAST.finditer(low)]
    assert fast == [(m.span(), m.group("art"), m.group("head")) for m in fg._SINGULAR_L.finditer(low)]


def _people_role_reference(left: str, right: str, head: str) -> str | None:
    """``_people_role`` as it was before it read lower-cased ASCII text: IGNORECASE patterns only."""
    if head == fg.INJURED and fg._TAKEN_TO_HOSPITAL.match(right):
        return fg.HOSPITALISED
    if head in (fg.KILLED, fg.INJURED):
        return head
    if lx.VICTIMS_TOLL.search(left[-130:]) and fg._RISEN_TO.search(left) and lx.KILLED.search(right):
        return None  # "the number of victims … has increased to 24, one person was killed": the dead apart
    right_head = right[:45]
    if fg._SUBSET_PEOPLE_AFTER.match(right_head):
        return None
    roles = ((lx.KILLED, fg.KILLED), (lx.INJURED, fg.INJURED), (lx.HOSPITALISED, fg.HOSPITALISED))
    for pattern, role in roles:
        m = pattern.search(right_head)
        if (
            m
            and fg._FEW_WORDS.fullmatch(right_head[: m.start()])
            and not fg._CLAUSE_JOIN.search(right_head[: m.start()])
        ):
            return None if fg._NOT_BEFORE.search(right_head[: m.start()]) else role
    left_tail = left[-130:]
    for m in reversed(list(fg._TOKEN.finditer(left_tail))):
        word = m.group()
        for pattern, role in roles:
            if pattern.search(word):
                return role
        if word.endswith((".", ";")):
            break
    if lx.VICTIMS_TOLL.search(left_tail):
        return fg.KILLED
    hits: list[tuple[int, str]] = []
    for pattern, role in roles:
        m = pattern.search(right_head)
        if (
            m
            and not fg._SEMICOLON.search(right_head[: m.start()])
            and not fg._NOT_BEFORE.search(right_head[: m.start()])
        ):
            hits.append((m.start(), role))
    return min(hits)[1] if hits else None


# Casualty verbs amid the words that decide whether they govern a count: clause joins in either case
# (the join test keeps its case), subsets, sentence ends, and letters IGNORECASE folds ("ı", "ſ").
CASUALTY_PATTERNS = [lx.KILLED, lx.INJURED, lx.HOSPITALISED, lx.VICTIMS_TOLL, fg._SUBSET_PEOPLE_AFTER]
CASUALTY_WORDS = [
    "not",
    "and",
    "AND",
    "or",
    "while",
    "among",
    "them",
    "whom",
    "were",
    "people",
    ".",
    ";",
    "kılled",
    "hoſpital",
]
CASUALTY_TEXT = st.one_of(
    *(_text_around(focus, CASUALTY_PATTERNS, CASUALTY_WORDS) for focus in CASUALTY_PATTERNS[:3])
)


@settings(max_examples=200, deadline=None)
@example(left="injured ", right=" And killed", head=fg.PEOPLE)  # the join test keeps its case
@example(left="killed ", right="killed were \n hospitaliSed ", head=fg.INJURED)  # the injured in hospital
# "the number of victims … has increased to …, one person was killed": the dead counted apart
@example(left="kills number of victims medical help was given to ", right="die ", head=fg.PEOPLE)
@given(left=CASUALTY_TEXT, right=CASUALTY_TEXT, head=st.sampled_from([fg.PEOPLE, fg.KILLED, fg.INJURED]))
def test_people_role_on_lower_cased_ascii_agrees_with_the_reference(left: str, right: str, head: str) -> None:
    for cut in range(0, len(right) + 1, 3):
        assert fg._people_role(left, right[cut:], head) == _people_role_reference(left, right[cut:], head)


def test_a_long_running_total_phrase_at_the_far_end_of_its_window_is_seen() -> None:
    # The phrase starts 40 characters after the number, as far as the pattern allows, and is long.
    low = " " * 40 + "from the beginning of the invasion"
    assert fg._CUMULATIVE_AFTER_L.match(low) is not None
    assert fg._cumulative_after(low, 0)
