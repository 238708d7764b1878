"""Reading counted phrases in one sentence."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.direction import direction_score
from streams.pipeline.extraction.figures import line_place, read_figures


def roles(text: str, carry: str | None = None) -> list[tuple[str, str, int]]:
    return [(f.category, f.role, f.value) for f in read_figures(text, carry)]


def test_interceptions_and_lost_locally_are_separate() -> None:
    text = (
        "Air defences downed 268 of the drones and two of the missiles, "
        "with a further 208 drones failing to reach their targets."
    )
    assert roles(text) == [
        ("drones", "intercepted", 268),
        ("missiles", "intercepted", 2),
        ("drones", "suppressed", 208),
    ]


def test_out_of_gives_both_counts() -> None:
    assert roles("Ukraine's forces destroyed 14 out of 16 Russian attack drones.") == [
        ("drones", "intercepted", 14),
        ("drones", "launched", 16),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "67 drones were lost from radar, while another 10 UAVs exited Ukrainian airspace towards Belarus.",
        "Air defence shot down 40 drones; two more left Ukrainian airspace.",
        "Three of the drones flew into Moldova, its foreign ministry said.",
    ],
)
def test_weapons_that_went_elsewhere_count_for_no_figure(text: str) -> None:
    assert all(value not in (10, 2, 3) for _, _, value in roles(text))


def test_hits_are_not_interceptions() -> None:
    assert roles("Five missiles and 21 drones struck various locations.") == [
        ("missiles", "hit", 5),
        ("drones", "hit", 21),
    ]


def test_casualties_killed_injured_hospitalised() -> None:
    assert roles("Russian missiles hit a school, killing five people and wounding 25.") == [
        ("people", "killed", 5),
        ("people", "injured", 25),
    ]
    assert roles("Three people were hospitalized.") == [("people", "hospitalised", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials put the death toll at 12.", [("people", "killed", 12)]),
        ("The Interior Ministry put the number of wounded nationwide at 31.", [("people", "injured", 31)]),
        ("By noon the death toll stood at 9.", [("people", "killed", 9)]),
        ("Two rescuers were among five people killed.", [("people", "killed", 5)]),
    ],
)
def test_a_toll_stated_without_a_verb_of_its_own(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


def test_a_list_of_counts_its_parts_follow_is_the_launch() -> None:
    text = (
        "The air force gave more precise figures: 597 drones and 48 missiles, "
        "of which 568 drones and 43 missiles were shot down."
    )
    assert roles(text) == [
        ("drones", "launched", 597),
        ("missiles", "launched", 48),
        ("drones", "intercepted", 568),
        ("missiles", "intercepted", 43),
    ]


def test_counts_a_statement_lists_as_its_figures_are_the_launch() -> None:
    text = "The air force gave more precise figures: 477 attack drones and decoys, and 46 missiles."
    assert roles(text) == [("drones", "launched", 477), ("missiles", "launched", 46)]


def test_interception_figures_after_a_colon_are_no_launch() -> None:
    assert roles("The ministry published its interception figures: 40 drones and 5 missiles.") == []


def test_weapons_directed_at_a_place_are_that_places() -> None:
    [figure] = read_figures("The ministry said 34 drones were directed at Moscow.")
    assert (figure.role, figure.value, figure.place) == ("launched", 34, "Moscow")


def test_where_a_missile_was_fired_from_is_not_its_place() -> None:
    [figure] = read_figures("Russia also used two Kh-59 missiles fired from airspace over the Kursk region.")
    assert (figure.role, figure.value, figure.place) == ("launched", 2, None)


def test_a_toll_risen_after_one_victim_died_is_not_of_the_victim_s_place() -> None:
    # the place is where the one counted last was hurt, not where the toll was counted
    text = "The death toll rose to five on Wednesday, after a man injured in Lviv died in hospital."
    [figure] = read_figures(text)
    assert (figure.role, figure.value, figure.place) == ("killed", 5, None)
    # (the clause of the attack that killed them still says where)
    [figure] = read_figures(
        "Four people were killed when Russia attacked the Bukovina area in the Chernivtsi region."
    )
    assert (figure.role, figure.value, figure.place) == ("killed", 4, "Chernivtsi")


@pytest.mark.parametrize(
    "text",
    [
        "The strike left at least 11 people dead or wounded.",
        "Eleven people were killed or injured.",
        "The strike killed or injured 11 people.",
    ],
)
def test_killed_and_injured_counted_together_give_neither(text: str) -> None:
    assert roles(text) == []


@pytest.mark.parametrize(
    "text", ["The attack killed two and injured 11.", "The attack killed 2 and injured 11."]
)
def test_a_bare_number_before_and_takes_the_verb_before_it(text: str) -> None:
    assert roles(text) == [("people", "killed", 2), ("people", "injured", 11)]


def test_a_clause_opening_on_a_place_without_a_comma_keeps_its_toll_there() -> None:
    text = "In the Kherson region, one man was killed, and in Zaporizhzhia four people were injured."
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == [
        ("killed", 1, "Kherson"),
        ("injured", 4, "Zaporizhzhia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("36 Ukrainian citizens have sustained injuries.", [("people", "injured", 36)]),
        ("One employee suffered burns.", [("people", "injured", 1)]),
    ],
)
def test_people_and_injuries_in_other_words(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


def test_a_drone_noun_of_russian_reports_in_translation() -> None:
    text = "Air defence intercepted and destroyed 64 Ukrainian BPLA of aircraft type."
    assert roles(text) == [("drones", "intercepted", 64)]


def test_children_among_the_injured_are_not_a_total() -> None:
    assert roles("A strike killed at least 17 people, including four children, and injured 38 others.") == [
        ("people", "killed", 17),
        ("people", "injured", 38),
    ]


def test_headless_number_takes_the_previous_sentence_weapon() -> None:
    assert roles("Two more disappeared in the area.", carry="drones") == [("drones", "suppressed", 2)]


def placed(text: str) -> list[tuple[str, str, int, str | None]]:
    return [(f.category, f.role, f.value, f.place) for f in read_figures(text)]


def test_counts_of_one_place_carry_the_place() -> None:
    assert placed("Air defences shot down 19 drones near Moscow, the mayor said.") == [
        ("drones", "intercepted", 19, "Moscow")
    ]
    assert placed("Air defences shot down 19 drones over the Kursk region.") == [
        ("drones", "intercepted", 19, "Kursk")
    ]
    assert placed("Two more drones targeted the Belgorod region.") == [("drones", "launched", 2, "Belgorod")]
    assert placed("In the Odesa region, three people were injured.") == [("people", "injured", 3, "Odesa")]
    assert placed("Four people were killed in Kharkiv on Sunday.") == [("people", "killed", 4, "Kharkiv")]
    assert placed("They destroyed 46 drones over the border region of Kursk.") == [
        ("drones", "intercepted", 46, "Kursk")
    ]
    assert placed("A strike in the western city of Ternopil killed nine people.") == [
        ("people", "killed", 9, "Ternopil")
    ]


def test_counts_of_the_whole_attack_have_no_place() -> None:
    assert placed("Air defences destroyed 80 drones over the Kursk, Bryansk and Belgorod regions.") == [
        ("drones", "intercepted", 80, None)
    ]
    assert placed("A total of 105 drones targeted Russia overnight.") == [("drones", "launched", 105, None)]
    assert placed("At least four people were killed on Saturday as Russia targeted Ukraine.") == [
        ("people", "killed", 4, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A type named among the weapons just counted is not another count of them.
        (
            "Russia fired 16 missiles, including six Kinzhal hypersonic missiles, and 40 drones.",
            [("missiles", "launched", 16), ("drones", "launched", 40)],
        ),
        (
            "The enemy launched 120 drones, among them 70 Shaheds, the air force said.",
            [("drones", "launched", 120)],
        ),
        # Another weapon after "including" is a part of a total, and is read.
        (
            "In total Russia launched 91 projectiles, including 10 missiles and 81 drones.",
            [("total", "launched", 91), ("missiles", "launched", 10), ("drones", "launched", 81)],
        ),
    ],
)
def test_a_type_among_the_weapons_counted_is_not_another_count(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "carry", "expected"),
    [
        # A bare number right after an interception verb, its clause ending there: the weapon before.
        ("By forces of air defence it was neutralised 58.", "drones", [("drones", "intercepted", 58)]),
        ("Air defence shot down 40, the air force said.", "missiles", [("missiles", "intercepted", 40)]),
        (
            "Of them, mobile fire groups destroyed 12 and the rest were lost locally.",
            "drones",
            [("drones", "intercepted", 12)],
        ),
        # Not after other verbs, nor before a noun of something else.
        ("The enemy hit 3.", "drones", []),
        ("Air defence destroyed 58 enemy positions.", "drones", []),
    ],
)
def test_a_bare_number_an_interception_verb_governs_counts_the_weapon_before(
    text: str, carry: str, expected: list[tuple[str, str, int]]
) -> None:
    assert roles(text, carry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb after a count coordinated with the whole of "N of M" governs the part too.
        (
            "The Air Force said 71 of the 84 drones and all four cruise missiles were downed.",
            [("drones", "intercepted", 71), ("drones", "launched", 84), ("missiles", "intercepted", 4)],
        ),
        (
            "Air defence says 40 of 52 Shaheds and two ballistic missiles were intercepted overnight.",
            [("drones", "intercepted", 40), ("drones", "launched", 52), ("missiles", "intercepted", 2)],
        ),
        # The part is never a launch count: with a verb of hits it is not read.
        (
            "Officials said 12 of the 30 drones and six missiles hit energy sites.",
            [("drones", "launched", 30), ("missiles", "hit", 6)],
        ),
    ],
)
def test_a_part_of_a_whole_takes_the_verb_after_the_count_coordinated_with_it(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Up to N" gives N, a rounded count (labelling rule 2).
        (
            "Russia launched a total of 67 cruise missiles and up to 10 Lancet kamikaze drones.",
            [("missiles", "launched", 67, False), ("drones", "launched", 10, True)],
        ),
        ("Air defence shot down up to 40 Shaheds over the south.", [("drones", "intercepted", 40, True)]),
        # A rate or a capability is no count of this attack.
        ("Russia hits the grid with waves of up to 30 drones at a time, he said.", []),
        ("The enemy can launch up to 1,000 Shahed drones at once.", []),
    ],
)
def test_up_to_gives_a_rounded_count(text: str, expected: list[tuple[str, str, int, bool]]) -> None:
    assert [(f.category, f.role, f.value, f.qualified) for f in read_figures(text)] == expected


def test_soldiers_and_ages_are_not_victims() -> None:
    assert roles("The army lost 315 soldiers; women aged 71 and 53 were wounded.") == []


def test_singular_missile() -> None:
    assert roles("An X-59 guided missile was intercepted and destroyed.") == [("missiles", "intercepted", 1)]


def test_the_month_may_is_not_the_modal_may() -> None:
    text = "On the night of 12 May, the enemy attacked Ukraine with 64 Shahed drones."
    assert roles(text) == [("drones", "launched", 64)]
    assert roles("Russia may launch 300 drones a night by the autumn.") == []


def test_a_launch_area_before_and_is_not_an_earlier_figure() -> None:
    text = "The enemy attacked with two Iskander-M missiles from occupied Crimea and 33 Shahed drones."
    assert roles(text) == [("missiles", "launched", 2), ("drones", "launched", 33)]
    assert roles("The toll rose to 9 from 4 people.") == [("people", "killed", 9)]


def test_one_of_the_missiles_is_a_part_not_a_count() -> None:
    text = (
        "One of the missiles hit a four-storey school building in the Saltivskyi district, "
        "tearing away part of the roof, the governor said."
    )
    assert roles(text, carry="drones") == []


def test_of_them_after_drones_and_missiles_counts_both() -> None:
    text = "Russia fired 80 drones and five missiles, and air defences shot down 71 of them."
    assert roles(text)[-1] == ("total", "intercepted", 71)
    assert roles("Air defences shot down 71 of them.", carry="total") == [("total", "intercepted", 71)]


def test_a_toll_of_people_killed_risen_to_a_number_word() -> None:
    text = "The number of people killed in the strike on Sumy has risen to seven, officials said."
    assert roles(text) == [("people", "killed", 7)]


def test_wounded_soldiers_are_not_casualties_of_an_air_attack() -> None:
    assert roles("Ukraine received 22 seriously wounded servicemen in the exchange.") == []


def test_one_person_by_role_noun() -> None:
    assert roles("A drone killed a driver and injured two passengers.") == [
        ("people", "injured", 2),
        ("people", "killed", 1),
    ]


def test_parts_listed_after_a_stated_total_are_added_up() -> None:
    text = (
        "The enemy used 60 means of air attack: 3 Kh-101 cruise missiles, 2 Kalibr cruise missiles "
        "and 55 drones."
    )
    assert ("missiles", "launched", 5) in roles(text)


def test_the_same_wording_with_new_numbers_gives_its_own_numbers() -> None:
    # The second sentence is read from the first one's wording (digits do not change a reading).
    assert roles("Air defences shot down 31 of 40 drones.") == [
        ("drones", "intercepted", 31),
        ("drones", "launched", 40),
    ]
    assert roles("Air defences shot down 52 of 67 drones.") == [
        ("drones", "intercepted", 52),
        ("drones", "launched", 67),
    ]


def test_listed_parts_of_one_kind_are_added_up() -> None:
    listed = "Russia attacked with a total of {} air attack means: 10 Kh-101 cruise missiles, 4 Iskander-M "
    listed += "ballistic missiles and 26 Shahed drones."
    assert roles(listed.format(40)) == [
        ("total", "launched", 40),
        ("missiles", "launched", 14),
        ("drones", "launched", 26),
    ]
    # Same wording, a total smaller than the missiles listed: the parts side by side are still the
    # types of one launch; the aggregation drops a stated total below one of its parts.
    assert roles(listed.format(12)) == [
        ("total", "launched", 12),
        ("missiles", "launched", 14),
        ("drones", "launched", 26),
    ]


def test_a_total_the_clause_brings_its_weapons_to() -> None:
    assert roles("Another 12 drones were destroyed over the sea, bringing the total to 57.") == [
        ("drones", "intercepted", 12),
        ("drones", "intercepted", 57),
    ]
    assert roles(
        "Russia fired 20 more drones and two missiles at dawn, bringing the night's total to 130."
    ) == [
        ("drones", "launched", 20),
        ("missiles", "launched", 2),
        ("total", "launched", 130),
    ]
    # Deliveries are no attack, and their total is no count of one.
    assert roles("Latvia sent 40 drones in May, bringing the total delivered this year to 500.") == []


def test_a_person_who_died() -> None:
    assert roles("A 54-year-old man died at the scene.") == [("people", "killed", 1)]
    assert roles("The driver later died in hospital.") == [("people", "killed", 1)]
    assert roles("A man who died in 2019 was buried there.") == []


def test_among_the_counted_injured_is_the_whole() -> None:
    assert roles("Two children were among the 18 injured.") == [("people", "injured", 18)]
    assert roles("Among the 30 people hurt were four children.") == [
        ("people", "injured", 30),
        ("people", "injured", 4),
    ]
    assert roles("Nine were injured, including 3 children.") == [("people", "injured", 9)]


def test_per_type_parts_of_one_kind_add_up() -> None:
    text = "Russia launched 210 drones, two Zircon missiles, nine Kh-101 cruise missiles and 11 ballistic "
    text += "missiles."
    assert roles(text) == [("drones", "launched", 210), ("missiles", "launched", 22)]
    assert roles("The enemy fired four ballistic and nine cruise missiles overnight.") == [
        ("missiles", "launched", 13)
    ]


def test_counts_with_their_own_verbs_or_places_do_not_add_up() -> None:
    # The 18 is a type among the 40, not another count: it is not read at all.
    assert roles("Russia launched 40 missiles, including 18 ballistic missiles.") == [
        ("missiles", "launched", 40),
    ]
    assert placed("Air defences shot down 30 drones over Kyiv and 12 drones over the Odesa region.") == [
        ("drones", "intercepted", 30, "Kyiv"),
        ("drones", "intercepted", 12, "Odesa"),
    ]


def test_a_list_after_a_total_takes_the_role_of_the_total_it_adds_up_to() -> None:
    text = (
        "Air defence destroyed 61 of 90 aerial targets on the night of 3 to 4 April: 40 Shahed drones, "
        "19 Kh-101 cruise missiles and 2 Kh-59 guided missiles."
    )
    assert roles(text) == [
        ("total", "intercepted", 61),
        ("total", "launched", 90),
        ("drones", "intercepted", 40),
        ("missiles", "intercepted", 21),
    ]


def test_a_month_that_recorded_a_toll_is_a_statistic() -> None:
    low = "june recorded the highest civilian toll in three years, with 232 people killed."
    assert lx.other_time(low)
    low = "on the night of 12 june, russia launched 100 drones."
    assert not lx.other_time(low)


def test_wounded_prisoners_of_war_are_not_victims_of_an_air_attack() -> None:
    assert roles("Russia returned 31 wounded Ukrainian prisoners of war and 15 wounded POWs.") == []


@pytest.mark.parametrize(
    "low",
    [
        "record numbers of drones and missiles were launched overnight in recent weeks.",
        "russia launched 5,100 drones, a 12 percent increase on the month before.",
    ],
)
def test_recent_weeks_and_percentage_changes_are_statistics(low: str) -> None:
    assert lx.other_time(low)


def test_people_rescued_or_evacuated_are_not_casualties() -> None:
    text = "One woman was killed and 14 others — among them a baby — were rescued from the rubble."
    assert roles(text) == [("people", "killed", 1)]
    assert roles("Three people were injured, and 40 residents were evacuated from the building.") == [
        ("people", "injured", 3)
    ]


def test_the_verb_after_an_aside_governs_the_count_before_it() -> None:
    text = "The mayor said one man died, and 27 residents, five of them children, were injured."
    assert ("people", "injured", 27) in roles(text)
    assert ("people", "killed", 27) not in roles(text)


def test_others_after_a_weapon_count_are_more_of_that_weapon() -> None:
    text = "Air defence shot down 61 drones, with 40 others lost from radar."
    assert roles(text) == [("drones", "intercepted", 61), ("drones", "suppressed", 40)]
    text = "A missile struck the depot, killing two people, and injured 12 others."
    assert [r for r in roles(text) if r[0] == "people"] == [
        ("people", "killed", 2),
        ("people", "injured", 12),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With Moscow launching 145 drones on Saturday night, Kyiv's defences were stretched.", (2, 0)),
        ("A drone attack on the airbase in southern Russia killed three servicemen.", (0, 2)),
    ],
)
def test_who_attacked_whom(text: str, expected: tuple[int, int]) -> None:
    assert direction_score(text, [], None, True) == expected


def test_a_count_that_breaks_the_previous_record_is_this_nights() -> None:
    text = "Russia attacked with 510 drones, breaking its previous record by more than 100."
    assert ("drones", "launched", 510) in roles(text)
    assert roles("The city was hit by 40 drones, the mayor said, up from 25 previously.") == [
        ("drones", "hit", 40)
    ]


def test_an_abbreviation_with_dots_does_not_end_the_noun_phrase() -> None:
    assert roles("Ukraine fired six U.S.-made ATACMS missiles at the airfield.") == [
        ("missiles", "launched", 6)
    ]


def test_previous_refers_to_the_number_next_to_it() -> None:
    text = "The number of the dead rose to at least 12, from 5 which was the previous count."
    assert ("people", "killed", 12) in roles(text)


def test_consisted_of_and_a_tally_give_launches() -> None:
    assert roles("The overnight barrage consisted of 297 drones and 50 missiles.") == [
        ("drones", "launched", 297),
        ("missiles", "launched", 50),
    ]
    assert roles("The president gave the tally: 519 drones and 40 missiles.") == [
        ("drones", "launched", 519),
        ("missiles", "launched", 40),
    ]


def test_a_count_since_the_start_of_the_invasion_is_a_running_total() -> None:
    assert roles("Russia has struck 136 energy facilities starting from the full-scale invasion.") == []


def test_an_earlier_count_named_beside_the_new_one_is_not_read() -> None:
    text = "Four people were injured, the police said in an update, raising the earlier count of three."
    assert roles(text) == [("people", "injured", 4)]


def test_strike_drones_are_a_kind_of_drone_not_a_hit() -> None:
    assert roles("Air defence destroyed 40 of the 52 missiles and all 30 Shahed strike drones.") == [
        ("missiles", "intercepted", 40),
        ("missiles", "launched", 52),
        ("drones", "intercepted", 30),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 124 drones, 97 were shot down; 19 more were lost locally.",
            [("drones", "launched", 124), ("drones", "intercepted", 97), ("drones", "suppressed", 19)],
        ),
        (
            "Of these 60 missiles, 52 were destroyed by air defence.",
            [("missiles", "launched", 60), ("missiles", "intercepted", 52)],
        ),
    ],
)
def test_a_whole_opening_its_clause_is_not_added_to_its_part(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The enemy attacked with 3 Kh-101 cruise missiles from the airspace of the Saratov region, "
            "2 Iskander-M ballistic missiles from the Kursk region and 124 Shahed drones.",
            [("missiles", "launched", 5), ("drones", "launched", 124)],
        ),
        (
            "Russia fired 6 Kalibr missiles from the Black Sea and 4 Kh-59 missiles, the navy said.",
            [("missiles", "launched", 10)],
        ),
    ],
)
def test_parts_coordinated_with_their_launch_areas_add_up(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia attacked Ukraine's Danube ports overnight with 44 drones, 38 of which were destroyed.",
            [("drones", "launched", 44), ("drones", "intercepted", 38)],
        ),
        (
            "The enemy sent 27 missiles, 19 of them were shot down over the capital region.",
            [("missiles", "launched", 27), ("missiles", "intercepted", 19)],
        ),
        # A whole said with its own verb keeps it; its part is only located.
        ("Air defence destroyed 44 drones, 38 of them over the south.", [("drones", "intercepted", 44)]),
    ],
)
def test_a_whole_and_its_part_of_which_are_not_added(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of people killed rose to four, and the number of wounded reached 17.",
            [("people", "killed", 4), ("people", "injured", 17)],
        ),
        (
            "The death toll rose to 6, while the number of injured climbed to 31.",
            [("people", "killed", 6), ("people", "injured", 31)],
        ),
    ],
)
def test_each_toll_is_the_one_named_nearest_its_number(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("item", "role", "expected"),
    [
        (
            "- 121 enemy UAVs of different types in the north and east;",
            "intercepted",
            [("drones", "intercepted", 121)],
        ),
        (
            "3 Iskander-M ballistic missiles from the Voronezh region;",
            "launched",
            [("missiles", "launched", 3)],
        ),
        # An item with a verb of its own keeps it.
        ("- 19 drones hit targets in the Sumy region.", "intercepted", [("drones", "hit", 19)]),
    ],
)
def test_an_item_of_a_list_takes_the_role_of_the_lists_opening(
    item: str, role: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(item, item_of=role)] == expected
    assert read_figures(item.replace(" hit targets", "")) == []  # alone, no item counts a thing


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("🔹Kryvyi Rih - a drone hit a five-storey building.", "Kryvyi Rih"),
        ("Kharkiv: two people were injured.", "Kharkiv"),
        ("In Nikopol, the district was shelled.", "Nikopol"),
        ("KYIV - Russia attacked overnight.", None),  # a wire's dateline
        ("Update: the toll rose to 9.", None),  # no place the gazetteer knows
    ],
)
def test_the_place_a_line_opens_on(line: str, place: str | None) -> None:
    assert line_place(line) == place


def test_one_person_named_in_a_place_is_that_places() -> None:
    (one,) = read_figures("In Sumy, a 71-year-old woman was killed.")
    assert (one.role, one.value, one.place) == ("killed", 1, "Sumy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike claimed the life of one railway worker.", [("people", "killed", 1)]),
        ("Three people suffered life-threatening injuries.", [("people", "injured", 3)]),
    ],
)
def test_a_life_claimed_is_a_death(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age is never a count: "a man of 58 years".
        ("The dead are 2, a man of 58 years and a woman of 71 years.", [("people", "killed", 2)]),
        # "among which" opens on the people counted, as "among them" does.
        ("The wounded are 11 persons, among which a child of 6 years.", [("people", "injured", 11)]),
        # The verb after "of which" is its part's, not the whole's.
        (
            "Russia launched 312 drones and 19 missiles of various types, of which were abated 287 drones "
            "and 14 missiles.",
            [
                ("drones", "launched", 312),
                ("missiles", "launched", 19),
                ("drones", "intercepted", 287),
                ("missiles", "intercepted", 14),
            ],
        ),
        (
            "Russia sent 93 drones overnight, and 70 of them were shot out of the sky.",
            [("drones", "launched", 93), ("drones", "intercepted", 70)],
        ),
    ],
)
def test_translated_and_copular_wording(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone attack in Ukraine's western Lviv region wounded nine people.", "Lviv"),
        (
            "Two people died while 14 were left injured as Russia attacked the Bukovina area in the "
            "Chernivtsi region with four drones.",
            "Chernivtsi",
        ),
    ],
)
def test_the_place_of_the_attack_that_hurt_people_is_their_tolls(text: str, place: str) -> None:
    assert {f.place for f in read_figures(text) if f.role == "injured"} == {place}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive verb's subject comes before it: the next count has its own verb.
        (
            "102 drones were shot down, 25 were lost locationally.",
            [("drones", "intercepted", 102), ("drones", "suppressed", 25)],
        ),
        ("34 imitators were locationally lost.", [("drones", "suppressed", 34)]),
        (
            "11 drones-imitators were neutralised by means of REB and did not reach the targets.",
            [("drones", "suppressed", 11)],
        ),
        (
            "The enemy carried out a massive combined strike with 1 034 air attack means.",
            [("total", "launched", 1034)],
        ),
    ],
)
def test_the_air_force_wording_in_translation(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text, "drones") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shot down: 14 Kh-101/Kh-555, 3 Kalibr, 1 Kh-59 and 44 Shaheds.",
            [("missiles", "intercepted", 18), ("drones", "intercepted", 44)],
        ),
        ("Air defence downed both Kh-59s.", [("missiles", "intercepted", 2)]),
        # The model before the noun it qualifies is no head: the noun heads the count.
        ("Russia launched four Kh-101, Iskander-K cruise missiles.", [("missiles", "launched", 4)]),
    ],
)
def test_a_missile_model_named_alone_is_counted(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence that opens on the whole, with or without an article, "of", "out of" or "from".
        ("Of 45 Shaheds, 38 were destroyed.", [("launched", 45), ("intercepted", 38)]),
        ("Out of 60 Shahed drones, 51 were shot down overnight.", [("launched", 60), ("intercepted", 51)]),
        (
            "From 45 Shahed launched from the direction of Primorsko-Akhtarsk, 38 were destroyed by air "
            "defence.",
            [("launched", 45), ("intercepted", 38)],
        ),
        ("The toll rose to 5 from 4 overnight.", [("killed", 5)]),
    ],
)
def test_a_whole_that_opens_the_sentence_then_its_part(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a total of 503 aerial attack assets overnight - 471 drones of various types and 32 "
        "missiles - in one of the heaviest bombardments since the full-scale invasion began.",
        "Russia used 503 air attack assets: 471 drones and 32 missiles, the largest attack since the war "
        "began.",
    ],
)
def test_a_count_beside_a_ranking_since_the_invasion_is_the_nights(text: str) -> None:
    got = [(f.category, f.role, f.value) for f in read_figures(text)]
    assert got == [("total", "launched", 503), ("drones", "launched", 471), ("missiles", "launched", 32)]


@pytest.mark.parametrize(
    ("text", "missiles"),
    [
        (
            "Russia launched 241 drones and 22 missiles overnight, 15 Kh-101 cruise missiles and seven "
            "Iskander-M ballistic missiles, the air force said.",
            22,
        ),
        ("Russia had launched 186 drones and 14 missiles, nine Kh-101 and five Kalibr cruise missiles.", 14),
        # Types listed with no count of the whole before them add up.
        ("Russia fired one Zircon missile, 15 Kh-101 cruise missiles and 18 ballistic missiles.", 34),
    ],
)
def test_the_types_after_a_count_that_they_add_up_to_are_its_breakdown(text: str, missiles: int) -> None:
    assert [f.value for f in read_figures(text) if f.category == "missiles"] == [missiles]


@pytest.mark.parametrize(
    "text",
    [
        "Three women aged 32, 36, and 56 were injured.",
        "The wounded, aged 19, 44, 61 and 70, were taken to hospital.",
        "Four residents aged between 20 and 60 were hurt.",
    ],
)
def test_a_list_of_ages_holds_no_toll(text: str) -> None:
    assert all(f.value in (3, 4) for f in read_figures(text) if f.category == "people")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("89 drones were shot down and 17 lost locally.", [("intercepted", 89), ("suppressed", 17)]),
        ("63 drones were shot down, 11 lost locally.", [("intercepted", 63), ("suppressed", 11)]),
        # Only the words of drones lost: "3 destroyed" after houses counts houses.
        ("Twelve houses were damaged, 3 destroyed, and two people were injured.", [("injured", 2)]),
        # A participle before a noun is no verb left out.
        ("Russia launched 40 drones; 12 destroyed houses were counted.", [("launched", 40)]),
    ],
)
def test_a_count_after_another_can_leave_out_its_auxiliary(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(f.role, f.value) for f in read_figures(text, "drones")] == expected
