"""Sentence splitting with character offsets into the article body (evidence spans need them)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

# Inside a line, a sentence ends at . ! ? (optionally followed by a closing quote) before
# whitespace and an upper-case letter, digit or quote. Bullets end a sentence too. Lines are
# split with str.split first: most of the work is done without a regular expression.
_BOUNDARY = re.compile(r"[.!?](?P<q>[\"”’']?)\s+(?=[\"“‘A-Z0-9(])|\s*•\s*|\s+▪️")
# The same without the bullet alternatives, which start with \s* and so are tried at every
# position of the line: most lines have no bullet and take this faster expression.
_STOP = re.compile(r"[.!?](?P<q>[\"”’']?)\s+(?=[\"“‘A-Z0-9(])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Gov|St|No|vs|"
    r"U\.S|U\.K|a\.m|p\.m|e\.g|i\.e|approx)\.|\b[A-Z]\.)$"
)


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph: int  # index of the line the sentence is on


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of ``body`` with their spans; ``paragraph`` numbers the non-empty lines."""
    out: list[Sentence] = []
    paragraph = 0
    offset = 0
    for line in body.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        for start, end, text in _pieces(line):
            out.append(Sentence(line_start + start, line_start + end, text, paragraph))
        paragraph += 1
    return out


# Boilerplate and wire copy repeat whole lines across articles: each is split once.
@functools.lru_cache(maxsize=8192)
def _pieces(line: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of the sentences of one line, offsets relative to the line."""
    out: list[tuple[int, int, str]] = []
    start = 0
    boundary = _BOUNDARY if ("•" in line or "▪" in line) else _STOP
    for m in boundary.finditer(line):
        if m.group().strip() in ("•", "▪️"):
            piece_end = m.start()
        else:
            piece_end = m.start() + 1 + len(m.group("q") or "")
            if _ABBREVIATIONS.search(line[max(0, piece_end - 6) : piece_end]):
                continue
        _append(out, line, start, piece_end)
        start = m.end()
    _append(out, line, start, len(line))
    return tuple(out)


def _append(out: list[tuple[int, int, str]], line: str, start: int, end: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end, line[start:end]))
