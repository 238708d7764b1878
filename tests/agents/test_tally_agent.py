"""streams.agents.tally: the agent counts every message it sends to the tallies topic.

The agent's body runs on a stand-in stream, table and topic (no broker): a batch of incident
versions goes in, and ``raidtally_tally_updates_total`` must equal the number of sends.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types.tuples import Message
from prometheus_client import CollectorRegistry

from schemas import Figures, Incident
from schemas.incident import encoder as incident_encoder
from streams.agents import tally
from streams.agents.metrics import Metrics

NIGHT = "2025-07-10:RU>UA"


class _Stream:
    """What the agent reads of a Faust stream: batches of events, and the current event."""

    def __init__(self, batches: list[list[Any]]) -> None:
        self.batches = batches

    async def _take(self) -> AsyncIterator[list[Any]]:
        for batch in self.batches:
            yield batch

    def take_events(self, max_: int, within: float) -> AsyncIterator[list[Any]]:
        return self._take()

    def _set_current_event(self, event: Any) -> None:
        pass


class _Topic:
    def __init__(self) -> None:
        self.sent: list[tuple[bytes, bytes | None, int]] = []

    async def send(self, *, key: bytes, value: bytes | None, partition: int) -> None:
        self.sent.append((key, value, partition))


def raw(key: bytes, value: bytes | None) -> Any:
    """A message on the incidents topic as a Faust stream delivers it (holding the stream's reference)."""
    message = Message("t.incidents", 2, 0, 0.0, 0, None, key, value, None)
    message.incref()
    return SimpleNamespace(key=key, value=value, message=message, ack=lambda: message.ack(consumer=None))


def version(figures: Figures | None) -> Any:
    value = None
    if figures is not None:
        incident = Incident(
            incident_id=NIGHT, date="2025-07-10", attacker="RU", target="UA", version=1, figures=figures
        )
        value = incident_encoder.encode(incident)
    return raw(NIGHT.encode(), value)


@pytest.fixture
def agent(monkeypatch: pytest.MonkeyPatch) -> tuple[Metrics, _Topic]:
    metrics, topic = Metrics(CollectorRegistry()), _Topic()
    monkeypatch.setattr(tally, "metrics", metrics)
    monkeypatch.setattr(tally, "tallies_topic", topic)
    monkeypatch.setattr(tally, "buckets", {})
    monkeypatch.setattr(tally, "_cache", {})
    monkeypatch.setattr(tally, "_sent", {})
    monkeypatch.setattr(tally, "_dirty", set())
    return metrics, topic


def run(batches: list[list[Any]]) -> None:
    body: Any = tally.apply_tallies.fun  # the agent's coroutine, without Faust's actor around it
    asyncio.run(body(_Stream(batches)))


def sent_total(metrics: Metrics) -> float | None:
    return metrics.registry.get_sample_value("raidtally_tally_updates_total")


def test_every_tally_sent_is_counted(agent: tuple[Metrics, _Topic]) -> None:
    metrics, topic = agent
    # one incident on one day: its four tallies (1d, 7d, 30d, all ending 2025-07-10)
    run([[version(Figures(killed=2))]])
    assert sorted(key for key, _, _ in topic.sent) == [
        b"RU>UA:1d:2025-07-10",
        b"RU>UA:30d:2025-07-10",
        b"RU>UA:7d:2025-07-10",
        b"RU>UA:all:2025-07-10",
    ]
    assert sent_total(metrics) == 4
    # the same version redelivered changes no tally: nothing is sent, nothing counted
    run([[version(Figures(killed=2))]])
    assert len(topic.sent) == 4
    assert sent_total(metrics) == 4
    # a revised toll rewrites the four tallies; then the incident's tombstone deletes them
    run([[version(Figures(killed=3))], [version(None)]])
    assert len(topic.sent) == 12
    assert [value for _, value, _ in topic.sent[8:]] == [None] * 4
    assert sent_total(metrics) == 12


def test_a_message_that_is_no_incident_is_skipped_and_counted(agent: tuple[Metrics, _Topic]) -> None:
    metrics, topic = agent
    run([[raw(b"not-an-incident", b"{}"), raw(NIGHT.encode(), b"not json"), version(Figures(killed=2))]])
    # the incident in the same batch is tallied as if the others were not there
    assert len(topic.sent) == 4
    rejected = metrics.registry.get_sample_value(
        "raidtally_articles_rejected_total", {"reason": "wrong_schema"}
    )
    assert rejected == 2
