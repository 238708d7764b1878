"""Broker restart while the worker runs: the local broker is stopped (controlled shutdown) mid-stream
and started again, the rest of the articles are produced after it is back, and the final incidents and
tallies equal the uninterrupted run's: nothing lost, nothing doubled.

Needs the local broker of streams/local/broker.py (skipped against an external cluster or a container).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from streams.bench.harness import create_topics, delete_topics_with_prefix, env_for, running_worker, send_raw
from streams.bench.outputs import consumed, diff, duplicate_versions, wait_for_outputs, wait_until
from streams.local import broker
from streams.settings import Settings
from tests.reliability.conftest import SMALL_SIZE, Corpus, Reference

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

DOWN_SECONDS = 5.0


def test_broker_restart_loses_and_doubles_nothing(
    kafka_bootstrap: str,
    local_kafka_settings: Settings,
    small: Corpus,
    reference: Reference,
    tmp_path: Path,
) -> None:
    prefix = f"test-rel-broker-{uuid.uuid4().hex}"
    half = SMALL_SIZE // 2
    env = env_for(kafka_bootstrap, prefix)
    create_topics(env)
    try:
        with running_worker(env, tmp_path / "worker.log") as worker:
            send_raw(kafka_bootstrap, f"{prefix}.articles", small.messages[:half])
            wait_until(lambda: consumed(worker) >= half / 2, timeout=180, what="a quarter consumed")
            broker.stop(local_kafka_settings, echo=lambda _line: None)
            time.sleep(DOWN_SECONDS)
            broker.start(local_kafka_settings, echo=lambda _line: None)
            send_raw(kafka_bootstrap, f"{prefix}.articles", small.messages[half:])
            got, log = wait_for_outputs(kafka_bootstrap, prefix, reference.outputs, timeout=240)
            assert worker.proc is not None and worker.proc.poll() is None, "the worker died"
        assert got.incidents == reference.outputs.incidents, diff(got.incidents, reference.outputs.incidents)
        assert got.tallies == reference.outputs.tallies, diff(got.tallies, reference.outputs.tallies)
        assert duplicate_versions(log) == {}
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)
