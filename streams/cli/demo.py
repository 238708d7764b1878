"""`raidtally demo`: the main job on one machine, from a fresh clone to tallies and /metrics.

Starts the local broker (unless KAFKA_BOOTSTRAP_SERVERS names one), creates the topics, runs a worker,
produces the bundled demo articles, waits until the pipeline is idle, prints the incidents and the
1d/7d/30d/all tallies at the watermark, then serves /metrics (and a local Prometheus when installed)
until Ctrl-C, and stops everything it started.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from schemas.incident import Incident
from schemas.incident import decoder as incident_decoder
from schemas.tally import Tally
from schemas.tally import decoder as tally_decoder
from streams.pipeline.keys import Pair
from streams.settings import ROOT, Settings

DEMO_ARTICLES = ROOT / "demo" / "articles.jsonl"
Echo = Callable[[str], None]


def latest_values(settings: Settings, topic: str) -> dict[bytes, bytes]:
    """Latest value per key of a topic (tombstoned keys dropped), read from the beginning."""
    from kafka import KafkaConsumer, TopicPartition

    from streams.kafka_io import client_config

    consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **client_config(settings))
    try:
        name = settings.topic(topic)
        parts = [TopicPartition(name, p) for p in sorted(consumer.partitions_for_topic(name) or ())]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        ends = consumer.end_offsets(parts)
        latest: dict[bytes, bytes | None] = {}
        while any(consumer.position(tp) < end for tp, end in ends.items()):
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    if record.key is not None:
                        latest[record.key] = record.value
        return {k: v for k, v in latest.items() if v is not None}
    finally:
        consumer.close()


def wait_idle(
    settings: Settings, expected_articles: int, metrics_url: str, echo: Echo, timeout: float = 300.0
) -> None:
    """Until the worker has consumed every article and the tallies stop changing."""
    deadline = time.monotonic() + timeout
    previous: dict[bytes, bytes] | None = None
    while time.monotonic() < deadline:
        consumed = scrape_counter(metrics_url, "raidtally_articles_consumed_total")
        current = latest_values(settings, "tallies")
        if consumed >= expected_articles and current and current == previous:
            return
        echo(f"  … {consumed:.0f}/{expected_articles} articles consumed, {len(current)} tallies")
        previous = current
        time.sleep(3)
    raise TimeoutError(f"pipeline still busy after {timeout:.0f}s")


def scrape_counter(metrics_url: str, name: str) -> float:
    from prometheus_client.parser import text_string_to_metric_families

    try:
        with urllib.request.urlopen(metrics_url, timeout=5) as response:
            text = response.read().decode()
    except OSError:
        return 0.0
    return sum(s.value for f in text_string_to_metric_families(text) for s in f.samples if s.name == name)


def incidents_table(incidents: list[Incident]) -> str:
    rows = [
        (
            "incident",
            "drones",
            "shot down",
            "missiles",
            "shot down",
            "killed",
            "injured",
            "reports",
            "outlets",
        )
    ]

    def cell(value: int | None) -> str:
        return "–" if value is None else str(value)

    for inc in sorted(incidents, key=lambda i: i.incident_id):
        f = inc.figures
        rows.append(
            (
                inc.incident_id,
                cell(f.drones_launched),
                cell(f.drones_intercepted),
                cell(f.missiles_launched),
                cell(f.missiles_intercepted),
                cell(f.killed),
                cell(f.injured),
                str(inc.version),
                str(len(inc.outlets)),
            )
        )
    return render(rows)


def tallies_table(tallies: list[Tally]) -> str:
    rows = [
        (
            "attacker>target",
            "window",
            "from",
            "to",
            "incidents",
            "drones",
            "missiles",
            "total",
            "intercepted",
            "ratio",
            "killed",
            "injured",
        )
    ]

    def cell(value: object) -> str:
        return "–" if value is None else str(value)

    order = {"1d": 0, "7d": 1, "30d": 2, "all": 3}
    for t in sorted(tallies, key=lambda t: (t.attacker, t.target, order[t.window])):
        f = t.figures
        rows.append(
            (
                str(Pair.of(t)),
                t.window,
                t.start,
                t.end,
                str(t.incidents),
                cell(f.drones_launched),
                cell(f.missiles_launched),
                cell(f.total_launched),
                cell(f.total_intercepted),
                cell(t.interception_ratio.total),
                cell(f.killed),
                cell(f.injured),
            )
        )
    return render(rows)


def render(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def headline_tallies(values: dict[bytes, bytes]) -> list[Tally]:
    """The tallies ending at each pair's watermark (its latest end date)."""
    tallies = [tally_decoder.decode(v) for v in values.values()]
    watermark: dict[tuple[str, str], str] = {}
    for t in tallies:
        pair = (t.attacker, t.target)
        watermark[pair] = max(watermark.get(pair, ""), t.end)
    return [t for t in tallies if t.end == watermark[(t.attacker, t.target)]]


@contextlib.contextmanager
def worker_process(settings: Settings, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("ab") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=dict(os.environ),
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def wait_for_worker(
    proc: subprocess.Popen[bytes], metrics_url: str, log: Path, timeout: float = 120.0
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
            raise RuntimeError(f"worker exited with {proc.returncode}; log {log}:\n{tail}")
        with contextlib.suppress(OSError), urllib.request.urlopen(metrics_url, timeout=2):
            return
        time.sleep(0.5)
    raise TimeoutError(f"worker did not answer on {metrics_url} within {timeout:.0f}s (log: {log})")


def run_demo(settings: Settings, articles: Path, serve: bool, echo: Echo) -> None:
    from streams.cli.produce import produce_paths
    from streams.kafka_io import create_topics
    from streams.local import broker

    started_broker = False
    if not os.environ.get("KAFKA_BOOTSTRAP_SERVERS") and broker.status(settings) is None:
        echo("Starting the local Kafka broker (the first time fetches it from Maven Central)…")
        broker.start(settings, echo=echo)
        started_broker = True
    try:
        for name, state in create_topics(settings, settings.replication_factor).items():
            echo(f"  topic {name}: {state}")
        log_dir = settings.state_dir / "demo"
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "worker.log"
        metrics_url = f"http://{settings.web_host}:{settings.web_port}/metrics"
        echo(f"Starting the worker (log: {log})…")
        with worker_process(settings, log) as proc:
            wait_for_worker(proc, metrics_url, log)
            echo(f"Producing {articles} …")
            counts = produce_paths(settings, (str(articles),))
            echo(f"  sent {counts.sent} articles ({counts.invalid} invalid)")
            echo("Waiting until the pipeline is idle…")
            wait_idle(settings, counts.sent, metrics_url, echo)
            incidents = [incident_decoder.decode(v) for v in latest_values(settings, "incidents").values()]
            print(f"\nIncidents ({len(incidents)}):\n{incidents_table(incidents)}\n")
            tallies = headline_tallies(latest_values(settings, "tallies"))
            print(f"Tallies at the watermark:\n{tallies_table(tallies)}\n", flush=True)
            if serve:
                serve_until_interrupted(proc, metrics_url, settings, echo)
    finally:
        if started_broker:
            echo("Stopping the local broker…")
            broker.stop(settings, echo=echo)


def serve_until_interrupted(
    proc: subprocess.Popen[bytes], metrics_url: str, settings: Settings, echo: Echo
) -> None:
    from streams.local.prometheus import find_binary, start_prometheus

    target = f"{settings.web_host}:{settings.web_port}"
    stack = contextlib.ExitStack()
    with stack:
        if find_binary("prometheus"):
            prom = stack.enter_context(start_prometheus([target], interval="5s", port=_prometheus_port()))
            echo(f'Prometheus scraping the worker: {prom.url}  (try: raidtally_launched{{window="7d"}})')
        else:
            echo("Prometheus is not installed (apt-get install prometheus); /metrics is served alone.")
        echo(f"Serving metrics at {metrics_url}. Press Ctrl-C to stop.")
        try:
            while proc.poll() is None:
                time.sleep(1)
            echo(f"worker exited with {proc.returncode}")
        except KeyboardInterrupt:
            echo("\nStopping…")


def _prometheus_port() -> int | None:
    raw = os.environ.get("RAIDTALLY_PROMETHEUS_PORT", "9090")
    return int(raw) if raw else None
