"""Page chrome around the story: a crawl date at the top of the body is not the attack's date."""

from __future__ import annotations

import schemas
from streams.pipeline.extraction import extract


def _article(body: str) -> schemas.Article:
    return schemas.Article(id="page-1", published_at="2025-07-06T06:30:00Z", outlet="example.org", body=body)


def test_a_crawl_date_heading_the_body_is_not_the_incident_date() -> None:
    story = "Air defences shot down 41 drones overnight, Ukraine's air force said on Sunday."
    [report] = extract(_article("date 2025-07-04 " + story))
    assert report.date == "2025-07-06"
    assert report.figures.drones_intercepted == 41


def test_the_same_date_inside_the_story_is_read() -> None:
    story = "On 2025-07-04 air defences shot down 41 drones, Ukraine's air force said on Sunday."
    [report] = extract(_article(story))
    assert report.date == "2025-07-04"
