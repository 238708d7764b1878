"""streams.agents.extract: an article the extractor raises on is rejected, and the stream goes on.

The agent's body runs on stand-in topics (no broker): every article consumed must end as reports or as
a rejection with a machine-readable reason, even when the extractor has a bug.
"""

from __future__ import annotations

import asyncio
import base64
import json
from types import SimpleNamespace
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from schemas import Article
from schemas.rejected import decoder as rejected_decoder
from streams.agents import extract
from streams.agents.metrics import Metrics

BODY = json.dumps(
    {
        "id": "a1",
        "published_at": "2025-07-04T06:00:00Z",
        "outlet": "wire.example",
        "body": "Russia launched 50 drones at Ukraine overnight; air defences shot down 44 of them.",
    }
).encode()


class _Topic:
    def __init__(self) -> None:
        self.sent: list[tuple[bytes | None, bytes]] = []

    async def send(self, *, key: bytes | None, value: bytes) -> None:
        self.sent.append((key, value))


def event(value: bytes) -> Any:
    return SimpleNamespace(
        message=SimpleNamespace(
            topic="t.articles", partition=3, offset=17, key=b"a1", value=value, timestamp=None
        )
    )


@pytest.fixture
def topics(monkeypatch: pytest.MonkeyPatch) -> tuple[Metrics, _Topic, _Topic]:
    metrics, reports, rejected = Metrics(CollectorRegistry()), _Topic(), _Topic()
    monkeypatch.setattr(extract, "metrics", metrics)
    monkeypatch.setattr(extract, "reports_topic", reports)
    monkeypatch.setattr(extract, "rejected_topic", rejected)
    return metrics, reports, rejected


def test_an_article_the_extractor_raises_on_is_rejected_with_its_bytes(
    topics: tuple[Metrics, _Topic, _Topic], monkeypatch: pytest.MonkeyPatch
) -> None:
    metrics, reports, rejected = topics

    def broken(article: Article) -> list[Any]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(extract, "reports_for", broken)
    asyncio.run(extract.extract_article(event(BODY)))
    assert reports.sent == []
    [(key, value)] = rejected.sent
    got = rejected_decoder.decode(value)
    assert (key, got.reason, got.partition, got.offset) == (b"a1", "extraction_failed", 3, 17)
    assert got.detail == "IndexError: list index out of range"
    assert got.value_b64 is not None and base64.b64decode(got.value_b64) == BODY
    samples = metrics.registry.get_sample_value(
        "raidtally_articles_rejected_total", {"reason": "extraction_failed"}
    )
    assert samples == 1


def test_a_good_article_gives_reports_and_no_rejection(topics: tuple[Metrics, _Topic, _Topic]) -> None:
    _, reports, rejected = topics
    asyncio.run(extract.extract_article(event(BODY)))
    assert rejected.sent == []
    assert len(reports.sent) == 1 and reports.sent[0][0] == b"RU>UA"


def test_a_rejection_too_large_to_send_keeps_no_bytes(topics: tuple[Metrics, _Topic, _Topic]) -> None:
    _, _, rejected = topics
    huge = b'{"id": "a1", "body": "' + b"x" * (extract.KEPT_BYTES + 1) + b'"}'
    asyncio.run(extract.extract_article(event(huge)))
    [(_, value)] = rejected.sent
    got = rejected_decoder.decode(value)
    assert got.reason == "too_large" and got.value_b64 is None
    assert f"the {len(huge):,} bytes are not kept" in got.detail
    # the rejection itself stays well inside one produce request (twice the article limit)
    assert len(value) < 2 * extract.settings.max_article_bytes
