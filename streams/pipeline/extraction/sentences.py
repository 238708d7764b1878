"""Sentence splitting with character offsets into the article body (evidence spans need them)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from streams.pipeline.extraction.lexicon import MONTH_ABBREVIATIONS

# Inside a line, a sentence ends at . ! ? (optionally followed by a closing quote) before
# whitespace and an upper-case letter, digit or quote. Bullets end a sentence too. Lines are
# split with str.split first: most of the work is done without a regular expression.
# A full stop typed without its space ("the air force said.In the Belgorod region") ends a sentence too
# when a lower-case word ends before it and a capitalised word follows it.
_BOUNDARY = re.compile(
    r"[.!?](?P<q>[\"”’']?)\s+(?=[\"“‘A-Z0-9(])|(?<=[a-z][a-z])\.(?=[A-Z][a-z]+[ ,])|\s*•\s*|\s+▪️"
)
# The same without the bullet alternatives, which start with \s* and so are tried at every
# position of the line: most lines have no bullet and take this faster expression.
_STOP = re.compile(r"[.!?](?P<q>[\"”’']?)\s+(?=[\"“‘A-Z0-9(])|(?<=[a-z][a-z])\.(?=[A-Z][a-z]+[ ,])")
_ABBREVIATIONS = re.compile(
    rf"(?:\b(?:{'|'.join(MONTH_ABBREVIATIONS)}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Gov|St|No|vs|"
    r"U\.S|U\.K|a\.m|p\.m|e\.g|i\.e|approx)\.|(?<!-)\b[A-Z]\.)$"
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
    # Most lines are one sentence: no bullet, no ! or ?, and no full stop with room after it for a
    # space and a capital. They are only trimmed, without the cache (hashing the line costs more).
    # Bullets, ! and ? are rare: one look at the body spares most articles a look at each line.
    rare = "!" in body or "?" in body or "•" in body or "▪" in body
    for line in body.split("\n"):
        if not line:
            offset += 1
            continue
        line_start = offset
        n = len(line)
        offset += n + 1
        if line.isspace():
            continue
        if line.find(".", 0, n - 2) < 0 and not (rare and _rare_stop(line)):
            text = line.strip()
            if len(text) < n:
                line_start += n - len(line.lstrip())
            out.append(_new(Sentence, (line_start, line_start + len(text), text, paragraph)))
        else:
            for start, end, text in _pieces(line):
                out.append(_new(Sentence, (line_start + start, line_start + end, text, paragraph)))
        paragraph += 1
    return out


def _rare_stop(line: str) -> bool:
    return "!" in line or "?" in line or "•" in line or "▪" in line


# Builds the named tuple without calling the Python-level ``Sentence.__new__``.
_new = tuple.__new__


# Boilerplate and wire copy repeat whole lines across articles: each is split once.
@functools.lru_cache(maxsize=8192)
def _pieces(line: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of the sentences of one line, offsets relative to the line."""
    if "•" in line or "▪" in line:
        return _pieces_reference(line)
    out: list[tuple[int, int, str]] = []
    start = 0
    for piece_end, next_start in _stops(line):
        if line[piece_end - 1] == "." and _abbreviation(line, piece_end - 1):
            continue
        _append(out, line, start, piece_end)
        start = next_start
    _append(out, line, start, len(line))
    return tuple(out)


_CLOSING = frozenset("\"”’'")
_OPENING = frozenset('"“‘(ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
_END = re.compile(r"[.!?]")


def _stops(line: str) -> list[tuple[int, int]]:
    """(end of the sentence, start of the next) at each match of ``_STOP``, in order.

    The expression would test its character class at every character of the line; most lines
    have no ! or ?, and str.find goes from full stop to full stop."""
    if "!" in line or "?" in line:
        ends = [m.start() for m in _END.finditer(line)]
    else:
        ends = []
        i = line.find(".")
        while i >= 0:
            ends.append(i)
            i = line.find(".", i + 1)
    out: list[tuple[int, int]] = []
    n = len(line)
    for i in ends:
        j = i + 1
        if j < n and line[j] in _CLOSING:
            j += 1
        k = j
        while k < n and line[k].isspace():
            k += 1
        # \s+ gives back nothing the lookahead wants: none of its characters is a space.
        if j < k < n and line[k] in _OPENING:
            out.append((j, k))
        elif k == j == i + 1 and _unspaced_stop(line, i):
            out.append((j, j))
    return out


def _unspaced_stop(line: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends a sentence without a space after it: "said.In the"."""
    if not (
        2 <= dot < len(line) - 2
        and "a" <= line[dot - 1] <= "z"
        and "a" <= line[dot - 2] <= "z"
        and "A" <= line[dot + 1] <= "Z"
        and "a" <= line[dot + 2] <= "z"
    ):
        return False
    # A word follows, not a domain or a file name ("www.Example.org").
    k = dot + 3
    while k < len(line) and "a" <= line[k] <= "z":
        k += 1
    return k < len(line) and line[k] in " ,"


_WORD_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
    | {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Gov", "St", "No", "vs"}
)
_DOTTED = frozenset({"U.S", "U.K", "a.m", "p.m", "e.g", "i.e"})


def _is_word(char: str) -> bool:
    r"""Whether ``\w`` matches ``char`` (in a str pattern: letters, digits and the underscore)."""
    return char.isalnum() or char == "_"


def _abbreviation(line: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation, as ``_ABBREVIATIONS`` finds in the
    six characters up to it: a word of its list or a capital letter, standing alone. "approx."
    is seven characters long and so never matches there. A capital after a hyphen ends a model's
    name ("Iskander-M."), not an initial."""
    word = dot
    while word > 0 and dot - word < 5 and _is_word(line[word - 1]):
        word -= 1
    if word > 0 and _is_word(line[word - 1]):
        # A longer word: the window holds its last five characters, and no abbreviation has five.
        return False
    token = line[word:dot]
    if token in _WORD_ABBREVIATIONS or (
        len(token) == 1 and "A" <= token <= "Z" and line[word - 1 : word] != "-"
    ):
        return True
    return (
        dot - word == 1
        and dot >= 3
        and line[dot - 3 : dot] in _DOTTED
        and (dot == 3 or not _is_word(line[dot - 4]))
    )


def _pieces_reference(line: str) -> tuple[tuple[int, int, str], ...]:
    """``_pieces`` with the regular expressions alone: the reference, and the form for bullets."""
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
    text = line[start:end]
    stripped = text.strip()
    if not stripped:
        return
    if len(stripped) < len(text):
        start += len(text) - len(text.lstrip())
        text = stripped
    out.append((start, start + len(text), text))
