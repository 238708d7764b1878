"""The hand-written fixture articles and their expected reports, as loaded by the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

import schemas
from streams.pipeline.extraction import extract

FIXTURES = Path(__file__).parent / "fixtures" / "articles.json"


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(FIXTURES.read_text(encoding="utf-8"))
    return cases


def to_article(raw: dict[str, Any]) -> schemas.Article:
    return msgspec.convert(raw, schemas.Article)


def stated_figures(body: str, published_at: str, title: str | None = None) -> dict[str, dict[str, int]]:
    """The figures each incident of an article of ``body`` states, by incident id (nulls left out)."""
    article = schemas.Article(id="t", published_at=published_at, body=body, title=title)
    return {
        r.incident_id: {f: v for f in schemas.FIELDS if (v := getattr(r.figures, f)) is not None}
        for r in extract(article)
    }


# The fixture files beside articles.json, each written for a group of error classes (see their modules).
EXTRA_FIXTURES = (
    "scope_articles.json",
    "probe_articles.json",
    "negative_articles.json",
    "holdout_articles.json",
    "holdout2_articles.json",
    "holdout3_articles.json",
    "holdout4_articles.json",
    "holdout5_articles.json",
    "holdout6_articles.json",
    "holdout7_articles.json",
    "holdout8_articles.json",
    "holdout9_articles.json",
    "holdout10_articles.json",
    "holdout11_articles.json",
    "holdout12_articles.json",
    "holdout13_articles.json",
    "holdout14_articles.json",
    "holdout15_articles.json",
    "holdout16_articles.json",
    "holdout17_articles.json",
    "holdout18_articles.json",
    "holdout19_articles.json",
    "holdout20_articles.json",
    "holdout21_articles.json",
    "holdout22_articles.json",
    "holdout23_articles.json",
    "holdout24_articles.json",
    "holdout25_articles.json",
    "holdout26_articles.json",
    "holdout27_articles.json",
    "holdout28_articles.json",
    "holdout29_articles.json",
    "holdout30_articles.json",
    "holdout31_articles.json",
    "holdout32_articles.json",
    "holdout33_articles.json",
    "holdout34_articles.json",
    "holdout35_articles.json",
    "holdout36_articles.json",
    "holdout37_articles.json",
    "holdout38_articles.json",
    "holdout39_articles.json",
    "holdout40_articles.json",
    "holdout41_articles.json",
    "holdout42_articles.json",
    "holdout43_articles.json",
    "holdout44_articles.json",
    "holdout45_articles.json",
    "holdout46_articles.json",
    "holdout47_articles.json",
    "holdout48_articles.json",
    "holdout49_articles.json",
    "holdout50_articles.json",
    "holdout51_articles.json",
    "holdout52_articles.json",
    "holdout53_articles.json",
    "holdout54_articles.json",
    "holdout55_articles.json",
    "holdout56_articles.json",
    "holdout57_articles.json",
    "holdout58_articles.json",
    "holdout59_articles.json",
    "holdout60_articles.json",
    "holdout61_articles.json",
    "holdout62_articles.json",
    "holdout63_articles.json",
    "holdout64_articles.json",
    "holdout65_articles.json",
    "holdout66_articles.json",
    "holdout67_articles.json",
    "holdout68_articles.json",
    "holdout69_articles.json",
    "holdout70_articles.json",
    "holdout71_articles.json",
    "holdout72_articles.json",
    "holdout73_articles.json",
    "holdout74_articles.json",
    "holdout75_articles.json",
    "holdout76_articles.json",
    "holdout77_articles.json",
    "holdout78_articles.json",
    "holdout79_articles.json",
)


def load_fixture(name: str) -> list[dict[str, Any]]:
    """The cases of one fixture file of ``fixtures/`` (scope, probe, negative articles)."""
    cases: list[dict[str, Any]] = json.loads((FIXTURES.parent / name).read_text(encoding="utf-8"))
    return cases


def with_gaps(cases: list[dict[str, Any]]) -> list[Any]:
    """The cases as test parameters: one with a ``known_gap`` is a strict xfail, so that it turns red
    once the gap is closed and its mark is removed."""
    return [
        pytest.param(
            c,
            id=c["name"],
            marks=[pytest.mark.xfail(strict=True, reason=c["known_gap"])] if "known_gap" in c else [],
        )
        for c in cases
    ]
