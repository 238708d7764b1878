"""The wording of wire copy, headlines and follow-ups that the thirteenth session's published pages
showed the extractor did not read:

- tolls in the present tense of headlines ("strikes kill 2, injure 14") and two tolls joined by a comma,
  each verb with its own count ("killed 3, wounded 12"); "deceased" for the dead;
- picture credits ("via REUTERS", "/Handout", "EPA-EFE") whose weekday is the photograph's, not the night's;
- a count "in the skies above" one place; a drone model written apart from its number ("Shahed 136");
  air defence that "had been able to destroy" a count; drones the air force "lost track of";
- an attack ranked by an ordinal in a period ("its seventh major attack since …"), a week's statistics
  that go on into the next sentence (a toll too), and a running total "since March";
- "45 drones were launched and 30 shot down" (the auxiliary left out); "air defence shot down 38 over
  the Kyiv region" (a bare number and where);
- tolls of those at work where the strike hit ("3 power engineers injured");
- Russia's military as the object struck ("aimed at Russian military logistics"), not the attacker;
- a later day's news of the toll of "the attack that killed 12", and the day a toll "continued to rise
  on Monday", which is not the attack's, nor the day of another attack in a ", while" clause; an
  embedded post's signed date for a story with no date of its own; "an overnight attack on Saturday"
  told on the Sunday of the story;
- a stated zero of the place named right after it ("no casualties or damage in Moscow, while …");
- every weapon of a kind shot down with no number of its own ("All missiles and 288 drones were shot
  down"); the defence ministry's "terrorist attacks with the use of 19 unmanned aerial vehicles";
- "It comes a day after …": an earlier attack's toll set beside the story's;
- the regions of the defence ministry's list, after its "air defense alert systems" (the on-duty air
  defence in translation, not an air-raid alert);
- a story that opens on the one weapon striking a place by name ("A Russian ballistic missile struck
  Kryvyi Rih, killing 16"): one missile, unless the story counts more.

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, int]  # (role, value)


def tolls(text: str) -> list[Read]:
    return [(f.role, f.value) for f in read_figures(text) if f.category == "people"]


def places(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.role, f.value, f.place) for f in read_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drone, missile strikes kill at least 2, injure over 14 in Ukraine",
            [("killed", 2), ("injured", 14)],
        ),
        ("Russian strikes kill 3, injure 12 in Kharkiv", [("killed", 3), ("injured", 12)]),
        ("Missile strike on Dnipro kills four and wounds 20", [("killed", 4), ("injured", 20)]),
        ("Overnight drone attack on Odesa injures 5", [("injured", 5)]),
        ("Russian strikes overnight: 2 die, 11 injured in Zaporizhzhia", [("killed", 2), ("injured", 11)]),
        ("Shelling of Nikopol kills one, injures two", [("killed", 1), ("injured", 2)]),
    ],
)
def test_a_headline_toll_in_the_present_tense(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each verb governs the count after it, not the count before the comma
        ("Russian strikes killed 3, wounded 12 in Kharkiv.", [("killed", 3), ("injured", 12)]),
        (
            "The attack killed at least 2, injured over 14 across the region.",
            [("killed", 2), ("injured", 14)],
        ),
        ("Debris killed two, injured nine more in the suburbs.", [("killed", 2), ("injured", 9)]),
        # a verb right after its count still governs it
        ("Two killed, 12 injured in Odesa after the drone attack.", [("killed", 2), ("injured", 12)]),
        ("Three people, injured by glass, were taken to hospital.", [("injured", 3)]),
    ],
)
def test_two_tolls_joined_by_a_comma(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


def test_a_headline_toll_of_the_whole_night_beside_the_counts_of_its_places() -> None:
    body = (
        "Russian drone and missile strikes kill 3, injure 17 across Ukraine\n\n"
        "Russia attacked Ukraine overnight with 212 drones and eight ballistic missiles, the air force said "
        "on Tuesday, adding that 185 drones and six missiles had been shot down.\n\n"
        "In the Zhytomyr region, two people were killed and nine were injured when a drone hit a "
        "warehouse, governor Vitalii Bunechko said.\n\n"
        "One man died and eight people were hurt in the city of Poltava, the regional head said."
    )
    assert stated_figures(body, "2025-09-16T07:30:00Z") == {
        "2025-09-16:RU>UA": {
            "drones_launched": 212,
            "drones_intercepted": 185,
            "missiles_launched": 8,
            "missiles_intercepted": 6,
            "total_launched": 220,
            "total_intercepted": 191,
            "killed": 3,
            "injured": 17,
        }
    }


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers work at a damaged house in Sumy region, Ukraine on Saturday. (Press Service of the State "
        "Emergency Service/Handout via REUTERS)",
        "A firefighter at the site of a strike in Kharkiv on Saturday. EPA-EFE/SERGEY KOZLOV",
        "Smoke rises over Zaporizhzhia after a Russian attack on Saturday. (Anna Petrenko via AP)",
    ],
)
def test_a_credited_picture_s_weekday_does_not_date_the_night(caption: str) -> None:
    # A Sunday page on the night that ended on Sunday: the picture was taken on Saturday.
    body = (
        "Russia sends 180 drones at Ukraine overnight\n\n"
        f"{caption}\n\n"
        "KYIV - Russia launched 180 drones at Ukraine overnight, the air force said on Sunday, adding that "
        "121 were shot down and 52 were lost to electronic warfare."
    )
    assert stated_figures(body, "2025-03-09T09:00:00Z") == {
        "2025-03-09:RU>UA": {"drones_launched": 180, "drones_intercepted": 121, "drones_suppressed": 52}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Monday evening, 29 deceased individuals had been found in the capital.", [("killed", 29)]),
        ("The number of deceased rose to 14, the regional governor said.", [("killed", 14)]),
        ("Rescuers recovered seven deceased from the rubble overnight.", [("killed", 7)]),
    ],
)
def test_the_deceased_are_the_dead(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 30 hostile targets were intercepted in the skies above Kyiv.", [("intercepted", 30, "Kyiv")]),
        (
            "Air defence shot down 12 drones in the skies of the Kharkiv region.",
            [("intercepted", 12, "Kharkiv")],
        ),
        ("Gunners destroyed nine drones in the airspace over Odesa.", [("intercepted", 9, "Odesa")]),
        # the whole country is no one place
        ("Air defence shot down 40 drones in the skies over Ukraine.", [("intercepted", 40, None)]),
    ],
)
def test_a_count_in_the_skies_above_a_place_is_that_place_s(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In its seventh major attack on Ukrainian power plants since Moscow stepped up strikes on "
            "energy three months ago, Russia fired nine missiles and 27 Shahed drones overnight, the air "
            "force said.",
            {"2024-06-20:RU>UA": {"missiles_launched": 9, "drones_launched": 27, "total_launched": 36}},
        ),
        (
            "It was the third massive strike on the energy grid since the start of the year: Russia "
            "launched 44 drones overnight, and 31 were shot down, the air force said.",
            {"2024-06-20:RU>UA": {"drones_launched": 44, "drones_intercepted": 31}},
        ),
        (
            "Naftogaz said its gas plant in the Poltava region was hit, calling it the 14th attack on its "
            "sites since the start of the year. Russia fired 61 drones overnight, 52 of which were downed, "
            "the air force said.",
            {"2024-06-20:RU>UA": {"drones_launched": 61, "drones_intercepted": 52}},
        ),
        (
            "Russia used 9 Kh-101 cruise missiles and 27 Shahed drones overnight, the air force said. Since "
            "March Russia has fired more than 180 missiles and 200 drones at power plants, the ministry "
            "said.",
            {"2024-06-20:RU>UA": {"missiles_launched": 9, "drones_launched": 27, "total_launched": 36}},
        ),
        # a running total since a time ranks nothing: no figure of the night
        (
            "Russia has launched 2,700 drones and 96 missiles at Ukraine since the start of the year, the "
            "president said overnight.",
            {},
        ),
    ],
)
def test_an_attack_ranked_in_a_period_is_this_night_s(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2024-06-20T08:00:00Z") == expected


@pytest.mark.parametrize(
    "body",
    [
        "According to the president, Russia attacked Ukraine with more than 600 glide bombs, around 500 "
        "drones and almost 50 missiles over the past week. Ukrainian air defences downed 31 missiles and "
        "more than 280 drones.",
        "This week alone, Russian forces launched 1,100 drones at Ukrainian cities, the foreign minister "
        "wrote. Of them, 870 were shot down and 190 were lost to electronic warfare.",
        "Over the past month Russia fired 4,300 Shahed drones at Ukraine, the air force said in its "
        "monthly summary. Mobile fire groups accounted for 1,210 of those shot down.",
        "Russian attacks killed 45 civilians in Ukraine over the past week, the UN said. Another 120 were "
        "injured.",
    ],
)
def test_a_periods_statistics_go_on_into_the_next_sentence(body: str) -> None:
    # After a lead on the attacks with no day of their own, the week's figures are no night's.
    lead = "Ukraine asks allies for more air defence\n\nThe Russian strikes killed and injured civilians.\n\n"
    assert stated_figures(lead + body, "2025-01-19T12:00:00Z") == {}


def test_a_sentence_that_names_the_night_ends_a_periods_statistics() -> None:
    body = (
        "Russia has launched about 1,200 drones at Ukraine this week, the president said. Overnight, the "
        "air force said, Russia launched 74 drones, and 51 of them were shot down."
    )
    assert stated_figures(body, "2025-01-19T08:00:00Z") == {
        "2025-01-19:RU>UA": {"drones_launched": 74, "drones_intercepted": 51}
    }


@pytest.mark.parametrize("target", ["logistics", "infrastructure", "industrial plants", "fuel depots"])
def test_russias_military_struck_is_no_attacker(target: str) -> None:
    body = (
        "Ukraine carried out one of its largest drone attacks on Russia on Friday, hitting an oil "
        "refinery in the Ryazan region. The strike, involving over 100 drones, was aimed at Russian "
        f"military {target}, a Ukrainian official said. Russia's defence ministry said it had destroyed "
        "121 drones overnight."
    )
    assert stated_figures(body, "2025-01-24T15:00:00Z") == {
        "2025-01-24:UA>RU": {"drones_launched": 100, "drones_intercepted": 121}
    }


def weapons(text: str) -> list[tuple[str, str, int]]:
    return [(f.category, f.role, f.value) for f in read_figures(text) if f.category != "people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched four Shahed 136 drones at the port overnight.", [("drones", "launched", 4)]),
        ("Russia launched 40 Geran 2 drones overnight.", [("drones", "launched", 40)]),
        (
            "The air defence had been able to destroy seven out of 10 missiles, the air force said.",
            [("missiles", "intercepted", 7), ("missiles", "launched", 10)],
        ),
        ("The air force said it lost track of 12 drones over the south.", [("drones", "suppressed", 12)]),
        (
            "Ukraine's air force said 45 drones were launched and 30 shot down.",
            [("drones", "launched", 45), ("drones", "intercepted", 30)],
        ),
        (
            "Russia launched 50 drones overnight; air defence shot down 38 in the skies over Ukraine.",
            [("drones", "launched", 50), ("drones", "intercepted", 38)],
        ),
        (
            "An attempt by the Kyiv regime to stage terrorist attacks with the use of 19 unmanned aerial "
            "vehicles was thwarted.",
            [("drones", "launched", 19)],
        ),
        # the hyphenated model was never a count either
        ("Russia launched 25 Shahed-136 drones.", [("drones", "launched", 25)]),
    ],
)
def test_models_and_verbs_of_the_air_forces_summaries(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert weapons(text) == expected


@pytest.mark.parametrize(
    "later",
    [
        "Rescue operations after the deadly attack that killed 12 people, including five children, "
        "concluded late on March 3.",
        "On March 3, the city mourned the victims of the Russian strike that killed 12 people.",
        "Funerals were held on Sunday for the victims of the drone attack, which killed 12 people.",
    ],
)
def test_a_later_days_news_of_the_attacks_toll_is_its_own(later: str) -> None:
    body = (
        "A Russian drone hit a residential building in Odesa early on March 2, injuring 20 people, the "
        f"regional governor said.\n\n{later}\n\nThe building's upper floors collapsed."
    )
    assert stated_figures(body, "2024-03-04T10:00:00Z") == {"2024-03-02:RU>UA": {"killed": 12, "injured": 20}}


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("— Olena Bondar (@olenabondar_ua) March 14, 2025", "2025-03-14:RU>UA"),
        ("— Ukraine Emergency Service (@DSNS_UA) March 14, 2025", "2025-03-14:RU>UA"),
        # a post weeks old is no date of this attack
        ("— Olena Bondar (@olenabondar_ua) January 2, 2025", "2025-03-15:RU>UA"),
    ],
)
def test_an_embedded_posts_date_dates_a_story_with_none_of_its_own(signature: str, expected: str) -> None:
    body = (
        "At least three people were killed when a Russian missile struck an apartment block in Sumy, local "
        "officials said.\n\n"
        "Sumy. A Russian missile hit a nine-storey building. Three dead. pic.twitter.com/Xb7Qm2 "
        f"{signature}\n\n"
        "Sumy lies about 30 kilometres from the Russian border."
    )
    assert stated_figures(body, "2025-03-15T12:00:00Z") == {expected: {"missiles_launched": 1, "killed": 3}}


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Russia launched 267 drones at Ukraine in an overnight attack on Saturday, the largest of the "
            "war, President Volodymyr Zelensky said on Sunday.",
            "2025-02-23:RU>UA",
        ),
        (
            "Russia fired 267 drones in a massive overnight drone attack on Saturday, Ukraine's air force "
            "said on Sunday.",
            "2025-02-23:RU>UA",
        ),
        # told the same day it names: the night that ended on the Saturday
        (
            "Russia launched 267 drones at Ukraine in an overnight attack on Saturday, the air force said "
            "on Saturday.",
            "2025-02-22:RU>UA",
        ),
    ],
)
def test_an_overnight_attack_on_a_day_told_the_next_morning(lead: str, expected: str) -> None:
    assert stated_figures(lead, "2025-02-23T12:00:00Z") == {expected: {"drones_launched": 267}}


@pytest.mark.parametrize(
    "zero",
    [
        "Officials reported no casualties or damage in Moscow, while other regions such as Bryansk and Kursk "
        "faced power cuts.",
        "There were no injuries in the Moscow region, but the Bryansk and Kursk regions reported damage.",
    ],
)
def test_a_zero_of_the_place_named_after_it_is_that_places(zero: str) -> None:
    body = (
        "Russia's defence ministry said it had destroyed 121 Ukrainian drones over 11 regions overnight. "
        f"{zero}"
    )
    assert stated_figures(body, "2025-01-24T09:00:00Z") == {"2025-01-24:UA>RU": {"drones_intercepted": 121}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 power engineers injured, all hospitalised, the company said.", [("injured", 3)]),
        ("Two miners were killed and four staff were hurt at the mine.", [("killed", 2), ("injured", 4)]),
        ("Two electricians were wounded when the drone hit the substation.", [("injured", 2)]),
    ],
)
def test_tolls_of_those_at_work(text: str, expected: list[Read]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "The death toll from a Russian missile strike on an apartment block in Dnipro over the weekend "
        "continued to rise on Monday.",
        "The toll of the Russian missile attack on Dnipro rose again on Monday, officials said.",
    ],
)
def test_the_day_a_toll_rose_is_not_the_attacks(lead: str) -> None:
    body = (
        f"{lead}\n\nRescuers searched the rubble of the building, struck by a missile on Saturday. At least "
        "40 people are dead and 75 were wounded, the regional governor said."
    )
    assert stated_figures(body, "2023-01-17T12:00:00Z") == {
        "2023-01-14:RU>UA": {"missiles_launched": 1, "killed": 40, "injured": 75}
    }


def test_the_day_of_another_attack_in_a_while_clause_is_not_this_ones() -> None:
    body = (
        "One person was killed as Russian strikes hit Kyiv, while the toll from Friday's attack on Kryvyi "
        "Rih continued to rise.\n\nThe Kyiv victim was found close to the epicentre of the strike in the "
        "Darnytskyi district, the mayor said.\n\nA further three people were injured in the strike, which "
        "set fire to warehouses and cars."
    )
    assert stated_figures(body, "2025-04-06T12:00:00Z") == {"2025-04-06:RU>UA": {"killed": 1, "injured": 3}}


@pytest.mark.parametrize(
    "downed",
    [
        "All missiles and 288 drones were shot down or neutralised in flight, the air force said.",
        "All the cruise missiles were destroyed, and 288 drones were shot down.",
        "All of the missiles were intercepted; 288 drones were downed.",
    ],
)
def test_all_of_a_kind_shot_down(downed: str) -> None:
    body = f"Russia launched nine cruise missiles and 355 attack drones at Ukraine overnight. {downed}"
    assert stated_figures(body, "2025-05-26T08:00:00Z") == {
        "2025-05-26:RU>UA": {
            "drones_launched": 355,
            "drones_intercepted": 288,
            "missiles_launched": 9,
            "missiles_intercepted": 9,
            "total_launched": 364,
            "total_intercepted": 297,
        }
    }


@pytest.mark.parametrize(
    "earlier",
    [
        "It comes a day after Kyiv suffered one of the heaviest assaults of the war, with Russian aerial "
        "attacks killing at least 13.",
        "This came just days after a missile strike on Sumy, killing 35 people.",
        "The attack came hours after Russian drones hit Kharkiv, killing four.",
    ],
)
def test_an_earlier_attacks_toll_set_beside_the_storys(earlier: str) -> None:
    body = (
        "At least 12 people were killed across Ukraine in overnight Russian drone and missile attacks, "
        f"regional officials said.\n\n{earlier}"
    )
    assert stated_figures(body, "2025-05-25T12:00:00Z") == {"2025-05-25:RU>UA": {"killed": 12}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A Russian ballistic missile struck Kryvyi Rih on Friday evening, killing at least 16 people, "
            "the head of the city administration said.",
            {"2025-04-04:RU>UA": {"missiles_launched": 1, "killed": 16}},
        ),
        (
            "A Russian drone hit Odesa on Friday evening, injuring three people, the governor said.",
            {"2025-04-04:RU>UA": {"drones_launched": 1, "injured": 3}},
        ),
        # one hit of a larger attack counted elsewhere
        (
            "A Russian missile struck Kryvyi Rih on Friday evening, the mayor said. Russia fired four "
            "Iskander-M missiles at the region, the air force said.",
            {"2025-04-04:RU>UA": {"missiles_launched": 4}},
        ),
        # also where it opens no sentence: a building it hit, in a story of one missile and one place
        (
            "A Russian missile hit a residential building in Dnipro on Friday evening, injuring five.",
            {"2025-04-04:RU>UA": {"missiles_launched": 1, "injured": 5}},
        ),
    ],
)
def test_a_story_that_opens_on_its_one_weapon(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-04-04T19:30:00Z") == expected


@pytest.mark.parametrize("duty", ["air defense alert systems", "alert air defense systems"])
def test_the_ministrys_alert_air_defence_is_no_air_raid_alert(duty: str) -> None:
    body = (
        "MOSCOW, December 8. /TASS/. Air defense forces shot down 67 Ukrainian UAVs over Russian regions "
        f'overnight, the Russian Defense Ministry reported.\n"Over the past night, {duty} destroyed 67 '
        "Ukrainian fixed-wing unmanned aerial vehicles: 24 over the Bryansk region, 12 over the Saratov "
        'region and 31 over the Rostov region," the ministry reported.'
    )
    reports = extract(schemas.Article(id="t", published_at="2025-12-08T09:00:00Z", body=body))
    assert [(r.incident_id, r.regions) for r in reports] == [
        ("2025-12-08:UA>RU", ["Bryansk", "Rostov", "Saratov"])
    ]
