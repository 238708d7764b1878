"""Issue 2: 1,000 articles of which 50 are invalid in different ways; exactly those 50 are rejected."""

from __future__ import annotations

import base64
import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from streams.bench.harness import RAIDTALLY, ROOT, pipeline_env, read_topic, running_worker, send_raw

pytestmark = pytest.mark.kafka

LIMIT = 20_000


def valid_article(i: int) -> bytes:
    kinds = [
        "Russia launched {n} Shahed drones at Ukraine overnight, the air force said; {m} were shot down.",
        "The city council approved a budget of {n} million hryvnias for {m} new school buses.",
        "Air defence destroyed {m} of {n} attack drones over the Odesa region, the governor said on Friday.",
        "A football match ended {m}-{n} after extra time in front of a crowd of several thousand.",
    ]
    body = kinds[i % 4].format(n=20 + i % 70, m=10 + i % 9)
    return json.dumps(
        {
            "id": f"ok-{i:04d}",
            "outlet": "example.org",
            "body": body,
            "published_at": f"2025-04-{1 + i % 27:02d}T07:{i % 60:02d}:00Z",
        }
    ).encode()


def invalid_cases() -> list[tuple[str, bytes | None]]:
    """Ten kinds of bad input, five of each; returns (expected reason, value)."""
    cases: list[tuple[str, bytes | None]] = []
    for i in range(5):
        cases += [
            ("not_json", f"plain text number {i}, not json".encode()),
            ("not_json", b'{"id": "t' + str(i).encode() + b'", "body": "cut off'),
            (
                "wrong_schema",
                json.dumps({"id": i, "body": "x", "published_at": "2025-04-01T00:00:00Z"}).encode(),
            ),
            ("wrong_schema", json.dumps({"id": f"nb{i}", "published_at": "2025-04-01T00:00:00Z"}).encode()),
            ("wrong_schema", None),
            (
                "empty_body",
                json.dumps(
                    {"id": f"e{i}", "body": " \n\t ", "published_at": "2025-04-01T00:00:00Z"}
                ).encode(),
            ),
            (
                "too_large",
                json.dumps(
                    {
                        "id": f"big{i}",
                        "body": "drones " * (LIMIT // 6),
                        "published_at": "2025-04-01T00:00:00Z",
                    }
                ).encode(),
            ),
            (
                "bad_utf8",
                b'{"id": "u' + str(i).encode() + b'", "body": "\xc3\x28 drones", '
                b'"published_at": "2025-04-01T00:00:00Z"}',
            ),
            (
                "bad_date",
                json.dumps({"id": f"d{i}", "body": "drones", "published_at": "last Tuesday"}).encode(),
            ),
            (
                "bad_date",
                json.dumps(
                    {"id": f"o{i}", "body": "drones", "published_at": "1990-05-01T00:00:00Z"}
                ).encode(),
            ),
        ]
    return cases


def test_worker_rejects_exactly_the_invalid_articles(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, topic_prefix, RAIDTALLY_MAX_ARTICLE_BYTES=str(LIMIT))
    invalid = invalid_cases()
    assert len(invalid) == 50
    messages: list[tuple[bytes | None, bytes | None]] = []
    expected: dict[bytes, str] = {}
    bad = iter(invalid)
    for i in range(1000):
        if i % 20 == 7:
            reason, value = next(bad)
            key = f"bad-{i:04d}".encode()
            expected[key] = reason
            messages.append((key, value))
        else:
            messages.append((f"ok-{i:04d}".encode(), valid_article(i)))
    with running_worker(env, tmp_path / "worker.log") as worker:
        send_raw(kafka_bootstrap, f"{topic_prefix}.articles", messages)
        rejected = read_topic(kafka_bootstrap, f"{topic_prefix}.rejected", expect=50, timeout=180)
        read_topic(kafka_bootstrap, f"{topic_prefix}.rejected", idle=5)  # nothing more arrives
        consumed = worker.metric("raidtally_articles_consumed_total")
        with_reports = worker.metric("raidtally_articles_with_reports_total")
        without = worker.metric("raidtally_articles_without_event_total")
        rejected_count = worker.metric("raidtally_articles_rejected_total")

    rejected_again = read_topic(kafka_bootstrap, f"{topic_prefix}.rejected", idle=2)
    assert len(rejected_again) == 50
    got = {}
    for key, value in rejected:
        assert value is not None
        record = json.loads(value)
        assert record["topic"] == f"{topic_prefix}.articles"
        assert record["offset"] >= 0 and record["detail"]
        original = dict(messages)[key]
        assert (base64.b64decode(record["value_b64"]) if record["value_b64"] else None) == original
        got[key] = record["reason"]
    assert got == expected
    assert Counter(got.values()) == Counter(reason for reason, _ in invalid)
    # Count in = reports-bearing + no-event + rejected.
    assert consumed == 1000
    assert rejected_count == 50
    assert with_reports + without == 950


def test_produce_reports_invalid_lines_and_sends_the_rest(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, topic_prefix)
    subprocess.run([*RAIDTALLY, "topics", "create"], env=env, cwd=ROOT, check=True, capture_output=True)
    source = tmp_path / "articles.jsonl"
    lines = [valid_article(i).decode() for i in range(8)]
    lines.insert(3, '{"id": "broken", "body": ')
    lines.insert(6, '{"id": "nobody", "published_at": "2025-04-01T00:00:00Z"}')
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    txt = tmp_path / "notes"
    txt.mkdir()
    (txt / "one.txt").write_text("A title\nDrones hit a depot overnight, officials said.\n", encoding="utf-8")
    result = subprocess.run(
        [*RAIDTALLY, "produce", str(source), str(txt), "--published-at", "2025-04-02T08:00:00Z"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert f"{source}:4: not_json" in result.stderr
    assert f"{source}:7: wrong_schema" in result.stderr
    assert "sent 9, invalid 2" in result.stderr
    sent = read_topic(kafka_bootstrap, f"{topic_prefix}.articles", expect=9, timeout=30)
    keys = sorted(k.decode() for k, _ in sent if k)
    assert len(keys) == 9
    assert [k for k in keys if k.startswith("ok-")] == [f"ok-{i:04d}" for i in range(8)]
    tailed = subprocess.run(
        [*RAIDTALLY, "tail", "articles", "--from-beginning", "--idle-timeout", "2"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(tailed.stdout.splitlines()) == 9
    assert all(json.loads(line)["body"] for line in tailed.stdout.splitlines())
