"""Ukraine's strikes on the regions Russia occupies, as their Russian-installed officials and Russian media
tell them ("the latest Ukrainian bombardment of Donetsk", "a Ukrainian drone attack on Enerhodar", "the
head of Russia's Donetsk People's Republic"): attacks on Russia's side, struck in that Ukrainian region.
Russia's attacks on the towns of those regions Ukraine holds stay Russia's.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

import schemas
from streams.pipeline.extraction import extract


def read(body: str, published_at: str) -> dict[str, tuple[dict[str, int], list[str]]]:
    article = schemas.Article(id="t", published_at=published_at, body=body)
    return {r.incident_id: (r.figures.stated(), r.regions) for r in extract(article)}


@pytest.mark.parametrize(
    ("body", "published_at", "expected"),
    [
        (
            "Three people were killed and five wounded in a Ukrainian drone attack on Donetsk, the head of "
            "Russia's Donetsk People's Republic, Denis Pushilin, said on Saturday. Two of the wounded were "
            "on a bus in the Kuibyshevsky district.",
            "2024-06-22T10:00:00Z",
            {"2024-06-22:UA>RU": ({"killed": 3, "injured": 5}, ["Donetsk"])},
        ),
        (
            "A Ukrainian drone attack on the city of Enerhodar in the Zaporizhzhia region killed one person "
            "on Tuesday, the Moscow-installed governor Yevgeny Balitsky said on Telegram.",
            "2024-10-22T14:00:00Z",
            {"2024-10-22:UA>RU": ({"killed": 1}, ["Zaporizhzhia"])},
        ),
        (
            "LUGANSK, May 12 - Ukrainian troops fired two Storm Shadow missiles at Lugansk on Friday, "
            "officials of the Russian-installed administration said. Six residents of Lugansk were injured.",
            "2023-05-12T15:00:00Z",
            {"2023-05-12:UA>RU": ({"missiles_launched": 2, "injured": 6}, ["Luhansk"])},
        ),
        (
            "Russian drones struck Kramatorsk in the Donetsk region overnight, injuring four people, the "
            "regional governor said.",
            "2024-06-22T07:00:00Z",
            {"2024-06-22:RU>UA": ({"injured": 4}, ["Donetsk"])},
        ),
    ],
)
def test_strikes_on_occupied_regions_take_the_side_their_words_give(
    body: str, published_at: str, expected: dict[str, tuple[dict[str, int], list[str]]]
) -> None:
    assert read(body, published_at) == expected
