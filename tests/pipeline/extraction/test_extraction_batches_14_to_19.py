"""What the fourteenth to nineteenth held-out batches asked for, each in wordings of our own: a figure
the sentence corrects in brackets, a date just before the count ("on Nov. 14, including …"), list items
that name only a missile type, a sentence that only says how many more were jammed, people counted one
by one, dates of other events and other weeks, drills and made-up examples, and the Russian defence
ministry's words for Ukraine's drones. Values are read off the sentences by the corpus rules before
the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

NIGHT = "2025-11-14:RU>UA"


def figures(body: str, published_at: str = "2025-11-14T07:30:00Z") -> dict[str, dict[str, int]]:
    return stated_figures(body, published_at)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia launched 73 drones overnight. Air defence neutralised 58 (not 52, as reported earlier) "
            "enemy drones, the air force said in an update.",
            {"drones_launched": 73, "drones_intercepted": 58},
        ),
        (
            "Russia struck Sumy overnight with 20 drones. The number of injured has risen to seven (earlier: "
            "four), the regional governor said.",
            {"drones_launched": 20, "injured": 7},
        ),
        (
            "Russia launched twelve drones at Ukraine overnight, the air force said. In Chernihiv two people "
            "were killed (initially one death was reported) and 15 were wounded (up from 9).",
            {"drones_launched": 12, "killed": 2, "injured": 15},
        ),
    ],
)
def test_a_figure_corrected_in_brackets_gives_the_new_figure(body: str, expected: dict[str, int]) -> None:
    assert figures(body) == {NIGHT: expected}


@pytest.mark.parametrize(
    "opening",
    [
        "Russia attacked Ukraine with 128 aerial weapons overnight on Nov. 14, including",
        "Overnight on Nov. 14 Russia fired 128 aerial weapons, including",
        "Russia attacked Ukraine with 128 aerial weapons overnight on November 14 —",
    ],
)
def test_a_date_before_the_parts_leaves_them_to_the_launch(opening: str) -> None:
    body = (
        f"{opening} 117 Shahed-type drones, seven Kh-101 cruise missiles and four Iskander-M ballistic "
        "missiles, the air force said."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 117, "missiles_launched": 11, "total_launched": 128},
    }


def test_thousands_after_a_dated_dash_are_a_count_not_a_range() -> None:
    body = (
        "Russia attacked Ukraine with 1,055 aerial weapons overnight on Nov. 14 — 1,012 drones and 43 "
        "missiles — the air force said."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 1012, "missiles_launched": 43, "total_launched": 1055}
    }


@pytest.mark.parametrize("bullet", ["✅", "–", "▫️"])
def test_list_items_that_name_only_the_missile_type_take_the_lists_verb(bullet: str) -> None:
    body = (
        "Overnight the enemy attacked with 61 means of air attack: 6 Kh-101 cruise missiles, 3 ATACMS-type "
        "ballistic missiles and 52 attack UAVs.\n"
        "Air defence shot down 47 air targets:\n"
        f"{bullet} 5 Kh-101;\n"
        f"{bullet} 2 ATACMS;\n"
        f"{bullet} 40 UAVs."
    )
    assert figures(body)[NIGHT] == {
        "drones_launched": 52,
        "drones_intercepted": 40,
        "missiles_launched": 9,
        "missiles_intercepted": 7,
        "total_launched": 61,
        "total_intercepted": 47,
    }


@pytest.mark.parametrize(
    "follow_up",
    [
        "Four more were suppressed by electronic warfare.",
        "Another four were jammed.",
        "Four more disappeared from radar screens.",
    ],
)
def test_a_sentence_that_only_says_how_many_more_were_jammed_counts_the_drones_before(follow_up: str) -> None:
    body = f"Russia sent 22 Shahed drones at Ukraine overnight. Air defence shot down 16 drones. {follow_up}"
    assert figures(body) == {NIGHT: {"drones_launched": 22, "drones_intercepted": 16, "drones_suppressed": 4}}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Sumy, a man and a woman were killed, the governor said.", {"killed": 2}),
        ("A pensioner and her grandson were injured in Sumy, the governor said.", {"injured": 2}),
        ("Two people - a 44-year-old man and a 70-year-old woman - were killed in Sumy.", {"killed": 2}),
        ("Three residents – aged 19, 45 and 80 – were wounded in Sumy.", {"injured": 3}),
    ],
)
def test_people_named_one_by_one_are_counted(sentence: str, expected: dict[str, int]) -> None:
    body = f"Russia launched 30 drones at Ukraine overnight, the air force said. {sentence}"
    assert figures(body) == {NIGHT: {"drones_launched": 30, **expected}}


def test_a_town_the_gazetteer_does_not_know_is_in_the_region_its_sentence_names() -> None:
    # Both tolls are the Bryansk region's, so the attack's: the village is no second place.
    body = (
        "Russia's defence ministry said it had downed 41 Ukrainian drones overnight. One of them killed a "
        "man in the Bryansk region, governor Alexander Bogomaz said. The Bryansk governor said the man was "
        "killed when a drone hit his car near the village of Zaluzhye."
    )
    assert figures(body) == {"2025-11-14:UA>RU": {"drones_intercepted": 41, "killed": 1}}


def test_a_breakdown_in_brackets_inside_a_list_is_not_added_to_its_count() -> None:
    body = (
        "Russia attacked overnight with 90 means of air attack: 80 drones and 10 missiles. Air defence "
        "neutralised 75 targets: 68 drones and 7 missiles (5 Kh-101 and 2 Kalibr)."
    )
    assert figures(body)[NIGHT] == {
        "drones_launched": 80,
        "drones_intercepted": 68,
        "missiles_launched": 10,
        "missiles_intercepted": 7,
        "total_launched": 90,
        "total_intercepted": 75,
    }


@pytest.mark.parametrize(
    "summary",
    [
        '"In total, 28 drones did not reach their targets," the spokesperson said.',
        "Altogether 28 of the drones failed to reach their targets.",
    ],
)
def test_drones_stopped_in_all_are_not_the_suppressed_count(summary: str) -> None:
    body = (
        "Russia attacked the south with 31 Shahed drones overnight. 19 drones were destroyed by air "
        f"defence, while 9 more were neutralised by electronic warfare means. {summary}"
    )
    assert figures(body) == {NIGHT: {"drones_launched": 31, "drones_intercepted": 19, "drones_suppressed": 9}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Both Kh-59 missiles were also shot down over the Odesa region.",
        "All three missiles were destroyed over the Odesa region.",
    ],
)
def test_all_of_the_attacks_weapons_downed_over_one_region_are_the_attacks(sentence: str) -> None:
    count = 2 if sentence.startswith("Both") else 3
    body = (
        f"Russia launched 35 drones and {count} guided missiles overnight, the air force said. Air defence "
        f"destroyed 26 drones. {sentence}"
    )
    assert figures(body)[NIGHT]["missiles_intercepted"] == count


@pytest.mark.parametrize(
    "comparison",
    [
        "It is the deadliest strike here since January 2023, when a missile hit a block and killed 46.",
        "Residents recalled 14 January 2023, when 46 people were killed in a strike on the same district.",
        "The city last lost so many in 2023, when a Kh-22 missile killed 46 people.",
    ],
)
def test_an_earlier_attack_in_a_when_clause_after_its_date_is_not_this_toll(comparison: str) -> None:
    body = (
        f"A Russian ballistic missile struck Dnipro overnight, killing nine, the governor said. {comparison}"
    )
    assert figures(body)[NIGHT]["killed"] == 9


def test_an_ordinal_of_a_floor_is_no_date() -> None:
    body = (
        "Russian drones struck Odesa overnight, killing three people, the governor said.\n"
        "Update: the toll rose to five after two bodies were found in a flat on the 11th floor."
    )
    assert figures(body) == {NIGHT: {"killed": 5}}


def test_tolls_under_region_headings_without_a_total_are_not_added() -> None:
    body = (
        "Russia attacked Ukraine overnight with 90 drones, 71 of which were shot down, the air force said.\n"
        "Kharkiv region. Two people were killed and six injured in Kharkiv, the governor said.\n"
        "Sumy region. One man was killed and three people were injured, the regional administration said."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 90, "drones_intercepted": 71}}


@pytest.mark.parametrize(
    "body",
    [
        "Air defence crews completed an exercise near Tver. According to the scenario, the 'enemy' launched "
        "60 air targets, including 35 drones and 25 cruise missiles, and all of them were destroyed.",
        "How to read the morning statement: in a hypothetical case where 100 drones were launched and 70 "
        "shot down, 30 remain unaccounted for.",
        "Analysts say Russia is on track to be able to launch 1,000 drones in a single night by autumn.",
        "Intelligence officials said Moscow aimed to launch up to 1,000 drones a night by year end.",
    ],
)
def test_figures_of_a_drill_an_example_or_a_plan_are_no_attack(body: str) -> None:
    assert figures(body) == {}


def test_a_quoted_of_the_n_opening_counts_the_whole_and_its_part() -> None:
    body = (
        'Overnight Russian forces fired cruise missiles at the energy grid. "Of the 50 missiles, 44 were '
        'destroyed by air defence," the commander-in-chief wrote.'
    )
    assert figures(body)[NIGHT] == {"missiles_launched": 50, "missiles_intercepted": 44}


def test_a_barrage_ranked_since_the_invasion_began_is_this_attack() -> None:
    body = (
        "Russia fired more than 70 missiles at Ukraine on Friday in the heaviest wave of strikes since the "
        "invasion began in February. Air defences shot down 51 of them, the air force said."
    )
    assert figures(body, "2025-11-14T16:00:00Z") == {
        NIGHT: {"missiles_launched": 70, "missiles_intercepted": 51}
    }


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Russia attacked Kharkiv with several missiles this week, killing two people.", None),
        ("It was the second massive strike on Kharkiv this week; two people were killed.", 2),
    ],
)
def test_this_week_is_a_day_gone_by_unless_it_ranks_the_attack(sentence: str, killed: int | None) -> None:
    body = f"Russia launched 40 drones at Ukraine overnight, the air force said. {sentence}"
    assert figures(body)[NIGHT].get("killed") == killed


def test_the_day_of_another_event_does_not_date_the_attack() -> None:
    body = (
        "Zelensky warned that no deal can be struck without Kyiv, on the eve of Monday's meeting between "
        "the US and Russian leaders.\n"
        "Overnight, Russia launched 140 drones at Ukraine, 120 of which were shot down, the air force said."
    )
    assert figures(body, "2025-11-14T07:30:00Z") == {
        NIGHT: {"drones_launched": 140, "drones_intercepted": 120}
    }


@pytest.mark.parametrize(
    "statement",
    [
        "The Kyiv regime's attempt to carry out a terrorist attack on facilities in Crimea using 42 "
        "aircraft-type unmanned aerial vehicles was thwarted, the Russian defence ministry said.",
        "An attempt by Kiev to attack facilities in Crimea with 42 fixed-wing drones was thwarted, the "
        "ministry said.",
    ],
)
def test_the_russian_ministrys_words_point_the_attack_at_russia(statement: str) -> None:
    assert set(figures(f"{statement} Nobody was hurt.")) == {"2025-11-14:UA>RU"}


@pytest.mark.parametrize(
    ("kharkiv", "odesa"),
    [
        (
            "Kharkiv Oblast. A 54-year-old man was killed and two women were injured, the governor said.",
            "Meanwhile in Odesa Oblast, a truck driver was killed and three people were injured.",
        ),
        (
            "In the north-eastern Kharkiv region, a man was killed and two women were injured.",
            "In Odesa region, a security guard at the port had been killed and three workers injured.",
        ),
        (
            "Kharkiv. A man was killed and two people were injured, the mayor said.",
            "Odesa Oblast. A 74-year-old woman was killed and her neighbour was injured.",
        ),
    ],
)
def test_tolls_of_two_regions_without_a_total_give_none(kharkiv: str, odesa: str) -> None:
    body = (
        "Russia attacked Ukraine overnight with 62 drones, 48 of which were shot down, the air force said.\n"
        f"{kharkiv}\n{odesa}"
    )
    assert figures(body) == {NIGHT: {"drones_launched": 62, "drones_intercepted": 48}}


@pytest.mark.parametrize(
    "statement",
    [
        "At about 02:10 Moscow time a Ukrainian unmanned aerial vehicle was shot down on approach to the "
        "airfield in the Saratov region, the Russian defence ministry said.",
        "Air defence of the Aerospace Forces shot down a Ukrainian unmanned aerial vehicle near the airfield "
        "in the Saratov region, the ministry said.",
        "Russian air defences destroyed a Ukrainian drone over the Saratov region overnight, the defence "
        "ministry said.",
    ],
)
def test_one_drone_shot_down_is_one_launched_and_one_intercepted(statement: str) -> None:
    assert figures(statement) == {"2025-11-14:UA>RU": {"drones_launched": 1, "drones_intercepted": 1}}


def test_an_offensive_against_russia_involving_drones_is_ukraines() -> None:
    body = "The overnight drone offensive against Russia, involving over 100 drones, hit two refineries."
    assert figures(body) == {"2025-11-14:UA>RU": {"drones_launched": 100}}


@pytest.mark.parametrize(
    "said",
    [
        "the air force said, adding that all of them were destroyed.",
        "the air force said. All of them were destroyed.",
        "and the air force said all of them had been shot down.",
    ],
)
def test_all_of_them_down_after_the_launch_counts_every_weapon_counted(said: str) -> None:
    body = f"Overnight Russia launched two Kh-59 missiles and 13 Shahed drones at Ukraine, {said}"
    assert figures(body)[NIGHT] == {
        "drones_launched": 13,
        "drones_intercepted": 13,
        "missiles_launched": 2,
        "missiles_intercepted": 2,
        "total_launched": 15,
        "total_intercepted": 15,
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukraine also received the bodies of 20 civilians in the exchange, officials said.", None),
        ("Moscow handed over the remains of 19 people, the coordination headquarters said.", None),
        ("Two people were killed in Lviv, the governor said.", 2),
    ],
)
def test_bodies_handed_over_are_not_the_attacks_dead(sentence: str, expected: int | None) -> None:
    body = f"Russia launched 30 drones at Ukraine overnight, the air force said. {sentence}"
    assert figures(body)[NIGHT].get("killed") == expected


def test_drones_that_sail_are_no_uavs() -> None:
    body = (
        "Russia's defence ministry said it had destroyed 12 Ukrainian sea drones and 30 UAVs overnight, "
        "and the Black Sea Fleet sank five naval drones near Sevastopol."
    )
    assert figures(body) == {"2025-11-14:UA>RU": {"drones_intercepted": 30}}


@pytest.mark.parametrize(
    ("second", "missiles"),
    [
        ("In addition, the occupiers fired 4 S-300 missiles at Mykolaiv.", 32),
        ("Additionally, 4 S-300 missiles were launched at Mykolaiv.", 32),
        ("In addition to the cruise missiles, the air force counted 40 drones.", 28),
    ],
)
def test_a_sentence_opening_in_addition_adds_its_launch_to_the_others(second: str, missiles: int) -> None:
    body = f"Overnight the enemy launched 28 Kh-101 cruise missiles from the Caspian Sea. {second}"
    assert figures(body)[NIGHT]["missiles_launched"] == missiles


def test_a_total_listed_after_a_dash_gives_its_parts_its_verb() -> None:
    body = (
        "Russia used 529 air attack assets: 51 missiles and 478 Shahed-type drones. Air defence shot down "
        "or suppressed 453 targets - 28 missiles and 425 drones."
    )
    assert figures(body)[NIGHT] == {
        "drones_launched": 478,
        "drones_intercepted": 425,
        "missiles_launched": 51,
        "missiles_intercepted": 28,
        "total_launched": 529,
        "total_intercepted": 453,
    }


def test_a_breakdown_after_a_dash_is_not_added_to_its_count() -> None:
    body = (
        "The enemy used a total of 631 means of air attack: 587 Shahed-type UAVs and 44 missiles - 29 "
        "Kh-101 cruise missiles and 15 Iskander-M."
    )
    assert figures(body)[NIGHT]["missiles_launched"] == 44


def test_a_detail_repeating_a_stated_count_after_in_addition_is_that_count() -> None:
    body = (
        "Overnight Russia attacked with six missiles and 26 attack drones, the air force said. In addition, "
        "26 Shahed drones were launched from the Primorsko-Akhtarsk area."
    )
    assert figures(body)[NIGHT]["drones_launched"] == 26


@pytest.mark.parametrize(
    ("lead", "night"),
    [
        (
            "Energy workers restored power in Chernihiv on Saturday, a day after Russian drones hit it.",
            "2025-11-14",
        ),
        (
            "Rescuers cleared the rubble in Sumy on Sunday, two days after a Russian missile strike.",
            "2025-11-14",
        ),
    ],
)
def test_the_day_after_the_attack_dates_the_attack_the_day_before(lead: str, night: str) -> None:
    body = f"{lead}\nRussia launched 126 drones at Ukraine, the air force said at the time."
    assert set(figures(body, "2025-11-16T09:00:00Z")) == {f"{night}:RU>UA"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A woman who was injured in the night attack on the Saltivskyi district died in hospital.",
        "A 58-year-old resident of the Seimsky district, who had been hospitalised with burns, died.",
        "An elderly man later died of his wounds, the governor said.",
    ],
)
def test_one_person_who_died_of_the_attack_is_one_killed(sentence: str) -> None:
    body = f"Russia launched 40 drones at Ukraine overnight, the air force said. {sentence}"
    assert figures(body)[NIGHT]["killed"] == 1


def test_both_of_which_were_destroyed_counts_the_launch_and_its_interceptions() -> None:
    body = "Overnight the enemy launched two attack UAVs at Uman, both of which were destroyed."
    assert figures(body)[NIGHT] == {"drones_launched": 2, "drones_intercepted": 2}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "both of which" is the two right before it, not the drones past them
        (
            "Russia launched 40 drones and two missiles overnight, both of which were shot down, the air "
            "force said.",
            {"drones_launched": 40, "missiles_launched": 2, "missiles_intercepted": 2, "total_launched": 42},
        ),
        (
            "Overnight the enemy attacked with 25 Shahed drones and two Kh-59 missiles; both of which were "
            "destroyed by air defence, the air force said.",
            {"drones_launched": 25, "missiles_launched": 2, "missiles_intercepted": 2, "total_launched": 27},
        ),
    ],
)
def test_all_of_which_after_a_second_weapon_counts_that_weapon(body: str, expected: dict[str, int]) -> None:
    assert figures(body)[NIGHT] == expected


@pytest.mark.parametrize("sentence", ["One security guard was injured.", "Two neighbours were injured."])
def test_guards_and_neighbours_are_people_counted(sentence: str) -> None:
    body = f"Russia launched 40 drones at Ukraine overnight, the air force said. {sentence}"
    assert figures(body)[NIGHT]["injured"] == int(sentence.startswith("Two")) + 1


def test_the_items_of_a_list_keep_its_attack_whatever_launch_areas_they_name() -> None:
    body = (
        "On the night of 14 November, the enemy attacked with 476 air attack means:\n"
        "- 430 attack UAVs of the Shahed type from the directions of Kursk and Oryol - RF;\n"
        "- 46 missiles: 2 Kinzhal missiles (Ryazan region - RF); 36 Kh-101 cruise missiles (Saratov region "
        "- RF); 8 Iskander-M ballistic missiles (Kursk and Voronezh regions - RF).\n"
        "The main direction of the strike: the Kyiv, Lviv and Khmelnytskyi regions."
    )
    assert set(figures(body)) == {NIGHT}
    assert figures(body)[NIGHT]["missiles_launched"] == 46


def test_where_a_national_source_spoke_is_not_where_the_drones_flew() -> None:
    body = (
        "In Kyiv, Ukraine's air force said Russia had launched 21 Shahed drones from the Kursk region. "
        "Drones hit energy sites in the Lviv and Ternopil regions."
    )
    assert figures(body)[NIGHT]["drones_launched"] == 21


def test_a_count_with_its_verb_left_out_shares_the_one_before() -> None:
    body = (
        "Russia launched 21 Shahed drones overnight. Thirteen of the drones were destroyed by mobile fire "
        "groups, and another four by anti-aircraft missile units, the air force said."
    )
    assert figures(body)[NIGHT]["drones_intercepted"] == 17


def test_earlier_attacks_in_when_clauses_after_their_dates_are_not_tonights() -> None:
    body = (
        "Russia launched 43 missiles and 24 drones at Ukraine early on Friday, the air force said. Friday's "
        "attack followed the largest assault of the war on Nov. 9, when Russia launched 122 missiles and 36 "
        "drones, and another on Nov. 12, when 99 missiles and 35 drones targeted Kyiv."
    )
    assert figures(body)[NIGHT] == {"drones_launched": 24, "missiles_launched": 43, "total_launched": 67}


def test_one_count_in_a_sentence_of_both_directions_is_its_own_clauses() -> None:
    body = (
        "Russia attacked Ukraine overnight with 78 attack drones, while Ukrainian drones set an oil depot in "
        "Russia's Oryol region on fire, officials on both sides said."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 78}}


def test_types_in_brackets_between_counts_of_one_kind_still_add_up() -> None:
    body = (
        "Russia fired 22 missiles at Ukraine overnight. Air defence destroyed 15 cruise missiles (Kh-101 and "
        "Kalibr), two Kh-59 guided missiles and 24 drones, the air force said."
    )
    assert figures(body)[NIGHT]["missiles_intercepted"] == 17


def test_a_whole_told_with_its_part_is_the_launch() -> None:
    body = (
        "Russia fired cruise missiles at Ukraine overnight. In an update the air force commander gave a "
        "precise figure of 76 cruise missiles, saying 60 of them had been shot down."
    )
    assert figures(body)[NIGHT] == {"missiles_launched": 76, "missiles_intercepted": 60}
