"""A statement told in parts: one place's count and "another N" over the next place add up.

Russia's defence ministry often gives no total, only its places one after another: "14 drones over the
Bryansk region and another six over the Oryol region", "two over Belgorod and another drone over Voronezh",
"nine over Rostov and three more over Krasnodar". A count said to come on top of another place's, in the
same statement, is an explicit "another N": the parts are the whole (20, 3, 12). Where the statement gives
its total, the places are its parts and the total stands.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

TUESDAY = "2025-03-11T06:00:00Z"


@pytest.mark.parametrize(
    ("body", "intercepted"),
    [
        # a wire's paraphrase, the night's word between the two places
        (
            "Russia's defence ministry said on Tuesday that its air defences destroyed 14 Ukrainian drones "
            "over the Bryansk region overnight and another six over the Oryol region.",
            20,
        ),
        # "another drone": one more
        (
            "Air defence units shot down two Ukrainian drones over the Belgorod region and another drone "
            "over the Voronezh region on Monday night, the Russian Defence Ministry reported on Tuesday.",
            3,
        ),
        # the ministry's own words in a quote, "N more"
        (
            '"On-duty air defences intercepted nine Ukrainian UAVs over the Rostov region and three more '
            'over the Krasnodar region," the ministry said on Tuesday.',
            12,
        ),
        # with the total stated, "eight more over Lipetsk" is its part
        (
            "Russia's defence ministry said on Tuesday that 25 Ukrainian drones were destroyed overnight. "
            "Seventeen were shot down over the Kursk region and eight more over the Lipetsk region.",
            25,
        ),
    ],
)
def test_places_said_one_on_top_of_another_add_up(body: str, intercepted: int) -> None:
    assert stated_figures(body, TUESDAY) == {"2025-03-11:UA>RU": {"drones_intercepted": intercepted}}


def test_places_listed_without_another_are_sub_counts() -> None:
    body = (
        "Russia's defence ministry said on Tuesday that 21 drones were destroyed over the Bryansk region and "
        "17 over the Kursk region overnight."
    )
    assert stated_figures(body, TUESDAY) == {"2025-03-11:UA>RU": {}}
