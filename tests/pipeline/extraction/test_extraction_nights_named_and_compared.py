"""Which night a story's figures are of, as the fourteenth session's probes of dates and comparisons
showed the extractor misread it:

- nights and evenings named relative to the story ("this night", "last evening", "the previous evening",
  "the day before yesterday"), an evening's hour before midnight ("late on Tuesday, at about 11:20 p.m."),
  an attack that "began on Tuesday at 8 p.m." (the night that ended on Wednesday), and a weekday in another
  time zone ("2230 GMT on Tuesday"), which is not the Kyiv night's; "the night before last" (but "the night
  before the talks" or "before Saturday" is named by what follows);
- another night or period set beside this one: "far fewer than the record 479 drones and 20 missiles fired
  on the night of June 9", "well above its June average of about 70 a night", "compared with 58 the previous
  night", "the night before last, when 440 drones …", "; the night before, 37 of 45 were", "Since Friday,
  Russia has launched 1,200 drones", "this June", "in the first half of June", "waves
  of 400 drones every few nights" — none of them is this night's count or date, and the weapon the period
  names is still the one "it launched 60" counts overnight;
- "Geran drones", Russia's name for its Shaheds, point at Ukraine;
- the days a place was struck before ("the same facility as on 24 and 29 March", "a similar attack to the
  one on March 29") are not this attack's (the seventeenth session, from published pages);
- a day of mourning is declared for a day after the attack ("Kyiv has declared Friday, April 25, a day of
  mourning"; the eighteenth session), and the day a source did something, told in a relative clause after
  it ("according to the emergency service, which finished clearing the rubble on Tuesday"), is the
  source's, not the attack's (but "the attack, which ended on Sunday morning" dates the attack, and so
  may a person's "said the governor, who was at the scene on Tuesday night").

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

from datetime import date

import pytest

from streams.pipeline.extraction.dates import find_dates
from tests.pipeline.extraction.cases import stated_figures

WEDNESDAY_MORNING = "2025-06-18T06:30:00Z"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("This night the enemy used 76 air attack means.", date(2025, 6, 18)),
        ("Last evening the enemy attacked Nikopol with drones.", date(2025, 6, 17)),
        ("Kharkiv came under fire the previous evening.", date(2025, 6, 17)),
        ("The strike on Kharkiv the day before yesterday injured 14.", date(2025, 6, 16)),
        ("Late on Tuesday, at about 11:20 p.m., a missile hit Kharkiv.", date(2025, 6, 17)),
        ("Late on Tuesday, between 8:20 p.m. and 11 p.m., 51 drones were downed.", date(2025, 6, 17)),
        ("Late on Tuesday, between 20:20 and 22:40, 51 drones were downed.", date(2025, 6, 17)),
        ("The attack was smaller than the one the night before last.", date(2025, 6, 17)),
        ("The attack began on Tuesday at 8 p.m. and ended at 4 a.m.", date(2025, 6, 18)),
    ],
)
def test_a_night_or_evening_named_relative_to_the_story(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, date(2025, 6, 18))][:1] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Kyiv the night before the talks.",
        "Drones attacked the refinery during the night before Saturday.",
    ],
)
def test_the_night_before_an_event_is_named_by_it(text: str) -> None:
    assert all(d.value != date(2025, 6, 17) for d in find_dates(text, date(2025, 6, 18)))


def test_a_weekday_in_another_time_zone_is_no_day_of_the_night() -> None:
    assert (
        find_dates("Explosions were heard at 1:30 a.m. local time (2230 GMT on Tuesday).", date(2025, 6, 18))
        == []
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia launched 140 drones overnight — far fewer than the record 479 drones and 20 missiles "
            "fired on the night of June 9, the air force said. 118 of last night's drones were shot down.",
            {"drones_launched": 140, "drones_intercepted": 118},
        ),
        (
            "Russia launched 90 drones overnight, well above its June average of about 70 a night, the air "
            "force said. 75 were downed.",
            {"drones_launched": 90, "drones_intercepted": 75},
        ),
        (
            "Since Friday, Russia has launched 1,200 drones against Ukraine. Overnight, 150 drones were "
            "launched and 120 were downed, the air force said.",
            {"drones_launched": 150, "drones_intercepted": 120},
        ),
        (
            "In the first half of June Russia launched some 3,000 drones at Ukraine. Last night it sent "
            "another 55, of which 40 were shot down.",
            {"drones_launched": 55, "drones_intercepted": 40},
        ),
        (
            "Russia launched nearly 4,000 drones in May, according to the air force. Overnight, it launched "
            "60, and 52 were downed.",
            {"drones_launched": 60, "drones_intercepted": 52},
        ),
        (
            "Of the 58 Russian drones launched overnight, 47 were shot down; the night before, 37 of 45 "
            "were, the air force said.",
            {"drones_launched": 58, "drones_intercepted": 47},
        ),
    ],
)
def test_another_night_or_period_beside_this_one(body: str, expected: dict[str, int]) -> None:
    assert stated_figures(body, WEDNESDAY_MORNING) == {"2025-06-18:RU>UA": expected}


@pytest.mark.parametrize(
    "body",
    [
        "In June 2024, Russia launched about 800 drones at Ukraine; this June it has already launched more "
        "than 3,000, analysts noted.",
        "Analysts say Russia now launches waves of 400 or more drones every few nights, mixing Shaheds with "
        "decoys to exhaust air defences.",
    ],
)
def test_a_period_s_statistics_are_no_attack_report(body: str) -> None:
    assert stated_figures(body, WEDNESDAY_MORNING) == {}


def test_geran_drones_are_russia_s() -> None:
    body = (
        "'Geran drones struck military targets in Odesa overnight,' the Russian defence ministry said. "
        "Ukrainian officials said two people were injured in the city."
    )
    assert stated_figures(body, WEDNESDAY_MORNING) == {"2025-06-18:RU>UA": {"injured": 2}}


# --- A place struck before: "the same facility as on 24 and 29 March" -------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Last night Russia attacked the same critical infrastructure facility as on 24 and 29 March, "
            "killing a person, the head of the Lviv regional military administration said.",
            ["2024-03-31:RU>UA"],
        ),
        (
            "Russian drones attacked the Lviv region overnight, hitting the same substation as on March 29. "
            "A worker was injured.",
            ["2024-03-31:RU>UA"],
        ),
        (
            "Russia struck a power plant in the Lviv region overnight with missiles, the governor said, the "
            "same plant that was hit on 24 March. One person was killed.",
            ["2024-03-31:RU>UA"],
        ),
        (
            "Russia again struck Kharkiv with Shaheds overnight, a similar attack to the one on March 29, "
            "killing two people.",
            ["2024-03-31:RU>UA"],
        ),
        # the day of the attack itself, said to be like others
        (
            "The attack on Odesa on March 29 was similar, officials said on Sunday; two people were killed.",
            ["2024-03-29:RU>UA"],
        ),
    ],
)
def test_the_days_a_place_was_struck_before_are_not_this_attacks(body: str, expected: list[str]) -> None:
    assert list(stated_figures(body, "2024-03-31T12:00:00Z")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Odesa has declared Saturday, March 8, a day of mourning for the victims of the missile strike. On "
        "the night of March 7, Russian missiles hit a residential district, killing nine people and "
        "injuring 31, the regional governor said.",
        "March 8 was declared a day of mourning in Odesa. On the night of March 7, a Russian missile strike "
        "on a residential district killed nine people and injured 31.",
        "The city council declared mourning on Saturday, March 8. On the night of March 7, Russian missiles "
        "struck Odesa, killing nine people and injuring 31.",
    ],
)
def test_a_day_of_mourning_is_not_the_attacks_day(body: str) -> None:
    assert stated_figures(body, "2025-03-08T11:00:00Z") == {"2025-03-07:RU>UA": {"killed": 9, "injured": 31}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A Russian drone hit an apartment block in Sumy on the night of 3 to 4 March. The strike killed "
            "six people and injured 17, according to the State Emergency Service, which finished clearing "
            "the rubble on Thursday.",
            {"2025-03-04:RU>UA": {"killed": 6, "injured": 17}},
        ),
        (
            "A Russian drone hit an apartment block in Sumy on the night of 3 to 4 March. Seventeen people "
            "were wounded, according to the State Emergency Service, which finished its work on Thursday.",
            {"2025-03-04:RU>UA": {"injured": 17}},
        ),
        (
            "A Russian drone hit an apartment block in Sumy on the night of 3 to 4 March. The strike, which "
            "destroyed two entrances, killed six people, according to the emergency service, which finished "
            "clearing the rubble on Thursday.",
            {"2025-03-04:RU>UA": {"killed": 6}},
        ),
    ],
)
def test_the_day_a_source_did_something_is_not_the_attacks(
    body: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, "2025-03-07T10:00:00Z") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day an attack came, named by an anniversary
        (
            "Russia attacked Zaporizhzhia overnight. The attack, launched on the fourth anniversary of the "
            "full-scale invasion, involved 93 drones and 12 missiles, according to the air force.",
            {"2025-03-14:RU>UA": {"drones_launched": 93, "missiles_launched": 12, "total_launched": 105}},
        ),
        # a tally up to an anniversary is no night's
        (
            "Russia has launched more than 7,400 missiles at Ukraine by the third anniversary of the "
            "invasion, the air force said. Overnight it launched 40 drones.",
            {"2025-03-14:RU>UA": {"drones_launched": 40}},
        ),
    ],
)
def test_an_anniversary_names_a_day_or_ends_a_tally(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-03-14T08:00:00Z") == expected


def test_the_night_before_last_told_with_its_counts_is_its_own_report() -> None:
    body = (
        "Russia launched 20 drones at Ukraine last night, 17 of which were shot down, the air force said. "
        "The attack was far smaller than the one the night before last, when 440 drones and 32 missiles "
        "targeted Kyiv."
    )
    assert stated_figures(body, WEDNESDAY_MORNING) == {
        "2025-06-18:RU>UA": {"drones_launched": 20, "drones_intercepted": 17},
        "2025-06-17:RU>UA": {"drones_launched": 440, "missiles_launched": 32, "total_launched": 472},
    }
