"""Sentence splitting: the fast line scan gives what the regular expressions give, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import sentences as sn
from streams.pipeline.extraction.sentences import Sentence, split_sentences

# What the boundary and abbreviation expressions look at: words (every abbreviation of the list,
# and words that only end like one, capitals and digits, word characters outside ASCII), then
# sentence ends with closing quotes, spaces of every kind and what follows them; bullets.
WORDS = [
    *("The", "A", "I", "9", "12", "Kyiv", "drones", "x", "Z", "é", "İ", "_", "ÉCOLE", "(", ")"),
    *("Jan", "Sep", "Sept", "Mr", "Mrs", "Dr", "Gen", "St", "No", "vs", "approx", "Prof", "Ian", "Jann"),
    *("U.S", "U.K", "a.m", "p.m", "e.g", "i.e", "xa.m", "U", "ab.U", "Sept.", "vs."),
    *("Iskander-M", "Kh-", "-M", "J.-P"),
]
ENDS = ["", ".", ".", "!", "?", '."', ".”", "?’", ".'", "…", ".."]
SPACES = ["", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\x1c", "\n", "\n\n", " \n", " • ", "•", " ▪️ ", "▪"]
OPENERS = ["", '"', "“", "‘", "(", "B", "0", "b", "'", "-", "é"]
PIECES = st.tuples(*(st.sampled_from(p) for p in (WORDS, ENDS, SPACES, OPENERS))).map("".join)


def _reference(body: str) -> list[Sentence]:
    """``split_sentences`` with every line cut by the regular expressions."""
    out: list[Sentence] = []
    paragraph, offset = 0, 0
    for line in body.split("\n"):
        if line.strip():
            for start, end, text in sn._pieces_reference(line):
                out.append(Sentence(offset + start, offset + end, text, paragraph))
            paragraph += 1
        offset += len(line) + 1
    return out


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(PIECES, PIECES, PIECES, st.text(max_size=3)), max_size=12).map("".join))
def test_split_sentences_agrees_with_the_reference(body: str) -> None:
    sn._pieces.cache_clear()
    assert split_sentences(body) == _reference(body)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + ENDS + SPACES + OPENERS), max_size=4).map("".join),
    st.sampled_from(WORDS),
)
def test_abbreviations_agree_with_the_reference(before: str, word: str) -> None:
    line = before + word + "."
    dot = len(line) - 1
    expected = sn._ABBREVIATIONS.search(line[max(0, dot - 5) :]) is not None
    assert sn._abbreviation(line, dot) == expected


def test_abbreviations_and_quotes_do_not_end_sentences() -> None:
    body = 'Gen. Syrskyi said "Enough." Drones hit the U.S. embassy at 3 a.m. Monday. Then approx. Ten.'
    assert [s.text for s in split_sentences(body)] == [
        'Gen. Syrskyi said "Enough."',
        "Drones hit the U.S. embassy at 3 a.m. Monday.",
        "Then approx.",
        "Ten.",
    ]
    assert split_sentences("  Kyiv.  \n\n\tLviv!") == [
        Sentence(2, 7, "Kyiv.", 0),
        Sentence(12, 17, "Lviv!", 1),
    ]


def test_a_sentence_of_one_letter_ends_the_line() -> None:
    assert [s.text for s in split_sentences("Drones hit Kyiv. A\nSirens! B")] == [
        "Drones hit Kyiv.",
        "A",
        "Sirens!",
        "B",
    ]


def test_a_capital_after_a_hyphen_ends_a_model_name_not_an_initial() -> None:
    body = (
        "Russia fired four Iskander-M. Air defence shot down two. Oleksandr S. Prokudin said two Kh-22. "
        "They hit the port. The Tochka-U. Then nothing."
    )
    assert [s.text for s in split_sentences(body)] == [
        "Russia fired four Iskander-M.",
        "Air defence shot down two.",
        "Oleksandr S. Prokudin said two Kh-22.",
        "They hit the port.",
        "The Tochka-U.",
        "Then nothing.",
    ]


def test_every_abbreviation_agrees_with_the_reference() -> None:
    for word in WORDS:
        for before in ("", " ", "x", "X", "(", ".", "é", "ab ", "a.", "U.", "-", "x-", "- "):
            line = before + word + "."
            expected = sn._ABBREVIATIONS.search(line[-6:]) is not None
            assert sn._abbreviation(line, len(line) - 1) == expected, line


def test_a_full_stop_without_its_space_ends_a_sentence() -> None:
    body = "Russia launched 58 drones, the air force said.In the Belgorod region two people were killed."
    assert [s.text for s in split_sentences(body)] == [
        "Russia launched 58 drones, the air force said.",
        "In the Belgorod region two people were killed.",
    ]


@pytest.mark.parametrize(
    "text", ["Shelling hit St.Petersburg Street overnight.", "See www.Example.org for more."]
)
def test_a_dot_inside_a_name_does_not_end_a_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]
