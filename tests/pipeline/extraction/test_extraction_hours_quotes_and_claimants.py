"""The hours of a daytime strike, counts told in quotes, parts sharing a participle, two claimants.

- A strike "shortly after noon", "at about 10:15 a.m." or "at 2 p.m." is a daytime strike: the one city's
  officials count all of it, missiles and drones (at night a region's drone count is its share).
- A bare count with the words of its report in quotes ('21 "were lost locally"') reads as the words.
- ", with nine of the missiles and 70 of the drones shot down": both parts were shot down.
- The air force's weapon count stands over another named source's (the president's "10 missiles").

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Russia fired two Iskander-M missiles at Dnipro shortly after noon on Monday, killing one person "
            "and injuring five, the regional governor said.",
            "2025-03-10T15:00:00Z",
            {"2025-03-10:RU>UA": {"missiles_launched": 2, "killed": 1, "injured": 5}},
        ),
        (
            "Three Russian drones struck Sumy on Tuesday, the regional military administration said. The "
            "attack came at about 10:15 a.m., when the city centre was busy. Four people were injured.",
            "2025-03-11T12:00:00Z",
            {"2025-03-11:RU>UA": {"drones_launched": 3, "injured": 4}},
        ),
        (
            "Russia fired two ballistic missiles at Kharkiv at 2 p.m. on Wednesday, the mayor said. Six "
            "people were injured.",
            "2025-03-12T16:00:00Z",
            {"2025-03-12:RU>UA": {"missiles_launched": 2, "injured": 6}},
        ),
        # at night, the region's drones are its share of the night's waves
        (
            "Russia attacked Sumy with three drones overnight, the regional military administration said. "
            "Four people were injured.",
            "2025-03-11T06:00:00Z",
            {"2025-03-11:RU>UA": {"injured": 4}},
        ),
    ],
)
def test_a_daytime_strike_is_counted_by_its_city(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


FRIDAY = "2025-03-14T07:00:00Z"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia launched 64 Shahed drones overnight, the air force said on Friday. Forty were shot down, "
            'while 21 "were lost locally".',
            {"drones_launched": 64, "drones_intercepted": 40, "drones_suppressed": 21},
        ),
        (
            'The air force said 57 drones were shot down overnight and 12 "did not reach their targets" '
            "because of electronic warfare. Russia launched 75 drones in all.",
            {"drones_launched": 75, "drones_intercepted": 57, "drones_suppressed": 12},
        ),
    ],
)
def test_a_count_reported_in_quotes(body: str, expected: dict[str, int]) -> None:
    assert stated_figures(body, FRIDAY) == {"2025-03-14:RU>UA": expected}


def test_two_parts_share_the_participle_after_them() -> None:
    body = (
        "The air force said Russia launched 11 missiles and 84 drones overnight, with nine of the missiles "
        "and 70 of the drones shot down."
    )
    assert stated_figures(body, FRIDAY) == {
        "2025-03-14:RU>UA": {
            "drones_launched": 84,
            "drones_intercepted": 70,
            "missiles_launched": 11,
            "missiles_intercepted": 9,
            "total_launched": 95,
            "total_intercepted": 79,
        }
    }


def test_the_air_force_count_stands_over_the_president_s() -> None:
    body = (
        "Russia attacked Ukraine overnight with 212 drones and 9 missiles, the air force said. Air defence "
        'shot down 188 drones and 7 missiles. President Zelensky said on Telegram that Russia had used "more '
        'than 200 drones and 10 missiles".'
    )
    assert stated_figures(body, FRIDAY) == {
        "2025-03-14:RU>UA": {
            "drones_launched": 212,
            "drones_intercepted": 188,
            "missiles_launched": 9,
            "missiles_intercepted": 7,
            "total_launched": 221,
            "total_intercepted": 195,
        }
    }


@pytest.mark.parametrize(
    "body",
    [
        "The attack on Dnipro began at 3 a.m. and the last drones were shot down at about 9:40 a.m., the "
        "regional governor said, adding that 14 drones were downed over the region and three people were "
        "injured.",
        "Air defence worked over Dnipro from 02:00, and the last explosions were heard at 09:15, the "
        "regional governor said. Fourteen drones were shot down over the region, and three people were "
        "injured.",
    ],
)
def test_a_morning_hour_after_an_hour_of_the_night_ends_a_night_attack(body: str) -> None:
    # the region's drones are its share of the night's waves; the toll is the attack's
    assert stated_figures(body, "2025-03-12T10:00:00Z") == {"2025-03-12:RU>UA": {"injured": 3}}
