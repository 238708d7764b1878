"""The extraction benchmark runs on articles of one's own and reports what extraction found."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

from schemas.article import decoder as article_decoder
from streams.pipeline.extraction import claimants, extract, figures, forget, sentences

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "demo" / "articles.jsonl"


def test_file_mode_times_every_pass_and_counts_the_reports() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "streams.bench.extraction", "--file", str(DEMO), "--passes", "2"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    figures = json.loads(done.stdout.splitlines()[-1])
    articles = [article_decoder.decode(line) for line in DEMO.read_bytes().splitlines() if line.strip()]
    assert figures["source"] == str(DEMO)
    assert figures["articles"] == 2 * len(articles)
    # Caches are emptied between passes, never changing what is found.
    assert figures["reports"] == 2 * sum(len(extract(a)) for a in articles)
    assert figures["articles_per_second"] > 0


def test_forget_empties_every_extraction_cache() -> None:
    extract_module = importlib.import_module("streams.pipeline.extraction.extract")
    for article in [article_decoder.decode(line) for line in DEMO.read_bytes().splitlines()[:5]]:
        extract(article)
    cached = [sentences._pieces, figures._read_figures, extract_module._facts, claimants.find_claimant]
    assert all(f.cache_info().currsize > 0 for f in cached)
    forget()
    assert all(f.cache_info().currsize == 0 for f in cached)
