"""Counted noun phrases in one sentence and the figure each one gives.

A number is read with the noun it counts ("539 drones", "two cruise missiles", "23 people") and
the verb that gives it a role: launched, intercepted (shot down, destroyed), suppressed (lost
locally, jammed), hit (never an interception), killed, injured, hospitalised.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.numbers import Number, digits_value, find_numbers, word_value
from streams.pipeline.extraction.regions import REGION_RE, country_of, find_regions

DRONES, MISSILES, TOTAL, PEOPLE = "drones", "missiles", "total", "people"
LAUNCHED, INTERCEPTED, SUPPRESSED = "launched", "intercepted", "suppressed"
KILLED, INJURED, HOSPITALISED = "killed", "injured", "hospitalised"
HIT = "hit"
LONE = "lone"  # the one missile a story tells of, striking: the attack's only when it names no other
LEFT = "left"  # went elsewhere: out of the airspace, into a third country

# A word, an abbreviation with dots ("U.S.-supplied"), or one mark.
_WORD = re.compile(r"(?:\w\.){2,}[\w’'/-]*|[\w’'/-]+|[^\w\s]")
# Rounding words: "over 500" yields to an exact 539 ("at least 23" is an exact count). Written once, for
# the pattern and for the endswith() test that spares most searches of it.
# Of them, the words of a floor: the count is known to be above it ("more than 30 wounded").
_FLOOR_WORDS = ("more than", "over", "in excess of")
_ROUNDING_WORDS = (
    *_FLOOR_WORDS,
    *("nearly", "almost", "approximately", "about", "around", "some", "roughly", "up to"),
)
_QUALIFIED = re.compile(rf"\b(?:{'|'.join(_ROUNDING_WORDS)})\s*$", re.IGNORECASE)
FLOOR_BEFORE = re.compile(rf"\b(?:{'|'.join(_FLOOR_WORDS)})\s*$", re.IGNORECASE)
_ANY_QUALIFIER = re.compile(rf"\b(?:{'|'.join(_ROUNDING_WORDS)}|at least)\s*$", re.IGNORECASE)
# "88 drones, all of which were destroyed", "three missiles were fired at Kyiv; all of them were
# destroyed": as many were launched as were shot down.
_ALL_OF_WHICH = re.compile(
    # ("40 drones and two missiles overnight, both of which …" are the missiles; "all of which", all of them)
    r"^(?![^.;]{0,30}?\b(?:missiles?|drones?|uavs?|shaheds?|rockets?)\b[^.;]{0,30}?,\s*(?:and\s+)?both\b)"
    r"(?:[^.;]{0,30}?,"
    # after a semicolon or a dash, farther, when no other weapon is named before it (the rest of the
    # count's own noun aside: "12 Kalibr cruise missiles from a submarine … - all of them …")
    r"|(?:\s+[\w/-]+){0,3}?(?:(?!missile|drone|uav|shahed|rocket|bomb)[^.;\d]){0,100}?(?:;|\s[-–—]))"
    r"\s*(?:and\s+)?(?:all|both) of (?:which|them|these|those)\s+"
    r"(?:were|was|have been|had been)\s+(?:\w+\s+)?"
    r"(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"^\s+of (?:the|them|those|these|which)\b", re.IGNORECASE)
# "all 14 drones", "all the missiles", "all of the drones", "every one of the 31 missiles": written once,
# for the pattern and its endswith().
_ALL_BEFORE_ENDS = (
    *("all", "all the", "all of the", "every one of the", "every one of", "every single one of the"),
    *("each one of the", "each of the"),
)
_ALL_BEFORE_REACH = max(map(len, _ALL_BEFORE_ENDS)) + 1  # characters: the longest and a space
_ALL_BEFORE = re.compile(rf"\b(?:{'|'.join(_ALL_BEFORE_ENDS)})\s*$", re.IGNORECASE)
# "44 of more than 50 cruise missiles": the whole may be rounded.
_PARTITIVE_AFTER = re.compile(
    r"^\s*(?:out\s+of|of|out)\s+(?:the\s+)?"
    r"(?:(?:more than|over|about|around|nearly|almost|some|approximately|roughly|at least)\s+)?$",
    re.IGNORECASE,
)
# "11 in total were injured", "40 in all were shot down": a count of everything, before its verb.
_IN_ALL = r"(?:(?:in total|in all|altogether|overall),?\s+)?"
_HEADLESS_AFTER = re.compile(
    r"^\s*(?:of them\b|of which\b|of those\b|of these\b)|"
    rf"^\s*(?:more\s+|others?\s+|additional\s+|further\s+)?{_IN_ALL}(?:were|was|had been|"
    r"have been|are|"
    r"disappeared|vanished|failed|did|went|got|deviated|diverted|"
    # "with 10 more failing to reach their targets": a participle clause of the same weapons
    r"being|failing|going|getting|deviating|disappearing)\b|"
    # "… were destroyed by mobile fire groups, and another four by missile units": the verb left out
    r"^\s*by\s+(?:[\w-]+\s+){0,3}?(?:units?|groups?|forces|defen[cs]es?|systems?|aircraft|aviation|"
    r"fighters?|jets|crews|warfare|EW|REB)\b|"
    # "with eight more 'likely downed by the electronic warfare tools'": more of them, with their participle
    r"^\s*(?:more|others?|additional|further)\s+[\"“]?(?:(?:likely|probably|reportedly)\s+)?"
    r"(?:downed|lost|suppressed|jammed|neutrali[sz]ed|destroyed|shot down)\b|"
    # "63 drones were shot down, 11 lost locally", "45 drones were launched and 30 shot down": the
    # auxiliary left out too. Only the words of weapons ("12 houses were damaged, 3 destroyed" counts houses).
    # ("54 of which were shot down and 30 locationally lost": the adverb first; a post's "26 - lost locally")
    # ("22 lost from radar", a translated post's "17 - location lost", a live page's "39 unaccounted for")
    r"^\s*(?:[-–—]\s+)?(?:(?:locationally|locally|location)\s+)?"
    r"(?:lost|location-lost|suppressed|jammed|shot down|downed|intercepted|unaccounted for)"
    r"(?=\s+(?:locally|by|over|in|on|and|as|due|from|off)\b|\s*[,.;]|\s*$)|"
    # a post's line, its dash before the participle: "52 — destroyed" (not "12 houses … 3 destroyed")
    r"^\s*[-–—]\s+(?:destroyed|neutrali[sz]ed)"
    r"(?=\s+(?:locally|by|over|in|on|and|as|due)\b|\s*[,.;]|\s*$)|"
    # the noun left out for "ones": "seven cruise missiles and two (of the) ballistic ones"
    r"^\s*(?:of the\s+)?(?:[\w-]+\s+)?ones\b",
    re.IGNORECASE,
)
_ONES_AFTER = re.compile(r"\s*(?:of the\s+)?(?:[\w-]+\s+)?ones\b")
_OF_WHICH_BEFORE = re.compile(r"(?:of which|of them|of these|of those|, with|, and)\s*$", re.IGNORECASE)
# "…, bringing the total for the night to 64": the count the clause's weapons add up to (lower-cased).
_TOTAL_TO_BEFORE_L = re.compile(
    r"\bbringing (?:the|its|their) (?:overall |night['’]s )?total (?:number )?(?:of (?:[\w-]+ ){1,3}?)?"
    r"(?:for the night |overnight |over [\w\s-]{1,30}? )?to\s*$"
)
# A part of the people counted before it ("including three children"); "among the 18 injured were
# four children" and "two rescuers were among five people killed" count the whole after "among".
_SUBSET_PEOPLE = re.compile(
    # (not across a colon, which opens the count after it: "Children are among the wounded: 7 people, …")
    r"\b(?:including|among them|among whom|of whom|among(?!(?: the)?\s*$))\b[^,;:]{0,25}$",
    re.IGNORECASE,
)
# "five children among the injured" is a part; "11 were injured, among them a girl" is not.
_SUBSET_PEOPLE_AFTER = re.compile(r"^[^.;]{0,30}?\bamong\b(?! them\b| whom\b| which\b)", re.IGNORECASE)
_HEADLESS_PEOPLE_AFTER = re.compile(
    rf"^\s*(?:more\s+|others?\s+|people\s+|of (?:them|whom)\s+)?{_IN_ALL}"
    # ("Twenty-one are injured"; not a state, "23 are seriously wounded")
    r"(?:(?:were|have been|had been|has been|was)\s+(?:\w+\s+)?|(?:are|is)\s+)"
    r"(?:killed|injured|wounded|hurt|hospitali[sz]ed|dead|(?:taken|rushed|admitted) to hospital)\b|"
    # "Twelve received varying degrees of injuries", "three more sustained shrapnel wounds"
    r"^\s*(?:more\s+|others?\s+)?(?:received|sustained|suffered)\s+(?:[\w-]+\s+){0,3}?(?:injuries|injury|wounds)\b|"
    # "two were killed and 30 received medical assistance"
    rf"^\s*(?:more\s+|others?\s+)?{lx.MEDICAL_HELP}\b",
    re.IGNORECASE,
)
_TOLL_QUALIFIERS = (
    "at least",
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "another",
)
# The verbs a toll's bare number follows: "killing 25", "wounded 11"; in headlines, "strikes kill 2,
# injure 14".
_TOLL_VERBS = (*lx.KILLING_VERBS, *lx.INJURING_VERBS)
# "the death toll ... has risen to 31", "officials put the number of wounded at 31", "wounding 25": a
# casualty word governs a bare number.
_TOLL_NOUN = (
    r"(?:death toll|death count|toll|the dead|fatalities|deaths|victims killed|"
    r"number of (?:the |those )?(?:people |civilians |persons )?"
    r"(?:dead|deceased|killed|injured|wounded|victims)|"
    # "the number of those who sustained injuries had risen to 12"
    r"number of (?:those|people|persons) (?:who|that) (?:were |have been |had been )?"
    r"(?:killed|died|injured|wounded|hurt|sustained injuries))"
)
_TOLL_NOUN_RE = re.compile(rf"\b{_TOLL_NOUN}\b", re.IGNORECASE)
_INJURY_TOLL = re.compile(r"\binjur(?:y|ies|ed) toll\b", re.IGNORECASE)
# The words a post labels its tolls with ("killed – 4, injured – 12"), opening a clause of their own (not
# "three people were killed - two in the Dnipropetrovsk region and one in Lviv - and 11 …").
_TOLL_LABELS = ("killed", "dead", "deaths", "injured", "wounded", "hurt", "injuries")
_TOLL_LABEL = rf"(?:^|[,;:(\n]|[^\w\s,;:(])\s*(?:{'|'.join(_TOLL_LABELS)})\s*[:–—-]\s*"
# The verbs of a toll that changed or stands ("the death toll has risen to 31", "remains at 44"), written
# once for the toll pattern and for the cheap test of the words before a bare number below.
_TOLL_RISE_VERBS = (
    *("rose", "risen", "increased", "climbed", "reached", "grew", "grown", "jumped", "stands", "stood"),
    *("remains", "remained", "is", "was"),
)
_TOLL_BEFORE = re.compile(
    # ("The number of injured was given as 75", "… was put at 40")
    rf"(?:\b{_TOLL_NOUN}\b[^.;]{{0,120}}\b(?:{'|'.join(_TOLL_RISE_VERBS)}|to)\s+"
    r"(?:to\s+|at\s+|(?:given|put|estimated|set)\s+(?:as|at)\s+)?|"
    # "the wounded are 11 persons" (translated), "the dead number four": the copula right before the number
    r"\bthe (?:dead|wounded|injured) (?:are|were|number|numbered)\s+|"
    # a post's labels: "killed – 4, injured – 12", "Dead: 3"
    rf"{_TOLL_LABEL}|"
    rf"\b(?:put|puts|putting|placed|places|estimated|estimates) (?:the|its|their) {_TOLL_NOUN}"
    rf"(?: [\w-]+){{0,2}} at\s+|\b(?:{'|'.join(_TOLL_VERBS)})\s+"
    # "Russian drones killed a family of three"
    r"(?:(?:a|an|the|an entire|a whole) family of\s+)?)"
    rf"(?:(?:{'|'.join(_TOLL_QUALIFIERS)}) )?$",
    re.IGNORECASE,
)
# Cheap test that the words right before a bare number can be a toll verb; _TOLL_BEFORE is costly.
# The words right before a bare number that a toll verb can end on, and the qualifiers between: written
# once, for the pattern and for the endswith() test that spares most searches of it.
_TOLL_TAIL_VERBS = (
    *_TOLL_RISE_VERBS,
    *("are", "were", "to", "at", "as", "number", "numbered", *_TOLL_VERBS),
    "family of",
)
_TOLL_LABEL_BEFORE = re.compile(rf"{_TOLL_LABEL}$", re.IGNORECASE)
_TOLL_TAIL = re.compile(
    rf"\b(?:{'|'.join(_TOLL_TAIL_VERBS)})\s+(?:(?:{'|'.join(_TOLL_QUALIFIERS)}) )?$|"
    rf"{_TOLL_LABEL}$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"^\s*(?:,|—|–|-(?= ))\s*(?:including|among them|among whom|\w+ of (?:them|whom)|"
    # the ages of the people counted: "Two people, a 67-year-old woman and her grandson, were killed",
    # "One man, 58, was killed", "two women, aged 34 and 61, were wounded"
    r"aged\b|\d{1,3}(?=\s*(?:,|—|–))|(?:an?|the|her|his|their)\s[^,—–]{0,30}?\d{1,3}-year-old)"
    r"(?:(?!\s-\s)[^,—–]){0,60}(?:,|—|–|\s-(?=\s))|"
    # who they were, between dashes, however listed: "Four other people - two women aged 54 and 71, a man
    # aged 39 and a boy - were injured"
    r"^\s*(?:—|–|-(?= ))[^—–.;]{1,120}?(?:—|–|\s-(?=\s))"
)


def _drop_aside(text: str) -> str:
    """Drop a leading ', including 16 children,' (or '— two of them children —', ', a 67-year-old woman
    and her grandson,', ' who was clearing debris on the ground') so the verb after it is seen."""
    if text.startswith((" who ", " that ")):
        return _WHO_CLAUSE.sub("", text, count=1)
    return _ASIDE.sub("", text, count=1) if text.lstrip().startswith((",", "—", "–", "- ")) else text


# What the people counted were doing, before the toll's verb: "One employee who was clearing debris on the
# ground was injured", "two workers who were repairing the line were killed".
_WHO_CLAUSE = re.compile(
    r"^\s+(?:who|that)\s+(?:was|were|had been)\s+\w+ing\b[^,.;]{0,80}?"
    r"(?=\s+(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|hospitali[sz]ed)\b)",
    re.IGNORECASE,
)


# An aside on what the weapons counted were, before their verb: "Another 30 drones, mostly Gerbera
# decoys, vanished from radar".
_WEAPON_ASIDE = re.compile(
    r"^\s*,\s*(?:mostly|mainly|largely|primarily|most of them|many of them)\b[^,.;]{0,50},|"
    # "31 drones — mostly decoys — were lost locally"
    r"^\s*[—–]\s*(?:mostly|mainly|largely|primarily|most of them|many of them)\b[^—–,.;]{0,50}[—–]|"
    # "27 drones, which were launched from the Bryansk region, were shot down": where from, then the verb
    # (not before a count joined to it: "Two Kinzhal missiles, which were fired from MiG-31K jets, and 40 …")
    r"^\s*,\s*(?:(?:which|that)\s+(?:were|was|had been)\s+)?(?:launched|fired|sent|deployed)\b[^,.;]{0,60},"
    r"(?=\s*(?:were|was|had|have)\b)|"
    # "Another 183 drones, which the air force said were decoys, were lost from tracking": what they were
    r"^\s*,\s*which\s+[^,.;]{1,70},(?=\s*(?:were|was|had|have)\b)"
)
_PART_OF = re.compile(r"\b(?:including|of which|among)\b")
# A rounding word before a count, if any: "about 70", "more than 120".
_QUALIFIER = r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|at least)\s+)?"
# Before a weapon count that names a type among the weapons just counted ("six missiles, including
# four Iskander-M", "among them 4 ballistic rockets", "including about 120 Shahed-type drones").
_SUBTYPE_BEFORE_L = re.compile(
    rf"[,(—–:]\s*(?:including|among (?:them|which|these|those))\s+(?:all\s+)?{_QUALIFIER}$"
)
# The nouns of one person, written once: the pattern below and its guard words are made from them.
_ONE_NOUNS = (
    *("woman", "man", "person", "individual", "child", "girl", "boy", "civilian", "resident", "teenager"),
    *("pensioner", "driver", "passenger", "pedestrian", "employee", "worker", "security guard", "guard"),
    # those at work or helping where the strike hit: "killed one man and injured a firefighter"
    *("firefighter", "rescuer", "police officer", "policeman", "medic", "paramedic", "doctor", "nurse"),
    *("volunteer", "farmer", "journalist", "teacher", "engineer", "electrician", "miner", "student"),
)
_ONE_NOUN = f"(?:{'|'.join(_ONE_NOUNS)})"
# "a woman was killed", "the driver was injured", "a drone killed a driver": one person.
_KIN_NOUNS = (
    *("wife", "husband", "son", "daughter", "mother", "father", "grandson", "granddaughter"),
    *("grandmother", "grandfather", "neighbour", "neighbor"),
)
_KIN = f"(?:{'|'.join(_KIN_NOUNS)})"
# "a man and a woman were killed", "a pensioner and her grandson were injured": two people.
_TWO_PEOPLE = (
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\s+and\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_ONE_NOUN}|{_KIN})\s+(?:(?:were|have been|had been)\s+(?:\w+\s+)?"
    r"(?P<pair>killed|injured|wounded|hurt)|(?:later\s+)?(?P<pairdied>died))\b|"
    # "killing a 61-year-old man and his wife"
    rf"\b(?P<apair>killing|injuring|wounding)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\s+and\s+"
    rf"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ONE_NOUN}|{_KIN})\b"
    # not "killing a woman, and a man who lived next door was wounded": the second has its own verb
    r"(?!\s+(?:who|that|was|were|is)\b)|"
    # "an elderly couple were killed", "killed a married couple": two people
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\s+(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?P<couple>killed|injured|wounded|hurt)\b|"
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\s+(?:later\s+|both\s+)?(?P<coupledied>died)\b|"
    r"\b(?P<acouple>killed|killing|injured|injuring|wounded|wounding)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?couple\b"
    r"(?!\s+of\b)|"
)
# Who the one person is, between the noun and the verb: a birth year or an age.
_AGE_OR_BIRTH = r"(?:born (?:in )?\d{4}|aged \d{1,3}|\d{1,3}(?: years old)?)"
_ONE_PERSON = re.compile(
    # "a woman was killed", "another person was seriously injured"
    # (its place or its town after it: "at the plant", "a resident of Novodanylivka", "a man from Chuhuiv")
    _TWO_PEOPLE + rf"\b(?:a|an|the|another)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}"
    r"(?:\s+(?:(?:at|of|in) the [\w-]+|"
    r"(?:of|from|in) (?:the (?:village|town|city) of )?[\w'’-]+(?: [\w'’-]+){0,2}))?"
    # "a woman standing next to him was hurt", "a woman who was travelling with him was injured"
    r"(?:\s+(?:standing|sitting|walking|living|working|driving|passing)(?:\s+[\w'’-]+){0,4}?|"
    r"\s+who\s+(?:was|were|had been|is|lived|worked)\s+(?!killed|injured|wounded|hurt)"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?"
    # "a woman born in 1968 was injured", "a man, 45, was wounded", "a man aged 52 was killed", "an
    # employee of the administration, Maksim Moiseev, was injured"
    rf"(?:\s*,\s*{_AGE_OR_BIRTH}\s*,\s*|\s+{_AGE_OR_BIRTH}\s+|\s*,\s*[\w'’.-]+(?:\s+[\w'’.-]+){{0,2}}\s*,\s*|\s+)"
    r"(?:was|has been|had been)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?P<verb>(?:(?:fatally|mortally)\s+)?"
    # ("a woman was cut by broken glass"; "a man was taken to hospital": hospitalised, see below)
    r"(?:killed|injured|wounded|hurt|cut(?=\s+by\s+(?:flying\s+|broken\s+|shattered\s+)?glass)|"
    # (not "was taken to a hospital where he died": the dead one)
    r"(?:hospitali[sz]ed|(?:taken|rushed|admitted) to (?:a\s+|the\s+)?hospital)"
    r"(?![^.;]{0,40}\b(?:died|dies|succumbed|passed away)\b)))\b|"
    rf"\b(?P<active>(?:(?:fatally|mortally)\s+)?(?:killed|killing|injured|injuring|wounded|wounding))\s+"
    rf"(?:a|an|one)\s+(?:[\w-]+\s+)?{_ONE_NOUN}\b|"
    # "a drone hit a car, killing the driver", "injuring the 34-year-old driver": the one in it
    rf"\b(?P<definite>killing|injuring|wounding)\s+the\s+(?:[\w-]+\s+)?(?:driver|passenger|pilot|owner)\b"
    r"(?!['’]s)|"
    # "a man later died", "a woman who was injured in the night attack died in hospital", "a 58-year-old
    # resident of the Seimsky district, who had been hospitalised with burns, died in the morning"
    rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}(?:\s+(?:of|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r",?\s+(?:who\s+[^.;]{0,120}?,?\s+)?(?:later\s+|has\s+|had\s+)?(?P<died>died|succumbed)\b|"
    # "another man sustained multiple shrapnel wounds" (not "a woman sustained head injuries" or "the
    # child sustained leg injuries": most often one of those counted already)
    rf"\banother\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\s+(?:sustained|suffered|received)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<wounds>wounds?|injur(?:y|ies))\b|"
    # "… was killed and her neighbour was injured"
    rf"\b(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN}\s+(?:was|has been|had been)\s+(?:\w+\s+)?"
    r"(?P<kin>killed|injured|wounded|hurt)\b|"
    # "a man was killed and his neighbour hurt": the second verb's "was" left out
    rf"(?<=was killed),?\s+and\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:{_ONE_NOUN}|{_KIN})\s+"
    r"(?P<elided>injured|wounded|hurt)\b|"
    # "one civilian was killed and another was injured": another of them
    r"(?<=was killed),?\s+and\s+another(?:\s+one)?\s+(?:was\s+|has been\s+)?"
    r"(?P<another>injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_ONE_PERSON_L = lx.lowered(_ONE_PERSON)
# Every match of _ONE_PERSON_L holds one of its verbs' stems, and one of its nouns.
_ONE_VERB_WORDS = ("kill", "injur", "wound", "hurt", "died", "succumbed", "cut", "hospital")
_ONE_NOUN_WORDS = (*_ONE_NOUNS, *_KIN_NOUNS, "another", "couple", "pilot", "owner")
# Lives fought for or saved are of the living: "doctors are fighting for the lives of four patients",
# "rescuers saved the lives of 12 people".
_BODIES_EXCHANGED_BEFORE = re.compile(
    r"\b(?:handed over|hand over|handing over|repatriated|returned|exchanged|received|transferred)\s+"
    r"(?:the\s+)?(?:(?:about|some|over|more than|another)\s+)?$"
)
_BODIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:bodies|remains)\b", re.IGNORECASE)
_REPATRIATION_L = re.compile(r"\b(?:returned|repatriat\w*|exchanged?|handed over|swap\w*|transferred)\b")
_LIVES_AT_STAKE = re.compile(
    r"\b(?:fight(?:ing|s)?|struggl(?:e|es|ing)|sav(?:e|ed|es|ing))\s+(?:for\s+)?the\s+lives?\s+of\s+"
    r"(?:the\s+)?(?:at least\s+)?$"
)
# A toll of responders, in their own clause: "the deaths of two firefighters", "injuring three rescuers",
# "two police officers were wounded".
_RESPONDER_TOLL_LEFT = re.compile(
    r"\b(?:deaths? of|lives of|life of|killing|killed|injuring|injured|wounding|wounded)\s+(?:the\s+)?"
    r"(?:at least\s+)?$"
)
_RESPONDER_TOLL_RIGHT = re.compile(
    r"\s+(?:(?:were|was|have been|had been)\s+)?(?:killed|injured|wounded|hurt|died)\b", re.IGNORECASE
)
_SOLDIERS_AFTER = re.compile(
    r"\s+(?:(?:Ukrainian|Russian|enemy)\s+)?" + lx.NOT_VICTIMS.pattern, re.IGNORECASE
)
# A weapon noun that only describes the noun counted: "two Russian missile launchers", "40 drone strikes".
_NOT_THE_WEAPON_AFTER = re.compile(
    r"\s+(?:launchers?|complex(?:es)?|depots?|warehouses?|plants?|factor(?:y|ies)|carriers?|operators?|"
    # "12 missile attacks on Zaporizhzhia", "three drone strikes": attacks counted, not weapons
    # "20 drone units took part": soldiers who fly them
    r"crews?|strikes|attacks|units|brigades?|teams?|regiments?|battalions?|"
    # "ten drone boats": naval drones, no UAVs
    r"boats?|ships?|vessels?)\b",
    re.IGNORECASE,
)
# Soldiers counted: "killing three servicemen", "two Ukrainian soldiers were wounded".
_MILITARY_AFTER = re.compile(
    r"\s+(?:(?:Ukrainian|Russian|enemy)\s+)?(?:soldiers|troops|servicem[ae]n|service\s?members|"
    r"military personnel|conscripts|cadets)\b",
    re.IGNORECASE,
)
# "killing 40 cows", "12 stray dogs died": animals, no people's toll.
_ANIMALS_AFTER = re.compile(  # (not "three sheep farmers")
    r"\s+(?:[\w-]+\s+)?"
    + lx.ANIMALS.pattern
    + r"(?!\s+(?:farmers|breeders|owners|keepers|herders|workers)\b)",
    re.IGNORECASE,
)
_CIVILIANS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:civilians|people|residents|persons|children)\b", re.IGNORECASE
)
# Between two tolls of one clause: "three servicemen and wounding 18", "two soldiers, injuring five".
_JOINED_TOLL = re.compile(
    r"[\w\s-]{0,30}?(?:,\s*|\s+)and\s+\w+ing\s+|[\w\s-]{0,30}?,\s*\w+ing\s+", re.IGNORECASE
)
# A number after a list of ages that has its own noun ("…, and 12 people") or sums up ("14 in total").
_COUNTED_AFTER_AGES = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{lx.PEOPLE_HEAD.pattern})|\s+(?:in total|in all|altogether)\b", re.IGNORECASE
)
_AGE_AFTER = re.compile(r"\s*(?:years?|yrs)\b(?!\s+(?:ago|after|before|since|of))", re.IGNORECASE)
# Drones that watch rather than strike ("six Shaheds and three reconnaissance drones" are six attack
# drones): none of an attack's drone counts.
_SCOUTS = re.compile(r"\b(?:reconnaissance|surveillance|recon|spy)\b")
# "aged 61", "aged 34 and 61", "aged 32, 36, and 56", "aged eight, 12 and 17": each is an age.
# (not "aged 34 and 52, and 11 were wounded": "and" joins the last age, once)
_AN_AGE = rf"(?:\d+|{'|'.join(lx.NUMBER_UNITS)})"
_AGE_BEFORE = re.compile(
    rf"\baged?\s*(?:between\s+|from\s+)?(?:(?:{_AN_AGE}\s*,\s*){{1,3}}{_AN_AGE}\s*,?\s*and\s*|"
    rf"{_AN_AGE}\s*(?:and|to|,)\s*)?$|"
    r"\bages\s*(?:\d+\s*(?:and|,)\s*)?$|"
    # the wire's bare ages after the people: "Two women, 54 and 70, were killed"
    r"\b(?:women|men|people|persons|residents|civilians|pensioners),\s*(?:\d+\s*(?:,|and)\s*){0,3}$|"
    # and after one person: "A woman, 76, died" (not "Among the plant's workers, 12 were injured")
    r"\b(?:an?|one|the)\s+(?:woman|man|girl|boy|teenager|pensioner|resident|civilian|driver|worker|victim),\s*$|"
    # "a man of 56 and a woman of 51" (translated): a person's age after "of"
    r"\b(?:an?|one|the)\s+(?:woman|man|girl|boy|teenager|pensioner|resident|civilian|driver|worker|victim)"
    r"\s+of\s*$|"
    # a witness's age after their name: '"The building shook," said Oleksandr Melnyk, 41, a software engineer'
    r"\b(?:said|says|told|recalled|added|explained)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\b(?:were|was|had been|have been|has been|being|are)\s+(?:also\s+|all\s+|successfully\s+|reportedly\s+|"
    r"then\s+)?(?P<verb>[\w ]+)",
    re.IGNORECASE,
)
# A post's signs for "and": "2 missiles + 62 drones", "UAVs & decoys".
_AND_SIGN = r"[+&]"
# What separates the items of a post's list: a comma, a semicolon, an arrow or a dash ("79 drones launched
# → 54 shot down, 19 lost locally", "95 UAVs launched overnight — 71 shot down").
_ITEM_SEPARATOR = r"[,;→➡—–]\ufe0f?|\s-\s"
_CONNECTOR = re.compile(
    rf"^[\s,]*(?:and|as well as|plus|{_AND_SIGN}|along with|together with|including|with|,|among them|"
    # ("destroyed all 11 cruise missiles and all 18 Shahed drones that Russia launched")
    r"in addition to)?[\s,]*(?:also\s+)?(?:another\s+|all\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# The case-insensitive patterns _read tries around every number, for lower-cased slices of the
# sentence (same offsets): about half the time of a case-insensitive search.
_QUALIFIED_L = lx.lowered(_QUALIFIED)
_ALL_OF_WHICH_L = lx.lowered(_ALL_OF_WHICH)
_PART_AFTER_L = lx.lowered(_PART_AFTER)
_ALL_BEFORE_L = lx.lowered(_ALL_BEFORE)
_PARTITIVE_AFTER_L = lx.lowered(_PARTITIVE_AFTER)
_HEADLESS_AFTER_L = lx.lowered(_HEADLESS_AFTER)
_OF_WHICH_BEFORE_L = lx.lowered(_OF_WHICH_BEFORE)
_HEADLESS_PEOPLE_AFTER_L = lx.lowered(_HEADLESS_PEOPLE_AFTER)
_TOLL_TAIL_L = lx.lowered(_TOLL_TAIL)
_CONNECTOR_L = lx.lowered(_CONNECTOR)
_AGE_BEFORE_L = lx.lowered(_AGE_BEFORE)
_SUBSET_PEOPLE_L = lx.lowered(_SUBSET_PEOPLE)
_CUMULATIVE_AFTER_L = lx.lowered(lx.CUMULATIVE_AFTER)
_PREVIOUS_BEFORE_L = lx.lowered(lx.PREVIOUS_BEFORE)
_PREVIOUS_AFTER_L = lx.lowered(lx.PREVIOUS_AFTER)
# MODAL_BEFORE keeps its case rule ("May 5" is a date, "may" a modal): these lower-case words, one of
# which it needs, are looked for first (as substrings).
_MODAL_WORDS = (
    *("will", "would", "could", "can", "may", "might", "plan", "capable", "aim", "tasked", "intend"),
    *("expected", "able", "on track", "whether"),
)
# Words that every match of a window pattern holds (lower-cased): most windows hold none, and a few
# substring tests cost less than a search that fails.
_CUMULATIVE_WORDS = lx.CUMULATIVE_AFTER_WORDS
# Where the last of those words can end: they start within 40 characters of the number.
_CUMULATIVE_REACH = 40 + max(len(word) for word in _CUMULATIVE_WORDS)
_PREVIOUS_BEFORE_WORDS = ("from", "previous", "former", "initial", "earlier ")
_PREVIOUS_AFTER_WORDS = ("previous", "earlier", "initially", "before that")
_SUBSET_PEOPLE_WORDS = ("including", "among", "of whom")
# Words that end every match of a pattern ending in "(?:…)\s*$", once trailing white space is stripped.
_QUALIFIED_ENDS = _ROUNDING_WORDS
_TOLL_TAIL_ENDS = (*_TOLL_TAIL_VERBS, *_TOLL_QUALIFIERS, ":", "–", "—", "-")


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 - a loop costs half of any() over a generator
        if word in text:
            return True
    return False


# Each of these answers what its pattern answers (the reference, on the same slice), testing first
# for words the pattern cannot match without. ``left_low`` is the lower-cased 60 characters before a
# number, ``low`` the lower-cased sentence.


def _cumulative_after(low: str, start: int) -> bool:
    """``_CUMULATIVE_AFTER_L.match(low[start:])``: its words start within 40 characters; but not "15
    drones have been lost so far", the night's count as it stands, nor "32 missiles - one of the heaviest
    attacks since the invasion began", which ranks the attack the count is of."""
    if not _any_in(low[start : start + _CUMULATIVE_REACH], _CUMULATIVE_WORDS):
        return False
    m = _CUMULATIVE_AFTER_L.match(low[start:])
    return (
        m is not None
        and not (m.group().endswith("so far") and _PASSIVE_SO_FAR.search(m.group()))
        and _RANKS_AN_ATTACK.search(m.group()) is None
    )


def _toll_so_far(low: str, number: int, start: int) -> bool:
    """Whether a toll's words after it (from ``start``; its number at ``number``) end in a bare "so far"
    ("11 injured so far"): the toll of one attack as it stands, not a running total ("so far this year",
    "Russian attacks have killed 96 civilians in the region so far")."""
    m = _CUMULATIVE_AFTER_L.match(low[start:]) if "so far" in low[start : start + _CUMULATIVE_REACH] else None
    return (
        m is not None
        and m.group().endswith("so far")
        and _A_PERIOD_AFTER.match(low, start + m.end()) is None
        and _ATTACKS_HAVE_KILLED.search(low, max(0, number - 60), number) is None
    )


# "- in one of the heaviest bombardments since the invasion began": the period ranks an attack, this one.
# Narrower than lx.SUPERLATIVE: "massive", "first" and "record" also describe attacks summed over a period
# ("700 missiles in massive attacks since the autumn").
_SUPERLATIVES = r"largest|biggest|worst|heaviest|deadliest|longest|strongest|fiercest|greatest|most\s+[\w-]+"
_ATTACK_NOUNS = r"(?:attack|strike|bombardment|barrage|assault|raid)"
# (a plural only after "one of": "in the biggest attacks since the war began" sums up a period)
_RANKS_AN_ATTACK = re.compile(
    rf"\b(?:one of the\s+(?:[\w-]+\s+)?(?:{_SUPERLATIVES})\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS}s|"
    rf"the\s+(?:[\w-]+\s+)?(?:{_SUPERLATIVES})\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS})\b"
)


_A_PERIOD_AFTER = re.compile(
    rf"\s+(?:this|since|during|over|throughout)\b|\s+in\s+(?:the\s+(?:war|invasion|year|month|week)|\d{{4}}|"
    rf"(?:{'|'.join(lx.MONTHS_L)}))\b"
)
# Attacks in general and what they have done: a running total ("Russian attacks have killed 96 …").
_ATTACKS_HAVE_KILLED = re.compile(
    r"\b(?:attacks|strikes|shelling|bombardments|raids)\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+(?:[\w-]+\s+)?"
    r"(?:killed|injured|wounded)\s+(?:at least\s+|more than\s+|over\s+)?$"
)
_PASSIVE_SO_FAR = re.compile(r"\b(?:been|were|was) \w+(?: down| out)? so far$")


def _previous_after(low: str, start: int) -> bool:
    """``_PREVIOUS_AFTER_L.match(low[start:])``: its words start within 25 characters."""
    return _any_in(low[start : start + 40], _PREVIOUS_AFTER_WORDS) and bool(
        _PREVIOUS_AFTER_L.match(low[start:])
    )


def _previous_before(left_low: str) -> bool:
    """``_PREVIOUS_BEFORE_L.search(left_low[-40:])``."""
    tail = left_low[-40:]
    return _any_in(tail, _PREVIOUS_BEFORE_WORDS) and bool(_PREVIOUS_BEFORE_L.search(tail))


def _modal_hint(left_low: str) -> bool:
    """Whether one of the modal words (lower-case) stands in ``left_low``: MODAL_BEFORE is worth a search."""
    return _any_in(left_low, _MODAL_WORDS)


def _qualified(left_low: str) -> bool:
    """``_QUALIFIED_L.search(left_low[-25:])``."""
    tail = left_low[-25:]
    return tail.rstrip().endswith(_QUALIFIED_ENDS) and bool(_QUALIFIED_L.search(tail))


def _toll_tail(left_low: str) -> bool:
    """``_TOLL_TAIL_L.search(left_low[-40:])``."""
    tail = left_low[-40:]
    return tail.rstrip().endswith(_TOLL_TAIL_ENDS) and bool(_TOLL_TAIL_L.search(tail))


def _all_before(left_low: str) -> bool:
    """``_ALL_BEFORE_L.search(left_low[-_ALL_BEFORE_REACH:])``."""
    tail = left_low[-_ALL_BEFORE_REACH:]
    return tail.rstrip().endswith(_ALL_BEFORE_ENDS) and bool(_ALL_BEFORE_L.search(tail))


def _all_of_which(low: str, start: int) -> bool:
    """``_ALL_OF_WHICH_L.match(low[start:])``."""
    return (low.find("all of", start) >= 0 or low.find("both of", start) >= 0) and bool(
        _ALL_OF_WHICH_L.match(low[start:])
    )


def _part_after(low: str, end: int) -> bool:
    """``_PART_AFTER_L.match(low[end:])``: white space, then "of "."""
    if not low[end : end + 1].isspace():
        return False
    if not (low.startswith("of ", end + 1) or low[end + 1 : end + 2].isspace()):
        return False
    return bool(_PART_AFTER_L.match(low[end:]))


# The end of a clause right after a bare number, or where it was: "… it was neutralised 58.", "shot down
# 40, and …", "suppressed 30 more after …", "shot down 38 over the Kyiv region".
_CLAUSE_END_AFTER_L = re.compile(
    r"\s*(?:more\b\s*)?(?:[.;,)]|$|(?:and|while|but|the|after|overnight|in total|in all)\b|"
    # "air defence shot down 38 over the Kyiv region", "… 38 in the skies over Ukraine": where
    r"(?:over|above|across|near|in the (?:skies|sky|airspace))\b)"
)
# The launch verbs a bare number may follow (not "attacked 85", "used 85": often of other things).
_BARE_LAUNCH_WORDS = ("launched", "fired", "sent")
_BARE_LAUNCH_L = re.compile(rf"\b(?:{'|'.join(_BARE_LAUNCH_WORDS)})\b")
_INTERCEPT_L = lx.lowered(lx.INTERCEPT)
_SUPPRESS_L = lx.lowered(lx.SUPPRESS)
_LAUNCH_L = lx.lowered(lx.LAUNCH)


# Between such a verb and its bare number, only words that say how many: "suppressed another 35".
_LABEL_MARK = re.compile(r"[:–—]")
_BARE_GAP = re.compile(
    # (a post's label: "Drones launched: 40; shot down: 33")
    r"\s*[:–—]?\s*(?:(?:another|a further|some|about|around|nearly|almost|over|more than|at least)\s+)?"
)


def _intercepted_bare(left_low: str, low: str, end: int) -> bool:
    """Whether a number with no noun is what an interception, a loss or a launch verb right before it
    counts, its clause ending after it ("By forces of air defence it was neutralised 58.", "after Russia
    launched 85 overnight"): a count of the weapon counted before."""
    if not _CLAUSE_END_AFTER_L.match(low, end):
        return False
    tail = left_low[-40:]
    # The verb nearest the number: "shot down 51 drones and lost track of 30 more" (lost, not shot down);
    # "electronic warfare suppressed another 35."
    verbs = [
        verb
        for pattern, words in (
            (_INTERCEPT_L, lx.INTERCEPT_WORDS),
            (_SUPPRESS_L, lx.SUPPRESS_WORDS),
            (_BARE_LAUNCH_L, _BARE_LAUNCH_WORDS),  # "after Russia launched 85 overnight"
        )
        if _any_in(tail, words) and (verb := _last(pattern, tail)) is not None
    ]
    verb = max(verbs, key=lambda v: v.end(), default=None)
    if verb is None or (gap := _BARE_GAP.fullmatch(tail, verb.end())) is None:
        return False
    # A label's colon ("Drones launched: 40; shot down: 33") is not a list's after its count ("46 were
    # destroyed: 19 over the Kursk region, …"): no number before the label's verb in its clause.
    clause = max(tail.rfind(";", 0, verb.start()), tail.rfind(",", 0, verb.start())) + 1
    return not (_LABEL_MARK.search(gap.group()) and _DIGIT_IN.search(tail, clause, verb.start()))


def _age_before(left_low: str) -> bool:
    """``_AGE_BEFORE_L.search(left_low[-40:])``: a list of up to five ages fits in 40 characters."""
    tail = left_low[-40:]
    return ("age" in tail or "," in tail or "of" in tail) and bool(_AGE_BEFORE_L.search(tail))


def _subset_people(window: str) -> bool:
    """``_SUBSET_PEOPLE_L.search(window)``."""
    return _any_in(window, _SUBSET_PEOPLE_WORDS) and bool(_SUBSET_PEOPLE_L.search(window))


# The heads _SINGULAR reads ("a missile", "an uncrewed aerial vehicle"): a sentence holding none is not
# searched.
_SINGULAR_HEAD_WORDS = (
    "missile",
    "drone",
    "uav",
    "shahed",
    *(f"{w} aerial vehicle" for w in lx.UNMANNED_WORDS),
)
_SINGULAR_HEAD = "|".join(_SINGULAR_HEAD_WORDS)
_SINGULAR = re.compile(
    r"\b(?P<art>an?|one)\s+(?P<mods>(?:[\w’'/-]+\s+){0,4}?)"
    rf"(?P<head>{_SINGULAR_HEAD})(?![\w-])"
    # its model after it: "a guided missile Kh-59 was destroyed"
    r"(?:\s+[A-Z][A-Za-z]*-\d[\w/-]*)?"
    r"(?=\s*(?:[,.;)]|$|was\b|were\b|that\b|which\b|from\b|launched\b|at\b|on\b|towards?\b|into\b|over\b|"
    r"near\b|above\b|while\b|during\b|overnight\b|in\b|as\b|nearing\b|approaching\b|heading\b|flying\b|"
    # "A Russian ballistic missile struck Kryvyi Rih" (a count only where the sentence opens on it)
    r"struck\b|hit\b|slammed\b|attacked\b|"
    # "shot down a missile and 20 drones" (not "a missile and drone attack")
    r"and\s+(?:\d|an?\s)(?!(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\b)))",
    re.IGNORECASE,
)
# A count of one after a count the verb governs: "launched 139 drones and an Iskander-M ballistic missile".
# "deploying 139 Shahed kamikaze drones and decoy UAVs, and an Iskander-M ballistic missile" too.
_AFTER_A_COUNT = re.compile(
    # ("shot down 17 Shahed-131/136 UAVs and a missile": a model's number in the words)
    r"(?P<verb>\b[\w ]+?)\s+(?:a total of\s+)?[\d,]+\s+(?:[\w/-]+\s+){0,2}[\w-]+"
    r"(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+and\s+$"
)

# What fell of one weapon: "debris from a drone, which was destroyed, …" counts no drone.
_DEBRIS_BEFORE = re.compile(rf"\b(?:{'|'.join(lx.DEBRIS_NOUNS)})\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SINGULAR_L = lx.lowered(_SINGULAR)
# _SINGULAR_L with "\b" before the article written as a look-behind after its first letter: the engine
# then tries only where an "a" or "o" stands, not the boundary at every character.
_SINGULAR_FAST = re.compile(
    _SINGULAR_L.pattern.replace(r"\b(?P<art>an?|one)", r"(?P<art>a(?<!\wa)n?|o(?<!\wo)ne)", 1)
)

# Small expressions of the role and place rules, compiled once (not looked up in re's cache per call).
_DIGIT_IN = re.compile(r"\d")
# Where the words between a verb and a number end the verb's clause: "intercepted most of the projectiles,
# 54 drones still found their targets" (the verb had its object before the comma).
_GAP_BREAK = re.compile(r"[.;]|,\s*with\b|\b(?:and|but|while|which|that)\b|\b(?:the|its|their)\s+[\w-]+,")
_AND_END = re.compile(r"(?:,\s*|\s)and\s+$")
_WHOLE_AFTER = re.compile(rf"\s+(?:{lx.WHOLE.pattern})", re.IGNORECASE)  # "…, and 10 across the country"
# A clause of its own before a passive verb, with its own subject: "intercepted 296 drones and seven
# missiles, while additional drones were jammed" (the missiles were not).
# (a statement added after the attribution has its own: "…, the air force said, adding that strikes were
# recorded at 11 locations")
_OTHER_SUBJECT = re.compile(r";|\b(?:while|whereas|adding|noting|saying|stressing)\b")
_CASUALTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?casualties\b", re.IGNORECASE)
_REPORTED_AS = re.compile(
    r"(?:(?<=\bwere)|(?<=\bwas))\s+(?:reported|recorded|listed|counted|registered|confirmed)\s+as\s+['\"‘’“”]?",
    re.IGNORECASE,
)
# What an active verb after a count does to something: the counted weapons did it ("knocked out power").
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|power|electricity|energy|heating|water|lights)\b")
_PASSIVE_END = re.compile(r"\b(?:were|was|had been|have been|has been|being)\s+(?:\w+\s+)?$")
# A share with no number of its own, of a whole that is counted (neither is the count of the verb):
# "most of about 70 missiles were shot down", "the majority of the 40 drones", "nearly all of the 50".
_SHARE_OF = re.compile(
    r"\b(?:(?:most|(?:the\s+)?(?:vast\s+|overwhelming\s+)?majority|the bulk|half|(?:one|two)[ -]thirds?|"
    rf"a (?:third|quarter))\s+of|(?:nearly|almost|virtually)\s+all(?:\s+of)?)\s+(?:the\s+)?{_QUALIFIER}$"
)
# … unless the weapons are told by what became of them, the share being of where they fell: "the majority
# of the 45 drones shot down were over the Odesa region".
_TOLD_BY_PARTICIPLE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?P<verb>shot down|downed|destroyed|intercepted|launched|fired)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:were|was)\b"
)
# "shot down half of the 12 missiles": unlike "most of", a share that names its number (half of an even
# count; see _halves). Not of a rounded whole ("half of some 50 drones").
# (not "more than half", "nearly half": a share with no number, as "most of")
_HALF_OF = re.compile(
    r"(?<!more than )(?<!less than )(?<!nearly )(?<!almost )(?<!about )(?<!around )(?<!roughly )(?<!over )"
    r"(?<!under )\bhalf\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HALF_OF_L = lx.lowered(_HALF_OF)
# The one count an "all but" leaves out ("all but one of the drones were destroyed") and weapons that
# got through the defence ("18 missiles were able to evade air defence"; not "drones that penetrated the
# airspace", "attempting to penetrate", which were met there): neither was downed.
_ALL_BUT = re.compile(r"\ball (?:but|except(?: for)?)\s+$")
# The ten of a proportion: "nine in ten of the drones were downed" (its share untold).
_IN_TEN = re.compile(rf"\b(?:{'|'.join(lx.NUMBER_UNITS)}|\d+)\s+in\s+$")
_EVADED = re.compile(
    r"^\s*(?:(?!(?:that|which|who|attempting|trying|designed|meant|tried)\b)[\w-]+\s+){0,4}?"
    r"(?:were able to |managed to |could )?"
    r"(?:evad(?:e|ed|ing)|got through|get(?:ting)? through|broke through|penetrat(?:e|ed)|"
    r"slip(?:ped|ping)? through)\b"
)
_NEGATED_END = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+)?$")
# A negation right before a verb: "were not hurt" (not "were not seriously injured").
_NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never)\s+$")
# Two counts joined as one ("2 Iskander-M + 79 drones", "… and 79 drones"), not listed with a comma.
_JOINED_COUNTS = re.compile(rf"\band\b|\bplus\b|\bas well as\b|{_AND_SIGN}")
_ITEM_BREAK = re.compile(_ITEM_SEPARATOR)
_COUNTED_BEFORE = re.compile(r"\d\s+(?:[\w/-]+\s+){0,3}$")
_PASSIVE_OR_IS_END = re.compile(r"\b(?:were|was|had been|have been|has been|being|are|is)\s+(?:\w+\s+)?$")
# An absolute phrase opening on "with" after a comma: ", with 20 missiles shot down".
_ABSOLUTE_WITH = re.compile(r",\s*with\s+(?:(?:at least|more than|over|about|some|nearly|another)\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;(—–]|\b(?:with|while|and|but|as|which|that)\b")
# The end of a clause: a semicolon, or a full stop not an abbreviation's ("U.S.-made", "U.S. missiles").
# Nor a month's ("on Nov. 14, including 117 drones").
# A count named by what the weapons were, then a relative clause: "38 were decoys that vanished …".
_WERE_WHAT_THAT = re.compile(r"\s+(?:were|was)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+(?:had\s+)?")
_DASH_ONLY = re.compile(r"\s*[-–—]\s+")
# Nothing but marks before a count on its line or after a comma: the count opens a post's line or list
# item ("✅ 52 — shot down", "92 were shot down, 71 — locationally lost"), not a clause after other words
# ("… two Iskander-M missiles — shot down 48 drones").
_LINE_OPENS = re.compile(r"[^\w]*")
_STOP_MARK = re.compile(rf";|(?<!\b[A-Z]){lx.not_after(lx.MONTH_ABBREVIATIONS)}\.(?=\s|$)")
_FEW_WORDS = re.compile(r"\s*(?:\S+\s+){0,3}")
_CLAUSE_JOIN = re.compile(r"\b(?:and|while|but|or)\b|[,;]")
_TOKEN = re.compile(r"\S+")
_SEMICOLON = re.compile(r"[;]")
_RESPECTIVELY = re.compile(r"^[^.;]{0,40}?\b(?:respectively|in their (?:respective )?regions)\b")
_RESPECTIVELY_OR_REGION = re.compile(
    r"^[^.;]{0,40}?\b(?:respectively|in their (?:respective )?regions|in the region)\b"
)
_SEA = re.compile(r"(?:waters of the\s+)?(?:(?:Black|Azov|Caspian|Baltic)\s+Sea|Sea\s+of\s+Azov)\b")
# "over Krasnodar Krai, the Republic of Crimea and the Black Sea": the words that go on with the next place
_LISTED = re.compile(
    r"^(?:\s+(?:Oblast|Region|region|oblast|regions|oblasts|Krai|krai|Territory|territory))?\s*(?:,|and)\s+"
    r"(?:the\s+)?(?:Republic\s+of\s+)?"
)
# "Of the 124 drones, 97 …": a whole opening its clause, and the comma before its part.
# "Of the 124 drones, …", "Of 45 Shaheds, …", "Out of 80, …", "From 45 Shaheds launched …, 38 were destroyed".
_OF_THE_OPENING = re.compile(
    r"(?:^|[;:]\s*|\.\s+)[\s\"“‘']*(?:of|out of|from)\s+(?:(?:the|these|those|them,?)\s+(?:\w+\s+)?)?$"
)
# Between a whole and its part: where they were launched from, a comma, and perhaps who tells it ("76
# cruise missiles, saying 60 of them", "45 Shaheds launched from the direction of Kursk, 38 …").
_PART_AFTER_WHOLE = re.compile(
    r"(?:[^\S\n]+(?:drones|missiles))?(?:\s+(?:launched|fired)\s+from\b[^,;.:\n]{0,80})?[^\S\n]*,\s*"
    r"(?:(?:saying|adding|noting)(?:\s+that)?\s+)?"
)
# "71 drones out of the 80 launched", "all 10 of the hypersonic missiles, out of about 100 …"
_OF_WHOLE = re.compile(
    r"\s*,?\s*(?:\w+\s+){0,1}(?:out\s+)?of\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|almost|some|over|more than|at least|approximately)\s+)?"
)
_OF_WHICH_AFTER = re.compile(r"^\s+of (?:which|them|those|these)\b")
# How many kinds the weapons counted were of (lower-cased): "18 missiles of four types" is no part of four.
_KINDS_AFTER = re.compile(r"\s+(?:different\s+|various\s+)?(?:types|kinds|models|classes|sorts)\b")
# The kind a bare count is a part of, named right before "of which" (lower-cased).
_KIND_OF_WHICH_L = re.compile(
    r"\b(?P<kind>drones|missiles|uavs|shaheds)\s*,\s+of which\s+(?:[a-z]+\s+){0,3}$"
)
# A share of the weapons downed, counted by the whole's participle with no number of its own ("14 of the
# drones shot down", "a third of those destroyed"): the interceptions are counted elsewhere. (Not "shot
# down 88 of the drones and downed all five missiles": a verb of its own after "and".)
_OF_THOSE_DOWNED_L = re.compile(
    r"\s+of (?:the|those|these)\s+(?:(?!and\s)[a-z-]+\s+){0,2}?(?<!were )(?<!was )(?<!been )(?<!are )"
    r"(?:shot down|destroyed|downed|intercepted)\b"
)
# Counts that a statement lists as its figures: "The air force gave more precise figures: 477 drones and
# 46 missiles" — the attack's weapons, launched (not "its interception figures: 40 drones").
# So are those such figures are said to give: "The air force's breakdown, published later, gave 405 drones
# and 41 missiles", "official figures showed 90 drones" (not "figures for June showed 5,100 drones").
# ("gave the precise breakdown on Thursday morning: 267 drones …": a few words before the colon)
_FIGURES_COLON = re.compile(
    r"\b(?:figures|numbers|data|tally|breakdown)"
    r"(?:(?:\s+[^.;:\d\s]+){0,5}\s*:|(?:,[^.;:\d,]{1,50},)?\s+(?:gave|showed|listed))\s*"
    rf"{_QUALIFIER}$"
)
# … of a period, not a night: "Ukraine's January data showed", "the monthly figures gave".
_FIGURES_OF_A_PERIOD = re.compile(
    rf"\b(?:{'|'.join(m.lower() for m in lx.MONTHS)}|monthly|weekly|annual|yearly|"
    r"(?:week|month|year)['’]s)\s+(?:[\w'’-]+\s+)?$"
)


def _figures_listed(left_low: str, after: str) -> bool:
    """Whether the counts after ``left_low`` are those a night's figures are said to list or give: not a
    period's, nor counts a verb of their own in the clause tells were downed ("figures showed 351 drones
    and 29 missiles had been shot down")."""
    m = _FIGURES_COLON.search(left_low)
    if (
        m is None
        or _FIGURES_OF_A_PERIOD.search(left_low, max(0, m.start() - 30), m.start()) is not None
        or _A_PERIOD.search(m.group()) is not None  # "figures, compiled for the whole week, gave"
    ):
        return False
    clause = _LISTED_CLAUSE_END.search(after)
    return lx.INTERCEPT.search(after, 0, clause.start() if clause else len(after)) is None


# Where the counts such figures list end: a dash, a semicolon, "(380) of which", the sentence's end.
_LISTED_CLAUSE_END = re.compile(r"\s[-–—]\s|;|,\s+(?:[\d,]+\s+)?of (?:which|them)\b|\.(?:\s|$)")
_A_PERIOD = re.compile(r"\b(?:week|month|year|weekly|monthly|since|so far)\b")
# So are those a post's heading gives after its attack or its attacker, with no verb after them ("Russian
# attack overnight: 52 Shahed drones", "Night of 18 June: Russia — 88 drones"; not "Results of Russia's
# attack: 12 missiles and 80 drones destroyed").
_ATTACK_HEADING = re.compile(
    r"(?:\b(?:attacks?|strikes?)(?:\s+[\w-]+){0,2}|\b(?:russia|russians|the enemy))\s*[:—–]\s*$"
)
# A list of counts that its parts follow: "597 drones and 48 missiles, of which 568 drones …" (the
# words after the first count's noun): the wholes, launched even with no verb of their own.
_OF_TYPES = r"(?:\s+of (?:various|different|several) types?)?"  # "19 missiles of various types, of which …"
_WHOLE_BEFORE_PARTS = re.compile(
    rf"{_OF_TYPES}(?:\s*(?:,|and)\s+[\d,]+\s+[\w-]+(?:\s+[\w-]+)?{_OF_TYPES})*,\s+of (?:which|them)\b"
)
_OF_WHICH_CLAUSE = re.compile(
    # across a quote's attribution: '… overnight," spokesman Ihnat said, "most of which were shot down.'
    r",[\s\"“”]+(?:[^,\"“”]{0,60},\s+[\"“])?"
    r"(?P<part>(?:most|many|some|several|half|none)\s+)?of (?:which|them|whom)\b",
    re.IGNORECASE,
)
_OF_WHICH_AFTER_L = re.compile(r"\s+of (?:which|them|those|these)\b")
# How a place name is introduced: "the city of", "the western city of", "the southern Mykolaiv region",
# "Ukraine's second city, Kharkiv". Written once for every pattern that locates a count.
_PLACE_LEAD = (
    # "in the sky over Mykolaiv region", "in the airspace of the Bryansk region"
    r"(?:the\s+(?:sky|skies|airspace)\s+(?:over|of|above)\s+)?"
    # "in southeastern Ukraine's Zaporizhzhia", "in Ukraine's western city of Lviv"
    r"(?:the\s+)?(?:[a-z-]+(?:ern|ral)\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:[a-z-]+(?:ern|ral)\s+)?"
    # "in the Ukrainian city of Dnipro", "in the Russian border town of Shebekino"
    r"(?:(?:Ukrainian|Russian)\s+(?:border\s+)?(?=(?:port\s+)?(?:city|town|village)\b))?"
    r"(?:(?:(?:port\s+)?(?:city|town)|village|"
    # "in the western region of Lviv", "the southern region of Odesa, where 13 were injured"
    r"settlement|port|Republic|region|province|oblast)\s+of\s+|"
    r"Ukraine['’]s\s+\w+(?:[ -]largest)?\s+city,?\s+)?"
)
_PLACE_NAME = rf"{lx.NOT_ONE_PLACE}(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_PLACE_KIND = rf"(?:\s+(?i:{'|'.join(lx.PLACE_KINDS)}))?"
# A place named first in a clause, before its count: "In the Kharkiv region, …", "Over Kursk, …", "and
# in Zaporizhzhia four people were injured".
_OPENING_PLACE = re.compile(
    # after an opening phrase of its own: "As a result of the attack, in Kryvyi Rih a man was injured"
    # or two, one of them a date: "Tonight, on September 26, in the sky over the Sumy region, …"
    r"^\s*(?:(?:[^,;:\d]{0,40}|(?:on\s+)?(?:the\s+night\s+of\s+)?[A-Z][a-z]+\s+\d{1,2}),\s+){0,2}"
    # "in the Odesa region alone, 21 were shot down": a part of the whole
    rf"(?:[\w-]+\s+){{0,2}}?(?i:in|over|above|near)\s+{_PLACE_LEAD}{_PLACE_NAME}{_PLACE_KIND}(?:\s+alone)?\s*(?:,|$)"
)
# A clause that names its place before a dash or a colon: "Dnipro - 5 injured; Zaporizhzhia - 3 injured"
# (a known place only: see _opening_place's callers).
_PLACE_DASH = re.compile(rf"(?:[^:;]*:)?\s*{_PLACE_NAME}{_PLACE_KIND}\s*[-–—:]\s*")


def _place_dash(clause: str) -> re.Match[str] | None:
    """``_PLACE_DASH`` over the whole clause, when the place is one the gazetteer knows ("Update: 5
    injured" opens on no place)."""
    m = _PLACE_DASH.fullmatch(clause)
    return m if m is not None and REGION_RE.fullmatch(_TRAILING_KIND.sub("", m.group("place"))) else None


# Where a later clause of a sentence starts, so that it can open on a place of its own: "In Odesa, three
# were injured, while in Zaporizhzhia, one person was hurt".
_CLAUSE_START = re.compile(r"(?:;|,?\s+(?:while|whereas|but)\b|,\s+and\b)")
# A place the count's clause is about, named before it: "a strike in the western city of Ternopil
# killed nine", "in the Mykolaiv region, where the governor said three people were wounded".
_SUBJECT_PLACE = re.compile(
    rf"\b(?:in|on)\s+(?:{_PLACE_LEAD}{_PLACE_NAME}{_PLACE_KIND}|(?P<capital>(?:Ukraine['’]s|the) capital))"
    # "a drone and missile attack on Ukraine's capital overnight killed at least six"
    r"(?:\s+(?:overnight|early\s+on\s+\w+|on\s+\w+day|late\s+on\s+\w+))?"
    r"(?:\s+(?:killed|injured|wounded|left|claimed the lives of)\s+(?:at least\s+)?|,?\s+where\b[^.;:]*)$"
)
# Where people were killed or hurt, named after the verb: "were killed in Kharkiv", "injured in the
# Odesa region". A casualty count of one place (the country, "the attack" or "the strike" are not).
_PEOPLE_PLACE = re.compile(
    # "… were left injured as Russia attacked the Bukovina area in the Chernivtsi region": the clause of
    # the attack that hurt them says where.
    # (not a toll risen "after a man injured in Lviv died": the place of one of those counted)
    rf"^(?:[^.;:]{{0,30}}?\b(?:as|when|after)\b(?:(?!injur|wound|kill|died|hurt)[^.;:]){{0,60}}?|"
    r"(?:(?!\bafter\b)[^.;:]){0,45}?)"
    rf"\b(?:in|near|on)\s+(?:{_PLACE_LEAD}{_PLACE_NAME}|(?P<capital>the capital)\b)"
)
_COORDINATED = re.compile(r"[^.;]{0,40}\b(?:and|as well as|plus)\s+(?:\w+\s+){0,2}")


class Figure(NamedTuple):
    """One figure read in a sentence: ``category``/``role`` value, span relative to the sentence.

    ``place`` is the scope of a count of one place ("46 over the Kursk region", "in Kharkiv, four were
    killed"); None when the count is stated for the attack as a whole.
    """

    category: str
    role: str
    value: int
    start: int
    end: int
    qualified: bool
    all_of: bool = False
    place: str | None = None
    military: bool = False  # a toll of soldiers ("killing three servicemen"): civilians' counts go first
    vague: bool = False  # a toll with no number ("more civilians were wounded"): where, not how many


@dataclass(slots=True)
class _Mention:
    number: Number
    category: str | None
    head_end: int
    role: str | None = None
    skip: bool = False
    partitive_of: int | None = None  # index of the whole in "N of M"
    all_of: bool = False
    place: str | None = None  # the one place the count is of (see ``Figure.place``)


_HEADS = (
    (lx.TOTAL_HEAD, TOTAL),
    (lx.DRONE_HEAD, DRONES),
    (lx.MISSILE_HEAD, MISSILES),
    (lx.SHAHED_HEAD, DRONES),
    (lx.MODEL_HEAD, MISSILES),
    (lx.KILLED_HEAD, KILLED),
    (lx.INJURED_HEAD, INJURED),
    (lx.PEOPLE_HEAD, PEOPLE),
)
# The first three letters of every noun each head pattern can start with (made from its vocabulary):
# a word is tried only against the patterns that can match it (most words match none).
_HEAD_STARTS: dict[re.Pattern[str], tuple[str, ...]] = {
    lx.TOTAL_HEAD: lx.TOTAL_HEAD_STARTS,
    lx.DRONE_HEAD: lx.DRONE_HEAD_STARTS,
    lx.MISSILE_HEAD: lx.MISSILE_HEAD_STARTS,
    lx.SHAHED_HEAD: lx.SHAHED_HEAD_STARTS,
    lx.MODEL_HEAD: lx.MODEL_HEAD_STARTS,
    lx.KILLED_HEAD: lx.KILLED_HEAD_STARTS,
    lx.INJURED_HEAD: lx.INJURED_HEAD_STARTS,
    lx.PEOPLE_HEAD: lx.PEOPLE_HEAD_STARTS,
}
# The head patterns to try, in _HEADS order, by the first three letters of a word.
_HEADS_BY_START: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    start: tuple((pattern, category) for pattern, category in _HEADS if start in _HEAD_STARTS[pattern])
    for start in sorted({start for starts in _HEAD_STARTS.values() for start in starts})
}
# The same for NOT_VICTIMS: its words start with these letters.
_NOT_VICTIMS_STARTS = frozenset(lx.NOT_VICTIMS_STARTS)


# Quotes around a counted noun: '“More than 50” cruise missiles', '322 “air attack vehicles”'.
_QUOTES = frozenset('”"“«»')
# Modifiers of the weapons air defence fires, which no attack figure counts. (Not "anti-aircraft": Russia
# strikes Kharkiv with S-300 anti-aircraft missiles.)
_DEFENDING = frozenset(("interceptor", "interceptors"))
# Fire from the ground, not from the air: "15 barrel artillery projectiles", "40 mortar rounds".
_GROUND_FIRE = frozenset(("artillery", "mortar", "tank", "howitzer"))


# A toll verb's own count right after it: "injured 12", "wounded at least 14".
_TOLL_COUNT_AFTER = re.compile(
    rf"\s+(?:(?:{'|'.join(_TOLL_QUALIFIERS)})\s+)?"
    rf"(?:\d|(?:{'|'.join((*lx.NUMBER_UNITS, *lx.NUMBER_TENS))})\b)",
    re.IGNORECASE,
)
# A clause of its own after a comma ("…, and a man was killed"), not a list of modifiers ("78 air,
# ground, and sea-launched missiles").
_CLAUSE_AFTER_COMMA = re.compile(
    r"\s+(?:and|while|but|whereas)\s+(?:a|an|the|his|her|their|another|one|two|three|\d)\b", re.IGNORECASE
)


# A weapon's designation that opens with a digit: "3M22 Zircon", "9M723", "3M14 Kalibr".
_TYPE_CODE = re.compile(r"\d+[a-z]+\d*[\w/-]*")


_ABBREVIATION = re.compile(r"\(\s*[A-Z]{2,6}\s*\)")


def _head(text: str, pos: int) -> tuple[str | None, int]:
    """The category of the noun counted by a number ending at ``pos``, and where the noun ends."""
    scanned = 0
    joined = False  # an "and" or "or" came first: "killed 2 and injured 11" counts no one injured by 2
    comma = False
    i = pos + 1 if text.startswith("+ ", pos) else pos  # "600+ drones": at least 600
    n = len(text)
    while scanned < 8 and i < n:
        while i < n and text[i] in " \t":
            i += 1
        tok = _WORD.match(text, i)
        if tok is None:
            return None, i
        word = tok.group().lower()
        heads = _HEADS_BY_START.get(word[:3])
        if heads is not None:
            for pattern, category in heads:
                # "21 dead", "77 civilian deaths" — but not "15 oblasts injured".
                if category in (KILLED, INJURED) and (scanned > 1 or joined):
                    continue
                m = pattern.match(text, i)
                if m:
                    if category in (KILLED, INJURED) and comma and _TOLL_COUNT_AFTER.match(text, m.end()):
                        return None, i  # "killed 3, injured 12": the verb after the comma counts the 12
                    if category in (KILLED, INJURED) and _SOLDIERS_AFTER.match(text, m.end()):
                        return None, i  # "22 wounded servicemen" were not hurt in an air attack
                    if category in (DRONES, MISSILES, TOTAL) and _NOT_THE_WEAPON_AFTER.match(text, m.end()):
                        return (
                            None,
                            i,
                        )  # "two missile launchers", "three drone strikes": not weapons in flight
                    return category, m.end()
        if word in _DEFENDING or word in _GROUND_FIRE:
            return None, i  # "300 interceptor missiles", "1,000 interceptor drones": air defence's own
        start = word[:3]
        # IGNORECASE also matches "ſ" and "ı" to "s" and "i": such words go to the pattern too.
        if (start in _NOT_VICTIMS_STARTS or not start.isascii()) and lx.NOT_VICTIMS.match(text, i):
            return None, i
        if scanned == 0 and word in _QUOTES:
            i = tok.end()  # '“More than 50” cruise missiles', '322 “air attack vehicles”': the noun goes on
            continue
        if word[0].isdigit() and _TYPE_CODE.fullmatch(word):
            i = tok.end()  # "two 3M22 Zircon missiles": a type's designation, not another number
            scanned += 1
            continue
        if word == "(" and (abbreviation := _ABBREVIATION.match(text, i)) is not None:
            i = abbreviation.end()  # "45 Ukrainian Armed Forces (AFU) drones": the owner's initials
            scanned += 1
            continue
        if word in lx.STOP_WORDS or word[0].isdigit() or (not word[0].isalnum() and word not in ",-/’'"):
            return None, i
        if word == "-" and scanned == 0:
            return None, i
        if word == "," and _CLAUSE_AFTER_COMMA.match(text, tok.end()):
            return None, i  # "injuring five, and a man was killed": the next clause's noun is not counted
        joined = joined or word in ("and", "or")
        comma = comma or word == ","
        i = tok.end()
        scanned += 1
    return None, i


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


_VERBS = (
    (lx.INTERCEPT, INTERCEPTED),
    (lx.SUPPRESS, SUPPRESSED),
    (lx.LAUNCH, LAUNCHED),
    (lx.HIT, HIT),
    (lx.LEFT, LEFT),
)
_ALL_VERBS = frozenset(role for _, role in _VERBS)
# The same verbs for lower-cased text: a third of the time of the case-insensitive search.
_VERBS_L = tuple((lx.lowered(pattern), role) for pattern, role in _VERBS)
# Every match of a role's verbs holds one of these: most sentences hold the words of one or two
# roles, and a substring test costs a fraction of a search.
VERB_WORDS = {
    INTERCEPTED: lx.INTERCEPT_WORDS,
    SUPPRESSED: lx.SUPPRESS_WORDS,
    LAUNCHED: lx.LAUNCH_WORDS,
    HIT: lx.HIT_WORDS,
    LEFT: lx.LEFT_WORDS,
}


def verbs_in(text: str) -> frozenset[str]:
    """The roles whose verbs occur in ``text``: the others need not be looked for around each number."""
    low = lx.lower(text)
    return frozenset(
        role for pattern, role in _VERBS_L if _any_in(low, VERB_WORDS[role]) and pattern.search(low)
    )


# "shot down or", "downed/", "destroyed and": an interception verb joined to the suppression verb after it.
# "shot down or jammed", "shot down or electronically jammed", "destroyed and/or suppressed"
_JOINED = re.compile(r"\s*(?:/|or|and|and/or)\s*(?:[a-z]+ly\s+)?")


def _either(candidates: list[tuple[int, str]], suppress_start: int, low: str) -> bool:
    """Whether an interception verb ends right before the suppression verb, joined by or, and, /."""
    return any(
        role == INTERCEPTED and _JOINED.fullmatch(low, end, suppress_start) is not None
        for end, role in candidates
    )


_AS_WERE_END = re.compile(r",\s+as (?:were|was|had been|have been)\s+(?:all\s+)?(?:the\s+)?$")
# A verb of attack after a count, not followed by a preposition (so not a participle): "… attacked the
# Odesa region", "… targeted Kyiv", "… attacked overnight".
_ACTIVE_ATTACK = re.compile(r"(?:attacked|targeted) (?!by |at |from |on |to |towards? |in )\w")


def _weapon_role(left: str, right: str, verbs: frozenset[str] = _ALL_VERBS) -> tuple[str | None, bool]:
    """Role of a weapon count from the words before (``left``) and after (``right``) it.

    Returns (role, strong): strong when a verb governs the number directly. ``verbs`` (from
    ``verbs_in`` on the whole sentence) lets the patterns of absent verbs be skipped.
    """
    left_tail = left[-70:]
    # Verbs are searched in lower-cased copies (same offsets): faster than case-insensitive patterns.
    left_low = lx.lower(left_tail)
    right_start = lx.lower(right[:60])
    if (
        _ALL_BUT.search(left_low)
        or _IN_TEN.search(left_low)
        or (
            _SHARE_OF.search(left_low)
            and not _HALF_OF_L.search(left_low)
            and not _TOLD_BY_PARTICIPLE.match(right_start)
        )
        or _EVADED.match(right_start)
    ):
        # "All but one of the drones were destroyed", "18 missiles evaded air defence": not downed;
        # "most of about 70 missiles were shot down": the share downed is untold, and the 70 may be
        # what was launched or a rounded count of what was downed ("the majority of over 120" beside
        # 124 shot down)
        return "negated", True
    candidates: list[tuple[int, str]] = []
    starts: dict[str, int] = {}
    for pattern, role in _VERBS_L:
        if role not in verbs:
            continue
        m = _last(pattern, left_low)
        if m and not lx.NEGATED.search(left_tail[: m.start()]):
            candidates.append((m.end(), role))
            starts[role] = m.start()
    if candidates and _AS_WERE_END.search(left_low):
        # "All of them were destroyed, as were three Shahed drones": the verb of the clause before
        return max(candidates)[1], True
    near_left = None
    nearest: str | None = None  # the role of the verb nearest before the count
    if candidates:
        end, role = max(candidates)
        if role == SUPPRESSED and _either(candidates, starts[role], left_low):
            # "shot down or jammed 476 drones", "shot down/suppressed": one count of both, which the
            # air force reports as neutralised; suppressed alone would count every one as jammed.
            role = INTERCEPTED
        nearest = role
        gap = left_tail[end:]
        # Only modifiers between verb and number: "shot down all 14", "launched a total of 539" — not
        # another count ("shot down 61 drones, with 40 others lost": the verb governs the 61), and not
        # a passive verb, whose subject came before it ("54 were shot down, 22 were lost locationally").
        if (
            len(gap) < 28
            and not _GAP_BREAK.search(gap)
            and _DIGIT_IN.search(gap) is None
            and not (
                _ITEM_BREAK.search(gap) is not None
                and (
                    _PASSIVE_OR_IS_END.search(left_tail, 0, starts[role])
                    # "101 drones downed, 28 drones were lost locally": the participle of the count before
                    or _COUNTED_BEFORE.search(left_tail, 0, starts[role])
                )
            )
        ):
            near_left = role
    right_head = right[:100]
    if " as " in right_head:
        # "25 drones were reported as 'locationally lost'": the words of the report, blanked, leave the
        # passive verb (spaces keep the offsets)
        right_head = _REPORTED_AS.sub(lambda r: " " * len(r.group()), right_head)
    right_low = lx.lower(right_head)
    found: list[tuple[int, int, str]] = []
    for pattern, role in _VERBS_L:
        if role in verbs and (m := pattern.search(right_low)) is not None:
            found.append((m.start(), m.end(), role))
    if found:
        # The first verb after the count; of two starting there, the longer phrase ("downed by
        # electronic warfare" is a suppression, "downed" alone an interception).
        start, end, role = min(found, key=lambda verb: (verb[0], -verb[1]))
        before = right_head[:start]
        if role == INTERCEPTED and _OBJECT_AFTER.match(right_low, end):
            # "76 missiles knocked out power across Ukraine": the weapons did it to something.
            found = []
    if found:
        if role == LAUNCHED and not _PASSIVE_END.search(before):
            # "One X-59 missile launched from Kursk was also downed": the passive verb governs.
            later = [
                (st, r)
                for st, _, r in found
                if r != LAUNCHED and _PASSIVE_END.search(right_head[:st]) and "." not in right_head[:st]
            ]
            if later:
                start, role = min(later)
                before = right_head[:start]
        negated = bool(_NEGATED_END.search(before))
        passive = bool(_PASSIVE_OR_IS_END.search(before))
        if negated:
            return "negated", True

        if near_left is not None and not (passive and near_left == LAUNCHED):
            if near_left == LAUNCHED and role != LAUNCHED and _ABSOLUTE_WITH.search(left_tail) and start < 30:
                # "…targeted in the attack, with 20 missiles shot down over the capital": the participle
                # after the weapon says what became of them.
                return role, True
            return near_left, True
        if role == LAUNCHED and not passive:
            # "drones launched by Russia": a participle describing the drones, not the clause verb; but
            # "25 drones and two missiles attacked the Odesa region" is the clause's verb, with its object.
            return (near_left or LAUNCHED), start < 45 and _ACTIVE_ATTACK.match(right_low, start) is not None
        if _WERE_WHAT_THAT.fullmatch(before):
            # "38 were imitator drones that disappeared from radar": the relative clause tells of the count
            return role, True
        # An active verb after a comma or "with" belongs to another clause.
        # (Not a post's dash between a count and its participle: "✅ 52 — shot down by air defence".)
        clause_break = bool(_CLAUSE_BREAK.search(before)) and not (
            _DASH_ONLY.fullmatch(before) and _LINE_OPENS.fullmatch(left, max(map(left.rfind, "\n,;")) + 1)
        )
        if (passive and not _OTHER_SUBJECT.search(before)) or (start < 45 and not clause_break):
            return role, True
    if near_left is not None:
        return near_left, True
    # "with 40 drones", "a barrage of over 100 missiles", "a total of at least 90"
    if lx.WEAK_LAUNCH.search(left_tail) or lx.LAUNCH_NOUN.search(_ANY_QUALIFIER.sub("", left_tail)):
        return LAUNCHED, False
    if candidates and not _STOP_MARK.search(left_tail[max(candidates)[0] :]):
        return nearest, False
    return None, False


class _CasualtyPatterns(NamedTuple):
    """The patterns that give a count of people its role, for text of one case form."""

    roles: tuple[tuple[re.Pattern[str], str], ...]
    subset_after: re.Pattern[str]
    victims_toll: re.Pattern[str]
    other_fate: re.Pattern[str]


# People whose own verb says they were not hurt: "eight others were rescued from the rubble".
_OTHER_FATE = re.compile(
    r"^\s*(?:(?:were|was|have been|had been|are|is|being)\s+(?:\w+\s+)?)?(?:rescued|evacuated|saved|pulled|"
    r"freed|displaced|relocated|sheltered|left homeless|unharmed|trapped|missing|"
    # "43 people had been placed in temporary accommodation"
    r"placed|housed|accommodated|resettled|moved)\b",
    re.IGNORECASE,
)
# Bodies handed over in an exchange, not this attack's dead: "Ukraine also received the bodies of 20".
_BODIES_HANDED_OVER = re.compile(
    r"\b(?:received|receives|returned|returns|repatriated|handed over|exchanged|transferred|brought back|"
    r"swapped)\s+(?:the\s+)?(?:remains|bodies)(?:\s+of)?\s*$",
    re.IGNORECASE,
)
_CASUALTY = _CasualtyPatterns(
    ((lx.KILLED, KILLED), (lx.INJURED, INJURED), (lx.HOSPITALISED, HOSPITALISED)),
    _SUBSET_PEOPLE_AFTER,
    lx.VICTIMS_TOLL,
    _OTHER_FATE,
)
# The same for lower-cased ASCII text, in a third of the time: IGNORECASE folds onto ASCII letters
# only a few letters from outside ASCII ("ı", "ſ", the Kelvin sign), which such text does not hold.
_CASUALTY_L = _CasualtyPatterns(
    tuple((lx.lowered(pattern), role) for pattern, role in _CASUALTY.roles),
    lx.lowered(_SUBSET_PEOPLE_AFTER),
    lx.lowered(lx.VICTIMS_TOLL),
    lx.lowered(_OTHER_FATE),
)


# "a dozen more bodies", "two more people": what a toll rose by.
_MORE_PEOPLE = re.compile(r"(?:a\s+)?[\w,.-]+\s+more\s+(?!than\b)", re.IGNORECASE)
# "…, raising the death toll to": the toll the increase led to, right before its count.
_TOLL_TO = re.compile(r"\b(?:toll|number|total)\b[^.;]{0,40}\bto\s+(?:at least\s+)?$", re.IGNORECASE)


def _without_increments(text: str, figures: list[tuple[Figure, int]]) -> list[tuple[Figure, int]]:
    """A toll's increase beside the toll it rose to is no toll ("pulled over a dozen more bodies …,
    raising the death toll to 31")."""
    return [
        (f, d)
        for i, (f, d) in enumerate(figures)
        if not (
            f.category == PEOPLE
            and _MORE_PEOPLE.match(text, f.start)
            and any(
                g.category == PEOPLE and g.role == f.role and _TOLL_TO.search(text, f.end, g.start)
                for g, _ in figures[i + 1 :]
            )
        )
    ]


# After a count of the injured, the verb that puts them in hospital: "six injured people were taken to
# hospital", a share of the injured, not all of them.
_TAKEN_TO_HOSPITAL = re.compile(
    r"^\s*(?:(?:people|persons|civilians|residents)\s+)?(?:were|have been|had been|are)\s+(?:\w+\s+)?"
    r"(?:hospitali[sz]ed|taken to (?:a |the )?hospitals?|admitted to (?:a |the )?hospitals?)\b",
    re.IGNORECASE,
)


# A toll's verb right before its count: "… has increased to 24", "stands at 12".
_RISEN_TO = re.compile(r"\b(?:to|at)\s+(?:at least\s+)?$")


def _people_role(left: str, right: str, head: str, before: str = "", after: str = "") -> str | None:
    """The role of a count of people from the words between it and the counts before (``left``) and
    after it (``right``); ``before`` and ``after``: the text on either side across those counts ("two
    people dead and injured 20 people": "dead and injured" is no toll of the two together)."""
    if head == INJURED and _TAKEN_TO_HOSPITAL.match(right):
        return HOSPITALISED  # "six injured people have been hospitalised": those of the injured in hospital
    if head in (KILLED, INJURED):
        return head
    if lx.VICTIMS_TOLL.search(left[-130:]) and _RISEN_TO.search(left) and lx.KILLED.search(after or right):
        # "the number of victims … has increased to 24, one person was killed": all those hurt, the dead
        # counted apart
        return None
    if _combined_before(before or left) or _COMBINED_AFTER.match((after or right)[:60]):
        return None
    right_head = right[:45]
    left_tail = left[-130:]
    if right_head.isascii() and left_tail.isascii():
        return _casualty_role(left_tail, right_head, left_tail.lower(), right_head.lower(), _CASUALTY_L)
    return _casualty_role(left_tail, right_head, left_tail, right_head, _CASUALTY)


# Killed and injured counted together ("11 people dead or wounded", "killed or injured 11"): no figure.
_COMBINED_TOLL = re.compile(
    r"\b(?:killed|dead|killing)\s+(?:or|and)\s+(?:injured|wounded|injuring|wounding|hurt)\b|"
    r"\b(?:injured|wounded|injuring|wounding)\s+(?:or|and)\s+(?:killed|dead|killing)\b",
    re.IGNORECASE,
)
_PEOPLE_COUNT = (
    rf"(?:\d+|\b(?:{'|'.join((*lx.NUMBER_UNITS, *lx.NUMBER_TENS))}))\s+(?:[\w-]+\s+)?"
    rf"(?:{lx.PEOPLE_HEAD.pattern})"
)
# Not when the second word is a verb with a count of people of its own: "left one person dead and
# injured nearly 20 people" is one killed and 20 injured.
_OWN_COUNT = rf"\s+(?:(?:nearly|about|more than|over|at least|some|almost|around|up to)\s+)?{_PEOPLE_COUNT}"
_COMBINED_AFTER = re.compile(rf"^[^.;,]{{0,25}}?(?:{_COMBINED_TOLL.pattern})(?!{_OWN_COUNT})", re.IGNORECASE)
_COMBINED_BEFORE = re.compile(rf"(?:{_COMBINED_TOLL.pattern})[^.;,\d]{{0,25}}$", re.IGNORECASE)
# A count of people right before "dead and injured …": the first word is that count's ("one person
# dead"; not "eight drones killed or wounded 15 people").
_COUNT_BEFORE = re.compile(rf"{_PEOPLE_COUNT}\s+$", re.IGNORECASE)


def _combined_before(left_tail: str) -> bool:
    """Whether a toll of the dead and the hurt together ("killed or injured 20 people") governs the count
    after it; not "left one person dead and injured 20 people", where the first word is the count of
    people before it."""
    m = _COMBINED_BEFORE.search(left_tail)
    return m is not None and _COUNT_BEFORE.search(left_tail, 0, m.start()) is None


# Another count right before the verb: "…, and 11 dead" (not the ages in "aged 19, 45 and 80 – were hurt").
_AND_A_COUNT = re.compile(
    rf"\band\s+(?:\d+|{'|'.join((*lx.NUMBER_UNITS, *lx.NUMBER_TENS))})\s+(?:people\s+|persons\s+)?$",
    re.IGNORECASE,
)


def _casualty_role(
    left_tail: str, right_head: str, left_seen: str, right_seen: str, patterns: _CasualtyPatterns
) -> str | None:
    """The role of a count of people between ``left_tail`` and ``right_head``; ``patterns`` search
    ``left_seen`` and ``right_seen``, the same text in the case form they are written for."""
    if patterns.subset_after.match(right_seen):
        return None
    # "23 people were injured": a verb right after the noun governs it.
    after: list[tuple[re.Match[str] | None, str]] = []
    for pattern, role in patterns.roles:
        m = pattern.search(right_seen)
        if (
            m
            and _FEW_WORDS.fullmatch(right_head[: m.start()])
            and not _CLAUSE_JOIN.search(right_head[: m.start()])
        ):
            # "the crew of 19 were not hurt": people spared, no toll ("not seriously injured" is a toll)
            return None if _NOT_BEFORE.search(right_head[: m.start()]) else role
        after.append((m, role))
    if patterns.other_fate.match(right_seen) or _BODIES_HANDED_OVER.search(left_tail):
        return None
    # "killing five people": the last casualty verb before the number, within the sentence.
    for m in reversed(list(_TOKEN.finditer(left_seen))):
        word = m.group()
        for pattern, role in patterns.roles:
            if pattern.search(word):
                # "Casualties toll rises to 40": the toll word with the word before it
                mixed = lx.MIXED_TOLL.search(left_seen, max(0, m.start() - len("casualties ")), m.end())
                return None if mixed else role
        if word.endswith((".", ";")):
            break
    if patterns.victims_toll.search(left_seen):
        return KILLED
    # Not a verb with another count before it: "More than 50 victims, including three children, and 11
    # dead" (the dead are the 11).
    hits = [
        (m.start(), role)
        for m, role in after
        if m
        and not _SEMICOLON.search(right_head[: m.start()])
        and not _AND_A_COUNT.search(right_head[: m.start()])
        and not _NOT_BEFORE.search(right_head[: m.start()])
    ]
    return min(hits)[1] if hits else None


# Districts (or towns) of one region: "in the Rylsky and Kurchatovsky districts of the Kursk Region".
_DISTRICTS_OF = re.compile(
    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]+)*\s+(?:districts?|towns|villages)\s+of\s+(?:the\s+)?"
    r"(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


# A count of the region a story is about, not named again: "destroyed three Shaheds in the sky over the
# region" (a regional post's count is that region's share, not the attack's).
THE_REGION = "the region"
# A count of the attacked country's capital, not named: "91 drones around the capital" (Kyiv or Moscow).
THE_CAPITAL = "the capital"
_THE_REGION = re.compile(
    r"^[^.;:\d]{0,40}?\b(?:in|over|above)\s+the\s+(?:(?:sky|skies|airspace)\s+(?:over|of|above)\s+the\s+)?"
    r"(?:region|oblast)\b(?!\s+of\b)"
)


def _count_place(right: str) -> str | None:
    """The one place a weapon count is located in by the words after it, or None (the whole attack).

    "46 over the Kursk region", "19 near Moscow", "66 over the capital", "20 in Ryazan region" count one
    place's share; a list of places ("over Poltava, Sumy and Kharkiv regions") names where the whole
    attack went, and "over Ukraine" is the whole attack.
    """
    if _RESPECTIVELY.match(right):
        return "respective regions"
    if _THE_REGION.match(right):
        return THE_REGION
    m = lx.SUBSET_PLACE.match(right)
    if not m:
        return None
    place = m.group("place") or THE_CAPITAL
    if _RESPECTIVELY_OR_REGION.match(right):
        return place
    if (districts := _DISTRICTS_OF.match(right, m.end("place"))) is not None:
        return districts.group("region")  # "in Rylsky and Kurchatovsky districts of the Kursk Region"
    return None if _more_places(right[m.end() :]) else place


def _more_places(after: str) -> bool:
    """Whether the words after a place name go on with more regions ("…, Sumy and Kharkiv regions") or
    seas ("over Crimea, the Black Sea and the Krasnodar region")."""
    listed = _LISTED.match(after)
    return bool(listed and (REGION_RE.match(after[listed.end() :]) or _SEA.match(after, listed.end())))


def _opening_place(left: str, first: bool) -> str | None:
    """The place a clause opens on before its count ("In the Kharkiv region, four were killed", "Over
    Kursk, 46 drones were destroyed"), or None. ``left`` runs from the previous count (``first``: from
    the start of the sentence); after a previous count, only a clause of its own can open on a place."""
    starts = list(_CLAUSE_START.finditer(left))
    # "A man was killed in the Kharkiv region, and in Kyiv, falling debris injured five": the clause's
    # own opening, else the sentence's ("In the Tula region, debris fell; one person was killed").
    clauses = [left[starts[-1].end() :]] if starts else []
    if first:
        clauses.append(left)
    for clause in clauses:
        m = _OPENING_PLACE.match(clause) or _place_dash(clause)
        if m is not None:
            rest = clause[m.end() :]
            if _more_places(clause[m.end("place") :]) or _SAID_HERE.match(rest) or _COUNTRY_AFTER.match(rest):
                # "In UMAN, Ukraine, an attack … involving 20 missiles": a dateline, not the count's place
                return None
            return m.group("place")
    return None


_COUNTRY_AFTER = re.compile(r"\s*(?:Ukraine|Russia)\s*,")
# "In Kyiv, Ukraine's air force said Russia had launched 21 drones": where a national source spoke, not
# where the drones flew ("In the Odesa region, governor Kiper said …" speaks of the region).
_SAID_HERE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:air force|(?:defen[cs]e )?ministry|general staff|military|president|"
    r"government)\s+(?:[\w'’-]+\s+){0,2}?(?:said|says|reported|reports|announced|stated)\b",
    re.IGNORECASE,
)


# The ages of the people counted, right after them: "three children aged eight, 12 and 17 were killed".
_AGES_AFTER = re.compile(rf"\s*,?\s*aged\s+{_AN_AGE}(?:\s*(?:,\s*and|,|and|to)\s*{_AN_AGE})*\s*,?")


def _people_place(right: str) -> str | None:
    """The one place a casualty count is located in by the words after it in its clause ("were killed in
    Kharkiv"), or None."""
    if (ages := _AGES_AFTER.match(right)) is not None:
        right = right[ages.end() :]  # (the list of ages holds commas: it is no clause of its own)
    clause_end = _CLAUSE_START.search(right)
    m = _PEOPLE_PLACE.match(right[: clause_end.start()] if clause_end else right)
    if m is None or _more_places(right[m.end() :]):
        return None
    return m.group("place") or THE_CAPITAL


# A line that opens on a place before a dash or a colon ("🔹Kryvyi Rih - a drone hit a house",
# "Kharkiv: two people were injured"), as regional posts list what happened where.
_TRAILING_KIND = re.compile(rf"\s+(?:{'|'.join(lx.PLACE_KINDS)})$", re.IGNORECASE)
# "Sumy: …", "Nikopol – …", and a heading sentence of its own: "Kharkiv region. In Kharkiv, a drone …"
_LINE_PLACE = re.compile(rf"^\W*{_PLACE_NAME}{_PLACE_KIND}(?:\s*[-–—:]\s|\.$)")


def line_place(text: str) -> str | None:
    """The place a line of the article opens on ("In Kharkiv, …", "Nikopol – …"), which its tolls
    are of, or None. Only a place the gazetteer knows: "Update: …" opens on no place.
    """
    m = _LINE_PLACE.match(text) or _OPENING_PLACE.match(text)
    if m is None:
        return None
    # "Kharkiv Oblast." is read as one capitalised name: the region's, with its kind.
    place = _TRAILING_KIND.sub("", m.group("place"))
    if not REGION_RE.fullmatch(place) or _more_places(text[m.end("place") :]):
        return None
    # A wire's dateline ("KYIV -", "KYIV:") is where the story was filed, not what its tolls count.
    return None if place.isupper() else place


# A place a relative clause is about, the count inside it: "hitting the Samara region, where air defences
# destroyed 12 drones".
_WHERE_PLACE = re.compile(rf"\b{_PLACE_LEAD}{_PLACE_NAME}{_PLACE_KIND},?\s+where\b[^.;:,]*$")


def _where_place(left: str) -> str | None:
    """The place of the "where" clause a count is in, if the place is one the gazetteer knows."""
    if "where" not in left:
        return None
    m = _WHERE_PLACE.search(left, max(0, len(left) - 160))
    return m.group("place") if m is not None and REGION_RE.fullmatch(m.group("place")) else None


def _subject_place(left: str) -> str | None:
    """The place named by the subject of a casualty count's clause ("a strike in Ternopil killed …")."""
    if " in " not in left and " on " not in left:
        return None
    m = _SUBJECT_PLACE.search(left, max(0, len(left) - 160))
    return None if m is None else m.group("place") or THE_CAPITAL


def role_before(text: str) -> str | None:
    """The role a count right after ``text`` takes from its verbs: the role of the items of a list that
    opens with a verb and no count ("Shot down/suppressed:", "Russia launched:")."""
    role, _ = _weapon_role(text.rstrip().rstrip(":").rstrip() + " ", "")
    return role


# A post's line label before its count, no number in it: "🛩 Shahed-type strike UAVs and decoy drones: 178",
# "🚀 Iskander-M ballistic missiles — 2".
# (digits only in a model's name: "Kh-59/69 guided air missiles — 4")
_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[^\w\n]*(?P<label>[A-Za-z](?:[^:\d\n;.]|(?<=[-/\w])\d){0,70}?)\s*(?::|\s[—–-])\s*$"
)
# The kinds a label can name, the combined ones first ("drones and missiles: 40").
_LABEL_KINDS = (
    (lx.TOTAL_HEAD, TOTAL),
    (lx.MODEL_HEAD, MISSILES),
    (lx.MISSILE_HEAD, MISSILES),
    (lx.DRONE_HEAD, DRONES),
)


# A count of what was struck after a line's label: "Missile attack on Kryvyi Rih – 32 apartments destroyed".
_STRUCK_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(lx.STRUCK_NOUNS)})\b", re.IGNORECASE)


def _label_kind(label: str) -> str | None:
    """The weapon a post's line label names, if any."""
    return next((kind for pattern, kind in _LABEL_KINDS if pattern.search(label)), None)


def read_figures(
    text: str, carry: str | None = None, with_words: bool = True, item_of: str | None = None
) -> list[Figure]:
    """Figures stated in one sentence, in text order.

    ``carry`` is the weapon category last counted in the preceding sentence, so that "Two more
    disappeared" after "shot down 14 Shahed drones" counts drones. ``with_words=False`` tells
    that the sentence has no number words (digits only), which saves a scan. ``item_of`` is the role
    of the list this sentence is an item of: "- 121 enemy UAVs;" under "air defence shot down 122
    air targets:" counts drones shot down.
    """
    if "(" in text:
        text = _EW_IN_BRACKETS.sub(_blank, _ALIAS_BEFORE_NOUN.sub(_blank, _SUPERSEDED.sub(_blank, text)))
        text = _SHARE_IN_BRACKETS.sub(_blank, text)
    if ", not " in text:
        text = _SUPERSEDED_BETWEEN_COMMAS.sub(_blank, text)
    if "all of them" in text and (added := all_down_added(text)) is not None:
        # read as a sentence of its own (extract)
        text = text[: added.start()] + " " * (added.end() - added.start()) + text[added.end() :]
    if '"' in text or "“" in text:
        text = _QUOTED_WORDS.sub(_unquote_verb, _QUOTED_VERB.sub(_unquote, text))
    read, extra, listed = _read_figures(lx.zeroed(text), carry, with_words, item_of)
    # A figure is built anew rather than by ``_replace``, which costs twice as much.
    figures = [
        f
        if end < 0
        else Figure(
            f.category,
            f.role,
            digits_value(text[f.start : end]),
            f.start,
            f.end,
            f.qualified,
            f.all_of,
            f.place,
            f.military,
        )
        for f, end in read
    ]
    if listed:
        figures = _sum_listed(text, figures)
    if "half of" in text or "Half of" in text:
        figures = _halves(text, figures)
    if len(figures) > 1:
        figures = _add_types(text, _add_coordinated(text, _share_place(text, figures)))
        if " of the " in text:
            figures = _parts_with_participle(text, figures)
    if any(f.place is not None for f in figures):
        figures = _elliptic_places(text, figures)
    if "another" in text or "further" in text:
        figures = _elliptic_later(text, figures)
    if " (" in text:
        figures = [_bracketed_place(text, f) for f in figures]
    if extra:
        figures.extend(extra)
    if lx.PEOPLE_GROUP.search(text) and any(f.category == PEOPLE for f in figures):
        figures = _add_groups(text, figures)
    if " of them " in text or " of which " in text:
        figures = _kind_shares(text, figures)
    return figures


def _halves(text: str, figures: list[Figure]) -> list[Figure]:
    """Half of a counted whole: "Air defence shot down half of the 12 missiles" tells 12 launched and six
    shot down (the share is counted only of an even whole: half of 13 is no count). Not "half of the 45
    drones shot down were over Odesa", the whole told by its participle: the 45 were shot down, where half
    of them were is untold."""
    out: list[Figure] = []
    for f in figures:
        half = _HALF_OF.search(text, max(0, f.start - 16), f.start)
        told = _TOLD_BY_PARTICIPLE.match(lx.lower(text[f.end : f.end + 60]))
        if (
            half is None
            or f.category == PEOPLE
            or f.role not in (INTERCEPTED, SUPPRESSED)
            # ("half of the 18 missiles launched at Kyiv were shot down": the whole was launched)
            or (told is not None and told.group("verb") not in ("launched", "fired"))
        ):
            out.append(f)
            continue
        out.append(f._replace(role=LAUNCHED, all_of=False))
        if f.value % 2 == 0:
            share = Figure(
                f.category, f.role, f.value // 2, half.start(), f.start, f.qualified, place=f.place
            )
            out.append(share)
    return sorted(out, key=lambda f: f.start)


# The kind a share of a total is of: "61 weapons in total, 55 of them drones".
_KIND_SHARE = re.compile(
    rf"(?<![\w,])(?P<n>\d[\d,]*)\s+of\s+(?:them|which)\s+(?:were\s+)?(?:(?P<drones>{lx.DRONE_HEAD.pattern})|"
    rf"(?P<missiles>{lx.MISSILE_HEAD.pattern}))",
    re.IGNORECASE,
)


def _kind_shares(text: str, figures: list[Figure]) -> list[Figure]:
    """A share of a total named by its kind counts that kind in the total's role: "The strike involved
    61 weapons in total, 55 of them drones" is 55 drones launched."""
    out = list(figures)
    for m in _KIND_SHARE.finditer(text):
        whole = next((f for f in reversed(figures) if f.category == TOTAL and f.end <= m.start()), None)
        if whole is None or any(f.start <= m.start("n") < f.end for f in figures):
            continue
        kind = DRONES if m.group("drones") else MISSILES
        out.append(Figure(kind, whole.role, digits_value(m.group("n")), m.start(), m.end(), False))
    return out


# A count in brackets after the place it is of: "over the territories of Belgorod (four drones), Voronezh
# (four drones) … regions".
_PLACE_BEFORE_BRACKET = re.compile(rf"(?:^|[\s,])(?:of\s+)?{_PLACE_NAME}{_PLACE_KIND}\s+\(\s*$")


def _bracketed_place(text: str, f: Figure) -> Figure:
    if f.place is not None or f.category == PEOPLE:
        return f
    m = _PLACE_BEFORE_BRACKET.search(text, max(0, f.start - 60), f.start)
    if m is None or country_of(m.group("place")) is None:
        return f
    return f._replace(place=m.group("place"))


# Where a count of one place is located: "were injured in Kyiv", "shot down over the Sumy region".
_COUNT_PLACE = re.compile(rf"\b(?:in|over|near|at)\s+{_PLACE_LEAD}{_PLACE_NAME}{_PLACE_KIND}")
# The next place's count with its noun and verb left out: "…, two in Kharkiv, and five in Cherkasy region".
# A number in digits or words: "12", "1,200", "twelve", "twenty-two".
_NUMBER = rf"(?:\d[\d,]*|{'|'.join(lx.NUMBER_UNITS)}|(?:{'|'.join(lx.NUMBER_TENS)})(?:-\w+)?)"
# One more place's count on top of the others: "and another 12 over the Kursk region", "and another drone
# over the Tambov region" (one).
_ELLIPTIC_PLACE = re.compile(
    # ("14 over the Bryansk region overnight and another six over the Oryol region")
    r"(?:\s+(?:overnight|last night))?"
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:another|a further)\s+)?"
    rf"(?:(?P<n>{_NUMBER})|"
    r"(?<=another )(?P<one>(?i:one|drone|uav|unmanned aerial vehicle)))"
    r"\s+(?:more\s+)?"
    rf"(?:in|over|near|at)\s+{_PLACE_LEAD}{_PLACE_NAME}{_PLACE_KIND}\b"
    r"(?=\s*(?:[,.;]|and\b|$)|\s+(?:early|late|overnight|during|on|this|last|yesterday|today)\b)"
)


# A verb after the place, an aside or a time between: "and 200 in Kharkiv on Saturday were evacuated".
_VERB_OF_ITS_OWN = re.compile(r"[^.;\d]{0,40}?\b(?:were|was|are|is|remain(?:ed)?|lost|left|had|have)\b")


# An absolute phrase of two parts and the participle they share: "…, with six of the missiles and 55 of
# the drones shot down" (the first part's own words end at "and", before the participle).
_PARTS_WITH_PARTICIPLE = re.compile(
    rf",\s*with\s+(?P<a>{_NUMBER})\s+of\s+(?:the|them)\b(?:\s+[\w-]+){{0,2}}?\s+and\s+"
    rf"(?P<b>{_NUMBER})\s+of\s+the(?:\s+[\w-]+){{1,2}}?\s+(?:(?:were|being)\s+)?"
    r"(?P<verb>shot down|downed|destroyed|intercepted|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


def _parts_with_participle(text: str, figures: list[Figure]) -> list[Figure]:
    """Both parts of ", with six of the missiles and 55 of the drones shot down" were shot down."""
    starts = {m.start(g) for m in _PARTS_WITH_PARTICIPLE.finditer(text) for g in ("a", "b")}
    if not starts:
        return figures
    return [
        f._replace(role=INTERCEPTED) if f.start in starts and f.category in (DRONES, MISSILES) else f
        for f in figures
    ]


# The same weapons counted again for a later time or another part of the country, the noun left out:
# "destroyed 47 drones between 20:00 and 23:00 on Saturday over three regions, and another 65 overnight",
# "downed 46 of them over the east and another 12 over the southern regions" (no place's share: a part of
# the country is no region).
_ELLIPTIC_LATER = re.compile(
    rf"(?:[^.;]{{0,100}}?,?\s+and\s+(?:another|a further)\s+(?P<n>{_NUMBER})\s+(?:more\s+)?"
    r"(?=(?:overnight|during the night|in the night|after midnight|later|by morning)\b)|"
    # (the count's own part of the country right before: "46 of them over the east and north of the
    # country and another 12 …", not "damaging a substation in the north and another two in the south")
    r"(?:\s+of them)?\s+(?:over|in|above)\s+the\s+[^.;,\d]{0,50}?,?\s+and\s+(?:another|a further)\s+"
    rf"(?P<m>{_NUMBER})\s+(?:more\s+)?"
    r"(?=(?:over|in|above)\s+the\s+(?:north|south|east|west|cent)\w*"
    r"(?:\s+(?:regions|parts?))?(?:\s+of the country)?\s*[.;,]))"
)


def _elliptic_later(text: str, figures: list[Figure]) -> list[Figure]:
    """A weapon count said again for a later time with its noun left out: "… 47 drones between 20:00 and
    23:00, and another 65 overnight" counts 65 more of the same."""
    out = list(figures)
    starts = {f.start for f in figures}
    for f in figures:
        if (
            f.category == PEOPLE
            or (m := _ELLIPTIC_LATER.match(text, f.end)) is None
            or _elliptic_number(m)[0] in starts
            # the count right before it, not one further back ("Of the 90 drones launched, … destroyed
            # 46 over the east and another 12 over the south": 12 more destroyed, not launched)
            or any(f.end <= g.start < _elliptic_number(m)[0] for g in figures)
            # nor after a count of something else ("damaging 5 substations in the east and another 3 in
            # the south"), nor a place's share ("including 74 over Bryansk and another 21 over the south")
            or find_numbers(text[f.end : _elliptic_number(m)[0]])
            or f.place is not None
        ):
            continue
        start, end = _elliptic_number(m)
        n = text[start:end]
        value = digits_value(n) if n[0].isdigit() else word_value(n)
        if value is not None:
            out.append(Figure(f.category, f.role, value, start, end, False, False, None))
    return sorted(out, key=lambda f: f.start)


def _elliptic_number(m: re.Match[str]) -> tuple[int, int]:
    """The span of the number an ``_ELLIPTIC_LATER`` match counts, in whichever of its forms."""
    group = "n" if m.group("n") is not None else "m"
    return m.start(group), m.end(group)


def _elliptic_start(m: re.Match[str]) -> int:
    """Where an elliptic place's count begins: its number, or the noun of "another drone"."""
    return m.start("n") if m.group("n") is not None else m.start("one")


def _region_of(place: str) -> str | None:
    """The region a place name is in, when the gazetteer knows it."""
    found = find_regions(place)
    return found[0].name if found else None


_REGION_WORD = re.compile(r"\b(?:region|oblast|province)\b", re.IGNORECASE)


def _elliptic_places(text: str, figures: list[Figure]) -> list[Figure]:
    """Counts of further places that leave out what they count: "seven people were injured in Kyiv, two
    in Kharkiv, and five in Cherkasy region" has three tolls, one per place (not a toll of Kyiv alone)."""
    out = list(figures)
    starts = {f.start for f in figures}
    for f in figures:
        if f.place is None:
            continue
        own = _COUNT_PLACE.search(text, f.end, f.end + 60)
        if own is None or own.group("place") != f.place:
            continue
        at = own.end()
        first = _region_of(f.place)
        # "nine in the Kyiv region", not "three in Kharkiv" (the city, of which Chuhuiv is no part)
        whole_region = _REGION_WORD.search(own.group()) is not None
        while (m := _ELLIPTIC_PLACE.match(text, at)) is not None and _elliptic_start(m) not in starts:
            # A place the gazetteer knows, in another region: "four in Bila Tserkva" after "nine in the
            # Kyiv region" is a part of the nine, not another place's count.
            region = _region_of(m.group("place"))
            if (
                region is None
                or (region == first and whole_region)
                or m.group("place") == f.place
                or _VERB_OF_ITS_OWN.match(text, m.end())
            ):
                break
            n = m.group("n")
            value = 1 if n is None else digits_value(n) if n[0].isdigit() else word_value(n)
            if value is None:
                break
            out.append(
                Figure(f.category, f.role, value, _elliptic_start(m), m.end(), False, False, m.group("place"))
            )
            at = m.end()
    return sorted(out, key=lambda f: f.start)


# A figure the sentence corrects, in brackets: "neutralised 58 (not 52, as reported earlier) drones",
# "has risen to nine (earlier: five)", or a part of the count: "52 drones (of them 40 Shaheds)". Blanked,
# so that the count before it reaches its noun.
_SUPERSEDED = re.compile(
    r"\((?:not|earlier|previously|initially|first reported|was|were|up from|down from|revised from|"
    # a part of the count before, in brackets: "Fifty-two drones (of them 40 Shaheds) were downed"
    r"of them|of which|among them)\b"
    r"[^()]{0,60}\)",
    re.IGNORECASE,
)


# "…, the air force said, adding that all of them were destroyed": every launch count before it was shot
# down, as in a sentence of its own ("All of them were destroyed.").
_ALL_DOWN_ADDED = re.compile(
    # ("…, adding that all of them were shot down", "… overnight, and (that) all of them were destroyed")
    r",?\s+(?:and\s+(?:[\w-]+\s+){0,3}?(?:adding|saying|said|noting|added)|adding|saying|said|noting|added|"
    r"(?P<bare>and))"
    r"(?: that)? all of them "
    r"(?:were|had been|have been) (?:\w+ )?"
    r"(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b"
)


def all_down_added(text: str) -> re.Match[str] | None:
    """The clause "…, adding that all of them were shot down" after a launch count, or "…, and all of them
    were destroyed" (not after another count: "85 drones, eight of which headed for Kyiv, and all of them
    were shot down" may be the eight)."""
    m = _ALL_DOWN_ADDED.search(text)
    if m is not None and m.group("bare") and len(find_numbers(text[: m.start()])) > 1:
        return None  # another count before it ("eight of which", "with 12 heading for Kyiv")
    return m


# The same between commas: "saying 21 missiles, not 19, had been brought down".
# A weapon's other name in brackets before its noun: "63 Geran-type (Shahed) drones", "12 Shahed (Geran-2)
# drones". Blanked, so that the count reaches its noun.
_ALIAS_BEFORE_NOUN = re.compile(
    r"\((?:[A-Z][\w-]*(?:[ /-][\w-]+){0,2})\)(?=\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?)\b)"
)
# A count's share of the whole, in brackets after it: "Shot down: 155 (73%)" counts 155.
_SHARE_IN_BRACKETS = re.compile(r"(?<=\d)\s\(\d{1,3}(?:[.,]\d+)?\s?(?:%|per ?cent|percent)\)")
# What a loss was put down to, in brackets after its word: "locally lost (EW): 22", "Lost in location (EW,
# decoys): 48".
_EW_IN_BRACKETS = re.compile(
    r"(?:(?<=lost)|(?<=location))\s\("
    r"(?=[^()]*\b(?:EW|REB|electronic warfare|decoys?|imitators?)\b)[^()]{1,40}\)",
    re.IGNORECASE,
)
_SUPERSEDED_BETWEEN_COMMAS = re.compile(r",\s+not\s+[\d,]*\d(?:\s+as\s+(?:first\s+|earlier\s+)?reported)?,")


# The words a bare count is reported in, in quotes: 22 "did not reach their targets" reads as 22 did not
# reach their targets (the quote marks are blanked).
_QUOTED_VERB = re.compile(
    rf"(?P<n>\b(?i:{_NUMBER})\s+)"
    r"[\"“](?P<words>[a-z][^\"“”]{0,60})[\"”]"
)


def _unquote(m: re.Match[str]) -> str:
    return f"{m.group('n')} {m.group('words')} "


# The words of a loss or an interception in quotes, anywhere: 27 decoys that were "locationally lost" reads
# as … that were locationally lost (the quote marks are blanked).
_QUOTED_WORDS = re.compile(r"[\"“](?P<words>[a-z][a-z -]{0,40})[\"”]")


def _unquote_verb(m: re.Match[str]) -> str:
    words = m.group("words")
    return f" {words} " if lx.SUPPRESS.search(words) or lx.INTERCEPT.search(words) else m.group()


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# No pattern the reader uses names a digit, and no rule looks at the value of a count written in
# digits, only at where it stands: a sentence reads the same with every digit a 0 (``lx.zeroed``).
# So a wording is read once, and each sentence's own digits are put back into its figures.
_Read = tuple[tuple[tuple[Figure, int], ...], tuple[Figure, ...], bool]


@functools.lru_cache(maxsize=8192)
def _read_figures(shape: str, carry: str | None, with_words: bool, item_of: str | None) -> _Read:
    """The figures of a sentence whose digits are all 0 (``shape``): each with the end of its number
    when the number is written in digits (-1 otherwise), the counts of one (``extra``), and whether
    ``_sum_listed`` has a total and a colon after it to work on (which the digits do not change)."""
    read, extra = _read(shape, carry, with_words, item_of)
    total = next((f for f, _ in reversed(read) if f.category == TOTAL), None)
    listed = total is not None and _LIST_OPEN.search(shape, total.end, total.end + _LIST_AFTER) is not None
    return tuple(read), tuple(extra), listed


def _read(
    text: str, carry: str | None, with_words: bool, item_of: str | None
) -> tuple[list[tuple[Figure, int]], list[Figure]]:
    numbers = find_numbers(text, with_words)
    low = lx.lower(text)
    mentions: list[_Mention] = []
    for n in numbers:
        category, head_end = _head(text, n.end)
        mentions.append(_Mention(n, category, head_end))
    # "N of M drones", "N out of M": the whole gives the category and is a launch count.
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        if (
            m.category is None
            and nxt.category is None
            and {o.category for o in mentions[i + 2 : i + 4]} == {DRONES, MISSILES}
            and _PART_AFTER_WHOLE.fullmatch(low, m.number.end, nxt.number.start)
            and _OF_THE_OPENING.search(low, 0, m.number.start)
        ):
            # "Of the 143, 121 were shot down, among them 106 drones and 15 missiles": a whole and its
            # part named by number alone, of drones and missiles together.
            m.category, m.head_end = TOTAL, m.number.end
        if (
            m.category is not None
            and _PART_AFTER_WHOLE.fullmatch(low, m.head_end, nxt.number.start)
            and (
                _OF_THE_OPENING.search(low, 0, m.number.start) or _OF_WHICH_AFTER_L.match(low, nxt.number.end)
            )
        ):
            # "Of the 124 drones, 97 were shot down", "44 drones, 38 of which were destroyed": the whole
            # first, then its part.
            nxt.partitive_of = i
            if nxt.category is None:
                nxt.category = m.category
                nxt.head_end = nxt.number.end
        elif _PARTITIVE_AFTER_L.match(low[m.number.end : nxt.number.start]):
            m.partitive_of = i + 1
            if m.category is None:
                m.category = nxt.category
        elif (
            m.category is not None
            and _OF_WHOLE.fullmatch(text[m.head_end : nxt.number.start])
            and not _KINDS_AFTER.match(low, nxt.number.end)  # "18 missiles of four types"
        ):
            # "25 missiles of 38 fired were shot down"
            m.partitive_of = i + 1
            if nxt.category is None:
                nxt.category = m.category
                nxt.head_end = nxt.number.end
    # "18 drones were shot down …, out of 25 launched by Russia", "(out of 30 launched)", "88 percent of the
    # total of 50": a whole named by its number alone, of the kind counted before it.
    for i, m in enumerate(mentions):
        if (
            m.category is None
            and i > 0
            and _OUT_OF_BEFORE.search(low, max(0, m.number.start - 30), m.number.start)
        ):
            kind = next(
                (o.category for o in reversed(mentions[:i]) if o.category in (DRONES, MISSILES)), None
            )
            if kind is not None:
                m.category, m.head_end = kind, m.number.end
    previous_weapon: _Mention | None = None
    opening_people: str | None = None  # the place the clause of the last casualty count opened on
    last_place: str | None = None  # the place of the last casualty count
    if carry is not None or item_of is not None:
        # The list's opening governs its items as a clause's verb governs its counts.
        previous_weapon = _Mention(Number(0, 0, 0, ""), carry or TOTAL, 0, role=item_of)
    elif (
        mentions
        and mentions[0].category is None  # (a count with its own noun names its kind itself)
        and (kind := weapon_named_before(text, mentions[0].number.start)) is not None
    ):
        # "Ukrainian drones attacked Russia overnight: air defences downed 45 over several regions": the
        # weapon named with no number is what a bare number counts.
        previous_weapon = _Mention(Number(0, 0, 0, ""), kind, 0)
    strong_role: list[bool] = [False] * len(mentions)
    own_verb: set[int] = set()  # list items whose verb follows them ("61 downed"): it alone governs
    labelled: set[int] = set()  # counts after a line's label that names their weapon ("🛩 Shaheds: 112")
    verbs: frozenset[str] | None = None
    people_role: dict[int, str] = {}
    qualified: list[bool] = [False] * len(mentions)
    for i, m in enumerate(mentions):
        n = m.number
        if _AGE_AFTER.match(text, n.end):
            m.skip = True  # "a man of 58 years", "58 years old": an age, never a count
            continue
        left_start = mentions[i - 1].number.end if i else 0
        left = text[left_start : n.start]
        between_low = low[max(mentions[i - 1].head_end, mentions[i - 1].number.end) if i else 0 : n.start]
        full_left = text[max(0, n.start - 200) : n.start]  # every use looks at most 160 back
        left_low = low[max(0, n.start - 60) : n.start]
        upto = i + 1  # the next count that is not an age
        if m.category in (PEOPLE, KILLED, INJURED):
            # "Two employees of a postal depot, aged 41 and 52, were killed": the ages stand between the
            # people counted and their verb.
            while upto < len(mentions) and _age_before(
                low[max(0, mentions[upto].number.start - 40) : mentions[upto].number.start]
            ):
                upto += 1
        right = text[m.head_end : mentions[upto].number.start] if upto < len(mentions) else text[m.head_end :]
        if m.partitive_of is not None and m.partitive_of > i:
            whole = mentions[m.partitive_of]
            after_whole = (
                mentions[m.partitive_of + 1].number.start if m.partitive_of + 1 < len(mentions) else len(text)
            )
            right = text[max(whole.head_end, whole.number.end) : after_whole]
        if (
            m.category is None
            and i > 0
            and mentions[i - 1].category in (PEOPLE, KILLED, INJURED)
            and _AND_END.search(left_low)
            and _WHOLE_AFTER.match(low, n.end)
        ):
            # "at least eight people had been killed in Kyiv alone, and 10 across the country"
            m.category, m.head_end = PEOPLE, n.end
        if (
            (label := _LABEL_BEFORE.search(text, max(0, n.start - 90), n.start)) is not None
            and (kind := _label_kind(label.group("label"))) is not None
            and _STRUCK_AFTER.match(text, n.end) is None
        ):
            # a post's line that names its weapon first: "🛩 Shahed-type drones: 178", "🚀 Iskander-M — 2",
            # "Missiles: 3 Kh-101 + 2 Iskander-M"; the line's verb, or the list's, says what became of them
            labelled.add(i)
            if m.category is None:
                m.category, m.head_end = kind, n.end
                right = text[n.end : mentions[i + 1].number.start] if i + 1 < len(mentions) else text[n.end :]
        # a list's items, the noun left out: "90 drones were launched: 61 downed, 25 lost locally"
        listed_item = (
            m.category is None
            and previous_weapon is not None
            and _listed_item(low, previous_weapon, n.end, n.start, item_of)
        )
        if (
            m.category is None
            and previous_weapon is not None
            and (
                _HEADLESS_AFTER_L.match(low[n.end :])
                or _OF_WHICH_BEFORE_L.search(left_low[-12:])
                or ("total" in left_low and _TOTAL_TO_BEFORE_L.search(left_low))
                or _intercepted_bare(left_low, low, n.end)
                or _UNITS_AFTER.match(low, n.end) is not None
                or listed_item
            )
            and not _HEADLESS_PEOPLE_AFTER_L.match(low[n.end :])
        ):
            # "178 drones and six missiles …, 132 of them were shot down": both kinds together.
            mixed = {o.category for o in mentions[max(0, i - 2) : i] if not o.skip} == {DRONES, MISSILES}
            m.category = TOTAL if mixed else previous_weapon.category
            if (of_kind := _KIND_OF_WHICH_L.search(left_low, max(0, len(left_low) - 60))) is not None:
                # "the missiles, of which it shot down two, …, while the drones, of which 11 were downed"
                m.category = MISSILES if of_kind.group("kind") == "missiles" else DRONES
            m.head_end = n.end
            if (ones := _ONES_AFTER.match(low, n.end)) is not None:
                m.head_end = ones.end()  # its kind is in the words before "ones" ("two ballistic ones")
            if listed_item:
                own_verb.add(i)
            right = text[n.end : mentions[i + 1].number.start] if i + 1 < len(mentions) else text[n.end :]
        if (
            m.category == PEOPLE
            and previous_weapon is not None
            and text[n.end : m.head_end].strip().lower() == "others"
            and not any(
                p.search(right[:40]) or p.search(left_low[-40:])
                for p in (lx.KILLED, lx.INJURED, lx.HOSPITALISED)
            )
        ):
            # "shot down 138 drones, with 119 others lost in flight": others of the weapon counted.
            m.category = previous_weapon.category
        toll_left = full_left[-160:]
        if m.category in (KILLED, INJURED) and _TOLL_LABEL_BEFORE.search(left_low[-40:]):
            m.category = None  # "killed – 4, injured – 12": the label before the number, not the next one's
        toll = _TOLL_BEFORE.search(toll_left) if m.category is None and _toll_tail(left_low) else None
        if toll is not None and (
            lx.MIXED_TOLL.search(toll_left, max(0, toll.start() - len("casualties ")))
            or _CASUALTIES_AFTER.match(text, n.end)  # "updated the toll to five casualties": dead and hurt
        ):
            toll = None
        if toll is not None:
            # The toll named nearest the number is the one counted: "the number of people killed rose
            # to four, and the number of wounded reached 17".
            said = toll.group()
            nouns = [t.start() for t in _TOLL_NOUN_RE.finditer(said)]
            if nouns:
                said = said[nouns[-1] :]
            role_t = KILLED if lx.KILLED.search(said) or lx.VICTIMS_TOLL.search(said) else INJURED
            if lx.INJURED.search(said) and not lx.KILLED.search(said):
                role_t = INJURED
            elif _INJURY_TOLL.search(toll_left, max(0, toll.start() - len("injuries ")), toll.end()):
                role_t = INJURED  # "Injury Toll From Russian Missile Strike On Zaporizhzhia Rises To 17"
            elif (hurt := _last(lx.INJURED, said)) is not None and hurt.start() > max(
                (k.start() for k in lx.KILLED.finditer(said)), default=-1
            ):
                role_t = INJURED  # "the number of dead has grown to 9 and the injured to 40"
            elif role_t == KILLED and not lx.KILLED.search(said):
                # "the number of victims has increased to 10, all with injuries": the victims are the hurt
                # (not "… rose to 10, and 30 were injured": the words of the next count)
                nxt_start = mentions[i + 1].number.start if i + 1 < len(mentions) else len(text)
                said_after = text[n.end : min(n.end + 60, nxt_start)]
                if lx.INJURED.search(said_after) and not lx.KILLED.search(said_after):
                    role_t = INJURED
            m.category = role_t
            # "wounded 38, the minister said": no noun is counted, so its clause goes on from the number.
            m.head_end = n.end
            right = text[n.end : mentions[i + 1].number.start] if i + 1 < len(mentions) else text[n.end :]
        elif m.category is None and _HEADLESS_PEOPLE_AFTER.match(_drop_aside(text[n.end :])):
            m.category = PEOPLE
            right = _drop_aside(text[n.end :])[:120]
        if (
            m.category is None
            or (
                _cumulative_after(low, m.head_end)
                and not (m.category in (PEOPLE, KILLED, INJURED) and _toll_so_far(low, n.start, m.head_end))
            )
            or (_modal_hint(left_low) and lx.MODAL_BEFORE.search(full_left[-60:]))
            or _previous_before(left_low)
            or _previous_after(low, max(m.head_end, n.end))
            or _CAPACITY_BEFORE.search(left_low[-60:]) is not None
            or (m.category == DRONES and _SCOUTS.search(low, n.end, m.head_end) is not None)
        ):
            m.skip = True
            continue
        qualified[i] = _qualified(left_low)
        m.all_of = (
            _all_before(left_low)
            or (n.value == 1 and n.text.lower() == "one" and not _PART_OF.search(left))
            or n.text.lower() == "both"
            or _all_of_which(low, m.head_end)
        ) and not _part_after(low, n.end)
        if m.category in (DRONES, MISSILES, TOTAL):
            if any(o.partitive_of == i for o in mentions):
                # The whole of "N of M" is a launch count; a whole said first keeps a verb of its own
                # ("destroyed 44 drones, 38 of them over the south").
                own = None
                if mentions[i + 1 :] and mentions[i + 1].partitive_of == i:
                    if verbs is None:
                        verbs = verbs_in(text)
                    own, _ = _weapon_role(full_left, "", verbs)
                elif _WHOLE_SHOT_DOWN.match(text, m.head_end) or _DOWNED_BEFORE_NOUN_L.match(
                    low, n.end, m.head_end
                ):
                    own = INTERCEPTED  # "30 of the 120 drones it shot down were over the Bryansk region"
                m.role, strong_role[i] = own or LAUNCHED, True
            else:
                if verbs is None:
                    verbs = verbs_in(text)
                # "19 missiles, of which were shot down 14": the verb after "of which" is its part's.
                of_which = _OF_WHICH_CLAUSE.search(right)
                if of_which is not None and not (of_which.group("part") or i + 1 < len(mentions)):
                    of_which = None  # "50 drones, of which most were Shaheds, were shot down"
                role, strong = _weapon_role(
                    "" if i in own_verb else full_left,
                    right[: of_which.start()] if of_which else _WEAPON_ASIDE.sub("", right, 1),
                    verbs,
                )
                if role == INTERCEPTED and _BY_EW_AFTER.match(right):
                    role = SUPPRESSED  # "neutralized 25 Russian drones overnight through electronic warfare"
                if m.partitive_of is None and (
                    _OUT_OF_BEFORE.search(left_low)
                    or (left_low.endswith(_NONE_OF_BEFORE) and _WAS_DOWNED_AFTER.match(low, m.head_end))
                ):
                    # "destroyed 4 missiles and 47 drones overnight, out of 6 missiles and 60 drones
                    # launched": the wholes the parts were out of were launched; so were the three of "none
                    # of the three missiles was intercepted" (its zero is read with the sentence's zeros).
                    role, strong = LAUNCHED, True
                if role in (LAUNCHED, HIT) and _part_after(low, n.end):
                    role = None  # "one of the drones targeted …", "one of the missiles hit …": a part
                elif (
                    role == INTERCEPTED
                    and _OF_THOSE_DOWNED_L.match(low, n.end)
                    and not left_low.endswith("with ")  # "…, with 38 of the drones downed": its own
                ):
                    role = None  # "accounted for 14 of the drones shot down": a share of the interceptions
                elif role == HIT and _INSTRUMENT_BEFORE.search(left_low):
                    role = LAUNCHED  # "the enemy struck with 104 drones": what it struck with was launched
                if (
                    (role is None or not strong or _after_its_participle(between_low, right))
                    and i not in own_verb
                    and previous_weapon is not None
                    and previous_weapon.role
                    and (
                        _CONNECTOR_L.match(between_low)
                        or _after_its_participle(between_low, right)
                        or _ADDED_WITH_L.match(between_low)
                    )
                ):
                    role = previous_weapon.role
                    strong = previous_weapon is not None and i > 0 and strong_role[i - 1]
                    if i > 1 and mentions[i - 1] is previous_weapon and mentions[i - 2].partitive_of == i - 1:
                        # "shot down 51 out of 70 missiles and five drones": coordinated with the part,
                        # the verb's object, not with the whole it is "out of".
                        role, strong = mentions[i - 2].role, strong_role[i - 2]
                elif (
                    role is None
                    and previous_weapon is not None
                    and previous_weapon.role
                    and not _STOP_MARK.search(left)
                ):
                    # No verb of its own: the clause's verb still governs ("…, as well as 31 missiles").
                    role = previous_weapon.role
                if not (role and strong) and (
                    _WHOLE_BEFORE_PARTS.match(text, m.head_end)
                    or (
                        role is None
                        and _figures_listed(left_low, text[n.end :])
                        and not ("intercept" in left_low or lx.INTERCEPT.search(left_low))
                    )
                    or (role is None and _ATTACK_HEADING.search(left_low) and not verbs_in(text[n.end :]))
                ):
                    role, strong = LAUNCHED, True
                if role is None and i in labelled:
                    role = LAUNCHED  # a post's line of weapons with no verb: those the attack used
                if m.partitive_of is not None and role == LAUNCHED:
                    # The part of "N of M" is what happened to some of them, never a launch count.
                    role = INTERCEPTED if lx.INTERCEPT.search(full_left[-100:] + right[:80]) else None
                if _OF_WHICH_AFTER.match(text[n.end :]):
                    # "45 of which were shot down" counts; "28 of which were headed to Kyiv" does not.
                    own, own_strong = _weapon_role("", right)
                    if own in (INTERCEPTED, SUPPRESSED) and own_strong:
                        role = own
                    elif own is None and lx.SUBSET_PLACE.match(right):
                        pass  # "shot down 210 drones, 58 of which over the Bryansk region": the whole's verb
                    else:
                        near = full_left[-25:]
                        governed = lx.INTERCEPT.search(near) or lx.SUPPRESS.search(near)
                        if not (governed and "," not in near[governed.end() :]):
                            role = None
                if _DOWNED_BEFORE_NOUN_L.match(low, n.end, m.head_end) and not _A_RECORD.search(
                    low, max(0, n.start - 20), m.head_end + 24
                ):
                    role, strong = INTERCEPTED, True
                m.role, strong_role[i] = role, strong
            if not any(o.partitive_of == i for o in mentions):
                m.place = (
                    _count_place(text[m.head_end :]) or _opening_place(left, i == 0) or _where_place(left)
                )
            if (
                previous_weapon is not None
                and previous_weapon.number.end > 0  # counted in this sentence, not carried
                and previous_weapon.category == m.category
                and m.place is None
                and (m.role == previous_weapon.role or not strong_role[i])
                and _SUBTYPE_BEFORE_L.search(left_low[-30:])
            ):
                # "six rockets, among them four Iskander-M": a type among the count before, not a count.
                m.skip = True
                continue
            previous_weapon = m
        else:
            # "three women aged 32, 36, and 56 were injured": ages; but not "a woman aged 70, and 12
            # people were injured" (a count with its own noun) nor "aged 5 to 12, 14 in total".
            aged = _age_before(left_low) and not _COUNTED_AFTER_AGES.match(text, n.end)
            if aged or _subset_people(low[max(left_start, n.start - 40) : n.start]):
                m.skip = True
                continue
            if m.category == PEOPLE and lx.NOT_VICTIMS.match(text[n.end :].lstrip()):
                m.skip = True
                continue
            if _LIVES_AT_STAKE.search(left_low):
                m.skip = True  # "doctors are fighting for the lives of four patients": alive, not dead
                continue
            if _BODIES_AFTER.match(text, n.end) and (
                _BODIES_EXCHANGED_BEFORE.search(left_low[-40:]) or _REPATRIATION_L.search(low)
            ):
                # "Russia handed over 1,200 bodies of Ukrainian soldiers", "1,000 bodies … have been returned
                # to Ukraine": an exchange, no toll
                m.skip = True
                continue
            if (
                m.category == PEOPLE
                and lx.RESPONDER_HEAD.match(text[n.end :].lstrip())
                and not _RESPONDER_TOLL_LEFT.search(left_low)
                and not _RESPONDER_TOLL_RIGHT.match(text, m.head_end)
            ):
                m.skip = True  # "500 rescue workers deployed": not victims
                continue
            # "30 residents, two of them children, were injured": the verb after the aside governs.
            after_aside = _drop_aside(text[m.head_end :])
            role_p = _people_role(
                left,
                after_aside if len(after_aside) < len(text) - m.head_end else right,
                m.category,
                full_left,
                text[m.head_end : m.head_end + 60],
            )
            if role_p is None:
                m.skip = True
                continue
            people_role[i] = role_p
            # "the southern region of Odesa, where 13 people were injured": the place the clause is about
            opening = _opening_place(left, i == 0) or _subject_place(left) or _where_place(left)
            # "nine were injured across the country", "In all, the attack killed five people - the family
            # near Lviv and a woman in Zaporizhzhia": the whole attack's toll, wherever its parts were.
            nationwide = lx.WHOLE.search(right[:40]) is not None or lx.WHOLE.search(left[-40:]) is not None
            # (past an aside holding a count of its own: "six people, including two children, were killed
            # in Synelnykove")
            aside_dropped = len(after_aside) < len(text) - m.head_end
            m.place = (
                None
                if nationwide
                else _people_place(after_aside if aside_dropped else _drop_aside(right)) or opening
            )
            same_clause = not _CLAUSE_START.search(left)
            if (
                m.place is None
                and same_clause
                and not nationwide
                and (opening_people or ("," not in left and last_place))
            ):
                # "In the Kyiv region, one person was killed and two were injured", "one person was killed
                # in the capital and four injured": the clause's place.
                m.place = opening_people or last_place
            opening_people = opening or (opening_people if same_clause else None)
            last_place = m.place
    # "nine missiles and 63 UAVs recorded there": a verb after the last of coordinated counts
    # governs them all, unless an earlier one had its own verb.
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.category in (DRONES, MISSILES, TOTAL) and nxt.category in (DRONES, MISSILES, TOTAL):
            gap = text[m.head_end : nxt.number.start]
            if (
                not strong_role[i]
                # (a launch participle after the last is weak, "79 drones launched from Kursk", but it is
                # the only verb of "2 Iskander-M and 79 Shahed drones launched")
                and (
                    strong_role[i + 1]
                    or (
                        m.role is None
                        and nxt.role == LAUNCHED
                        and _JOINED_COUNTS.search(low, m.head_end, nxt.number.start)
                    )
                )
                and m.partitive_of != i + 1  # the part of "N of M" is never a launch count
                and "with" not in gap
                and (_CONNECTOR_L.match(low[m.head_end : nxt.number.start]) or _COORDINATED.fullmatch(gap))
                and not any(p.search(gap) for p in (lx.INTERCEPT, lx.SUPPRESS, lx.LAUNCH, lx.HIT))
            ):
                m.role, strong_role[i] = nxt.role, True
            elif (
                not strong_role[i]
                and strong_role[i + 1]
                and _PARTS_OPEN.fullmatch(gap)
                and not _verb_in_brackets(low, m.head_end)
            ):
                # "three missiles (two Kh-59 and one Iskander-M) were shot down": the parts in brackets
                # take the verb after them, and so does the count they break down.
                m.role, strong_role[i] = nxt.role, True
            elif m.partitive_of == i + 1 and m.role is None and i + 2 < len(mentions):
                # "71 of the 84 drones and all four cruise missiles were downed": the verb after the
                # count coordinated with the whole governs the part too.
                after = mentions[i + 2]
                gap = text[nxt.head_end : after.number.start]
                if (
                    after.category in (DRONES, MISSILES, TOTAL)
                    and after.role in (INTERCEPTED, SUPPRESSED)
                    and strong_role[i + 2]
                    and (
                        _CONNECTOR_L.match(low[nxt.head_end : after.number.start])
                        or _COORDINATED.fullmatch(gap)
                    )
                    and not any(p.search(gap) for p in (lx.INTERCEPT, lx.SUPPRESS, lx.LAUNCH, lx.HIT))
                ):
                    m.role, strong_role[i] = after.role, True
    _downed_after_launch(low, mentions, strong_role)
    _all_of_a_launch(low, mentions, strong_role)
    shelling = any(m.category == TOTAL for m in mentions) and _ground_fire_told(low)
    figures: list[tuple[Figure, int]] = []
    for i, m in enumerate(mentions):
        if m.skip or m.category is None:
            continue
        n = m.number
        end = max(m.head_end, n.end)
        digits = n.end if n.text[0].isdigit() else -1
        if m.category in (DRONES, MISSILES, TOTAL):
            if m.category == TOTAL and shelling:
                continue
            if m.role in (LAUNCHED, INTERCEPTED, SUPPRESSED) or (m.role == HIT and m.partitive_of is None):
                # A launch is "all of" only by "…, all of which were shot down", not by "All 40 drones were
                # launched from Kursk" or by "one".
                all_of = m.all_of and (m.role != LAUNCHED or _all_of_which(low, m.head_end))
                figure = Figure(m.category, m.role, n.value, n.start, end, qualified[i], all_of, m.place)
                figures.append((figure, digits))
        elif i in people_role and _ANIMALS_AFTER.match(text, n.end) is None:
            last = figures[-1][0] if figures else None
            # "killing three servicemen and wounding 18": the toll joined to a soldiers' toll is theirs
            military = _MILITARY_AFTER.match(text, n.end) is not None or (
                last is not None
                and last.military
                and _JOINED_TOLL.fullmatch(text, last.end, n.start) is not None
                and _CIVILIANS_AFTER.match(text, n.end)
                is None  # "killing two soldiers and injuring 14 civilians"
            )
            figure = Figure(
                PEOPLE, people_role[i], n.value, n.start, end, qualified[i], False, m.place, military
            )
            figures.append((figure, digits))
    figures = _without_increments(text, figures)
    # Substring tests first: the singular patterns cannot match without these words.
    extra: list[Figure] = []
    if _any_in(low, _SINGULAR_HEAD_WORDS):
        for single in _singulars(text, low, numbers, [f for f, _ in figures]):
            if _listed_with(text, single, [f for f, _ in figures]) is None:
                extra.append(single)
            else:
                # a list's item ("an Iskander-M missile, three Kh-59 missiles and one of unknown type"):
                # it adds up with the counts beside it, as they do with each other
                figures.append((single, -1))
        figures.sort(key=lambda f: f[0].start)
    if not (_any_in(low, _ONE_VERB_WORDS) and _any_in(low, _ONE_NOUN_WORDS)):
        return figures, extra
    for one in _ONE_PERSON_L.finditer(low):
        verb = (
            one.group("pair")
            or one.group("pairdied")
            or one.group("apair")
            or one.group("couple")
            or one.group("coupledied")
            or one.group("acouple")
            or one.group("verb")
            or one.group("active")
            or one.group("definite")
            or one.group("died")
            or one.group("kin")
            or one.group("wounds")
            or one.group("elided")
            or one.group("another")
        )
        role_1 = (
            KILLED if lx.KILLED.match(verb) else HOSPITALISED if lx.HOSPITALISED.search(verb) else INJURED
        )
        # "In Sumy, a 71-year-old woman was killed", "a man died in Kherson": one place's, as any toll.
        place = _people_place(text[one.end() :]) or _opening_place(text[: one.start()], True)
        pair = ("pair", "pairdied", "apair", "couple", "coupledied", "acouple")
        people = 2 if any(one.group(name) for name in pair) else 1
        others = _and_others(text, one.end(), figures, role_1)
        if others is not None:
            # "injured a young boy and four others": five, the one and the others.
            at = figures.index(others)
            figures[at] = (others[0]._replace(value=others[0].value + people, start=one.start()), others[1])
            continue
        extra.append(Figure(PEOPLE, role_1, people, one.start(), one.end(), False, place=place))
    return figures, extra


_AIR_WEAPON_L = lx.lowered(lx.AIR_WEAPON)


def _ground_fire_told(low: str) -> bool:
    """Whether a lower-cased sentence tells of shelling and names no aerial weapon: its weapons of no
    kind are the guns' ("shelled 14 times over the past day, with 46 munitions fired")."""
    return lx.any_part(lx.GROUND_PARTS_L, low) and _AIR_WEAPON_L.search(low) is None


_AND_OTHERS = re.compile(r"\s+and\s+(?P<n>[\w,-]+)\s+others\b", re.IGNORECASE)


def _and_others(
    text: str, end: int, figures: list[tuple[Figure, int]], role: str
) -> tuple[Figure, int] | None:
    """The toll of "N others" right after one person ("a young boy and four others") of the same role."""
    m = _AND_OTHERS.match(text, end)
    if m is None:
        return None
    return next(
        (f for f in figures if f[0].category == PEOPLE and f[0].role == role and f[0].start == m.start("n")),
        None,
    )


# What opens the list of a total's parts: a colon, or a dash ("453 targets - 28 missiles and 425 drones").
_LIST_OPEN = re.compile(r":|\s[-–—]\s")
# How far after a total its list may start ("92 out of 151 aerial targets on the night of 21-22 March:").
_LIST_AFTER = 60


def _sum_listed(text: str, figures: list[Figure]) -> list[Figure]:
    """Add up the parts a stated total lists after a colon, by kind and role.

    "275 air attack means: 10 Kh-101 cruise missiles …, 4 Iskander-M ballistic missiles … and 261
    drones" gives 14 missiles: the types of one launch, not one count stated twice.
    """
    total = next((f for f in reversed(figures) if f.category == TOTAL), None)
    if total is None:
        return figures
    opened = _LIST_OPEN.search(text, total.end, total.end + _LIST_AFTER)
    if opened is None:
        return figures
    colon = opened.start()
    listed = [f for f in figures if f.start > colon and f.category in (DRONES, MISSILES)]
    # "241 drones and 30 missiles (28 Kh-101 and 2 Kalibr)": a count's breakdown in brackets is no part.
    listed = [f for f in listed if not _in_breakdown(text, f, listed)]
    # "destroyed 92 out of 151 aerial targets: 55 drones, 35 cruise and 2 guided missiles": the parts
    # add up to one of the totals before the colon, and take its role.
    wholes = [f for f in figures if f.category == TOTAL and f.end <= colon]
    whole = next((w for w in wholes if w.value == sum(f.value for f in listed)), None)
    if whole is not None:
        figures = [f._replace(role=whole.role) if f in listed else f for f in figures]
        listed = [f._replace(role=whole.role) for f in listed]
    groups: dict[tuple[str, str], list[Figure]] = {}
    for f in listed:
        groups.setdefault((f.category, f.role), []).append(f)
    out = list(figures)
    for (category, role), parts in groups.items():
        value = sum(f.value for f in parts)
        if len(parts) < 2 or value > total.value:
            continue
        first = out.index(parts[0])
        out = [f for f in out if f not in parts]
        out.insert(first, Figure(category, role, value, parts[0].start, parts[-1].end, False))
    return out


def _in_breakdown(text: str, part: Figure, listed: list[Figure]) -> bool:
    """Whether ``part`` stands in brackets, after a dash or after "including" opened right after a count
    of its kind in ``listed``: "39 missiles (28 Kh-101 and 11 Kalibr)", "44 missiles - 29 Kh-101 and 15
    Iskander-M", "seven missiles, including five Kh-101 and two Iskander-M", "48 missiles, of them 40 Kh-101
    and eight Iskander-M"."""
    bracket = text.rfind("(", 0, part.start)
    if bracket >= 0 and text.find(")", bracket, part.start) >= 0:
        bracket = -1
    dash = max(text.rfind(f" {mark} ", 0, part.start) for mark in "-–—")
    including = max((m.start() for m in _PARTS_NAMED.finditer(text, 0, part.start)), default=-1)
    opened = max(bracket, dash, including)
    if opened < 0 or _NEXT_ITEM.search(text, opened, part.start):
        # "120 strike drones, among them 80 Shaheds, and 30 Gerbera decoys": the list goes on after it
        return False
    return any(
        f.category == part.category and f.end <= opened and not text[f.end : opened].strip(" ,")
        for f in listed
    )


# The next item of a list, after a breakdown: ", and 30 Gerbera decoys", "; …".
_NEXT_ITEM = re.compile(r",\s+(?:and|as well as|plus)\s|;")
# What names a count's parts after it: "including", "namely", "of them", "among them".
_PARTS_NAMED = re.compile(r"\s(?:including|namely|(?:of|among) (?:them|which|these|those))\s", re.IGNORECASE)
# "Shot down/suppressed 40 units": the weapons counted before, by the piece (machine-translated posts).
_UNITS_AFTER = re.compile(r"\s+(?:units|pieces|pcs)\b(?!\s+of\b)\s*(?:[.,;)]|$)")
# A count's breakdown opening in brackets right after it: "three missiles (two Kh-59 and one …)".
_PARTS_OPEN = re.compile(r"\s*[(\[]\s*")


_CLAUSE_MARK = re.compile(r"[,;.]")


def _clause_end(low: str, start: int) -> int:
    """Where the clause running at ``start`` ends: the next comma, semicolon or full stop."""
    m = _CLAUSE_MARK.search(low, start)
    return len(low) if m is None else m.start()


def _launched_by_the_verb_before(low: str, first: _Mention, strong: bool) -> bool:
    """Whether a count is the object of a launch verb before it ("fired four Kh-101 missiles, which were
    downed"), even where the relative clause after it gave it the interception's role."""
    if first.role == LAUNCHED:
        return strong
    return _weapon_role(low[max(0, first.number.start - 70) : first.number.start], "")[0] == LAUNCHED


# A participle phrase after a count, then a count joined to it: "downed one missile aimed at Kyiv, as
# well as four Shahed drones", "destroyed 20 drones launched from Kursk and three missiles".
_PARTICIPLE_THEN_AND = re.compile(
    r"\s+(?:\w+ed|\w+ing)\b[^,;.\d]{0,60}?,?\s+"
    r"(?:and|as well as|plus|along with|together with)\s+(?:also\s+)?(?:another\s+)?"
)
# A count added to the one before after where or when that one was: "downed 11 drones over the Poltava
# region, along with four cruise missiles (fired by Russia)" were downed too; a participle of its own
# describes them, as it does the count before (lower-cased).
_ADDED_WITH_L = re.compile(
    r"[^.;:\d]{0,60}?,?\s+(?:along with|together with|as well as)\s+(?:also\s+)?(?:another\s+)?$"
)


def _after_its_participle(between: str, right: str) -> bool:
    """Whether a count with no verb after it is joined to the count before, past that count's participle
    phrase: the participle ("aimed at Kyiv") describes the count before; the verb that governs both is
    the one before them."""
    return _PARTICIPLE_THEN_AND.fullmatch(between) is not None and _weapon_role("", right)[0] is None


# What stands between two items of a list: the first's verb, then a separator ("72 drones launched, 58 …",
# "95 UAVs launched overnight — 71 shot down"). Not a comma right after the count ("shot down 40 drones,
# 12 destroyed by mobile groups": a part of it).
_ITEM_AFTER_ITEM = re.compile(rf"\s+(?:[a-z]|{_AND_SIGN})[^\d.;]{{0,24}}(?:{_ITEM_SEPARATOR})\s*")
# An item's own verb right after its number: "61 downed", "25 locationally lost", "9 lost locally".
_ITEM_VERB_AT = re.compile(r"\s*(?:(?:locally|locationally|successfully)\s+)?")


_WEAPON_NAMED = re.compile(
    rf"\b(?:(?P<drones>{lx.DRONE_HEAD.pattern})|(?P<missiles>{lx.MISSILE_HEAD.pattern}))", re.I
)


def weapon_named_before(text: str, end: int) -> str | None:
    """The kind of weapon the words before ``end`` name last, with no number of their own."""
    named = None
    for m in _WEAPON_NAMED.finditer(text, 0, end):
        named = DRONES if m.group("drones") else MISSILES
    return named


def _listed_item(low: str, before: _Mention, end: int, start: int, item_of: str | None) -> bool:
    """Whether a number with no noun is an item of the list of the weapon count ``before``: after a colon,
    or on a line of the list, with a verb of launch, interception or loss right after it."""
    colon = low.rfind(":", 0, start)
    listed = colon >= 0 and (colon > before.number.start or before.head_end == before.number.end)
    # "72 Shahed drones launched, 58 shot down, 9 lost locally": items separated by commas
    if item_of is None and not listed and _ITEM_AFTER_ITEM.fullmatch(low, before.head_end, start) is None:
        return False
    at = _ITEM_VERB_AT.match(low, end)
    pos = at.end() if at else end
    return any(p.match(low, pos) for p in (lx.INTERCEPT, lx.SUPPRESS, lx.LAUNCH))


# The rest of a coordination after a relative clause: ", and 30 drones".
_AND_AFTER_CLAUSE = re.compile(r",\s*(?:and|as well as|plus)\s+")
# "…, out of 6 missiles and 60 drones launched": a whole after the parts, in a phrase of its own.
_NONE_OF_BEFORE = ("none of the ", "none of ")
_WAS_DOWNED_AFTER = re.compile(
    r"\s+(?:was|were|has been|have been|had been|could be)\s+(?:intercepted|shot down|downed|destroyed)\b"
)
# What weapons could carry or fire, not what was fired: "three Kalibr carriers with a combined salvo of up
# to 20 missiles", "bombers capable of carrying 12 missiles".
_CAPACITY_BEFORE = re.compile(
    r"\b(?:with a (?:combined |total )?salvo of up to|salvo capacity|"
    r"capable of (?:carrying|firing|launching)|can (?:carry|fire|launch)|carrying up to|armed with up to)\b"
    r"[^.;\d]{0,20}$"
)
_OUT_OF_BEFORE = re.compile(
    r"(?:^|[,(]\s*|\s)(?:out of\s+(?:a total of\s+|the\s+)?|of (?:the|a) total of\s+)"
    r"(?:(?:about|some|around|nearly|almost)\s+)?$"
)
# A relative clause of what became of most of them, not all: "which were shot down in most cases".
# Adverbs of some of them, not all: a relative clause with one ("which were mostly shot down") tells of a
# part. Written once, for both patterns below.
_IN_PART = ("mostly", "largely", "partly", "partially")
_NOT_ALL = re.compile(rf"\b(?:{'|'.join(_IN_PART)}|most|majority|in part|some|many|several|half)\b")
# A relative clause after weapons counted as launched: "which were (all) shot down", "that were destroyed".
_WHICH_WERE = re.compile(
    # after a few words of where from or when ("12 drones from the Kursk direction, which were all
    # destroyed", "14 drones against Ukraine during the night that were intercepted"), not another count's
    r"(?:\s+(?!and\b|or\b|as\b|of\b)[a-z'’-]+){0,7}?"
    r",?\s+(?:all of which|all of them|which|that)\s+(?:were|was|had been|have been)\s+"
    rf"(?:(?:all|successfully|subsequently|later|then|{'|'.join(_IN_PART)})\s+)?"
)


def _downed_after_launch(low: str, mentions: list[_Mention], strong_role: list[bool]) -> None:
    """Counts launched by their clause's verb and followed by a relative clause of interception were all
    shot down: "the attack included eight Shahed drones and three cruise missiles which were shot down",
    "Russia launched 12 drones which were all destroyed". The clause covers every count coordinated before
    it, and they are read as "all 14 drones were shot down" is (shot down, and as many launched)."""
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if first.category not in (DRONES, MISSILES, TOTAL) or first.role is None:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(mentions)
            and mentions[j + 1].category in (DRONES, MISSILES, TOTAL)
            and mentions[j + 1].partitive_of is None
            # coordinated as one object of the verb ("eight drones and three cruise missiles"), as types are
            and _COORDINATION.fullmatch(low, mentions[j].head_end, mentions[j + 1].number.start)
        ):
            j += 1
        counted = first.partitive_of is None and mentions[j].head_end > mentions[j].number.end  # a noun
        rel = _WHICH_WERE.match(low, mentions[j].head_end) if counted else None
        if rel is None:
            pass
        elif _launched_by_the_verb_before(low, first, strong_role[i]) and lx.INTERCEPT.match(low, rel.end()):
            # "which were shot down or suppressed in most cases": some of them, so only the launch counts
            some = _NOT_ALL.search(low, rel.start(), _clause_end(low, rel.end())) is not None
            for m in mentions[i : j + 1]:
                m.role, m.all_of = (LAUNCHED, False) if some else (INTERCEPTED, True)
            after = j + 1
            if (
                after < len(mentions)
                and mentions[after].category in (DRONES, MISSILES, TOTAL)
                and _AND_AFTER_CLAUSE.fullmatch(
                    low, _clause_end(low, rel.end()), mentions[after].number.start
                )
            ):
                # "fired 6 cruise missiles, which were all intercepted over Mykolaiv, and 30 drones": the
                # count after the clause is the launch verb's object too.
                mentions[after].role = LAUNCHED
        elif first.role == INTERCEPTED and strong_role[i] and lx.LAUNCH.match(low, rel.end()):
            # "destroyed eight drones and three missiles which were launched from Kursk": still downed
            for m in mentions[i : j + 1]:
                m.role = INTERCEPTED
        i = j + 1


# What the attack launched, told right after the last of coordinated counts: "… that Russia launched",
# "… which the enemy fired", "… launched by Russia overnight" (lower-cased).
_LAUNCH_CLAUSE_AFTER = re.compile(
    # (the rest of a noun its head pattern ends before: "21 Shahed| drones that …")
    r"(?:\s+(?!were\b|was\b|had\b|have\b|that\b|which\b)[\w-]+)?"
    r",?\s+(?:(?:that|which)\s+(?:(?!were\b|was\b|had\b|have\b)[\w'’-]+\s+){1,3}?(?:had\s+|have\s+)?)?"
    r"(?:launched|fired|sent)\b"
)


def _all_of_a_launch(low: str, mentions: list[_Mention], strong_role: list[bool]) -> None:
    """The word "all" before coordinated counts of what the attack launched covers each of them: "destroyed
    all six Kalibr missiles and 21 Shahed drones that Russia launched" shot down the 21 drones it launched
    too, as "all 21" would say. Only where the launch is told after the last count: "destroyed all six
    missiles and 21 drones" may leave drones that were not destroyed."""
    i = 0
    while i < len(mentions):
        first = mentions[i]
        j = i
        while (
            j + 1 < len(mentions)
            and mentions[j + 1].category in (DRONES, MISSILES, TOTAL)
            and mentions[j + 1].partitive_of is None
            and not mentions[j + 1].skip
            and _COORDINATION.fullmatch(low, mentions[j].head_end, mentions[j + 1].number.start)
        ):
            j += 1
        if (
            j > i
            and first.category in (DRONES, MISSILES, TOTAL)
            and first.role == INTERCEPTED
            and strong_role[i]
            and first.partitive_of is None
            and _all_before(low[max(0, first.number.start - _ALL_BEFORE_REACH) : first.number.start])
            and mentions[j].head_end > mentions[j].number.end  # the last count's own noun
            and _LAUNCH_CLAUSE_AFTER.match(low, mentions[j].head_end)
        ):
            for m in mentions[i + 1 : j + 1]:
                m.role, m.all_of = INTERCEPTED, True
        i = j + 1


def _verb_in_brackets(low: str, start: int) -> bool:
    """Whether the brackets opening after ``start`` hold a verb of their own ("60 drones (45 of which were
    shot down)"): then they are not a breakdown the verb after them governs."""
    close = low.find(")", start)
    inside = low[start : close if close >= 0 else len(low)]
    return any(p.search(inside) for p in (_INTERCEPT_L, _SUPPRESS_L, _LAUNCH_L))


# Between two coordinated counts: at most three words that end the first noun phrase ("anti-ship
# missile") and where it came from, then a comma or "and" — no verb or partitive in between.
_COORDINATION = re.compile(
    r"(?:[ \t]+(?!(?:were|was|are|is|had|have|has|been|being|including|of|among|which|that|who|in|over|"
    r"at|on|near|to|by|from|with|while|but)\b)[\w/-]+){0,3}"
    # Where each was launched from: "3 Kh-101 missiles from the airspace of the Saratov region, 2 …".
    r"(?:[ \t]+from(?:[ \t]+(?:the|[\w’'-]+)){1,10})?"
    # and the types in brackets: "15 cruise missiles (Kh-101 and Kalibr), two Kh-59 guided missiles"
    r"(?:\s*\([^()\n]{0,60}\))?"
    rf"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|plus\s+|{_AND_SIGN}\s*)"
    # "destroyed 4 Kalibr and the two Kh-59": the ones counted before, all of them.
    r"(?:the\s+)?",
    re.IGNORECASE,
)


# The weapons an attack was made with, its verb right before (lower-cased): "the enemy struck with ". (Not
# "struck Kharkiv with": the weapons that struck one place, counted as launched only as a last resort.)
_INSTRUMENT_BEFORE = re.compile(
    # not the passive "Kharkiv was struck with 12 drones": what struck one place
    r"\b(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?:struck|hit|strikes|hits)\s+with\s+"
    r"(?:(?:at least|more than|over|about|some|nearly|almost|up to|a total of)\s+)?$"
)
# A part of the count before it, in digits or words: "20 of which", "three of them".
# Electronic warfare named as the means right after an interception's count ("neutralized 25 drones
# overnight through electronic warfare"); not beside air defence ("by air defence and EW").
_BY_EW_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:through|with|using|by means of|thanks to|by)\s+(?:the\s+)?"
    r"(?:electronic warfare|EW)\b(?!\s+and\b|,?\s+air\b)",
    re.IGNORECASE,
)
_COMMA_ONLY = re.compile(r"[^,;]*,\s*")
_ONE_CLAUSE = re.compile(r"[^.;:]*")
_PART_NUMBER = re.compile(r"(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+of (?:which|them|those|these)\b", re.IGNORECASE)
# "four ballistic and nine cruise missiles": a number, its modifier and "and" before the next number.
_SHARED_NOUN = re.compile(r"[\w,.]+\s+[\w-]+\s+(?:and|or)\s+")


# A whole of "N of M" that a relative clause right after it says were downed: "of the 120 drones it shot
# down", "of the 75 drones that were destroyed" (not "7 of the 10 missiles were destroyed": the part's verb).
_WHOLE_SHOT_DOWN = re.compile(
    r"\s+(?:that|which|it|they)\s+(?:(?:had|have|were|was|had been|have been)\s+)?"
    rf"(?:{lx.INTERCEPT.pattern})",
    re.IGNORECASE,
)
# A participle of interception between a count and its noun ("one of 61 downed drones", "the air force
# reported 39 destroyed Shaheds"): the count is of weapons shot down, whatever the clause's verb did
# with them. Not past "of" ("14 of the downed drones": a share, see _OF_THOSE_DOWNED_L).
_DOWNED_BEFORE_NOUN_L = re.compile(
    r"(?:\s+(?!of\b)[\w-]+)*?\s+(?:downed|destroyed|intercepted|shot-down|neutrali[sz]ed)\s+\S"
)
# A unit's score, not a night's count: "a record of 310 downed drones", "310 destroyed drones to its credit".
_A_RECORD = re.compile(r"\b(?:record|tally|score) of\s+\S+\s+[\w-]+\s+[\w-]+|to (?:its|his|their) credit\b")
# "Of the 120 drones …": a whole that the counts after it break down.
_OF_THE_BEFORE = re.compile(r"\bof (?:the|these|those)\s+$", re.IGNORECASE)


def _whole_of_parts(text: str, start: int) -> bool:
    """Whether the count at ``start`` is the whole of "Of the 120 drones shot down, 30 were over Bryansk":
    the counts after it are its parts, not items listed beside it."""
    return _OF_THE_BEFORE.search(text, max(0, start - 12), start) is not None


def _share_place(text: str, figures: list[Figure]) -> list[Figure]:
    """Weapon counts side by side share the place named after the last: "intercepted 11 cruise missiles
    and two drones over Kyiv" are both Kyiv's."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.place is None
            and b.place is not None
            and a.role == b.role
            and a.category in (DRONES, MISSILES, TOTAL)
            and b.category in (DRONES, MISSILES, TOTAL)
            and _COORDINATION.fullmatch(text, a.end, b.start) is not None
            and not _whole_of_parts(text, a.start)
            and _PART_NUMBER.match(text, b.start) is None  # "144 drones, 20 of which over Moscow"
        ):
            out[i] = a._replace(place=b.place)
        elif (
            a.place is not None
            and b.place is None
            and a.category in (DRONES, MISSILES, TOTAL)
            and b.category in (DRONES, MISSILES, TOTAL)
            and _PART_NUMBER.match(text, b.start) is not None
            and _ONE_CLAUSE.fullmatch(text, a.end, b.start) is not None
        ):
            # "22 drones in the airspace of the Volyn region, 11 of which were destroyed": the part is of
            # the whole's place.
            out[i + 1] = b._replace(place=a.place)
        elif (
            a.place is None
            and b.place is not None
            and a.category == b.category == PEOPLE
            and _TOLLS_JOINED.fullmatch(text, a.end, b.start) is not None
        ):
            # "killed two people and wounded 10 more in the Chernihiv region": both tolls are the region's.
            out[i] = a._replace(place=b.place)
    return out


# Two tolls of one clause: "killed two people and wounded 10", "killing three, injuring".
_TOLLS_JOINED = re.compile(
    r"\s*(?:people|civilians|persons|residents)?\s*(?:,\s*|\s+and\s+)"
    r"(?:kill|wound|injur|hurt)\w*\s+(?:at least\s+)?",
    re.IGNORECASE,
)


def _add_coordinated(text: str, figures: list[Figure]) -> list[Figure]:
    """Counts of one kind and role listed side by side add up: "one Zircon missile, 15 Kh-101 cruise
    missiles and 18 ballistic missiles were launched" is 34 missiles, the types of one launch."""
    out: list[Figure] = []
    run: list[Figure] = []
    for f in [*figures, None]:
        last = run[-1] if run else None
        if (
            f is not None
            and last is not None
            and f.category == last.category
            and f.category in (DRONES, MISSILES)
            and (f.role, f.place) == (last.role, last.place)
            # "shot down 144 drones overnight, 20 of which over the Moscow region": a part, not a type.
            and _PART_NUMBER.match(text, f.start) is None
            # "Of the 120 drones shot down overnight, 30 were over the Bryansk region": a part, not a type.
            and not _whole_of_parts(text, last.start)
            # "shot down 61 drones overnight, 20 drones over the Kharkiv and Sumy regions": where a part of
            # them was, after a comma (not "25 over Kyiv and 30 over Odesa", the places one by one)
            and not (_COMMA_ONLY.fullmatch(text, last.end, f.start) and lx.SUBSET_PLACE.match(text[f.end :]))
            # "four ballistic and nine cruise missiles": the first count's noun is the second's too.
            and (
                _COORDINATION.fullmatch(text, last.end, f.start) is not None
                or (last.end >= f.start and _SHARED_NOUN.fullmatch(text, last.start, f.start) is not None)
            )
        ):
            run.append(f)
            continue
        if _broken_down(text, run):
            out.append(run[0])
        elif len(run) > 1:
            first = run[0]
            value = sum(p.value for p in run)
            qualified = any(p.qualified for p in run)
            end = max(p.end for p in run)
            out.append(
                Figure(first.category, first.role, value, first.start, end, qualified, False, first.place)
            )
        else:
            out.extend(run)
        run = [f] if f is not None else []
    return out


def _add_types(text: str, figures: list[Figure]) -> list[Figure]:
    """Missiles of named types, each counted once in a sentence, add up wherever the list puts them: "12
    Kalibr cruise missiles from ships and 19 Shahed drones, as well as two Oniks anti-ship missiles" is 14
    missiles launched. Not when a count names no type ("40 missiles, including 12 Kalibrs": the whole and
    a part), nor a type twice, nor a part ("of them", "of which")."""
    out = list(figures)
    for role in (LAUNCHED, INTERCEPTED):
        same = [f for f in out if f.category == MISSILES and f.role == role]
        if len(same) < 2 or len({f.place for f in same}) > 1:
            continue
        types = [_missile_type(text, f) for f in same]
        if not all(types) or len(set(types)) < len(types):
            continue
        if any(_PART_NUMBER.match(text, f.start) or _PART_OPENING.search(text, 0, f.start) for f in same[1:]):
            continue
        if _ANOTHER_SOURCE.search(text, same[0].end, same[-1].start):
            continue  # "the navy said 6 Kalibr …, while the air force counted 7 Kalibr-type missiles"
        if same[0].value == sum(f.value for f in same[1:]) or _BREAKDOWN_AFTER.match(text, same[0].end):
            # "11 cruise missiles - seven Kh-101s … and four Kalibrs", "10 cruise missiles: six Kh-101s,
            # three Kalibrs and a Kh-55": the whole, then its parts
            continue
        first = same[0]
        whole = first._replace(
            value=sum(f.value for f in same), qualified=any(f.qualified for f in same), all_of=False
        )
        out = [whole if f is first else f for f in out if f is first or f not in same]
    return out


def _missile_type(text: str, f: Figure) -> str:
    """The kind a missile count names: its model ("Kalibr", "Kh-59/69", "Iskander-M"; "Kalibr-type" is
    "kalibr"), also when named after the noun ("2 rockets Iskander-M", translated), else its class
    ("cruise missiles"); "" for none or an owner only ("Russian missiles")."""
    words = _WORD.findall(text[f.start : f.end])
    model = " ".join(
        _TYPE_SUFFIX.sub("", w.lower())
        for w in words[1:]
        if (w[0].isupper() or "-" in w) and w.lower() not in _OWNERS
    )
    if model:
        return model
    if (after := _MODEL_AFTER.match(text, f.end)) is not None:
        return after.group("model").lower()
    return next((w.lower() for w in words[1:] if w.lower() in lx.MISSILE_CLASSES), "")


_TYPE_SUFFIX = re.compile(r"-(?:type|class|family)$")
# (the rest of the count's clause, then a colon or a dash: "10 cruise missiles at Ukraine overnight: six …")
_BREAKDOWN_AFTER = re.compile(r"[^\d:;.]{0,40}?(?::|\s[—–-]\s)")
# A model named after its noun, in translation: '1 rocket "Kinzhal"', "2 rockets Iskander-M".
_MODEL_AFTER = re.compile(r"\s+(?:of\s+type\s+)?[\"“]?(?P<model>[A-Z][\w-]*[\w](?:/[\w-]+)?)(?![\w-])")
_OWNERS = frozenset(("russian", "ukrainian", "enemy", "north", "korean", "iranian", "russia's"))
# Another source's count, or another clause's, between two counts of one sentence.
_ANOTHER_SOURCE = re.compile(r"\b(?:while|whereas|but|counted|according to|said|says|reported)\b")


# A toll told in groups of people side by side: "12 adults and two children were killed", "killed 11
# children and nine adults", "killed an 8-year-old boy and two adults", "a girl and seven other people".
_GROUP_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?P<group>{lx.PEOPLE_GROUP.pattern})")
_OTHERS_AFTER = re.compile(
    rf"\s+(?P<group>other)\s+(?:[\w-]+\s+)?(?:{lx.PEOPLE_HEAD.pattern})", re.IGNORECASE
)
_ONE_OF_A_GROUP = re.compile(rf"\b(?i:an?)\s+(?:[\w-]+\s+)?(?P<group>{lx.PEOPLE_GROUP.pattern})")
_GROUP_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "including two children and a woman", "among them three women": a part of the toll named before it.
_PART_OPENING = re.compile(
    r"\b(?:including|among(?: them| whom| those)?|of (?:them|whom))\s+$", re.IGNORECASE
)
# The groups' own verb right after them ("… were killed"): it gives their role.
_GROUP_VERB = re.compile(r"\s+(?:were|have been|had been|are)\b", re.IGNORECASE)
_GROUP_KIND = {"children": "child", "women": "woman", "men": "man"}
_OWN_CLAUSE = re.compile(r"\s+(?:who|that|was|is|has)\b", re.IGNORECASE)


class _Group(NamedTuple):
    """People of one group counted in a toll: "two adults", "an 8-year-old boy", "seven other people"."""

    value: int
    start: int
    end: int
    kind: str


def _groups(text: str) -> list[_Group]:
    found = [
        _Group(n.value, n.start, m.end(), m.group("group").lower())
        for n in find_numbers(text)
        if (m := _GROUP_AFTER.match(text, n.end) or _OTHERS_AFTER.match(text, n.end)) is not None
    ]
    found += [_Group(1, m.start(), m.end(), m.group("group").lower()) for m in _ONE_OF_A_GROUP.finditer(text)]
    return sorted(found, key=lambda g: g.start)


def _group_runs(text: str) -> list[list[_Group]]:
    """Groups of different kinds listed side by side ("two men, a woman and a child"), not after
    "including", and closed by "and": "one civilian, a 54-year-old woman" is one person, told twice."""
    runs: list[list[_Group]] = []
    for g in _groups(text):
        last = runs[-1][-1] if runs else None
        kind = _GROUP_KIND.get(g.kind, g.kind.removesuffix("s"))
        if (
            last is not None
            and _GROUP_JOIN.fullmatch(text, last.end, g.start)
            # "killing a woman, and a man who lived next door was wounded": the second has its own verb
            and not _OWN_CLAUSE.match(text, g.end)
            and all(_GROUP_KIND.get(o.kind, o.kind.removesuffix("s")) != kind for o in runs[-1])
        ):
            runs[-1].append(g)
        else:
            runs.append([g])
    return [
        run
        for run in runs
        if len(run) > 1
        and not _PART_OPENING.search(text, 0, run[0].start)
        and _JOINED_COUNTS.search(text, run[-2].end, run[-1].start)
    ]


def _people_in(figures: list[Figure], start: int, end: int) -> list[Figure]:
    return [f for f in figures if f.category == PEOPLE and f.start < end and start < f.end]


def _add_groups(text: str, figures: list[Figure]) -> list[Figure]:
    """The groups of people a toll is told in add up, whichever side of them the verb is on: "12 adults
    and two children were killed" is 14 killed. Not a part named after "including" or "among them"."""
    for run in _group_runs(text):
        parts = _people_in(figures, run[0].start, run[-1].end)
        if not parts:
            continue
        told = parts[-1] if _GROUP_VERB.match(text, run[-1].end) else parts[0]
        merged = told._replace(
            value=sum(g.value for g in run),
            start=run[0].start,
            end=max(run[-1].end, *(f.end for f in parts)),
            qualified=any(f.qualified for f in parts),
            # "4 men and 2 women in Kharkiv": the place said of either is the group's
            place=next((f.place for f in parts if f.place is not None), None),
        )
        at = figures.index(parts[0])
        figures = [f for f in figures if f not in parts]
        figures.insert(at, merged)
    return figures


def _broken_down(text: str, run: list[Figure]) -> bool:
    """Whether the first of counts listed side by side is their whole: "22 missiles overnight, 15 Kh-101
    cruise missiles and seven Iskander-M" (a count of no type, a comma, and at least two types that add up
    to it), not "six Kh-101 cruise missiles, two Kalibr missiles and four Iskander-M" (types that add up)."""
    if len(run) < 3 or run[0].value != sum(p.value for p in run[1:]):
        return False
    whole = text[run[0].start : run[0].end].lower().split()
    return len(whole) == 2 and whole[1] in _CLASS_NOUNS and "," in text[run[0].end : run[1].start]


_CLASS_NOUNS = frozenset(("missiles", "drones", "uavs", "rockets"))  # no type named


# An attack told by the one weapon it used: "struck the port with a missile", "attacked the town with a
# drone" (a clause of its own between the verb and "with").
_STRUCK_WITH = re.compile(
    r"\b(?:hit|struck|attacked|targeted|shelled)\b[^.;,:]{0,70}\bwith\s+$", re.IGNORECASE
)


# The one weapon a sentence opens on, striking a place by name: "A Russian ballistic missile struck Kryvyi
# Rih" (not "a missile hit a residential building", one hit of an attack).
_STRUCK_A_PLACE = re.compile(
    r"\s+(?:struck|hit|slammed into|attacked)\s+(?:the (?:city|town|village) of\s+)?[A-Z]"
)


# The one missile a story tells of, striking, in a clause of its own ("when a Russian missile struck the
# city", "where a missile hit a hospital") or named as the agent ("the building was destroyed by a Russian
# missile"): one launched, if the story tells of no other (the extractor asks, see LONE).
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.;:,\"“—–]\s*|\b(?:when|where|after|as|before|that|and)\s+)$", re.IGNORECASE
)
_STRIKES = re.compile(
    r"\s+(?:struck|hit|slammed into|tore through|crashed into|destroyed|landed (?:on|in|near))\b"
)
_ANOTHER_ONE = re.compile(r"an?\s+(?:second|third|further|another|other|new)\b")  # not the story's one
_STRUCK_BY = re.compile(r"\b(?:struck|hit|destroyed|damaged|killed|injured|wounded)\s+by\s+$", re.IGNORECASE)


def _opens(left: str) -> bool:
    """Whether the text before a phrase is nothing but a page header's crawl date: the phrase opens it."""
    return not left.strip() or lx.HEADER_DATE.fullmatch(left) is not None


def _listed_with(text: str, one: Figure, figures: list[Figure]) -> Figure | None:
    """The weapon count a count of one is listed with, right before or after it: "more than a dozen drones
    and a cruise missile", "an Iskander-M missile, three Kh-59 cruise missiles and …"."""
    return next(
        (
            f
            for f in figures
            if f.category in (DRONES, MISSILES, TOTAL)
            and (
                (f.end <= one.start and _COORDINATION.fullmatch(text, f.end, one.start) is not None)
                or (one.end <= f.start and _COORDINATION.fullmatch(text, one.end, f.start) is not None)
            )
        ),
        None,
    )


# A verb of its own right after a weapon of one: "…, and a drone hit a power substation" is no list item.
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:hit|struck|fell|crashed|damaged|exploded|landed)\b", re.IGNORECASE
)


def _singulars(text: str, low: str, numbers: list[Number], figures: list[Figure]) -> list[Figure]:
    """'an X-59 guided missile was intercepted', 'fired an Iskander-K cruise missile': a count of one.
    ``figures``: the sentence's counts with numbers, whose role a count of one listed with them shares."""
    out: list[Figure] = []
    for m in _SINGULAR_FAST.finditer(low):
        if m.group("art") == "one" and any(n.start == m.start() for n in numbers):
            continue  # already read as a number
        if _SCOUTS.search(low, m.start(), m.end()):
            continue  # "and a reconnaissance drone": no attack drone
        category = MISSILES if m.group("head") == "missile" else DRONES
        left = text[: m.start()]
        if _DEBRIS_BEFORE.search(left[-30:]):
            continue  # "Debris from a Ukrainian drone, which was destroyed, ignited a fire": no count

        right = text[m.end() :]
        role = None
        counted = _AFTER_A_COUNT.search(left[-70:])
        if counted is not None and _OWN_VERB_AFTER.match(right):
            counted = None  # "shot down 46 drones, and a drone hit a substation": not one more downed
        passive = (
            _PASSIVE.match(right.lstrip(" ,")) if right.lstrip(" ,")[:4].lower() in ("was ", "were") else None
        )
        if passive is None and counted is None:
            passive = _PASSIVE.search(right[:70])
        if passive:
            verb = passive.group("verb")[:30]
            if lx.INTERCEPT.match(verb.strip()) or lx.INTERCEPT.search(verb):
                role = INTERCEPTED
            elif lx.NEGATED.search(right[: passive.start("verb")] + " "):
                role = None
        tail = left[-30:] if counted is None else counted.group("verb") + " "
        if role is None and (down := _last(lx.INTERCEPT, tail)) is not None and len(tail) - down.end() < 4:
            role = INTERCEPTED  # "air defence shot down a Ukrainian drone over the Kursk region"
        if role is None:
            verb = _last(lx.LAUNCH, tail)
            if (
                verb
                and verb.group().lower()
                in (
                    "launched",
                    "fired",
                    "launching",
                    "firing",
                    "used",
                    "deploying",
                    "deployed",
                    "sent",
                    "sending",
                )
                and len(tail) - verb.end() < 4
            ):
                role = LAUNCHED
        if (
            role is None
            and _OWN_VERB_AFTER.match(right) is None
            and (beside := _listed_with(text, Figure(category, "", 1, m.start(), m.end(), False), figures))
            is not None
            and beside.role in (LAUNCHED, INTERCEPTED, SUPPRESSED)
        ):
            # "attacked with more than a dozen drones and a cruise missile": an item of the list the
            # verb governs, with no verb of its own
            role, counted = beside.role, m
        if role is None and _STRUCK_WITH.search(left[-90:]):
            role = LAUNCHED  # "the Russians hit an energy facility in the city with a missile"
        if role is None and _opens(left) and _STRUCK_A_PLACE.match(right):
            role = HIT  # "A Russian ballistic missile struck Kryvyi Rih, killing 16": the attack, one weapon
        if (
            role is None
            and category == MISSILES
            and not _ANOTHER_ONE.match(low, m.start())
            and (
                (_CLAUSE_OPENS.search(left[-30:]) and _STRIKES.match(right)) or _STRUCK_BY.search(left[-40:])
            )
        ):
            role = LONE  # "when a Russian missile struck a square", "destroyed by a Russian missile"
        if role is None:
            continue
        # "a Kh-59 missile was shot down" is all of one; "shot down 40 drones and a Kh-59" is one more.
        all_of = role == INTERCEPTED and counted is None
        out.append(Figure(category, role, 1, m.start(), m.end(), False, all_of))
    return out


# A toll with no number: "more civilians were wounded", "several people were injured", "dozens more were
# hurt". It tells that a place had casualties, so that another place's count is not the attack's.
_VAGUE_TOLL = re.compile(
    r"\b(?:dozens|scores|several|many|some|more|other)\s+(?:more\s+|other\s+)?"
    r"(?:people|civilians|residents|persons)?\s*(?:were|have been|had been|was)?\s*"
    r"(?P<verb>injured|wounded|hurt|killed)\b|"
    # "In Odesa, a woman, 58, sustained shrapnel wounds": one person hurt, most often counted already
    # elsewhere, so not a count; but that place had casualties.
    rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:sustained|suffered|received)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<wounds>wounds|injuries)\b",
    re.IGNORECASE,
)


def vague_tolls(text: str) -> list[Figure]:
    """The tolls of ``text`` that give no number, each with its place when the words around it name one."""
    out: list[Figure] = []
    for m in _VAGUE_TOLL.finditer(text):
        if find_numbers(text[max(0, m.start() - 16) : m.start()]):
            continue  # "two more were injured" has its number
        role = KILLED if (m.group("verb") or "").lower() == "killed" else INJURED
        place = _people_place(text[m.end() :]) or _opening_place(text[: m.start()], True)
        out.append(Figure(PEOPLE, role, 0, m.start(), m.end(), True, place=place, vague=True))
    return out
