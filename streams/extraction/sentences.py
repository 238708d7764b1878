"""Sentence splitting with character offsets into the article body (evidence spans need them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an
# upper-case letter, digit or quote; lines and bullet points always end a sentence. Common
# abbreviations ("Aug.", "Dec.", "U.S.", "a.m.") are protected below.
_BOUNDARY = re.compile(r"(?<=[.!?])(?P<q>[\"”’']?)\s+(?=[\"“‘A-Z0-9(])|\n+|\s*•\s*|\s+▪️")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Gov|St|No|vs|"
    r"U\.S|U\.K|a\.m|p\.m|e\.g|i\.e|approx)\.|\b[A-Z]\.)$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of ``body`` with their spans; ``paragraph`` counts blank-line or line breaks."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in _BOUNDARY.finditer(body):
        piece_end = m.start() + len(m.group("q") or "")
        if "\n" not in m.group() and _ABBREVIATIONS.search(body[max(0, piece_end - 6) : piece_end]):
            continue
        _append(out, body, start, piece_end, paragraph)
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    _append(out, body, start, len(body), paragraph)
    return out


def _append(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, body[start:end], paragraph))
