"""The rules drawn in the eleventh session from the misses on published pages (R1–R8 and R10; none of them
is in the repo) and on probes helpers wrote, each in several wordings of our own. Every expected value is
read off the text by the corpus rules."""

from __future__ import annotations

from datetime import date

import pytest

from streams.pipeline.extraction.dates import find_dates
from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures


def read(text: str) -> list[tuple[str, str, int]]:
    return [(f.category, f.role, f.value) for f in read_figures(text)]


def places(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.role, f.value, f.place) for f in read_figures(text)]


# --- A relative clause tells what became of every count it follows ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The air force said the attack included eight Shahed drones and three cruise missiles which "
            "were shot down.",
            {
                "drones_launched": 8,
                "drones_intercepted": 8,
                "missiles_launched": 3,
                "missiles_intercepted": 3,
            },
        ),
        (
            "Russia launched 12 drones and two missiles, which were all destroyed by air defence.",
            {
                "drones_launched": 12,
                "drones_intercepted": 12,
                "missiles_launched": 2,
                "missiles_intercepted": 2,
            },
        ),
        (
            "Overnight the enemy sent 17 attack drones that were intercepted by mobile fire groups.",
            {"drones_launched": 17, "drones_intercepted": 17},
        ),
        (
            "Russian forces fired four Kh-101 missiles, which were successfully downed near Vinnytsia.",
            {"missiles_launched": 4, "missiles_intercepted": 4},
        ),
    ],
)
def test_counts_launched_then_shot_down_in_a_relative_clause(text: str, expected: dict[str, int]) -> None:
    stated = stated_figures(text, "2025-06-18T06:30:00Z")["2025-06-18:RU>UA"]
    assert {k: v for k, v in stated.items() if not k.startswith("total")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Air defence destroyed eight drones and three missiles which were launched from the Kursk region.",
        "Ukrainian forces shot down eight drones and three missiles that were fired from the Black Sea.",
    ],
)
def test_a_relative_clause_of_launch_keeps_the_interception(text: str) -> None:
    assert read(text) == [("drones", "intercepted", 8), ("missiles", "intercepted", 3)]


# --- A participle describes the count before; the verb before governs the next ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The air force said it had downed one more missile aimed at the capital, as well as four "
            "Shahed drones overnight.",
            [("missiles", "intercepted", 1), ("drones", "intercepted", 4)],
        ),
        (
            "Air defence destroyed 20 drones launched from the Bryansk region and three cruise missiles.",
            [("drones", "intercepted", 20), ("missiles", "intercepted", 3)],
        ),
        (
            "Crews shot down 30 drones flying towards Kyiv, as well as two cruise missiles.",
            [("drones", "intercepted", 30), ("missiles", "intercepted", 2)],
        ),
    ],
)
def test_a_count_joined_past_a_participle_keeps_the_verb_before(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert read(text) == expected


def test_a_count_with_its_own_verb_after_a_participle_keeps_it() -> None:
    text = "Russia launched 40 drones targeting Kyiv, and air defence destroyed 30."
    assert read(text) == [("drones", "launched", 40), ("drones", "intercepted", 30)]


# --- Dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a citation of an earlier story dates the event it cites
        (
            "As the news agency earlier reported, on the night of June 15, missiles hit the district.",
            date(2022, 6, 18),
            (date(2022, 6, 15), True),
        ),
        (
            "As Ukrinform reported, on October 30, a bomb hit the school.",
            date(2022, 11, 2),
            (date(2022, 10, 30), True),
        ),
        # a day between a person and what they did is that act's day
        (
            "President Zelensky on Sunday condemned the silence over the attack.",
            date(2023, 1, 16),
            (date(2023, 1, 15), False),
        ),
        ("The governor on Monday said rescuers had finished.", date(2023, 1, 17), (date(2023, 1, 16), False)),
        ("Russia on Sunday launched 40 drones at the city.", date(2023, 1, 16), (date(2023, 1, 15), True)),
        # an evening strike is that day's; a window from late evening runs into the next day
        (
            "On the evening of 25 October, Russian troops struck Dnipro.",
            date(2024, 10, 26),
            (date(2024, 10, 25), True),
        ),
        (
            "From 23:00 on Sunday, May 4, Russia attacked the Sumy region.",
            date(2025, 5, 5),
            (date(2025, 5, 5), True),
        ),
        (
            "Since the evening of 25 October, drones have circled the city.",
            date(2024, 10, 26),
            (date(2024, 10, 26), True),
        ),
    ],
)
def test_date_mentions(text: str, ref: date, expected: tuple[date, bool]) -> None:
    found = find_dates(text, ref)
    assert (found[-1].value, found[-1].strong) == expected


def test_an_earlier_story_cited_by_its_date_lends_no_figures() -> None:
    body = (
        "On Saturday, June 18, Russian forces struck Kryvyi Rih with missiles. Two people were wounded, the "
        "emergency service said.\n"
        "As the news agency earlier reported, on the night of June 15, the invaders fired at the district "
        "and hit it with two missiles."
    )
    assert stated_figures(body, "2022-06-18T15:00:00Z") == {"2022-06-18:RU>UA": {"injured": 2}}


def test_an_evening_strike_told_next_day_keeps_its_date() -> None:
    body = (
        "The death toll from the Russian missile strike on Dnipro has risen to six, the governor said.\n"
        "Background: On the evening of 14 March, Russian troops launched a missile attack on Dnipro."
    )
    assert stated_figures(body, "2025-03-15T09:00:00Z") == {"2025-03-14:RU>UA": {"killed": 6}}


def test_a_risen_toll_and_its_earlier_count_are_one_attack() -> None:
    body = (
        "The death toll of the Zaporizhzhia hospital strike has risen to five, the regional governor said.\n"
        "Yesterday the emergency service finished its work in Zaporizhzhia, where a Russian missile hit the "
        "hospital on 9 April. It was reported yesterday that three people had been killed. A total of 18 "
        "people were injured."
    )
    assert stated_figures(body, "2025-04-11T08:00:00Z") == {
        "2025-04-09:RU>UA": {"missiles_launched": 1, "killed": 5, "injured": 18}
    }


def test_a_reaction_on_another_day_does_not_date_the_attack() -> None:
    body = (
        "The death toll from the weekend missile strike on an apartment block in Dnipro has risen to 12, "
        "officials said on Monday.\n"
        "President Zelensky on Sunday condemned the strike as terror.\n"
        "The missile hit the building on Saturday afternoon."
    )
    assert list(stated_figures(body, "2025-02-10T10:00:00Z")) == ["2025-02-08:RU>UA"]


@pytest.mark.parametrize(
    "earlier",
    [
        "On the previous two days, 100 and 114 drones were downed.",
        "Over the previous three nights, air defence destroyed 305 drones.",
    ],
)
def test_the_previous_days_figures_are_another_time(earlier: str) -> None:
    body = (
        f"Russia launched 147 drones overnight, and 97 of them were shot down, the air force said. {earlier}"
    )
    stated = stated_figures(body, "2025-03-23T06:30:00Z")["2025-03-23:RU>UA"]
    assert stated["drones_intercepted"] == 97


# --- Tolls ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Doctors are fighting for the lives of four patients in serious condition.",
        "Surgeons saved the lives of three wounded children.",
        "Medics are struggling for the lives of two men.",
    ],
)
def test_lives_fought_for_or_saved_are_not_deaths(text: str) -> None:
    assert all(role != "killed" for _, role, _ in read(text))


def test_lives_taken_are_deaths() -> None:
    assert read("The strike claimed the lives of four people.") == [("people", "killed", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four deaths were reported in the western region of Lviv, bordering Poland.",
            [("killed", 4, "Lviv")],
        ),
        (
            "Other areas came under fire too, including the southern region of Odesa, where 13 people were "
            "injured.",
            [("injured", 13, "Odesa")],
        ),
        ("Two people were wounded in the northern province of Sumy.", [("injured", 2, "Sumy")]),
    ],
)
def test_the_region_of_a_place_locates_its_toll(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert places(text) == expected


# --- A headline line in a story told in sentences is another story's -------------------------------


def test_a_related_headline_inside_the_story_gives_way_to_the_storys_count() -> None:
    body = (
        "Ukraine's air defence shot down two of three Russian Shahed drones overnight, the air force said.\n"
        "01 Apr, 2024\n"
        "It was not clear whether the third drone reached a target in the Odesa region.\n"
        "The night was quieter than those of the week before, when Russia hit the power grid.\n"
        "Ukraine destroys 26 Russian drones in latest overnight strike\n"
        "On March 22, Russian troops carried out the largest strike on the grid so far.\n"
        "Engineers were still repairing two power plants in the region on Monday."
    )
    stated = stated_figures(body, "2024-04-01T09:00:00Z")["2024-04-01:RU>UA"]
    assert (stated["drones_launched"], stated["drones_intercepted"]) == (3, 2)


def test_lines_of_a_post_without_full_stops_are_its_text() -> None:
    body = (
        "Overnight attack on the Odesa region\n"
        "The enemy attacked with 35 Shahed drones from the Kursk direction\n"
        "Air defence shot down 31 of them over the south\n"
        "No casualties were reported in the region"
    )
    stated = stated_figures(body, "2025-06-18T06:30:00Z")["2025-06-18:RU>UA"]
    assert (stated["drones_launched"], stated["drones_intercepted"]) == (35, 31)


# --- Wholes after their parts, and relative clauses of some of them -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air defence destroyed 4 missiles and 47 drones overnight, out of 6 missiles and 60 drones "
            "launched.",
            [
                ("missiles", "intercepted", 4),
                ("drones", "intercepted", 47),
                ("missiles", "launched", 6),
                ("drones", "launched", 60),
            ],
        ),
        (
            "Eighteen drones were shot down overnight, the air force said, out of 25 launched by Russia.",
            [("drones", "intercepted", 18), ("drones", "launched", 25)],
        ),
        (
            "Air defence shot down 23 of the drones (out of 30 launched) overnight.",
            [("drones", "intercepted", 23), ("drones", "launched", 30)],
        ),
        (
            "Air defence downed 44 drones overnight, about 88 percent of the total of 50.",
            [("drones", "intercepted", 44), ("drones", "launched", 50)],
        ),
    ],
)
def test_a_whole_after_its_parts_is_the_launch(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 95 drones overnight, which were shot down or suppressed in most cases.",
        "Russia launched 40 drones, which were mostly shot down.",
        '"Russia launched 130 drones overnight," spokesman Yurii Ihnat said, "most of which were shot down."',
    ],
)
def test_a_relative_clause_of_most_of_them_keeps_the_launch(text: str) -> None:
    assert [(c, r) for c, r, _ in read(text)] == [("drones", "launched")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 110 drones; 62 were shot down, and 29 others crashed before reaching their targets.",
        "Of the 110 drones, 62 were destroyed and 29 drones fell before reaching their targets.",
    ],
)
def test_drones_that_crashed_before_reaching_targets_are_suppressed(text: str) -> None:
    assert ("drones", "suppressed", 29) in read(text)


# --- Datelines and titles -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SUMY, Ukraine, June 21 (EastWire) - The death toll from the overnight attack has risen to nine.",
        "KYIV, Jan 11 (Reuters) - Russia attacked Kyiv with drones overnight.",
    ],
)
def test_a_wire_datelines_date_is_when_it_was_filed(text: str) -> None:
    assert all(not d.strong for d in find_dates(text, date(2025, 6, 21)))


def test_a_place_of_the_war_in_the_title_leads_a_live_blog() -> None:
    body = (
        "11:40 - The spokesman says the pace of attacks is not slowing.\n"
        '"On the previous two nights, 132 and 118 drones were shot down.\n'
        "09:20 - The morning figures: the enemy attacked with 123 drones. Air defence downed 96 drones."
    )
    reports = stated_figures(
        body, "2025-12-08T10:00:00Z", title="LIVE: one killed in Zhytomyr region as drones attack again"
    )
    assert reports["2025-12-08:RU>UA"]["drones_launched"] == 123


# --- Whose toll ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian drone and missile attack on Ukraine's capital overnight killed at least six people.",
            [("killed", 6, "the capital")],
        ),
        ("A strike on Kharkiv early on Sunday killed four people.", [("killed", 4, "Kharkiv")]),
        ("A Russian attack on Ukraine overnight killed four people.", [("killed", 4, None)]),
        (
            "A short-range drone attack killed two people and wounded 10 more in the Chernihiv region.",
            [("killed", 2, "Chernihiv"), ("injured", 10, "Chernihiv")],
        ),
    ],
)
def test_whose_toll_by_the_attack_on_a_place(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert places(text) == expected


def test_deaths_in_several_places_with_no_total_give_no_figure() -> None:
    body = (
        "A Russian drone and missile attack on Ukraine's capital overnight killed at least six people, "
        "officials said.\n"
        "Elsewhere, a drone attack killed two people and wounded 10 more in the Chernihiv region."
    )
    stated = stated_figures(body, "2025-06-23T06:00:00Z")["2025-06-23:RU>UA"]
    assert "killed" not in stated


@pytest.mark.parametrize(
    "text",
    ["He noted that there were 741 air attack vehicles in total.", "There were 741 aerial targets in total."],
)
def test_there_were_n_weapons_is_the_attacks_size(text: str) -> None:
    assert read(text) == [("total", "launched", 741)]


# --- Each clause of its own has its own source -----------------------------------------------------


def test_a_ministrys_total_after_a_mayors_count_is_the_attacks() -> None:
    body = (
        "Over the Moscow region, 12 drones were downed, Sobyanin said; in total the MoD reported 46 "
        "Ukrainian drones destroyed overnight."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {"2025-06-18:UA>RU": {"drones_intercepted": 46}}


def test_a_toll_risen_from_one_count_to_another_is_the_later() -> None:
    assert read("The death toll rose from three to eight.") == [("people", "killed", 8)]


# --- A list's items with the noun left out ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 90 Russian drones were launched overnight: 61 downed, 25 locationally lost.",
            [("drones", "launched", 90), ("drones", "intercepted", 61), ("drones", "suppressed", 25)],
        ),
        (
            "Russia launched 72 drones: 58 shot down, 9 lost locally.",
            [("drones", "launched", 72), ("drones", "intercepted", 58), ("drones", "suppressed", 9)],
        ),
        (
            "Overnight figures: 72 Shahed drones launched, 58 shot down, 9 lost locally.",
            [("drones", "launched", 72), ("drones", "intercepted", 58), ("drones", "suppressed", 9)],
        ),
        # a part of the count before, not an item of a list
        ("Air defence shot down 40 drones, 12 destroyed by mobile groups.", [("drones", "intercepted", 40)]),
    ],
)
def test_list_items_take_their_own_verb(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked overnight, deploying 139 Shahed drones and decoy UAVs, and an Iskander-M ballistic "
        "missile, the air force said.",
        "The enemy sent 139 attack drones and an Iskander-M ballistic missile.",
    ],
)
def test_one_missile_after_a_launch_count_is_launched(text: str) -> None:
    assert read(text) == [("drones", "launched", 139), ("missiles", "launched", 1)]


def test_another_time_in_a_closing_relative_clause_leaves_the_sentence_this_attacks() -> None:
    body = (
        "Russia's defence ministry said on Sunday that air defences had destroyed 12 Ukrainian drones over "
        "the Moscow region overnight, which had rarely been targeted until several attacks this year."
    )
    assert stated_figures(body, "2023-08-06T09:00:00Z") == {"2023-08-06:UA>RU": {"drones_intercepted": 12}}


def test_a_drone_nearing_the_capital_is_one_drone() -> None:
    assert read("Air defence destroyed a drone nearing the capital.") == [("drones", "intercepted", 1)]


def test_an_attack_on_a_place_named_at_length_is_reported_without_figures() -> None:
    body = (
        "Overnight into August 2, Russia attacked the port and industrial infrastructure in the south of "
        "the Odesa region with kamikaze drones, the regional governor wrote on Telegram. Fires broke out at "
        "the port."
    )
    assert stated_figures(body, "2023-08-02T07:00:00Z") == {"2023-08-02:RU>UA": {}}


# --- A strike by day on one city is counted whole by its mayor --------------------------------------


def test_a_mayors_count_of_a_strike_by_day_on_his_city_is_the_attacks() -> None:
    body = (
        "On the evening of May 6, Russian troops attacked Kharkiv with six Shahed attack drones, mayor Ihor "
        "Terekhov said. The strikes hit two districts between 20:40 and 21:15."
    )
    stated = stated_figures(body, "2025-05-06T19:50:00Z")["2025-05-06:RU>UA"]
    assert stated.get("drones_launched") == 6


def test_a_mayors_count_of_a_nights_wave_is_his_citys_share() -> None:
    body = (
        "Russia attacked Ukraine with drones overnight. Kharkiv was attacked by 12 drones, mayor Ihor "
        "Terekhov said."
    )
    assert "drones_launched" not in stated_figures(body, "2025-05-06T06:50:00Z")["2025-05-06:RU>UA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an evening strike takes its own date
        ("Russian drones struck Kharkiv on Monday evening, injuring 5 people.", date(2025, 6, 16)),
        ("Russian drones attacked Zaporizhzhia on Tuesday evening, killing one.", date(2025, 6, 17)),
        # an evening that ran on into the night, or that began the night's attack, is the night's
        ("Russia attacked on Monday evening and into the night with 315 drones.", date(2025, 6, 17)),
        ("Russia began its latest drone attack on Monday evening.", date(2025, 6, 17)),
        ("Russia attacked on Monday evening, and the drones kept coming until dawn.", date(2025, 6, 17)),
        ("Explosions were heard late on Monday.", date(2025, 6, 17)),
    ],
)
def test_an_evening_is_its_own_days_unless_it_ran_into_the_night(text: str, expected: date) -> None:
    [found] = find_dates(text, date(2025, 6, 18))
    assert found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "There were no reports of injuries or deaths after Russia's overnight attack with 28 drones, the "
        "air force said.",
        "Russia attacked with 28 drones overnight; no deaths or injuries were reported, the air force said.",
    ],
)
def test_no_injuries_or_deaths_is_both_zeros(text: str) -> None:
    stated = stated_figures(text, "2025-06-18T06:30:00Z")["2025-06-18:RU>UA"]
    assert (stated.get("killed"), stated.get("injured")) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two employees of a postal depot, aged 41 and 52, were killed.", [("people", "killed", 2)]),
        (
            "Children are among the wounded: 7 people, including 2 children aged 5 and 11, were "
            "hospitalised.",
            [("people", "hospitalised", 7)],
        ),
    ],
)
def test_ages_and_a_heading_before_a_toll(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


def test_one_person_wounded_in_another_place_leaves_no_single_places_toll() -> None:
    body = (
        "Russia attacked the south with 87 drones overnight, the air force said.\n"
        "In Odesa, a woman, 58, sustained shrapnel wounds when a drone hit a warehouse.\n"
        "In the Mykolaiv region, two men aged 41 and 63 were hospitalized after debris fell on a house."
    )
    assert "injured" not in stated_figures(body, "2024-05-14T08:05:00Z")["2024-05-14:RU>UA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones killed a family of three in the Odesa region.", [("killed", 3, "Odesa")]),
        ("The strike killed a family of five in Kharkiv.", [("killed", 5, "Kharkiv")]),
    ],
)
def test_a_family_of_n_killed(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert places(text) == expected


def test_clauses_that_open_on_a_place_and_a_dash_are_its_tolls() -> None:
    text = "Russian overnight strikes: Dnipro - 5 injured; Zaporizhzhia - 3 injured; Kharkiv - 2 injured."
    assert places(text) == [
        ("injured", 5, "Dnipro"),
        ("injured", 3, "Zaporizhzhia"),
        ("injured", 2, "Kharkiv"),
    ]
    assert places("Update: 5 injured.") == [("injured", 5, None)]


def test_a_day_earlier_in_an_aside_after_tonights_count() -> None:
    body = (
        "Russia launched 62 drones overnight, after a day earlier firing 100 drones and 2 missiles. Air "
        "defence downed 48 drones overnight, the air force said."
    )
    # (the day before, told with counts of its own, is a report of that night's incident)
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {
        "2025-06-18:RU>UA": {"drones_launched": 62, "drones_intercepted": 48},
        "2025-06-17:RU>UA": {"drones_launched": 100, "missiles_launched": 2, "total_launched": 102},
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia launched a dozen drones at the Sumy region overnight; all were shot down.",
            {"drones_launched": 12, "drones_intercepted": 12},
        ),
        (
            "Russia launched 27 drones overnight. All were shot down.",
            {"drones_launched": 27, "drones_intercepted": 27},
        ),
        (
            "Russia fired 6 missiles overnight. Air defence destroyed all of them, the air force said.",
            {"missiles_launched": 6, "missiles_intercepted": 6},
        ),
        (
            "Overnight Russia fired 6 cruise missiles, which were all intercepted over the Mykolaiv region, "
            "and 30 drones.",
            {"missiles_launched": 6, "missiles_intercepted": 6, "drones_launched": 30},
        ),
        (
            "Russia launched 66 drones overnight; in the Odesa region alone, 21 were shot down.",
            {"drones_launched": 66},
        ),
    ],
)
def test_all_of_them_down_and_a_place_alone(body: str, expected: dict[str, int]) -> None:
    stated = stated_figures(body, "2025-06-18T06:30:00Z")["2025-06-18:RU>UA"]
    assert {k: v for k, v in stated.items() if not k.startswith("total")} == expected


def test_where_drones_were_launched_from_between_commas_leaves_the_verb_after() -> None:
    text = "The air force said 27 drones, which were launched from Russia's Bryansk region, were shot down."
    assert read(text) == [("drones", "intercepted", 27)]


def test_for_the_first_time_since_the_invasion_is_a_running_total() -> None:
    body = (
        "Delegations are expected to hold talks on Thursday. Russia acknowledged for the first time since "
        "the start of the invasion that nearly 500 Russian troops have been killed and around 1,600 wounded."
    )
    assert stated_figures(body, "2022-03-03T12:00:00Z") == {}


def test_a_place_named_to_locate_another_by_its_border_is_not_struck() -> None:
    body = (
        "Ukrainian drones attacked cars in Russia's Kursk region on Monday, regional authorities said.\n"
        '"One woman died at the scene, three other people were injured," they said, noting that the village '
        "lies near the border with northeastern Ukraine's Sumy region."
    )
    assert list(stated_figures(body, "2024-05-13T12:00:00Z")) == ["2024-05-13:UA>RU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women, 54 and 70, were killed in the strike.", [("people", "killed", 2)]),
        ("Three people, 54, 61 and 70, were injured.", [("people", "injured", 3)]),
    ],
)
def test_bare_ages_after_the_people_are_ages(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


def test_a_citation_of_a_long_named_agency_dates_the_event_it_cites() -> None:
    text = (
        "As the Ukrainian news agency Ukrinform previously reported, on the night of June 15, drones hit it."
    )
    assert [(d.value, d.strong) for d in find_dates(text, date(2022, 6, 18))] == [(date(2022, 6, 15), True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose from 4 to 7.", [("people", "killed", 7)]),
        ("The number of injured rose from 3 to 8.", [("people", "injured", 8)]),
        ("Between 5 to 10 drones were shot down.", []),  # a range stays no count
    ],
)
def test_a_toll_risen_from_one_count_to_another_in_digits(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert read(text) == expected


def test_in_the_sky_over_a_region_is_that_regions_count() -> None:
    assert places("Air defence shot down four drones in the sky over Mykolaiv region at night.") == [
        ("intercepted", 4, "Mykolaiv")
    ]
