"""Page chrome around the story: a crawl date at the top of the body is not the attack's date, and the
figures of links to other stories are not the page's."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "links",
    [
        "Most read:\nNight attack on Dnipro: 6 killed, 30 injured\nHow to prepare for blackouts: a checklist",
        "Czytaj także / Read also: Night attack on Kyiv: 315 drones and 7 missiles, 2 dead",
        'Mehr zum Thema / More on this topic:\n"Russia attacks with nearly 500 drones - one dead in Kyiv" '
        '(12.07.2025)\n"Zelensky wants new air defence from Berlin" (13.07.2025)',
        "Sidebar - Latest news:\nNight attack: 104 drones, 70 shot down\nOdesa: two injured after a strike",
        "📌 Read also: Night attack on Odesa: 3 killed, 8 injured, power substation damaged",
    ],
)
def test_figures_in_a_pages_links_to_other_stories_report_no_attack(links: str) -> None:
    body = (
        "Frosty weather with snow will set in across most of Ukraine at the weekend, forecasters said.\n"
        "In Kyiv on Saturday it will be minus 8 at night and minus 3 in the day, with light snow.\n"
        f"{links}\n"
        "Share\nTags: weather, snow"
    )
    article = schemas.Article(id="t", published_at="2025-01-10T09:00:00Z", body=body)
    assert extract(article) == []
