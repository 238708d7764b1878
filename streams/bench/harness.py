"""Test helpers that drive the real pipeline: a worker subprocess, producing, reading topics."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RAIDTALLY = [sys.executable, "-m", "streams.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pipeline_env(bootstrap: str, prefix: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "RAIDTALLY_TOPIC_PREFIX": prefix,
            "RAIDTALLY_APP_ID": prefix,
            "RAIDTALLY_WEB_PORT": str(free_port()),
            "RAIDTALLY_STATE_DIR": str(ROOT / ".state" / "tests" / prefix),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


@dataclass
class Worker:
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    history: list[str] = field(default_factory=list)

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.env['RAIDTALLY_WEB_PORT']}/metrics"

    def start(self, wait: bool = True) -> None:
        handle = self.log.open("ab")
        self.proc = subprocess.Popen(
            [*RAIDTALLY, "worker", "-l", "info"],
            env=self.env,
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.metrics_url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"worker did not serve /metrics within {timeout}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """kill -9: no shutdown, no final commit."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    def metric(self, name: str, **labels: str) -> float:
        """Sum of the samples of ``name`` (with these labels) on /metrics."""
        from prometheus_client.parser import text_string_to_metric_families

        with urllib.request.urlopen(self.metrics_url, timeout=5) as response:
            text = response.read().decode()
        total = 0.0
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                    total += sample.value
        return total

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no worker log)"


@contextmanager
def running_worker(env: dict[str, str], log: Path) -> Iterator[Worker]:
    worker = Worker(env, log)
    worker.start()
    try:
        yield worker
    except BaseException:
        print(f"--- worker log tail ({log}) ---\n{worker.log_tail()}", file=sys.stderr)
        raise
    finally:
        worker.stop()


def raw_producer(bootstrap: str) -> Any:
    from kafka import KafkaProducer

    return KafkaProducer(bootstrap_servers=bootstrap.split(","), acks="all", max_request_size=8_000_000)


def send_raw(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]]) -> int:
    producer = raw_producer(bootstrap)
    count = 0
    try:
        for key, value in messages:
            producer.send(topic, key=key, value=value)
            count += 1
        producer.flush()
    finally:
        producer.close()
    return count


def read_topic(
    bootstrap: str, topic: str, *, idle: float = 3.0, expect: int | None = None, timeout: float = 120.0
) -> list[tuple[bytes | None, bytes | None]]:
    """Every (key, value) of a topic from the beginning; waits for ``expect`` messages or ``idle`` seconds."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap.split(","), enable_auto_commit=False, group_id=None)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        assigned = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        out: list[tuple[bytes | None, bytes | None]] = []
        hard = time.monotonic() + timeout
        quiet = time.monotonic() + idle
        while time.monotonic() < hard:
            if expect is not None and len(out) >= expect:
                break
            if expect is None and time.monotonic() > quiet:
                break
            batch = consumer.poll(timeout_ms=250)
            for records in batch.values():
                for r in records:
                    out.append((r.key, r.value))
            if batch:
                quiet = time.monotonic() + idle
        return out
    finally:
        consumer.close()


def latest_per_key(messages: Iterable[tuple[bytes | None, bytes | None]]) -> dict[bytes, bytes]:
    latest: dict[bytes, bytes | None] = {}
    for key, value in messages:
        if key is not None:
            latest[key] = value
    return {k: v for k, v in latest.items() if v is not None}


def wait_stable(
    bootstrap: str, topic: str, *, settle: float = 6.0, timeout: float = 240.0
) -> dict[bytes, bytes]:
    """Latest value per key once two reads ``settle`` seconds apart agree (and are not empty)."""
    deadline = time.monotonic() + timeout
    previous: dict[bytes, bytes] | None = None
    while time.monotonic() < deadline:
        current = latest_per_key(read_topic(bootstrap, topic, idle=1.5))
        if current and current == previous:
            return current
        previous = current
        time.sleep(settle)
    raise AssertionError(f"{topic} still changing after {timeout}s")
