"""deploy/: Prometheus config and alert rules (promtool), the Grafana dashboard, docker-compose.

Tests marked ``prometheus`` need Debian's prometheus/promtool: they skip without them locally and
FAIL under CI (env CI set), where the binaries are part of the setup.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import faust
import pytest
import yaml
from faust.types import TP
from prometheus_client import CollectorRegistry, make_wsgi_app

from schemas import Figures, Incident
from streams.agents.metrics import STAGES, Metrics
from streams.agents.monitoring import install
from streams.pipeline.tally import Held
from tests.deploy.prom import (
    ROOT,
    ci,
    find_binary,
    load_dashboard,
    panel_queries,
    query,
    start_prometheus,
    wait_for_series,
)

PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
GRAFANA_DIR = ROOT / "deploy" / "grafana"
DATASOURCE_UID = "raidtally-prometheus"

# Names every scrape has without any exporter: Prometheus' own per-target series.
SCRAPE_NAMES = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}


def _binary(name: str) -> str:
    found = find_binary(name)
    if found is None:
        message = f"{name} not found: apt-get install prometheus"
        if ci():
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def promtool() -> str:
    return _binary("promtool")


@pytest.fixture(scope="session")
def prometheus() -> str:
    return _binary("prometheus")


def run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}"
    return result


# -- names: what the code exports -------------------------------------------------------------------


def exported_names() -> set[str]:
    """Every sample name our /metrics page can carry: ours, Faust's sensor's, process_*."""
    metrics = Metrics(CollectorRegistry())
    install(faust.App("raidtally-test-names", broker="kafka://127.0.0.1:1"), metrics.registry)
    names = set(SCRAPE_NAMES)
    for family in metrics.registry.collect():
        suffixes = {
            "counter": ("_total", "_created"),
            "histogram": ("_bucket", "_sum", "_count", "_created"),
            "summary": ("", "_sum", "_count", "_created"),
        }.get(family.type, ("",))
        names.update(family.name + suffix for suffix in suffixes)
    return names


_LABELS = re.compile(r"\{[^}]*\}")
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*(?:\s*\()?")
_KEYWORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "inf", "nan"}


def metric_names(expr: str) -> set[str]:
    """Metric names in a PromQL expression: identifiers that are not functions, keywords, labels."""
    bare = _GROUPING.sub(" ", _RANGES.sub(" ", _LABELS.sub(" ", _STRINGS.sub(" ", expr))))
    names = set()
    for token in _IDENT.findall(bare):
        if token.endswith("(") or token.lower() in _KEYWORDS:
            continue  # a function call or an operator keyword
        names.add(token)
    return names


def test_metric_name_parser() -> None:
    expr = (
        "histogram_quantile(0.95, sum by (le, stage) (rate(raidtally_stage_latency_seconds_bucket"
        '{stage="extract"}[5m]))) > 1 and on (job) up{job="w"} == 0'
    )
    assert metric_names(expr) == {"raidtally_stage_latency_seconds_bucket", "up"}


# -- Prometheus --------------------------------------------------------------------------------------


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((PROMETHEUS_DIR / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


@pytest.mark.prometheus
def test_prometheus_config_is_valid(promtool: str) -> None:
    run([promtool, "check", "config", "prometheus.yml"], cwd=PROMETHEUS_DIR)


@pytest.mark.prometheus
def test_alert_rules_are_valid(promtool: str) -> None:
    run([promtool, "check", "rules", "alerts.yml"], cwd=PROMETHEUS_DIR)


@pytest.mark.prometheus
def test_alert_unit_tests_pass(promtool: str) -> None:
    run([promtool, "test", "rules", "alerts_test.yml"], cwd=PROMETHEUS_DIR)


def test_every_alert_has_a_firing_and_a_silent_unit_test() -> None:
    alerts = {rule["alert"] for rule in alert_rules() if "alert" in rule}
    assert len(alerts) >= 5
    tests = yaml.safe_load((PROMETHEUS_DIR / "alerts_test.yml").read_text())["tests"]
    firing: set[str] = set()
    silent: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else silent).add(check["alertname"])
    assert alerts - firing == set(), "alerts without a firing test"
    assert alerts - silent == set(), "alerts without a non-firing test"


def test_alerts_use_only_exported_metrics() -> None:
    known = exported_names()
    for rule in alert_rules():
        unknown = metric_names(rule["expr"]) - known
        assert not unknown, f"{rule.get('alert') or rule.get('record')}: unknown metrics {unknown}"


def test_scrape_job_matches_alerts_and_dashboard() -> None:
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    assert jobs["raidtally-worker"]["metrics_path"] == "/metrics"
    assert jobs["raidtally-worker"]["static_configs"][0]["targets"] == ["worker:6066"]


# -- Grafana -----------------------------------------------------------------------------------------


def test_datasource_has_the_uid_the_dashboard_uses() -> None:
    provisioned = yaml.safe_load(
        (GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )
    (datasource,) = provisioned["datasources"]
    assert datasource["uid"] == DATASOURCE_UID
    assert datasource["type"] == "prometheus"
    assert datasource["url"] == "http://prometheus:9090"


def _datasource_refs(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        if "datasource" in node:
            yield node["datasource"]
        for child in node.values():
            yield from _datasource_refs(child)
    elif isinstance(node, list):
        for child in node:
            yield from _datasource_refs(child)


def test_dashboard_is_valid_json_and_references_the_fixed_uid() -> None:
    dashboard = load_dashboard()
    assert dashboard["title"] == "Aerial attacks"
    assert dashboard["uid"]
    refs = list(_datasource_refs(dashboard))
    assert refs
    assert all(ref == {"type": "prometheus", "uid": DATASOURCE_UID} for ref in refs), refs
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids)), "duplicate panel ids"


def test_dashboard_has_the_required_panels() -> None:
    dashboard = load_dashboard()
    titles = {p["title"] for p in dashboard["panels"]}
    for required in (
        "Launched, 7 days",
        "Interception ratio, 7 days",
        "Killed, 30 days",
        "Injured, 30 days",
        "Launched vs. intercepted per day",
        "Drones vs. missiles launched per day",
        "Articles per second",
        "Stage latency p95",
        "Publication lag",
        "Latest incident date",
        "Corroborated figures, 30 days",
    ):
        assert required in titles
    assert "Pipeline health" in titles  # the row


def test_dashboard_queries_use_only_exported_metrics() -> None:
    known = exported_names()
    queries = panel_queries(load_dashboard())
    assert len(queries) >= 15
    for expr in queries:
        unknown = metric_names(expr) - known
        assert not unknown, f"{expr}: unknown metrics {unknown}"
    for variable in load_dashboard()["templating"]["list"]:
        match = re.fullmatch(r"label_values\((\w+),\s*(\w+)\)", variable["query"])
        assert match, variable["query"]
        assert match.group(1) in known


def test_panel_queries_substitute_variables() -> None:
    queries = panel_queries(load_dashboard(), {"attacker": "UA", "target": "RU"}, rate_interval="5m")
    assert not any("$" in q for q in queries)
    assert any('attacker="UA", target="RU"' in q for q in queries)
    assert any("[5m]" in q for q in queries)


@pytest.mark.prometheus
def test_dashboard_queries_are_valid_promql(promtool: str, tmp_path: Path) -> None:
    rules = {
        "groups": [
            {
                "name": "panels",
                "rules": [
                    {"record": f"dashboard:panel_query:{i}", "expr": expr}
                    for i, expr in enumerate(panel_queries(load_dashboard()))
                ],
            }
        ]
    }
    rules_file = tmp_path / "panel_rules.yml"
    rules_file.write_text(yaml.safe_dump(rules, sort_keys=False))
    run([promtool, "check", "rules", str(rules_file)])


def test_dashboard_provider_path_is_where_compose_mounts_the_dashboards() -> None:
    provider = yaml.safe_load((GRAFANA_DIR / "provisioning" / "dashboards" / "provider.yml").read_text())
    path = provider["providers"][0]["options"]["path"]
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    volumes = compose["services"]["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{path}:ro" in volumes
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in volumes


# -- docker compose ----------------------------------------------------------------------------------


def docker() -> str:
    found = shutil.which("docker")
    if found is None:
        pytest.skip("docker CLI not installed")
    return found


def test_compose_file_is_valid() -> None:
    env = {**os.environ, "GF_ADMIN_PASSWORD": "test-only-password"}
    result = subprocess.run(
        [docker(), "compose", "config", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, (
        f"docker compose config failed (is the compose plugin installed?):\n{result.stderr}"
    )


def test_compose_refuses_to_start_grafana_without_a_password() -> None:
    env = {k: v for k, v in os.environ.items() if k != "GF_ADMIN_PASSWORD"}
    result = subprocess.run(
        [docker(), "compose", "config", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "GF_ADMIN_PASSWORD" in result.stderr


def test_compose_services_have_healthchecks_gating_dependencies() -> None:
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    assert set(services) >= {"kafka", "topics", "worker", "prometheus", "grafana"}
    # The compose broker is the same Kafka as the local one (deploy/kafka/pom.xml pins it).
    from streams.local.broker import kafka_version

    assert services["kafka"]["image"] == f"apache/kafka:{kafka_version()}"
    assert services["worker"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert services["grafana"]["depends_on"]["prometheus"]["condition"] == "service_healthy"
    for name, service in services.items():
        for dependency in service.get("depends_on", {}):
            condition = service["depends_on"][dependency]["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in services[dependency], f"{name} waits on {dependency}'s healthcheck"
    env = services["worker"]["environment"]
    assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert env["RAIDTALLY_WEB_HOST"] == "0.0.0.0"


# -- the real-Prometheus helper ---------------------------------------------------------------------


class _QuietServer(WSGIServer):
    def handle_error(self, request: Any, client_address: Any) -> None:  # a scrape cut short at exit
        pass


@pytest.fixture
def metrics_server() -> Iterator[tuple[str, Metrics]]:
    """A tiny prometheus_client HTTP server on a free port serving a fresh Metrics registry."""
    metrics = Metrics(CollectorRegistry())
    server = make_server(
        "127.0.0.1",
        0,
        make_wsgi_app(metrics.registry),
        server_class=_QuietServer,
        handler_class=_SilentHandler,
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_port}", metrics
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _SilentHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # no access log on stderr
        pass


@pytest.mark.prometheus
def test_helper_prometheus_scrapes_a_target(prometheus: str, metrics_server: tuple[str, Metrics]) -> None:
    target, metrics = metrics_server
    metrics.extracted(4)
    with start_prometheus([target], binary=prometheus) as prom:
        series = wait_for_series(prom.url, "raidtally_reports_total")
        assert len(series) == 1
        assert series[0]["metric"]["job"] == "raidtally-worker"
        assert series[0]["metric"]["instance"] == target
        assert series[0]["value"][1] == "4"
        assert query(prom.url, "raidtally_no_such_metric") == []
        assert query(prom.url, 'up{job="raidtally-worker"}')[0]["value"][1] == "1"


def _populate(metrics: Metrics, app: faust.App) -> None:
    """What a worker's agents and Faust's consumer record after processing a few articles."""
    for _ in range(5):
        metrics.consumed()
    metrics.rejected("not_json")
    metrics.extracted(0)
    metrics.extracted(3)
    metrics.duplicate("syndicated")
    metrics.observe_publication_lag("2025-07-04T06:00:00Z")
    for stage in STAGES:
        metrics.observe_latency(stage, 0.01)
    metrics.observe_incident(
        Incident(
            incident_id="2025-07-04:RU>UA",
            date="2025-07-04",
            attacker="RU",
            target="UA",
            version=1,
            figures=Figures(killed=2),
        )
    )
    # what the tally state holds of the incident: its figures, six of them stated by two or more reports
    figures = Held(
        corroborated=6,
        drones_launched=300,
        drones_intercepted=270,
        missiles_launched=10,
        missiles_intercepted=4,
        total_launched=310,
        total_intercepted=274,
        killed=2,
        injured=9,
    )
    # what the tally agent records after sending the four tallies of 2025-07-04
    for _ in range(4):
        metrics.tally_sent()
    metrics.observe_buckets("RU", "UA", {date(2025, 7, 4): {"2025-07-04:RU>UA": figures}})
    app.monitor.track_tp_end_offset(TP("raidtally.articles", 0), 5)
    app.monitor.on_tp_commit({TP("raidtally.articles", 0): 5})


@pytest.mark.prometheus
def test_every_panel_returns_data_from_a_real_prometheus(prometheus: str) -> None:
    """Faust's own /metrics view (aiohttp, as the worker serves it) fed through the Metrics API,
    scraped by a real Prometheus: every panel query returns a series. The lead's end-to-end test
    does the same against a worker that processed the demo articles."""
    import asyncio

    from aiohttp import web

    app = faust.App("raidtally-test-e2e", broker="kafka://127.0.0.1:1")
    metrics = Metrics(CollectorRegistry())
    install(app, metrics.registry)
    _populate(metrics, app)

    loop = asyncio.new_event_loop()
    runner = web.AppRunner(loop.run_until_complete(app.web.wsgi()))
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = runner.addresses[0][1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        with start_prometheus([f"127.0.0.1:{port}"], binary=prometheus) as prom:
            # rate() needs two scrapes of a counter that moved in between
            assert wait_for_series(prom.url, "raidtally_articles_consumed_total")
            metrics.consumed()
            assert wait_for_series(prom.url, "rate(raidtally_articles_consumed_total[1m]) > 0")
            empty = [
                expr
                for expr in panel_queries(load_dashboard())
                if not wait_for_series(prom.url, expr, timeout=5)
            ]
            assert empty == [], f"panels without data: {json.dumps(empty, indent=1)}"
            # the dashboard's variables list the label values of raidtally_incidents
            incidents = query(prom.url, "raidtally_incidents")
            assert {(s["metric"]["attacker"], s["metric"]["target"]) for s in incidents} == {("RU", "UA")}
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
