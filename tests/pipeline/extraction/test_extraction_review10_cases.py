"""Probes a reviewer wrote against the tenth session's rules (their own sentences and short articles,
each labelled by the corpus conventions before either version of the code ran on it). Run against the
code before and after, 21 were regressions at first; the rules were narrowed until none was, and these
are the probes both versions, or the new one, get right. ``partial`` cases check only the fields listed
(a null there means the field is absent).

The eleventh session's probes (``review11_cases.json``) are of three sets, each labelled before any
run: a reviewer's edge cases of that session's rules (71 of 132 right on the starting code, 109 at the
end, after its one regression was fixed), and two helpers' sets of reader constructions and of tolls,
dates, places and sides (101 of 150 and 103 of 120 right on the starting code, 115 and 109 at the end).
The probes right at the end are kept here.

The twelfth session's (``review12_cases.json``) are a reviewer's edge cases of that session's rules, 104
labelled before any run: 70 right on the starting code; 82 on the code the reviewer saw, with 8
regressions (a toll after a sentence about shelling, "not seriously injured", a time a mayor posted at,
a story's own list after its text taken for links); 89 at the end, with none. The 89 are kept here.

The fourteenth session's (``review14_cases.json``) are four sets, each written and labelled by a helper
before any run: a reviewer's edge cases of that session's rules (60 of 103 right on the starting code, 83
on the code it saw, with one regression, 92 at the end, with none), and three sets of 160 wordings each —
of figures (120 right on the starting code, 134 at the end), of dates and sides (116, 132), and of wholes
and parts (137, 146). The 504 right at the end are kept here.
The fifteenth session's (``review15_cases.json``) are four sets, each written and labelled by a helper
before any run: a reviewer's edge cases of that session's rules (46 of 91 right on the starting code, 68
on the code it saw, with 8 regressions, 76 at the end, with none), and three sets of 160 wordings each —
of tolls (133 right on the starting code, 137 at the end, its three lone-missile stories left out: the
corpus counts the one missile), of interceptions and losses (134, 138) and of missiles and totals (115,
119). The 470 right at the end are kept here.
The twentieth session's (``review20_cases.json``) are two reviewers' edge cases of that session's rules, each
labelled before any run: of two nights in one story, a story dated by its own side and the attack's day
after a verb of saying (35 of 61 right on the starting code, 48 on the code the reviewer saw, with two
regressions, 54 at the end, with none), and of evening windows, weapon wording, zeros on raids on Russia and
updated pages (32 of 59 right on the code before them, 34 on the code the reviewer saw, with 14
regressions, 49 at the end, with none). The 103 right at the end are kept here.
The twenty-first session's (``review21_cases.json``) are three reviewers' edge cases of that session's
rules, each labelled before any run, half of them or more near-misses where a rule must not fire: of parts,
losses, a post's dash lines, "These were" and the figures a breakdown gave (27 of 40 right on the starting
code, 26 on the code the reviewer saw, with five regressions, 36 at the end, with none); of earlier
strikes counted back in days, appositions, "another N over the south" and a strike by day on one city (21 of
40, 16 on the code the reviewer saw, with 13 regressions, 27 at the end, with none; the by-day and
apposition rules were withdrawn); and of all of them as mended (27 of 40, 25 on the code the reviewer saw,
with nine regressions, 35 at the end, with none). The 98 right at the end are kept here.
The twenty-second session's (``review22_cases.json``) are two reviewers' edge cases, labelled before any
run: of losses, missile kinds and a post's lines that name the weapon first (19 of 40 right on the starting
code, 27 on the code the reviewer saw, with four regressions, 30 at the end, with none), and of a post's
heading, "until", hyphen asides, "in the same month", digests, an explainer's questions, "and all of them",
spaced dashes and surnames (26 of 50, 22 on the code the reviewer saw, with 12 regressions, 35 at the end,
with none). The 65 right at the end are kept here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.figures import read_figures

CASES: list[dict[str, Any]] = [
    case
    for name in (
        "review10_cases.json",
        "review11_cases.json",
        "review12_cases.json",
        "review14_cases.json",
        "review15_cases.json",
        "review20_cases.json",
        "review21_cases.json",
        "review22_cases.json",
    )
    for case in json.loads((Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['rule']}" for i, c in enumerate(CASES)])
def test_review_probe(case: dict[str, Any]) -> None:
    expected = case["expected"]
    if case["kind"] == "sentence":
        got = [(f.category, f.role, f.value, f.place) for f in read_figures(case["text"], case.get("carry"))]
        assert [g[: len(e)] for g, e in zip(got, expected, strict=True)] == [tuple(e) for e in expected]
        return
    article = schemas.Article(
        id="t", published_at=case.get("published_at", "2025-06-18T06:30:00Z"), body=case["text"]
    )
    # (another night a probe only cites, listed under "mentions", is not checked: see the fixture files)
    mentioned = set(case.get("mentions", ()))
    stated = {r.incident_id: r.figures.stated() for r in extract(article) if r.incident_id not in mentioned}
    if case.get("partial"):
        for incident, fields in expected.items():
            assert {f: stated.get(incident, {}).get(f) for f in fields} == fields
    else:
        assert stated == expected
