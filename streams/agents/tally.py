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
from collections.abc import Iterable
from datetime import date
from typing import Any, cast

import msgspec

from schemas.figures import Figures
from schemas.incident import decoder as incident_decoder
from schemas.tally import encoder as tally_encoder
from streams.agents.app import app, incidents_topic, settings, table, tallies_topic
from streams.agents.monitoring import metrics
from streams.pipeline.tally import Bucket, PairTallies, apply, bucket_key, incident_date
from streams.time import today_kyiv

buckets = table("tally-buckets")
_bucket_decoder = msgspec.json.Decoder(dict[str, Figures])
_bucket_encoder = msgspec.json.Encoder(order="sorted")

# pair → its day buckets {day: {incident_id: Figures}} and cached running sums (streams/tally.py);
# filled from the table on first use of a pair.
_cache: dict[tuple[str, str], PairTallies] = {}
_sent: dict[str, bytes] = {}
_dirty: set[tuple[str, str]] = set()
# Incident versions handled together (see apply_tallies): at most BATCH, waiting at most BATCH_WITHIN_S.
BATCH = 500
BATCH_WITHIN_S = 0.05


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


def apply_version(incident_id: str, figures: Figures | None) -> tuple[tuple[str, str], date]:
    """Set one incident version (None: deleted) in its day bucket; the pair and day it touched."""
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
    return pair, day


def to_send(pair: tuple[str, str], days: Iterable[date]) -> list[tuple[str, bytes | None]]:
    """The tally values (None: tombstone) that changed after the buckets of ``days`` were set."""
    result = pair_state(pair).changes_many(days)
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
async def apply_tallies(stream: Any) -> None:
    # Versions are taken in batches (as many as are waiting, up to BATCH): during a replay or a
    # backlog the partitions are read days apart, and each version of an older day would rewrite
    # every later all-time tally; a batch rewrites them once. Live, a batch is one or two versions.
    # take_events acks a batch only after this body has handled it (at-least-once is kept).
    async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):
        started = time.perf_counter()
        touched: dict[tuple[str, str], tuple[int, list[date]]] = {}
        for event in events:
            if event.key is None:
                continue
            incident_id = bytes(event.key).decode()
            figures = None if event.value is None else incident_decoder.decode(event.value).figures
            # A table write goes to the changelog partition of the "current event", which a batch
            # does not set by itself. All writes come before the first await below: while the body
            # awaits, the stream sets its current event for the next batch (see merge_agent).
            stream._set_current_event(event)
            pair, day = apply_version(incident_id, figures)
            # A pair's incidents all arrive on one partition; its tallies go to the same one.
            touched.setdefault(pair, (event.message.partition, []))[1].append(day)
        for pair, (partition, days) in touched.items():
            for key, value in to_send(pair, days):
                await tallies_topic.send(key=key.encode(), value=value, partition=partition)
                record_sent(key, value)
        metrics.observe_latency("tally", (time.perf_counter() - started) / max(len(events), 1))


@app.timer(interval=1.0)
async def refresh_gauges() -> None:
    """Domain gauges from the tally state, at most once a second per changed pair."""
    while _dirty:
        pair = _dirty.pop()
        end = today_kyiv() if settings.clock == "wall" else None
        state = pair_state(pair)
        metrics.observe_buckets(pair[0], pair[1], state.buckets, end=end, state=state)


def forget() -> None:
    """After a rebalance another worker may have changed these partitions: drop the caches."""
    _cache.clear()
    _sent.clear()


def _forget(sender: Any, *args: Any, **kwargs: Any) -> None:
    forget()


# mode's signal typing wants a BaseSignalT keyword that plain handlers need not name.
app.on_partitions_revoked.connect(cast(Any, _forget))
app.on_partitions_assigned.connect(cast(Any, _forget))
