"""Tolls told in groups of people, dates that are not places and debris that is no count, as the
fourteenth session's published pages showed the extractor misread them:

- a toll told as groups side by side ("12 adults and two children were killed", "killed 11 children and
  nine adults", "three women and a man were injured", "a girl and seven other people"): the groups add
  up, whichever side the verb is on,
  and a second verb's count after them keeps its own role ("… and injured 108 people"); a part named
  after "including" or "among them" is no group of its own; a count with no noun that "received varying
  degrees of injuries", "received medical assistance" or "were taken to hospital" is a toll;
- a month's short name after "on" ("overnight on Feb. 23", "on Sept 3") is a date, not the place of the
  count before it;
- what fell of one weapon ("debris from a Ukrainian drone, which was destroyed, …") counts no weapon:
  beside the governor's "about 10 drones" it is not an exact count of one;
- days that are no day of the attack: a calendar date after "since" ("without power since Oct. 4 after
  repeated strikes") opens a period; "until today the deadliest attack" ranks; "on the 14th–15th floors"
  are floors; "the largest attack of the month came on Oct. 12, with 497 drones launched overnight" is
  Oct. 12's night, not the story's; nor is "the April attack on a playground"; a lead "overnight" stays
  the story's night beside "a town without power since Oct. 4";
- a post's plus sign between two counts is "and" ("✔️ 1 missile + 62 drones shot down").

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

from datetime import date

import pytest

from streams.pipeline.extraction.dates import find_dates
from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, int]  # (role, value)


def tolls(text: str) -> list[Read]:
    return [(f.role, f.value) for f in read_figures(text) if f.category == "people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after the groups
        (
            "The emergencies ministry said 12 adults and two children were killed when the drone hit the "
            "market.",
            [("killed", 14)],
        ),
        ("Two children and four adults were wounded when debris fell on the block.", [("injured", 6)]),
        ("Three women and a man were injured in the attack on the village.", [("injured", 4)]),
        # the verb before the groups, and a second verb with its own count
        ("The strike killed 11 children and nine adults, the mayor said.", [("killed", 20)]),
        (
            "The attack killed 12 adults and two children and injured 108 people.",
            [("killed", 14), ("injured", 108)],
        ),
        ("The missile killed five men and two women in the village of Hroza.", [("killed", 7)]),
        # one person of a group beside a count, "other people" after one, three groups in a row
        (
            "The strike on the village killed an 8-year-old boy and two adults and injured another three "
            "people.",
            [("killed", 3), ("injured", 3)],
        ),
        ("A 3-year-old girl and seven other people were injured in the attack.", [("injured", 8)]),
        ("Two men, a woman and a child were injured by falling debris.", [("injured", 4)]),
        # the noun shared by both numbers
        ("Nine adults and three children were hospitalised.", [("hospitalised", 12)]),
        ("Two civilians and a child were injured in the strike.", [("injured", 3)]),
    ],
)
def test_a_toll_told_in_groups_adds_up(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the toll named after it
        ("Five people were killed, including two children and a woman.", [("killed", 5)]),
        ("Six people were injured, among them two children and three women.", [("injured", 6)]),
        # one group each side of a verb: two tolls, not one
        ("Two children were killed and four adults were injured.", [("killed", 2), ("injured", 4)]),
        # one person told twice, and a list not closed by "and"
        ("The governor said one civilian, a 54-year-old woman, was wounded by debris.", [("injured", 1)]),
    ],
)
def test_groups_that_are_parts_or_tolls_of_their_own_do_not_add_up(text: str, expected: list[Read]) -> None:
    assert tolls(text)[: len(expected)] == expected


def test_a_toll_in_groups_is_the_attack_s_toll() -> None:
    body = (
        "Ukrainian drones struck the city of Belgorod on Saturday, Russian officials said.\n\n"
        "The Russian emergencies ministry said 12 adults and two children were killed and 108 people were "
        "injured when drones and rockets hit the city centre.\n\n"
        "Governor Vyacheslav Gladkov said several residential buildings and cars were damaged."
    )
    figures = stated_figures(body, "2023-12-30T18:00:00Z")
    assert figures == {"2023-12-30:UA>RU": {"killed": 14, "injured": 108}}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "At least four people were injured in Dnipro as Russia targeted the city with drones overnight "
            "on Feb. 23, the governor said.",
            "Dnipro",
        ),
        ("Two people were killed as drones struck the city on Jan. 5, officials said.", None),
        ("Five people were injured in the city as Russian missiles hit on Sept 3.", None),
        ("One man was wounded when a drone fell on Dec 14, the mayor said.", None),
    ],
)
def test_a_month_s_short_name_is_no_place(text: str, place: str | None) -> None:
    assert [f.place for f in read_figures(text) if f.category == "people"] == [place]


def test_a_region_s_toll_dated_by_a_month_s_short_name_is_the_attack_s() -> None:
    body = (
        "At least one civilian was killed in a Russian drone attack on Odesa overnight on Feb. 23, the "
        "southern defence forces said.\n\n"
        "At least four people were injured in Dnipro as Russia targeted the city with Shahed drones "
        "overnight on Feb. 23, the regional governor said."
    )
    assert stated_figures(body, "2024-02-23T09:00:00Z") == {"2024-02-23:RU>UA": {"killed": 1, "injured": 4}}


@pytest.mark.parametrize(
    "text",
    [
        "Debris from a Ukrainian drone, which was destroyed, ignited a fire at the terminal.",
        "Fragments of a missile, which was intercepted over the city, fell on a car park.",
        "Wreckage from a drone that was shot down damaged two houses in the village.",
    ],
)
def test_what_fell_of_one_weapon_counts_no_weapon(text: str) -> None:
    assert read_figures(text) == []


def test_one_weapon_shot_down_is_still_a_count_of_one() -> None:
    assert [
        (f.category, f.role, f.value) for f in read_figures("Air defence shot down a drone over the city.")
    ] == [("drones", "intercepted", 1)]


def test_debris_of_one_drone_does_not_outrank_a_governor_s_rounded_count() -> None:
    body = (
        "Ukrainian drones attacked the port of Ust-Luga in the Leningrad region overnight, the regional "
        "governor said on Sunday.\n\n"
        "Governor Alexander Drozdenko said about 10 Ukrainian drones were intercepted and destroyed over the "
        "port.\n\n"
        "Debris from a Ukrainian drone, which was destroyed, ignited a fire at the fuel terminal. No one was "
        "hurt, he said."
    )
    figures = stated_figures(body, "2025-08-24T08:00:00Z")
    assert figures["2025-08-24:UA>RU"].get("drones_intercepted") == 10
    assert "drones_launched" not in figures["2025-08-24:UA>RU"]


def test_a_date_after_since_opens_a_period_not_the_attack() -> None:
    body = (
        "In the Sumy region, five people were killed on Oct. 7, the regional military administration said "
        "in its evening summary.\n\n"
        "Russian drones struck Shostka three times during the night and early morning.\n\n"
        "Shostka has been without centralised power since Oct. 4 after repeated strikes on its substations."
    )
    assert stated_figures(body, "2025-10-07T17:20:00Z") == {"2025-10-07:RU>UA": {"killed": 5}}


@pytest.mark.parametrize(
    "text",
    [
        "Until today it was the deadliest single attack on the city.",
        "The strike remains, up to today, the deadliest on the region.",
        "A fire broke out on the 14th–15th floors of the building.",
        "Flats on the 3rd-4th floors were damaged.",
    ],
)
def test_words_that_name_no_day(text: str) -> None:
    assert find_dates(text, date(2025, 10, 2)) == []


def test_an_earlier_strike_ranked_until_today_is_not_tonight_s() -> None:
    body = (
        "A Russian ballistic missile strike on Poltava on Thursday killed 17 people and injured more than "
        "80, the regional head said.\n\n"
        "Reminder: on Sept. 3, 2024, a strike on a military institute in Poltava killed more than 50 people "
        "— until today the deadliest single attack on the city."
    )
    figures = stated_figures(body, "2025-10-02T18:30:00Z")
    assert figures["2025-10-02:RU>UA"]["killed"] == 17


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "✔️ 1 missile + 62 drones shot down",
            [("missiles", "intercepted", 1), ("drones", "intercepted", 62)],
        ),
        (
            "Shot down: 40 drones + 3 missiles",
            [("drones", "intercepted", 40), ("missiles", "intercepted", 3)],
        ),
    ],
)
def test_a_plus_sign_joins_two_counts(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


def test_a_month_s_largest_attack_on_its_own_day_is_not_the_story_s_night() -> None:
    body = (
        "Russia launched more than 5,000 long-range drones at Ukraine in October, according to our analysis "
        "of the air force's daily reports.\n\n"
        "The largest single attack of the month came on Oct. 12, with 497 drones and 53 missiles launched "
        "overnight, mostly at energy infrastructure in the Kyiv and Poltava regions."
    )
    assert stated_figures(body, "2025-11-01T12:00:00Z") == {}


def test_an_attack_that_came_on_the_day_of_the_story_is_its_night() -> None:
    body = (
        "The attack came on Oct. 12, with 497 drones and 53 missiles launched overnight at energy "
        "infrastructure in the Kyiv and Poltava regions, the air force said."
    )
    figures = stated_figures(body, "2025-10-12T08:00:00Z")
    assert figures == {
        "2025-10-12:RU>UA": {"drones_launched": 497, "missiles_launched": 53, "total_launched": 550}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve received varying degrees of injuries: three in serious condition, five in moderate "
            "condition, others in mild condition.",
            [("injured", 12)],
        ),
        ("Three more sustained shrapnel wounds, the governor said.", [("injured", 3)]),
        ("Two suffered minor injuries and were treated at the scene.", [("injured", 2)]),
        # the officials' "medical help", said of people or of a bare count
        ("30 people received medical assistance after the strike.", [("injured", 30)]),
        ("Two people were killed and 30 received medical assistance.", [("killed", 2), ("injured", 30)]),
        ("Thirty were taken to hospital, the mayor said.", [("hospitalised", 30)]),
        # not those treated for stress
        ("Five people received medical help for acute stress reaction.", []),
    ],
)
def test_a_count_that_received_injuries_is_a_toll(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


def test_an_overnight_lead_beside_a_period_since_a_day_is_the_story_s_night() -> None:
    body = (
        "Russian drones struck an energy facility in Shostka overnight, cutting power in a town that has "
        "been without stable power since Oct. 4, the regional military administration said on Thursday.\n\n"
        "A strike on Oct. 4 damaged the railway station and a passenger train.\n\n"
        "Nationwide, Russia sent 121 attack drones overnight, the air force said; 93 were downed."
    )
    assert stated_figures(body, "2025-10-09T06:30:00Z") == {
        "2025-10-09:RU>UA": {"drones_launched": 121, "drones_intercepted": 93}
    }


def test_an_attack_named_by_its_month_is_another_time() -> None:
    body = (
        "Six people were killed and 25 injured when Russian missiles struck Kryvyi Rih overnight, the head "
        "of the city defence council said.\n\n"
        "Until today the deadliest strike on the city was the April attack on a playground that killed 20 "
        "people, including nine children."
    )
    figures = stated_figures(body, "2025-09-20T07:10:00Z")
    assert figures["2025-09-20:RU>UA"]["killed"] == 6


def test_an_attack_named_by_its_month_on_this_night_is_this_night_s() -> None:
    body = (
        "The June attack on Kyiv killed 28 people overnight, officials said, as Russia launched 440 drones."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {
        "2025-06-18:RU>UA": {"killed": 28, "drones_launched": 440}
    }


def test_attacks_since_an_evening_are_the_night_that_began_then() -> None:
    body = (
        "Russian drone attacks on Kharkiv since Sunday evening killed four people, the mayor said on Monday."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {"2025-06-16:RU>UA": {"killed": 4}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv: killed – 4, injured – 12 after Russia's massive overnight attack.",
            [("killed", 4), ("injured", 12)],
        ),
        ("Dead – 3, wounded – 9.", [("killed", 3), ("injured", 9)]),
        ("A Russian missile hit Odesa overnight; the dead number four.", [("killed", 4)]),
        # a dash around an aside is no label
        (
            "At least three people were killed - two in the Dnipropetrovsk region and one in the Lviv "
            "region - and 11 were injured, the minister said.",
            [("killed", 3), ("injured", 11)],
        ),
    ],
)
def test_a_post_s_toll_labels(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims said to be hurt are the injured; beside the injured, the dead
        (
            "The number of victims of the night attack on Odesa has increased to 10, all with injuries of "
            "varying severity.",
            [("injured", 10)],
        ),
        ("The number of victims rose to 10, and 30 were injured.", [("killed", 10), ("injured", 30)]),
        # the injured named last before the number, with "the dead" before it
        (
            "The number of dead from the attack has grown to 9 and the injured to 40, after earlier reports "
            "of 6 and 28.",
            [("killed", 9), ("injured", 40)],
        ),
        # bodies handed over in an exchange are no toll (but a hospital's "received 30 injured" is)
        ("Russia said it had handed over 1,200 bodies of Ukrainian soldiers under the agreements.", []),
        (
            "The strike killed 12 people; medics received 30 injured people.",
            [("killed", 12), ("injured", 30)],
        ),
        # two tolls risen in one sentence
        (
            "The toll in Kyiv rose from 3 to 7 killed and from 20 to 31 injured.",
            [("killed", 7), ("injured", 31)],
        ),
    ],
)
def test_victims_and_risen_tolls(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected
