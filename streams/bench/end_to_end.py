"""End-to-end measurements through the real broker and `raidtally worker` processes.

Finish times come from the output topics: the newest CreateTime stamped by the worker on the
incidents and tallies topics once the app's group has no lag left on articles, reports and incidents.
"""

from __future__ import annotations

import bisect
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from schemas.incident import decoder as incident_decoder
from streams.bench import brokerio
from streams.bench.harness import Worker, worker_env
from streams.settings import Settings

DRAIN_TIMEOUT_S = 3600.0


def _inputs(settings: Settings) -> list[str]:
    return [settings.topic("articles"), settings.topic("reports"), settings.topic("incidents")]


def _outputs(settings: Settings) -> list[str]:
    return [settings.topic("incidents"), settings.topic("tallies")]


@contextmanager
def workers(settings: Settings, count: int, out: Path) -> Iterator[list[Worker]]:
    started = [
        Worker(
            worker_env(settings, out / "state" / f"{settings.app_id}-{k}"),
            out / f"{settings.app_id}-{k}.log",
            loglevel="warn",
        )
        for k in range(count)
    ]
    try:
        for worker in started:
            worker.start(wait=False)
        for worker in started:
            worker.wait_ready()
        yield started
    finally:
        for worker in started:
            worker.stop()


def _drain(settings: Settings, n: int, pool: list[Worker]) -> brokerio.Drained:
    drained = brokerio.wait_drained(settings, _inputs(settings), _outputs(settings), n, DRAIN_TIMEOUT_S)
    for worker in pool:
        worker.sample_memory()
    return drained


def throughput(
    settings: Settings, messages: Sequence[tuple[bytes, bytes]], count: int, out: Path
) -> dict[str, float]:
    """Workers running and idle; produce the corpus; articles/s from the first send to the last output."""
    brokerio.create(settings)
    with workers(settings, count, out) as pool:
        # Rates are measured from a settled group: the workers' start-up rebalance comes first, and a
        # rebalance while the corpus arrives can leave a partition unfetched (faust-streaming #629).
        brokerio.wait_group_stable(settings, count)
        started_ms = time.time() * 1000
        brokerio.produce(settings, settings.topic("articles"), messages)
        produced_s = time.time() * 1000 - started_ms
        drained = _drain(settings, len(messages), pool)
    elapsed = (drained.last_output_ms - started_ms) / 1000
    return {
        "articles_per_s": len(messages) / elapsed,
        "seconds": elapsed,
        "produce_seconds": produced_s / 1000,
        "peak_rss_mb": max(w.peak_rss_mb for w in pool),
        "worker_cpu_ms_per_article": 1000 * sum(w.cpu_seconds for w in pool) / len(messages),
    }


def replay(
    settings: Settings, messages: Sequence[tuple[bytes, bytes]], out: Path, count: int = 1
) -> dict[str, float]:
    """The corpus already in the log; a fresh app id with ``count`` workers starts from offset 0:
    seconds from the workers' start to the last output."""
    brokerio.create(settings)
    brokerio.produce(settings, settings.topic("articles"), messages)
    started_ms = time.time() * 1000
    with workers(settings, count, out) as pool:
        ready_s = time.time() - started_ms / 1000
        drained = _drain(settings, len(messages), pool)
    elapsed = (drained.last_output_ms - started_ms) / 1000
    return {
        "seconds": elapsed,
        "worker_startup_seconds": ready_s,
        "articles_per_s": len(messages) / elapsed,
        "workers": count,
        "peak_rss_mb": max(w.peak_rss_mb for w in pool),
        "worker_cpu_ms_per_article": 1000 * sum(w.cpu_seconds for w in pool) / len(messages),
    }


def latency(
    settings: Settings, messages: Sequence[tuple[bytes, bytes]], rate: float, out: Path, count: int = 1
) -> dict[str, float]:
    """Produce at a steady ``rate`` to ``count`` workers and time each article to its first incident
    version and tally update.

    Every article is sent with its own CreateTime (the send time); the worker stamps the incidents and
    tallies it writes. An article's incident latency is the first incident version listing its
    article id, minus its send time. Its tally latency: the tally agent handles a partition's incident
    versions in order, in batches, and writes a batch's tallies before it reads the next batch, so the
    first tally written on the partition after a version listing the article includes that version;
    that tally's stamp minus the send time. Articles whose version changed no
    figure have no tally update and give no tally sample (they are counted).
    """
    brokerio.create(settings)
    sent_ms: dict[str, int] = {}
    with workers(settings, count, out) as pool:
        # Steady state is measured: the group's start-up rebalance (the workers joining) comes first.
        brokerio.wait_group_stable(settings, count)
        client = brokerio.producer(settings, linger_ms=0)  # a live feed sends each article at once
        try:
            started = time.perf_counter()
            for k, (key, value) in enumerate(messages):
                due = started + k / rate
                pause = due - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                now_ms = int(time.time() * 1000)
                client.send(settings.topic("articles"), key=key, value=value, timestamp_ms=now_ms)
                sent_ms[key.decode()] = now_ms
            client.flush()
        finally:
            client.close()
        _drain(settings, len(messages), pool)
    cpu_ms = 1000 * sum(w.cpu_seconds for w in pool) / len(messages)
    incidents: dict[int, list[tuple[int, list[str]]]] = defaultdict(list)  # partition → (ts, article ids)

    def on_incident(record: Any) -> None:
        if record.value is not None:
            incidents[record.partition].append(
                (record.timestamp, incident_decoder.decode(record.value).article_ids)
            )

    brokerio.read_all(settings, settings.topic("incidents"), on_incident)
    tallies: dict[int, list[int]] = defaultdict(list)
    brokerio.read_all(settings, settings.topic("tallies"), lambda r: tallies[r.partition].append(r.timestamp))
    return {
        **_latency_figures(sent_ms, incidents, tallies),
        "workers": count,
        "worker_cpu_ms_per_article": cpu_ms,
    }


def _latency_figures(
    sent_ms: dict[str, int], incidents: dict[int, list[tuple[int, list[str]]]], tallies: dict[int, list[int]]
) -> dict[str, float]:
    to_incident: dict[str, int] = {}
    to_tally: dict[str, int] = {}
    for partition, versions in incidents.items():
        stamps = sorted(tallies.get(partition, []))
        for k, (stamp, article_ids) in enumerate(versions):
            # the first tally stamped at/after this version and before the next version on the partition
            upper = versions[k + 1][0] if k + 1 < len(versions) else None
            at = bisect.bisect_left(stamps, stamp)
            tally_ms = stamps[at] if at < len(stamps) and (upper is None or stamps[at] < upper) else None
            for article_id in article_ids:
                if article_id not in sent_ms:
                    continue
                to_incident.setdefault(article_id, stamp - sent_ms[article_id])
                if tally_ms is not None and article_id not in to_tally:
                    to_tally[article_id] = tally_ms - sent_ms[article_id]
    out: dict[str, float] = {"articles_sent": len(sent_ms), "articles_in_incidents": len(to_incident)}
    out["articles_with_tally_update"] = len(to_tally)
    for name, samples in (("incident", to_incident), ("tally", to_tally)):
        values = sorted(samples.values())
        if len(values) >= 2:
            cuts = statistics.quantiles(values, n=100, method="inclusive")
            out[f"{name}_p50_ms"], out[f"{name}_p95_ms"], out[f"{name}_p99_ms"] = cuts[49], cuts[94], cuts[98]
        out[f"{name}_max_ms"] = float(values[-1]) if values else float("nan")
    return out
