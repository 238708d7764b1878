"""Crash: kill -9 the worker three times in one 5,000-article stream (after ~15 %, ~50 % and ~85 % of the
articles were consumed) under the default at_least_once guarantee, restarting it each time. The final
incidents and tallies equal the uninterrupted run's byte for byte, and no version was duplicated.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.kafka_fixture import delete_topics_with_prefix
from tests.pipeline import Worker, send_raw
from tests.reliability.conftest import CORPUS_SIZE, Corpus, Reference, create_topics, env_for
from tests.reliability.corpus import consumed, diff, duplicate_versions, wait_for_outputs, wait_until

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

KILL_AT = (0.15, 0.50, 0.85)


def test_kill_9_three_times_changes_nothing(
    kafka_bootstrap: str, corpus: Corpus, reference: Reference, tmp_path: Path
) -> None:
    prefix = f"test-rel-crash-{uuid.uuid4().hex}"
    log = tmp_path / "crash.log"
    try:
        worker = Worker(env_for(kafka_bootstrap, prefix), log)
        create_topics(worker.env)
        worker.start()
        killed_at: list[float] = []
        before = 0.0  # consumed by the worker's earlier lives (redeliveries included)
        try:
            send_raw(kafka_bootstrap, f"{prefix}.articles", corpus.messages)
            for fraction in KILL_AT:
                mark = fraction * CORPUS_SIZE
                wait_until(
                    lambda m=mark: before + consumed(worker) >= m, timeout=180, what=f"{mark:.0f} consumed"
                )
                now = before + consumed(worker)
                worker.kill()
                killed_at.append(now)
                before = now
                worker.start()
            got, incident_log = wait_for_outputs(kafka_bootstrap, prefix, reference.outputs)
            assert worker.proc is not None and worker.proc.poll() is None, worker.log_tail()
        except BaseException:
            print(f"--- worker log tail ({log}) ---\n{worker.log_tail()}")
            raise
        finally:
            worker.stop()
        print(f"\ncrash run: killed at {killed_at} consumed, {len(incident_log)} incident messages")
        assert len(killed_at) == 3
        assert got.incidents == reference.outputs.incidents, diff(got.incidents, reference.outputs.incidents)
        assert got.tallies == reference.outputs.tallies, diff(got.tallies, reference.outputs.tallies)
        assert duplicate_versions(incident_log) == {}
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)
