"""A probe of hand-written articles, one group per error class of issue 17, give exactly the reports
written next to them.

Each case was labelled by the corpus labelling rules before the extractor was run on it: parts against
totals (``part_``), a place's or the hits' share taken for the attack (``partial_``), another night's
figures and time cues (``time_``), attacker and target (``direction_``), a number read with the wrong
noun or verb (``attach_``), wording the extractor may not know (``wording_``), regions from place lists,
capitals and datelines (``places_``), and articles full of numbers that report no attack
(``negative_``). They run through the same checks as ``fixtures/articles.json``. A case the extractor
does not get right yet carries a ``known_gap`` (one line: what it gets wrong) and is a strict xfail: the
label stays as the rules say, and the case turns red once the gap is closed, so that its mark is removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.extraction import test_extraction_fixtures as fixtures
from tests.pipeline.extraction.cases import load_fixture, with_gaps

CASES = load_fixture("probe_articles.json")
CLASSES = ("part_", "partial_", "time_", "direction_", "attach_", "wording_", "places_")


def _class_of(name: str) -> str:
    # "partial_" also starts with "part": the longest prefix is the class.
    return max((p for p in (*CLASSES, "negative_") if name.startswith(p)), key=len)


def test_every_class_has_enough_cases() -> None:
    assert all(any(c["name"].startswith(p) for p in (*CLASSES, "negative_")) for c in CASES)
    counts = {p: sum(_class_of(c["name"]) == p for c in CASES) for p in CLASSES}
    assert all(n >= 6 for n in counts.values()), counts
    negatives = [c for c in CASES if _class_of(c["name"]) == "negative_"]
    assert len(negatives) >= 5 and all(not c["expected"] for c in negatives)
    assert all(c["expected"] for c in CASES if _class_of(c["name"]) != "negative_")
    ids = [int(c["article"]["id"].removeprefix("fx")) for c in CASES]
    assert len(set(ids)) == len(ids) and min(ids) >= 400


def test_known_gaps_are_one_line() -> None:
    assert all(c["known_gap"].strip() and "\n" not in c["known_gap"] for c in CASES if "known_gap" in c)


@pytest.mark.parametrize("case", with_gaps(CASES))
def test_incidents_figures_and_regions(case: dict[str, Any]) -> None:
    fixtures.test_incidents_figures_and_regions(case)


# A known gap is in the figures, scope or incidents; the envelope of whatever is extracted holds anyway.
@pytest.mark.parametrize("case", [c for c in CASES if c["expected"]], ids=lambda c: c["name"])
def test_report_envelope(case: dict[str, Any]) -> None:
    fixtures.test_report_envelope(case)
