"""Hostile input: >= 10,000 messages of random bytes, truncated JSON, wrong types, huge bodies, invalid
UTF-8, null keys and values, dates in 2099 and 1990, control characters and attack-shaped articles with
absurd figures. Each is rejected with a reason we expect, or processed; count in = processed + rejected
on /metrics and on the rejected topic; the worker never dies."""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import pytest

from streams.bench.harness import create_topics, env_for, latest_per_key, read_topic, running_worker, send_raw
from streams.bench.outputs import consumed, wait_until
from tests.reliability import hostile

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def test_hostile_stream_is_rejected_or_processed_and_the_worker_survives(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    cases = hostile.build()
    assert len(cases) >= 10_000
    env = env_for(kafka_bootstrap, topic_prefix, RAIDTALLY_MAX_ARTICLE_BYTES=str(hostile.MAX_BYTES))
    create_topics(env)
    with running_worker(env, tmp_path / "worker.log") as worker:
        send_raw(kafka_bootstrap, f"{topic_prefix}.articles", [(c.key, c.value) for c in cases])
        wait_until(lambda: consumed(worker) >= len(cases), timeout=240, what="every message consumed", poll=1)
        rejected_metric = worker.metric("raidtally_articles_rejected_total")
        rejected = read_topic(
            kafka_bootstrap, f"{topic_prefix}.rejected", expect=int(rejected_metric), timeout=60
        )
        counts = {
            "consumed": worker.metric("raidtally_articles_consumed_total"),
            "with_reports": worker.metric("raidtally_articles_with_reports_total"),
            "without_event": worker.metric("raidtally_articles_without_event_total"),
            "rejected": rejected_metric,
        }
        incidents = latest_per_key(read_topic(kafka_bootstrap, f"{topic_prefix}.incidents", idle=2))
        assert worker.proc is not None and worker.proc.poll() is None, "the worker died"
    print(f"\nhostile run: {len(cases)} messages, {counts}")

    # Count in = processed + rejected, on /metrics and on the rejected topic.
    assert counts["consumed"] == len(cases)
    assert counts["with_reports"] + counts["without_event"] + counts["rejected"] == len(cases)
    assert len(rejected) == counts["rejected"]

    # Each message is rejected for a reason we expect, or processed; null keys can't be matched by key.
    by_key = {c.key: c for c in cases if c.key is not None}
    reasons: dict[bytes, str] = {}
    for _, value in rejected:
        assert value is not None
        record = json.loads(value)
        assert record["detail"], record
        if record["key_b64"] is not None:
            reasons[base64.b64decode(record["key_b64"])] = record["reason"]
    for key, case in by_key.items():
        reason = reasons.get(key)
        if case.expect is hostile.PROCESSED:
            assert reason is None, (case.kind, reason, case.value and case.value[:200])
        else:
            assert reason in case.expect, (case.kind, reason, case.value and case.value[:200])
    expected_rejections = sum(1 for c in cases if c.expect is not hostile.PROCESSED)
    assert counts["rejected"] == expected_rejections
    print("rejections by reason:", dict(Counter(reasons.values())))

    # Processed sanely: no negative figure reaches an incident.
    figures = [v for raw in incidents.values() for v in json.loads(raw)["figures"].values() if v is not None]
    assert figures and min(figures) >= 0
    print(f"largest figure in any incident: {max(figures)}")
