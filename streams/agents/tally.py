"""apply_tallies: incident versions → day buckets → rolling tallies on the compacted tallies topic.

The table holds, per ``attacker>target`` and day, each incident's current figures keyed by incident
id (streams/pipeline/tally.py): a version overwrites, a tombstone deletes, so a redelivered or
replayed version changes nothing and a revision moves the sums by exactly the difference.

A pair's buckets are also cached in memory (decoded once; the table is the durable copy), and,
as in the merge agent, what was sent is remembered as a digest in memory only: after a restart
or a rebalance a tally is re-sent once rather than trusted to be on the topic.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

import msgspec

from schemas.figures import Figures
from schemas.incident import decoder as incident_decoder
from streams.agents.app import app, incidents_topic, settings, table, tallies_topic
from streams.agents.faust_private import drain_producer, handled, set_current_event
from streams.agents.monitoring import metrics
from streams.pipeline import sent
from streams.pipeline.keys import Pair, day_key, day_key_prefix, parse_day_key, parse_incident_id, today_kyiv
from streams.pipeline.tally import Bucket, Held, PairTallies, apply, held, update

buckets = table("tally-buckets")
# An entry written before Held existed decodes with corroborated None (unknown).
_bucket_decoder = msgspec.json.Decoder(dict[str, Held])
_bucket_encoder = msgspec.json.Encoder(order="sorted")

# pair → its day buckets {day: {incident_id: Held}} and cached running sums
# (streams/pipeline/tally.py); filled from the table on first use of a pair.
_cache: dict[Pair, PairTallies] = {}
_sent: dict[str, bytes] = {}  # tally key → digest of what was last sent (streams/pipeline/sent.py)
_dirty: set[Pair] = set()
# Incident versions handled together (see apply_tallies): at most BATCH, waiting at most BATCH_WITHIN_S.
BATCH = 500
BATCH_WITHIN_S = 0.05


def pair_state(pair: Pair) -> PairTallies:
    cached = _cache.get(pair)
    if cached is None:
        prefix = day_key_prefix(pair).encode()
        loaded: dict[date, Bucket] = {}
        for key, raw in buckets.items():
            if key.startswith(prefix) and raw is not None:
                loaded[parse_day_key(key.decode())[1]] = _bucket_decoder.decode(raw)
        cached = _cache[pair] = PairTallies(pair.attacker, pair.target, loaded)
    return cached


def apply_version(incident_id: str, figures: Figures | None) -> tuple[Pair, date]:
    """Set one incident version (None: deleted) in its day bucket; the pair and day it touched."""
    day, pair = parse_incident_id(incident_id)
    state = pair_state(pair)
    before = state.buckets.get(day, {})
    after = apply(before, incident_id, figures)
    if after != before:
        table_key = day_key(pair, day).encode()
        state.set(day, after)
        if after:
            buckets[table_key] = _bucket_encoder.encode(after)
        else:
            buckets.pop(table_key, None)
        _dirty.add(pair)
    return pair, day


def to_send(pair: Pair, days: Iterable[date]) -> list[tuple[str, bytes | None]]:
    """The tally values (None: tombstone) to send after the buckets of ``days`` were set."""
    step = update(pair_state(pair), days, _sent)
    return [*step.emit.items(), *((key, None) for key in step.tombstones)]


def record_sent(key: str, value: bytes | None) -> None:
    sent.record(_sent, key, value)


async def tally_batch(stream: Any, events: Sequence[Any]) -> None:
    """Apply a batch of incident versions to their day buckets and send the tallies they change."""
    started = time.perf_counter()
    touched: dict[Pair, tuple[int, list[date]]] = {}
    for event in events:
        if event.key is None:
            continue
        try:
            incident_id = bytes(event.key).decode()
            parse_incident_id(incident_id)
            figures = None if event.value is None else held(incident_decoder.decode(event.value))
        except ValueError:  # UnicodeDecodeError and msgspec.DecodeError among them
            # Not an incident this worker wrote (the topic is open to any producer): skipped and
            # counted, as the merge agent does with a report it cannot read.
            metrics.rejected("wrong_schema")
            continue
        # A table write goes to the changelog partition of the "current event", which a batch
        # does not set by itself. All writes come before the first await below: while the body
        # awaits, the stream sets its current event for the next batch (see streams/agents/merge.py).
        set_current_event(stream, event)
        pair, day = apply_version(incident_id, figures)
        # A pair's incidents all arrive on one partition; its tallies go to the same one.
        touched.setdefault(pair, (event.message.partition, []))[1].append(day)
    for pair, (partition, days) in touched.items():
        for key, value in to_send(pair, days):
            await tallies_topic.send(key=key.encode(), value=value, partition=partition)
            metrics.tally_sent()
            record_sent(key, value)
    # The bucket writes reach the changelog before the batch is acknowledged (see faust_private).
    await drain_producer(app)
    metrics.observe_latency("tally", (time.perf_counter() - started) / max(len(events), 1))


@app.agent(incidents_topic)
async def apply_tallies(stream: Any) -> None:
    # Versions are taken in batches (as many as are waiting, up to BATCH): during a replay or a
    # backlog the partitions are read days apart, and each version of an older day would rewrite
    # every later all-time tally; a batch rewrites them once. Live, a batch is one or two versions.
    # A batch is acknowledged only once it is handled in full (see faust_private.handled).
    async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):
        with handled(events):
            await tally_batch(stream, events)


@app.timer(interval=1.0)
async def refresh_gauges() -> None:
    """Domain gauges from the tally state, at most once a second per changed pair."""
    while _dirty:
        pair = _dirty.pop()
        # Only a state the agent loaded: the timer also runs while a rebalance is recovering the
        # table, and loading the pair then would cache a half-restored table for the agent to build
        # every later tally on. The agent's next batch of the pair loads it again and marks it dirty.
        state = _cache.get(pair)
        if state is None:
            continue
        end = today_kyiv() if settings.clock == "wall" else None
        metrics.observe_buckets(pair.attacker, pair.target, state.buckets, end=end, state=state)


def forget() -> None:
    """After a rebalance another worker may have changed these partitions: drop the caches."""
    _cache.clear()
    _sent.clear()


def _forget(sender: Any, *args: Any, **kwargs: Any) -> None:
    forget()


# mode's signal typing wants a BaseSignalT keyword that plain handlers need not name.
app.on_partitions_revoked.connect(cast(Any, _forget))
app.on_partitions_assigned.connect(cast(Any, _forget))
