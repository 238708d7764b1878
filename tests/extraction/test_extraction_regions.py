"""Place names to first-level regions."""

from __future__ import annotations

import pytest

from streams.extraction.regions import find_regions


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
    ],
)
def test_not_targets(text: str) -> None:
    assert names(text) == []


def test_countries_are_kept() -> None:
    (ua,) = find_regions("a strike on Sumy")
    (ru,) = find_regions("a drone over Bryansk")
    assert (ua.country, ru.country) == ("UA", "RU")
