"""`raidtally bench`: a synthetic corpus through extraction, the ceilings and the real pipeline.

Every phase runs under its own topic prefix and app id (``bench-<run>-<phase>``), whose topics are
deleted when the phase ends: a 100,000-article corpus is some 500 MB of broker disk per copy.
"""

from __future__ import annotations

import json
import signal
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.bench import brokerio, ceilings, end_to_end
from streams.bench.corpus import build
from streams.bench.report import table, targets
from streams.settings import Settings


@dataclass(frozen=True)
class Options:
    articles: int = 100_000
    seed: int = 7
    out: Path = Path(".state/bench")
    extraction_sample: int = 10_000
    latency_seconds: float = 60.0
    latency_rate: float = 100.0
    # Workers of the latency and replay phases: one per core is how a machine is meant to run them.
    workers: int = 2
    skip_ceilings: bool = False
    skip_one_worker: bool = False
    skip_two_workers: bool = False
    skip_latency: bool = False
    skip_replay: bool = False


def run(
    settings: Settings,
    options: Options,
    progress: Callable[[Iterable[Any]], Iterator[Any]] | None = None,
    echo: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run every phase not skipped; write ``results.json`` under ``options.out``; return the results."""
    options.out.mkdir(parents=True, exist_ok=True)
    # SIGTERM (timeout, Ctrl-C in a container) unwinds like an error: workers stopped, topics deleted.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    corpus = build(options.articles, options.seed, progress)
    run_id = f"bench-{uuid.uuid4().hex[:8]}"
    results: dict[str, Any] = {
        "run_id": run_id,
        "articles": options.articles,
        "corpus_mb": corpus.size_bytes / 1e6,
        "corpus_source": corpus.source,
        "latency_rate": options.latency_rate,
        "workers": options.workers,
        "partitions": settings.partitions,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }

    def phase(name: str, measure: Callable[[Settings], Any]) -> None:
        scratch = brokerio.scratch_settings(settings, f"{run_id}-{name}")
        echo(f"bench: {name} …")
        started = time.perf_counter()
        try:
            results[name] = measure(scratch)
        finally:
            brokerio.delete_prefix(settings, scratch.topic_prefix)
        echo(f"bench: {name} done in {time.perf_counter() - started:.0f}s: {results[name]}")

    sample = corpus.articles[: options.extraction_sample]
    results["extraction"] = {"articles_per_s": ceilings.extraction_rate(sample), "sample": len(sample)}
    echo(f"bench: extraction {results['extraction']}")
    messages = corpus.messages
    if not options.skip_ceilings:
        phase("ceiling_broker", lambda s: ceilings.broker_alone(s, messages))
        phase("ceiling_plain_loop", lambda s: ceilings.plain_loop(s, messages))
    if not options.skip_one_worker:
        phase("pipeline_1_worker", lambda s: end_to_end.throughput(s, messages, 1, options.out))
    if not options.skip_two_workers:
        phase("pipeline_2_workers", lambda s: end_to_end.throughput(s, messages, 2, options.out))
    if not options.skip_latency:
        count = min(len(messages), int(options.latency_seconds * options.latency_rate))
        phase(
            "latency",
            lambda s: end_to_end.latency(
                s, messages[:count], options.latency_rate, options.out, options.workers
            ),
        )
    if not options.skip_replay:
        phase("replay", lambda s: end_to_end.replay(s, messages, options.out, options.workers))
    results["targets"] = targets(results)
    (options.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    echo(table(results))
    return results
