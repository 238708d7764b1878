"""Vocabulary as data: each phrase written once, its pattern and its substring guard made from it."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.figures import read_figures


def test_literal_start_stops_at_the_first_pattern_character() -> None:
    assert lx.literal_start("shoot(?:ing|s)? down") == "shoot"
    assert lx.literal_start("Lost (?:from|on) radar") == "lost "
    assert lx.literal_start(r"penetrat\w*") == "penetrat"


def test_every_match_holds_one_of_its_pieces() -> None:
    pattern, pieces = lx.vocabulary("knock(?:ed|ing)? down", "took down")
    for text in ("Air defence knocked down 20 drones", "they took down the missile", "KNOCKING DOWN"):
        found = pattern.search(text)
        assert found is not None
        assert any(piece in found.group().lower() for piece in pieces)
    assert pattern.search("a knockdown price") is None


def test_a_phrase_must_start_with_literal_text() -> None:
    with pytest.raises(AssertionError):
        lx.vocabulary("(?:shot|brought) down")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of these, 319 drones and 25 cruise missiles were knocked down.", [319, 25]),
        ("Mobile fire groups took down 41 Shahed drones overnight.", [41]),
        ("Air defences were taking down 12 drones over the city when the power failed.", [12]),
    ],
)
def test_new_interception_wording_is_read(text: str, expected: list[int]) -> None:
    figures = read_figures(text)
    assert [f.value for f in figures if f.role == "intercepted"] == expected
