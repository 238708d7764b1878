"""Issue 5 end to end: a worker processes the bundled demo articles, a real Prometheus scrapes it, and
every Grafana panel's query returns at least one series; `raidtally demo --no-serve` prints incidents
and tallies."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from streams.bench.harness import RAIDTALLY, ROOT, pipeline_env, running_worker, wait_stable
from streams.cli.demo import DEMO_ARTICLES
from tests.deploy.prom import (
    find_binary,
    load_dashboard,
    panel_queries,
    query,
    start_prometheus,
    wait_for_series,
)

pytestmark = [pytest.mark.kafka, pytest.mark.prometheus]


def test_every_panel_has_data_after_the_demo_articles(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    prometheus = find_binary("prometheus")
    assert prometheus, "prometheus is not installed (apt-get install prometheus)"
    env = pipeline_env(kafka_bootstrap, topic_prefix)
    with running_worker(env, tmp_path / "worker.log") as worker:
        target = f"127.0.0.1:{env['RAIDTALLY_WEB_PORT']}"
        with start_prometheus([target], binary=prometheus) as prom:
            assert wait_for_series(prom.url, "raidtally_articles_consumed_total")
            subprocess.run(
                [*RAIDTALLY, "produce", str(DEMO_ARTICLES)],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            wait_stable(kafka_bootstrap, f"{topic_prefix}.tallies")
            assert worker.metric("raidtally_articles_consumed_total") == len(
                DEMO_ARTICLES.read_text(encoding="utf-8").splitlines()
            )
            empty = [
                expr
                for expr in panel_queries(load_dashboard())
                if not wait_for_series(prom.url, expr, timeout=20)
            ]
            assert empty == [], f"panels without data: {json.dumps(empty, indent=1)}"
            pairs = {
                (s["metric"]["attacker"], s["metric"]["target"])
                for s in query(prom.url, "raidtally_incidents")
            }
            assert ("RU", "UA") in pairs


def test_demo_command_prints_incidents_and_tallies(kafka_bootstrap: str, topic_prefix: str) -> None:
    env = pipeline_env(kafka_bootstrap, topic_prefix)
    result = subprocess.run(
        [*RAIDTALLY, "demo", "--no-serve"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=400
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "Incidents (" in out and "Tallies at the watermark" in out
    for window in ("1d", "7d", "30d", "all"):
        assert f" {window} " in out
    assert ":RU>UA" in out
