"""`raidtally extract`: Article JSON Lines in, Report JSON Lines out, in input order, no broker."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from schemas.report import encoder as report_encoder
from streams.pipeline.intake import Invalid, decode_article
from streams.pipeline.reports import reports_for


@dataclass
class Counts:
    articles: int = 0
    with_reports: int = 0
    reports: int = 0
    invalid: int = 0


def extract_lines(lines: Iterable[bytes] | BinaryIO, out: TextIO, max_bytes: int) -> Counts:
    counts = Counts()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        counts.articles += 1
        result = decode_article(line.rstrip(b"\r\n"), max_bytes)
        if isinstance(result, Invalid):
            counts.invalid += 1
            print(f"line {number}: {result.reason}: {result.detail}", file=sys.stderr)
            continue
        reports = reports_for(result)
        counts.with_reports += bool(reports)
        counts.reports += len(reports)
        for report in reports:
            out.write(report_encoder.encode(report).decode("utf-8"))
            out.write("\n")
    out.flush()
    return counts
