"""Scale-out: two workers in one consumer group (same app id, own web ports) on six partitions give the
same final incidents and tallies as one worker; so does a run in which one of the two leaves mid-stream
(graceful stop, rebalance, the other takes its partitions and their table state over)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from streams.bench.brokerio import wait_group_stable
from streams.bench.harness import (
    ROOT,
    Worker,
    create_topics,
    delete_topics_with_prefix,
    env_for,
    free_port,
    running_worker,
    send_raw,
)
from streams.bench.outputs import consumed, diff, duplicate_versions, wait_for_outputs, wait_until
from streams.settings import Settings
from tests.reliability.conftest import SMALL_SIZE, Corpus, Reference

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


@contextmanager
def two_workers(bootstrap: str, prefix: str, tmp_path: Path) -> Iterator[tuple[Worker, Worker]]:
    env = env_for(bootstrap, prefix)
    create_topics(env)
    with ExitStack() as stack:
        workers = tuple(
            stack.enter_context(
                running_worker(
                    {
                        **env,
                        "RAIDTALLY_WEB_PORT": str(free_port()),
                        "RAIDTALLY_STATE_DIR": str(ROOT / ".state" / "tests" / f"{prefix}-{n}"),
                    },
                    tmp_path / f"worker{n}.log",
                )
            )
            for n in (1, 2)
        )
        # A worker serves /metrics before its consumer has joined: without this wait the first one can
        # take every partition and work through half the corpus before the second is given any.
        wait_group_stable(Settings(bootstrap_servers=bootstrap, topic_prefix=prefix, app_id=prefix), 2)
        yield workers[0], workers[1]


def check(bootstrap: str, prefix: str, reference: Reference) -> None:
    got, log = wait_for_outputs(bootstrap, prefix, reference.outputs)
    assert got.incidents == reference.outputs.incidents, diff(got.incidents, reference.outputs.incidents)
    assert got.tallies == reference.outputs.tallies, diff(got.tallies, reference.outputs.tallies)
    assert duplicate_versions(log) == {}


def test_two_workers_give_what_one_gives(
    kafka_bootstrap: str, small: Corpus, reference: Reference, tmp_path: Path
) -> None:
    prefix = f"test-rel-scale-{uuid.uuid4().hex}"
    try:
        with two_workers(kafka_bootstrap, prefix, tmp_path) as (first, second):
            send_raw(kafka_bootstrap, f"{prefix}.articles", small.messages)
            check(kafka_bootstrap, prefix, reference)
            shares = (consumed(first), consumed(second))
        # Both took part: the group split the six article partitions between them.
        assert min(shares) > 0 and sum(shares) >= SMALL_SIZE, shares
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)


def test_a_worker_leaving_mid_stream_changes_nothing(
    kafka_bootstrap: str, small: Corpus, reference: Reference, tmp_path: Path
) -> None:
    prefix = f"test-rel-leave-{uuid.uuid4().hex}"
    try:
        with two_workers(kafka_bootstrap, prefix, tmp_path) as (staying, leaving):
            send_raw(kafka_bootstrap, f"{prefix}.articles", small.messages)
            wait_until(
                lambda: consumed(staying) + consumed(leaving) >= SMALL_SIZE / 2,
                timeout=180,
                what="half the corpus consumed",
            )
            left_after = consumed(leaving)
            leaving.stop()
            check(kafka_bootstrap, prefix, reference)
            assert staying.proc is not None and staying.proc.poll() is None
        assert 0 < left_after < SMALL_SIZE
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)
