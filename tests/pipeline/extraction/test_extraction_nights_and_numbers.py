"""Which night a figure is of, and what a number counts: the rules the tenth and eleventh held-out
batches asked for, each in several wordings of our own. Values are read off the sentences by the corpus
rules; dates are the Kyiv date on which the night ended."""

from __future__ import annotations

from datetime import date

import pytest

from streams.pipeline.extraction.dates import find_dates
from tests.pipeline.extraction.cases import stated_figures

incidents = stated_figures


WEDNESDAY = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("on the night of September 8 to 9, the ministry said", date(2025, 9, 9)),
        ("overnight on Sept. 8-9", date(2025, 9, 9)),
        ("in the night from September 8 into 9", date(2025, 9, 9)),
        ("on the night of 8 to 9 September", date(2025, 9, 9)),
        ("the night of August 31 to September 1", date(2025, 9, 1)),
    ],
)
def test_a_night_named_by_both_of_its_days_is_dated_by_the_second(text: str, night: date) -> None:
    assert [d.value for d in find_dates(text, WEDNESDAY) if d.strong][-1] == night


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("between September 3 to 8, the ministry counted 900 drones", date(2025, 9, 3)),  # not one night
        ("on September 8 to 40 villages", date(2025, 9, 8)),
    ],
)
def test_a_day_and_an_unrelated_number_are_the_day(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, WEDNESDAY)] == [day]


@pytest.mark.parametrize(
    ("published_at", "day"),
    [
        # 23:50 Kyiv time on Friday 17 January: the evening attack is over and took its own date.
        ("2025-01-17T21:50:00Z", "2025-01-17"),
        # The next morning the same words name the night that ended on Saturday.
        ("2025-01-18T06:30:00Z", "2025-01-18"),
    ],
)
def test_late_on_friday_evening_is_friday_when_said_that_evening(published_at: str, day: str) -> None:
    body = (
        "Russian drones struck Kharkiv late on Friday evening, injuring four people, the mayor said. "
        "The drones hit a private house and a garage cooperative."
    )
    assert incidents(body, published_at) == {f"{day}:RU>UA": {"injured": 4}}


@pytest.mark.parametrize(
    "body",
    [
        "The toll from the Russian attack overnight from Monday to Tuesday has risen to 17 injured, "
        "officials said on Wednesday. Russia launched 400 drones during the night, the air force said.",
        "Officials said on Wednesday that 17 people had been injured in the drone attack on the night "
        "from Monday to Tuesday. Russia launched 400 drones during the night, the air force said.",
    ],
)
def test_overnight_from_monday_to_tuesday_is_one_night_not_a_span_of_days(body: str) -> None:
    assert incidents(body, "2025-07-16T11:00:00Z") == {
        "2025-07-15:RU>UA": {"drones_launched": 400, "injured": 17}
    }


def test_a_sentence_that_opens_on_another_day_keeps_its_overnight_there() -> None:
    body = (
        "Russian drones attacked Zaporizhzhia overnight, killing two people and injuring 11, the governor "
        "said. The air force said Russia launched 62 drones during the night.\n"
        "On Tuesday, Russia launched 110 drones at Ukraine overnight, in an attack that killed four."
    )
    # (Tuesday's night, told with a count of its own, is a report of that night's incident)
    assert incidents(body, "2024-12-11T08:50:00Z") == {
        "2024-12-11:RU>UA": {"drones_launched": 62, "killed": 2, "injured": 11},
        "2024-12-10:RU>UA": {"drones_launched": 110, "killed": 4},
    }


@pytest.mark.parametrize(
    "earlier",
    [
        "The attack came less than 48 hours after a missile struck the centre of Sumy, killing three people.",
        "The attack comes two days after a strike on Sumy, leaving three people dead.",
    ],
)
def test_the_participle_clause_of_an_earlier_attack_is_that_attack_s(earlier: str) -> None:
    body = f"Russian drones attacked Kyiv overnight. Two people were injured, the mayor said. {earlier}"
    assert incidents(body, "2025-02-04T06:00:00Z") == {"2025-02-04:RU>UA": {"injured": 2}}


LATER_DAY_NEWS = (
    "Lviv counted the damage on Wednesday after the Russian attack on the night of July 14 to 15.\n"
    "The mayor said two more residents had sought medical help on Wednesday. In total, three people "
    "were killed in the attack, two in Lviv and one in the Chernivtsi region."
)


def test_a_later_day_s_news_of_the_attack_is_still_its_own() -> None:
    assert list(incidents(LATER_DAY_NEWS, "2025-07-16T11:00:00Z")) == ["2025-07-15:RU>UA"]


@pytest.mark.xfail(
    strict=True,
    reason="a rise of the toll on a later day ('two more ... on Wednesday') is read as the injured count; "
    "'one dead and five more wounded' is the same words for a toll",
)
def test_a_rise_of_the_toll_on_a_later_day_is_no_toll() -> None:
    assert incidents(LATER_DAY_NEWS, "2025-07-16T11:00:00Z") == {"2025-07-15:RU>UA": {"killed": 3}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A whole and its part by number alone, then the part's breakdown of both kinds.
        (
            "Russia fired 143 drones and missiles at Ukraine overnight, the air force said. Of the 143, "
            "121 were shot down, among them 106 drones and 15 missiles.",
            {
                "total_launched": 143,
                "total_intercepted": 121,
                "drones_intercepted": 106,
                "missiles_intercepted": 15,
            },
        ),
        # A breakdown in brackets takes the verb after it, and so do the counts before it.
        (
            "Overnight Russia attacked Ukraine with 87 drones and six missiles, the air force said. "
            '"71 attack UAVs and three missiles (two Kh-59 and one Iskander-M) were shot down," it said.',
            {
                "drones_launched": 87,
                "missiles_launched": 6,
                "total_launched": 93,
                "drones_intercepted": 71,
                "missiles_intercepted": 3,
                "total_intercepted": 74,
            },
        ),
        # "all of them" after a semicolon or a dash: as many shot down as launched.
        (
            "Russia attacked Ukraine overnight with 98 drones, the air force said. Three guided missiles "
            "were also fired at the Kyiv region; all of them were destroyed.",
            {"drones_launched": 98, "missiles_launched": 3, "missiles_intercepted": 3, "total_launched": 101},
        ),
        (
            "Russia launched 12 Kalibr cruise missiles from the Black Sea at Ukraine overnight - all of them "
            "were destroyed by air defence, the air force said.",
            {"missiles_launched": 12, "missiles_intercepted": 12},
        ),
        # "one" is all of one by itself: no interception is made of it.
        (
            "Overnight Russia launched 81 drones and one Kh-59 missile at Ukraine; 66 of the drones were "
            "shot down, the air force said.",
            {"drones_launched": 81, "missiles_launched": 1, "total_launched": 82, "drones_intercepted": 66},
        ),
        # A participle clause after "with": the same drones; the verb before the earlier count is not its.
        (
            "Ukraine's air defence destroyed 35 of the 47 drones launched by Russia overnight, with 10 more "
            "failing to reach their targets.",
            {"drones_launched": 47, "drones_intercepted": 35, "drones_suppressed": 10},
        ),
        # "37 did not reach their targets" counts drones, not targets.
        (
            "Russia attacked Ukraine overnight with 126 drones, the air force said. 83 of them were shot "
            "down, while 37 did not reach their targets because of electronic warfare.",
            {"drones_launched": 126, "drones_intercepted": 83, "drones_suppressed": 37},
        ),
        # Coordinated with the part of "N out of M", not with the whole: shot down, not launched.
        (
            "Air defence shot down 38 out of 45 cruise missiles and four attack drones that Russia fired at "
            "Ukraine overnight, the air force said.",
            {
                "missiles_launched": 45,
                "missiles_intercepted": 38,
                "drones_intercepted": 4,
                "total_intercepted": 42,
            },
        ),
        # A bare count right after a suppression verb counts the weapons before it.
        (
            "Russia launched 100 drones overnight. Mobile fire groups downed 60 drones; electronic warfare "
            "suppressed another 35.",
            {"drones_launched": 100, "drones_intercepted": 60, "drones_suppressed": 35},
        ),
        (
            "Russia launched 100 drones overnight. 60 were shot down, and 35 imitator drones went missing.",
            {"drones_launched": 100, "drones_intercepted": 60, "drones_suppressed": 35},
        ),
        # What was struck is not what struck it.
        (
            "Overnight Russia launched over 150 drones and missiles at Ukraine. Along with this assault, "
            "the Russians have targeted 136 energy infrastructure objects, the prosecutor said.",
            {"total_launched": 150},
        ),
        # "took out" is an interception.
        (
            "Air defence units took out 31 of the 40 Shahed drones Russia launched at Ukraine overnight.",
            {"drones_launched": 40, "drones_intercepted": 31},
        ),
        # "taken to hospital" with no other casualty word: hospitalised, used as injured.
        (
            "Russian drones hit Shostka overnight, the regional administration said. Three people were "
            "taken to hospital with shrapnel wounds.",
            {"injured": 3},
        ),
    ],
)
def test_what_a_number_counts(body: str, expected: dict[str, int]) -> None:
    (figures,) = incidents(body, "2025-06-12T07:00:00Z").values()
    assert figures == expected


def test_a_list_of_places_with_a_sea_is_the_whole_attack() -> None:
    body = (
        "Russian air defences shot down 48 Ukrainian drones over Crimea, the Black Sea and the Krasnodar "
        "region overnight, the defence ministry said."
    )
    assert incidents(body, "2025-09-09T06:00:00Z") == {"2025-09-09:UA>RU": {"drones_intercepted": 48}}


@pytest.mark.parametrize(
    "body",
    [
        "Russia struck Kryvyi Rih with two Iskander-M ballistic missiles on Tuesday evening, the governor "
        "said. Two people were killed. One missile hit a five-storey building; the second exploded in a "
        "courtyard.",
        "Two ballistic missiles hit Kryvyi Rih on Tuesday afternoon, killing two people. The mayor said one "
        "missile struck a school and the other a warehouse.",
    ],
)
def test_the_missiles_that_struck_the_one_city_hit_are_the_attack_s(body: str) -> None:
    assert incidents(body, "2025-05-20T17:00:00Z") == {
        "2025-05-20:RU>UA": {"missiles_launched": 2, "killed": 2}
    }


@pytest.mark.parametrize(
    "lines",
    [
        (
            "• Kharkiv: Two people were injured, the mayor said.",
            "• Sumy: One person was killed and four were injured.",
            "• Poltava region: One man was killed.",
        ),
        (
            "Kharkiv - two people were injured.",
            "Sumy – one person was killed and four were injured.",
            "Poltava region: a drone killed one man.",
        ),
    ],
)
def test_tolls_of_lines_that_open_on_different_places_are_not_added(lines: tuple[str, ...]) -> None:
    body = "\n".join(
        ("The air force said Russia launched 90 drones at Ukraine overnight; 57 were shot down.", *lines)
    )
    assert incidents(body, "2025-02-19T07:00:00Z") == {
        "2025-02-19:RU>UA": {"drones_launched": 90, "drones_intercepted": 57}
    }


@pytest.mark.parametrize(
    "background",
    [
        "As Ukrinform reported, on October 30, a guided bomb hit a building in Kharkiv, killing one person "
        "and injuring 36.",
        "The previous attack took place on 30 October, when a guided bomb killed one person and injured 36.",
        "Earlier today, the city buried the victim of the October 30 bomb attack, which also left 36 "
        "people injured.",
    ],
)
def test_an_earlier_attack_cited_with_its_date_keeps_its_toll(background: str) -> None:
    body = (
        "Russian drones attacked Kharkiv overnight, injuring seven people, the governor said. The air force "
        f"said 64 drones were launched.\n{background}"
    )
    assert incidents(body, "2024-11-03T08:00:00Z") == {
        "2024-11-03:RU>UA": {"drones_launched": 64, "injured": 7}
    }


@pytest.mark.parametrize(
    ("soldiers", "expected"),
    [
        # Civilians' tolls beside soldiers': the civilians'.
        (
            "A Russian missile attack overnight killed two civilians and wounded nine in the Chernihiv "
            "region. The army said a missile hit a training ground, killing three servicemen and "
            "wounding 18.",
            {"killed": 2, "injured": 9},
        ),
        (
            "A Russian missile attack overnight killed two civilians and wounded nine in the Chernihiv "
            "region. Four soldiers were also killed and 12 servicemen injured at a training ground.",
            {"killed": 2, "injured": 9},
        ),
        # Soldiers' tolls alone: the attack's (civilian or else total).
        (
            "A Russian missile hit a training ground in the Chernihiv region overnight, killing three "
            "servicemen and wounding 18, the army said.",
            {"killed": 3, "injured": 18},
        ),
    ],
)
def test_civilians_tolls_go_before_soldiers(soldiers: str, expected: dict[str, int]) -> None:
    (figures,) = incidents(soldiers, "2025-03-30T09:00:00Z").values()
    assert {k: v for k, v in figures.items() if k in ("killed", "injured")} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Russia's defence ministry said its air defences had shot down six U.S.-made ATACMS missiles and 17 "
        "Ukrainian drones over the Belgorod and Kursk regions overnight.",
        "Russian air defences destroyed six ATACMS missiles and 17 drones over the Republic of Crimea and "
        "the Black Sea overnight, the ministry said.",
    ],
)
def test_an_abbreviation_or_a_sea_does_not_end_the_clause_or_the_place_list(body: str) -> None:
    (figures,) = incidents(body, "2025-02-27T08:00:00Z").values()
    assert figures == {"missiles_intercepted": 6, "drones_intercepted": 17, "total_intercepted": 23}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "units": the weapons counted before, by the piece, in a machine-translated post.
        (
            "According to the Air Force, on this night the enemy launched 58 drones of the Shahed type. "
            "Shot down/suppressed 40 units.",
            {"drones_launched": 58, "drones_intercepted": 40},
        ),
        # Bombs are neither drones nor missiles: their count is not the drones'.
        (
            "Russia attacked Kharkiv overnight with 14 guided aerial bombs and three Shahed drones, the "
            "air force said.",
            {"drones_launched": 3},
        ),
    ],
)
def test_what_a_count_of_pieces_or_of_bombs_counts(body: str, expected: dict[str, int]) -> None:
    (figures,) = incidents(body, "2025-11-11T06:30:00Z").values()
    assert figures == expected


@pytest.mark.parametrize(
    ("separately", "expected"),
    [
        ("Separately, an explosion at a market in Lviv killed one person and injured 25, police said.", {}),
        (
            "Separately, a Russian drone strike on Kharkiv killed two people and injured 25, the mayor said.",
            {"killed": 2, "injured": 25},
        ),
    ],
)
def test_a_separate_story_s_toll_names_its_weapon(separately: str, expected: dict[str, int]) -> None:
    lead = "Russia launched 120 drones at Ukraine overnight, the air force said; 98 were shot down."
    body = f"{lead} {separately}"
    (figures,) = incidents(body, "2026-02-22T08:00:00Z").values()
    assert {k: v for k, v in figures.items() if k in ("killed", "injured")} == expected


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("from 18:00 on December 31 the enemy attacked with 120 drones", date(2026, 1, 1)),
        ("between 20:00 on 31 December and 08:30, 96 drones were shot down", date(2026, 1, 1)),
        ("at 18:00 on December 31 a missile hit Kharkiv", date(2025, 12, 31)),  # a moment, not a window
    ],
)
def test_a_window_opening_on_a_dated_evening_is_the_night_that_ends_next_day(text: str, night: date) -> None:
    assert [d.value for d in find_dates(text, date(2026, 1, 1)) if d.strong] == [night]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A Ukrainian drone killed a man and wounded two of his neighbours in a village in the Belgorod "
            "region, governor Vyacheslav Gladkov said on Friday.",
            {"2025-11-14:UA>RU": {"killed": 1, "injured": 2}},
        ),
        (
            "Russian missiles struck an industrial site in Dnipro, injuring four workers, the regional "
            "governor said on Friday. Emergency crews worked through the afternoon.",
            {"2025-11-14:RU>UA": {"injured": 4}},
        ),
        (
            "A Ukrainian drone attack set a fuel depot ablaze in the Krasnodar region and hurt two people, "
            "officials "
            "reported on Friday, adding that the blaze was under control by the evening.",
            {"2025-11-14:UA>RU": {"injured": 2}},
        ),
    ],
)
def test_an_attack_said_on_the_day_before_publication_is_of_that_day(
    body: str, expected: dict[str, dict[str, int]]
) -> None:
    # Published on Saturday 15 November 2025, with no other date for the attack than the day it was told.
    assert incidents(body, "2025-11-15T06:30:00Z") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The death toll from yesterday's Russian missile attack on Poltava has risen to 12, the State "
            "Emergency Service said. Seventeen people were injured.",
            {"2025-11-14:RU>UA": {"killed": 12, "injured": 17}},
        ),
        (
            "Yesterday's drone strike on Kharkiv: the number of injured has grown to nine, the regional "
            "governor said on Telegram.",
            {"2025-11-14:RU>UA": {"injured": 9}},
        ),
        (
            # The day of a blog, not of the attack: the night that ended this morning stays.
            "Russia attacked Kharkiv overnight; four people were injured, the mayor said. Yesterday's blog "
            "on the drone attack on Kyiv is available here.",
            {"2025-11-15:RU>UA": {"injured": 4}},
        ),
    ],
)
def test_an_attack_named_by_its_day_is_of_that_day(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert incidents(body, "2025-11-15T08:30:00Z") == expected
