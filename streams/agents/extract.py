"""extract_reports: articles → reports (keyed attacker>target) or a rejection; nothing is dropped."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import AsyncIterable
from datetime import UTC, datetime
from typing import Any

from schemas.rejected import Rejected
from schemas.rejected import encoder as rejected_encoder
from schemas.report import encoder as report_encoder
from streams.agents.app import app, articles_topic, rejected_topic, reports_topic, settings
from streams.agents.faust_private import handled
from streams.agents.monitoring import metrics
from streams.pipeline.intake import Invalid, decode_article
from streams.pipeline.keys import report_key
from streams.pipeline.reports import reports_for

log = logging.getLogger(__name__)


# A rejection keeps the original bytes while it still fits one produce request: the producer takes up to
# twice the article limit (streams/agents/app.py), and base64 writes four bytes for three.
KEPT_BYTES = settings.max_article_bytes * 7 // 5


def rejection(invalid: Invalid, message: Any) -> bytes:
    value, detail = message.value, invalid.detail[:500]
    if value is not None and len(value) > KEPT_BYTES:
        detail += f" (the {len(value):,} bytes are not kept: a rejection holding them could not be sent)"
        value = None
    return rejected_encoder.encode(
        Rejected(
            reason=invalid.reason,
            detail=detail,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            key_b64=base64.b64encode(message.key).decode() if message.key is not None else None,
            value_b64=base64.b64encode(value).decode() if value is not None else None,
        )
    )


async def extract_article(event: Any) -> None:
    """Send the article's reports, or its rejection."""
    message = event.message
    started = time.perf_counter()
    metrics.consumed()
    log_time = datetime.fromtimestamp(message.timestamp, UTC) if message.timestamp else None
    result = decode_article(message.value, settings.max_article_bytes, log_time)
    if isinstance(result, Invalid):
        metrics.rejected(result.reason)
        await rejected_topic.send(key=message.key, value=rejection(result, message))
        return
    try:
        reports = reports_for(result)
    except Exception as exc:  # one article that trips a bug must neither stop the stream nor vanish
        log.exception("extraction failed on article %r", result.id)
        invalid = Invalid("extraction_failed", f"{type(exc).__name__}: {exc}")
        metrics.rejected(invalid.reason)
        await rejected_topic.send(key=message.key, value=rejection(invalid, message))
        return
    for report in reports:
        await reports_topic.send(key=report_key(report), value=report_encoder.encode(report))
    metrics.extracted(len(reports))
    metrics.observe_latency("extract", time.perf_counter() - started)
    metrics.observe_publication_lag(result.published_at)


@app.agent(articles_topic)
async def extract_reports(stream: AsyncIterable[Any]) -> None:
    async for event in stream.events():  # type: ignore[attr-defined]
        with handled((event,)):
            await extract_article(event)
