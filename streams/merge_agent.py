"""merge_incidents: reports → versioned incidents on the compacted incidents topic.

State is a set: day buckets ``"{attacker}>{target}:{date}"`` → {report_id: report}. Each report
rebuilds the incidents of the neighbouring days from those sets (streams/merge.py), so a redelivered
or re-produced report changes nothing and arrival order does not matter.

What was emitted is remembered in memory only (a digest per incident id): after a restart or a
rebalance the first rebuild of an incident re-sends its current value once — harmless on a compacted
topic whose consumers overwrite — and never trusts a changelog entry that may be ahead of the
incidents topic. Which ids exist (so that an incident absorbed into a neighbour gets a tombstone)
is kept in a table, because that must survive restarts.
"""

from __future__ import annotations

import functools
import hashlib
import time
import zlib
from collections.abc import AsyncIterable
from datetime import date
from typing import Any, cast

import msgspec

from schemas.incident import decoder as incident_decoder
from schemas.incident import encoder as incident_encoder
from schemas.report import Report
from schemas.report import decoder as report_decoder
from streams.app import app, incidents_topic, reports_topic, table
from streams.fingerprint import is_syndicated
from streams.merge import bucket_dates, incident_id, rebuild, rebuild_dates
from streams.monitoring import metrics

buckets = table("merge-buckets")
existing = table("merge-existing")
_bucket_decoder = msgspec.json.Decoder(list[Report])
_bucket_encoder = msgspec.json.Encoder()
_emitted: dict[str, bytes] = {}


def bucket_key(pair: str, day: date) -> bytes:
    return f"{pair}:{day.isoformat()}".encode()


def load_bucket(key: bytes) -> dict[str, Report]:
    raw = buckets.get(key)
    if raw is None:
        return {}
    return dict(_decode_bucket(raw))


# A report loads the five buckets around its day, and the next report mostly the same five:
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


def add_report(report: Report) -> bool:
    """Put the report in its day bucket; False when the bucket already held exactly this report."""
    # Evidence is the report's business, not the incident's: keep the buckets small.
    slim = msgspec.structs.replace(report, evidence=[])
    key = bucket_key(f"{report.attacker}>{report.target}", date.fromisoformat(report.date))
    bucket = load_bucket(key)
    if bucket.get(report.report_id) == slim:
        return False
    bucket[report.report_id] = slim
    store_bucket(key, bucket)
    return True


def syndicated(report: Report) -> bool:
    """Whether the report's article is a near-copy of another article already in its day bucket."""
    key = bucket_key(f"{report.attacker}>{report.target}", date.fromisoformat(report.date))
    return any(
        other.article_id != report.article_id and is_syndicated(other.fingerprint, report.fingerprint)
        for other in load_bucket(key).values()
    )


def changes(report: Report) -> list[tuple[str, bytes | None]]:
    """Incident values (None: tombstone) to send after ``report`` joined its bucket."""
    pair = f"{report.attacker}>{report.target}"
    day = date.fromisoformat(report.date)
    reports = [r for d in bucket_dates(day) for r in load_bucket(bucket_key(pair, d)).values()]
    current = rebuild(reports, rebuild_dates(day))
    out: list[tuple[str, bytes | None]] = []
    for d in rebuild_dates(day):
        iid = incident_id(d, report.attacker, report.target)
        incident = current.get(iid)
        if incident is None:
            if existing.get(iid.encode()) is not None:
                out.append((iid, None))
            continue
        value = incident_encoder.encode(incident)
        digest = hashlib.blake2b(value, digest_size=16).digest()
        if _emitted.get(iid) != digest:
            out.append((iid, value))
    return out


def record_sent(iid: str, value: bytes | None) -> None:
    if value is None:
        _emitted.pop(iid, None)
        existing.pop(iid.encode(), None)
    else:
        metrics.observe_incident(incident_decoder.decode(value))
        _emitted[iid] = hashlib.blake2b(value, digest_size=16).digest()
        if existing.get(iid.encode()) is None:
            existing[iid.encode()] = b"1"


@app.agent(reports_topic)
async def merge_incidents(stream: AsyncIterable[Any]) -> None:
    async for event in stream.events():  # type: ignore[attr-defined]
        started = time.perf_counter()
        try:
            report = report_decoder.decode(event.value)
        except (msgspec.DecodeError, TypeError):
            metrics.rejected("wrong_schema")
            continue
        added = add_report(report)
        if not added:
            metrics.duplicate("exact")
        elif syndicated(report):
            metrics.duplicate("syndicated")
        for iid, value in changes(report):
            # Same partition as the report (keyed attacker>target), so the tally agent sees all of a
            # pair's incidents on one partition while the compacted topic stays keyed by incident id.
            await incidents_topic.send(key=iid.encode(), value=value, partition=event.message.partition)
            record_sent(iid, value)
        metrics.observe_latency("merge", time.perf_counter() - started)


def _forget(sender: Any, *args: Any, signal: Any = None, **kwargs: Any) -> None:
    """Another worker may change these incidents before their partitions come back here."""
    _emitted.clear()


# mode's signal typing wants a BaseSignalT keyword that plain handlers need not name.
app.on_partitions_revoked.connect(cast(Any, _forget))
app.on_partitions_assigned.connect(cast(Any, _forget))
