"""`raidtally bench` on a tiny corpus: every figure is in the JSON and the table (no timing checks)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from streams.bench import Options, run
from streams.bench.brokerio import delete_prefix
from streams.bench.report import table
from streams.settings import load

FIGURES = {
    "extraction": ["articles_per_s"],
    "ceiling_broker": ["articles_per_s", "produce_articles_per_s", "consume_articles_per_s"],
    "ceiling_plain_loop": ["articles_per_s", "seconds"],
    "pipeline_1_worker": ["articles_per_s", "seconds", "peak_rss_mb"],
    "pipeline_2_workers": ["articles_per_s", "seconds", "peak_rss_mb"],
    "latency": [
        "tally_p50_ms",
        "tally_p95_ms",
        "tally_p99_ms",
        "incident_p99_ms",
        "articles_sent",
        "worker_cpu_ms_per_article",
    ],
    "replay": ["seconds", "articles_per_s", "peak_rss_mb", "worker_cpu_ms_per_article"],
}


@pytest.mark.kafka
def test_bench_reports_every_figure(kafka_bootstrap: str, tmp_path: Path) -> None:
    settings = replace(load(), bootstrap_servers=kafka_bootstrap, partitions=2)
    options = Options(
        articles=200, out=tmp_path, extraction_sample=50, latency_seconds=4.0, latency_rate=50.0
    )
    lines: list[str] = []
    results = run(settings, options, echo=lines.append)
    # every phase deletes its own topics: nothing of this run is left to clean up
    assert delete_prefix(settings, results["run_id"]) == []
    assert json.loads((tmp_path / "results.json").read_text()) == json.loads(json.dumps(results))
    assert results["articles"] == 200
    for phase, names in FIGURES.items():
        for name in names:
            value = results[phase][name]
            assert isinstance(value, int | float) and value > 0, (phase, name, value)
    assert results["latency"]["articles_sent"] == 200
    # latency and replay run with the default two workers, and the table says so
    assert results["latency"]["workers"] == results["replay"]["workers"] == 2
    assert "full replay, fresh app id, 2 workers" in table(results)
    assert set(results["targets"]) == {
        "e2e_ge_70pct_of_plain_loop",
        "p99_latency_lt_1s",
        "peak_worker_rss_lt_300mb",
        "replay_lt_5min",
    }
    assert all(isinstance(met, bool) for met in results["targets"].values())
    assert "—" not in table(results)  # nothing unmeasured in the printed table
    assert lines[-1] == table(results)
