"""Place names to first-level regions."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import extract
from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.regions import find_regions
from tests.pipeline.extraction.cases import to_article


def names(text: str) -> list[str]:
    return [r.name for r in find_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a hotel in Kryvyi Rih", ["Dnipropetrovsk"]),
        ("damage in Lutsk", ["Volyn"]),
        ("a flight school in Kropyvnytskyi", ["Kirovohrad"]),
        ("a refinery in Kremenchuk", ["Poltava"]),
        ("explosions in Kiev and Odessa", ["Kyiv", "Odesa"]),
        ("Kharkov and Nikolayev were hit", ["Kharkiv", "Mykolaiv"]),
        ("drones over the Belgorod Oblast", ["Belgorod"]),
        ("a mall in Vladikavkaz", ["North Ossetia"]),
        ("the Nizhny Novgorod region", ["Nizhny Novgorod"]),
        ("Ivano-Frankivsk's power plant", ["Ivano-Frankivsk"]),
    ],
)
def test_cities_and_old_spellings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "drones launched from the areas of Primorsko-Akhtarsk, Yeysk, and Kursk",
        "an air alert was declared in Kyiv",
        "Kyiv Independent reporters heard explosions",
        "KYIV, July 4 - Russia said",
        "from two different directions – Primorsko-Akhtarsk and the Kursk Region",
        # A capital standing for its government.
        "Kyiv urged Western partners to speed up air-defence deliveries",
        "Moscow blamed Kyiv for the attack",
        "Kyiv called for more Patriot systems; Moscow vowed to retaliate",
        "the strike came as Kyiv prepared for the opening of EU membership talks",
        "the ceasefire that Washington and Kyiv had agreed in Jeddah",
        "Peskov said the depot attack showed that Kyiv was not interested in peace",
        "In Kyiv, Ukraine's air force said Russia had launched 21 drones",
        # Datelines in mixed case: a date or a wire's name after the place.
        "Lviv, Feb 14 (Wire) - Russia launched 50 drones",
        "Kharkiv, Ukraine (AP) — Russian drones hit a power plant",
        "Odesa, March 3 - Drones struck the port",
    ],
)
def test_not_targets(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv, Kharkiv and Odesa came under fire overnight", ["Kyiv", "Kharkiv", "Odesa"]),
        ("Kharkiv (the city) was hit by drones", ["Kharkiv"]),
        ("Moscow came under attack as Kyiv pressed its drone campaign", ["Moscow", "Kyiv"]),
        ("Drones hit Lviv, Feb 14 was the quietest night", ["Lviv"]),
        ("Kyiv was hit by drones overnight", ["Kyiv"]),
    ],
)
def test_places_that_are_no_dateline_or_government_stay(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_countries_are_kept() -> None:
    (ua,) = find_regions("a strike on Sumy")
    (ru,) = find_regions("a drone over Bryansk")
    assert (ua.country, ru.country) == ("UA", "RU")


PIECES = [
    *(
        "Kyiv",
        "KYIV",
        "Kharkiv",
        "Kryvyi Rih",
        "St. Petersburg",
        "Slavyansk-na-Kubani",
        "Slavyansk",
        "Dnipro",
    ),
    *(
        "Dnipropetrovsk",
        "launched from",
        "the",
        "and",
        "directions",
        "alert in",
        "says",
        "Independent",
        "Oblast",
    ),
    *(" ", " ", ", ", "-", "\n", ".", "'s", "\u0130", "\u0131", "\u017f", "\u212a", "é"),
]


@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_callers_lower_cased_text_gives_the_same_regions(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = find_regions(text)
    assert find_regions(text, low=lx.lower(text)) == expected
    assert find_regions(text, low=text.lower()) == expected
    assert find_regions(text, lx.words(text), low=lx.lower(text)) == find_regions(text, lx.words(text))


def test_only_the_dotted_capital_i_changes_length_in_lower_case() -> None:
    """What lets ``find_regions`` tell from ``low`` alone that offsets would move."""
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1] == ["\u0130"]


def test_air_defence_at_work_names_where_the_attack_was_met() -> None:
    body = (
        "Russia launched 40 attack drones at Ukraine overnight, 31 of which were shot down, the air force "
        "said.\n"
        '"Air defence was working in the Chernihiv, Sumy and Poltava regions," the statement said.'
    )
    article = to_article({"id": "fx350", "published_at": "2025-10-14T07:00:00Z", "body": body})
    [report] = extract(article)
    assert report.regions == ["Chernihiv", "Poltava", "Sumy"]


@pytest.mark.parametrize(
    ("body", "figures", "regions"),
    [
        (
            "Overnight the enemy attacked with 50 Shahed-type UAVs. 41 were shot down over:\n"
            "- Poltava region\n- the Kharkiv region",
            {"drones_launched": 50, "drones_intercepted": 41},
            ["Kharkiv", "Poltava"],
        ),
        (
            "Russia attacked with 20 Shaheds and 2 Iskander-M missiles. Downed by region:\n"
            "Odesa – 8\nMykolaiv – 6",
            {"drones_launched": 20, "missiles_launched": 2, "total_launched": 22},
            ["Mykolaiv", "Odesa"],
        ),
        # Places under alert are no targets, in a list as in a sentence.
        (
            "Russia launched 30 drones overnight, and air raid alerts were declared in:\n"
            "Kyiv region\nChernihiv region",
            {"drones_launched": 30},
            [],
        ),
    ],
)
def test_the_lines_of_a_list_after_a_colon_name_where_the_attack_was(
    body: str, figures: dict[str, int], regions: list[str]
) -> None:
    article = to_article({"id": "fx-list", "published_at": "2025-05-03T06:00:00Z", "body": body})
    [report] = extract(article)
    assert (report.figures.stated(), report.regions) == (figures, regions)


def test_a_name_inside_a_longer_one_is_the_longer_ones() -> None:
    assert [r.name for r in find_regions("over the Moscow, Leningrad and Novgorod regions")] == [
        "Moscow",
        "Leningrad",
        "Novgorod",
    ]
    assert [r.name for r in find_regions("drones fell near Nizhny Novgorod")] == ["Nizhny Novgorod"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck airfields in the Murmansk and Irkutsk regions.", ["Murmansk", "Irkutsk"]),
        ("A drone hit a plant in Izhevsk in the early hours.", ["Udmurtia"]),
        ("Strategic bombers at Olenya airbase were hit.", ["Murmansk"]),
        (
            "Air defences downed drones over Ivanovo, Kostroma and Amur oblasts.",
            ["Ivanovo", "Kostroma", "Amur"],
        ),
        ("A refinery in Makhachkala caught fire after a drone strike.", ["Dagestan"]),
    ],
)
def test_russian_regions_far_from_the_border(text: str, expected: list[str]) -> None:
    assert names(text) == expected
