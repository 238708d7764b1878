"""The Faust app: one per worker process, configured from the environment (streams/settings.py).

Agents live in sibling modules (extract, merge, tally) that import this one;
`streams.agents.worker` imports them all and starts the worker.
"""

from __future__ import annotations

from typing import Any

import faust

from streams import settings as settings_module
from streams.agents.faust_private import hold_streams_until_seeked

settings = settings_module.load()


def _credentials() -> Any:
    if settings.sasl_mechanism:
        return faust.SASLCredentials(
            username=settings.sasl_username or "",
            password=settings.sasl_password or "",
            mechanism=settings.sasl_mechanism,
            ssl_context=_ssl_context() if settings.security_protocol == "SASL_SSL" else None,
        )
    if settings.security_protocol == "SSL":
        return faust.SSLCredentials(_ssl_context())
    return None


def _ssl_context() -> Any:
    from streams.security import ssl_context

    return ssl_context(settings)


app = faust.App(
    settings.app_id,
    broker=[f"kafka://{host}" for host in settings.bootstrap_servers.split(",")],
    broker_credentials=_credentials(),
    store=settings.store,
    processing_guarantee=settings.processing_guarantee,
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    web_host=settings.web_host,
    web_bind=settings.web_host,
    web_port=settings.web_port,
    key_serializer="raw",
    value_serializer="raw",
    autodiscover=False,
    consumer_auto_offset_reset="earliest",
    datadir=str(settings.state_dir / "faust" / settings.app_id),
    producer_max_request_size=max(settings.max_article_bytes * 2, 1_048_576),
    # Each article becomes several sends (reports, incidents, tallies, changelogs); live, with no
    # linger, each went out as a produce request of its own (7 % of a live worker's samples were
    # socket writes). 5 ms lets an article's sends share requests, at 5 ms per stage.
    producer_linger=0.005,
    # Per partition fetched ahead of processing. The worker reads ~18 partitions (articles, reports,
    # incidents): 4 MB each held ~18,000 undecoded records (~90 MB) during a replay. Two article
    # limits still fit the largest message the producer accepts (producer_max_request_size).
    consumer_max_fetch_size=max(settings.max_article_bytes * 2, 1_048_576),
    table_standby_replicas=0,
    stream_buffer_maxsize=256,
    broker_commit_every=500,
    broker_commit_interval=1.0,
)


hold_streams_until_seeked()


def topic(short: str) -> Any:
    """A Faust topic of raw bytes under the configured prefix."""
    return app.topic(settings.topic(short), key_type=bytes, value_type=bytes, partitions=settings.partitions)


def table(name: str) -> Any:
    """A plain keyed table of raw bytes (changelog ``{app_id}-{name}-changelog``)."""
    return app.Table(
        name,
        default=None,
        # The key/value types, not the schema, pick the serializer that changelog *recovery* decodes
        # with (faust Collection._serializer_from_type); without them recovery reads raw bytes as JSON,
        # fails on every entry and the restarted worker never becomes ready.
        key_type=bytes,
        value_type=bytes,
        schema=faust.Schema(key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"),
        partitions=settings.partitions,
    )


articles_topic = topic("articles")
reports_topic = topic("reports")
incidents_topic = topic("incidents")
tallies_topic = topic("tallies")
rejected_topic = topic("rejected")
