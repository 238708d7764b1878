"""kafka-python plumbing for the benchmark: scratch topics, producing, draining, reading timestamps."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from streams.kafka_io import admin, client_config, create_topics
from streams.settings import Settings


def scratch_settings(base: Settings, prefix: str) -> Settings:
    """``base`` with its own topic prefix and app id, so no run sees another's topics or offsets."""
    from dataclasses import replace

    return replace(base, topic_prefix=prefix, app_id=prefix)


def create(settings: Settings) -> None:
    create_topics(settings, settings.replication_factor)


def delete_prefix(settings: Settings, prefix: str) -> list[str]:
    """Delete every topic whose name starts with ``prefix`` (the runs' topics and Faust's changelogs)."""
    from kafka.errors import UnknownTopicOrPartitionError

    client = admin(settings)
    try:
        doomed = sorted(t for t in client.list_topics() if t.startswith(prefix))
        if doomed:
            with suppress(UnknownTopicOrPartitionError):
                client.delete_topics(doomed, timeout_ms=60_000)
        return doomed
    finally:
        client.close()


def producer(settings: Settings, linger_ms: int = 20) -> Any:
    from kafka import KafkaProducer

    # Batching like a bulk loader: the ceiling should be the broker's, not the client's defaults.
    return KafkaProducer(
        acks="all",
        linger_ms=linger_ms,
        batch_size=1_048_576,
        max_request_size=8_000_000,
        **client_config(settings),
    )


def produce(settings: Settings, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]]) -> int:
    client = producer(settings)
    count = 0
    try:
        for key, value in messages:
            client.send(topic, key=key, value=value)
            count += 1
        client.flush()
    finally:
        client.close()
    return count


def consumer(settings: Settings, group: str | None = None) -> Any:
    from kafka import KafkaConsumer

    return KafkaConsumer(
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        fetch_max_bytes=64 * 1_048_576,
        max_partition_fetch_bytes=16 * 1_048_576,
        max_poll_records=2000,
        **client_config(settings),
    )


def partitions_of(client: Any, topic: str) -> list[Any]:
    from kafka import TopicPartition

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = client.partitions_for_topic(topic)
        if found:
            return [TopicPartition(topic, p) for p in sorted(found)]
        time.sleep(0.2)
    raise TimeoutError(f"topic {topic} has no partitions")


def read_all(settings: Settings, topic: str, on_message: Callable[[Any], None], idle_s: float = 2.0) -> int:
    """Every message of ``topic`` from offset 0 to the end offsets read at the start."""
    client = consumer(settings)
    try:
        parts = partitions_of(client, topic)
        client.assign(parts)
        client.seek_to_beginning(*parts)
        ends = client.end_offsets(parts)
        remaining = {tp for tp in parts if ends[tp] > 0}
        count = 0
        while remaining:
            batch = client.poll(timeout_ms=int(idle_s * 1000))
            if not batch:
                break
            for tp, records in batch.items():
                for record in records:
                    on_message(record)
                    count += 1
                if client.position(tp) >= ends[tp]:
                    remaining.discard(tp)
        return count
    finally:
        client.close()


@dataclass(frozen=True)
class Drained:
    """When the app's consumer group had caught up with every topic it reads."""

    last_output_ms: int  # CreateTime of the newest message on the app's output topics (the worker's clock)
    waited_s: float


def wait_group_stable(
    settings: Settings, members: int, quiet_s: float = 5.0, timeout_s: float = 120.0
) -> float:
    """Block until the app's consumer group has been Stable with ``members`` members for ``quiet_s``.

    A worker serves ``/metrics`` before its consumer has joined the group, so "ready" workers may still
    be rebalancing; a steady-rate phase should not start inside that. Returns the seconds waited.
    """
    client = admin(settings)
    started = time.monotonic()
    quiet_since: float | None = None
    try:
        while time.monotonic() - started < timeout_s:
            group = client.describe_groups([settings.app_id]).get(settings.app_id, {})
            state = group.get("group_state") or group.get("state")
            now = time.monotonic()
            if state == "Stable" and len(group.get("members", [])) == members:
                quiet_since = now if quiet_since is None else quiet_since
                if now - quiet_since >= quiet_s:
                    return now - started
            else:
                quiet_since = None
            time.sleep(0.25)
        raise TimeoutError(f"group {settings.app_id} not Stable with {members} members in {timeout_s:.0f}s")
    finally:
        client.close()


def wait_drained(
    settings: Settings,
    inputs: Sequence[str],
    outputs: Sequence[str],
    expected_articles: int,
    timeout_s: float,
    stall_s: float = 180.0,
) -> Drained:
    """Block until the app's group has committed every offset of ``inputs`` (articles included).

    Lag 0 on articles, reports and incidents means nothing is left to extract, merge or tally; the
    two checks in a row guard against a producer send still in flight between two stages. The finish
    time is then read from the outputs' own timestamps, not from this polling loop. When no offset has
    moved for ``stall_s`` while lag remains, it fails at once with the lag and the group's state.
    """
    # A consumer of the app's group that never subscribes: it reads the group's committed offsets
    # without joining the group (kafka-python's admin API for this differs between 2.x and 3.x).
    group = consumer(settings, group=settings.app_id)
    probe = consumer(settings)
    started = time.monotonic()
    try:
        parts = [tp for topic in inputs for tp in partitions_of(probe, topic)]
        articles = [tp for tp in parts if tp.topic == inputs[0]]
        settled = 0
        last_ends: dict[Any, int] = {}
        last_committed: dict[Any, int] = {}
        moved_at = started
        while time.monotonic() - started < timeout_s:
            ends = probe.end_offsets(parts)
            committed = {tp: group.committed(tp) or 0 for tp in parts}
            done = sum(committed[tp] for tp in articles) >= expected_articles
            caught_up = all(committed[tp] >= ends[tp] for tp in parts)
            settled = settled + 1 if done and caught_up and ends == last_ends else 0
            if committed != last_committed or ends != last_ends:
                moved_at = time.monotonic()
            last_ends, last_committed = ends, committed
            if settled >= 2:
                return Drained(newest_timestamp_ms(probe, outputs), time.monotonic() - started)
            if time.monotonic() - moved_at > stall_s:
                raise TimeoutError(_stalled(settings, ends, committed, stall_s))
            time.sleep(0.5)
        raise TimeoutError(f"app {settings.app_id} did not drain within {timeout_s:.0f}s")
    finally:
        probe.close()
        group.close()


def _stalled(settings: Settings, ends: dict[Any, int], committed: dict[Any, int], stall_s: float) -> str:
    """Why a drain stopped moving: each partition still behind, and the group's state and members."""
    behind = ", ".join(
        f"{tp.topic}[{tp.partition}] {committed[tp]}/{ends[tp]}"
        for tp in sorted(ends, key=lambda tp: (tp.topic, tp.partition))
        if committed[tp] < ends[tp]
    )
    client = admin(settings)
    try:
        group = client.describe_groups([settings.app_id]).get(settings.app_id, {})
    finally:
        client.close()
    state = group.get("group_state") or group.get("state")
    members = len(group.get("members", []))
    return (
        f"app {settings.app_id} stalled: no offset moved for {stall_s:.0f}s; group {state} with {members} "
        f"members; behind (committed/end): {behind or 'none, but fewer articles committed than produced'}"
    )


def newest_timestamp_ms(client: Any, topics: Sequence[str]) -> int:
    """The largest record timestamp among the last record of each partition of ``topics``."""
    newest = 0
    for topic in topics:
        parts = partitions_of(client, topic)
        ends = client.end_offsets(parts)
        for tp in parts:
            if ends[tp] == 0:
                continue
            client.assign([tp])
            client.seek(tp, ends[tp] - 1)
            for records in client.poll(timeout_ms=5000).values():
                newest = max([newest, *(r.timestamp for r in records)])
    return newest
