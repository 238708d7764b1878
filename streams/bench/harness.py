"""Driving the real pipeline, for the benchmarks and the tests alike: worker subprocesses (with their
memory and CPU), their environment, a free port, raw producing, reading and cleaning up topics.
"""

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
from dataclasses import dataclass, field, replace
from pathlib import Path

from streams.bench import brokerio
from streams.local.serving import wait_until_served
from streams.settings import ROOT, Settings, load

RAIDTALLY = [sys.executable, "-m", "streams.cli"]
# A killed worker's group membership lasts until its session times out; Faust's default is 60 s,
# which would make every restart wait a minute. Faust reads these from the environment.
FAST_GROUP = {"BROKER_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}


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


def env_for(bootstrap: str, prefix: str, **extra: str) -> dict[str, str]:
    """``pipeline_env`` with short group sessions, for runs that kill and restart workers."""
    return pipeline_env(bootstrap, prefix, **{**FAST_GROUP, **extra})


def worker_env(settings: Settings, state_dir: Path) -> dict[str, str]:
    """The environment of a worker of ``settings`` (its prefix, app id and partitions)."""
    return pipeline_env(
        settings.bootstrap_servers,
        settings.topic_prefix,
        RAIDTALLY_APP_ID=settings.app_id,
        RAIDTALLY_PARTITIONS=str(settings.partitions),
        RAIDTALLY_STATE_DIR=str(state_dir),
    )


def create_topics(env: dict[str, str]) -> None:
    """Topics up front, so articles produced before a worker starts land on all six partitions."""
    subprocess.run([*RAIDTALLY, "topics", "create"], env=env, cwd=ROOT, check=True, capture_output=True)


def delete_topics_with_prefix(bootstrap: str, prefix: str) -> list[str]:
    """Delete every topic whose name starts with ``prefix``; returns the names deleted."""
    return brokerio.delete_prefix(_settings(bootstrap), prefix)


def _settings(bootstrap: str) -> Settings:
    return replace(load(), bootstrap_servers=bootstrap)


@dataclass
class Worker:
    """``raidtally worker`` in a process group of its own, logging to ``log``."""

    env: dict[str, str]
    log: Path
    loglevel: str = "info"
    proc: subprocess.Popen[bytes] | None = None
    peak_rss_mb: float = field(default=0.0)
    cpu_seconds: float = field(default=0.0)

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.env['RAIDTALLY_WEB_PORT']}/metrics"

    def start(self, wait: bool = True) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as handle:
            self.proc = subprocess.Popen(
                [*RAIDTALLY, "worker", "-l", self.loglevel],
                env=self.env,
                cwd=ROOT,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout: float = 120.0) -> None:
        assert self.proc is not None
        wait_until_served(self.metrics_url, self.proc, "worker", self.log_tail, timeout, interval=0.3)

    def sample_memory(self) -> float:
        """VmHWM (the kernel's RSS high-water mark) of the worker process, in MB; also its CPU time."""
        assert self.proc is not None
        self._sample_cpu()
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return self.peak_rss_mb
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                self.peak_rss_mb = max(self.peak_rss_mb, int(line.split()[1]) / 1024)
        return self.peak_rss_mb

    def _sample_cpu(self) -> None:
        """User + system CPU seconds of the worker so far: unlike wall time, not skewed by other load."""
        assert self.proc is not None
        try:
            stat = Path(f"/proc/{self.proc.pid}/stat").read_text()
        except OSError:
            return
        # Fields after the command name (which may hold spaces) start at state; utime, stime are 14, 15.
        fields = stat.rsplit(")", 1)[1].split()
        self.cpu_seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def kill(self) -> None:
        """kill -9: no shutdown, no final commit."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.sample_memory()
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


def send_raw(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]]) -> int:
    """Send ``messages`` as they are (None keys and values too); returns how many."""
    return brokerio.produce(_settings(bootstrap), topic, messages)


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
