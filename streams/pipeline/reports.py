"""Article → reports: the extractor plus what the merge needs from the body (its fingerprint).

Shared by the extract agent, `raidtally extract` and the benchmarks, so all three give the same reports.
"""

from __future__ import annotations

import msgspec

from schemas.article import Article
from schemas.report import Report
from streams.pipeline.extraction import extract
from streams.pipeline.fingerprint import fingerprint


def reports_for(article: Article) -> list[Report]:
    reports = extract(article)
    if not reports:
        return reports
    print_ = fingerprint(article.body)
    return [msgspec.structs.replace(report, fingerprint=print_) for report in reports]


def merge_key(report: Report) -> bytes:
    """Reports are keyed attacker>target so that neighbouring days of one pair meet on one partition."""
    return f"{report.attacker}>{report.target}".encode()


def tally_partition(merge_partition: int, partitions: int) -> int:
    """The partition of a pair's incidents (and so of its tally stage): half-way round from its reports.

    Reports are keyed by pair, so one pair's merge runs on one partition; were its tally stage on the
    same one, the worker holding the busiest pair (most reports are of Russian strikes on Ukraine)
    would carry both stages and set the pace of the group. Faust gives every worker the same partition
    numbers of all topics, in halves or round robin; either way, with two workers on the default six
    partitions, half-way round is the other worker. A pair's incidents still all go to one partition,
    the same one every time, as compaction by incident id needs.
    """
    return (merge_partition + partitions // 2) % partitions
