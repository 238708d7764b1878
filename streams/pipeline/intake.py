"""Decide whether raw bytes from the articles topic are a usable Article, and why not.

Pure logic: the extract agent, `raidtally produce` and `raidtally extract` all validate through here,
so a producer learns of a bad article the same way the worker would reject it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import msgspec

from schemas.article import Article, decoder
from schemas.rejected import Reason

# The full-scale invasion began in 2022, but the war (and its air war over Crimea) in 2014: nothing
# published before this is an article about this war.
EARLIEST_PUBLISHED = datetime(2014, 2, 20, tzinfo=UTC)
# An article cannot be published after it reached the log; allow clock skew between producers.
FUTURE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True)
class Invalid:
    reason: Reason
    detail: str


def parse_published_at(value: str) -> datetime:
    """RFC 3339 / ISO 8601 to an aware UTC datetime; a naive time is taken as UTC."""
    parsed = datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def decode_article(
    value: bytes | None, max_bytes: int, log_time: datetime | None = None
) -> Article | Invalid:
    """Validate one message value; ``log_time`` is the Kafka record timestamp when there is one."""
    if value is None:
        return Invalid("wrong_schema", "message has no value")
    if len(value) > max_bytes:
        return Invalid("too_large", f"{len(value)} bytes > limit {max_bytes}")
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Invalid("bad_utf8", f"invalid UTF-8 at byte {exc.start}")
    try:
        article = decoder.decode(value)
    except msgspec.ValidationError as exc:
        return Invalid("wrong_schema", str(exc))
    except msgspec.DecodeError as exc:
        return Invalid("not_json", str(exc))
    return validate(article, log_time)


def validate(article: Article, log_time: datetime | None = None) -> Article | Invalid:
    """Checks beyond the schema's types: a body to read and a believable publication time."""
    if not article.body.strip():
        return Invalid("empty_body", "body is empty or whitespace")
    if "\x00" in article.body:
        return Invalid("wrong_schema", "body contains NUL characters")
    try:
        published = parse_published_at(article.published_at)
    except ValueError:
        return Invalid("bad_date", f"published_at is not RFC 3339: {article.published_at[:40]!r}")
    if published < EARLIEST_PUBLISHED:
        return Invalid("bad_date", f"published_at {article.published_at} is before the war began")
    if log_time is not None and published > log_time + FUTURE_TOLERANCE:
        return Invalid("bad_date", f"published_at {article.published_at} is after the article was logged")
    return article
