"""Properties: any text is handled, and every evidence span is a real quote holding its figure."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from text_to_num import alpha2digit

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction import lexicon as lx

STAMPS = st.sampled_from(["2024-08-26T05:38:00Z", "2025-01-11T22:10:00Z", "2023-05-28T12:00:00+03:00"])

# Building blocks in the language of attack reports, so that generated bodies produce evidence.
PIECES = [
    "Russia launched {n} drones and {m} missiles at Ukraine overnight, the air force said.",
    "Air defences shot down {n} of them over the Kyiv and Sumy regions.",
    "Ukraine's air force said {n} drones were shot down and {m} were lost locally.",
    "Russia fired {w} cruise missiles at Lviv on Saturday.",
    "A strike on Dnipro killed {n} people and injured {m} others, the governor said.",
    "{W} people were wounded in Kharkiv, the mayor said.",
    "No casualties were reported.",
    "An Iskander-K missile was intercepted over Odesa.",
    "Russian air defences destroyed {n} Ukrainian drones over the Belgorod region, Russia's defence ministr"
    "y said.",
    "Last week Russia fired {n} drones at Ukraine.",
    "In total, {n} means of air attack were used; {m} air targets were shot down.",
    "The death toll has risen to {n}, the State Emergency Service said on Monday.",
    "Debris injured {w} residents in the Zaporizhzhia region late on Thursday.",
    "Three people were hospitalised.",
]
WORDS = ["two", "three", "seven", "eleven", "twenty-three", "forty", "one hundred and five"]


@st.composite
def reportish(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        piece = draw(st.sampled_from(PIECES))
        word = draw(st.sampled_from(WORDS))
        parts.append(
            piece.format(
                n=draw(st.integers(0, 2000)),
                m=draw(st.integers(0, 600)),
                w=word,
                W=word.capitalize(),
            )
        )
        parts.append(draw(st.sampled_from([" ", "\n", "\n\n", " ", "  "])))
    noise = draw(st.text(max_size=40))
    return noise + "".join(parts)


def _numbers_in(text: str) -> list[int]:
    # The library reads number words, independently of our code; marks glued to a word ("0'Two") are
    # spaced out first, since it reads "0'Two" as no number.
    digits = alpha2digit(re.sub(r"[^\w\s,-]", " ", text), "en", threshold=0)
    return [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", digits)]


def _holds(field: str, value: int, text: str) -> bool:
    found = _numbers_in(text)
    if value == 0 and re.search(r"\b(?:no|none|zero|without|not|nobody)\b", text, re.IGNORECASE):
        return True
    if re.search(r"\b(?:an?|one)\b", text, re.IGNORECASE):
        found.append(1)  # "an Iskander-K missile was intercepted" counts one
    if value in found:
        return True
    # A total summed from its two parts, or a count with "another N" added to it: both are in the span.
    return any(a + b == value for a in found for b in found)


def _check(article: schemas.Article) -> None:
    body = article.body
    for report in extract(article):
        for ev in report.evidence:
            assert 0 <= ev.start < ev.end <= len(body)
            assert body[ev.start : ev.end] == ev.text
            assert ev.value == report.figures.get(ev.field)
            assert _holds(ev.field, ev.value, ev.text), (ev.field, ev.value, ev.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.text(max_size=3000), stamp=STAMPS)
def test_arbitrary_unicode_never_raises(body: str, stamp: str) -> None:
    _check(schemas.Article(published_at=stamp, body=body))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=reportish(), stamp=STAMPS)
def test_evidence_spans_quote_their_figures(body: str, stamp: str) -> None:
    _check(schemas.Article(published_at=stamp, body=body))


@settings(max_examples=100, deadline=None)
@given(body=reportish(), stamp=STAMPS)
def test_same_article_same_reports(body: str, stamp: str) -> None:
    article = schemas.Article(published_at=stamp, body=body, id="same")
    assert schemas.report.encoder.encode(extract(article)) == schemas.report.encoder.encode(extract(article))


ATTACK_VOCABULARY = lx.AIR_WORDS | lx.ATTACK_WORDS | lx.CASUALTY_WORDS
# Attack words next to every kind of separator and word character, so that edges are exercised.
edgy_text = st.lists(
    st.one_of(
        st.sampled_from(sorted(ATTACK_VOCABULARY)),
        st.sampled_from(list(" \n\t\u00a0\u2009.,;:!?\"'()[]“”‘’«»—–-…*•|/_#@0123456789xÄİ")),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(edgy_text)
def test_attack_word_search_agrees_with_the_word_set(text: str) -> None:
    """The one-search gate of the extractor finds an attack word exactly when tokenising would."""
    expected = not lx.words(text).isdisjoint(ATTACK_VOCABULARY)
    assert (lx.ANY_ATTACK_WORD_L.search(lx.lower(text)) is not None) == expected


# Every character ``words`` splits at, as a plain translation table: the reference for the byte-level split.
_SPLIT_REFERENCE = str.maketrans({c: " " for c in ".,;:!?\"'()[]“”‘’«»—–-…*•|/"})


@settings(max_examples=400, deadline=None)
@given(st.one_of(edgy_text, st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF))))
@example("a lone \ud800 surrogate’s 12 “words”")  # possible in JSON input: passed through, not an error
def test_words_split_on_bytes_as_on_characters(text: str) -> None:
    low = text.lower()
    assert lx.tokens(low) == set(low.translate(_SPLIT_REFERENCE).split())
    assert lx.zeroed(text) == text.translate(str.maketrans("123456789", "000000000"))
