"""Issue 19: a broker that demands SASL_SSL (SCRAM-SHA-512) or a client certificate, end to end.

The worker consumes and produces over SASL_SSL (articles -> incidents and tallies); `topics create`,
`produce` and `tail` work from the environment alone; the other mechanisms and mutual TLS connect; and
each way of getting it wrong is refused at once, in one line naming the setting to fix, with no
traceback and without the password. The broker comes from tests/secured_kafka.py (one per session).
"""

from __future__ import annotations

import json
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from streams.bench.harness import RAIDTALLY, pipeline_env, running_worker
from streams.kafka_io import producer
from streams.settings import ROOT, Settings
from tests.secured_kafka import SecuredKafka

pytestmark = pytest.mark.kafka

ARTICLES = Path(__file__).parent / "articles" / "night_of_may_10.jsonl"
NIGHT = "2025-05-10:RU>UA"
REFUSAL_WITHIN_S = 10.0  # kafka-python alone waits 30 s, then says only "Unable to bootstrap"


def raidtally(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*RAIDTALLY, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def tail_until(
    env: dict[str, str], topic: str, wanted: str, outputs: list[str], timeout: float = 120
) -> dict:
    """Latest value per key of ``topic`` (read with `raidtally tail`) once key ``wanted`` is there."""
    deadline = time.monotonic() + timeout
    latest: dict = {}
    while time.monotonic() < deadline:
        result = raidtally(
            env, "tail", topic, "--from-beginning", "--latest-per-key", "--keys", "--idle-timeout", "2"
        )
        outputs += [result.stdout, result.stderr]
        assert result.returncode == 0, result.stderr
        latest = {row["key"]: row["value"] for row in map(json.loads, result.stdout.splitlines())}
        if wanted in latest:
            return latest
        time.sleep(1)
    raise AssertionError(f"no {wanted!r} in {topic} within {timeout}s; keys: {sorted(latest)}")


def test_the_pipeline_runs_over_sasl_ssl_and_never_shows_the_password(
    secured_kafka: SecuredKafka, tmp_path: Path
) -> None:
    prefix = f"secured-{uuid.uuid4().hex[:12]}"
    env = pipeline_env(secured_kafka.sasl_ssl, prefix, **secured_kafka.sasl_env("SCRAM-SHA-512"))
    outputs: list[str] = []

    created = raidtally(env, "topics", "create")
    outputs += [created.stdout, created.stderr]
    assert created.returncode == 0, created.stderr
    assert created.stdout.count("created") == 5

    log = tmp_path / "worker.log"
    with running_worker(env, log):
        sent = raidtally(env, "produce", str(ARTICLES))
        outputs += [sent.stdout, sent.stderr]
        assert sent.returncode == 0, sent.stderr
        assert "sent 6, invalid 0" in sent.stderr
        # A message no `produce` would send goes straight in, to be rejected by the worker.
        settings = Settings(
            bootstrap_servers=secured_kafka.sasl_ssl,
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username=secured_kafka.username,
            sasl_password=secured_kafka.password,
            ssl_cafile=str(secured_kafka.ca),
        )
        client = producer(settings, max_request_size=1_048_576)
        try:
            client.send(f"{prefix}.articles", key=b"broken", value=b"{not json")
            client.flush()
        finally:
            client.close()

        incidents = tail_until(env, "incidents", NIGHT, outputs)
        assert incidents[NIGHT]["figures"]["drones_launched"] is not None
        assert len(incidents[NIGHT]["article_ids"]) >= 2
        tallies = tail_until(env, "tallies", "RU>UA:all:2025-05-10", outputs)
        assert tallies["RU>UA:all:2025-05-10"]["incidents"] >= 1
        rejected = tail_until(env, "rejected", "broken", outputs)
        assert rejected["broken"]["reason"] == "not_json"
        outputs.append(json.dumps(rejected))

    for args in (["--help"], ["worker", "--help"], ["produce", "--help"], ["topics", "create", "--help"]):
        shown = raidtally(env, *args)
        outputs += [shown.stdout, shown.stderr]
    worker_log = log.read_text(errors="replace")
    assert worker_log.strip(), "the worker wrote no log"
    for where, text in [("worker log", worker_log), *(("CLI output", out) for out in outputs)]:
        assert secured_kafka.password not in text, f"the password leaked into the {where}"


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "PLAIN"])
def test_the_other_sasl_mechanisms_connect(secured_kafka: SecuredKafka, mechanism: str) -> None:
    prefix = f"secured-{uuid.uuid4().hex[:12]}"
    env = pipeline_env(secured_kafka.sasl_ssl, prefix, **secured_kafka.sasl_env(mechanism))

    listed = raidtally(env, "topics", "create")

    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("created") == 5


def test_mutual_tls_connects_with_a_client_certificate(secured_kafka: SecuredKafka) -> None:
    prefix = f"secured-{uuid.uuid4().hex[:12]}"
    env = pipeline_env(
        secured_kafka.mtls,
        prefix,
        KAFKA_SECURITY_PROTOCOL="SSL",
        KAFKA_SSL_CAFILE=str(secured_kafka.ca),
        KAFKA_SSL_CERTFILE=str(secured_kafka.client_cert),
        KAFKA_SSL_KEYFILE=str(secured_kafka.client_key),
    )

    created = raidtally(env, "topics", "create")

    assert created.returncode == 0, created.stderr
    assert created.stdout.count("created") == 5


def _refusal_env(kafka: SecuredKafka, case: str) -> tuple[dict[str, str], str]:
    """The environment of one wrong client, and the setting its refusal must name."""
    port = kafka.sasl_ssl.rsplit(":", 1)[1]
    plaintext = {"KAFKA_SECURITY_PROTOCOL": "", "KAFKA_SASL_MECHANISM": "", "KAFKA_SASL_USERNAME": ""}
    cases = {
        "wrong password": (kafka.sasl_env(KAFKA_SASL_PASSWORD="not-the-password"), "KAFKA_SASL_PASSWORD"),
        "unknown CA": (kafka.sasl_env(KAFKA_SSL_CAFILE=str(kafka.other_ca)), "KAFKA_SSL_CAFILE"),
        "plaintext client": (kafka.sasl_env(KAFKA_SASL_PASSWORD="", **plaintext), "KAFKA_SECURITY_PROTOCOL"),
        "host name mismatch": (
            kafka.sasl_env(KAFKA_BOOTSTRAP_SERVERS=f"localhost:{port}"),
            "KAFKA_BOOTSTRAP_SERVERS",
        ),
        "no client certificate": (
            {
                "KAFKA_BOOTSTRAP_SERVERS": kafka.mtls,
                "KAFKA_SECURITY_PROTOCOL": "SSL",
                "KAFKA_SSL_CAFILE": str(kafka.ca),
            },
            "KAFKA_SSL_CERTFILE",
        ),
    }
    return cases[case]


@pytest.mark.parametrize(
    "case",
    ["wrong password", "unknown CA", "plaintext client", "host name mismatch", "no client certificate"],
)
def test_a_refusal_is_fast_and_names_the_setting_to_fix(secured_kafka: SecuredKafka, case: str) -> None:
    overrides, setting = _refusal_env(secured_kafka, case)
    env = pipeline_env(secured_kafka.sasl_ssl, f"secured-{uuid.uuid4().hex[:12]}", **overrides)
    commands = [["topics", "create"], ["produce", str(ARTICLES)], ["tail", "incidents"], ["worker"]]
    for args in commands if case == "wrong password" else commands[:1]:
        started = time.monotonic()
        result = raidtally(env, *args, timeout=60)
        elapsed = time.monotonic() - started

        assert result.returncode == 1, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("raidtally: "), (args, result.stderr)
        assert setting in lines[0], (args, lines[0])
        assert "Traceback" not in result.stderr
        assert secured_kafka.password not in result.stdout + result.stderr
        assert elapsed < REFUSAL_WITHIN_S, f"{args} took {elapsed:.1f}s to refuse"
