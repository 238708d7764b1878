"""The layout's import rules (README, "Layout"), checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

from streams.settings import ROOT

PRODUCTION = ("streams", "schemas", "demo")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _offending(folders: tuple[str, ...], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for folder in folders:
        for path in _modules(folder):
            bad = sorted(m for m in _imports(path) if m.split(".")[0] in forbidden or m in forbidden)
            bad += sorted(
                m for m in _imports(path) if any(m.startswith(f + ".") for f in forbidden if "." in f)
            )
            if bad:
                out[str(path.relative_to(ROOT))] = bad
    return out


def test_the_rule_sees_imports() -> None:
    assert "tests.pipeline.syndication" in _imports(ROOT / "tests" / "pipeline" / "test_merge.py")


def test_nothing_outside_tests_imports_tests() -> None:
    assert _modules("streams") and _modules("schemas")
    assert _offending(PRODUCTION, ("tests",)) == {}


def test_the_pipeline_imports_no_faust_kafka_agents_or_cli() -> None:
    forbidden = ("faust", "aiokafka", "kafka", "mode", "streams.agents", "streams.cli", "streams.local")
    assert _offending(("streams/pipeline",), forbidden) == {}


def test_the_agents_import_no_cli() -> None:
    assert _offending(("streams/agents",), ("streams.cli",)) == {}
