"""Crash: kill -9 the worker mid-stream under the default at_least_once guarantee and restart it.

- 5,000 articles, killed after ~15 %, ~50 % and ~85 % were consumed (three kills, three restarts, one
  stream): the final incidents and tallies are the ones the pure functions give for those articles.
- 1,500 articles, killed once at ~50 %: the final state equals an uninterrupted in-broker run's byte for
  byte (the ``reference`` fixture, itself checked against the pure functions).

In both, no (incident, version) pair was published with two values from the same reports.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path

import pytest

from streams.bench.harness import Worker, create_topics, delete_topics_with_prefix, env_for, send_raw
from streams.bench.outputs import (
    Messages,
    Outputs,
    consumed,
    diff,
    duplicate_versions,
    wait_for_outputs,
    wait_until,
)
from tests.reliability.conftest import Corpus, Reference

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def reached(worker: Worker, earlier: float, mark: float) -> bool:
    """Whether the worker's lives together consumed ``mark`` articles (redeliveries included)."""
    return earlier + consumed(worker) >= mark


def run_with_kills(
    bootstrap: str, corpus: Corpus, want: Outputs, kill_at: tuple[float, ...], log: Path
) -> tuple[Outputs, Messages, list[float]]:
    """Produce the corpus, kill -9 and restart the worker as the stream passes each fraction, then
    read the outputs back (until they equal ``want`` or time out). Returns them, the incident log, and
    the cumulative count consumed at each kill."""
    prefix = f"test-rel-crash-{uuid.uuid4().hex}"
    worker = Worker(env_for(bootstrap, prefix), log)
    try:
        create_topics(worker.env)
        worker.start()
        killed_at: list[float] = []
        before = 0.0  # consumed by the worker's earlier lives
        send_raw(bootstrap, f"{prefix}.articles", corpus.messages)
        for fraction in kill_at:
            mark = fraction * len(corpus.messages)
            wait_until(partial(reached, worker, before, mark), timeout=180, what=f"{mark:.0f} consumed")
            before += consumed(worker)
            worker.kill()
            killed_at.append(before)
            worker.start()
        got, incident_log = wait_for_outputs(bootstrap, prefix, want)
        assert worker.proc is not None and worker.proc.poll() is None, "the worker died"
        return got, incident_log, killed_at
    except BaseException:
        print(f"--- worker log tail ({log}) ---\n{worker.log_tail()}")
        raise
    finally:
        worker.stop()
        delete_topics_with_prefix(bootstrap, prefix)


def test_kill_9_three_times_in_5000_articles_changes_nothing(
    kafka_bootstrap: str, corpus: Corpus, tmp_path: Path
) -> None:
    got, log, killed_at = run_with_kills(
        kafka_bootstrap, corpus, corpus.expected, (0.15, 0.50, 0.85), tmp_path / "crash.log"
    )
    print(f"\ncrash run: killed at {killed_at} consumed, {len(log)} incident messages")
    assert len(killed_at) == 3
    assert got.incidents == corpus.expected.incidents, diff(got.incidents, corpus.expected.incidents)
    assert got.tallies == corpus.expected.tallies, diff(got.tallies, corpus.expected.tallies)
    assert duplicate_versions(log) == {}


def test_kill_9_gives_what_an_uninterrupted_run_gives(
    kafka_bootstrap: str, small: Corpus, reference: Reference, tmp_path: Path
) -> None:
    got, log, killed_at = run_with_kills(
        kafka_bootstrap, small, reference.outputs, (0.5,), tmp_path / "crash.log"
    )
    print(f"\nsmall crash run: killed at {killed_at} consumed, {len(log)} incident messages")
    assert got.incidents == reference.outputs.incidents, diff(got.incidents, reference.outputs.incidents)
    assert got.tallies == reference.outputs.tallies, diff(got.tallies, reference.outputs.tallies)
    assert duplicate_versions(log) == {}
