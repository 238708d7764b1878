"""Validation of raw article bytes: each kind of bad input gets its own machine-readable reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Article
from streams.pipeline.intake import Invalid, decode_article

GOOD = b'{"id": "a1", "body": "Drones attacked overnight.", "published_at": "2025-03-01T07:00:00Z"}'


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"not json at all", "not_json"),
        (b'{"id": "a1", "body": "x", "published_at": "2025', "not_json"),
        (b'{"id": 5, "body": "x", "published_at": "2025-03-01T07:00:00Z"}', "wrong_schema"),
        (b'{"id": "a1", "published_at": "2025-03-01T07:00:00Z"}', "wrong_schema"),
        (b'["a", "list"]', "wrong_schema"),
        (b'{"id": "a1", "body": "   \\n ", "published_at": "2025-03-01T07:00:00Z"}', "empty_body"),
        (b'{"id": "a1", "body": "\xff\xfe drones", "published_at": "2025-03-01T07:00:00Z"}', "bad_utf8"),
        (b'{"id": "a1", "body": "x", "published_at": "yesterday"}', "bad_date"),
        (b'{"id": "a1", "body": "x", "published_at": "1990-01-01T00:00:00Z"}', "bad_date"),
        (None, "wrong_schema"),
    ],
)
def test_rejection_reasons(value: bytes | None, reason: str) -> None:
    result = decode_article(value, max_bytes=10_000)
    assert isinstance(result, Invalid)
    assert result.reason == reason
    assert result.detail


def test_too_large_is_checked_before_parsing() -> None:
    big = b'{"id": "a1", "body": "' + b"x" * 2000 + b'", "published_at": "2025-03-01T07:00:00Z"}'
    result = decode_article(big, max_bytes=1000)
    assert isinstance(result, Invalid) and result.reason == "too_large"


def test_future_dates_are_judged_against_the_log_time() -> None:
    future = b'{"id": "a1", "body": "x", "published_at": "2099-01-01T00:00:00Z"}'
    logged = datetime(2025, 3, 1, tzinfo=UTC)
    result = decode_article(future, max_bytes=10_000, log_time=logged)
    assert isinstance(result, Invalid) and result.reason == "bad_date"
    assert isinstance(decode_article(GOOD, max_bytes=10_000, log_time=logged), Article)


def test_valid_article_passes() -> None:
    article = decode_article(GOOD, max_bytes=10_000)
    assert isinstance(article, Article)
    assert article.article_id == "a1"
