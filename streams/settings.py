"""One frozen settings object, read from the environment in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from None


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
    sasl_password: str | None = None
    ssl_cafile: str | None = None

    def topic(self, short: str) -> str:
        """Full topic name of a short name (``articles`` → ``raidtally.articles``)."""
        return f"{self.topic_prefix}.{short}"


def load() -> Settings:
    """Settings from the environment (see README, "Configuration")."""
    env = os.environ.get
    prefix = env("RAIDTALLY_TOPIC_PREFIX") or "raidtally"
    return Settings(
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
    )
