"""The hand-written fixture articles and their expected reports, as loaded by the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec

import schemas

FIXTURES = Path(__file__).parent / "fixtures" / "articles.json"


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(FIXTURES.read_text(encoding="utf-8"))
    return cases


def to_article(raw: dict[str, Any]) -> schemas.Article:
    return msgspec.convert(raw, schemas.Article)
