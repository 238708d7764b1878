"""The reliability suite's shared state: one corpus, its expected outputs, one uninterrupted run.

The uninterrupted in-broker run (``reference``) is the baseline the crash, scale-out and replay tests
compare against byte for byte; it is itself checked against the pure functions' answer.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from schemas.article import Article
from streams.bench.harness import create_topics, delete_topics_with_prefix, env_for, running_worker, send_raw
from streams.bench.outputs import (
    Messages,
    Outputs,
    as_messages,
    diff,
    duplicate_versions,
    expected_outputs,
    regrouped_versions,
    short_articles,
    wait_for_outputs,
)

# The crash test runs the full 5,000 articles; the other broker tests use a smaller slice of the same
# generator so the whole reliability suite stays within a few minutes on two cores.
CORPUS_SIZE = 5000
SMALL_SIZE = 1500
CORPUS_SEED = 20260101


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    messages: Messages
    expected: Outputs


@dataclass(frozen=True)
class Reference:
    prefix: str
    outputs: Outputs
    incident_log: Messages
    seconds: float  # from first article produced to the expected outputs read back


def make_corpus(n: int) -> Corpus:
    articles = short_articles(n, CORPUS_SEED)
    return Corpus(articles, as_messages(articles), expected_outputs(articles))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """5,000 articles and the final state the pure functions give for them."""
    return make_corpus(CORPUS_SIZE)


@pytest.fixture(scope="session")
def small() -> Corpus:
    return make_corpus(SMALL_SIZE)


@pytest.fixture(scope="session")
def reference(
    kafka_bootstrap: str, small: Corpus, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Reference]:
    """One worker, never interrupted, over the small corpus."""
    prefix = f"test-rel-ref-{uuid.uuid4().hex}"
    env = env_for(kafka_bootstrap, prefix)
    create_topics(env)
    try:
        with running_worker(env, tmp_path_factory.mktemp("reference") / "worker.log"):
            started = time.monotonic()
            send_raw(kafka_bootstrap, f"{prefix}.articles", small.messages)
            outputs, log = wait_for_outputs(kafka_bootstrap, prefix, small.expected)
            seconds = time.monotonic() - started
        assert outputs.incidents == small.expected.incidents, diff(
            outputs.incidents, small.expected.incidents
        )
        assert outputs.tallies == small.expected.tallies, diff(outputs.tallies, small.expected.tallies)
        assert duplicate_versions(log) == {}
        print(
            f"\nreference run: {SMALL_SIZE} articles in {seconds:.1f}s, {len(log)} incident messages, "
            f"{regrouped_versions(log)} versions regrouped"
        )
        yield Reference(prefix, outputs, log, seconds)
    finally:
        delete_topics_with_prefix(kafka_bootstrap, prefix)
