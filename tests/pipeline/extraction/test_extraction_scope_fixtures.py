"""Hand-written articles on the scope of figures (regional shares, several places' tolls, stated zeros,
numbers that count something else) give exactly the reports written next to them.

The cases are checked, with the other fixture files, in test_extraction_fixture_files.py (a case
with a ``known_gap`` is a strict xfail); this module checks the file's shape.
"""

from __future__ import annotations

from tests.pipeline.extraction.cases import load_fixture

CASES = load_fixture("scope_articles.json")


def test_every_class_has_enough_cases() -> None:
    prefixes = ("scope_", "zero_", "period_")
    assert all(c["name"].startswith(prefixes) for c in CASES)
    assert all(sum(c["name"].startswith(p) for c in CASES) >= 5 for p in ("zero_", "period_"))
    # "scope_" holds two classes: weapon counts (fx300-) and casualty tolls (fx310-).
    ids = [int(c["article"]["id"].removeprefix("fx")) for c in CASES]
    assert sum(300 <= i < 310 for i in ids) >= 5 and sum(310 <= i < 320 for i in ids) >= 5
    assert len(set(ids)) == len(ids) and min(ids) >= 300
