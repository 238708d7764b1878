"""Who attacked whom in a sentence: Russia striking Ukraine, or Ukrainian drones over Russia."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from streams.pipeline.extraction.lexicon import after_a_separator, lowered
from streams.pipeline.extraction.regions import RU, UA, RegionMention

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


# The references for lower-cased text; ``_pointing`` counts with the faster forms below.
_TOWARDS_UKRAINE_L = lowered(_TOWARDS_UKRAINE)
_TOWARDS_RUSSIA_L = lowered(_TOWARDS_RUSSIA)


_ACTS_ON_RUSSIA = (
    r" (?:(?!(?:was|were|is|are|been|being|be)\b)\w+ ){0,2}?(?:attacked|struck|launched|fired|targeted|hit)\b"
)
_IN_RUSSIA = r"russia\b(?!['’]s)"
_TOWARDS_RUSSIA_FAST = after_a_separator(
    (
        (
            "u",
            r"krainian (?:[\w-]+\s+){0,2}?(?:drones?|uavs?|unmanned|attack drones?)\b|"
            r"avs? (?:launched |sent )?by (?:ukraine|kyiv)\b|kraine (?:launched|fired|sent)\b|"
            rf"krainian (?:armed )?forces{_ACTS_ON_RUSSIA}|kraine{_ACTS_ON_RUSSIA}",
        ),
        ("d", r"rones? (?:launched |sent )?by (?:ukraine|kyiv)\b"),
        ("k", r"yiv (?:launched|fired|sent)\b"),
        (
            "t",
            rf"he armed forces of ukraine{_ACTS_ON_RUSSIA}|he kyiv regime{_ACTS_ON_RUSSIA}|"
            rf"he afu{_ACTS_ON_RUSSIA}|argeted {_IN_RUSSIA}",
        ),
        ("a", rf"rmed forces of ukraine{_ACTS_ON_RUSSIA}|(?:cross|t) {_IN_RUSSIA}"),
        ("o", rf"(?:ver|n) {_IN_RUSSIA}|ver russian\b"),
        ("i", rf"(?:n|nto) {_IN_RUSSIA}"),
        (
            "r",
            r"ussian territory\b|ussian air defen[cs]es?\b|ussia['’]s air defen[cs]es?\b|ussian capital\b|"
            r"ussian (?:city|town|village|region|regions)\b|ussia['’]s (?:town|city|region|republic)\b",
        ),
        ("s", r"obyanin\b"),
    )
)
_ACTS_ON_UKRAINE = (
    r" (?:\w+ ){0,2}?(?:launched|fired|attacked|struck|hit|used|unleashed|carried out|targeted|shelled)\b"
)
_UKRAINIAN_PLACES = r"(?:capital|city|cities|region|regions|territory|energy)\b"
_TOWARDS_UKRAINE_FAST = after_a_separator(
    (
        (
            "r",
            r"ussian (?:[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?|shaheds?|attacks?|strikes?|assault|"
            r"barrage|forces|army|military|troops|bombardment|air ?strikes?)\b|"
            rf"ussia{_ACTS_ON_UKRAINE}|ussians{_ACTS_ON_UKRAINE}|"
            r"ussia['’]s (?:\w+ ){0,2}?(?:attacks?|strikes?|assault|barrage|bombardment)\b|ussia-launched\b",
        ),
        ("m", rf"oscow{_ACTS_ON_UKRAINE}"),
        ("t", rf"he russians{_ACTS_ON_UKRAINE}|he enemy{_ACTS_ON_UKRAINE}|he occupiers{_ACTS_ON_UKRAINE}"),
        ("o", rf"ccupiers{_ACTS_ON_UKRAINE}|(?:n|ver) ukraine\b"),
        ("a", r"(?:t|gainst|cross) ukraine\b|ir force\b"),
        (
            "u",
            r"kraine['’]s (?:air force|air defen[cs]es?|defen[cs]e forces)\b|"
            r"krainian (?:air force|air defen[cs]es?|defen[cs]e forces|forces|military)\b|"
            rf"krainian {_UKRAINIAN_PLACES}|kraine['’]s {_UKRAINIAN_PLACES}",
        ),
        ("s", r"haheds?\b|ent by russia\b"),
        ("l", r"aunched by russia\b"),
        ("f", r"ired by russia\b"),
        ("i", r"ranian(?:-made|-designed)? (?:[\w-]+ )?(?:uavs|drones|shaheds)\b"),
    )
)


# Every match of either pattern holds one of these words (as ``lexicon.words`` splits text): a
# sentence without any of them is scored on its regions alone, without running the patterns.
DIRECTION_WORDS = frozenset(
    (
        *("russia", "russian", "russians", "ukraine", "ukrainian", "kyiv", "moscow", "enemy"),
        *("occupiers", "force", "shahed", "shaheds", "iranian", "sobyanin"),
    )
)


def direction_score(
    text: str, regions: Sequence[RegionMention], low: str | None = None, pointed: bool = True
) -> tuple[int, int]:
    """(towards Ukraine, towards Russia) evidence in one sentence (``low``: the text lower-cased).

    ``pointed=False`` tells that the sentence has none of ``DIRECTION_WORDS``.
    """
    ru_ua = ua_ru = 0
    if pointed:
        ru_ua, ua_ru = _pointing(text.lower() if low is None else low)
    # Most sentences name no region, and most others one: a plain loop, no generators.
    for region in regions:
        if region.country == UA:
            ru_ua += 1
        elif region.country == RU:
            ua_ru += 1
    return ru_ua, ua_ru


# Statements and wire copy repeat sentences across articles: each is scored once.
@functools.lru_cache(maxsize=8192)
def _pointing(low: str) -> tuple[int, int]:
    """Phrase evidence (towards Ukraine, towards Russia) in a lower-cased sentence, two per phrase."""
    # The leading space stands for the start of the text, before which ``\b`` sees no word.
    spaced = " " + low
    return len(_TOWARDS_UKRAINE_FAST.findall(spaced)) * 2, len(_TOWARDS_RUSSIA_FAST.findall(spaced)) * 2


def target_country(direction: str) -> str:
    return UA if direction == RU_UA else RU
