"""Schemas: exported JSON Schemas are current; old messages still decode; round trips are exact."""

from __future__ import annotations

import msgspec
import pytest

from schemas import Article, Figures, Incident, Report
from schemas import article as article_mod
from schemas import incident as incident_mod
from schemas import report as report_mod
from schemas.export import rendered


def test_exported_json_schemas_are_current() -> None:
    stale = [
        path.name
        for path, text in rendered().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], f"run `python -m schemas.export`: stale {stale}"


def test_article_ignores_unknown_fields_and_defaults_language() -> None:
    raw = b'{"id": "x1", "body": "text", "published_at": "2025-01-01T00:00:00Z", "gold": {"a": 1}}'
    article = article_mod.decoder.decode(raw)
    assert article.id == "x1"
    assert article.language == "en"


def test_article_id_prefers_id_then_url_then_body() -> None:
    with_id = Article(id="abc", url="https://example.org/a", body="b", published_at="2025-01-01T00:00:00Z")
    by_url = Article(url="https://WWW.Example.org/a/?utm=1", body="b", published_at="2025-01-01T00:00:00Z")
    same_url = Article(url="http://example.org/a", body="other", published_at="2025-01-01T00:00:00Z")
    by_body = Article(body="b", published_at="2025-01-01T00:00:00Z")
    assert with_id.article_id == "abc"
    assert by_url.article_id == same_url.article_id
    assert by_body.article_id != by_url.article_id
    assert len(by_body.article_id) == 16


def test_report_written_before_date_basis_and_fingerprint_still_decodes() -> None:
    # A report as an early producer wrote it: no date_basis, no fingerprint, no evidence.
    old = (
        b'{"report_id":"r","article_id":"a","incident_id":"2025-07-04:RU>UA","date":"2025-07-04",'
        b'"attacker":"RU","target":"UA","published_at":"2025-07-04T08:00:00Z",'
        b'"figures":{"drones_launched":10}}'
    )
    report = report_mod.decoder.decode(old)
    assert report.date_basis == "published"
    assert report.fingerprint is None
    assert report.figures.drones_launched == 10
    assert report.figures.killed is None


def test_incident_round_trip_is_byte_identical() -> None:
    incident = Incident(
        incident_id="2025-07-04:RU>UA",
        date="2025-07-04",
        attacker="RU",
        target="UA",
        version=2,
        figures=Figures(killed=3),
        regions=["Kyiv"],
        report_ids=["a", "b"],
    )
    encoded = incident_mod.encoder.encode(incident)
    assert incident_mod.encoder.encode(incident_mod.decoder.decode(encoded)) == encoded


@pytest.mark.parametrize("value", [b'{"body": 5, "published_at": "x"}', b'{"published_at": "x"}', b"[]"])
def test_article_schema_rejects_wrong_types(value: bytes) -> None:
    with pytest.raises(msgspec.ValidationError):
        article_mod.decoder.decode(value)


def test_report_schema_requires_figures() -> None:
    with pytest.raises(msgspec.ValidationError):
        report_mod.decoder.decode(b'{"report_id": "r"}')
    assert isinstance(Report.__struct_fields__, tuple)
