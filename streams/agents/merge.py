"""merge_incidents: reports → versioned incidents on the compacted incidents topic.

State is a set: day buckets (``streams.pipeline.keys.day_key``) → {report_id: report}. Each batch of
reports rebuilds the incidents of the days next to theirs from those sets (streams/pipeline/merge.py), so a
redelivered or re-produced report changes nothing and neither arrival order nor batching matters.

What was emitted is remembered in memory only (a digest per incident id): after a restart or a
rebalance the first rebuild of an incident re-sends its current value once — harmless on a compacted
topic whose consumers overwrite — and never trusts a changelog entry that may be ahead of the
incidents topic (a tombstone too). Which ids were ever sent (so that an incident absorbed into a
neighbour gets a tombstone) is kept in a table, because that must survive restarts.
"""

from __future__ import annotations

import functools
import time
import zlib
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

import msgspec

from schemas.report import Report
from schemas.report import decoder as report_decoder
from streams.agents.app import app, incidents_topic, reports_topic, settings, table
from streams.agents.faust_private import drain_producer, handled, set_current_event
from streams.agents.monitoring import metrics
from streams.pipeline import sent
from streams.pipeline.fingerprint import is_syndicated
from streams.pipeline.keys import Pair, day_key, tally_partition
from streams.pipeline.merge import MergeUpdate, batch_dates, slim, update_many

buckets = table("merge-buckets")
existing = table("merge-existing")
_bucket_decoder = msgspec.json.Decoder(list[Report])
_bucket_encoder = msgspec.json.Encoder()
_emitted: dict[str, bytes] = {}  # incident id → digest of what was last sent (streams/pipeline/sent.py)
# Reports handled together (see merge_incidents): at most BATCH, waiting at most BATCH_WITHIN_S.
BATCH = 500
BATCH_WITHIN_S = 0.05


def load_bucket(key: bytes) -> dict[str, Report]:
    raw = buckets.get(key)
    if raw is None:
        return {}
    return dict(_decode_bucket(raw))


# A report loads the nine buckets around its day, and the next report mostly the same nine:
# keyed by content, a cached decoding can never be stale.
@functools.lru_cache(maxsize=256)
def _decode_bucket(raw: bytes) -> dict[str, Report]:
    # Buckets are zlib-compressed JSON (a sixth of the size: the reports of one day share most of
    # their field names and values, and the whole state lives in the worker's memory); a bucket
    # written before compression was introduced is plain JSON, an array.
    text = raw if raw[:1] == b"[" else zlib.decompress(raw)
    return {r.report_id: r for r in _bucket_decoder.decode(text)}


def store_bucket(key: bytes, bucket: dict[str, Report]) -> None:
    buckets[key] = zlib.compress(_bucket_encoder.encode([bucket[rid] for rid in sorted(bucket)]), 1)


def syndicated(report: Report, bucket: dict[str, Report]) -> bool:
    """Whether the report's article is a near-copy of another article in its day bucket."""
    return any(
        other.article_id != report.article_id and is_syndicated(other.fingerprint, report.fingerprint)
        for other in bucket.values()
    )


class _Existing:
    """The ids ever sent, as the pure merge step asks for them (``in``)."""

    def __contains__(self, iid: object) -> bool:
        return isinstance(iid, str) and existing.get(iid.encode()) is not None


def changes(pair: Pair, days: set[date]) -> MergeUpdate:
    """What to send after reports of ``days`` joined the pair's buckets (streams/pipeline/merge.py)."""
    load, _ = batch_dates(days)
    buckets = {d: load_bucket(day_key(pair, d).encode()).values() for d in load}
    return update_many(pair.attacker, pair.target, days, buckets, _emitted, _Existing())


def record_sent(step: MergeUpdate) -> None:
    """Remember what is about to be sent. Called before the send (table writes precede the batch's
    first await), so an id stays in ``existing`` once tombstoned: were it dropped and the worker
    killed before the tombstone left, the absorbed incident would stay on the topic for good. Its
    tombstone is then re-sent once after a restart, like any value."""
    for incident in step.emit:
        metrics.observe_incident(incident)
        if existing.get(incident.incident_id.encode()) is None:
            existing[incident.incident_id.encode()] = b"1"
    for iid, value in step.sends:
        sent.record(_emitted, iid, value)


async def merge_batch(stream: Any, events: Sequence[Any]) -> None:
    """Add a batch of reports to their day buckets and send the incidents they change."""
    started = time.perf_counter()
    changed: dict[bytes, tuple[Any, dict[str, Report]]] = {}  # bucket key → (event, bucket)
    touched: dict[Pair, tuple[Any, set[date]]] = {}  # pair → (an event of its partition, days)
    for event in events:
        try:
            report = report_decoder.decode(event.value)
        except (msgspec.DecodeError, TypeError):
            metrics.rejected("wrong_schema")
            continue
        pair = Pair.of(report)
        day = date.fromisoformat(report.date)
        key = day_key(pair, day).encode()
        bucket = changed[key][1] if key in changed else load_bucket(key)
        # A report already held still rebuilds its incidents: after a restart the incident it
        # led to may not have been sent before the crash.
        touched.setdefault(pair, (event, set()))[1].add(day)
        kept = slim(report)
        if bucket.get(report.report_id) == kept:
            metrics.duplicate("exact")
            continue
        bucket[report.report_id] = kept
        changed[key] = (event, bucket)
        if syndicated(report, bucket):
            metrics.duplicate("syndicated")
    # A table write goes to the changelog partition of the "current event", which a batch does
    # not set by itself; a pair's reports all arrive on one partition. Every write is made
    # before the first await: while this body awaits, the stream sets its current event for the
    # next batch, and setting it here after that would file the next report under a wrong event.
    for key, (event, bucket) in changed.items():
        set_current_event(stream, event)
        store_bucket(key, bucket)
    sends: list[tuple[str, bytes | None, int]] = []
    for pair, (event, days) in touched.items():
        set_current_event(stream, event)
        step = changes(pair, days)
        record_sent(step)
        # One partition per pair (see tally_partition), so the tally agent sees all of a
        # pair's incidents on one partition while the compacted topic stays keyed by id.
        partition = tally_partition(event.message.partition, settings.partitions)
        sends.extend((iid, value, partition) for iid, value in step.sends)
    for iid, value, partition in sends:
        await incidents_topic.send(key=iid.encode(), value=value, partition=partition)
    # The bucket writes reach the changelog before the batch is acknowledged (see faust_private).
    await drain_producer(app)
    metrics.observe_latency("merge", (time.perf_counter() - started) / max(len(events), 1))


@app.agent(reports_topic)
async def merge_incidents(stream: Any) -> None:
    # Reports are taken in batches (as many as are waiting, up to BATCH): a bucket that several
    # reports join is written once, and the incidents they share are rebuilt and sent once. During a
    # replay an incident's 5–20 reports arrive close together; live, a batch is one or two reports.
    # A batch is acknowledged only once it is handled in full (see faust_private.handled).
    async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):
        with handled(events):
            await merge_batch(stream, events)


def _forget(sender: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
    """Another worker may change these incidents before their partitions come back here."""
    _emitted.clear()


# mode's signal typing wants a BaseSignalT keyword that plain handlers need not name.
app.on_partitions_revoked.connect(cast(Any, _forget))
app.on_partitions_assigned.connect(cast(Any, _forget))
