"""`raidtally tail`: print a topic's values as JSON lines, then exit when it goes idle."""

from __future__ import annotations

import json
import time
from typing import Any, TextIO

from streams.settings import Settings


def tail_topic(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool,
    latest_per_key: bool,
    idle_timeout: float,
    limit: int | None,
    with_keys: bool,
    out: TextIO,
) -> int:
    """Print values (or only the last per key); returns how many lines were printed."""
    from kafka import KafkaConsumer, TopicPartition

    from streams.kafka_io import client_config

    consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **client_config(settings))
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise LookupError(f"topic {topic} does not exist")
        assigned = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(assigned)
        if from_beginning:
            consumer.seek_to_beginning(*assigned)
        else:
            consumer.seek_to_end(*assigned)
        latest: dict[bytes | None, bytes | None] = {}
        printed = 0
        seen = 0
        deadline = time.monotonic() + idle_timeout
        while time.monotonic() < deadline and (limit is None or seen < limit):
            batch = consumer.poll(timeout_ms=200, max_records=1000)
            if not batch:
                continue
            deadline = time.monotonic() + idle_timeout
            for records in batch.values():
                for record in records:
                    if limit is not None and seen >= limit:
                        break
                    seen += 1
                    if latest_per_key:
                        latest[record.key] = record.value
                    elif record.value is not None:
                        out.write(_line(record.key, record.value, with_keys) + "\n")
                        printed += 1
            out.flush()
        if latest_per_key:
            ordered = sorted(latest.items(), key=lambda kv: kv[0] or b"")
            for key, value in ordered:
                if value is not None:  # a tombstone deletes the key
                    out.write(_line(key, value, with_keys) + "\n")
                    printed += 1
            out.flush()
        return printed
    finally:
        consumer.close()


def _line(key: bytes | None, value: bytes, with_keys: bool) -> str:
    text = value.decode("utf-8", errors="replace")
    if not with_keys:
        return text
    try:
        parsed: Any = json.loads(text)
    except ValueError:
        parsed = text
    return json.dumps(
        {"key": key.decode("utf-8", errors="replace") if key else None, "value": parsed}, ensure_ascii=False
    )
