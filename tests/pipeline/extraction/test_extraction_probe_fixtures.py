"""A probe of hand-written articles, one group per error class of issue 17, give exactly the reports
written next to them.

Each case was labelled by the corpus labelling rules before the extractor was run on it: parts against
totals (``part_``), a place's or the hits' share taken for the attack (``partial_``), another night's
figures and time cues (``time_``), attacker and target (``direction_``), a number read with the wrong
noun or verb (``attach_``), wording the extractor may not know (``wording_``), regions from place lists,
capitals and datelines (``places_``), and articles full of numbers that report no attack
(``negative_``). The cases are checked, with the other fixture files, in
test_extraction_fixture_files.py (a case with a ``known_gap`` is a strict xfail); this module checks
the file's shape.
"""

from __future__ import annotations

from tests.pipeline.extraction.cases import load_fixture

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
