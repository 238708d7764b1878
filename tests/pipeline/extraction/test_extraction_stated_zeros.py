"""Stated zeros of casualties in the many ways a report says nobody was hurt. The grammar is a negation,
a few words that are not a number or another clause, then what was not suffered ("no serious damage or
casualties", "no reports of injuries", "there are no killed", "no one has been wounded"). Each article
is ours; the labels were read off by the corpus rules before the code ran: a zero for the whole attack
is 0, one place's zero where others were struck is not, and other places' silence leaves a toll open."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract


def casualties(body: str, published_at: str = "2025-10-08T07:40:00Z") -> dict[str, dict[str, int | None]]:
    article = schemas.Article(id="t", published_at=published_at, body=body)
    return {
        r.incident_id: {"killed": r.figures.killed, "injured": r.figures.injured} for r in extract(article)
    }


NIGHT = "2025-10-08:RU>UA"


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        (
            "Russia attacked Ukraine overnight with 64 drones, 51 of which were shot down, the air force "
            "said. Debris fell on a farm in Poltava region. There was no serious damage or casualties, "
            "according to preliminary data.",
            0,
            0,
        ),
        (
            "Ukrainian air defences downed 38 of 45 Shahed drones launched by Russia overnight. A warehouse "
            "in Poltava region caught fire, but there were no reports of injuries, officials said.",
            None,
            0,
        ),
        (
            "Russian forces launched 27 attack drones at Ukraine overnight; 22 were destroyed. In Poltava "
            "region, a fire broke out at an energy site. There are no killed or wounded, the regional "
            "military administration reported.",
            0,
            0,
        ),
        (
            "Overnight Russia sent 33 drones against Ukraine, the air force said, and 30 were neutralised. "
            '"No one has been wounded, according to initial information," the Poltava governor said of the '
            "only place that was hit.",
            None,
            0,
        ),
        (
            "The enemy attacked Ukraine overnight with 52 drones. Air defence shot down 47. Fragments "
            "damaged a garage in Poltava region; nobody died and nobody was hurt.",
            0,
            0,
        ),
        (
            "Russia fired 19 drones overnight, 17 of which were intercepted. Debris caused a fire, damage "
            "and no casualties in Poltava region.",
            0,
            0,
        ),
    ],
)
def test_a_stated_zero_for_the_only_struck_place_is_the_attacks(
    body: str, killed: int | None, injured: int | None
) -> None:
    assert casualties(body) == {NIGHT: {"killed": killed, "injured": injured}}


def test_no_other_regions_reporting_casualties_leaves_the_named_regions_toll_as_it_stands() -> None:
    body = (
        "Russia launched 70 drones overnight; 58 were shot down, the air force said. In Odesa region a drone "
        "hit a port warehouse, injuring four workers, the governor said. No other regions reported "
        "casualties."
    )
    assert casualties(body) == {NIGHT: {"killed": None, "injured": 4}}


def test_no_other_casualties_across_the_country_closes_the_toll() -> None:
    body = (
        "Russia launched 70 drones overnight; 58 were shot down, the air force said. In Odesa region a drone "
        "hit a port warehouse, injuring four workers, the governor said. No other casualties were reported "
        "anywhere in the country, the interior ministry said."
    )
    assert casualties(body) == {NIGHT: {"killed": 0, "injured": 4}}


@pytest.mark.parametrize(
    "sentence",
    [
        "No information on casualties was immediately available.",
        "There was no immediate information on casualties or damage.",
        "Officials have not yet said whether anyone was hurt.",
        "The governor made no mention of casualties or damage.",
        "The mayor gave no details about casualties.",
        "The regional administration has published no data on victims yet.",
    ],
)
def test_no_word_yet_on_casualties_is_not_a_zero(sentence: str) -> None:
    body = f"Russia attacked Ukraine overnight with 44 drones; 40 were downed, the air force said. {sentence}"
    assert casualties(body) == {NIGHT: {"killed": None, "injured": None}}


def test_a_number_after_the_negation_is_not_a_zero() -> None:
    body = (
        "Russia attacked Ukraine overnight with 44 drones, 40 of which were downed, the air force said. In "
        "Poltava region no one was killed but three people were injured, the governor said."
    )
    assert casualties(body) == {NIGHT: {"killed": 0, "injured": 3}}


@pytest.mark.parametrize(
    "body",
    [
        # Each story names one region and says others were attacked too: its "no casualties" is the
        # region's, and the attack's toll stays unknown.
        "Russian forces launched drones at Kirovohrad and neighbouring oblasts overnight, the head of the "
        "regional administration wrote. Air defence was active over Kropyvnytskyi. Early reports say "
        "there were no casualties.",
        "Drones attacked several regions of Ukraine overnight. In the Rivne region, air defence shot some "
        "of them down, and no one was hurt, local officials said.",
        "The enemy struck Lviv region with missiles in the morning as part of an attack on various regions "
        "of the country. Two energy facilities were hit. Fortunately, there were no casualties.",
    ],
)
def test_one_regions_zero_in_an_attack_on_other_regions_leaves_the_toll_open(body: str) -> None:
    [found] = casualties(body).values()
    assert found == {"killed": None, "injured": None}


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        # A round-up: the zero follows one region's scene, another region counts its wounded.
        (
            "Russia attacked several regions of Ukraine overnight with drones and missiles. In the Sumy "
            "region, a drone hit a grain warehouse and started a fire. No casualties were reported. In "
            "Kharkiv, a missile struck an industrial site and wounded two workers, the governor said.",
            None,
            2,
        ),
        # Two regions, each told as a scene; the zero is the first one's.
        (
            "Drones attacked the Odesa and Mykolaiv regions overnight. In the Mykolaiv region, debris "
            "brought down a power line near Voznesensk. There were no casualties. In Odesa, a drone hit "
            "a port warehouse, the regional head said.",
            None,
            None,
        ),
        # A digest's paragraphs, each headed by its place: the scene runs back to its heading.
        (
            "Russia launched 96 drones at Ukraine overnight, 80 of which were shot down, the air force said."
            "\nZhytomyr. A drone struck a sawmill on the outskirts of the city, officials said. Its roof "
            "burned. No casualties were reported.\nRivne region. A power substation was damaged near Dubno.",
            None,
            None,
        ),
        # The only place attacked: its scene's zero is the attack's.
        (
            "Russian drones attacked the Poltava region overnight, the governor said. Falling debris "
            "damaged a private house in the Kremenchuk district. No casualties were reported.",
            0,
            0,
        ),
        # A national source speaks for every place, whatever scene came before.
        (
            "Russia launched 58 drones at Ukraine overnight, 49 of which were shot down, the air force "
            "said. In the Kyiv region, debris fell on a field near Bila Tserkva. No one was killed or "
            "injured anywhere in the country, the air force added.",
            0,
            0,
        ),
        # So does a minister of the whole country, and the heads of every region struck.
        (
            "Russia launched 30 drones at western Ukraine overnight, the air force said. In the Rivne "
            'region, debris fell on a field. In Lutsk, a drone damaged a furniture factory. "No one was '
            "killed or injured in the attack,\" Ukraine's interior minister said at a briefing.",
            0,
            0,
        ),
        (
            "Drones attacked the Cherkasy and Vinnytsia regions overnight. In the Vinnytsia region, the "
            "blast wave broke windows at a school. The heads of both regions said there were no casualties.",
            0,
            0,
        ),
    ],
)
def test_a_zero_told_after_one_places_scene_is_that_places(
    body: str, killed: int | None, injured: int | None
) -> None:
    assert casualties(body) == {NIGHT: {"killed": killed, "injured": injured}}


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        (
            "Russia launched 120 drones and five missiles at western Ukraine overnight, the air force said. "
            "Energy facilities in the Lviv and Ivano-Frankivsk regions were hit. In the Khmelnytskyi "
            "region, two people were injured when a drone hit their house.\nNo one was killed in the attack.",
            0,
            2,
        ),
        (
            "Russia launched 64 drones at the Kyiv and Chernihiv regions overnight, 52 of which were shot "
            "down, the air force said.\nNo injuries or deaths were reported.",
            0,
            0,
        ),
    ],
)
def test_a_zero_said_on_its_own_after_the_story_is_the_attacks(
    body: str, killed: int | None, injured: int | None
) -> None:
    assert casualties(body) == {NIGHT: {"killed": killed, "injured": injured}}
