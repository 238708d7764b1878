"""Patterns that run only on sentences holding one of their words: no match may lack them."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import figures
from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.claimants import _CLAIMANTS, find_claimant

# The module, not the function ``streams.pipeline.extraction.extract`` that the package exports.
extract = importlib.import_module("streams.pipeline.extraction.extract")


@pytest.mark.parametrize(("pattern", "name", "words"), _CLAIMANTS, ids=[c[1] for c in _CLAIMANTS])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_every_match_holds_one_of_the_patterns_words(
    pattern: re.Pattern[str], name: str, words: tuple[str, ...], data: st.DataObject
) -> None:
    match = data.draw(st.from_regex(pattern))
    found = pattern.search(match)
    assert found is not None
    assert any(word in found.group() for word in words), (name, found.group())


def test_the_most_specific_claimant_wins() -> None:
    text = "The mayor said Russia's defence ministry claimed 20 drones, citing the air force."
    assert find_claimant(text) == "Russian Ministry of Defence"
    assert find_claimant("Kharkiv's mayor and the regional governor said three were hurt.") == "Mayor"
    assert find_claimant("Officials said it was a quiet night.") is None


@pytest.mark.parametrize(("pattern", "role"), figures._VERBS_L, ids=[role for _, role in figures._VERBS_L])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_every_verb_match_holds_one_of_its_roles_words(
    pattern: re.Pattern[str], role: str, data: st.DataObject
) -> None:
    found = pattern.search(data.draw(st.from_regex(pattern)))
    assert found is not None
    assert any(word in found.group() for word in figures.VERB_WORDS[role]), (role, found.group())


_ALL_PARTS = (
    lx._OTHER_TIME_L
    + lx._CUMULATIVE_SINCE_L
    + lx.PLACE_ATTACK_PARTS_L
    + lx.GROUND_PARTS_L
    + lx.FRONTLINE_PARTS_L
    + extract._ALERT_PARTS_L
)


@pytest.mark.parametrize(("pieces", "pattern"), _ALL_PARTS, ids=[p[0][0].strip() for p in _ALL_PARTS])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_part_match_holds_one_of_its_pieces(
    pieces: tuple[str, ...], pattern: re.Pattern[str], data: st.DataObject
) -> None:
    found = pattern.search(data.draw(st.from_regex(pattern)))
    assert found is not None
    assert any(piece in found.group() for piece in pieces), (pieces, found.group())


# Each set of parts with the whole pattern it stands for.
_GATED = [
    ("place attack", lx.PLACE_ATTACK_PARTS_L, lx.lowered(lx.PLACE_ATTACK)),
    ("ground", lx.GROUND_PARTS_L, lx.lowered(lx.GROUND)),
    ("frontline", lx.FRONTLINE_PARTS_L, lx.lowered(lx.FRONTLINE)),
    ("alert", extract._ALERT_PARTS_L, extract._ALERT_PARTS_L[0][1]),
]


@pytest.mark.parametrize(("name", "parts", "whole"), _GATED, ids=[g[0] for g in _GATED])
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_any_part_answers_as_the_whole_pattern(
    name: str,
    parts: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...],
    whole: re.Pattern[str],
    data: st.DataObject,
) -> None:
    # A phrase of the pattern among words of attack reports, or those words alone.
    words = st.sampled_from(
        [
            "the",
            "a",
            "of",
            "with",
            "russian",
            "drones",
            "attack",
            "struck",
            "front",
            "troops",
            "alert",
            "hit",
            ",",
            ".",
        ]
    )
    around = st.lists(words, max_size=8).map(" ".join)
    phrase = data.draw(st.one_of(st.just(""), st.from_regex(whole, fullmatch=True)))
    low = f"{data.draw(around)} {phrase} {data.draw(around)}"
    assert lx.any_part(parts, low) == (whole.search(low) is not None), (name, low)


_OTHER_TIME_L = lx.lowered(lx.OTHER_TIME)
_CUMULATIVE_SINCE_L = lx.lowered(lx.CUMULATIVE_SINCE)
_AROUND = st.text(alphabet=st.sampled_from(list("abdeilnorstwy 0,.'-")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    before=_AROUND,
    phrase=st.one_of(
        st.from_regex(_OTHER_TIME_L, fullmatch=True), st.from_regex(_CUMULATIVE_SINCE_L, fullmatch=True)
    ),
    after=_AROUND,
    superlative=st.booleans(),
)
def test_other_time_answers_as_the_whole_patterns(
    before: str, phrase: str, after: str, superlative: bool
) -> None:
    low = f"{before} {phrase} {after}" + (" the largest" if superlative else "")
    expected = _OTHER_TIME_L.search(low) is not None or (
        _CUMULATIVE_SINCE_L.search(low) is not None and lx.SUPERLATIVE_L.search(low) is None
    )
    assert lx.other_time(low) == expected


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_every_earlier_attack_match_holds_one_of_its_words(data: st.DataObject) -> None:
    found = lx.EARLIER_ATTACK_L.search(data.draw(st.from_regex(lx.EARLIER_ATTACK_L)))
    assert found is not None
    assert any(word in found.group() for word in lx.EARLIER_ATTACK_WORDS), found.group()


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_every_toll_update_holds_one_of_its_words(data: st.DataObject) -> None:
    found = extract._TOLL_RISEN.search(data.draw(st.from_regex(extract._TOLL_RISEN)))
    assert found is not None
    assert any(word in found.group().lower() for word in extract._TOLL_WORDS), found.group()


# YEAR_L as first written, its look behind leading.
_YEAR_REFERENCE = re.compile(r"(?<![\d.,])20\d\d(?![\d.,]\d)")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("2019.,a ")), max_size=16))
def test_a_year_is_found_where_the_reference_form_finds_it(text: str) -> None:
    assert [m.span() for m in lx.YEAR_L.finditer(text)] == [m.span() for m in _YEAR_REFERENCE.finditer(text)]
