"""Hand-written articles on the scope of figures (regional shares, several places' tolls, stated zeros,
numbers that count something else) give exactly the reports written next to them.

They run through the same checks as ``fixtures/articles.json``. A case the extractor does not get right
yet carries a ``known_gap`` (one line why) and is a strict xfail: the label stays as the labelling rules
say, and the case turns red once the gap is closed, so that its mark is removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.extraction import test_extraction_fixtures as fixtures
from tests.pipeline.extraction.cases import load_fixture, with_gaps

CASES = load_fixture("scope_articles.json")


def test_every_class_has_enough_cases() -> None:
    prefixes = ("scope_", "zero_", "period_")
    assert all(c["name"].startswith(prefixes) for c in CASES)
    assert all(sum(c["name"].startswith(p) for c in CASES) >= 5 for p in ("zero_", "period_"))
    # "scope_" holds two classes: weapon counts (fx300-) and casualty tolls (fx310-).
    ids = [int(c["article"]["id"].removeprefix("fx")) for c in CASES]
    assert sum(300 <= i < 310 for i in ids) >= 5 and sum(310 <= i < 320 for i in ids) >= 5
    assert len(set(ids)) == len(ids) and min(ids) >= 300


@pytest.mark.parametrize("case", with_gaps(CASES))
def test_incidents_figures_and_regions(case: dict[str, Any]) -> None:
    fixtures.test_incidents_figures_and_regions(case)


# A known gap is in the figures, scope or incidents; the envelope of whatever is extracted holds anyway.
@pytest.mark.parametrize("case", [c for c in CASES if c["expected"]], ids=lambda c: c["name"])
def test_report_envelope(case: dict[str, Any]) -> None:
    fixtures.test_report_envelope(case)
