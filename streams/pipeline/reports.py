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
