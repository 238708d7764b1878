"""The bundled demo, extracted and merged without a broker, against its hand-derived labels
(demo/expected.json, written from the article texts by a person, never by running the code)."""

from __future__ import annotations

import json

from schemas.article import decoder
from schemas.figures import FIELDS
from streams.cli.demo import DEMO_ARTICLES
from streams.pipeline.merge import build_incidents
from streams.pipeline.reports import reports_for

EXPECTED = json.loads((DEMO_ARTICLES.parent / "expected.json").read_text(encoding="utf-8"))


def demo_incidents() -> dict:
    articles = [decoder.decode(line) for line in DEMO_ARTICLES.read_bytes().splitlines() if line.strip()]
    return build_incidents(r for a in articles for r in reports_for(a))


def test_demo_articles_group_into_the_labelled_incidents() -> None:
    incidents = demo_incidents()
    expected = {e["incident_id"]: sorted(e["article_ids"]) for e in EXPECTED["incidents"]}
    assert {iid: inc.article_ids for iid, inc in incidents.items()} == expected


def test_demo_incident_figures_match_the_labels() -> None:
    incidents = demo_incidents()
    stated = agreed = 0
    wrong = []
    for e in EXPECTED["incidents"]:
        got = incidents[e["incident_id"]].figures
        for field in FIELDS:
            want = e["figures"].get(field)
            if want is None:
                assert got.get(field) is None or field.startswith("total"), (e["incident_id"], field)
                continue
            stated += 1
            if got.get(field) == want:
                agreed += 1
            else:
                wrong.append((e["incident_id"], field, got.get(field), want))
    # Claimant reading still misses a few attributions (see the extraction issue's note).
    assert agreed / stated >= 0.95, wrong
