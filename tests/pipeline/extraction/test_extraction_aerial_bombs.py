"""Aerial bombs: an attack from the air, though they are neither drones nor missiles.

Glide bombs, KABs and bombs "dropped" by planes count in no weapon field, but the story of a bomb attack
is an aerial attack: its toll is reported, and the sentence that dates the bombing dates the attack.
Ukrainian officials call any strike "shelling"; a story that names the bombs is not a toll of ground fire
for that word. A story of artillery and mortars alone still reports nothing.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

MONDAY = "2025-03-10T09:00:00Z"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a toll update; the bombing is dated two paragraphs down, and the fire blamed on "the shelling"
        (
            "The number of people killed in the Russian strike on a furniture store in Sloviansk has risen "
            "to nine, the head of the regional administration said on Monday. Another 31 were wounded.\n\n"
            "On Saturday afternoon Russian planes dropped two bombs on the store. The shelling set off a "
            "fire that burned for a day.",
            {"2025-03-08:RU>UA": {"killed": 9, "injured": 31}},
        ),
        # rescuers' count, a KAB named by its type, the town "under shelling" for weeks
        (
            "Rescuers have recovered two more bodies from the ruins of a supermarket in Kramatorsk, bringing "
            "the death toll to seven. On Friday the occupiers hit the town centre with a KAB-500. The town "
            "has been under shelling for weeks, the mayor said.",
            {"2025-03-07:RU>UA": {"killed": 7}},
        ),
        # a governor's evening post: a guided bomb, then shelling of the outskirts
        (
            "A guided bomb hit a residential block in Zaporizhzhia on Thursday evening, regional governor "
            "Ivan Fedorov said. Shelling of the city's outskirts continued overnight. Seven people were "
            "injured in the bomb attack.",
            {"2025-03-06:RU>UA": {"injured": 7}},
        ),
        # KABs in the lead sentence with the toll
        (
            "The occupiers struck Kostiantynivka with KABs on Tuesday morning, killing a 63-year-old man and "
            "wounding two women, the city administration said. The city remains under constant shelling.",
            {"2025-03-04:RU>UA": {"killed": 1, "injured": 2}},
        ),
    ],
)
def test_a_bomb_attack_is_an_aerial_attack(body: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, MONDAY) == expected


def test_artillery_and_mortars_alone_report_nothing() -> None:
    body = (
        "Russian artillery shelled Nikopol overnight, injuring three people. Mortar fire also hit the "
        "outskirts, the regional governor said."
    )
    assert stated_figures(body, MONDAY) == {}


def test_a_bomb_shelter_names_no_bomb() -> None:
    body = (
        "Residents of Nikopol spent hours in bomb shelters on Wednesday as Russian artillery pounded the "
        "city, wounding two people, the regional governor said."
    )
    assert stated_figures(body, MONDAY) == {}
