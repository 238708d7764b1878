"""apply_tallies: incident versions → day buckets → rolling tallies on the compacted tallies topic.

The table holds, per ``attacker>target`` and day, each incident's current figures keyed by incident
id (streams/tally.py): a version overwrites, a tombstone deletes, so a redelivered or replayed version
changes nothing and a revision moves the sums by exactly the difference.

A pair's buckets are also cached in memory (decoded once; the table is the durable copy), and,
as in the merge agent, what was sent is remembered as a digest in memory only: after a restart
or a rebalance a tally is re-sent once rather than trusted to be on the topic.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterable
from datetime import date
from typing import Any, cast

import msgspec

from schemas.figures import Figures
from schemas.incident import decoder as incident_decoder
from schemas.tally import encoder as tally_encoder
from streams.app import app, incidents_topic, settings, table, tallies_topic
from streams.monitoring import metrics
from streams.tally import Bucket, PairTallies, apply, bucket_key, incident_date
from streams.time import today_kyiv

buckets = table("tally-buckets")
_bucket_decoder = msgspec.json.Decoder(dict[str, Figures])
_bucket_encoder = msgspec.json.Encoder(order="sorted")

# pair → its day buckets {day: {incident_id: Figures}} and cached running sums (streams/tally.py);
# filled from the table on first use of a pair.
_cache: dict[tuple[str, str], PairTallies] = {}
_sent: dict[str, bytes] = {}
_dirty: set[tuple[str, str]] = set()


def pair_of(incident_id: str) -> tuple[str, str]:
    attacker, _, target = incident_id.partition(":")[2].partition(">")
    return attacker, target


def pair_state(pair: tuple[str, str]) -> PairTallies:
    cached = _cache.get(pair)
    if cached is None:
        prefix = f"{pair[0]}>{pair[1]}:".encode()
        loaded: dict[date, Bucket] = {}
        for key, raw in buckets.items():
            if key.startswith(prefix) and raw is not None:
                loaded[date.fromisoformat(key[len(prefix) :].decode())] = _bucket_decoder.decode(raw)
        cached = _cache[pair] = PairTallies(pair[0], pair[1], loaded)
    return cached


def pair_buckets(pair: tuple[str, str]) -> dict[date, Bucket]:
    return pair_state(pair).buckets


def update(incident_id: str, figures: Figures | None) -> list[tuple[str, bytes | None]]:
    """Apply one incident version (None: deleted) and return the tally values to send."""
    pair = pair_of(incident_id)
    day = incident_date(incident_id)
    state = pair_state(pair)
    before = state.buckets.get(day, {})
    after = apply(before, incident_id, figures)
    if after != before:
        table_key = bucket_key(pair[0], pair[1], day).encode()
        state.set(day, after)
        if after:
            buckets[table_key] = _bucket_encoder.encode(after)
        else:
            buckets.pop(table_key, None)
        _dirty.add(pair)
    result = state.changes(day)
    out: list[tuple[str, bytes | None]] = []
    for key, tally in sorted(result.emit.items()):
        value = tally_encoder.encode(tally)
        digest = hashlib.blake2b(value, digest_size=16).digest()
        if _sent.get(key) != digest:
            out.append((key, value))
    for key in result.tombstones:
        if _sent.get(key) != b"":
            out.append((key, None))
    return out


def record_sent(key: str, value: bytes | None) -> None:
    _sent[key] = hashlib.blake2b(value, digest_size=16).digest() if value is not None else b""


@app.agent(incidents_topic)
async def apply_tallies(stream: AsyncIterable[Any]) -> None:
    async for event in stream.events():  # type: ignore[attr-defined]
        started = time.perf_counter()
        if event.key is None:
            continue
        incident_id = bytes(event.key).decode()
        figures = None if event.value is None else incident_decoder.decode(event.value).figures
        for key, value in update(incident_id, figures):
            await tallies_topic.send(key=key.encode(), value=value, partition=event.message.partition)
            record_sent(key, value)
        metrics.observe_latency("tally", time.perf_counter() - started)


@app.timer(interval=1.0)
async def refresh_gauges() -> None:
    """Domain gauges from the tally state, at most once a second per changed pair."""
    while _dirty:
        pair = _dirty.pop()
        end = today_kyiv() if settings.clock == "wall" else None
        metrics.observe_buckets(pair[0], pair[1], pair_buckets(pair), end=end)


def forget() -> None:
    """After a rebalance another worker may have changed these partitions: drop the caches."""
    _cache.clear()
    _sent.clear()


def _forget(sender: Any, *args: Any, **kwargs: Any) -> None:
    forget()


# mode's signal typing wants a BaseSignalT keyword that plain handlers need not name.
app.on_partitions_revoked.connect(cast(Any, _forget))
app.on_partitions_assigned.connect(cast(Any, _forget))
