"""The worker's entry point: import every agent, then hand over to Faust's worker command."""

from __future__ import annotations

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

    from streams.app import settings
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


def run(loglevel: str = "warn") -> None:
    from streams import extract_agent, merge_agent, tally_agent  # noqa: F401 - registers the agents
    from streams.app import app
    from streams.monitoring import install

    install(app)
    app.conf.datadir.mkdir(parents=True, exist_ok=True)
    try:
        ensure_changelog_topics(app)
    except Exception as exc:  # broker not up yet: Faust retries, and creates the topics itself
        print(f"raidtally: could not pre-create changelog topics: {exc!r}", file=sys.stderr)

    sys.argv = [sys.argv[0], "worker", "--loglevel", loglevel]
    app.main()
