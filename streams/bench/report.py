"""The benchmark's results: one JSON document, and the table printed from it."""

from __future__ import annotations

import math
from typing import Any

# Targets of issue 7.
MIN_SHARE_OF_PLAIN_LOOP = 0.70
MAX_P99_MS = 1000.0
MAX_PEAK_RSS_MB = 300.0
MAX_REPLAY_S = 300.0


def _get(results: dict[str, Any], *path: str) -> float | None:
    node: Any = results
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def targets(results: dict[str, Any]) -> dict[str, bool | None]:
    """Each target: True met, False missed, None not measured in this run."""
    e2e = _get(results, "pipeline_1_worker", "articles_per_s")
    plain = _get(results, "ceiling_plain_loop", "articles_per_s")
    p99 = _get(results, "latency", "tally_p99_ms")
    memory = [_get(results, k, "peak_rss_mb") for k in ("pipeline_1_worker", "pipeline_2_workers", "replay")]
    replay = _get(results, "replay", "seconds")
    known_memory = [m for m in memory if m is not None]
    return {
        "e2e_ge_70pct_of_plain_loop": None
        if e2e is None or plain is None
        else e2e >= MIN_SHARE_OF_PLAIN_LOOP * plain,
        "p99_latency_lt_1s": None if p99 is None else p99 < MAX_P99_MS,
        "peak_worker_rss_lt_300mb": max(known_memory) < MAX_PEAK_RSS_MB if known_memory else None,
        "replay_lt_5min": None if replay is None else replay < MAX_REPLAY_S,
    }


def _fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.1f} {unit}"


def table(results: dict[str, Any]) -> str:
    n = results["articles"]
    plain = _get(results, "ceiling_plain_loop", "articles_per_s")
    rows: list[tuple[str, str, str]] = [
        (
            "extraction, one core (reports_for)",
            _fmt(_get(results, "extraction", "articles_per_s"), "art/s"),
            "",
        ),
        (
            "ceiling 1: broker alone (produce+consume)",
            _fmt(_get(results, "ceiling_broker", "articles_per_s"), "art/s"),
            "",
        ),
        ("ceiling 2: plain consume→extract→produce", _fmt(plain, "art/s"), ""),
    ]
    for key, label in (
        ("pipeline_1_worker", "end to end, 1 worker"),
        ("pipeline_2_workers", "end to end, 2 workers"),
    ):
        rate = _get(results, key, "articles_per_s")
        share = f"{rate / plain:.0%} of ceiling 2" if rate is not None and plain else ""
        cpu = _get(results, key, "worker_cpu_ms_per_article")
        cpu_note = f"worker CPU {cpu:.1f} ms/article" if cpu is not None else ""
        rows.append((label, _fmt(rate, "art/s"), "; ".join(x for x in (share, cpu_note) if x)))
    workers = results.get("workers", 1)
    per = f", {workers} worker{'s' if workers != 1 else ''}"
    for q in ("p50", "p95", "p99"):
        rows.append(
            (
                f"latency {q} @ {results.get('latency_rate', 100):g} art/s{per} (produce→tally)",
                _fmt(_get(results, "latency", f"tally_{q}_ms"), "ms"),
                f"to incident {_fmt(_get(results, 'latency', f'incident_{q}_ms'), 'ms')}",
            )
        )
    replay_cpu = _get(results, "replay", "worker_cpu_ms_per_article")
    rows.append(
        (
            f"full replay, fresh app id{per}",
            _fmt(_get(results, "replay", "seconds"), "s"),
            f"worker CPU {replay_cpu:.1f} ms/article" if replay_cpu is not None else "",
        )
    )
    memory = [_get(results, k, "peak_rss_mb") for k in ("pipeline_1_worker", "pipeline_2_workers", "replay")]
    rows.append(
        ("worker peak RSS (VmHWM)", _fmt(max((m for m in memory if m is not None), default=None), "MB"), "")
    )
    width = max(len(r[0]) for r in rows)
    lines = [
        f"raidtally bench: {n:,} articles ({results['corpus_mb']:.0f} MB, {results['corpus_source']})",
        "",
    ]
    lines += [f"{label:<{width}}  {value:>14}  {note}".rstrip() for label, value, note in rows]
    lines.append("")
    for name, met in targets(results).items():
        lines.append(f"target {name:<28} {'met' if met else 'MISSED' if met is False else 'not measured'}")
    return "\n".join(lines)
