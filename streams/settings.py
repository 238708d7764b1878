"""One frozen settings object, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN")


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from None


def _bool(name: str, default: bool) -> bool:
    raw = (os.environ.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SystemExit(f"{name} must be true or false, got {raw!r}")


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str = "localhost:19092"
    topic_prefix: str = "raidtally"
    app_id: str = "raidtally"
    partitions: int = 6
    replication_factor: int = 1
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    processing_guarantee: str = "at_least_once"
    store: str = "memory://"
    max_article_bytes: int = 1_000_000
    clock: str = "event"  # "event": windows end at the watermark; "wall": at today's Kyiv date
    state_dir: Path = field(default=ROOT / ".state")
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)  # a secret: never in a repr or a log
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None  # client certificate (mutual TLS), PEM; may hold the key too
    ssl_keyfile: str | None = None
    ssl_key_password: str | None = field(default=None, repr=False)
    ssl_check_hostname: bool = True

    def topic(self, short: str) -> str:
        """Full topic name of a short name (``articles`` → ``raidtally.articles``)."""
        return f"{self.topic_prefix}.{short}"


def load() -> Settings:
    """Settings from the environment (see README, "Configuration")."""
    env = os.environ.get
    prefix = env("RAIDTALLY_TOPIC_PREFIX") or "raidtally"
    loaded = Settings(
        bootstrap_servers=env("KAFKA_BOOTSTRAP_SERVERS") or "localhost:19092",
        topic_prefix=prefix,
        app_id=env("RAIDTALLY_APP_ID") or prefix,
        partitions=_int("RAIDTALLY_PARTITIONS", 6),
        replication_factor=_int("RAIDTALLY_REPLICATION_FACTOR", 1),
        web_host=env("RAIDTALLY_WEB_HOST") or "127.0.0.1",
        web_port=_int("RAIDTALLY_WEB_PORT", 6066),
        processing_guarantee=env("RAIDTALLY_PROCESSING_GUARANTEE") or "at_least_once",
        store=env("RAIDTALLY_STORE") or "memory://",
        max_article_bytes=_int("RAIDTALLY_MAX_ARTICLE_BYTES", 1_000_000),
        clock=env("RAIDTALLY_CLOCK") or "event",
        state_dir=Path(env("RAIDTALLY_STATE_DIR") or ROOT / ".state"),
        security_protocol=env("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT",
        sasl_mechanism=env("KAFKA_SASL_MECHANISM") or None,
        sasl_username=env("KAFKA_SASL_USERNAME") or None,
        sasl_password=env("KAFKA_SASL_PASSWORD") or None,
        ssl_cafile=env("KAFKA_SSL_CAFILE") or None,
        ssl_certfile=env("KAFKA_SSL_CERTFILE") or None,
        ssl_keyfile=env("KAFKA_SSL_KEYFILE") or None,
        ssl_key_password=env("KAFKA_SSL_KEY_PASSWORD") or None,
        ssl_check_hostname=_bool("KAFKA_SSL_CHECK_HOSTNAME", True),
    )
    _check_security(loaded)
    return loaded


def _check_security(settings: Settings) -> None:
    """Refuse combinations no Kafka client can use, naming the variable to fix (never its secret value)."""
    protocol, mechanism = settings.security_protocol, settings.sasl_mechanism
    if protocol not in SECURITY_PROTOCOLS:
        raise SystemExit(
            f"KAFKA_SECURITY_PROTOCOL must be one of {', '.join(SECURITY_PROTOCOLS)}, got {protocol!r}"
        )
    if not protocol.startswith("SASL_"):
        if mechanism:
            raise SystemExit(
                f"KAFKA_SASL_MECHANISM is set but KAFKA_SECURITY_PROTOCOL={protocol} sends no credentials: "
                "set KAFKA_SECURITY_PROTOCOL=SASL_SSL (or SASL_PLAINTEXT)"
            )
        return
    if mechanism not in SASL_MECHANISMS:
        got = f"got {mechanism!r}" if mechanism else "it is not set"
        raise SystemExit(
            f"KAFKA_SECURITY_PROTOCOL={protocol} needs KAFKA_SASL_MECHANISM, one of "
            f"{', '.join(SASL_MECHANISMS)} ({got})"
        )
    missing = [
        name
        for name, value in (
            ("KAFKA_SASL_USERNAME", settings.sasl_username),
            ("KAFKA_SASL_PASSWORD", settings.sasl_password),
        )
        if not value
    ]
    if missing:
        raise SystemExit(f"KAFKA_SASL_MECHANISM={mechanism} needs {' and '.join(missing)}")
