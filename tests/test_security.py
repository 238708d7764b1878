"""Security settings without a broker: combinations no client can use are refused by name, hostname
verification is on unless turned off, mutual TLS reaches the clients, and secrets stay out of reprs.
The same settings against a real secured broker: tests/integration/test_secured_cluster.py."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from streams import settings as settings_module
from streams.kafka_io import client_config
from streams.security import Refused, ssl_context

SECRET = "s3cret-never-shown"


@pytest.fixture
def sasl_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "analyst")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", SECRET)
    monkeypatch.setenv("KAFKA_SSL_KEY_PASSWORD", SECRET)
    return monkeypatch


def test_secrets_stay_out_of_the_settings_repr(sasl_env: pytest.MonkeyPatch) -> None:
    loaded = settings_module.load()
    assert loaded.sasl_password == SECRET
    assert SECRET not in repr(loaded)
    assert "analyst" in repr(loaded)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"KAFKA_SASL_MECHANISM": ""}, "KAFKA_SASL_MECHANISM"),
        ({"KAFKA_SASL_MECHANISM": "GSSAPI"}, "KAFKA_SASL_MECHANISM"),
        ({"KAFKA_SASL_PASSWORD": ""}, "KAFKA_SASL_PASSWORD"),
        ({"KAFKA_SECURITY_PROTOCOL": "PLAINTEXT"}, "KAFKA_SECURITY_PROTOCOL=SASL_SSL"),
        ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "KAFKA_SECURITY_PROTOCOL must be one of"),
        ({"KAFKA_SSL_CHECK_HOSTNAME": "maybe"}, "KAFKA_SSL_CHECK_HOSTNAME must be true or false"),
    ],
)
def test_unusable_security_settings_are_refused_by_name(
    sasl_env: pytest.MonkeyPatch, changes: dict[str, str], named: str
) -> None:
    for name, value in changes.items():
        sasl_env.setenv(name, value)
    with pytest.raises(SystemExit) as refused:
        settings_module.load()
    assert named in str(refused.value)
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"])
def test_every_supported_mechanism_loads(sasl_env: pytest.MonkeyPatch, mechanism: str) -> None:
    sasl_env.setenv("KAFKA_SASL_MECHANISM", mechanism)
    assert client_config(settings_module.load())["sasl_mechanism"] == mechanism


def test_hostname_verification_is_on_by_default(sasl_env: pytest.MonkeyPatch) -> None:
    loaded = settings_module.load()
    assert loaded.ssl_check_hostname
    assert client_config(loaded)["ssl_check_hostname"] is True
    context = ssl_context(loaded)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED

    sasl_env.setenv("KAFKA_SSL_CHECK_HOSTNAME", "false")
    loaded = settings_module.load()
    assert client_config(loaded)["ssl_check_hostname"] is False
    context = ssl_context(loaded)
    assert not context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED  # the chain still counts


def test_mutual_tls_files_reach_the_kafka_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("KAFKA_SSL_CERTFILE", "/etc/raidtally/client.pem")
    monkeypatch.setenv("KAFKA_SSL_KEYFILE", "/etc/raidtally/client.key")
    monkeypatch.setenv("KAFKA_SSL_KEY_PASSWORD", SECRET)
    config = client_config(settings_module.load())
    assert (config["ssl_certfile"], config["ssl_keyfile"]) == (
        "/etc/raidtally/client.pem",
        "/etc/raidtally/client.key",
    )
    assert config["ssl_password"] == SECRET
    assert "sasl_mechanism" not in config


def test_unreadable_tls_files_are_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", str(tmp_path / "missing-ca.pem"))
    with pytest.raises(Refused, match=r"KAFKA_SSL_CAFILE=.*missing-ca\.pem"):
        ssl_context(settings_module.load())

    monkeypatch.delenv("KAFKA_SSL_CAFILE")
    monkeypatch.setenv("KAFKA_SSL_CERTFILE", str(tmp_path / "missing-client.pem"))
    with pytest.raises(Refused, match="KAFKA_SSL_CERTFILE"):
        ssl_context(settings_module.load())
