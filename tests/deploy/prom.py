"""A real Prometheus for tests: start Debian's /usr/bin/prometheus scraping given targets, query it.

    with start_prometheus(["127.0.0.1:6066"]) as prom:
        for expr in panel_queries(load_dashboard()):
            assert wait_for_series(prom.url, expr), expr

Prometheus runs in a temp dir on a free port with a generated config (job ``raidtally-worker``, the
job name the dashboard and alerts use) and a 1 s scrape interval, and is stopped on exit; if it dies
or never gets ready, the error carries the tail of its log.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "aerial-attacks.json"


from streams.local.prometheus import (  # noqa: E402 - shared with `raidtally demo`
    JOB,
    PromServer,
    find_binary,
    free_port,
    query,
    scrape_config,
    start_prometheus,
)

__all__ = ["JOB", "PromServer", "find_binary", "free_port", "query", "scrape_config", "start_prometheus"]


def wait_for_series(prom_url: str, expr: str, timeout: float = 20.0) -> list[dict[str, Any]]:
    """Poll ``query`` until it returns at least one series or ``timeout`` passes (then: [])."""
    deadline = time.monotonic() + timeout
    while True:
        series = query(prom_url, expr)
        if series or time.monotonic() >= deadline:
            return series
        time.sleep(0.5)


def load_dashboard(path: Path = DASHBOARD) -> dict[str, Any]:
    dashboard: dict[str, Any] = json.loads(path.read_text())
    return dashboard


def iter_panels(panels: Sequence[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Every panel, including those nested in (collapsed) rows."""
    for panel in panels:
        yield panel
        yield from iter_panels(panel.get("panels", []))


def variable_defaults(dashboard: Mapping[str, Any]) -> dict[str, str]:
    """The current value of each template variable."""
    return {
        var["name"]: str(var.get("current", {}).get("value", ""))
        for var in dashboard.get("templating", {}).get("list", [])
    }


_VARIABLE = re.compile(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)")


def panel_queries(
    dashboard: Mapping[str, Any],
    variables: Mapping[str, str] | None = None,
    rate_interval: str = "1m",
) -> list[str]:
    """Every panel query's PromQL, with dashboard variables (default: their current values) and
    Grafana's interval macros substituted, ready for Prometheus."""
    values = {
        **variable_defaults(dashboard),
        "__rate_interval": rate_interval,
        "__interval": rate_interval,
        "__range": rate_interval,
        **(variables or {}),
    }

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name not in values:
            raise KeyError(f"dashboard variable ${name} has no value")
        return values[name]

    queries = []
    for panel in iter_panels(dashboard.get("panels", [])):
        for target in panel.get("targets", []):
            expr = target.get("expr")
            if expr and not target.get("hide"):
                queries.append(_VARIABLE.sub(substitute, expr))
    return queries


def ci() -> bool:
    """True under CI (env CI set), where a missing binary is a failure, not a skip."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
