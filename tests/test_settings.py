"""Settings from the environment: security options reach every Kafka client; limits apply on produce."""

from __future__ import annotations

import pytest

from streams import settings as settings_module
from streams.cli.produce import read_jsonl
from streams.kafka_io import client_config


def test_defaults_keep_prefix_and_app_id_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAIDTALLY_TOPIC_PREFIX", "eval42")
    monkeypatch.delenv("RAIDTALLY_APP_ID", raising=False)
    loaded = settings_module.load()
    assert loaded.app_id == "eval42"
    assert loaded.topic("tallies") == "eval42.tallies"
    assert loaded.web_host == "127.0.0.1"


def test_sasl_ssl_settings_reach_the_kafka_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9093,k2:9093")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "analyst")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", "/etc/ssl/ca.pem")
    config = client_config(settings_module.load())
    assert config["bootstrap_servers"] == ["k1:9093", "k2:9093"]
    assert config["security_protocol"] == "SASL_SSL"
    assert config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (config["sasl_plain_username"], config["sasl_plain_password"]) == ("analyst", "s3cret")
    assert config["ssl_cafile"] == "/etc/ssl/ca.pem"


def test_a_bad_integer_setting_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAIDTALLY_WEB_PORT", "sixty")
    with pytest.raises(SystemExit, match="RAIDTALLY_WEB_PORT must be an integer"):
        settings_module.load()


def test_produce_refuses_lines_over_the_size_limit() -> None:
    small = b'{"id": "a", "body": "drones", "published_at": "2025-01-01T00:00:00Z"}'
    big = b'{"id": "b", "body": "' + b"x" * 500 + b'", "published_at": "2025-01-01T00:00:00Z"}'
    items = list(read_jsonl(iter([small, big]), "in.jsonl", max_bytes=200))
    assert [i.origin for i in items] == ["in.jsonl:1", "in.jsonl:2"]
    assert getattr(items[1].result, "reason", None) == "too_large"
    assert getattr(items[0].result, "body", None) == "drones"
