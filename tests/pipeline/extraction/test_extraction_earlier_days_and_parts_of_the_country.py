"""The twenty-first session's rules from the held-out batches 64, 65, 67 and 69: an earlier strike counted
back in days at a sentence's start ("Four days earlier, …") keeps its counts out of tonight's, and so does
one dated as it opens ("Earlier, on December 21, …"); "another N over the south" adds to the count right
before it, a part of the country being no region's share; the counts a breakdown or official figures
"gave" or "showed" are the launch; the parts after "namely" are no more launches; "shot down by fire" (in
translation) is an interception; and shelling told beside "no drones or missiles were used" is no aerial
attack. Articles written for these tests, labelled by the corpus rules before the code ran; ten fail on the
session's starting code, and "date-then-in-which", "week-earlier", "figures-showed",
"missiles-and-no-drones" and the story of the morning after are guards of what already held."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

MORNING = "2024-12-29T08:30:00Z"
INCIDENT = "2024-12-29:RU>UA"
TONIGHT = (
    "Russia attacked Ukraine overnight with 72 drones, the air force said on Sunday morning; 55 of them "
    "were shot down and 14 were lost locally. "
)
TONIGHTS = {"drones_launched": 72, "drones_intercepted": 55, "drones_suppressed": 14}


@pytest.mark.parametrize(
    "earlier",
    [
        "It followed the strike on Wednesday, December 25, in which 78 missiles and 106 drones hit the grid.",
        "Four days earlier, Russia fired 78 missiles and 106 drones at the energy system.",
        "Three days before that, the Russian army had launched 106 drones and 78 missiles.",
        "Russia hit the grid with 78 missiles and 106 drones a week earlier.",
    ],
    ids=[
        "date-then-in-which",
        "days-earlier",
        "days-before-that",
        "week-earlier",
    ],
)
def test_an_earlier_strike_counted_back_in_days_is_not_tonights(earlier: str) -> None:
    reports = stated_figures(TONIGHT + earlier, MORNING)
    assert reports[INCIDENT] == TONIGHTS


def test_a_day_earlier_in_a_story_of_the_morning_after_is_still_its_night() -> None:
    # Published the next evening about the night before: "A day earlier" is no other night's.
    body = (
        "A day earlier, Russia launched 72 drones against Ukraine, the air force said; 55 were shot down. "
        "Repairs to the damaged substation in Zhytomyr continued on Monday."
    )
    assert stated_figures(body, "2024-12-30T17:00:00Z") == {
        "2024-12-29:RU>UA": {"drones_launched": 72, "drones_intercepted": 55}
    }


@pytest.mark.parametrize(
    "body",
    [
        "Russia sent 90 attack drones against Ukraine overnight, the air force said. Air defence downed 46 "
        "of them over the east and north of the country and another 12 over the southern regions.",
        "Of the 90 drones launched overnight, mobile fire groups and air defence destroyed 46 over the east "
        "and another 12 over the south, the air force said.",
    ],
    ids=["southern-regions", "the-south"],
)
def test_another_count_over_a_part_of_the_country_adds_up(body: str) -> None:
    assert stated_figures(body, MORNING) == {INCIDENT: {"drones_launched": 90, "drones_intercepted": 58}}


@pytest.mark.parametrize(
    "body",
    [
        "President Zelensky spoke of 'over 400 drones and about 40 missiles'. The air force's breakdown, "
        "published shortly afterwards, gave 405 drones and 41 missiles; air defence neutralised 351 drones "
        "and 29 missiles.",
        "Zelensky said Russia had fired 'about 400 drones and 40 missiles' overnight. Official figures "
        "showed 405 drones and 41 missiles, of which 351 drones and 29 missiles were shot down.",
    ],
    ids=["breakdown-gave", "figures-showed"],
)
def test_the_counts_official_figures_gave_are_the_launch(body: str) -> None:
    assert stated_figures(body, "2024-12-29T09:30:00Z") == {
        INCIDENT: {
            "drones_launched": 405,
            "missiles_launched": 41,
            "total_launched": 446,
            "drones_intercepted": 351,
            "missiles_intercepted": 29,
            "total_intercepted": 380,
        }
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ukrainian forces fired 55 artillery shells and nine mortar rounds at six villages in the "
            "Shebekino district of Russia's Belgorod region on Friday, governor Vyacheslav Gladkov said.\n"
            "A woman was injured in the village of Novaya Tavolzhanka when a shell hit her yard.\nThe "
            "defence ministry did not report any drone or missile attacks on the region on Friday.",
            {},
        ),
        (
            "Russian troops shelled Nikopol and Marhanets with heavy artillery on Friday, the regional "
            "governor said.\nTwo men were wounded in Nikopol.\nNo drones or missiles were used in the "
            "attack, he added.",
            {},
        ),
        # a weapon named without denial stays an aerial attack
        (
            "Russia fired four missiles at Odesa on Friday afternoon, injuring three people; no drones were "
            "used, the air force said.",
            {"2024-12-27:RU>UA": {"missiles_launched": 4, "injured": 3}},
        ),
    ],
    ids=["ministry-reported-no-drones", "no-drones-or-missiles", "missiles-and-no-drones"],
)
def test_shelling_with_the_aerial_weapons_denied_is_no_aerial_attack(
    body: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, "2024-12-27T15:00:00Z") == expected


def test_the_parts_after_namely_are_not_added() -> None:
    body = (
        "According to the air force, the enemy used 210 means of air attack: 180 drones and 30 missiles, "
        "namely 24 Kh-101 cruise missiles and six Iskander-M ballistic missiles. 150 drones and 21 missiles "
        "were shot down."
    )
    assert stated_figures(body, MORNING) == {
        INCIDENT: {
            "total_launched": 210,
            "drones_launched": 180,
            "missiles_launched": 30,
            "drones_intercepted": 150,
            "missiles_intercepted": 21,
            "total_intercepted": 171,
        }
    }


def test_shot_down_by_fire_is_an_interception() -> None:
    body = (
        "Overnight the russian invaders attacked with 90 Shahed drones, the Air Force reported. As of 09:00, "
        "air defence had shot down by fire 71 enemy drones; another 15 were locationally lost."
    )
    assert stated_figures(body, MORNING) == {
        INCIDENT: {"drones_launched": 90, "drones_intercepted": 71, "drones_suppressed": 15}
    }


def test_earlier_on_a_date_is_that_dates_night() -> None:
    body = (
        "Russia's defence ministry said 52 Ukrainian drones were destroyed overnight over the Rostov and "
        "Voronezh regions. Earlier, on December 21, the ministry reported 98 drones downed overnight in an "
        "attack on Kazan."
    )
    reports = stated_figures(body, "2024-12-29T08:00:00Z")
    assert reports["2024-12-29:UA>RU"] == {"drones_intercepted": 52}
