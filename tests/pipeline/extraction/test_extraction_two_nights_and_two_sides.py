"""Stories of two nights, and of both sides' attacks on different days.

A story of tonight's attack that recaps the night before with weapon counts of its own ("The attack followed a
larger one on the night into Saturday, when Russia fired 465 drones") reports that night too: a report of its
own incident, its counts kept out of tonight's. A toll counted over both nights ("Two nights, four dead") is
neither night's. A night told with a toll alone, or with tonight's counts again, is no report of its own.

The attack a story reports is dated by its own sentences: a Russian ministry's count "said on Tuesday", with
a Russian strike on Ukraine "on Monday" further down, is Tuesday's; Monday's strike is an earlier day's news.
And "officials said a glide bomb attack on Wednesday afternoon killed three" dates the attack, not the saying.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        # regional news: the night before in a paragraph of its own, named by the night it ended
        (
            "Russia attacked Zaporizhzhia for the second night running, officials said on Tuesday.\n"
            "In the attack that ended early on Tuesday, Russia launched 64 drones against Ukraine, the air "
            "force said, and 51 of them were shot down. Two people were injured in the city, the governor "
            "said.\n"
            "The night before was heavier. On the night into Monday, Russia fired 120 drones and four "
            "ballistic missiles, the air force said, and air defences downed 97 of the drones. One person "
            "was killed in Zaporizhzhia that night.",
            "2025-03-11T08:00:00Z",
            {
                "2025-03-11:RU>UA": {"drones_launched": 64, "drones_intercepted": 51, "injured": 2},
                "2025-03-10:RU>UA": {
                    "drones_launched": 120,
                    "drones_intercepted": 97,
                    "missiles_launched": 4,
                    "total_launched": 124,
                    "killed": 1,
                },
            },
        ),
        # a wire's comparison, then "Then," telling the compared night; a toll of both nights is neither's
        (
            "Russia launched 85 attack drones at Ukraine overnight, the air force said on Sunday, with 70 "
            "shot down. One person was injured in Sumy.\n"
            "The raid came a day after a larger attack on the night into Saturday. Then, Russia launched 210 "
            "drones and 12 missiles, the air force said.\n"
            "Over two nights, 14 people were injured across the country, the emergency service said.",
            "2025-11-16T09:30:00Z",
            {
                "2025-11-16:RU>UA": {"drones_launched": 85, "drones_intercepted": 70, "injured": 1},
                "2025-11-15:RU>UA": {"drones_launched": 210, "missiles_launched": 12, "total_launched": 222},
            },
        ),
        # the night before told in the aside of a comparison, and "On that occasion" going on about it; its
        # "nine" lost is not tonight's nine
        (
            "ODESA - Russia sent 96 drones and three missiles against Ukraine overnight into Friday, the air "
            "force said, and 71 of the drones were shot down. Nine drones were lost locally.\n"
            "The attack came a day after Russia launched 350 drones and 16 missiles overnight into Thursday. "
            "On that occasion air defences destroyed 301 drones and nine missiles, the air force said.",
            "2025-10-24T06:20:00Z",
            {
                "2025-10-24:RU>UA": {
                    "drones_launched": 96,
                    "drones_intercepted": 71,
                    "drones_suppressed": 9,
                    "missiles_launched": 3,
                    "total_launched": 99,
                },
                "2025-10-23:RU>UA": {
                    "drones_launched": 350,
                    "drones_intercepted": 301,
                    "missiles_launched": 16,
                    "missiles_intercepted": 9,
                    "total_launched": 366,
                    "total_intercepted": 310,
                },
            },
        ),
        # a Telegram-style recap: the night before with a toll alone is no report of its own
        (
            "Kharkiv. Overnight the enemy attacked the city with 17 Shahed drones; 12 were shot down. Three "
            "people were injured, the mayor said.\n"
            "On the night into Thursday, a drone strike on the Kyivskyi district killed one man.",
            "2025-04-25T06:00:00Z",
            {"2025-04-25:RU>UA": {"drones_launched": 17, "drones_intercepted": 12, "injured": 3}},
        ),
    ],
)
def test_a_story_of_two_nights_reports_each(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        # a Russian ministry's count, and a Russian strike on Ukraine the day before in the last paragraph
        (
            "Russia's defence ministry said on Tuesday that its air defences had destroyed 18 Ukrainian "
            "drones over the Bryansk and Kursk regions. The ministry gave no word on damage.\n"
            "In Ukraine, a Russian missile strike on Monday killed four people and injured 19 in the city of "
            "Dnipro, regional officials said.",
            "2024-07-09T08:30:00Z",
            {"2024-07-09:UA>RU": {"drones_intercepted": 18}},
        ),
        # the air force's count said on the day, and Ukraine's strike on Belgorod the day before
        (
            "Ukraine's air force said on Wednesday that Russia had fired 40 attack drones at the country, of "
            "which 31 were shot down. Damage was reported in the Odesa and Mykolaiv regions.\n"
            "Across the border, Ukrainian drones attacked the Russian city of Belgorod on Tuesday, killing "
            "two people, its governor said.",
            "2025-02-12T09:40:00Z",
            {"2025-02-12:RU>UA": {"drones_launched": 40, "drones_intercepted": 31}},
        ),
        # the attack words between the saying and the day: the attack's day (Wednesday), not tonight's
        (
            "Moscow says it downed 23 Ukrainian drones over Rostov and Voronezh\n"
            "The Russian Defence Ministry said on Thursday it had shot down 23 Ukrainian drones over the "
            "Rostov and Voronezh regions, without giving details of any damage.\n"
            "Meanwhile, officials in Kharkiv said a Russian glide bomb attack on Wednesday afternoon had "
            "killed three people and wounded 11 in the city's north.",
            "2025-09-18T07:15:00Z",
            {"2025-09-18:UA>RU": {"drones_intercepted": 23}},
        ),
    ],
)
def test_the_story_is_dated_by_its_own_side(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected
