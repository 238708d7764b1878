"""What the pipeline is measured against: extraction alone, the broker alone, and a Faust-less loop."""

from __future__ import annotations

import time
from collections.abc import Sequence

from schemas.article import Article
from schemas.report import encoder as report_encoder
from streams.bench import brokerio
from streams.pipeline.intake import Invalid, decode_article
from streams.pipeline.keys import report_key
from streams.pipeline.reports import reports_for
from streams.settings import Settings


def extraction_rate(articles: Sequence[Article]) -> float:
    """Articles/s through ``reports_for`` in this process (one core), on decoded articles."""
    started = time.perf_counter()
    for article in articles:
        reports_for(article)
    return len(articles) / (time.perf_counter() - started)


def broker_alone(settings: Settings, messages: Sequence[tuple[bytes, bytes]]) -> dict[str, float]:
    """Ceiling 1: produce the corpus bytes to a topic, then consume them back, with kafka-python."""
    topic = settings.topic("articles")
    brokerio.create(settings)
    started = time.perf_counter()
    brokerio.produce(settings, topic, messages)
    produced = time.perf_counter()
    count = brokerio.read_all(settings, topic, lambda _record: None)
    consumed = time.perf_counter()
    if count != len(messages):
        raise RuntimeError(f"broker ceiling read {count} of {len(messages)} messages")
    return {
        "produce_articles_per_s": len(messages) / (produced - started),
        "consume_articles_per_s": len(messages) / (consumed - produced),
        "articles_per_s": len(messages) / (consumed - started),
    }


def plain_loop(settings: Settings, messages: Sequence[tuple[bytes, bytes]]) -> dict[str, float]:
    """Ceiling 2: consumer → decode → ``reports_for`` → producer, one process, no Faust.

    The articles are produced first (not timed); the clock runs from the first poll to the flush of
    the last report, so it is the same work as the extract agent's with none of Faust's machinery.
    """
    brokerio.create(settings)
    brokerio.produce(settings, settings.topic("articles"), messages)
    reports_topic = settings.topic("reports")
    client = brokerio.consumer(settings, group=f"{settings.app_id}-plain")
    out = brokerio.producer(settings)
    seen = 0
    try:
        client.subscribe([settings.topic("articles")])
        started = time.perf_counter()
        while seen < len(messages):
            for records in client.poll(timeout_ms=1000).values():
                for record in records:
                    seen += 1
                    article = decode_article(record.value, settings.max_article_bytes, None)
                    if isinstance(article, Invalid):
                        continue
                    for report in reports_for(article):
                        out.send(reports_topic, key=report_key(report), value=report_encoder.encode(report))
            if time.perf_counter() - started > 3600:
                raise TimeoutError("plain loop took over an hour")
        out.flush()
        elapsed = time.perf_counter() - started
    finally:
        out.close()
        client.close()
    return {"articles_per_s": len(messages) / elapsed, "seconds": elapsed}
