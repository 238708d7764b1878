"""A trivial stand-in corpus, used only when streams.bench.synthetic is not available.

Template articles written for the benchmark: one attack a night, several outlets per night, each
with its own wording and padding, so that extraction, merge and tally all do real work.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from schemas.article import Article

_OUTLETS = (
    "kyiv-daily.example",
    "wire-east.example",
    "borderline.example",
    "skywatch.example",
    "morning-ua.example",
)
_LEADS = (
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, "
    "the air force said on {weekday}.",
    "Ukraine's air force said Russian forces attacked with {drones} attack drones "
    "and {missiles} missiles overnight.",
)
_DOWNS = (
    "Air defences shot down {down} of the drones, it said.",
    "Of those, {down} drones were destroyed or jammed, according to the military.",
)
_FILLER = (
    "Regional officials said debris fell on several residential buildings and a warehouse.",
    "Emergency crews worked through the morning to put out fires in the outskirts of the city.",
    "The governor urged residents to stay in shelters while the alert was in force.",
    "Power engineers said some households were left without electricity for several hours.",
    "Diplomats in Brussels condemned the strikes and promised further support for air defence.",
)


def generate(n: int, seed: int = 0) -> Iterator[Article]:
    rng = random.Random(seed)
    day = date(2024, 1, 1)
    made = 0
    while made < n:
        drones, missiles = rng.randint(20, 400), rng.randint(0, 20)
        down = rng.randint(0, drones)
        for outlet in rng.sample(_OUTLETS, k=rng.randint(2, len(_OUTLETS))):
            if made >= n:
                return
            lead = rng.choice(_LEADS).format(drones=drones, missiles=missiles, weekday=day.strftime("%A"))
            padding = " ".join(rng.choice(_FILLER) for _ in range(rng.randint(25, 45)))
            body = f"{lead} {rng.choice(_DOWNS).format(down=down)}\n\n{padding}"
            yield Article(
                id=f"standin-{made:07d}",
                url=f"https://{outlet}/news/{made}",
                outlet=outlet,
                title=f"Overnight attack on Ukraine, {day.isoformat()}",
                published_at=f"{(day + timedelta(days=1)).isoformat()}T08:{rng.randint(0, 59):02d}:00Z",
                body=body,
            )
            made += 1
        day += timedelta(days=1)
