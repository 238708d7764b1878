"""Who attacked whom in a sentence: Russia striking Ukraine, or Ukrainian drones over Russia."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from streams.pipeline.extraction.lexicon import UNMANNED, after_a_separator, first_letter_branches
from streams.pipeline.extraction.regions import RU, UA, RegionMention

RU_UA = "RU>UA"
UA_RU = "UA>RU"

# What points a sentence at Russia or at Ukraine, as phrases of lower-cased text, each written once.
# Every phrase starts with a literal letter: the fast patterns are made from the same list.
_ACTS = (
    r"(?:launched|launching|fired|firing|sent|sending|attacked|attacking|struck|striking|hit|hitting|targeted|"
    r"targeting)\b"
)
# Not across a report of the other side's act: "Ukraine says Russia attacked …".
_NOT_BETWEEN = r"(?:was|were|is|are|been|being|be|says|said|russia|moscow|russian|russians)\b"
_ACTS_ON_RUSSIA = rf" (?:(?!{_NOT_BETWEEN})\w+ ){{0,2}}?{_ACTS}"
_ACTS_ON_UKRAINE = (
    rf" (?:\w+ ){{0,2}}?(?:{_ACTS}|used|using|unleashed|unleashing|carried out|shelled|shelling)\b"
)
# The verbs of a defender: who shoots down the drones is who was attacked.
_DOWN_WORDS = (
    *("downs", "downed", "shoots down", "shot down", "intercepts", "intercepted", "destroys", "destroyed"),
    "repelled",
)
_DOWN_VERBS = f"(?:{'|'.join(_DOWN_WORDS)})"
_DOWNS = rf"(?: says it)? {_DOWN_VERBS}\b"
_RUSSIAN_FORCES = r"russian (?:forces|army|military|troops)"
# A side, then (after who says it and when) its own air defence: the defender.
_ITS_AIR_DEFENCE = (
    r"\b(?: (?:says|said|reported|claimed)(?: (?:on|late|early) \w+)?(?: that)?) its air defen[cs]es?\b"
)
_RUSSIA = r"(?:(?:south|north|east|west|central|far)[\w-]* )?russia\b(?!['’]s)"
_UKRAINIAN_PLACES = r"(?:capital|city|cities|region|regions|territory|energy)\b"
TOWARDS_RUSSIA_PHRASES = (
    rf"ukrainian (?:[\w-]+\s+){{0,2}}?(?:drones?|uavs?|{UNMANNED}|attack drones?|missiles?|rockets?)\b",
    r"drones? (?:launched |sent )?by (?:ukraine|kyiv)\b",
    r"uavs? (?:launched |sent )?by (?:ukraine|kyiv)\b",
    *(rf"{verb} by (?:ukraine|kyiv|kiev)\b" for verb in ("launched", "fired", "sent")),
    # Weapons only Ukraine fires: "shot down eight U.S.-made missiles", "Storm Shadow missiles".
    *(rf"{weapon}\b" for weapon in ("storm shadows?", "scalp", "himars", "neptunes?", "tochka-u")),
    *(rf"{maker}-made\b" for maker in (r"u\.s\.", "british", "western", "american")),
    # The Russian defence ministry counts what it shot down of Ukraine's attacks.
    r"russian (?:ministry of defen[cs]e|defen[cs]e ministry)\b",
    r"russia['’]s (?:ministry of defen[cs]e|defen[cs]e ministry)\b",
    r"ukraine (?:launched|fired|sent)\b",
    r"kyiv (?:launched|fired|sent)\b",
    rf"the armed forces of ukraine{_ACTS_ON_RUSSIA}",
    rf"armed forces of ukraine{_ACTS_ON_RUSSIA}",
    rf"ukrainian (?:armed )?forces{_ACTS_ON_RUSSIA}",
    # The Russian defence ministry's words for Ukraine's drone attacks: "the Kyiv regime's attempt to carry
    # out a terrorist attack", "an attempt by Kyiv to attack with six aircraft-type drones".
    *(rf"{kyiv} regime\b" for kyiv in ("kyiv", "kiev")),
    # "Kyiv's forces sent 30 drones toward the Bryansk region"
    *(rf"{kyiv}['’]s (?:forces|troops){_ACTS_ON_RUSSIA}" for kyiv in ("kyiv", "kiev")),
    r"attempts? by (?:kyiv|kiev|ukraine)\b",
    *(rf"{kyiv}['’]s attempts?\b" for kyiv in ("kyiv", "kiev")),
    rf"aircraft-type (?:{UNMANNED}|uavs?|drones?)\b",
    # Ukraine's strikes on the occupied regions, as their Russian-installed officials and Russian media
    # tell them: "the latest Ukrainian bombardment of Donetsk", "Kiev terrorists are using UAVs", "the head
    # of Russia's Donetsk People's Republic", "Moscow-installed governor Balitsky".
    # (a weapon's words between, not a speaker's: "Ukrainian officials said strikes on Kharkiv killed …")
    r"ukrainian (?:(?:drone|missile|rocket|artillery|air|aerial|long-range|massive|combined|cluster|kamikaze|"
    r"himars|atacms|overnight|latest|new)\s+){0,2}(?:bombardment|shelling|attacks?|strikes?)\b",
    *(rf"{kyiv} (?:terrorists|militants|nationalists|neo-nazis)\b" for kyiv in ("kyiv", "kiev")),
    rf"ukrainians{_ACTS_ON_RUSSIA}",
    rf"ukrainian troops{_ACTS_ON_RUSSIA}",
    r"people['’]s republic\b(?! of korea)",
    # (not "-backed": "Russian-backed forces launched drones at Kramatorsk" attack)
    *(rf"{who}-(?:installed|appointed)\b" for who in ("russia", "russian", "moscow", "kremlin")),
    rf"fixed-wing (?:[\w-]+ )?(?:uavs?|drones?|{UNMANNED})\b",
    rf"the afu{_ACTS_ON_RUSSIA}",
    rf"ukraine{_ACTS_ON_RUSSIA}",
    *(
        rf"{preposition} {_RUSSIA}"
        for preposition in ("targeted", "over", "in", "across", "into", "at", "on", "against")
    ),
    r"russian territory\b",
    r"over russian\b",
    r"russian air defen[cs]es?\b",
    r"russia['’]s air defen[cs]es?\b",
    # "Russia said on Friday its air defences had shot down 17 drones"
    *(rf"{defender}{_ITS_AIR_DEFENCE}" for defender in ("russia", "moscow")),
    r"sobyanin\b",
    r"russian capital\b",
    r"russian (?:city|town|village|region|regions)\b",
    r"russia['’]s (?:town|city|region|republic)\b",
    # Who shoots down the drones is who was attacked: "Russia downs 34 drones", "shot down by the Russian
    # forces".
    *(rf"{defender}{_DOWNS}" for defender in ("russia", "moscow")),
    *(rf"{verb} by (?:the )?russian (?:forces|army|military|troops|air)\b" for verb in _DOWN_WORDS),
    rf"{_RUSSIAN_FORCES} (?:\w+ )?{_DOWN_VERBS}\b",
)
TOWARDS_UKRAINE_PHRASES = (
    r"russian (?:[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?|shaheds?|attacks?|strikes?|assault|barrage|"
    r"bombardment|air ?strikes?)\b",
    # Russia's forces point at Ukraine when they attack, at Russia when they shoot down what came at it
    # ("13 drones were shot down by the Russian forces").
    # (not "Russian military airfields", which were struck, nor "undermining Russian military logistics")
    rf"{_RUSSIAN_FORCES}\b(?! (?:[\w-]+ )?(?:airfields?|air ?bases?|bases?|sites?|facilit|targets|logistics|"
    r"infrastructure|industr|depots?|plants?|installations?|equipment|assets|positions|command))"
    rf"(?! (?:\w+ )?{_DOWN_VERBS}\b)"
    # "The Russian military said …": who spoke, not who attacked.
    r"(?! (?:said|says|reported|claimed|announced|stated)\b)"
    r"(?<!by the russian forces)(?<!by the russian military)(?<!by russian forces)",
    *(rf"{actor}{_ACTS_ON_UKRAINE}" for actor in ("russia", "moscow", "the russians", "russians")),
    *(rf"{actor}{_ACTS_ON_UKRAINE}" for actor in ("the enemy", "the occupiers", "occupiers")),
    *(rf"{preposition} ukraine\b" for preposition in ("at", "on", "against", "across", "over")),
    r"ukraine['’]s (?:air force|air defen[cs]es?|defen[cs]e forces)\b",
    r"ukrainian (?:air force|air defen[cs]es?|defen[cs]e forces|forces|military)\b",
    *(rf"{defender}{_ITS_AIR_DEFENCE}" for defender in ("ukraine", "kyiv")),
    r"air force\b",
    r"shaheds?\b",
    # Russia's name for its Shaheds, used for its attacks: "Geran drones struck military targets in Odesa"
    r"gerans?(?:-2)?\s+(?:drones?|uavs?)\b",
    r"geran-2\b",
    rf"ukrainian {_UKRAINIAN_PLACES}",
    rf"ukraine['’]s {_UKRAINIAN_PLACES}",
    *(rf"{verb} by (?:russia|moscow)\b" for verb in ("launched", "fired", "sent")),
    *(rf"{defender}{_DOWNS}" for defender in ("ukraine", "kyiv")),
    r"russia['’]s (?:\w+ ){0,2}?(?:attacks?|strikes?|assault|barrage|bombardment)\b",
    r"russia-launched\b",
    # Who did the harm, named after its verb: "two more were killed by Russians in Samara".
    # (not "hit by", said of drones downed: "the drones were hit by the Russian military")
    *(
        rf"{verb} by (?:the )?(?:russians|{_RUSSIAN_FORCES}|occupiers)\b"
        for verb in ("killed", "injured", "wounded", "struck", "attacked", "shelled", "targeted")
    ),
    r"iranian(?:-made|-designed)? (?:[\w-]+ )?(?:uavs|drones|shaheds)\b",
)
# The fast forms ``_pointing`` counts with.
_TOWARDS_RUSSIA_FAST = after_a_separator(first_letter_branches(TOWARDS_RUSSIA_PHRASES))
_TOWARDS_UKRAINE_FAST = after_a_separator(first_letter_branches(TOWARDS_UKRAINE_PHRASES))


# Every match of either pattern holds one of these words (as ``lexicon.words`` splits text): a
# sentence without any of them is scored on its regions alone, without running the patterns.
DIRECTION_WORDS = frozenset(
    (
        *("russia", "russian", "russians", "ukraine", "ukrainian", "kyiv", "kiev", "moscow", "enemy"),
        *("attempt", "attempts", "aircraft-type", "fixed-wing"),
        *("storm", "scalp", "himars", "neptune", "neptunes", "tochka", "made", "ukrainians", "people's"),
        *("people’s", "russia-installed", "russian-installed", "moscow-installed", "kremlin-installed"),
        *("russia-appointed", "russian-appointed", "moscow-appointed", "kremlin-appointed"),
        *("occupiers", "force", "shahed", "shaheds", "geran", "gerans", "iranian", "sobyanin"),
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
    # Most sentences name no region, and most others one: a plain loop, no generators. A region both
    # sides strike, Russia occupying part of it, tells neither ("three residents of Lugansk were injured").
    for region in regions:
        if region.country == UA and not _CONTESTED.match(text, region.start):
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


# Places named for the regions Russia has held longest: both sides strike there. (Their towns Ukraine
# holds, "Kramatorsk", "Sloviansk", and Zaporizhzhia and Kherson, tell of Russia's attacks.)
_CONTESTED = re.compile(r"(?:Donetsk|Luhansk|Lugansk)\b", re.IGNORECASE)


def target_country(direction: str) -> str:
    return UA if direction == RU_UA else RU
