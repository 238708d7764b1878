"""Every case of the fixture files beside ``fixtures/articles.json`` (``cases.EXTRA_FIXTURES``) gives
exactly the reports written next to it, through the same checks as ``fixtures/articles.json``.

A case the extractor does not get right yet carries a ``known_gap`` (one line: what it gets wrong) and
is a strict xfail: the label stays as the labelling rules say, and the case turns red once the gap is
closed, so that its mark is removed. What each file holds, and its own shape checks, are in its module:
test_extraction_scope_fixtures.py, test_extraction_probe_fixtures.py,
test_extraction_negative_fixtures.py and test_extraction_holdout_fixtures.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.extraction import test_extraction_fixtures as fixtures
from tests.pipeline.extraction.cases import EXTRA_FIXTURES, load_fixture, with_gaps

CASES = [c for name in EXTRA_FIXTURES for c in load_fixture(name)]


def test_ids_are_unique_across_every_fixture_file() -> None:
    ids = [c["article"]["id"] for c in CASES + fixtures.CASES]
    assert len(set(ids)) == len(ids)


def test_known_gaps_are_one_line() -> None:
    assert all(c["known_gap"].strip() and "\n" not in c["known_gap"] for c in CASES if "known_gap" in c)


@pytest.mark.parametrize("case", with_gaps(CASES))
def test_incidents_figures_and_regions(case: dict[str, Any]) -> None:
    fixtures.test_incidents_figures_and_regions(case)


# A known gap is in detection, figures, scope or regions; the envelope of whatever is extracted holds.
@pytest.mark.parametrize("case", [c for c in CASES if c["expected"]], ids=lambda c: c["name"])
def test_report_envelope(case: dict[str, Any]) -> None:
    fixtures.test_report_envelope(case)
