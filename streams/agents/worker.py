"""The worker's entry point: import every agent, then hand over to Faust's worker command."""

from __future__ import annotations

import logging
import sys
from contextlib import suppress
from typing import Any


def ensure_changelog_topics(app: Any) -> None:
    """Create the tables' changelog topics, and wait for their metadata, before Faust subscribes.

    Faust creates them itself, but on a fresh app id it can subscribe before a just-created topic is in
    its metadata; the table is then left without changelog partitions, and its agent crashes on every
    write (PartitionsMismatch "... changelog topic has 0 partitions") until the worker restarts.
    """
    from kafka.errors import TopicAlreadyExistsError

    from streams.agents.app import settings
    from streams.kafka_io import admin

    client = admin(settings)
    try:
        existing = set(client.list_topics())
        for table in app.tables.values():
            topic = table.changelog_topic
            name = topic.get_topic_name()
            if name in existing:
                continue
            config = {"cleanup.policy": "compact"} if topic.compacting else {}
            spec = {"num_partitions": topic.partitions, "replication_factor": settings.replication_factor}
            with suppress(TopicAlreadyExistsError):  # another worker of the group made it meanwhile
                client.create_topics({name: {**spec, "configs": config}}, wait_for_metadata=True)
    finally:
        client.close()


def _quiet_root_logger(loglevel: str) -> Any:
    """A startup task that puts the root logger back at ``loglevel``.

    At WARN and above Faust's worker adds a terminal spinner that ticks on every log record, and sets
    the root logger to DEBUG for it; every ``logger.debug`` in Faust and aiokafka (several per message
    sent) then builds a record only to drop it: 30 % of the time spent in ``Topic.send``.
    """

    async def quiet_root_logger() -> None:
        from faust.utils.terminal import SpinnerHandler

        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, SpinnerHandler)]:
            root.removeHandler(handler)
        root.setLevel(loglevel.upper() if loglevel != "crit" else "CRITICAL")

    return quiet_root_logger


def run(loglevel: str = "warn") -> None:
    from streams.agents import extract, merge, tally  # noqa: F401 - registers the agents
    from streams.agents.app import app
    from streams.agents.monitoring import install

    install(app)
    app.task(_quiet_root_logger(loglevel))
    app.conf.datadir.mkdir(parents=True, exist_ok=True)
    try:
        ensure_changelog_topics(app)
    except Exception as exc:  # broker not up yet: Faust retries, and creates the topics itself
        print(f"raidtally: could not pre-create changelog topics: {exc!r}", file=sys.stderr)

    sys.argv = [sys.argv[0], "worker", "--loglevel", loglevel]
    app.main()
