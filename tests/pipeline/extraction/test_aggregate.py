"""The aggregation rules of ``streams.pipeline.extraction.aggregate``, one test per rule, on counts
built by hand.

Every expected value is written from the rule in the module docstring, and the counts are chosen so
that a wrong rule (taking the largest, adding places, keeping a zero) gives a different answer.
"""

from __future__ import annotations

from streams.pipeline.extraction.aggregate import best, choose, in_scope, one_place_only, with_totals
from streams.pipeline.extraction.counts import HOSPITALISED, Count

_next = iter(range(0, 100_000, 10))


def c(
    field: str,
    value: int,
    *,
    place: str | None = None,
    exact: bool = True,
    zero: bool = False,
    fallback: bool = False,
    implied: bool = False,
    more: bool = False,
    claimant: str | None = None,
    town: str | None = None,
    start: int | None = None,
    all_launched: bool = False,
) -> Count:
    """A count found in the article after every count built before it (unless ``start`` is given)."""
    s = next(_next) if start is None else start
    return Count(
        field,
        value,
        s,
        s + 5,
        s // 10,
        exact=exact,
        place=place,
        zero=zero,
        fallback=fallback,
        implied=implied,
        more=more,
        claimant=claimant,
        town=town,
        all_launched=all_launched,
    )


def values(chosen: dict[str, Count]) -> dict[str, int]:
    return {name: count.value for name, count in chosen.items()}


# --- one_place_only ----------------------------------------------------------------------------


def test_weapons_of_one_place_only() -> None:
    counts = [
        c("drones_launched", 46, place="Kursk"),
        c("drones_intercepted", 40, place="Kursk"),
        c("killed", 2, place="Belgorod"),  # people do not decide where the weapons were counted
    ]
    assert one_place_only(counts) is True


def test_a_whole_attack_weapon_count_means_not_one_place() -> None:
    counts = [c("drones_launched", 46, place="Kursk"), c("drones_intercepted", 120)]
    assert one_place_only(counts) is False


def test_weapons_of_two_places_are_not_one_place() -> None:
    counts = [c("drones_intercepted", 46, place="Kursk"), c("drones_intercepted", 12, place="Bryansk")]
    assert one_place_only(counts) is False


def test_a_located_weapon_zero_is_not_one_place() -> None:
    counts = [
        c("drones_intercepted", 46, place="Kursk"),
        c("missiles_intercepted", 0, place="Kursk", zero=True),
    ]
    assert one_place_only(counts) is False


def test_no_weapon_counts_are_not_one_place() -> None:
    assert one_place_only([c("killed", 3, place="Odesa")]) is False
    assert one_place_only([]) is False


# --- Rule 1: scope -----------------------------------------------------------------------------


def test_whole_attack_count_wins_over_a_larger_regional_count() -> None:
    # "Air defence downed 40 drones overnight ... 91 over the Moscow region" is impossible as a
    # share, but the rule is scope first: the whole-attack count wins whatever the values.
    counts = [c("drones_intercepted", 91, place="Moscow"), c("drones_intercepted", 40)]
    assert in_scope(counts, {"Moscow"}, one_place=False) == [counts[1]]
    assert values(choose(counts, {"Moscow", "Kursk"})) == {"drones_intercepted": 40}


def test_whole_attack_casualties_win_over_a_larger_place_toll() -> None:
    counts = [c("killed", 9, place="Odesa"), c("killed", 6)]
    assert values(choose(counts, {"Odesa", "Mykolaiv"})) == {"killed": 6}
    # Where Odesa was the one place struck, its toll is the whole attack's: the larger is the latest.
    assert values(choose(counts, {"Odesa"})) == {"killed": 9}


def test_a_later_and_larger_toll_of_the_one_place_hit_is_the_toll_risen() -> None:
    # "The toll has risen to four dead and 19 injured" ... later: "five people were killed and 23
    # injured in Kyiv". A whole is never below its part: the place's toll is the latest figure.
    counts = [c("killed", 4), c("injured", 19), c("killed", 5, place="Kyiv"), c("injured", 23, place="Kyiv")]
    assert values(choose(counts, {"Kyiv", "Odesa"})) == {"killed": 5, "injured": 23}
    # Not a second place's, nor one below the whole.
    counts = [c("killed", 4), c("killed", 5, place="Kyiv"), c("killed", 2, place="Odesa")]
    assert values(choose(counts, {"Kyiv", "Odesa"})) == {"killed": 4}
    counts = [c("injured", 19), c("injured", 7, place="Kyiv")]
    assert values(choose(counts, {"Kyiv"})) == {"injured": 19}


def test_casualties_of_the_one_place_hit_are_the_attacks() -> None:
    counts = [c("killed", 4, place="Kharkiv"), c("injured", 17, place="Kharkiv")]
    assert values(choose(counts, {"Kharkiv"})) == {"killed": 4, "injured": 17}


def test_a_places_toll_is_its_share_when_the_whole_attacks_other_toll_is_larger() -> None:
    # "At least five people were killed." … "A drone killed two people and injured six in Mykolaiv."
    counts = [
        c("killed", 5),
        c("killed", 2, place="Mykolaiv", start=5000),
        c("injured", 6, place="Mykolaiv", start=5003),
    ]
    assert values(choose(counts, {"Mykolaiv", "Kyiv", "Odesa"})) == {"killed": 5}
    # the same counts with the place's own toll of the dead as large as the whole's: Mykolaiv was where
    # the casualties were
    counts[0] = c("killed", 2)
    assert values(choose(counts, {"Mykolaiv", "Kyiv", "Odesa"})) == {"killed": 2, "injured": 6}


def test_a_places_toll_stays_beside_the_other_toll_of_another_sentence() -> None:
    # "Three people were killed in the city", then "two people have died in the city … six injured
    # people were hospitalised" in an earlier update: a toll rising, not casualties elsewhere.
    counts = [c("killed", 3), c("killed", 2, place="Pavlohrad"), c("injured", 8, place="Pavlohrad")]
    assert values(choose(counts, {"Dnipropetrovsk"})) == {"killed": 3, "injured": 8}


def test_the_toll_of_the_one_place_struck_is_the_whole_attacks() -> None:
    # "31 killed in the Russian strike on Kyiv" … "one of five children confirmed dead"
    counts = [c("killed", 31, place="Kyiv"), c("killed", 5)]
    assert values(choose(counts, {"Kyiv"})) == {"killed": 31}
    # beside another place struck, the whole attack's count stands
    assert values(choose(counts, {"Kyiv", "Odesa"})) == {"killed": 5}


def test_the_tolls_of_two_towns_of_the_one_region_struck_stay_the_towns() -> None:
    counts = [
        c("killed", 2, place="Dnipropetrovsk", town="Dnipro"),
        c("killed", 1, place="Dnipropetrovsk", town="Kryvyi Rih"),
    ]
    assert choose(counts, {"Dnipropetrovsk"}) == {}


def test_casualties_of_several_places_are_not_added() -> None:
    counts = [
        c("killed", 2, place="Kharkiv"),
        c("killed", 3, place="Dnipropetrovsk"),
        c("injured", 5, place="Kharkiv"),
        c("injured", 8, place="Dnipropetrovsk"),
    ]
    assert in_scope(counts[:2], {"Kharkiv", "Dnipropetrovsk"}, one_place=False) == []
    assert choose(counts, {"Kharkiv", "Dnipropetrovsk"}) == {}


def test_a_place_where_nobody_was_hurt_leaves_the_other_places_toll() -> None:
    # "In Kharkiv, five people were injured … In Poltava, debris fell, with no casualties."
    counts = [
        c("injured", 5, place="Kharkiv"),
        c("killed", 0, place="Poltava", zero=True),
        c("injured", 0, place="Poltava", zero=True),
    ]
    assert values(choose(counts, {"Kharkiv", "Poltava"})) == {"injured": 5}
    # Two places with casualties still add up to nothing stated.
    counts.append(c("injured", 2, place="Poltava"))
    assert choose(counts, {"Kharkiv", "Poltava"}) == {}


def test_a_weapon_count_of_the_only_counted_place_is_the_attacks() -> None:
    counts = [c("drones_launched", 46, place="Kursk"), c("drones_intercepted", 44, place="Kursk")]
    assert values(choose(counts, {"Kursk"})) == {"drones_launched": 46, "drones_intercepted": 44}


def test_a_regional_weapon_count_beside_another_regions_is_not_the_attacks() -> None:
    counts = [
        c("drones_intercepted", 46, place="Kursk"),
        c("drones_intercepted", 12, place="Bryansk"),
    ]
    assert choose(counts, {"Kursk", "Bryansk"}) == {}


def test_a_weapon_count_of_one_place_is_a_share_when_the_story_says_more_places_were_struck() -> None:
    counts = [c("drones_intercepted", 12, place="Samara", claimant="Russian Ministry of Defence")]
    assert values(choose(counts, {"Samara"})) == {"drones_intercepted": 12}
    assert choose(counts, {"Samara"}, unnamed=True) == {}


def test_another_n_after_a_place_by_place_breakdown_is_its_next_part() -> None:
    whole = c("drones_intercepted", 111, start=0)
    krasnodar = c("drones_intercepted", 4, place="Krasnodar", start=10)
    rest = c("drones_intercepted", 2, more=True, start=20)  # "another two over five regions"
    assert values(choose([whole, krasnodar, rest], set())) == {"drones_intercepted": 111}
    # After a sentence of the whole, it comes on top.
    assert values(choose([whole, rest], set())) == {"drones_intercepted": 113}


def test_another_n_that_hit_adds_nothing_to_the_launch() -> None:
    counts = [c("drones_launched", 116), c("drones_intercepted", 86)]
    counts.append(c("drones_launched", 27, more=True, fallback=True, exact=False))
    assert values(choose(counts, set())) == {"drones_launched": 116, "drones_intercepted": 86}


def test_a_launch_at_the_only_place_struck_is_the_attacks_beside_a_whole_interception_count() -> None:
    # "25 drones attacked the Odesa region overnight … 20 were shot down": no other launch was counted.
    counts = [c("drones_launched", 25, place="Odesa"), c("drones_intercepted", 20)]
    assert values(choose(counts, {"Odesa"})) == {"drones_launched": 25, "drones_intercepted": 20}
    # Not when the attack struck another place too, nor beside a launch count of the whole attack.
    assert values(choose(counts, {"Odesa", "Mykolaiv"})) == {"drones_intercepted": 20}
    counts.append(c("drones_launched", 22))
    assert values(choose(counts, {"Odesa"})) == {"drones_launched": 22, "drones_intercepted": 20}


def test_a_regional_weapon_count_beside_a_whole_attack_count_of_another_field_is_not_the_attacks() -> None:
    # "Russia launched 120 drones; 46 of them were downed over Kyiv": the 46 is Kyiv's share.
    counts = [c("drones_launched", 120), c("drones_intercepted", 46, place="Kyiv")]
    assert values(choose(counts, {"Kyiv"})) == {"drones_launched": 120}


def test_a_local_officials_weapon_count_is_the_citys_share() -> None:
    # Sobyanin: "74 drones approaching Moscow were shot down" - even when no other count is given.
    counts = [c("drones_intercepted", 74, place="Moscow", claimant="Mayor of Moscow")]
    assert one_place_only(counts) is True
    assert in_scope(counts, {"Moscow"}, one_place=True) == []
    assert choose(counts, {"Moscow"}) == {}


def test_a_governors_weapon_count_is_the_regions_share() -> None:
    counts = [
        c("drones_launched", 30, place="Kharkiv", claimant="Regional authorities"),
        c("killed", 1, place="Kharkiv", claimant="Regional authorities"),
    ]
    assert values(choose(counts, {"Kharkiv"})) == {"killed": 1}


def test_a_place_zero_counts_when_the_attack_hit_only_that_place() -> None:
    counts = [c("killed", 0, place="Moscow", zero=True), c("injured", 0, place="Moscow", zero=True)]
    assert values(choose(counts, {"Moscow"})) == {"killed": 0, "injured": 0}


def test_a_place_zero_is_null_when_other_places_were_hit() -> None:
    counts = [c("killed", 0, place="Lviv", zero=True), c("injured", 0, place="Lviv", zero=True)]
    assert in_scope(counts[:1], {"Lviv", "Kyiv"}, one_place=False) == []
    assert choose(counts, {"Lviv", "Kyiv"}) == {}


def test_a_whole_attack_zero_yields_to_a_places_count() -> None:
    # "No one was injured, officials said ... in Zhytomyr two people were injured."
    counts = [c("injured", 0, zero=True), c("injured", 2, place="Zhytomyr")]
    assert in_scope(counts, {"Zhytomyr", "Kyiv"}, one_place=False) == [counts[1]]
    assert values(choose(counts, {"Zhytomyr", "Kyiv"})) == {"injured": 2}


def test_a_whole_attack_zero_yielding_to_two_places_counts_leaves_null() -> None:
    counts = [c("injured", 0, zero=True), c("injured", 2, place="Zhytomyr"), c("injured", 1, place="Rivne")]
    assert choose(counts, {"Zhytomyr", "Rivne"}) == {}


def test_a_whole_attack_zero_stands_beside_a_place_zero() -> None:
    counts = [
        c("killed", 0, zero=True, claimant="Ukrainian Air Force"),
        c("killed", 0, place="Lviv", zero=True),
    ]
    assert values(choose(counts, {"Lviv", "Kyiv"})) == {"killed": 0}


def test_a_zero_nobody_national_states_covers_the_attack_only_where_it_struck_one_place() -> None:
    for claimant in (None, "Regional authorities", "Mayor of Moscow", "Emergency services"):
        zero = c("injured", 0, zero=True, claimant=claimant)
        assert values(choose([zero], {"Moscow", "Kursk", "Bryansk"})) == {}
        assert values(choose([zero], {"Moscow"})) == {"injured": 0}
        assert values(choose([zero], set())) == {"injured": 0}


def test_beside_a_national_count_with_no_place_a_local_zero_is_its_places() -> None:
    # "The ministry said 31 drones were shot down overnight … 'There were no casualties,' the governor
    # added": the attack reached places the story does not name.
    downed = c("drones_intercepted", 31, claimant="Russian Ministry of Defence")
    for claimant in ("Regional authorities", "Mayor of Moscow", "Emergency services"):
        zero = c("injured", 0, zero=True, claimant=claimant)
        assert values(choose([downed, zero], set())) == {"drones_intercepted": 31}
    national = c("injured", 0, zero=True, claimant="Russian Ministry of Defence")
    assert values(choose([downed, national], set())) == {"drones_intercepted": 31, "injured": 0}


def test_a_weapon_zero_is_not_a_places_statement() -> None:
    zero = c("missiles_intercepted", 0, zero=True)
    assert values(choose([zero], {"Kyiv", "Lviv"})) == {"missiles_intercepted": 0}


# --- Rule 2: exactness -------------------------------------------------------------------------


def test_an_exact_count_wins_over_a_larger_rounded_one() -> None:
    counts = [c("drones_launched", 500, exact=False), c("drones_launched", 479)]
    assert best(counts) is counts[1]


def test_an_exact_count_wins_over_a_headline_found_first() -> None:
    headline = c("drones_intercepted", 60, exact=False)
    body = c("drones_intercepted", 57)
    assert values(choose([headline, body], set())) == {"drones_intercepted": 57}


def test_a_rounded_count_is_taken_when_no_exact_one_is_stated() -> None:
    counts = [c("drones_launched", 100, exact=False)]
    assert values(choose(counts, set())) == {"drones_launched": 100}


# --- Rule 3: something over nothing ------------------------------------------------------------


def test_a_positive_count_wins_over_a_stated_zero() -> None:
    counts = [c("killed", 0, zero=True), c("killed", 1)]
    assert values(choose(counts, set())) == {"killed": 1}


def test_a_rounded_positive_count_wins_over_an_exact_zero() -> None:
    counts = [c("injured", 0, zero=True), c("injured", 3, exact=False)]
    assert best(counts) is counts[1]


def test_a_stated_zero_alone_is_zero() -> None:
    counts = [c("killed", 0, zero=True), c("injured", 0, zero=True)]
    assert values(choose(counts, set())) == {"killed": 0, "injured": 0}


def test_a_weaker_cue_yields_to_a_smaller_stated_count() -> None:
    # "Russia fired 6 missiles ... 9 missiles hit" (a second wave): the hits are only a fallback.
    counts = [c("missiles_launched", 9, fallback=True), c("missiles_launched", 6)]
    assert best(counts) is counts[1]


def test_a_weaker_cue_is_used_when_nothing_else_is_stated() -> None:
    counts = [c("missiles_launched", 9, fallback=True)]
    assert values(choose(counts, set())) == {"missiles_launched": 9}


def test_nothing_gives_nothing() -> None:
    assert best([]) is None
    assert choose([], {"Kyiv"}) == {}


# --- Rule 4: tolls rise ------------------------------------------------------------------------


def test_the_largest_exact_toll_is_the_latest_figure() -> None:
    early, late = c("killed", 3), c("killed", 7)
    assert best([early, late]) is late
    assert best([late, early]) is late  # the order of the text does not matter


def test_a_rising_toll_ignores_a_larger_rounded_figure() -> None:
    counts = [c("killed", 12, exact=False), c("killed", 8), c("killed", 10)]
    assert values(choose(counts, set())) == {"killed": 10}


def test_equal_counts_keep_the_first_found() -> None:
    first, second = c("injured", 5, start=100), c("injured", 5, start=900)
    assert best([second, first]) is first


# --- Rule 5: totals ----------------------------------------------------------------------------


def test_a_stated_exact_total_wins_over_the_sum_of_parts() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 60),
        "missiles_launched": c("missiles_launched", 30),
        "total_launched": c("total_launched", 100),
    }
    assert values(with_totals(chosen))["total_launched"] == 100


def test_a_stated_total_below_a_part_is_not_the_total() -> None:
    chosen = {
        "drones_intercepted": c("drones_intercepted", 60),
        "missiles_intercepted": c("missiles_intercepted", 30),
        "total_intercepted": c("total_intercepted", 40),
    }
    assert values(with_totals(chosen)) == {
        "drones_intercepted": 60,
        "missiles_intercepted": 30,
        "total_intercepted": 90,
    }


def test_a_stated_total_below_the_only_part_is_dropped() -> None:
    chosen = {"drones_launched": c("drones_launched", 60), "total_launched": c("total_launched", 40)}
    assert values(with_totals(chosen)) == {"drones_launched": 60}


def test_an_approximate_total_yields_to_the_exact_sum_of_both_parts() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 479),
        "missiles_launched": c("missiles_launched", 20),
        "total_launched": c("total_launched", 500, exact=False),
    }
    assert values(with_totals(chosen))["total_launched"] == 499


def test_an_approximate_total_stands_when_a_part_is_approximate() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 470, exact=False),
        "missiles_launched": c("missiles_launched", 20),
        "total_launched": c("total_launched", 500, exact=False),
    }
    assert values(with_totals(chosen))["total_launched"] == 500


def test_an_approximate_total_stands_beside_one_part() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 479),
        "total_launched": c("total_launched", 500, exact=False),
    }
    assert values(with_totals(chosen)) == {"drones_launched": 479, "total_launched": 500}


def test_with_no_stated_total_both_parts_add_up() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 28),
        "missiles_launched": c("missiles_launched", 3),
        "drones_intercepted": c("drones_intercepted", 23),
        "missiles_intercepted": c("missiles_intercepted", 2),
    }
    out = values(with_totals(chosen))
    assert (out["total_launched"], out["total_intercepted"]) == (31, 25)


def test_one_part_alone_gives_no_total() -> None:
    chosen = {
        "drones_launched": c("drones_launched", 28),
        "missiles_intercepted": c("missiles_intercepted", 2),
    }
    assert values(with_totals(chosen)) == {"drones_launched": 28, "missiles_intercepted": 2}


def test_the_summed_total_names_the_common_claimant_only() -> None:
    air = "Ukrainian Air Force"
    same = with_totals(
        {
            "drones_launched": c("drones_launched", 10, claimant=air),
            "missiles_launched": c("missiles_launched", 2, claimant=air),
        }
    )
    mixed = with_totals(
        {
            "drones_launched": c("drones_launched", 10, claimant=air),
            "missiles_launched": c("missiles_launched", 2, claimant="Regional authorities"),
        }
    )
    assert same["total_launched"].claimant == air
    assert mixed["total_launched"].claimant is None


def test_totals_are_formed_from_the_parts_chosen_in_scope() -> None:
    # A regional drone count beside a national one must not enter the sum.
    counts = [
        c("drones_launched", 70, place="Kyiv"),
        c("drones_launched", 52),
        c("missiles_launched", 4),
    ]
    out = values(choose(counts, {"Kyiv", "Lviv"}))
    assert out == {"drones_launched": 52, "missiles_launched": 4, "total_launched": 56}


# --- Rule 6: hospitalised ----------------------------------------------------------------------


def test_hospitalised_gives_injured_when_no_injured_figure_is_stated() -> None:
    counts = [c("killed", 1), c(HOSPITALISED, 6)]
    assert values(choose(counts, set())) == {"killed": 1, "injured": 6}


def test_an_injured_figure_wins_over_a_larger_hospitalised_one() -> None:
    counts = [c(HOSPITALISED, 9), c("injured", 4)]
    assert values(choose(counts, set())) == {"injured": 4}


def test_hospitalised_follows_the_scope_rules() -> None:
    counts = [c(HOSPITALISED, 3, place="Odesa"), c(HOSPITALISED, 2, place="Mykolaiv")]
    assert choose(counts, {"Odesa", "Mykolaiv"}) == {}


def test_a_rounded_toll_of_a_larger_quantity_stands_beside_a_small_exact_one() -> None:
    # "nearly 70 people were injured" in the lead; "one man was injured in the city" later.
    counts = [c("injured", 70, exact=False), c("injured", 1)]
    assert values(choose(counts, set())) == {"injured": 70}


def test_a_rounded_weapon_count_yields_to_any_exact_one() -> None:
    counts = [c("drones_launched", 600, exact=False), c("drones_launched", 145)]
    assert values(choose(counts, set())) == {"drones_launched": 145}


def test_a_zero_said_for_every_struck_place_covers_the_attack() -> None:
    zero = Count("killed", 0, 0, 5, 0, zero=True, claimant="Regional authorities", everywhere=True)
    assert values(choose([zero], {"Kursk", "Bryansk", "Belgorod"})) == {"killed": 0}


# Rule 7: launches outnumber interceptions.
def test_an_exact_launch_count_below_the_interceptions_is_a_part_and_dropped() -> None:
    # "158 drones were destroyed" beside "Moscow was targeted by nine drones": nine is Moscow's share.
    chosen = choose([c("drones_intercepted", 158), c("drones_launched", 9)], {"Moscow", "Kursk"})
    assert {k: v.value for k, v in chosen.items()} == {"drones_intercepted": 158}


def test_implied_and_fallback_launches_below_the_interceptions_are_dropped() -> None:
    for kind in ({"implied": True}, {"fallback": True}):
        counts = [c("missiles_intercepted", 37), c("missiles_launched", 8, exact=False, **kind)]
        assert "missiles_launched" not in choose(counts, set())


def test_a_rounded_launch_count_below_the_interceptions_stays() -> None:
    # "over 100 drones" beside "121 were shot down": both as stated.
    chosen = choose([c("drones_launched", 100, exact=False), c("drones_intercepted", 121)], set())
    assert (chosen["drones_launched"].value, chosen["drones_intercepted"].value) == (100, 121)


def test_a_launch_count_at_or_above_the_interceptions_stays_and_weapons_are_not_mixed() -> None:
    counts = [c("drones_launched", 40), c("drones_intercepted", 40), c("missiles_launched", 2)]
    counts.append(c("total_intercepted", 41))
    chosen = choose(counts, set())
    assert chosen["drones_launched"].value == 40 and chosen["missiles_launched"].value == 2


# Rule 7: another N adds up.
def test_another_n_adds_to_the_fields_count() -> None:
    # "46 of the drones were shot down" … "another 31 drones were shot down over the south"
    counts = [c("drones_intercepted", 31, more=True), c("drones_intercepted", 46), c("drones_launched", 95)]
    chosen = choose(counts, set())
    assert chosen["drones_intercepted"].value == 77 and chosen["drones_launched"].value == 95


def test_another_n_alone_is_the_fields_count_as_stated() -> None:
    # "268 were shot down, while another 208 were lost from radar": no other suppressed count.
    chosen = choose([c("drones_intercepted", 268), c("drones_suppressed", 208, more=True)], set())
    assert (chosen["drones_intercepted"].value, chosen["drones_suppressed"].value) == (268, 208)


def test_another_n_repeated_by_a_second_sentence_is_added_once() -> None:
    counts = [c("missiles_intercepted", 20), c("missiles_intercepted", 4, more=True)]
    counts.append(c("missiles_intercepted", 4, more=True))
    assert choose(counts, set())["missiles_intercepted"].value == 24


def test_a_running_total_that_already_adds_another_n_wins() -> None:
    # "destroyed 38 drones" … "a further 17 …, bringing the total for the night to 55"
    counts = [
        c("drones_intercepted", 38),
        c("drones_intercepted", 17, more=True),
        c("drones_intercepted", 55),
    ]
    assert choose(counts, set())["drones_intercepted"].value == 55


def test_another_toll_in_one_place_is_a_part_of_the_leads() -> None:
    # "at least four fatalities" … "Another two deaths occurred in drone strikes on Zaporizhzhia"
    counts = [c("killed", 4), c("killed", 2, place="Zaporizhzhia", more=True)]
    assert choose(counts, {"Zaporizhzhia", "Dnipropetrovsk"})["killed"].value == 4


def test_a_launch_count_below_the_interceptions_yields_to_another_launch_count() -> None:
    # "shot down 44 of more than 50 cruise missiles" beside "fired a missile that landed in Zaporizhzhia"
    counts = [
        c("missiles_launched", 50, exact=False),
        c("missiles_intercepted", 44),
        c("missiles_launched", 1),
    ]
    chosen = choose(counts, set())
    assert (chosen["missiles_launched"].value, chosen["missiles_intercepted"].value) == (50, 44)


def test_tolls_of_several_towns_of_one_region_are_not_added() -> None:
    own = [
        c("killed", 1, place="Dnipropetrovsk", town="Kryvyi Rih"),
        c("killed", 2, place="Dnipropetrovsk", town="Nikopol"),
    ]
    assert in_scope(own, {"Dnipropetrovsk"}, one_place=False) == []


def test_a_toll_of_the_region_covers_its_towns() -> None:
    region = c("injured", 8, place="Dnipropetrovsk")
    own = [c("injured", 6, place="Dnipropetrovsk", town="Dnipro"), region]
    assert best(in_scope(own, {"Dnipropetrovsk"}, one_place=False)) == region


def test_rule_1_a_regions_drone_count_on_a_night_of_waves_is_its_share() -> None:
    # "8 Shahed drones were shot down over the Khmelnytskyi region" on a night of Russia's drone waves:
    # the region's share, though the story names no other region; the air force's count of the one
    # region stands, and so does the same count of a strike by day, or in a Ukrainian attack on Russia.
    counts = [c("drones_intercepted", 8, place="Khmelnytskyi"), c("injured", 0, zero=True)]
    assert values(choose(counts, {"Khmelnytskyi"}, drone_waves=True)) == {"injured": 0}
    assert values(choose(counts, {"Khmelnytskyi"}, drone_waves=True, by_day=True)) == {
        "drones_intercepted": 8,
        "injured": 0,
    }
    assert values(choose(counts, {"Khmelnytskyi"})) == {"drones_intercepted": 8, "injured": 0}
    by_air_force = [c("drones_intercepted", 8, place="Khmelnytskyi", claimant="Ukrainian Air Force")]
    assert values(choose(by_air_force, {"Khmelnytskyi"}, drone_waves=True)) == {"drones_intercepted": 8}
    missiles = [c("missiles_launched", 2, place="Khmelnytskyi")]
    assert values(choose(missiles, {"Khmelnytskyi"}, drone_waves=True)) == {"missiles_launched": 2}


# --- rule 10: all of them ------------------------------------------------------------------------


def test_all_of_a_kind_shot_down_counts_as_many_as_were_launched() -> None:
    # "nine cruise missiles and 355 drones" … "All missiles and 288 drones were shot down"
    counts = [
        c("missiles_launched", 9),
        c("drones_launched", 355),
        c("missiles_intercepted", 0, all_launched=True),
        c("drones_intercepted", 288),
    ]
    assert values(choose(counts, set())) == {
        "missiles_launched": 9,
        "drones_launched": 355,
        "missiles_intercepted": 9,
        "drones_intercepted": 288,
        "total_launched": 364,
        "total_intercepted": 297,
    }


def test_all_of_a_kind_shot_down_beside_a_count_of_its_own() -> None:
    # the count stated wins; with no launch count, the interceptions counted are the launch
    counts = [
        c("drones_launched", 40),
        c("drones_intercepted", 38),
        c("drones_intercepted", 0, all_launched=True),
    ]
    assert values(choose(counts, set())) == {"drones_launched": 40, "drones_intercepted": 38}
    counts = [c("drones_intercepted", 32), c("drones_intercepted", 0, all_launched=True)]
    assert values(choose(counts, set())) == {"drones_launched": 32, "drones_intercepted": 32}
    # alone, it says nothing of how many
    assert choose([c("drones_intercepted", 0, all_launched=True)], set()) == {}
