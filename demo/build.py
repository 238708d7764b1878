"""Writes demo/articles.jsonl and demo/expected.json from the hand-written articles in demo/stories.py.

The gold labels sit next to each text in stories.py and were written by hand from that text, following
the project's labelling rules for incidents and figures. This script only serialises them and groups
articles by incident id; it runs no extractor.

    .venv/bin/python -m demo.build
"""

from __future__ import annotations

import json
from pathlib import Path

from demo.stories import ARTICLES, INCIDENT_FIGURES, Story

HERE = Path(__file__).resolve().parent


def article_line(story: Story) -> str:
    record = {
        "id": story.id,
        "url": story.url,
        "outlet": story.outlet,
        "title": story.title,
        "body": story.body,
        "published_at": story.published_at,
        "language": "en",
    }
    return json.dumps(record, ensure_ascii=False)


def expected(stories: list[Story]) -> dict[str, object]:
    members: dict[str, list[str]] = {}
    for story in stories:
        for event in story.events:
            members.setdefault(str(event["incident"]), []).append(story.id)
    return {
        "articles": {
            s.id: {"is_attack_report": bool(s.events), "events": s.events, "notes": s.notes} for s in stories
        },
        "incidents": [
            {"incident_id": i, "article_ids": sorted(ids), "figures": INCIDENT_FIGURES.get(i)}
            for i, ids in sorted(members.items())
        ],
    }


def main() -> None:
    stories = sorted(ARTICLES, key=lambda s: (s.published_at, s.id))
    assert len({s.id for s in stories}) == len(stories), "duplicate article id"
    for s in stories:
        assert 300 <= len(s.body) <= 2500, (s.id, len(s.body))
    (HERE / "articles.jsonl").write_text("".join(article_line(s) + "\n" for s in stories), encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps(expected(stories), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
