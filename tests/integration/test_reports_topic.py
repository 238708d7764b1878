"""Issue 3 on the real broker: the worker's reports equal `raidtally extract`'s, keyed attacker>target."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from streams.bench.harness import RAIDTALLY, ROOT, pipeline_env, read_topic, running_worker

pytestmark = pytest.mark.kafka

ARTICLES = Path(__file__).parent / "articles" / "night_of_may_10.jsonl"


def test_worker_publishes_the_same_reports_as_the_cli(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, topic_prefix)
    offline = subprocess.run(
        [*RAIDTALLY, "extract", str(ARTICLES)], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    # Five of the six articles report an attack; the aid-package article reports none.
    assert len({json.loads(line)["article_id"] for line in offline}) == 5
    with running_worker(env, tmp_path / "worker.log"):
        subprocess.run(
            [*RAIDTALLY, "produce", str(ARTICLES)], env=env, cwd=ROOT, check=True, capture_output=True
        )
        published = read_topic(kafka_bootstrap, f"{topic_prefix}.reports", expect=len(offline), timeout=90)
    assert sorted(value.decode() for _, value in published if value) == sorted(offline)
    for key, value in published:
        assert value is not None and key is not None
        report = json.loads(value)
        assert key.decode() == f"{report['attacker']}>{report['target']}"
        assert report["fingerprint"]
        for evidence in report["evidence"]:
            assert report["figures"][evidence["field"]] == evidence["value"]
