"""Readings the sixteenth session's published pages showed the extractor lacked.

A source named in the sentence after the count, as wire copy of Ukrainian outlets writes it ("… shot
down two drones over the Bryansk region. This was reported by the governor", "The regional
administration said this on Telegram"): the count is that source's, so a governor's count of his own
region stays his region's share rather than standing for an attack that reached other regions too.

Drones brought down by electronic warfare, however the means is said ("rerouted by", "with the help of",
"using" electronic warfare): suppressed, not intercepted.

An earlier attack named as such ("a previous Russian attack on Kostiantynivka killed 17", "in a prior
strike on the city", "Earlier, a Russian strike on Zaporizhzhia killed one", "Before the drone attack,
Russia had fired missiles, killing one", "the day after a bombardment killed 39") is another incident:
its toll is not this night's.

An absolute phrase on "with" says what became of the weapons it counts ("…were also targeted in the
attack, with 20 missiles shot down over the capital"): its participle, not the attack before it, gives
the role. A list of places goes on past "Krai" and "the Republic of" ("over Krasnodar Krai, the Republic
of Crimea and the Black Sea"): the count is the whole list's, not one region's.

A couple is two people ("killed a married couple"); one person named by the work they were doing ("killed
one man and injured a firefighter") is one. A toll told as the first reports ("Initial reports indicate
that one person was killed") is this attack's, and yields only to a later one. A regional air command
("Air Command West") counts its own zone, not the night.

A share with no number of its own ("most of about 70 missiles were shot down") gives no count: the share
downed is untold, and the whole may be the launch or a rounded count of what was downed. "All but one of
the drones were destroyed" and "18 missiles evaded air defence" count weapons that were not downed.

A page dated a day behind its story ("the night of July 2-3" on a page dated July 2) keeps the night's
date. A photo caption dated another day ("… on August 4, 2023. (Reuters)") dates the photo: the story after it
is still read. A list of recent attacks, each item opening on its date ("- On the night of August 31,
…"), dates those attacks, not the story's own.

Every article is our own; every expected value is read off the text by the corpus rules, written down
before the code was run."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two Ukrainian drones were shot down over the Bryansk region overnight.\n\nThis was reported "
            "by the region's governor, Alexander Bogomaz, on Telegram.\n\nIn the neighbouring Kursk "
            "region, a drone struck a power substation and three people were injured, the acting "
            "governor said.",
            {"2024-07-09:UA>RU": {"injured": 3}},
        ),
        (
            "Air defence destroyed four drones over the Belgorod region overnight. Governor Vyacheslav "
            "Gladkov said this in a post on Telegram.\n\nDrones also attacked an oil depot in the Oryol "
            "region, where a fire broke out. Nobody was hurt in Oryol, its governor said, while in "
            "Belgorod one man was wounded.",
            {"2024-07-09:UA>RU": {"injured": 1}},
        ),
    ],
)
def test_a_governors_count_told_after_it_stays_his_regions(
    body: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, "2024-07-09T08:00:00Z") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ukraine's air force said Russia launched 88 Shahed drones overnight. Air defence shot down 51 "
            "of them, and 34 more were rerouted by electronic warfare.",
            {"drones_launched": 88, "drones_intercepted": 51, "drones_suppressed": 34},
        ),
        (
            "Of the 120 drones Russia launched overnight, 70 were downed by air defence, while another 45 "
            "were neutralised with the help of electronic warfare, the air force said.",
            {"drones_launched": 120, "drones_intercepted": 70, "drones_suppressed": 45},
        ),
        (
            "Out of 123 Russian drones launched overnight, the military shot down 71 and used electronic "
            "countermeasures against 40 more, the air force said.",
            {"drones_launched": 123, "drones_intercepted": 71, "drones_suppressed": 40},
        ),
        (
            "The air force reported that 40 Russian attack drones were shot down overnight. A further 19 "
            "drones were brought down using electronic warfare, it said.",
            {"drones_intercepted": 40, "drones_suppressed": 19},
        ),
    ],
)
def test_drones_brought_down_by_electronic_warfare_are_suppressed(
    body: str, expected: dict[str, int]
) -> None:
    assert stated_figures(body, "2025-03-14T07:00:00Z") == {"2025-03-14:RU>UA": expected}


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Russian drones struck Kyiv overnight, injuring three people, the city's mayor said. A previous "
            "Russian attack on the city of Kostiantynivka killed 17 people.",
            "2025-06-18T06:00:00Z",
            {"2025-06-18:RU>UA": {"injured": 3}},
        ),
        (
            "Two people were killed in Kharkiv on Friday morning when Russian drones hit a warehouse, the "
            "governor said. In a prior attack on the city, 11 people were injured.",
            "2025-06-13T12:00:00Z",
            {"2025-06-13:RU>UA": {"killed": 2}},
        ),
        (
            "Air defence shot down 40 of 45 Russian drones overnight, the air force said. The previous "
            "Russian strike on Odesa, on Tuesday, left nine dead and 30 injured.",
            "2025-06-18T06:00:00Z",
            {"2025-06-18:RU>UA": {"drones_launched": 45, "drones_intercepted": 40}},
        ),
        (
            "Russian drones struck Kyiv overnight, injuring three people, the mayor said. Earlier, a Russian "
            "strike on Zaporizhzhia killed one person and injured another.",
            "2025-06-18T06:00:00Z",
            {"2025-06-18:RU>UA": {"injured": 3}},
        ),
        (
            "Russian drones struck Kyiv overnight, injuring three people, the mayor said. Before the drone "
            "attack, Russia had also fired a barrage of missiles across Ukraine, killing one person and "
            "wounding 28.",
            "2025-06-18T06:00:00Z",
            {"2025-06-18:RU>UA": {"injured": 3}},
        ),
        (
            "Russian drones struck Kyiv overnight, injuring three people, the mayor said. The attack came "
            "the day after an 18-hour bombardment across Ukraine killed at least 39 civilians.",
            "2025-06-18T06:00:00Z",
            {"2025-06-18:RU>UA": {"injured": 3}},
        ),
    ],
)
def test_the_toll_of_a_previous_attack_is_not_this_ones(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lviv and Kharkiv oblasts were also targeted in the attack, with 20 Russian missiles shot down "
            "over the capital.",
            [("missiles", "intercepted", 20)],
        ),
        ("Kharkiv was also hit in the attack, with 14 drones destroyed.", [("drones", "intercepted", 14)]),
        # without a participle the "with" still counts what was launched
        (
            "Russia struck Ukraine in a combined attack, with 40 missiles and 100 drones.",
            [("missiles", "launched", 40), ("drones", "launched", 100)],
        ),
    ],
)
def test_a_with_phrase_takes_the_role_of_its_participle(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


def test_a_list_of_places_goes_on_past_krai_and_republic() -> None:
    text = (
        "During the night, 44 Ukrainian drones were destroyed over Krasnodar Krai, the Republic of Crimea "
        "and the Black Sea."
    )
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == [("intercepted", 44, None)]


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Ukrainian drone strikes in the Bryansk region killed one man and injured a firefighter, the "
            "regional governor said on Friday afternoon.",
            "2025-12-26T15:00:00Z",
            {"2025-12-26:UA>RU": {"killed": 1, "injured": 1}},
        ),
        (
            "Russian drones hit a fire station in Kherson on Monday morning. A rescuer was injured, the "
            "regional military administration said.",
            "2025-06-16T10:00:00Z",
            {"2025-06-16:RU>UA": {"injured": 1}},
        ),
        (
            "Russian forces struck an industrial site in Zaporizhzhia on Wednesday afternoon, the governor "
            "said. Initial reports indicate that one person was killed and three others were injured.\n\n"
            "Update 4:30 p.m.: The number of injured rose to six.",
            "2025-01-08T16:00:00Z",
            {"2025-01-08:RU>UA": {"killed": 1, "injured": 6}},
        ),
        (
            "Russia attacked Ukraine with missiles overnight, hitting energy sites in the Lviv, "
            "Ivano-Frankivsk and Dnipropetrovsk regions. Soldiers of Air Command West shot down three "
            "cruise missiles over the Lviv region, its spokesman said.",
            "2024-04-27T08:00:00Z",
            {"2024-04-27:RU>UA": {}},
        ),
    ],
)
def test_people_by_trade_first_reports_and_a_zones_air_command(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky said most of about 70 missiles were shot down.", []),
        ("The majority of the 40 drones were destroyed by mobile fire groups.", []),
        ("Nearly all of the 50 Shaheds were downed over the south.", []),
        ("All but one of the drones were destroyed, the air force said.", []),
        ("Air defence was busy all night, but 18 missiles were able to evade it.", []),
        ("Six missiles got through the air defences and hit power plants.", []),
        ("Nine in ten of the drones were downed or jammed, the air force said.", []),
        # a share with its own number is still the interceptions
        ("Of the 50 drones, 45 were shot down.", [("drones", "launched", 50), ("drones", "intercepted", 45)]),
    ],
)
def test_a_share_of_a_whole_and_weapons_that_got_through(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The enemy fired 15 barrel artillery projectiles at Nikopol during the day.",
        "Russian troops fired 40 mortar rounds at the village.",
    ],
)
def test_fire_from_the_ground_is_no_air_weapon(text: str) -> None:
    assert read_figures(text) == []


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Russian drones attacked energy facilities in Sumy, cutting power to part of the city, the "
            "regional military administration said. One man was injured by falling debris.\n\n"
            "Earlier attacks on the energy sector:\n"
            "- On the night of August 31, Russian drones struck a substation in the Odesa region; one person "
            "was injured.\n"
            "- September 2: a missile hit a power plant in Chernihiv.",
            "2025-09-04T10:00:00Z",
            {"2025-09-04:RU>UA": {"injured": 1}},
        ),
        (
            "Drones hit a grain terminal in the Odesa region overnight, the governor said. Two people were "
            "injured.\n\nRecent strikes on the region:\n"
            "• September 1 – a missile struck a hotel in Odesa.\n"
            "• On September 2 drones damaged a kindergarten in Izmail.",
            "2025-09-04T07:00:00Z",
            {"2025-09-04:RU>UA": {"injured": 2}},
        ),
    ],
)
def test_a_timeline_of_recent_attacks_does_not_date_the_story(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


def test_a_photo_caption_of_another_day_does_not_hide_the_story() -> None:
    body = (
        "Ukrainian soldiers prepare a drone for launch near the front line in the Zaporizhzhia region, "
        "Ukraine, on August 4, 2023. (Reuters)\n\nRussia's air defence destroyed two Ukrainian drones over "
        "the Bryansk region, governor Alexander Bogomaz said on Sunday. There were no casualties, he said."
    )
    assert stated_figures(body, "2023-08-06T12:00:00Z") == {"2023-08-06:UA>RU": {"killed": 0, "injured": 0}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian drone attack overnight killed a married couple and injured 17 others in Odesa.",
            [("injured", 17), ("killed", 2)],
        ),
        ("An elderly couple was killed when the missile hit their house.", [("killed", 2)]),
        ("A young couple were injured by falling debris.", [("injured", 2)]),
        ("A married couple died, a man aged 68 and a woman aged 64.", [("killed", 2)]),
    ],
)
def test_a_couple_is_two_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.role, f.value) for f in read_figures(text) if f.category == "people"] == expected


def test_a_night_that_began_on_the_pages_date_ends_the_day_after() -> None:
    body = (
        "Drone attacks were reported across several Russian regions on the night of July 2-3, with "
        "explosions heard in Lipetsk. Russia's defence ministry said its air defences downed 69 Ukrainian "
        "drones overnight."
    )
    assert stated_figures(body, "2025-07-02T12:00:00Z") == {"2025-07-03:UA>RU": {"drones_intercepted": 69}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "said this was …" is a judgement, not the source of the counts before it
        (
            "Russia launched 45 drones at Ukraine overnight, and 40 were shot down, including three over the "
            "Kharkiv region. Kharkiv mayor Ihor Terekhov said this was the heaviest attack on the city in "
            "months.",
            {"drones_launched": 45, "drones_intercepted": 40},
        ),
        # list items all of the story's own day are a summary, not a timeline of other attacks
        (
            "What we know so far:\n- On the night of June 17, Russia launched 120 drones and 8 missiles at "
            "Ukraine, the air force said.\n- On June 17, air defence shot down 100 drones.\n- Two people "
            "were injured in Kyiv.",
            {
                "drones_launched": 120,
                "drones_intercepted": 100,
                "missiles_launched": 8,
                "total_launched": 128,
                "injured": 2,
            },
        ),
        # Ukrainian speakers, not Ukrainian attacks; Russian-backed forces attack
        (
            "Ukrainian media reported attacks on Odesa overnight, with two people injured in the city.",
            {"injured": 2},
        ),
        (
            "Russian-backed forces launched drones at Kramatorsk in the Donetsk region, killing two.",
            {"killed": 2},
        ),
        # a comparison with the previous attack is this attack's
        (
            "Russia launched 50 drones at Ukraine overnight, the air force said. As in the previous attack, "
            "air defence shot down 45 of them.",
            {"drones_launched": 50, "drones_intercepted": 45},
        ),
        # drones that penetrated the airspace were met there: a relative clause, not weapons that got through
        (
            "Ukrainian air defence shot down 30 of the 36 Russian drones that penetrated Ukrainian airspace "
            "overnight, the air force said.",
            {"drones_launched": 36, "drones_intercepted": 30},
        ),
        # electronic warfare as one of several means is no suppression
        (
            "The air force said 40 Russian drones were shot down overnight using electronic warfare, machine "
            "guns and interceptor missiles.",
            {"drones_intercepted": 40},
        ),
    ],
)
def test_what_the_new_readings_leave_alone(body: str, expected: dict[str, int]) -> None:
    [figures] = stated_figures(body, "2025-06-18T08:00:00Z").values()
    assert figures == expected


def test_an_earlier_report_cited_keeps_its_own_night() -> None:
    body = (
        "On the night of March 11, Russia attacked Ukraine with two Iskander-M missiles and 74 drones, the "
        "air force said. Air defence shot down 52 drones.\n\nAs Ukrinform reported earlier, on the night of "
        "March 9, Russian troops attacked Ukraine with 119 attack drones."
    )
    figures = stated_figures(body, "2025-03-11T08:00:00Z")["2025-03-11:RU>UA"]
    assert figures["drones_launched"] == 74


def test_what_the_air_force_tallied_was_launched() -> None:
    body = (
        "Russia launched a mass attack on Ukraine overnight. The air force tallied 396 aerial weapons, "
        "including 21 missiles and 375 drones."
    )
    assert stated_figures(body, "2026-01-24T08:00:00Z") == {
        "2026-01-24:RU>UA": {"drones_launched": 375, "missiles_launched": 21, "total_launched": 396}
    }


def test_the_number_of_victims_of_yesterdays_strike_dates_the_strike() -> None:
    body = (
        "The number of victims of yesterday's Russian strike on Kyiv has risen. The city administration said "
        "28 people had been killed."
    )
    assert stated_figures(body, "2025-06-18T10:00:00Z") == {"2025-06-17:RU>UA": {"killed": 28}}
