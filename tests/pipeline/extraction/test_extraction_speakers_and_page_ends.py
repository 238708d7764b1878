"""The rules drawn in the twelfth session from the misses on published pages (R9 and R11; none of them is
in the repo), each in several wordings of our own: who speaks a quote that names its speaker only at its
end or only by surname, headlines of other stories after a story's end, the injured in hospital as a
share of the injured, one person hurt, an attack told by its one weapon, and a strike at midday. Every
expected value is read off the text by the corpus rules."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction.claimants import find_claimant, people, speaking, spoken_by
from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, str, int]  # (category, role, value)


def read(text: str) -> list[Read]:
    return [(f.category, f.role, f.value) for f in read_figures(text)]


# --- People named once with their office speak for it later by surname ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike hit a substation, said Ruslan Osypenko, head of the Chernivtsi Regional Military "
            "Administration, on Saturday.",
            {"osypenko": "Regional authorities"},
        ),
        (
            "Kharkiv governor Oleh Syniehubov said three people were hurt.",
            {"syniehubov": "Regional authorities"},
        ),
        (
            "The head of the regional administration, Ivan Fedorov, wrote on Telegram.",
            {"fedorov": "Regional authorities"},
        ),
        ("Mayor Vitali Klitschko urged residents to stay in shelters.", {"klitschko": "Mayor"}),
        # an office with no person beside it names nobody
        ("The Ukrainian Air Force said 40 drones were downed.", {}),
        ("The Regional Military Administration said the fire was out.", {}),
    ],
)
def test_people_named_beside_their_office(text: str, expected: dict[str, str]) -> None:
    assert dict(people(text)) == expected


def test_a_surname_speaks_for_the_office_it_was_named_with() -> None:
    known = {"osypenko": "Regional authorities"}
    said = speaking('The main target was the energy grid," Osypenko said.')
    assert spoken_by(said, known) == "Regional authorities"
    assert spoken_by(speaking("Osypenko visited the site later."), known) is None  # named, not speaking
    assert spoken_by(speaking('"It was a hard night," Kovalenko said.'), known) is None


# A regional head's count of his region on the night of a nationwide attack is his region's share (rule
# 3): the quote that gives it names him only at its end, by surname.
_REGION_SHARE = (
    "Russia launched a massive combined attack on Ukraine overnight, targeting energy facilities in "
    "several regions.\n"
    "In the Vinnytsia region, the strikes hit a substation, said Serhiy Borzov, head of the regional "
    "military administration.\n"
    '"Tonight the enemy attacked the Vinnytsia region with 14 drones and two cruise missiles. Nine drones '
    'were shot down. There is damage to energy infrastructure," Borzov said.\n'
    '"Fortunately, nobody was killed," he added.\n'
)


def test_a_quote_spoken_by_a_regional_head_named_at_its_end_is_his_regions_share() -> None:
    report = stated_figures(_REGION_SHARE, "2025-11-08T09:00:00Z")["2025-11-08:RU>UA"]
    assert "drones_launched" not in report and "missiles_launched" not in report


def test_the_same_quote_with_no_speaker_named_keeps_its_counts() -> None:
    # Without the attribution the counts have no local source, and stand as the attack's.
    body = _REGION_SHARE.replace(", said Serhiy Borzov, head of the regional military administration", "")
    body = body.replace(" Borzov said", " the statement read")
    figures = stated_figures(body, "2025-11-08T09:00:00Z")
    assert figures["2025-11-08:RU>UA"]["drones_launched"] == 14


def test_a_quote_by_a_named_mayor_of_a_strike_by_day_on_his_city_is_the_whole_strike() -> None:
    body = (
        "Russian forces struck Chernihiv with drones in the middle of the day on Wednesday, local officials "
        "said.\n"
        '"At about 12:30, the enemy attacked the city with six Shahed drones. Four were shot down," said '
        "Dmytro Bryzhynskyi, head of the city military administration.\n"
        "On the night of July 3, the region was attacked by 11 drones.\n"
    )
    figures = stated_figures(body, "2026-07-08T14:25:00Z")
    assert figures["2026-07-08:RU>UA"]["drones_launched"] == 6
    assert figures["2026-07-08:RU>UA"]["drones_intercepted"] == 4


# --- Headlines after the story's end are other stories ---------------------------------------------


def test_a_headline_after_the_story_and_before_the_byline_is_another_story() -> None:
    body = (
        "Russian troops attacked the Sumy region overnight, the regional administration said.\n"
        "A drone hit a warehouse in Shostka. There were no casualties, the administration said.\n"
        "Firefighters put out the blaze by morning, and the warehouse's owner said the damage was being "
        "assessed.\n"
        "Power lines in two villages were cut, and repair crews restored supply to most homes by noon.\n"
        "Russia launched 480 drones and 29 missiles at Ukraine in its largest attack of the month\n"
        "Iryna Koval\n"
    )
    figures = stated_figures(body, "2026-03-07T09:00:00Z")
    assert figures == {"2026-03-07:RU>UA": {"killed": 0, "injured": 0}}


def test_a_sentence_cut_off_at_the_end_of_an_excerpt_is_still_read() -> None:
    body = (
        "Russia attacked Ukraine with drones and missiles overnight, the air force said on Wednesday.\n"
        "Air defence shot down 22 drones and seven missiles, it said.\n"
        "Air defence was active in several regions, including Lviv, Ivano-Frankivsk\n"
    )
    report = stated_figures(body, "2024-09-04T09:00:00Z")["2024-09-04:RU>UA"]
    assert report["drones_intercepted"] == 22


# --- The injured in hospital are a share of the injured --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six injured people have been hospitalized.",
        "Four injured people were taken to hospital, the others were treated at the scene.",
        "Eleven injured civilians were admitted to hospital.",
    ],
)
def test_the_injured_in_hospital_are_hospitalised(text: str) -> None:
    assert [r for _, r, _ in read(text)] == ["hospitalised"]


def test_the_injured_count_wins_over_those_of_them_in_hospital() -> None:
    body = (
        "Three people were killed and eight injured in a Russian drone attack on Pavlohrad overnight, the "
        "regional governor said.\n"
        "Six injured people have been hospitalized, two more were treated on the spot, he said.\n"
    )
    report = stated_figures(body, "2025-04-25T09:00:00Z")["2025-04-25:RU>UA"]
    assert (report["killed"], report["injured"]) == (3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The air force said 12 people were injured.", [("people", "injured", 12)]),
        ("Twelve injured people were treated by paramedics at the scene.", [("people", "injured", 12)]),
    ],
)
def test_injured_not_said_to_be_in_hospital_stay_injured(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


# --- One person hurt -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was killed in the strike, the official wrote, adding that a woman, 90, was also slightly "
            "injured.",
            [("people", "killed", 1), ("people", "injured", 1)],
        ),
        ("A pensioner was also seriously wounded.", [("people", "injured", 1)]),
        ("A man has been critically injured, the police said.", [("people", "injured", 1)]),
    ],
)
def test_one_person_hurt_with_two_words_before_the_verb(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


# --- An attack told by the one weapon it used -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This morning, the Russians hit a critical infrastructure facility in the city with a missile.",
            [("missiles", "launched", 1)],
        ),
        (
            "Russia struck the port of Izmail with a ballistic missile on Tuesday.",
            [("missiles", "launched", 1)],
        ),
        ("The occupiers attacked the village with a drone.", [("drones", "launched", 1)]),
        ("The enemy targeted a fuel depot near the town with a Shahed drone.", [("drones", "launched", 1)]),
    ],
)
def test_an_attack_with_one_weapon_launched_one(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit a warehouse in Odesa.",  # what hit is no launch count of its own
        "The town was hit by a glide bomb, and a missile alert lasted an hour.",
        "Residents were told to shelter with a missile threat declared.",
    ],
)
def test_no_attack_verb_before_with_no_single_launch(text: str) -> None:
    assert ("missiles", "launched", 1) not in read(text)


# --- A strike at midday ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "when",
    ["in the middle of the day", "at midday", "at about 13:15", "at around 16:40"],
)
def test_a_one_city_strike_by_day_is_counted_whole_by_its_officials(when: str) -> None:
    body = (
        f"Russian forces attacked Sumy with attack drones {when} on Monday, the city military "
        "administration said.\n"
        '"The enemy attacked the city with five Shahed drones. Three were shot down," the head of the city '
        "military administration said.\n"
    )
    report = stated_figures(body, "2025-06-09T15:00:00Z")["2025-06-09:RU>UA"]
    assert (report["drones_launched"], report["drones_intercepted"]) == (5, 3)


# --- A quote goes on about the place its line named --------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # a regional head, named with his office in the next line: his region's share
        ("Kohut", {}),
        # the air force: the attack's
        ("the air force", {"drones_intercepted": 9, "missiles_intercepted": 2, "total_intercepted": 11}),
    ],
)
def test_a_count_later_in_a_quote_is_its_speakers(speaker: str, expected: dict[str, int]) -> None:
    body = (
        "Russia attacked energy facilities in several regions of Ukraine overnight.\n"
        '"The enemy attacked the Poltava region with drones and missiles all night. Air defence '
        f'destroyed nine drones and two cruise missiles over the region. A fire broke out," {speaker} said.\n'
        "Volodymyr Kohut, the head of the Poltava regional military administration, said repairs had begun.\n"
    )
    report = stated_figures(body, "2025-11-08T06:45:00Z")["2025-11-08:RU>UA"]
    assert {f: v for f, v in report.items() if f.endswith("intercepted")} == expected


# --- A credit line closes a story like a sentence ---------------------------------------------------


def test_headlines_between_a_wire_story_and_its_credit_are_other_stories() -> None:
    body = (
        "CHERNIHIV, Oct 9 (NorthWire) - Russian forces struck Chernihiv with ballistic missiles on "
        "Wednesday, killing two people and wounding 18, officials said.\n"
        '"At about 12:30 the enemy hit the city with three Iskander-M missiles," the governor said in a '
        "video statement.\n"
        "The city lies about 60 km from the border with Belarus and has been hit repeatedly since 2022.\n"
        "Schools in the centre will teach online until the end of the week, the city council said.\n"
        "MORE FROM NORTHWIRE\n"
        "Sumy: 2 killed as drones hit city overnight, 24 of 31 drones downed nationwide\n"
        "Zelensky meets Moldova's president in Chisinau\n"
        "(Reporting by Taras Melnyk; Editing by Anna Hart)\n"
    )
    report = stated_figures(body, "2024-10-09T13:05:00Z")["2024-10-09:RU>UA"]
    assert report == {"missiles_launched": 3, "killed": 2, "injured": 18}


# --- People spared, and a second person hurt with the verb left out -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The vessel's crew of 19 was not hurt, the port authority said.",
        "The 40 passengers of the train were not injured.",
        "Twelve workers were not harmed, and 30 residents were never in danger.",
    ],
)
def test_people_who_were_not_hurt_are_no_toll(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed and his neighbour hurt when the drone hit a courtyard.",
        "An elderly woman was killed and her husband injured, said the governor.",
        "A man was killed, and a woman wounded.",
    ],
)
def test_one_killed_and_another_hurt_with_the_verb_left_out(text: str) -> None:
    assert read(text) == [("people", "killed", 1), ("people", "injured", 1)]


# --- Lists of links after a story ------------------------------------------------------------------


def test_a_bulleted_list_of_headlines_after_the_story_is_other_stories() -> None:
    body = (
        "Russia attacked grain facilities in the Odesa region overnight with 20 drones, officials said.\n"
        "Eleven drones were shot down over the south, the air force said. No injuries were reported.\n"
        "The strike was the eighth on port facilities since Russia left the grain deal.\n"
        "- Russian Missiles Destroy 120 Tons of Grain in Odesa Overnight\n"
        "- Russian Missiles Hit Odesa For Third Night In a Row, Killing One\n"
    )
    report = stated_figures(body, "2023-08-23T09:00:00Z")["2023-08-23:RU>UA"]
    assert report == {"drones_launched": 20, "drones_intercepted": 11, "injured": 0}


def test_a_read_also_closing_a_line_links_the_next_line() -> None:
    body = (
        "Russian drones and missiles attacked an energy facility in the Lviv region on Sunday morning, the "
        "regional governor said. Firefighters are at the scene. Read also:\n"
        "Air defences shoot down about ten missiles fired at Kyiv\n"
        "No information on casualties has been received so far, the governor said.\n"
    )
    report = stated_figures(body, "2024-03-24T09:00:00Z")["2024-03-24:RU>UA"]
    assert "missiles_intercepted" not in report


# --- Offices as owners, and buildings -------------------------------------------------------------


def test_an_office_owning_a_building_is_no_source() -> None:
    assert (
        find_claimant("The regional governor's building in Mykolaiv was struck by a Russian missile.") is None
    )
    assert find_claimant("The regional governor said the building was struck.") == "Regional authorities"


def test_a_building_is_no_supply_of_the_weapon_that_struck_it() -> None:
    body = (
        "A five-storey residential building in Dnipro was hit with a ballistic missile on Friday "
        "afternoon, killing three people.\n"
    )
    report = stated_figures(body, "2024-05-10T15:00:00Z")["2024-05-10:RU>UA"]
    assert report["missiles_launched"] == 1


def test_a_pair_who_died_is_two() -> None:
    assert read("A man and a woman died on the spot, he wrote.") == [("people", "killed", 2)]
    assert read("A man and his wife later died in hospital.") == [("people", "killed", 2)]


def test_a_regions_drone_count_on_a_night_of_waves_is_no_figure() -> None:
    body = (
        "At night, air defence shot down 8 Shahed drones over the Khmelnytskyi region. A residential "
        "building was damaged, but there were no casualties, the head of the regional military "
        "administration said.\n"
    )
    assert stated_figures(body, "2024-09-22T07:00:00Z") == {"2024-09-22:RU>UA": {"killed": 0, "injured": 0}}


def test_a_wire_dateline_under_a_page_header_is_no_target() -> None:
    body = (
        "date 2023-07-06 KYIV, Ukraine — A barrage of Russian cruise missiles killed at least five "
        "civilians in the western city of Lviv before dawn on Thursday.\n"
        "The air force said it had shot down seven of 10 Kalibr cruise missiles.\n"
    )
    reports = extract(schemas.Article(id="t", published_at="2023-07-06T12:00:00Z", body=body))
    assert [r.regions for r in reports] == [["Lviv"]]


def test_aerial_assets_are_a_total() -> None:
    assert read("Russian troops launched a large-scale attack on Ukraine, using 629 aerial assets.") == [
        ("total", "launched", 629)
    ]


def test_no_casualties_among_a_crew_is_that_groups_zero() -> None:
    body = (
        "A Ukrainian drone attack damaged two foreign vessels at the port of Tuapse overnight, the "
        "Krasnodar region's headquarters said.\n"
        "There were no casualties among the crews of the ships, the headquarters said.\n"
    )
    assert stated_figures(body, "2025-11-02T09:00:00Z") == {"2025-11-02:UA>RU": {}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of those injured has risen to 20, including 4 children.", [("people", "injured", 20)]),
        ("The number of those killed rose to 7.", [("people", "killed", 7)]),
    ],
)
def test_the_number_of_those_hurt(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


def test_a_toll_in_the_city_named_before_is_that_citys() -> None:
    # Kyiv's and Odesa's tolls with no total: the injured are not added (null), the dead are Odesa's only.
    body = (
        "Russia attacked Ukraine with drones overnight, injuring four people in Kyiv, officials said.\n"
        "In Odesa, drone strikes hit residential buildings, killing two civilians.\n"
        "The president later said 13 others were injured in the southern city.\n"
    )
    assert stated_figures(body, "2025-06-10T09:00:00Z") == {"2025-06-10:RU>UA": {"killed": 2}}


def test_a_quote_closed_by_he_wrote_is_the_person_named_before() -> None:
    body = (
        "Russia attacked Ukraine with drones and missiles overnight, killing 15 people in Kyiv, said Kyiv "
        "City Military Administration head Tymur Tkachenko in an update on social media.\n"
        '"This night in Kyiv and its surroundings the enemy used 175 drones and two ballistic missiles. The '
        'damage is direct hits on residential buildings. We are dealing with a cruel enemy," he wrote.\n'
    )
    report = stated_figures(body, "2025-06-17T09:00:00Z")["2025-06-17:RU>UA"]
    assert "drones_launched" not in report and "missiles_launched" not in report
    assert report["killed"] == 15


# --- Russian ministry wording ---------------------------------------------------------------------


def test_a_count_over_occupied_crimea_is_crimeas_share() -> None:
    body = (
        "The Russian Ministry of Defence said more than 100 Ukrainian drones were intercepted overnight in "
        "the south of the country. According to the ministry, 51 drones were destroyed over occupied "
        "Crimea, 44 over the Krasnodar region and six over the Belgorod region.\n"
    )
    report = stated_figures(body, "2024-05-17T09:00:00Z")["2024-05-17:UA>RU"]
    assert report["drones_intercepted"] == 100


def test_an_owners_initials_between_a_number_and_its_noun() -> None:
    assert read("A total of 45 Ukrainian Armed Forces (AFU) drones were intercepted and destroyed.") == [
        ("drones", "intercepted", 45)
    ]


def test_another_person_with_one_injury_is_one_more() -> None:
    assert read("Another worker sustained a minor leg injury and was treated on site.") == [
        ("people", "injured", 1)
    ]


def test_one_person_told_by_what_they_were_doing() -> None:
    assert read("A man was killed on the spot, and a woman standing next to him was hurt.") == [
        ("people", "killed", 1),
        ("people", "injured", 1),
    ]
