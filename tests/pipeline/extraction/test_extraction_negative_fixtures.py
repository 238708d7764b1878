"""Hand-written articles full of numbers and attack words that report no attack (monthly and weekly
statistics, anniversaries, production and aid, air-defence analyses, front-line tallies, courts,
politics, the grid, other wars, sport and culture, the economy, sanctions) give no report; the
positive controls written in the same styles (an overnight report beside monthly statistics, a
governor's post, an air-force post) give exactly the reports written next to them.

The cases are checked, with the other fixture files, in test_extraction_fixture_files.py (a case
with a ``known_gap`` is a strict xfail); this module checks the file's shape.
"""

from __future__ import annotations

from tests.pipeline.extraction.cases import load_fixture

CASES = load_fixture("negative_articles.json")


def test_every_class_has_enough_cases() -> None:
    negatives = [c for c in CASES if c["name"].startswith("negative_")]
    positives = [c for c in CASES if c["name"].startswith("positive_")]
    assert len(negatives) + len(positives) == len(CASES)
    assert len(negatives) >= 36 and len(positives) >= 10
    assert all(not c["expected"] for c in negatives) and all(c["expected"] for c in positives)
    ids = [int(c["article"]["id"].removeprefix("fx")) for c in CASES]
    assert len(set(ids)) == len(ids) and min(ids) >= 500
