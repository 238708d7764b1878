"""The one missile a story tells of, as the fifteenth session's published pages showed the extractor
missed it: "five people were killed when a Russian missile struck the city", "the building was hit by a
Russian missile", "destroyed by a Russian ballistic missile" (the corpus counts it: one missile
launched), anywhere in the story and not only as its opening words; but not when the story tells of more
than one missile ("missiles and drones", "a massive combined attack", "a wave of missile strikes"), where
the one that hit a building is one hit of many, with no launch count. The war told in general ("with
missiles and drones as part of its full-scale invasion"), a blast wave or heavy rain tell of no such
attack (the seventeenth session).

Every article is our own; every expected value is read off the text by the corpus rules, written down
before the code was run."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Four people were killed and 23 injured on Thursday evening when a Russian ballistic missile "
            "struck a hotel in the centre of Kharkiv, the regional governor said.",
            "2025-06-19T19:00:00Z",
            {"2025-06-19:RU>UA": {"missiles_launched": 1, "killed": 4, "injured": 23}},
        ),
        (
            "A school in the town of Sumy was hit by a Russian missile on Monday morning.\n\n"
            "Two teachers were killed and nine people were injured, the regional administration said.",
            "2025-06-16T10:00:00Z",
            {"2025-06-16:RU>UA": {"missiles_launched": 1, "killed": 2, "injured": 9}},
        ),
        (
            "Rescuers in Chernihiv pulled the last bodies from the rubble of the theatre, destroyed by a "
            "Russian Iskander missile on Saturday morning. The toll rose to seven, with 144 people injured.",
            "2025-06-14T16:00:00Z",
            {"2025-06-14:RU>UA": {"missiles_launched": 1, "killed": 7, "injured": 144}},
        ),
    ],
)
def test_the_one_missile_of_a_story_is_its_launch_count(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Russia launched a massive combined attack on Kyiv overnight.\n\nA nine-storey building in the "
        "Solomianskyi district was destroyed by a ballistic missile, killing six people, the city "
        "administration said.",
        "Russia fired missiles and drones at Odesa overnight, the regional governor said.\n\nA missile "
        "struck a port warehouse, killing six workers.",
        "The toll in Dnipro rose to six after a wave of Russian missile strikes overnight.\n\nThe apartment "
        "block was hit by a Kh-22 missile, officials said.",
    ],
)
def test_one_missile_of_an_attack_of_many_is_one_hit(body: str) -> None:
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {"2025-06-18:RU>UA": {"killed": 6}}


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            # the war told in general is no attack of many
            "A Russian missile struck a central square in Chernihiv on Saturday, killing seven people, the "
            "president said. Russia has attacked Ukrainian cities far from the front line with missiles and "
            "drones as part of its full-scale invasion.",
            "2023-08-19T15:00:00Z",
            {"2023-08-19:RU>UA": {"missiles_launched": 1, "killed": 7}},
        ),
        (
            # a blast wave is no wave of strikes
            "A Russian ballistic missile hit an apartment block in Poltava on Friday morning, killing three "
            "people. The blast wave shattered windows in nearby buildings.",
            "2025-02-07T11:00:00Z",
            {"2025-02-07:RU>UA": {"missiles_launched": 1, "killed": 3}},
        ),
        (
            # nor heavy rain a heavy attack
            "A Russian missile struck a grain terminal in the Odesa region on Tuesday afternoon, injuring "
            "two workers, the governor said. Heavy rain hampered the firefighters.",
            "2024-10-15T15:00:00Z",
            {"2024-10-15:RU>UA": {"missiles_launched": 1, "injured": 2}},
        ),
        (
            # a massive attack is: the missile is one hit of many
            "A Russian missile hit a hospital in Kyiv during a massive missile and drone attack overnight, "
            "killing two people.",
            "2024-07-08T08:00:00Z",
            {"2024-07-08:RU>UA": {"killed": 2}},
        ),
    ],
)
def test_the_war_told_in_general_or_a_blast_wave_is_no_attack_of_many(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected
