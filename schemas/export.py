"""Export every Struct's JSON Schema under schemas/json/, for producers in other languages.

Run `python -m schemas.export` after changing a schema; tests/test_schemas.py fails when a file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from schemas.article import Article
from schemas.incident import Incident
from schemas.rejected import Rejected
from schemas.report import Report
from schemas.tally import Tally

EXPORTS: dict[str, type[msgspec.Struct]] = {
    "article": Article,
    "report": Report,
    "incident": Incident,
    "tally": Tally,
    "rejected": Rejected,
}
FOLDER = Path(__file__).resolve().parent / "json"


def rendered() -> dict[Path, str]:
    """File path → the JSON Schema text it should hold."""
    return {
        FOLDER / f"{name}.schema.json": json.dumps(msgspec.json.schema(struct), indent=2, sort_keys=True)
        + "\n"
        for name, struct in EXPORTS.items()
    }


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for path, text in rendered().items():
        path.write_text(text, encoding="utf-8")
        print(path.relative_to(FOLDER.parent.parent))


if __name__ == "__main__":
    main()
