"""Who attacked whom in a sentence: Russia striking Ukraine, or Ukrainian drones over Russia."""

from __future__ import annotations

import functools
import re

from streams.extraction.lexicon import lowered
from streams.extraction.regions import RU, UA, RegionMention

RU_UA = "RU>UA"
UA_RU = "UA>RU"

_I = re.IGNORECASE
_TOWARDS_RUSSIA = re.compile(
    r"\bUkrainian (?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|unmanned|attack drones?)\b|"
    r"\b(?:drones?|UAVs?) (?:launched |sent )?by (?:Ukraine|Kyiv)\b|\b(?:Ukraine|Kyiv) (?:launched|fired|"
    r"sent)\b|"
    r"\b(?:(?:the )?armed forces of Ukraine|Ukrainian (?:armed )?forces|the Kyiv regime|the AFU|Ukraine) "
    r"(?:(?!(?:was|were|is|are|been|being|be)\b)\w+ ){0,2}?(?:attacked|struck|launched|fired|targeted|hit)\b|"
    r"\b(?:targeted|over|in|across|into|at|on) Russia\b(?!['’]s)|\bRussian territory\b|\bover Russian\b|"
    r"\bRussian air defen[cs]es?\b|\bRussia['’]s air defen[cs]es?\b|\bSobyanin\b|\bRussian capital\b|"
    r"\bRussian (?:city|town|village|region|regions)\b|\bRussia['’]s (?:town|city|region|republic)\b",
    _I,
)
_TOWARDS_UKRAINE = re.compile(
    r"\bRussian (?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|Shaheds?|attacks?|strikes?|assault|barrage|"
    r"forces|army|military|troops|bombardment|air ?strikes?)\b|"
    r"\b(?:Russia|Moscow|the Russians|Russians|the enemy|the occupiers|"
    r"occupiers) (?:\w+ ){0,2}?(?:launched|fired|"
    r"attacked|struck|hit|used|unleashed|carried out|targeted|shelled)\b|"
    r"\b(?:at|on|against|across|over) Ukraine\b|\bUkraine['’]s (?:air force|air defen[cs]es?|"
    r"defen[cs]e forces)\b|"
    r"\bUkrainian (?:air force|air defen[cs]es?|defen[cs]e forces|forces|military)\b|\bAir Force\b|"
    r"\bShaheds?\b|"
    r"\b(?:Ukrainian|Ukraine['’]s) (?:capital|city|cities|region|regions|territory|energy)\b|"
    r"\b(?:launched|fired|sent) by Russia\b|\bRussia['’]s (?:\w+ ){0,2}?(?:attacks?|strikes?|assault|barrage|"
    r"bombardment)\b|\bRussia-launched\b|\bIranian(?:-made|"
    r"-designed)? (?:[\w-]+ )?(?:UAVs|drones|Shaheds)\b",
    _I,
)


_TOWARDS_UKRAINE_L = lowered(_TOWARDS_UKRAINE)
_TOWARDS_RUSSIA_L = lowered(_TOWARDS_RUSSIA)


# Every match of either pattern holds one of these words (as ``lexicon.words`` splits text): a
# sentence without any of them is scored on its regions alone, without running the patterns.
DIRECTION_WORDS = frozenset(
    (
        *("russia", "russian", "russians", "ukraine", "ukrainian", "kyiv", "moscow", "enemy"),
        *("occupiers", "force", "shahed", "shaheds", "iranian", "sobyanin"),
    )
)


def direction_score(
    text: str, regions: list[RegionMention], low: str | None = None, pointed: bool = True
) -> tuple[int, int]:
    """(towards Ukraine, towards Russia) evidence in one sentence (``low``: the text lower-cased).

    ``pointed=False`` tells that the sentence has none of ``DIRECTION_WORDS``.
    """
    ru_ua = ua_ru = 0
    if pointed:
        ru_ua, ua_ru = _pointing(text.lower() if low is None else low)
    ru_ua += sum(1 for r in regions if r.country == UA)
    ua_ru += sum(1 for r in regions if r.country == RU)
    return ru_ua, ua_ru


# Statements and wire copy repeat sentences across articles: each is scored once.
@functools.lru_cache(maxsize=8192)
def _pointing(low: str) -> tuple[int, int]:
    """Phrase evidence (towards Ukraine, towards Russia) in a lower-cased sentence, two per phrase."""
    return len(_TOWARDS_UKRAINE_L.findall(low)) * 2, len(_TOWARDS_RUSSIA_L.findall(low)) * 2


def target_country(direction: str) -> str:
    return UA if direction == RU_UA else RU
