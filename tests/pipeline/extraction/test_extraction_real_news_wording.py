"""Wordings that published reports use and our own batches did not: a "casualty toll" that counts the
dead and the hurt together, a ranking "since last July", a day of mourning named by its weekday, weapons
that "found their targets", a salvo knocking out power, a total that is only one of its parts, the Russian
forces as the ones shooting down, weapons only Ukraine fires, "loitering munitions", a defence ministry's
counts place by place, electronic warfare "of Ukraine", people moved to shelters. Every article is
ours, in several styles; the values were read off by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

NIGHT = "2025-11-14:RU>UA"
RUSSIA = "2025-11-14:UA>RU"


def figures(body: str, published_at: str = "2025-11-14T07:30:00Z") -> dict[str, dict[str, int]]:
    return stated_figures(body, published_at)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kharkiv strike: casualty toll rises to 31\n"
            "The number of people injured in Kharkiv by the Russian missile strike has grown to 29, and two "
            "people were killed, the regional governor said.",
            {"killed": 2, "injured": 29},
        ),
        (
            "The casualty count from the overnight drone attack on Odesa reached 17, with three dead and 14 "
            "wounded, officials said. Russia launched 50 drones at the region.",
            {"drones_launched": 50, "killed": 3, "injured": 14},
        ),
    ],
)
def test_a_casualty_toll_counts_the_dead_and_the_hurt_together(body: str, expected: dict[str, int]) -> None:
    assert figures(body) == {NIGHT: expected}


@pytest.mark.parametrize("since", ["since last July", "since last summer", "since 2023"])
def test_an_attack_ranked_since_an_earlier_time_is_still_this_one(since: str) -> None:
    body = (
        f"Russia's overnight missile and drone barrage on Dnipro was the deadliest {since}. It killed 12 "
        "people and wounded 60, the governor said. The air force said Russia fired 40 missiles."
    )
    assert figures(body) == {NIGHT: {"missiles_launched": 40, "killed": 12, "injured": 60}}


@pytest.mark.parametrize(
    "mourning",
    ["declared Saturday a day of mourning", "designated Sunday as a day of mourning in the city"],
)
def test_a_day_of_mourning_is_not_the_day_of_the_attack(mourning: str) -> None:
    body = (
        f"At least nine people were killed in Kyiv overnight. Mayor Vitali Klitschko {mourning}. The air "
        "force said Russia launched 58 missiles and 140 drones at Ukraine."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 140, "missiles_launched": 58, "total_launched": 198, "killed": 9}
    }


@pytest.mark.parametrize(
    "body",
    [
        "Russia launched 400 drones and 30 missiles overnight, the air force said. While air defences "
        "destroyed most of the weapons, 25 drones and four missiles still found their targets.",
        "Russia launched 400 drones and 30 missiles overnight. Air defence downed the bulk of the "
        "barrage, but 25 drones and four missiles made it through, the air force said.",
    ],
)
def test_weapons_that_found_their_targets_are_no_interceptions(body: str) -> None:
    assert figures(body) == {NIGHT: {"drones_launched": 400, "missiles_launched": 30, "total_launched": 430}}


@pytest.mark.parametrize("salvo", ["A salvo of 60 Russian missiles", "A volley of 60 Russian missiles"])
def test_a_salvo_that_knocks_out_power_is_launched_not_intercepted(salvo: str) -> None:
    body = f"{salvo} knocked out power in several regions overnight. Air defences shot down 48 of them."
    assert figures(body) == {NIGHT: {"missiles_launched": 60, "missiles_intercepted": 48}}


def test_a_stated_total_equal_to_one_of_two_stated_parts_is_not_the_total() -> None:
    body = (
        "Last night the enemy attacked Ukraine with 24 attack drones and missiles. According to the air "
        "force, 24 Shahed drones and three Kh-59 guided missiles were launched; 20 drones were shot down."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 24, "drones_intercepted": 20, "missiles_launched": 3, "total_launched": 27}
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russian air defence forces destroyed 12 Ukrainian drones over the Bryansk and Kursk regions "
            "overnight, the Russian defence ministry said.",
            {"drones_intercepted": 12},
        ),
        (
            "Reportedly 13 drones were shot down by the Russian forces over the Moscow and Kaluga regions "
            "early on Friday.",
            {"drones_intercepted": 13},
        ),
        (
            # "launched by Kyiv" describes the missiles destroyed: no launch count of its own.
            "The Russian Ministry of Defence said its air defence systems destroyed eight cruise missiles "
            "launched by Kyiv at targets in Crimea.",
            {"missiles_intercepted": 8},
        ),
        (
            "Air defences shot down five Storm Shadow cruise missiles on Friday morning, Moscow said.",
            {"missiles_intercepted": 5},
        ),
        (
            "Five Ukrainian missiles were shot down over the peninsula on Friday morning, the ministry said.",
            {"missiles_intercepted": 5},
        ),
        # the side that speaks of its own air defences
        (
            "Russia said on Friday its air defences had shot down 17 drones over three regions overnight.",
            {"drones_intercepted": 17},
        ),
    ],
)
def test_who_shoots_down_is_who_was_attacked(body: str, expected: dict[str, int]) -> None:
    assert figures(body, "2025-11-14T11:30:00Z") == {RUSSIA: expected}


def test_ukraine_speaking_of_its_air_defences_was_attacked() -> None:
    body = (
        "Ukraine said on Friday its air defences had shot down 40 of the 52 drones Russia launched overnight."
    )
    assert figures(body, "2025-11-14T11:30:00Z") == {NIGHT: {"drones_launched": 52, "drones_intercepted": 40}}


@pytest.mark.parametrize(
    "body",
    [
        "Overnight, Russian forces fired 35 loitering munitions at Ukraine; 31 were destroyed, the air "
        "force said.",
        "The air force said 31 of the 35 loitering munitions Russia launched overnight were destroyed.",
    ],
)
def test_loitering_munitions_are_drones(body: str) -> None:
    assert figures(body) == {NIGHT: {"drones_launched": 35, "drones_intercepted": 31}}


@pytest.mark.parametrize(
    "body",
    [
        'The ministry said 210 Ukrainian drones were destroyed overnight. It said 58 were "intercepted and '
        'eliminated by on-duty air defence systems" over the Bryansk region. Another 40 were downed over '
        "the Kursk region.",
        "Russia's defence ministry said it had shot down a total of 210 Ukrainian drones overnight, 58 of "
        "which over the Bryansk region. A further 40 were downed over the southwestern Kursk region, and "
        "others over the Tula and Oryol regions.",
    ],
)
def test_another_count_after_a_place_count_is_one_more_place_not_more_drones(body: str) -> None:
    assert figures(body) == {RUSSIA: {"drones_intercepted": 210}}


def test_electronic_warfare_of_ukraine_suppresses() -> None:
    body = (
        "The air force said it shot down 40 of 52 Shahed drones launched by Russia overnight, with six "
        "more likely downed by Ukraine's electronic warfare systems."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 52, "drones_intercepted": 40, "drones_suppressed": 6}}


def test_people_moved_to_temporary_housing_were_not_hurt() -> None:
    body = (
        "A Ukrainian drone hit an apartment block in the Russian city of Kursk overnight, the governor said. "
        "One woman was killed, two people were hospitalised and 35 residents were placed in temporary "
        "accommodation."
    )
    assert figures(body) == {RUSSIA: {"killed": 1, "injured": 2}}


def test_missiles_that_struck_a_city_named_after_its_direction_are_the_attack() -> None:
    body = (
        "Three Iskander missiles struck the northern Ukrainian city of Chernihiv on Friday afternoon, the "
        "regional governor said. Eleven people were injured."
    )
    assert figures(body, "2025-11-14T16:00:00Z") == {NIGHT: {"missiles_launched": 3, "injured": 11}}


def test_a_type_designation_that_opens_with_a_digit_is_not_another_number() -> None:
    body = (
        "Russia attacked overnight with 210 strike drones, two 3M22 Zircon missiles and four 9M723 "
        "Iskander-M ballistic missiles, the air force said."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 210, "missiles_launched": 6, "total_launched": 216}}


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's air defences intercepted 296 Russian drones and seven missiles, while additional drones "
        "were jammed or lost from radar, the air force said.",
        "Ukraine's air defences intercepted 296 Russian drones and seven missiles; several more drones were "
        "lost locally.",
    ],
)
def test_a_passive_verb_of_another_clause_does_not_govern_the_count_before(body: str) -> None:
    assert figures(body) == {
        NIGHT: {"drones_intercepted": 296, "missiles_intercepted": 7, "total_intercepted": 303}
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The air force said Russia launched 139 drones and an Iskander-M ballistic missile during the "
            "night; 78 drones were shot down.",
            {"drones_launched": 139, "drones_intercepted": 78, "missiles_launched": 1, "total_launched": 140},
        ),
        (
            "Air defence shot down 40 drones and a Kh-59 guided missile overnight, the air force said.",
            {"drones_intercepted": 40, "missiles_intercepted": 1, "total_intercepted": 41},
        ),
    ],
)
def test_one_weapon_after_a_count_shares_its_verb(body: str, expected: dict[str, int]) -> None:
    assert figures(body) == {NIGHT: expected}


def test_a_missile_and_drone_attack_counts_no_missile() -> None:
    body = "Russia launched a massive missile and drone attack on Kyiv overnight, killing four people."
    assert figures(body) == {NIGHT: {"killed": 4}}


def test_hitting_the_country_with_weapons_is_launching_them() -> None:
    body = (
        "Russia hit Ukraine with 367 drones and missiles overnight, the air force spokesman said, the "
        "largest single attack so far."
    )
    assert figures(body) == {NIGHT: {"total_launched": 367}}


def test_what_hit_is_no_launch_count_beside_a_stated_total_launch() -> None:
    body = (
        "Ukraine's air force said more than 800 Russian missiles and drones were launched overnight. Nine "
        "missiles and 56 drones struck 37 locations, it said."
    )
    assert figures(body) == {NIGHT: {"total_launched": 800}}


@pytest.mark.parametrize(
    "body",
    [
        "Ukrainian forces staged a surprise incursion into the Kursk region on Tuesday, which left at least "
        "three civilians dead and 12 injured, the governor said.",
        "Up to 300 soldiers with 11 tanks and 20 armoured vehicles crossed the border into the Kursk region; "
        "five civilians were killed and 30 wounded, the acting governor said.",
    ],
)
def test_tolls_of_a_ground_incursion_are_no_air_attack(body: str) -> None:
    assert figures(body, "2025-11-14T15:00:00Z") == {}


def test_what_the_russian_military_said_it_shot_down_points_at_russia() -> None:
    body = (
        "Russia launched 93 drones at Ukraine overnight, the air force said, and 60 were shot down.\n"
        "The Russian military said air defence units had downed four Ukrainian missiles over the Belgorod "
        "region."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 93, "drones_intercepted": 60},
        RUSSIA: {"missiles_intercepted": 4},
    }


@pytest.mark.parametrize("whole", ["across the country", "nationwide", "in total"])
def test_a_bare_number_for_the_whole_country_after_a_city_toll_is_the_toll(whole: str) -> None:
    body = (
        "Russia fired 81 missiles at Ukraine on Friday morning. Police said at least eight people had been "
        f"killed in Kyiv alone, and 10 {whole}."
    )
    assert figures(body, "2025-11-14T15:00:00Z") == {NIGHT: {"missiles_launched": 81, "killed": 10}}


def test_districts_of_one_region_are_that_region() -> None:
    body = (
        "Russian air defences shot down three Ukrainian drones overnight, the defence ministry said.\n"
        "Seven drones were downed in the Rylsky and Kurchatovsky districts of the Kursk region, the "
        "acting governor said."
    )
    assert figures(body) == {RUSSIA: {"drones_intercepted": 3}}


def test_he_said_in_a_new_paragraph_is_the_governor_named_before() -> None:
    body = (
        "A Ukrainian drone set an oil depot in the central Tambov region ablaze early on Friday, the "
        "region's governor said.\n"
        '"A small fire broke out and it has been contained," he said on Telegram, adding that no one was '
        "injured in the attack.\n"
        "In the Bryansk region, the governor said a drone had been downed, its debris damaging a roof."
    )
    # An attack report with no figure of the whole attack: the Tambov governor's zero is his region's.
    assert figures(body) == {RUSSIA: {}}


@pytest.mark.parametrize("site", ["at the refinery itself", "at the oil depot"])
def test_a_zero_said_of_one_site_is_not_the_attacks(site: str) -> None:
    body = (
        "Debris from a downed Ukrainian drone set fire to a refinery in Russia's Krasnodar region overnight, "
        f"local authorities said. No casualties were reported {site}.\n"
        "Elsewhere in the region, falling debris injured two people and damaged several homes."
    )
    assert figures(body) == {RUSSIA: {"injured": 2}}


def test_headlines_under_a_highlights_heading_are_other_stories() -> None:
    body = (
        "Russia launched 309 drones and eight cruise missiles at Ukraine overnight, the air force said. "
        "Eight people were killed in Kyiv, officials said.\n"
        "HIGHLIGHTS\n"
        "World\n"
        "5 hours ago\n"
        "\n"
        "Parliament votes on a new budget\n"
        "World\n"
        "5 hours ago\n"
        "\n"
        "Kyiv toll rises to 26 after wave of Russian strikes"
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 309, "missiles_launched": 8, "total_launched": 317, "killed": 8}
    }


def test_victims_counted_beside_the_dead_are_not_the_dead() -> None:
    body = (
        "Three Russian missiles struck the centre of Chernihiv on Friday morning. More than 50 victims, "
        "including three children, and 11 dead are now known, the deputy head of the presidential office "
        "said."
    )
    assert figures(body, "2025-11-14T12:00:00Z")[NIGHT]["killed"] == 11


def test_types_launched_from_far_away_places_still_add_up() -> None:
    body = (
        "The air force said Russia launched three missiles from S-300 systems located in occupied territory "
        "of the Donetsk region and two Kh-22 cruise missiles from the Black Sea overnight."
    )
    assert figures(body) == {NIGHT: {"missiles_launched": 5}}


@pytest.mark.parametrize(
    "zero",
    [
        '"There were no victims from the attack," the regional head wrote.',
        "No one was hurt, the governor said.",
    ],
)
def test_a_regions_zero_beside_the_ministrys_overnight_count_is_that_regions(zero: str) -> None:
    body = (
        "Ukrainian drones crashed into an electronics plant in Chuvashia on Friday morning, local officials "
        f"said. {zero}\n"
        "Across the country, Russia's Defence Ministry said it intercepted 49 Ukrainian drones overnight."
    )
    assert figures(body, "2025-11-14T12:00:00Z") == {RUSSIA: {"drones_intercepted": 49}}


def test_no_dead_or_injured_in_the_entire_country_is_the_attacks_zero() -> None:
    body = (
        "Russia attacked Ukraine overnight with 58 Shahed drones, the air force said; 46 were shot down. An "
        "energy site in the Lviv region was hit, the governor said. There were no dead or injured in the "
        "entire country, according to first information."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 58, "drones_intercepted": 46, "killed": 0, "injured": 0}
    }


def test_drones_lost_so_far_are_the_nights_count_as_it_stands() -> None:
    body = (
        "On the night of November 14, the enemy attacked Ukraine with 81 Shahed-type drones, the air "
        "force said. As of 9:00 a.m., 57 were confirmed downed. In addition, 15 Russian drones have been "
        "lost so far."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 81, "drones_intercepted": 57, "drones_suppressed": 15}
    }


def test_a_read_also_link_inside_a_line_is_another_story() -> None:
    body = (
        "Russian drones attacked the Dniprovskyi district of Kherson all Friday morning, the regional "
        "military administration said. At least 11 people were injured. Residents are urged to stay "
        "indoors.Read also: Enemy attack on Odesa: woman's body found under rubble, toll rises to 17"
    )
    assert figures(body, "2025-11-14T12:00:00Z") == {NIGHT: {"injured": 11}}


def test_glide_bombs_by_the_hundred_are_a_weeks_tally() -> None:
    body = (
        "Russia launched 267 attack drones at Ukraine overnight, the air force said, and three ballistic "
        "missiles. Zelensky said that in total, nearly 1,150 attack drones, more than 1,400 guided aerial "
        "bombs and 35 missiles of various types were launched by Russia."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 267, "missiles_launched": 3, "total_launched": 270}}


def test_a_bombs_type_number_is_no_tally() -> None:
    body = (
        "Russian aircraft struck Kupiansk with five KAB-500 guided aerial bombs on Friday afternoon, killing "
        "three people, the regional governor said. Russia also fired two Iskander-M missiles at the city."
    )
    assert figures(body, "2025-11-14T16:00:00Z") == {NIGHT: {"missiles_launched": 2, "killed": 3}}


def test_a_crawl_date_under_a_repeated_headline_is_not_the_attacks() -> None:
    body = (
        "Death toll from Russian strike on Kyiv rises to 28\n"
        " date 2025-11-15 Death toll from Russian strike on Kyiv rises to 28\n"
        "The death toll from the Russian attack on Kyiv on the night of 13-14 November has risen to 28. "
        "Another 159 people have been injured."
    )
    assert figures(body, "2025-11-15T09:00:00Z") == {NIGHT: {"killed": 28, "injured": 159}}


def test_an_attack_ranked_since_russia_launched_its_invasion_is_this_one() -> None:
    body = (
        "Ukraine's air force said on Friday that Russia attacked the country with 298 drones and 69 missiles "
        "overnight, one of the largest aerial attacks since Russia launched its full-scale invasion in "
        "February 2022."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 298, "missiles_launched": 69, "total_launched": 367}}


def test_ukraine_saying_russia_attacked_points_at_ukraine() -> None:
    body = (
        "Moscow says it intercepted around 100 Ukrainian drones overnight, some of them aimed at the "
        "capital.\n"
        "Ukraine says Russia attacked with 367 missiles and drones overnight"
    )
    assert figures(body) == {NIGHT: {"total_launched": 367}, RUSSIA: {"drones_intercepted": 100}}


@pytest.mark.parametrize("earlier", ["A day earlier,", "The day before,", "On the previous day,"])
def test_a_day_earlier_is_another_nights_attack(earlier: str) -> None:
    body = (
        "Russian drones attacked Kyiv early on Friday and injured at least seven people, officials said. "
        f"{earlier} the air force said Russia launched 14 ballistic missiles and 250 drones at the capital, "
        "injuring 15 people."
    )
    assert figures(body) == {NIGHT: {"injured": 7}}


def test_overnight_into_a_named_day_is_that_nights() -> None:
    body = (
        "Russian drones attacked Kyiv early on Friday and injured at least seven people, officials said. In "
        "addition, 13 civilians were killed on Wednesday and overnight into Thursday in Russian attacks in "
        "the south and east, regional authorities said."
    )
    assert figures(body) == {NIGHT: {"injured": 7}}


def test_pounding_targets_across_a_country_with_weapons_is_launching_them() -> None:
    body = (
        "Ukraine pounded targets across Russia on Friday with at least 25 drones and seven missiles, "
        "Russia's defence ministry said, in an attack that left a refinery on fire."
    )
    assert figures(body, "2025-11-14T15:00:00Z") == {
        RUSSIA: {"drones_launched": 25, "missiles_launched": 7, "total_launched": 32}
    }


def test_russian_military_airfields_are_where_the_attack_went() -> None:
    body = (
        "Ukraine launched drone attacks on Russian military airfields in five regions on Friday, the Russian "
        "Defence Ministry said. No casualties occurred, as per official reports."
    )
    assert figures(body, "2025-11-14T15:00:00Z") == {RUSSIA: {"killed": 0, "injured": 0}}


def test_another_person_hurt_after_one_killed_is_one_injured() -> None:
    body = (
        "Last night, Russian troops once again targeted communities of the Sumy region with attack drones, "
        "the regional governor said. In the Bilopillia community, a civilian was killed, while another "
        "person was seriously injured and remains in hospital."
    )
    assert figures(body) == {NIGHT: {"killed": 1, "injured": 1}}


@pytest.mark.parametrize("filed", ["Kyiv • UNN", "Kyiv | Ukrinform"])
def test_where_a_story_was_filed_is_no_place_struck(filed: str) -> None:
    body = (
        f"{filed}\n"
        "At night, air defence shot down eight Shahed drones over the Khmelnytskyi region, the regional "
        "administration said. A residential building was damaged, but there were no casualties."
    )
    article = schemas.Article(id="t", published_at="2025-11-14T07:30:00Z", body=body)
    assert [r.regions for r in extract(article)] == [["Khmelnytskyi"]]


def test_a_file_photo_marked_file_does_not_date_the_attack() -> None:
    body = (
        "(FILE) Rescuers work at the site of a fire in Kharkiv, Ukraine, early 09 November 2025. EFE\n"
        "Kyiv, Nov 14 (EFE).- Russia launched 55 missiles and 21 drones against Ukraine, the Ukrainian Air "
        "Force said on Friday."
    )
    assert figures(body, "2025-11-14T12:00:00Z") == {
        NIGHT: {"drones_launched": 21, "missiles_launched": 55, "total_launched": 76}
    }


def test_drones_used_since_the_evening_before_are_that_nights() -> None:
    body = (
        "Ukraine's defence forces shot down 66 of the 81 Shahed drones that the Russians have used to attack "
        "Ukraine since the evening of November 13, the air force said."
    )
    assert figures(body, "2025-11-14T09:00:00Z") == {NIGHT: {"drones_launched": 81, "drones_intercepted": 66}}


@pytest.mark.parametrize("published", ["2025-11-15T06:00:00Z", "2025-11-15T16:00:00Z"])
def test_overnight_is_the_night_before_the_day_the_sources_spoke(published: str) -> None:
    body = (
        "A massive Russian air assault struck Ukraine's gas facilities, officials said on Friday.\n"
        "Russia fired 35 missiles and 60 drones at the state gas company's sites overnight, its chief "
        "executive said."
    )
    assert figures(body, published) == {
        NIGHT: {"drones_launched": 60, "missiles_launched": 35, "total_launched": 95}
    }


def test_a_strike_through_the_night_on_a_weekday_ends_the_next_day() -> None:
    body = (
        "Following a massive Russian strike on Ukraine that went through the night on Thursday, half of "
        "Kyiv's apartment buildings are without heat. Russia launched 242 drones and 36 missiles, the air "
        "force said."
    )
    assert figures(body, "2025-11-14T15:00:00Z") == {
        NIGHT: {"drones_launched": 242, "missiles_launched": 36, "total_launched": 278}
    }


def test_a_region_after_its_direction_and_country_is_where_the_toll_was() -> None:
    text = (
        "In southeastern Ukraine's Zaporizhzhia, one person was killed and nine others wounded, the "
        "governor said."
    )
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == [
        ("killed", 1, "Zaporizhzhia"),
        ("injured", 9, "Zaporizhzhia"),
    ]


def test_launch_areas_after_from_the_areas_of_are_no_places_struck() -> None:
    body = (
        "Overnight, the Russian invaders launched two Kh-59/69 guided missiles from the airspace over "
        "Russia's Belgorod region and 23 attack drones of the Shahed type from the areas of Chauda and "
        "Kursk, the air force said. Seventeen drones were shot down over the Sumy and Kyiv regions."
    )
    article = schemas.Article(id="t", published_at="2025-11-14T07:30:00Z", body=body)
    assert [(r.incident_id, r.regions) for r in extract(article)] == [(NIGHT, ["Kyiv", "Sumy"])]
    assert figures(body) == {
        NIGHT: {"drones_launched": 23, "drones_intercepted": 17, "missiles_launched": 2, "total_launched": 25}
    }


def test_drones_that_fell_on_their_own_and_nobody_hurt() -> None:
    body = (
        "Ukrainian air defences shot down 24 out of 52 drones launched by Russia overnight, the air force "
        "said. It said 25 Shahed drones had fallen on their own. There were no reports of anybody being "
        "hurt in the attacks."
    )
    assert figures(body) == {
        NIGHT: {"drones_launched": 52, "drones_intercepted": 24, "drones_suppressed": 25, "injured": 0}
    }


def test_out_of_the_whole_launched() -> None:
    body = "Ukrainian forces shot down 71 attack drones out of the 80 launched by the Russians overnight."
    assert figures(body) == {NIGHT: {"drones_launched": 80, "drones_intercepted": 71}}


def test_a_city_then_country_dateline_is_not_the_counts_place() -> None:
    text = (
        "In UMAN, Ukraine, an attack by Russia took place early on Friday, involving more than 20 cruise "
        "missiles and two drones."
    )
    assert [(f.role, f.value, f.place) for f in read_figures(text)] == [
        ("launched", 20, None),
        ("launched", 2, None),
    ]


def test_counts_side_by_side_share_the_place_named_after_them() -> None:
    body = (
        "Russia fired more than 20 cruise missiles and two drones at Ukraine overnight, officials said. "
        "According to the city government, air defence intercepted 11 cruise missiles and two drones over "
        "Kyiv."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 2, "missiles_launched": 20, "total_launched": 22}}


def test_the_biggest_so_far_in_a_month_ranks_this_attack() -> None:
    body = (
        "Ukraine's air force said that Russia used 574 drones and 40 missiles in the overnight attack on the "
        "country, which was the biggest one so far in November."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 574, "missiles_launched": 40, "total_launched": 614}}


@pytest.mark.parametrize("verb", ["utilizing", "employing"])
def test_utilizing_weapons_is_launching_them(verb: str) -> None:
    body = (
        "A massive Russian drone-and-missile attack struck Ukraine overnight, officials said. The assault "
        f"was the most extensive single strike of the war, {verb} 367 drones and missiles."
    )
    assert figures(body) == {NIGHT: {"total_launched": 367}}


def test_hospitalised_in_one_place_is_no_toll_beside_injured_counts_of_several() -> None:
    body = (
        "Russia attacked Ukraine with 41 missiles early on Friday. In Kyiv, one person was killed, 22 were "
        "wounded and 13 were hospitalised, the city administration said. In Kharkiv, five people were killed "
        "and 48 were injured, the mayor said."
    )
    assert figures(body) == {NIGHT: {"missiles_launched": 41}}


def test_a_whole_after_a_comma_and_a_qualifier() -> None:
    body = (
        "Ukraine's air defences shot down all 10 of the hypersonic missiles, out of about 100 of various "
        "types that Russia launched overnight, the commander-in-chief said."
    )
    assert figures(body)[NIGHT]["missiles_launched"] == 100


def test_an_officials_surname_is_no_place() -> None:
    body = (
        "Ukrainian drones struck an electronics plant in Cheboksary early on Friday. The head of the region, "
        "Oleg Nikolayev, said there were no casualties."
    )
    article = schemas.Article(id="t", published_at="2025-11-14T09:00:00Z", body=body)
    assert [(r.incident_id, r.figures.killed) for r in extract(article)] == [(RUSSIA, 0)]


def test_a_citys_zero_is_no_toll_of_an_attack_of_hundreds_of_drones() -> None:
    body = (
        "Russia launched 479 drones and 20 missiles at Ukraine overnight, the air force said. In Rivne, "
        "the mayor said the attack damaged 70 buildings but nobody was killed or injured."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 479, "missiles_launched": 20, "total_launched": 499}}


def test_shot_down_or_electronically_jammed_is_intercepted() -> None:
    body = (
        "Russia fired 653 drones and 51 missiles at Ukraine overnight. According to the air force, defenders "
        "shot down or electronically jammed 585 drones and 30 missiles, but 29 locations were hit."
    )
    assert figures(body) == {
        NIGHT: {
            "drones_launched": 653,
            "drones_intercepted": 585,
            "missiles_launched": 51,
            "missiles_intercepted": 30,
            "total_launched": 704,
            "total_intercepted": 615,
        }
    }


def test_missile_attacks_counted_are_no_missiles() -> None:
    body = (
        "Zelensky said that overnight Russia launched more than 60 Shahed drones and almost 90 missiles of "
        "various types. The Russians launched 12 missile attacks on Zaporizhzhia, where there were wounded."
    )
    assert figures(body) == {NIGHT: {"drones_launched": 60, "missiles_launched": 90, "total_launched": 150}}
