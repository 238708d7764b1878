"""The local Kafka broker: control functions (no broker needed) and a real broker round trip."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic

from streams.local import broker
from streams.settings import Settings
from tests.kafka_fixture import container_env

# --- no broker -----------------------------------------------------------------------------------------


def test_missing_java_is_one_friendly_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    settings = Settings(state_dir=tmp_path / "state")

    with pytest.raises(broker.BrokerError) as caught:
        broker.start(settings, echo=lambda _line: None)

    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("Java not found")
    assert "openjdk-17" in message


def test_missing_maven_is_one_friendly_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    settings = Settings(state_dir=tmp_path / "state")

    with pytest.raises(broker.BrokerError) as caught:
        broker.fetch(settings, echo=lambda _line: None)

    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("Maven not found")


def test_status_is_none_without_a_pid_file(tmp_path: Path) -> None:
    assert broker.status(Settings(state_dir=tmp_path)) is None


def test_stale_pid_file_is_not_running(tmp_path: Path) -> None:
    pid_file = tmp_path / "kafka" / "kafka.pid"
    pid_file.parent.mkdir()
    pid_file.write_text("999999999\n")  # above Linux's pid_max, so no such process

    assert broker.status(Settings(state_dir=tmp_path)) is None
    assert not pid_file.exists()


def test_ports_come_from_bootstrap_servers(tmp_path: Path) -> None:
    settings = Settings(bootstrap_servers="localhost:29092,localhost:29095", state_dir=tmp_path)

    assert broker.client_port(settings) == 29092
    assert broker.bootstrap_address(settings) == "127.0.0.1:29092"


def test_remote_bootstrap_is_refused(tmp_path: Path) -> None:
    settings = Settings(bootstrap_servers="kafka.example.org:9092", state_dir=tmp_path)

    with pytest.raises(broker.BrokerError, match="not this machine"):
        broker.start(settings, echo=lambda _line: None)


def test_render_properties_replaces_keys_keeps_comments_and_appends_missing() -> None:
    template = "# roles\nprocess.roles=broker,controller\nlog.dirs=/tmp/x\n# log.dirs=commented\n"

    rendered = broker.render_properties(template, {"log.dirs": "/data", "node.id": "1"})

    assert rendered == (
        "# roles\nprocess.roles=broker,controller\nlog.dirs=/data\n# log.dirs=commented\nnode.id=1\n"
    )


def test_template_is_a_single_node_kraft_broker() -> None:
    props = broker.read_properties(broker.PROPERTIES_TEMPLATE.read_text())

    assert props["process.roles"] == "broker,controller"
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.replication.factor"] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    assert props["auto.create.topics.enable"] == "true"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert "zookeeper.connect" not in props


def test_kafka_version_is_pinned_in_the_pom() -> None:
    assert broker.kafka_version().startswith("3.9.")


def test_container_env_mirrors_the_template() -> None:
    env = container_env(port=24567)

    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_ADVERTISED_LISTENERS"] == "PLAINTEXT://127.0.0.1:24567"
    assert env["KAFKA_LISTENERS"] == "PLAINTEXT://:24567,CONTROLLER://:9093"
    assert env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "1"
    assert env["KAFKA_LOG_CLEANER_DEDUPE_BUFFER_SIZE"] == "33554432"


# --- real broker ---------------------------------------------------------------------------------------


@pytest.mark.kafka
def test_second_start_finds_it_running(local_kafka_settings: Settings, kafka_bootstrap: str) -> None:
    lines: list[str] = []
    began = time.monotonic()

    again = broker.start(local_kafka_settings, echo=lines.append)

    assert again == kafka_bootstrap
    assert time.monotonic() - began < 5  # no second JVM was launched and awaited
    assert any("already running" in line for line in lines)
    assert broker.status(local_kafka_settings) == kafka_bootstrap


@pytest.mark.kafka
def test_produce_consume_round_trip(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = f"{topic_prefix}.roundtrip"
    _create_topic(kafka_bootstrap, topic)
    sent = [(b"kharkiv", b"first"), (b"odesa", b"second"), (b"kharkiv", b"third")]

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    for key, value in sent:
        producer.send(topic, key=key, value=value)
    producer.flush(timeout=30)
    producer.close()

    received = _consume(kafka_bootstrap, topic, group=f"{topic_prefix}-reader", expected=3)
    assert received == sent


@pytest.mark.kafka
def test_transactional_producer_on_one_node(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = f"{topic_prefix}.tx"
    _create_topic(kafka_bootstrap, topic)

    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, transactional_id=f"{topic_prefix}-tx")
    producer.init_transactions()
    producer.begin_transaction()
    producer.send(topic, key=b"a", value=b"committed-1")
    producer.send(topic, key=b"a", value=b"committed-2")
    producer.commit_transaction()
    producer.begin_transaction()
    producer.send(topic, key=b"a", value=b"aborted")
    producer.flush()  # the aborted record must reach the log, or there is nothing for the abort to hide
    producer.abort_transaction()
    producer.begin_transaction()
    producer.send(topic, key=b"a", value=b"committed-3")
    producer.commit_transaction()
    producer.close()

    committed = _consume(
        kafka_bootstrap, topic, group=f"{topic_prefix}-rc", expected=3, isolation_level="read_committed"
    )
    everything = _consume(
        kafka_bootstrap, topic, group=f"{topic_prefix}-ru", expected=4, isolation_level="read_uncommitted"
    )
    assert [value for _key, value in committed] == [b"committed-1", b"committed-2", b"committed-3"]
    assert [value for _key, value in everything] == [
        b"committed-1",
        b"committed-2",
        b"aborted",
        b"committed-3",
    ]


@pytest.mark.kafka
def test_aiokafka_transaction_round_trip(kafka_bootstrap: str, topic_prefix: str) -> None:
    """Faust talks to Kafka through aiokafka; its transactional producer must work on this broker too."""
    topic = f"{topic_prefix}.aio"
    _create_topic(kafka_bootstrap, topic)

    async def scenario() -> list[bytes]:
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, transactional_id=f"{topic_prefix}-aio")
        await producer.start()
        try:
            async with producer.transaction():
                await producer.send_and_wait(topic, b"strike reported")
                await producer.send_and_wait(topic, b"strike confirmed")
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=kafka_bootstrap,
            group_id=f"{topic_prefix}-aio-reader",
            auto_offset_reset="earliest",
            isolation_level="read_committed",
        )
        await consumer.start()
        values: list[bytes] = []
        try:
            deadline = time.monotonic() + 30
            while len(values) < 2 and time.monotonic() < deadline:
                for batch in (await consumer.getmany(timeout_ms=500)).values():
                    values.extend(record.value for record in batch if record.value is not None)
        finally:
            await consumer.stop()
        return values

    assert asyncio.run(scenario()) == [b"strike reported", b"strike confirmed"]


def _create_topic(bootstrap: str, topic: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name=topic, num_partitions=1, replication_factor=1)])
    finally:
        admin.close()


def _consume(
    bootstrap: str, topic: str, *, group: str, expected: int, isolation_level: str = "read_uncommitted"
) -> list[tuple[bytes, bytes]]:
    """Read from the start until ``expected`` records arrived or 30 s passed (then the assert shows why)."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        isolation_level=isolation_level,
        enable_auto_commit=False,
    )
    records: list[tuple[bytes, bytes]] = []
    deadline = time.monotonic() + 30
    try:
        while len(records) < expected and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend((record.key, record.value) for record in batch)
        # One more short poll, so a record beyond the expected ones (e.g. a leaked abort) is caught.
        for batch in consumer.poll(timeout_ms=1000).values():
            records.extend((record.key, record.value) for record in batch)
    finally:
        consumer.close()
    return records
