"""The benchmark corpus: synthetic articles, encoded once and kept in memory as (key, value) pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from schemas.article import Article
from schemas.article import encoder as article_encoder
from streams.bench.synthetic import generate


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    messages: list[tuple[bytes, bytes]]  # what producers send: key = article id, value = Article JSON
    source: str  # which generator made it

    @property
    def size_bytes(self) -> int:
        return sum(len(v) for _, v in self.messages)


def build(n: int, seed: int, progress: Callable[[Iterable[Any]], Iterator[Any]] | None = None) -> Corpus:
    """Generate ``n`` articles; ``progress`` wraps the iteration (a progress bar in the CLI)."""
    stream: Iterable[Article] = generate(n, seed)
    if progress is not None:
        stream = progress(stream)
    articles = list(stream)
    messages = [(a.article_id.encode(), article_encoder.encode(a)) for a in articles]
    return Corpus(articles, messages, "streams.bench.synthetic")
