"""pytest plugin: one real Kafka broker per test session, and uuid-named topics per test.

Where the broker comes from, first match wins:

1. ``KAFKA_BOOTSTRAP_SERVERS`` is set → that cluster (CI service container, a remote dev cluster).
2. A Docker engine answers ``docker info`` → an ``apache/kafka`` container of the pinned version
   (testcontainers), configured like ``deploy/kafka/server.properties``.
3. Otherwise the local broker of ``streams/local/broker.py`` (started if needed; stopped at the end only
   if this session started it).

When a test that used the broker fails, the broker's log tail is attached to its report.
Enabled by ``pytest_plugins = ["tests.kafka_fixture"]`` in ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Generator, Iterator
from contextlib import suppress

import pytest

from streams.bench.harness import delete_topics_with_prefix, free_port
from streams.local import broker
from streams.settings import Settings, load

# Set when the session runs against the local broker, so failures can show its log.
LOCAL_SETTINGS = pytest.StashKey[Settings]()
DOCKER_STARTUP_TIMEOUT_S = 120


@pytest.fixture(scope="session")
def kafka_bootstrap(request: pytest.FixtureRequest) -> Iterator[str]:
    """Bootstrap address of a running Kafka broker for the whole session."""
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        yield external
    elif _docker_engine_answers():
        yield from _container_broker()
    else:
        yield from _local_broker(request.config)


@pytest.fixture
def local_kafka_settings(kafka_bootstrap: str, request: pytest.FixtureRequest) -> Settings:
    """Settings of the local broker; skips when the session uses an external or Docker broker."""
    settings = request.config.stash.get(LOCAL_SETTINGS, None)
    if settings is None:
        pytest.skip("the session broker is not the local streams/local/broker.py one")
    return settings


@pytest.fixture
def topic_prefix(kafka_bootstrap: str) -> Iterator[str]:
    """A unique prefix for this test's topics (and Faust app id); its topics are deleted afterwards.

    Use it as ``Settings.topic_prefix`` / ``app_id``: ``{prefix}.articles`` and Faust's
    ``{prefix}-<table>-changelog`` both start with it.
    """
    prefix = f"test-{uuid.uuid4().hex}"
    yield prefix
    delete_topics_with_prefix(kafka_bootstrap, prefix)


# --- broker sources ----------------------------------------------------------------------------------


def _docker_engine_answers() -> bool:
    """A docker CLI alone is not enough: the engine must answer (CI runners without Docker have a CLI)."""
    if shutil.which("docker") is None:
        return False
    try:
        probe = subprocess.run(["docker", "info"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def container_env(port: int) -> dict[str, str]:
    """The apache/kafka image's environment: our server.properties with container listeners.

    The image turns ``KAFKA_FOO_BAR`` into ``foo.bar``; listeners advertise the host port, which
    is bound to the same container port so clients outside Docker reach it.
    """
    props = broker.read_properties(broker.PROPERTIES_TEMPLATE.read_text())
    props.update(
        {
            "listeners": f"PLAINTEXT://:{port},CONTROLLER://:9093",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
            "controller.quorum.voters": "1@localhost:9093",
            "log.dirs": "/tmp/kraft-combined-logs",
        }
    )
    return {"KAFKA_" + key.upper().replace(".", "_"): value for key, value in props.items()}


def _container_broker() -> Generator[str, None, None]:
    from testcontainers.core.container import DockerContainer
    from testcontainers.core.wait_strategies import LogMessageWaitStrategy

    port = free_port()
    container: DockerContainer | None = None
    try:
        container = DockerContainer(f"apache/kafka:{broker.kafka_version()}").with_bind_ports(port, port)
        for key, value in container_env(port).items():
            container = container.with_env(key, value)
        container.waiting_for(
            LogMessageWaitStrategy("Kafka Server started").with_startup_timeout(DOCKER_STARTUP_TIMEOUT_S)
        )
        container.start()
    except Exception as exc:  # docker, image pull or timeout: all mean "no broker"; the message has the log
        if container is not None:
            with suppress(Exception):
                container.stop()  # it may have started without becoming ready
        pytest.fail(f"Kafka container did not start: {exc}", pytrace=False)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        container.stop()


def _local_broker(config: pytest.Config) -> Generator[str, None, None]:
    settings = load()
    config.stash[LOCAL_SETTINGS] = settings
    already = broker.status(settings)
    if already is not None:
        yield already
        return
    try:
        bootstrap = broker.start(settings, echo=lambda _line: None)
    except broker.BrokerError as exc:
        pytest.fail(
            f"local Kafka broker did not start: {exc}\n{broker.log_tail(settings, 40)}\n"
            'Deselect broker tests with -m "not kafka" or set KAFKA_BOOTSTRAP_SERVERS.',
            pytrace=False,
        )
    try:
        yield bootstrap
    finally:
        broker.stop(settings, echo=lambda _line: None)


# --- failure reports ---------------------------------------------------------------------------------


# Each broker a session may start: where its settings are stashed, the fixture that uses it, and the
# title of its log tail in a failed test's report (tests/secured_kafka.py adds the secured broker).
BROKER_LOGS: list[tuple[pytest.StashKey[Settings], str, str]] = [
    (LOCAL_SETTINGS, "kafka_bootstrap", "kafka broker log (tail)")
]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Attach the log tail of every broker a failed test used, so red CI explains itself."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if not report.failed:
        return
    for key, fixture, title in BROKER_LOGS:
        settings = item.config.stash.get(key, None)
        if settings is not None and fixture in getattr(item, "fixturenames", ()):
            report.sections.append((title, broker.log_tail(settings, 40)))
