"""Pages first published at night and updated the next morning.

A page stamped with its first publication ("published_at" the evening before) but saying at its top that
it was updated a day later reads as of that later day: its "overnight" is the night that ended on the
morning of the update, not the night before the first publication.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("header", "published_at"),
    [
        (
            "First published at 22:10 on Tuesday 7 October; updated at 08:45 on Wednesday 8 October.",
            "2025-10-07T19:10:00Z",
        ),
        (
            "This story was first published late on 7 October and has been updated with figures from the air "
            "force on the morning of 8 October (all times Kyiv).",
            "2025-10-07T20:05:00Z",
        ),
        ("Updated 8 October, 09:30.", "2025-10-07T21:40:00Z"),
    ],
)
def test_the_update_day_dates_the_nights_figures(header: str, published_at: str) -> None:
    body = (
        f"{header}\n"
        "UPDATE: Russia attacked Ukraine overnight with 96 drones, the air force said. Air defences shot "
        "down 70 of them. Two people were injured in the Poltava region.\n"
        "ORIGINAL STORY: Air raid alerts were declared across central Ukraine on Tuesday evening as drones "
        "headed towards Poltava."
    )
    assert stated_figures(body, published_at) == {
        "2025-10-08:RU>UA": {"drones_launched": 96, "drones_intercepted": 70, "injured": 2}
    }


def test_a_page_updated_the_same_evening_keeps_its_day() -> None:
    body = (
        "Updated at 23:30.\n"
        "Russian drones attacked Odesa on Tuesday evening, injuring three people, the regional governor "
        "said. The air force said 12 drones had been launched at the region."
    )
    assert stated_figures(body, "2025-10-07T19:00:00Z") == {
        "2025-10-07:RU>UA": {"drones_launched": 12, "injured": 3}
    }


@pytest.mark.parametrize(
    "earlier",
    [
        "Earlier this morning officials reported one dead and 20 injured.",
        "Earlier today, the regional administration had reported one dead and 20 injured.",
    ],
)
def test_an_update_at_the_top_outweighs_the_first_reports_told_after_it(earlier: str) -> None:
    body = (
        "UPDATE 13:05: Four people have now died as a result of the overnight attack on Zaporizhzhia and "
        f"31 have been injured, the regional governor said. {earlier}\n"
        "Russia struck Zaporizhzhia with drones and guided bombs overnight, hitting a residential block.\n"
        "Across Ukraine, Russia launched 80 drones, the air force said. Hits were also recorded in the "
        "Dnipropetrovsk region, where officials said no one was hurt."
    )
    assert stated_figures(body, "2025-10-08T10:30:00Z") == {
        "2025-10-08:RU>UA": {"drones_launched": 80, "killed": 4, "injured": 31}
    }


def test_a_first_reports_toll_stands_where_no_later_toll_of_its_kind_is_given() -> None:
    body = (
        "Russia launched 60 drones at Ukraine overnight, the air force said on Tuesday.\n"
        "Governor Ivan Fedorov initially reported three dead and 9 injured in Zaporizhzhia; by mid-morning "
        "he said the number of injured had risen to 12."
    )
    assert stated_figures(body, "2025-10-21T10:10:00Z") == {
        "2025-10-21:RU>UA": {"drones_launched": 60, "killed": 3, "injured": 12}
    }
