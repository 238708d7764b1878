"""kafka-python clients for the CLI (produce, tail, topics), configured from Settings."""

from __future__ import annotations

from typing import Any

from streams.settings import Settings


def client_config(settings: Settings) -> dict[str, Any]:
    """Connection and security options shared by every kafka-python client."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers.split(","),
        "security_protocol": settings.security_protocol,
    }
    if settings.sasl_mechanism:
        config["sasl_mechanism"] = settings.sasl_mechanism
        config["sasl_plain_username"] = settings.sasl_username
        config["sasl_plain_password"] = settings.sasl_password
    if settings.ssl_cafile:
        config["ssl_cafile"] = settings.ssl_cafile
    if settings.ssl_certfile:  # mutual TLS
        config["ssl_certfile"] = settings.ssl_certfile
        config["ssl_keyfile"] = settings.ssl_keyfile
        config["ssl_password"] = settings.ssl_key_password
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        config["ssl_check_hostname"] = settings.ssl_check_hostname
    return config


def admin(settings: Settings) -> Any:
    from kafka import KafkaAdminClient

    return KafkaAdminClient(client_id="raidtally-admin", request_timeout_ms=20000, **client_config(settings))


def producer(settings: Settings, max_request_size: int) -> Any:
    from kafka import KafkaProducer

    return KafkaProducer(
        acks="all",
        linger_ms=5,
        max_request_size=max_request_size,
        compression_type=None,
        **client_config(settings),
    )


def create_topics(settings: Settings, replication_factor: int = 1) -> dict[str, str]:
    """Create every topic of DESIGN.md; returns {name: "created"|"exists"}. Idempotent."""
    from kafka.errors import TopicAlreadyExistsError

    from streams.topics import TOPICS

    client = admin(settings)
    try:
        existing = set(client.list_topics())
        result: dict[str, str] = {}
        for spec in TOPICS:
            name = settings.topic(spec.short)
            if name in existing:
                result[name] = "exists"
                continue
            try:
                client.create_topics(
                    {
                        name: {
                            "num_partitions": settings.partitions,
                            "replication_factor": replication_factor,
                            "configs": spec.config,
                        }
                    },
                    wait_for_metadata=True,
                )
                result[name] = "created"
            except TopicAlreadyExistsError:
                result[name] = "exists"
        return result
    finally:
        client.close()
