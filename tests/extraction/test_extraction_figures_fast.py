"""The figure reader's shortcuts skip only pattern tries that could not have matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extraction import figures as fg
from streams.extraction import lexicon as lx


def _start(text: str) -> str:
    """The first three letters of the word at the start of ``text``, as ``_head`` sees them."""
    token = fg._WORD.match(text)
    return token.group().lower()[:3] if token else ""


# The words _head tried the head patterns on before it had a table: a word of these starts that a
# pattern matches must still be tried against it.
TRIED_BEFORE = {
    *("air", "aer", "tar", "mea", "pro", "wea", "cru", "bal", "mis", "dro", "att", "str", "uav"),
    *("sha", "ger", "unm", "one", "dec", "kal", "isk", "kin", "toc", "peo", "per", "civ", "res"),
    *("ind", "chi", "adu", "wom", "men", "man", "tee", "emp", "wor", "dri", "ped", "pat", "pen"),
    *("vol", "stu", "oth", "ukr", "inh", "pas", "vic", "gir", "boy", "dea", "fat", "kil", "bod"),
    *("liv", "inj", "wou", "hur", "obj"),
}


@pytest.mark.parametrize("pattern", [p for p, _ in fg._HEADS], ids=lambda p: p.pattern[:30])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_head_noun_starts_with_letters_that_lead_to_its_pattern(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    noun = data.draw(st.from_regex(pattern, fullmatch=True))
    start = _start(noun)
    tried = [p for p, _ in fg._HEADS_BY_START.get(start, ())]
    assert pattern in tried or start not in TRIED_BEFORE


def test_the_head_table_tries_no_word_that_was_not_tried_before() -> None:
    assert set(fg._HEADS_BY_START) <= TRIED_BEFORE


@settings(max_examples=60, deadline=None)
@given(noun=st.from_regex(lx.NOT_VICTIMS, fullmatch=True))
def test_every_word_of_not_victims_starts_with_letters_that_lead_to_it(noun: str) -> None:
    start = _start(noun)
    assert start in fg._NOT_VICTIMS_STARTS or not start.isascii()
