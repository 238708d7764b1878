"""Reviews of a month or a year, the bare age of one person, and words of the wires.

A story that dates no attack of its own and says no "overnight", "yesterday" or "today", but gives its
figures for a year, a half-year or a month ("the city came under 47 attacks in 2024, which killed 88", "over
the past twelve months the unit downed 1,200 drones", "results of the month"), is a review: its counts are
no one attack's, and it reports no incident. A night's story that cites such a tally in passing keeps its
own figures. A wire's bare age after one person ("A woman, 76, died", "said Oleksandr, 41") is no count; who
the people counted were may stand between dashes ("Three people - two women aged 60 and 72, and a man - were
injured"); "uncrewed aerial vehicles" are drones; air defences "felled" them; "every one of the 18 missiles"
is all of them; "the eleventh massed attack this year" ranks this attack; "a resident of Vilniansk was
injured" is one person; a toll "so far", or a night's count "shot down so far", is the count as it stands
(not "so far this year").

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at"),
    [
        # a city's year-end briefing: the period set in the lead, the tolls in a sentence without it
        (
            "Odesa spent more than 900 hours under air-raid alerts in 2024, the head of the city military "
            "administration said at a year-end briefing. According to him, the city came under 47 missile "
            "and drone attacks, which killed 88 residents and wounded 410. Air defence destroyed 640 drones "
            "over the city and its suburbs.",
            "2024-12-29T10:00:00Z",
        ),
        # a mobile fire group's tally over its first year
        (
            "A volunteer mobile fire group from the Kyiv region has marked its first anniversary. Over the "
            "past twelve months its crews shot down 312 Shahed-type drones with machine guns mounted on "
            "pickup trucks, the group's commander said. He added that 40 of them were downed in a single "
            "week of heavy attacks in the spring.",
            "2025-05-20T09:15:00Z",
        ),
        # a channel's results of the month
        (
            "OCTOBER IN FIGURES. The month is over. The enemy launched 4,210 attack drones and 140 missiles "
            "at our cities. Air defence shot down 3,700 drones and 96 missiles. Strikes killed 180 civilians "
            "and wounded 900.",
            "2025-11-01T08:00:00Z",
        ),
        # a translated half-year review
        (
            "The first half of 2025 was the hardest for Zaporizhzhia since the invasion, the regional head "
            "said. The enemy struck the city 512 times with drones, missiles and aerial bombs. 61 people "
            "perished and 470 were wounded.",
            "2025-07-02T12:00:00Z",
        ),
    ],
)
def test_a_review_of_a_period_reports_no_incident(body: str, published_at: str) -> None:
    assert stated_figures(body, published_at) == {}


def test_a_nights_story_keeps_its_own_figures_beside_a_years_tally() -> None:
    body = (
        "Russian drones attacked Kharkiv overnight, killing one person and injuring four, the mayor said. "
        "The air force said 37 of 45 drones launched at Ukraine were shot down. In 2024 the city came "
        "under 300 attacks that killed 130 residents, the regional governor said in his annual report."
    )
    assert stated_figures(body, "2025-01-09T07:00:00Z") == {
        "2025-01-09:RU>UA": {"drones_launched": 45, "drones_intercepted": 37, "killed": 1, "injured": 4}
    }


@pytest.mark.parametrize(
    "victims",
    [
        "A woman, 76, died in her apartment; the second victim was a passer-by.",
        "The dead were a man, 64, and his neighbour.",
        "Among the injured is a pensioner, 81, who was taken to hospital.",
        '"The whole building shook," said Oleksandr, 41, a software engineer who lives on the fifth floor.',
    ],
)
def test_the_bare_age_of_one_person_is_no_count(victims: str) -> None:
    body = (
        "A Russian drone struck a residential building in Sumy overnight, killing two people and injuring "
        f"five, the regional administration said. {victims}"
    )
    assert stated_figures(body, "2025-03-14T08:00:00Z") == {"2025-03-14:RU>UA": {"killed": 2, "injured": 5}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "uncrewed", the British and American wire's word for "unmanned"
        (
            "Russia's defence ministry said air defence systems destroyed nine Ukrainian uncrewed aerial "
            "vehicles over the Bryansk region overnight.",
            {"2025-03-14:UA>RU": {"drones_intercepted": 9}},
        ),
        (
            "Russia fired 52 uncrewed aircraft at Ukraine overnight, and 44 of them were shot down, the air "
            "force said.",
            {"2025-03-14:RU>UA": {"drones_launched": 52, "drones_intercepted": 44}},
        ),
        # "felled", and "every one of the N" as "all N"
        (
            "Air defences felled 27 of the 35 drones Russia launched overnight, the air force said.",
            {"2025-03-14:RU>UA": {"drones_launched": 35, "drones_intercepted": 27}},
        ),
        (
            "Ukrainian air defences shot down every one of the 18 cruise missiles Russia fired at Lviv "
            "overnight, the air force said.",
            {"2025-03-14:RU>UA": {"missiles_launched": 18, "missiles_intercepted": 18}},
        ),
        # an attack ranked in its year by an ordinal past the tenth: this attack, not a year's tally
        (
            "Russia struck the power grid overnight with 61 missiles and 120 drones, the air force said, "
            "the eleventh massed attack on energy facilities this year.",
            {"2025-03-14:RU>UA": {"drones_launched": 120, "missiles_launched": 61, "total_launched": 181}},
        ),
        # who the people counted were, between dashes
        (
            "A Russian drone dropped explosives on a bus stop in Kherson on Friday morning. Three people - "
            "two women aged 60 and 72, and a man aged 45 - were injured, the city administration said.",
            {"2025-03-14:RU>UA": {"injured": 3}},
        ),
        # a ministry's "further 12" adds to its own count, after a mayor's count of his city
        (
            "Russia's defence ministry said air defences destroyed 87 Ukrainian drones overnight over six "
            "regions. Moscow's mayor said 19 drones flying towards the city were shot down. Later the "
            "defence ministry said a further 12 Ukrainian drones were destroyed over the Bryansk region.",
            {"2025-03-14:UA>RU": {"drones_intercepted": 99}},
        ),
        # drones that "vanished from radar" were suppressed
        (
            "Russia launched 95 drones overnight. Air defence shot down 61, while another 30 vanished from "
            "radar, the air force said.",
            {"2025-03-14:RU>UA": {"drones_launched": 95, "drones_intercepted": 61, "drones_suppressed": 30}},
        ),
        # the present tense of translated posts: "29 more are locally lost"
        (
            "Russia attacked Ukraine overnight with 120 Shahed drones. By the forces of air defence were "
            "shot down 83 drones, 29 more are locally lost.",
            {"2025-03-14:RU>UA": {"drones_launched": 120, "drones_intercepted": 83, "drones_suppressed": 29}},
        ),
        # a total's list after a colon, a subset "including" its types inside it
        (
            "Russia attacked Ukraine with some 150 air-attack assets overnight, the air force said: 141 "
            "drones and seven missiles, including five Kh-101 cruise missiles and two Iskander-M ballistic "
            "missiles.",
            {"2025-03-14:RU>UA": {"drones_launched": 141, "missiles_launched": 7, "total_launched": 148}},
        ),
        # the people at the scene: passers-by, bystanders, shoppers
        (
            "Russian drones attacked a bus stop in Kherson on Friday afternoon, the city administration "
            "said. Three passers-by sustained injuries, and two of them were hospitalised.",
            {"2025-03-14:RU>UA": {"injured": 3}},
        ),
        # one person named between commas
        (
            "A Ukrainian drone hit the district administration in Graivoron on Friday, the governor said. "
            "An employee of the administration, Maksim Orlov, was injured.",
            {"2025-03-14:UA>RU": {"injured": 1}},
        ),
        # one person named by the town they are from
        (
            "Russian drones attacked the Zaporizhzhia region overnight, the governor said. A 63-year-old "
            "resident of Vilniansk was seriously injured.",
            {"2025-03-14:RU>UA": {"injured": 1}},
        ),
        (
            "Russian drones struck the Kharkiv region on Friday morning. A man from Chuhuiv was "
            "killed, the regional governor said.",
            {"2025-03-14:RU>UA": {"killed": 1}},
        ),
    ],
)
def test_words_of_the_wires(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-03-14T08:00:00Z") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a toll "so far" is the attack's as it stands
        (
            "A Russian missile struck Dnipro on Friday afternoon, killing three people and injuring 14 so "
            "far, the regional governor said.",
            {"2025-03-14:RU>UA": {"missiles_launched": 1, "killed": 3, "injured": 14}},
        ),
        (
            "Russian guided bombs hit a hypermarket in Kharkiv on Friday. Officials have confirmed four "
            "fatalities and 19 injuries so far.",
            {"2025-03-14:RU>UA": {"killed": 4, "injured": 19}},
        ),
        # and so is the night's count "shot down so far"
        (
            "Russia launched 64 drones at Ukraine overnight; 50 were shot down so far, the air force said.",
            {"2025-03-14:RU>UA": {"drones_launched": 64, "drones_intercepted": 50}},
        ),
        # but not a tally "so far this year"
        (
            "Russian strikes on the region have killed 212 civilians so far this year, the governor said. "
            "Overnight, Russia launched 45 drones at Ukraine, the air force said.",
            {"2025-03-14:RU>UA": {"drones_launched": 45}},
        ),
    ],
)
def test_a_count_so_far_is_the_count_as_it_stands(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-03-14T08:00:00Z") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year or a month that sets no story's figures
        (
            "A Russian drone hit a house in Kherson, injuring two people, including a one-year-old boy, the "
            "regional governor said.",
            {"2025-03-14:RU>UA": {"injured": 2}},
        ),
        (
            "Russian missiles struck a power plant in the Kharkiv region, killing one worker, the governor "
            "said. The same plant was hit in 2023.",
            {"2025-03-14:RU>UA": {"killed": 1}},
        ),
        (
            "A Russian drone struck a substation in the Sumy region, injuring three workers, the governor "
            "said, the fifth attack on the region's power grid in the past month.",
            {"2025-03-14:RU>UA": {"injured": 3}},
        ),
        # mourning the dead of an attack on its own day; a day of mourning for another attack
        (
            "Kyiv is mourning the 12 people killed on Monday, when Russian ballistic missiles struck a "
            "shopping centre. Another 40 were injured, officials said.",
            {"2025-03-10:RU>UA": {"killed": 12, "injured": 40}},
        ),
        (
            "Russian drones struck Odesa on Thursday, a day of mourning for the victims of an earlier "
            "strike, killing two people.",
            {"2025-03-13:RU>UA": {"killed": 2}},
        ),
        # people counted among a group, not their ages
        (
            "A Russian missile hit a factory in Zaporizhzhia overnight. Among the plant's workers, 12 were "
            "injured, the governor said.",
            {"2025-03-14:RU>UA": {"missiles_launched": 1, "injured": 12}},
        ),
        # a running total "so far" of attacks in general
        (
            "A Russian drone struck a house in Kharkiv overnight, injuring three people, the mayor said. "
            "Russian attacks have killed 96 civilians in the region so far.",
            {"2025-03-14:RU>UA": {"injured": 3}},
        ),
        # another country's minister speaks for no Ukrainian place
        (
            "Russian drones struck the Lviv and Volyn regions overnight, killing two people in Lviv, the "
            "governor said. Poland's interior minister said no one was hurt on Polish territory.",
            {"2025-03-14:RU>UA": {"killed": 2}},
        ),
        # "every single one of the 14" is all of them, not one
        (
            "Ukrainian air defences shot down every single one of the 14 cruise missiles Russia fired "
            "overnight, the air force said.",
            {"2025-03-14:RU>UA": {"missiles_launched": 14, "missiles_intercepted": 14}},
        ),
    ],
)
def test_near_misses_of_the_sessions_rules(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, "2025-03-14T08:00:00Z") == expected
