"""The hand-written fixture articles give exactly the reports written next to them."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

import schemas
from streams.pipeline.extraction import extract
from tests.pipeline.extraction.cases import load_cases, to_article

CASES = load_cases()


def test_there_are_enough_fixture_articles() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["expected"]) >= 8, "negatives full of numbers"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_incidents_figures_and_regions(case: dict[str, Any]) -> None:
    # The labels give an article's incidents in no particular order. Another incident the article only
    # cites ("the night before, Russia launched 64 drones"), listed under "mentions" like the corpus's
    # mentions_other_incidents, may be reported or not: the scorer does not count it either way.
    mentioned = set(case.get("mentions", ()))
    reports = sorted(
        (r for r in extract(to_article(case["article"])) if r.incident_id not in mentioned),
        key=lambda r: r.incident_id,
    )
    labelled = sorted(case["expected"], key=lambda e: str(e["incident_id"]))
    assert [r.incident_id for r in reports] == [e["incident_id"] for e in labelled]
    for report, expected in zip(reports, labelled, strict=True):
        want = {f: expected["figures"].get(f) for f in schemas.FIELDS}
        got = {f: report.figures.get(f) for f in schemas.FIELDS}
        assert got == want
        assert report.regions == sorted(expected["regions"])


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"]], ids=lambda c: c["name"])
def test_report_envelope(case: dict[str, Any]) -> None:
    article = to_article(case["article"])
    for report in extract(article):
        date, direction = report.incident_id.split(":")
        attacker, target = direction.split(">")
        assert (report.date, report.attacker, report.target) == (date, attacker, target)
        assert report.article_id == article.article_id == case["article"]["id"]
        assert (
            report.report_id == hashlib.sha256(f"{article.id}|{report.incident_id}".encode()).hexdigest()[:16]
        )
        assert report.published_at == article.published_at
        assert report.outlet == article.outlet
        assert report.fingerprint is None
        assert report.date_basis in ("explicit", "published")
        stated = report.figures.stated()
        assert [e.field for e in report.evidence] == list(stated)
        assert all(e.value == stated[e.field] for e in report.evidence)


def test_output_is_deterministic_and_sorted() -> None:
    for case in CASES:
        article = to_article(case["article"])
        first, second = extract(article), extract(article)
        assert schemas.report.encoder.encode(first) == schemas.report.encoder.encode(second)
        assert [r.incident_id for r in first] == sorted(r.incident_id for r in first)


def test_claimants_are_named() -> None:
    by_name = {c["name"]: c for c in CASES}
    (mod,) = extract(to_article(by_name["russian_mod_claim"]["article"]))
    assert mod.claimant == "Russian Ministry of Defence"
    (air,) = extract(to_article(by_name["wire_all_of_them"]["article"]))
    assert air.claimant == "Ukrainian Air Force"
    (governor,) = extract(to_article(by_name["daytime_ballistic_strike_governor"]["article"]))
    assert governor.claimant == "Regional authorities"


def test_date_basis_published_without_any_date_word() -> None:
    article = schemas.Article(
        id="nodate",
        published_at="2024-04-02T09:00:00Z",
        body="Russian drones struck an oil depot in the Rivne region, injuring two workers, officials said",
    )
    (report,) = extract(article)
    assert (report.date, report.date_basis) == ("2024-04-02", "published")


def test_bad_timestamp_raises_for_the_worker_to_reject() -> None:
    article = schemas.Article(published_at="yesterday-ish", body="Russia launched 10 drones at Kyiv.")
    with pytest.raises(ValueError):
        extract(article)


def test_empty_and_unrelated_bodies_give_nothing() -> None:
    assert extract(schemas.Article(published_at="2024-01-01T00:00:00Z", body="")) == []
    assert (
        extract(schemas.Article(published_at="2024-01-01T00:00:00Z", body="Rain is expected on 3 days."))
        == []
    )
