"""Shared fixtures: the real broker comes from tests/kafka_fixture.py (one per session)."""

pytest_plugins = ["tests.kafka_fixture", "tests.secured_kafka"]
