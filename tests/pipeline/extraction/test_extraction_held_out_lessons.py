"""The rules drawn from the first-run misses of held-out batches 28–30, each in several wordings of our
own (not the batches' articles). Every expected value is read off the text by the corpus rules."""

from __future__ import annotations

from datetime import date

import pytest

from streams.pipeline.extraction.dates import find_dates
from streams.pipeline.extraction.figures import read_figures, vague_tolls
from streams.pipeline.extraction.numbers import find_numbers
from tests.pipeline.extraction.cases import stated_figures


def figures_of(body: str, published_at: str = "2025-06-18T06:30:00Z") -> dict[str, dict[str, int]]:
    return stated_figures(body, published_at)


def read(text: str) -> list[tuple[str, str, int]]:
    return [(f.category, f.role, f.value) for f in read_figures(text)]


# --- Years are not counts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a woman born in 1968 was injured",
        "the building, in use since 1974, was hit by two drones",
        "the contract runs until 2030 and covers 40 launchers",
        "a pensioner, born 1951, was wounded",
        "the shelter, built before 1990, held 40 people",
    ],
)
def test_a_year_after_a_word_of_time_is_no_count(text: str) -> None:
    assert all(not (1900 <= n.value < 2100) for n in find_numbers(text))


def test_a_count_of_four_digits_stays_a_count() -> None:
    assert [n.value for n in find_numbers("Russia has fired 1200 drones at the region")] == [1200]


def test_a_birth_year_is_no_toll() -> None:
    body = (
        "Air defence forces destroyed 41 Ukrainian drones over the Moscow region overnight, the defence "
        "ministry said. In Ramenskoye, a man born in 1972 was injured by falling debris, the governor said."
    )
    assert figures_of(body) == {"2025-06-18:UA>RU": {"drones_intercepted": 41, "injured": 1}}


# --- "N years ago": another time ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years ago today, missiles struck the city's airfield.", date(2023, 6, 19)),
        ("Three weeks ago, Russia launched 500 drones at Ukraine.", date(2025, 5, 28)),
        ("A year ago the same plant was hit by Kh-101 missiles.", date(2024, 6, 18)),
    ],
)
def test_a_time_ago_is_that_many_days_before(text: str, expected: date) -> None:
    [found] = find_dates(text, date(2025, 6, 18))
    assert found.value == expected


def test_days_ago_are_background_not_a_date() -> None:
    # "a school that reopened two days ago", beside tonight's attack
    assert find_dates("A drone hit a school that had reopened just two days ago.", date(2025, 6, 18)) == []


def test_an_anniversary_piece_reports_no_attack() -> None:
    body = (
        "Two years ago today, Russian missiles struck a shopping centre in Kremenchuk, killing 22 people.\n"
        "Relatives gathered at the memorial on Thursday to lay flowers. The city council said a new "
        "centre would open on the site next year."
    )
    assert figures_of(body, "2024-06-27T09:00:00Z") == {}


# --- A type named before its class noun -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result of the air battle, 8 Kalibr missiles, 1 Kinzhal and 38 Shaheds were destroyed.",
            [("missiles", "intercepted", 9), ("drones", "intercepted", 38)],
        ),
        (
            "Three Iskander missiles, two Kinzhals and 40 drones were shot down.",
            [("missiles", "intercepted", 5), ("drones", "intercepted", 40)],
        ),
        (
            "Russia fired 3 Kinzhal aeroballistic missiles and 2 Iskander ballistic missiles.",
            [("missiles", "launched", 5)],
        ),
        ("Six Kalibrs were launched from the Black Sea.", [("missiles", "launched", 6)]),
        (
            "The air defence of the South destroyed 4 Kalibr and the two Kh-59.",
            [("missiles", "intercepted", 6)],
        ),
    ],
)
def test_types_listed_before_their_verb_add_up(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


# --- "Also" adds a launch of another type ---------------------------------------------------------


def test_a_launch_said_also_adds_to_the_one_before() -> None:
    body = (
        "Overnight, ships of the Black Sea Fleet launched six Kalibr cruise missiles at the Odesa region. "
        "Also the enemy used two Kh-59 guided missiles from Su-34 aircraft.\n"
        "Air defence destroyed five of the missiles, the Southern command said."
    )
    assert figures_of(body) == {
        "2025-06-18:RU>UA": {"missiles_launched": 8, "missiles_intercepted": 5},
    }


def test_also_with_a_comma_adds_nothing() -> None:
    # "Also, …" opens a new point; the count is a repetition, not an addition.
    body = (
        "Russia launched 70 drones at Ukraine overnight, the air force said. 52 were shot down.\n"
        "Also, 70 drones were launched at the Kharkiv region alone earlier this week."
    )
    assert figures_of(body)["2025-06-18:RU>UA"]["drones_launched"] == 70


# --- One sentence, one vote for the article's direction ----------------------------------------------


def test_a_long_list_of_russian_regions_does_not_turn_the_story() -> None:
    body = (
        "On the night of June 18, Russian troops attacked Ukraine with 4 Iskander-M ballistic missiles "
        "and 112 attack drones, the air force said.\n"
        "The missiles were launched from the Kursk region, the drones from Oryol, Millerovo and Chauda "
        "in occupied Crimea.\n"
        "Air defence shot down 1 missile and 87 drones. Two people were killed and nine injured in Dnipro.\n"
        "Meanwhile, Russia's defence ministry claimed that its air defence destroyed 64 Ukrainian drones "
        "over Moscow, Tula, Kaluga, Bryansk, Kursk and Oryol regions."
    )
    assert figures_of(body) == {
        "2025-06-18:RU>UA": {
            "drones_launched": 112,
            "drones_intercepted": 87,
            "missiles_launched": 4,
            "missiles_intercepted": 1,
            "total_launched": 116,
            "total_intercepted": 88,
            "killed": 2,
            "injured": 9,
        },
        "2025-06-18:UA>RU": {"drones_intercepted": 64},
    }


# --- A toll risen: the one place's later, larger count -----------------------------------------------


def test_a_live_blog_toll_that_rises_in_the_one_place_hit() -> None:
    body = (
        "07:10 - The city administration says two people have been killed and 11 injured in Kyiv.\n"
        "07:55 - Russia launched 90 drones at Ukraine overnight; 70 were shot down, the air force said.\n"
        "09:30 - UPDATE: The toll has risen to four dead and 19 injured, the administration says.\n"
        "13:50 - The State Emergency Service says five people were killed and 23 injured in Kyiv."
    )
    stated = figures_of(body)["2025-06-18:RU>UA"]
    assert (stated["killed"], stated["injured"]) == (5, 23)


def test_a_governors_later_toll_of_his_region() -> None:
    body = (
        "Russia's defence ministry said air defence destroyed 120 Ukrainian drones overnight.\n"
        "A drone struck a residential building in Vidnoye, killing one woman and injuring eight people, "
        "the Moscow region governor said.\n"
        "Later he updated the toll: two people dead, 11 injured in Moscow region."
    )
    stated = figures_of(body)["2025-06-18:UA>RU"]
    assert (stated["killed"], stated["injured"]) == (2, 11)


# --- A sentence of its own that goes on with the count before it -------------------------------------


@pytest.mark.parametrize(
    "second",
    ["Fourteen were lost locally.", "Another 14 were lost from radar.", "14 more were lost locationally."],
)
def test_drones_lost_in_a_sentence_of_their_own(second: str) -> None:
    body = f"According to the air force, of the 58 drones Russia launched overnight, 40 were downed. {second}"
    stated = figures_of(body)["2025-06-18:RU>UA"]
    assert stated["drones_suppressed"] == 14


@pytest.mark.parametrize("opening", ["These included:", "Among them:", "They were:"])
def test_a_list_opened_after_the_count_it_breaks_down(opening: str) -> None:
    body = (
        "Overnight, Russia attacked Ukraine with 61 means of air attack, the air force said. "
        f"{opening}\n"
        "- 10 Kh-101 cruise missiles from the Caspian Sea;\n"
        "- three Iskander-M ballistic missiles from Bryansk Oblast;\n"
        "- 48 Shahed attack drones.\n"
        "Air defence destroyed 9 missiles and 40 drones."
    )
    assert figures_of(body)["2025-06-18:RU>UA"] == {
        "drones_launched": 48,
        "drones_intercepted": 40,
        "missiles_launched": 13,
        "missiles_intercepted": 9,
        "total_launched": 61,
        "total_intercepted": 49,
    }


@pytest.mark.parametrize(
    ("first", "later", "field", "value"),
    [
        (
            "The mayor initially reported 14 injured.",
            "Later he said the number had risen to 23.",
            "injured",
            23,
        ),
        (
            "Officials first spoke of three people killed.",
            "By noon the figure had climbed to five, the governor said.",
            "killed",
            5,
        ),
    ],
)
def test_the_number_risen_is_the_toll_of_the_sentence_before(
    first: str, later: str, field: str, value: int
) -> None:
    body = f"Russia launched 90 drones at Kyiv overnight, the air force said. {first} {later}"
    assert figures_of(body)["2025-06-18:RU>UA"][field] == value


# --- The earlier figure is the one after "previously" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPDATE 15:50. The number of injured rose to 24, previously 19 were reported.", 24),
        ("The number of wounded has grown to 31; previously: 26.", 31),
    ],
)
def test_the_count_before_previously_is_the_latest(text: str, expected: int) -> None:
    assert [f.value for f in read_figures(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["19 injured were reported earlier, before the update.", "The figure of 19 injured given previously"],
)
def test_a_count_said_previously_stays_an_earlier_one(text: str) -> None:
    assert read_figures(text) == []


# --- A place opened after an introductory phrase ----------------------------------------------------


def test_tolls_of_two_places_after_opening_phrases_are_not_added() -> None:
    body = (
        "From 18:00 until 07:00, Russia launched 60 Shahed drones against Ukraine, the air force said. "
        "Air defence shot down 43 of them.\n"
        "As a result of the attack, in Kryvyi Rih a 40-year-old man was injured, the city head said.\n"
        "In Kherson, two people were injured in a drone attack on the Dniprovskyi district."
    )
    stated = figures_of(body)["2025-06-18:RU>UA"]
    assert "injured" not in stated  # one in Kryvyi Rih, two in Kherson, no total


# --- The attack's night named in a lead that also ranks it --------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Russia launched some 500 drones and missiles at Ukraine overnight into Saturday, in what officials "
        "called one of the heaviest attacks on the energy system this autumn.",
        "In one of the largest strikes this year, Russia hit Ukraine with drones and missiles on the night "
        "into Saturday.",
    ],
)
def test_a_lead_of_this_night_that_ranks_it_keeps_the_story_on_it(lead: str) -> None:
    body = (
        f"{lead}\nThe attack involved 477 Shahed drones and 33 missiles, the air force said. In all, 420 "
        "drones and 21 missiles were neutralised."
    )
    stated = figures_of(body, "2025-11-08T06:20:00Z")["2025-11-08:RU>UA"]
    assert (stated["drones_launched"], stated["missiles_intercepted"]) == (477, 21)


# --- "Shot down or suppressed" stays one interception count, for its parts too -------------------------


def test_the_parts_of_a_count_shot_down_or_suppressed_are_interceptions() -> None:
    # After "Russia attacked with 215 air targets …": "of them" counts air targets.
    text = "Air defence shot down or suppressed 184 of them, including 176 drones and eight missiles."
    assert [(f.category, f.role, f.value) for f in read_figures(text, "total")] == [
        ("total", "intercepted", 184),
        ("drones", "intercepted", 176),
        ("missiles", "intercepted", 8),
    ]


# --- Wordings of launch, loss and toll ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "carry", "expected"),
    [
        # what the enemy struck with was launched; what struck one place stays a hit
        (
            "The enemy struck with 104 Shahed-type drones, the air force said.",
            None,
            [("drones", "launched", 104)],
        ),
        ("Russia struck Kharkiv with 12 drones overnight.", None, [("drones", "hit", 12)]),
        # drones that vanished or went off radar were lost to electronic warfare
        ("Six more went off radar, the air force said.", "drones", [("drones", "suppressed", 6)]),
        (
            "Another 30 drones, mostly Gerbera decoys, vanished from radar.",
            None,
            [("drones", "suppressed", 30)],
        ),
        ("30 drones, mainly decoys, were lost locally.", None, [("drones", "suppressed", 30)]),
        # a man and his wife are two
        ("A drone hit the block, killing a 61-year-old man and his wife.", None, [("people", "killed", 2)]),
        (
            "The strike killed a man and injured a woman.",
            None,
            [("people", "killed", 1), ("people", "injured", 1)],
        ),
    ],
)
def test_wordings_of_launch_loss_and_toll(
    text: str, carry: str | None, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text, carry)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air defence's own weapons count in no attack figure
        ("Germany will pay for four IRIS-T fire units and about 300 interceptor missiles.", []),
        ("Kyiv wants to produce 1,000 interceptor drones a day.", []),
        # drones that took part in the operation were launched
        ('The source said "about 50" drones took part in the operation.', [("drones", "launched", 50)]),
        # a figure corrected between commas is the old one; "along with" joins the next count to its verb
        (
            "It later said 21 missiles, not 19, had been brought down, along with 24 drones.",
            [("missiles", "intercepted", 21), ("drones", "intercepted", 24)],
        ),
        ("Russia attacked with 24 drones.", [("drones", "launched", 24)]),
    ],
)
def test_whose_weapons_and_which_figure(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert read(text) == expected


def test_a_toll_in_the_ukrainian_city_of_is_of_the_attack_on_ukraine() -> None:
    body = (
        "Russia and Ukraine attacked each other with drones overnight, with one person killed in Russia's "
        "Ryazan region and three injured in the Ukrainian city of Dnipro.\n"
        "Ukraine's air force said Russia had launched 81 drones. Russia's defence ministry said its air "
        "defences had destroyed 45 Ukrainian drones over Bryansk, Kursk and Ryazan regions."
    )
    stated = figures_of(body)
    assert stated["2025-06-18:RU>UA"]["injured"] == 3
    assert "injured" not in stated["2025-06-18:UA>RU"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a total of 322 “air attack vehicles” into the country, among them 315 drones and "
        "seven missiles.",
        'Russia launched a total of 322 "air attack vehicles", among them 315 drones and seven missiles.',
        "Russia launched a total of 322 «air attack vehicles», among them 315 drones and seven missiles.",
    ],
)
def test_a_counted_noun_in_quotes(text: str) -> None:
    expected = [("total", "launched", 322), ("drones", "launched", 315), ("missiles", "launched", 7)]
    assert read(text) == expected


def test_counts_in_brackets_after_their_regions_are_the_regions() -> None:
    text = (
        "Air defence systems destroyed over the territories of Belgorod (four drones), Voronezh (four "
        "drones), Bryansk (18 drones) and Kaluga (six drones) regions, the ministry said."
    )
    assert [(f.value, f.place) for f in read_figures(text)] == [
        (4, "Belgorod"),
        (4, "Voronezh"),
        (18, "Bryansk"),
        (6, "Kaluga"),
    ]


def test_a_month_gone_by_with_its_part_is_another_time() -> None:
    body = (
        "Russian air defence destroyed eight drones over the Black Sea near Crimea overnight, the defence "
        "ministry said on Sunday.\n"
        "In late August, the ministry claimed to have destroyed 42 incoming drones over Crimea in one night."
    )
    assert figures_of(body, "2023-09-10T09:00:00Z") == {"2023-09-10:UA>RU": {"drones_intercepted": 8}}


@pytest.mark.parametrize(
    "text",
    [
        'It shot down 27 out of 44 drones with eight more "likely downed by the electronic warfare tools".',
        "It shot down 27 out of 44 drones, with eight more probably jammed.",
        "It shot down 27 out of 44 drones, with eight others lost locally.",
    ],
)
def test_more_of_them_lost_to_electronic_warfare(text: str) -> None:
    assert read(text) == [
        ("drones", "intercepted", 27),
        ("drones", "launched", 44),
        ("drones", "suppressed", 8),
    ]


def test_overnight_on_a_date_is_that_dates_night() -> None:
    [found] = find_dates(
        "Overnight on Feb. 22, Ukraine's air defense downed eight Shahed drones.", date(2024, 2, 23)
    )
    assert found.value == date(2024, 2, 22)
    body = (
        "At least one civilian was killed in a Russian drone attack against Odesa overnight on Feb. 23, "
        "the Southern Defense Forces reported. Air defense downed 14 drones, according to the air force.\n"
        "Overnight on Feb. 22, Ukraine's air defense downed 28 Shahed drones."
    )
    assert figures_of(body, "2024-02-23T01:30:00Z")["2024-02-23:RU>UA"]["drones_intercepted"] == 14


# --- A toll with no number still tells where there were casualties ----------------------------------


def test_a_place_with_uncounted_wounded_keeps_another_places_count_from_the_whole() -> None:
    body = (
        "Russian strikes overnight killed at least nine people across Ukraine, officials said.\n"
        "Four people were killed and 16 injured in the Kyiv region, the emergency service said.\n"
        "Four deaths occurred in Khmelnytskyi, with more civilians wounded and homes destroyed."
    )
    stated = figures_of(body)["2025-06-18:RU>UA"]
    assert stated["killed"] == 9
    assert "injured" not in stated  # Kyiv region's 16 are not all: Khmelnytskyi had wounded too


def test_a_toll_with_no_number_is_never_a_figure() -> None:
    body = (
        "Russia attacked the Odesa region with 30 drones overnight, the air force said. Several people "
        "were injured in Odesa, the governor said."
    )
    assert "injured" not in figures_of(body)["2025-06-18:RU>UA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kharkiv, several people were injured.", [("injured", "Kharkiv")]),
        ("Dozens more were hurt in Dnipro.", [("injured", "Dnipro")]),
        ("Two more were injured in Dnipro.", []),  # a number of its own
    ],
)
def test_tolls_with_no_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.role, f.place) for f in vague_tolls(text)] == expected
