"""Replay: the articles log copied, partition for partition and in order, into a fresh prefix (and so a
fresh app id: new consumer group, new changelogs) gives byte-identical incidents and tallies."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from streams.bench.harness import create_topics, delete_topics_with_prefix, env_for, running_worker
from streams.bench.outputs import diff, duplicate_versions, wait_for_outputs
from tests.reliability.conftest import SMALL_SIZE, Reference

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def copy_topic(bootstrap: str, source: str, target: str) -> int:
    """Every record of ``source`` to the same partition of ``target``, in offset order."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap.split(","), enable_auto_commit=False, group_id=None)
    producer = KafkaProducer(bootstrap_servers=bootstrap.split(","), acks="all", max_request_size=8_000_000)
    try:
        parts = [TopicPartition(source, p) for p in sorted(consumer.partitions_for_topic(source) or ())]
        ends = consumer.end_offsets(parts)
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        copied = 0
        while any(consumer.position(tp) < ends[tp] for tp in parts):
            for tp, records in consumer.poll(timeout_ms=500).items():
                for r in records:
                    producer.send(target, key=r.key, value=r.value, partition=tp.partition)
                    copied += 1
        producer.flush()
        return copied
    finally:
        producer.close()
        consumer.close()


def test_replay_into_a_fresh_prefix_is_byte_identical(
    kafka_bootstrap: str, reference: Reference, tmp_path: Path
) -> None:
    prefix = f"test-rel-replay-{uuid.uuid4().hex}"
    env = env_for(kafka_bootstrap, prefix)
    try:
        create_topics(env)
        copied = copy_topic(kafka_bootstrap, f"{reference.prefix}.articles", f"{prefix}.articles")
        assert copied == SMALL_SIZE
        with running_worker(env, tmp_path / "replay.log"):
            got, log = wait_for_outputs(kafka_bootstrap, prefix, reference.outputs)
        assert got.incidents == reference.outputs.incidents, diff(got.incidents, reference.outputs.incidents)
        assert got.tallies == reference.outputs.tallies, diff(got.tallies, reference.outputs.tallies)
        assert duplicate_versions(log) == {}
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)
