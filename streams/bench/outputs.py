"""What the reliability tests feed the pipeline and what they expect back.

The corpus is streams/bench/synthetic.py's, with the background paragraphs cut so 5,000 articles fit the CI
budget: the news paragraphs (and so every figure and date) stay as generated. The expected final state
is computed with the pure functions (extract → merge → tally) that the agents wrap; those are unit-tested
on their own, and one in-broker uninterrupted run (the ``reference`` fixture) is checked against it.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import msgspec

from schemas.article import Article
from schemas.article import encoder as article_encoder
from schemas.figures import Figures
from schemas.incident import encoder as incident_encoder
from schemas.tally import encoder as tally_encoder
from streams.bench.harness import Worker, latest_per_key, read_topic
from streams.bench.synthetic import FILLER, generate
from streams.pipeline.keys import parse_incident_id
from streams.pipeline.merge import build_incidents
from streams.pipeline.reports import reports_for
from streams.pipeline.tally import all_tallies, apply

Messages = list[tuple[bytes | None, bytes | None]]
_FILLER = frozenset(FILLER)


def short_articles(n: int, seed: int) -> list[Article]:
    """``n`` synthetic articles without their filler paragraphs (~0.5 KB instead of 3–6 KB)."""
    out = []
    for article in generate(n, seed=seed):
        news = [p for p in article.body.split("\n\n") if p not in _FILLER]
        out.append(msgspec.structs.replace(article, body="\n\n".join(news)))
    return out


def as_messages(articles: Iterable[Article]) -> Messages:
    return [((a.id or "").encode(), article_encoder.encode(a)) for a in articles]


@dataclass(frozen=True)
class Outputs:
    """Latest value per key (tombstones dropped) of the incidents and tallies topics."""

    incidents: dict[bytes, bytes]
    tallies: dict[bytes, bytes]


def expected_outputs(articles: Iterable[Article]) -> Outputs:
    """The final state an uninterrupted, exactly-once run must reach, from the pure functions."""
    reports = [r for a in articles for r in reports_for(a)]
    incidents = build_incidents(reports)
    buckets: dict[tuple[str, str], dict[date, dict[str, Figures]]] = defaultdict(dict)
    for iid, incident in incidents.items():
        pair = buckets[(incident.attacker, incident.target)]
        day, _ = parse_incident_id(iid)
        pair[day] = apply(pair.get(day, {}), iid, incident.figures)
    tallies: dict[bytes, bytes] = {}
    for (attacker, target), pair_buckets in buckets.items():
        for key, tally in all_tallies(attacker, target, pair_buckets).items():
            tallies[key.encode()] = tally_encoder.encode(tally)
    return Outputs(
        incidents={iid.encode(): incident_encoder.encode(inc) for iid, inc in incidents.items()},
        tallies=tallies,
    )


def read_outputs(bootstrap: str, prefix: str) -> tuple[Outputs, Messages]:
    """The outputs of a prefix and every incident message (for the version check)."""
    incident_log = read_topic(bootstrap, f"{prefix}.incidents", idle=1.0)
    tallies = latest_per_key(read_topic(bootstrap, f"{prefix}.tallies", idle=1.0))
    return Outputs(latest_per_key(incident_log), tallies), incident_log


def wait_for_outputs(
    bootstrap: str, prefix: str, expected: Outputs, *, timeout: float = 180.0
) -> tuple[Outputs, Messages]:
    """Poll the output topics until they equal ``expected``; returns the last read either way.

    Polling for the known answer ends a run as soon as it is right, instead of waiting out a
    fixed "no more changes" period; a wrong run ends at the timeout and the caller's assert shows it.
    """
    deadline = time.monotonic() + timeout
    while True:
        got, log = read_outputs(bootstrap, prefix)
        if got == expected or time.monotonic() > deadline:
            return got, log
        time.sleep(2.0)


def duplicate_versions(incident_log: Messages) -> dict[tuple[str, int], int]:
    """(incident_id, version) pairs published with different values from the same set of reports.

    The same reports must always give the same bytes, whatever was redelivered or replayed: a second
    value is a duplicated version. (Two values of one version from *different* report sets can happen
    in any run, crash or not: when a report moves to a neighbouring night under the date rule, the
    count of reports can repeat; ``regrouped_versions`` counts those.)
    """
    seen: dict[tuple[str, int, tuple[str, ...]], set[bytes]] = defaultdict(set)
    for key, value in incident_log:
        if key is None or value is None:
            continue
        record = json.loads(value)
        seen[(key.decode(), int(record["version"]), tuple(record["report_ids"]))].add(value)
    return {(iid, version): len(values) for (iid, version, _), values in seen.items() if len(values) > 1}


def regrouped_versions(incident_log: Messages) -> int:
    """How many (incident_id, version) pairs were published with two different sets of reports."""
    seen: dict[tuple[str, int], set[tuple[str, ...]]] = defaultdict(set)
    for key, value in incident_log:
        if key is not None and value is not None:
            record = json.loads(value)
            seen[(key.decode(), int(record["version"]))].add(tuple(record["report_ids"]))
    return sum(1 for sets in seen.values() if len(sets) > 1)


def diff(got: dict[bytes, bytes], want: dict[bytes, bytes]) -> str:
    """A short account of how two keyed states differ, for assertion messages."""
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    changed = sorted(k for k in set(got) & set(want) if got[k] != want[k])
    lines = [f"missing {len(missing)}, extra {len(extra)}, different {len(changed)}"]
    lines += [f"  missing {k!r}" for k in missing[:5]]
    lines += [f"  extra {k!r}" for k in extra[:5]]
    lines += [f"  {k!r}: got {got[k][:300]!r}\n    want {want[k][:300]!r}" for k in changed[:3]]
    return "\n".join(lines)


def consumed(worker: Worker) -> float:
    """raidtally_articles_consumed_total of a live worker; 0 while it is not serving /metrics yet."""
    try:
        return worker.metric("raidtally_articles_consumed_total")
    except (OSError, urllib.error.URLError):
        return 0.0


def wait_until(condition: Callable[[], bool], *, timeout: float, what: str, poll: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(poll)
