"""Article → reports: one report per incident (night and direction) the article reports on."""

from __future__ import annotations

import bisect
import difflib
import functools
import hashlib
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

import schemas
from streams.pipeline import keys
from streams.pipeline.extraction import aggregate
from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.claimants import LOCAL, NATIONAL, find_claimant, people, speaking, spoken_by
from streams.pipeline.extraction.counts import Count
from streams.pipeline.extraction.dates import (
    HOURS_OF_AN_EVENING,
    DateMention,
    find_dates,
    kyiv_date,
    live_entry,
    updated_day,
)
from streams.pipeline.extraction.direction import (
    DIRECTION_WORDS,
    RU_UA,
    UA_RU,
    direction_score,
    target_country,
)
from streams.pipeline.extraction.figures import (
    DRONES,
    FLOOR_BEFORE,
    HIT,
    HOSPITALISED,
    INJURED,
    INTERCEPTED,
    KILLED,
    LAUNCHED,
    LONE,
    MISSILES,
    PEOPLE,
    SUPPRESSED,
    THE_CAPITAL,
    THE_REGION,
    TOTAL,
    Figure,
    all_down_added,
    line_place,
    read_figures,
    role_before,
    vague_tolls,
    weapon_named_before,
)
from streams.pipeline.extraction.numbers import find_numbers, word_value
from streams.pipeline.extraction.regions import (
    BEYOND_ARTILLERY,
    FIRST_WORDS,
    REGION_RE,
    RU,
    UA,
    RegionMention,
    country_of,
    find_regions,
)
from streams.pipeline.extraction.sentences import Sentence, split_sentences
from streams.pipeline.keys import Pair

_FIELD = {
    (DRONES, LAUNCHED): "drones_launched",
    (DRONES, INTERCEPTED): "drones_intercepted",
    (DRONES, SUPPRESSED): "drones_suppressed",
    (MISSILES, LAUNCHED): "missiles_launched",
    (MISSILES, INTERCEPTED): "missiles_intercepted",
    (TOTAL, LAUNCHED): "total_launched",
    (TOTAL, INTERCEPTED): "total_intercepted",
    # "another 208 targets were lost from radar": what electronic warfare loses are drones.
    (TOTAL, SUPPRESSED): "drones_suppressed",
    (PEOPLE, "killed"): "killed",
    (PEOPLE, "injured"): "injured",
    (PEOPLE, HOSPITALISED): "hospitalised",
}
_DIGIT = re.compile(r"\d")
# On ASCII text (most sentences; ``str.isascii`` is free) the same scans without Unicode lookups.
_ASCII_DIGIT = re.compile(r"[0-9]")
_MAX_AGE_DAYS = 10
# News reports an attack within days of it: an article that opened on another time's attack is back on
# this one only at a date this recent (not at "the strike on March 7" in a funeral a week later).
_NEAR_DAYS = 3
# A line that is only a place name ("Kharkiv.", "Odesa region:") heads a regional post.
_DATELINE_MAX = 30
# A line of a list after a colon ("14 – over Sumy region") is this short.
_LIST_ITEM_MAX = 60
# Openings of a paragraph that goes on about the same place and source as the one before.
_BORN_IN = re.compile(r"\bborn (?:in )?$")
_CONTINUES = re.compile(r"^(?:Mr|Ms|Mrs)\.? |^(?:He|She|They|It|The (?:governor|mayor|ministry|official))\b")
_NUMERIC_DATE = re.compile(r"\d[./-]\d|\d(?:st|nd|rd|th)\b")
_ASCII_NUMERIC_DATE = re.compile(r"[0-9](?:[./-][0-9]|(?:st|nd|rd|th)\b)", re.ASCII)
# "It comes a day after …", "This came hours after …": the sentence sets the story's attack beside an earlier.
_IT_COMES = re.compile(r"\W*(?:it|this|that|the (?:attack|strike|assault))\s+(?:comes|came)\s+(?:just\s+)?$")
# The parts of a sentence that can be about another time while the rest is about this attack: an aside
# between dashes or in brackets ("… its previous record — set just last week — by 100"), an apposition
# between commas ("The overnight attack, the largest so far in October, involved 476 drones"; "Russia, which
# has targeted the port since July, launched 45 drones"), the last
# clause after a comma that opens on a preposition ("…, the air force said, in an attack close to the
# record of 810 drones"; not "the 20 people, killed by a missile here in April", whose count it dates)
# or on a relative pronoun ("…, which had rarely been targeted until several attacks this year") or a
# statement added ("…, adding that Ukraine has hit 15 regions since August"), up to
# the attribution that may close the sentence ("…, after two days earlier firing 10, the air force said"),
# and a clause of its own ("The previous record was 728 drones; this time the air force counted 810").
_ATTRIBUTION_END = r"(?:$|(?=,\s+(?:[\w'’-]+\s+){0,4}(?:said|says|reported|reports|added|told|wrote)\b))"
_ASIDE_BETWEEN = (
    # (an apposition between commas holds no dash: "…, the air force said - a rate close to …, …")
    r"\s[—–]\s?[^—–]{3,120}?\s?[—–]\s|\([^()]{3,120}\)|,\s(?:the|a|an|its|this|which|who)\s"
    r"(?:(?!\s-\s)[^,;.—–]){3,80},|"
    rf"(?<=,)\s(?:in|with|as|amid|after|surpassing|breaking|exceeding|which|who|adding|noting|saying)\s"
    rf"[^,;]{{3,160}}{_ATTRIBUTION_END}|"
    # a comparison with another time: "…, well above its June average of about 70 a night", "…,
    # compared with 58 the previous night", with that time's own clause ("…, far fewer than earlier this
    # month, when 479 drones were used")
    r"(?<=,)\s(?:(?:well |far |)(?:above|below|fewer than|more than|less than)|compared (?:with|to))\s"
    rf"[^,;]{{3,160}}(?:,\s(?:when|in which|during which)\b[^;]*?)?{_ATTRIBUTION_END}|"
    # a dash that is not closed again: "140 drones overnight — far fewer than the record of June 9"
    rf"\s[—–]\s[^—–;]{{3,160}}{_ATTRIBUTION_END}|"
    # a wire's hyphen, with no count in it, closed or not ("…, the air force said - a rate close to the
    # summer's average"; not a dateline's "KYIV, June 18 (Reuters) - Russia launched 70 drones", nor "70
    # drones overnight - 52 were shot down")
    rf"(?<!\))\s-\s(?:(?!\s-\s)[^—–;\d]){{3,160}}?(?:\s-\s|{_ATTRIBUTION_END})"
)
_ASIDE_CLAUSE = r"(?:^|;)[^;]+(?=;)|(?<=;)[^;]+$"
_ONE_WORD = re.compile(r"\W*\w+")
_ASIDE_SPAN = re.compile(f"{_ASIDE_BETWEEN}|{_ASIDE_CLAUSE}")
# A clause needs a semicolon: without one, the search spares trying it at every character (two
# thirds of its cost), and finds the same spans.
_ASIDE_SPAN_NO_CLAUSE = re.compile(_ASIDE_BETWEEN)
# "No casualties were reported in Kyiv or elsewhere": the place named and every other.
_OR_ELSEWHERE = re.compile(
    # (not "or elsewhere in western Ukraine": one part of the country)
    r"\b(?:or|nor) (?:anywhere )?(?:elsewhere|else|in (?:any )?other (?:regions?|cities|city|places?))\b"
    r"(?!\s+in\b)|"
    # "No one was killed anywhere in the attack, and the two in Kyiv were the only people hurt"
    r"\b(?:killed|injured|hurt|wounded|casualties|victims) anywhere(?: in the (?:attack|country))?\b"
)
_EVERY_PLACE = re.compile(
    # "the heads of both regions", "the heads of the Sumy and Chernihiv regions"
    r"\b(?:governors|heads of (?:the|both|all) (?!other\b)(?:[\w-]+ (?:and )?){0,3}regions|"
    r"regional (?:military )?administrations|"
    r"regional (?:officials|authorities)|"
    r"all (?:the |three |four |five |six )?(?:affected |targeted )?regions|"
    r"(?:in|across) (?:either|any of the|all) (?:regions?|areas?|cities|places)|"
    # "no dead or injured in the entire country"
    r"(?:in|across|throughout) the (?:entire |whole )?country|nationwide)\b"
)
# "Nobody was hurt in the attack": the whole attack, unless one place's official says it (a governor
# speaks of the attack on his region).
_WHOLE_ATTACK = re.compile(
    r"\b(?:in|during|from|as a result of) the (?:whole |entire )?(?:attack|strike|assault|barrage)\b"
)
_DEFENCE_WORDS = frozenset(("defence", "defense", "defences", "defenses"))
_NEGATION_WORDS = frozenset(("no", "not", "without", "nobody", "none", "zero", "nor", "neither"))
_SINGULAR_WORDS = frozenset(("a", "an", "one", "another"))  # "another man was wounded" counts one
# Page chrome that carries a crawl date ("date 2025-07-04 …") rather than an event date.
_CAPTION = re.compile(
    r"\b(?:file photo|archive image|archive photo|REUTERS/|Getty Images|via Getty|/AFP|AFP via|/AP\b|"
    r"Photo ?:|Picture ?:|"
    r"Pic/|\(Photo|Illustrating photo|\(Reuters\)\s*$)|\(FILE\)|"
    # "(Iryna Rybakova/Press Service of the 93rd Brigade/Handout via REUTERS)", "EPA-EFE/SERGEY DOLZHENKO"
    r"\bvia (?:REUTERS|AP|AFP|EPA)\)|\bvia (?:REUTERS|AP|AFP|EPA)\s*$|/Handout\b|\bEPA-EFE\b|"
    # "… in Odesa on July 23, 2023. — AFP": the agency's credit after a dash
    r"\.\s*[—–-]\s*(?:AFP|AP|REUTERS|EPA)\s*$",
    re.IGNORECASE,
)
# Substrings of a caption's credit: tested with ``in``, each a fast scan of the line.
_CAPTION_HINTS = (
    *(
        "photo",
        "picture",
        "getty",
        "reuters",
        "afp",
        "/ap",
        "pic/",
        "illustrat",
        "archive",
        "(ap)",
        "ukraine, on ",
        "(file)",
        "handout",
        "epa",
        "via ",
    ),
    "russia, on ",
)
_FILE_PHOTO = re.compile(r"\b(?:file photo|archive image|archive photo)\b|\(file\)", re.IGNORECASE)
# "… in Kyiv, Ukraine July 31, 2024.", "…, Ukraine, on January 23 2026." — the dateline of a photograph.
_CAPTION_DATE = re.compile(
    rf"\b(?:Ukraine|Russia),?\s+(?:on\s+)?(?:(?:{'|'.join(lx.WEEKDAYS)}),?\s+)?"
    rf"{lx.MONTH_NAME}\.?\s+\d{{1,2}},?\s+20\d\d\b"
)
# Alerts and warnings name where danger was, not where the attack landed (parts as in ``lx.any_part``).
_ALERT_PARTS = (
    (
        ("alert", "siren", "alarm", "warn", "threat", "flight restrictions", "airport", "at risk"),
        # (not "air defense alert systems", "alert air defense systems destroyed 64 drones": the on-duty air
        # defence, in translation)
        r"\b(?:air[- ](?:raid )?alerts?|alerts?(?! (?:systems|means|forces|units|crews|air defen[cs]e)\b)|"
        r"sirens?|alarm|warned|warning|under (?:the )?threat|threat of|flight restrictions|airports?|"
        r"were at risk)\b",
    ),
)
_ALERT_PARTS_L = lx.lowered_parts(_ALERT_PARTS)
_ATTACK_CUE = lx.ATTACK_CUE
_CAPITAL = re.compile(
    r"\b(?:the|Ukraine['’]s|(?P<russian>Russia['’]s|the Russian)|the Ukrainian) capital\b"
    r"(?! (?:of|city of)\b)",
    re.IGNORECASE,
)
# An earlier record named: "the previous record", "a record set on the night of …".
_EARLIER_RECORD = (
    r"\b(?:previous|prior|former|earlier|last|old) (?:record|high|largest|biggest)|\brecord (?:set|of)\b"
)
_EARLIER_RECORD_L = re.compile(_EARLIER_RECORD)
# Words that compare this attack with another night, before that night's date.
_COMPARED = re.compile(
    rf"{_EARLIER_RECORD}|\b{lx.BREAKS_RECORD} (?:the|its|a) (?:previous |prior |former |earlier )?record",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\b(?:after|following|since)\b", re.IGNORECASE)
# Another night this attack is compared with: "heavier than that of the night of November 23", "more
# drones than on 9 July". That night's date does not date this article, nor do its figures in
# brackets right after it count ("… November 23 (460 drones and 22 missiles)").
_OUTDOING_STEMS = ("exceed", "surpass", "overtak", "overtook", "topp", "eclips")
# (whole words: not "toppled the upper floors … on June 16")
_OUTDOING = (
    r"(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|overt(?:akes|aking|aken|ook)|topp(?:ed|ing)|"
    r"eclips(?:es|ed|ing))\b"
)
_THAN_BEFORE_DATE = re.compile(
    # "than the record 479 drones and 20 missiles fired on the night of June 9", "than the 300 drones of
    # June 9": the other night's figures come with it
    # ("15% more than the night before", "compared with 60 of 72 the night before": the night itself)
    # ("the same facility as on 24 and 29 March", "the same plant that was hit on 24 March": the nights
    # it was struck before)
    # ("…, exceeding the October 10 attack", "surpassing the record of 9 July": a night outdone)
    rf"\b(?:than|compared (?:with|to)|{_OUTDOING}|(?:the same|similar)\b[^;.]{{0,80}}?\b(?:as|to|that was "
    r"(?:targeted|hit|attacked|struck)))\s+(?:(?:that|those|the (?:one|attack|strike|barrage)s?)\s+|"
    r"the\s[^,;.]{0,90}?\s|the\s+|[\d,]+\s+(?:of\s+[\d,]+\s+)?)?"
    # the last of a list of days: "as on 24 and 29 March"
    r"(?:(?:of|on)\s+(?:the\s+)?(?:night (?:of|to|into)\s+)?)?(?:\d{1,2}(?:,|\s+and)\s+)*$",
    re.IGNORECASE,
)
# a word each match of _THAN_BEFORE_DATE holds
_COMPARING_L = ("than", "compared", "the same", "similar", *_OUTDOING_STEMS)
_BRACKET_AFTER = re.compile(r"\s?\([^()]{3,120}\)")
# ("than Saturday night's barrage, during which …": the night's noun between)
_WHEN_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?,\s+(?:when|in which|during which)\b[^;]*")
# Where weapons were launched from, up to the target or the end of the clause: not a place struck.
_LAUNCHED_FROM = re.compile(
    # (not past the target: "fired four missiles at Kharkiv overnight from the Belgorod region")
    r"(?:\b(?:launched|fired|released|took off|taking off|lifted off)\s+"
    r"(?:(?!(?:at|on|against|towards?|into|targeting)\b)[\w/-]+\s+){0,7}?from\b|"
    # "… and 23 attack UAVs of the Shahed type from the areas of Chauda (Crimea), Yeisk, and Kursk"
    r"\bfrom\s+(?:the\s+)?(?:air ?space|areas?|directions?|territory)\s+(?:over|of)\b)"
    r"(?:(?!\b(?:at|on|against|towards?|targeting|into|hit|struck)\b)[^.;])*"
)
# A date that names the attack it qualifies: "Saturday's attack", "Friday's massive missile strike".
_DATES_ANOTHER_EVENT = re.compile(
    r"(?:(?<=['’]s)|['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|negotiations|visit|vote|election|"
    r"parade|speech|call|session|conference|deadline|hearing|trial|address|ceremony|funeral)s?\b"
)
# A day of mourning is declared for a day after the attack: "Klitschko declared Friday a day of mourning",
# "Kyiv has declared Friday, April 25, a day of mourning", "April 25 has been declared a day of mourning",
# "mourning was declared for Sunday" (not "on Thursday, a day of mourning for an earlier strike": with a
# comma, only a day declared so).
_DECLARED = r"(?:declared|proclaimed|announced)"
_MOURNING_DAY_AFTER = re.compile(
    rf"(?:,?\s*(?:{'|'.join(lx.MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?P<comma>,)?\s+"
    rf"(?:(?P<verb>has been|had been|was|is|will be)\s+{_DECLARED}\s+)?(?:as\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?days?\s+of\s+(?:national\s+)?(?:mourning|remembrance)\b",
    re.IGNORECASE,
)
_DECLARED_BEFORE = re.compile(rf"\b{_DECLARED}\s+(?:[\w-]+,?\s+)?$", re.IGNORECASE)
_MOURNING_DAY_BEFORE = re.compile(
    rf"\b(?:mourning\s+(?:was|is|has been|will be)\s+(?:{_DECLARED}|observed|held)|"
    rf"(?:{_DECLARED}|observed|held|marked)\s+(?:a\s+)?(?:day\s+of\s+)?(?:national\s+)?mourning)\s+"
    r"(?:on|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _day_of_mourning(text: str, d: DateMention) -> bool:
    """Whether date ``d`` of ``text`` is a day of mourning declared (see _MOURNING_DAY_AFTER)."""
    if _MOURNING_DAY_BEFORE.search(text, max(0, d.start - 60), d.start):
        return True
    after = _MOURNING_DAY_AFTER.match(text, d.end)
    if after is None:
        return False
    return not after.group("comma") or bool(
        after.group("verb") or _DECLARED_BEFORE.search(text, max(0, d.start - 30), d.start)
    )


_DATES_THE_ATTACK = re.compile(
    r"(?:(?<=['’]s)|['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|barrage|bombardment|assault|raid|shelling)\b"
)
# A date that says which attack a sentence is about: before the attack's noun ("the March 15 double
# missile strike", "Saturday's attack") or right after it ("the strike on 14 March", "the attack of the
# night of 3 to 4 March").
_DATE_BEFORE_ATTACK = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|barrage|bombardment|raid|assault)\b|"
    # "where, on March 5, 2025, two Russian ballistic missiles struck"
    r",\s+(?:[\w-]+\s+){1,5}?(?:struck|hit|attacked|slammed)\b"
)
_ATTACK_BEFORE_DATE = re.compile(
    r"\b(?:attacks?|strikes?|barrage|bombardment|raid|assault)\s+"
    r"(?:(?:on|of)\s+(?:the\s+)?(?:night\s+of\s+)?|"
    # "The largest attack of the month came on Oct. 12, with 497 drones … launched overnight"
    r"(?:[\w-]+\s+){0,4}?(?:came|took place|happened|occurred)\s+on\s+(?:the\s+)?)$"
)
# "The ballistic missiles were not intercepted", "none of the missiles was shot down": a stated zero.
_NONE_INTERCEPTED = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}?(?P<kind>missiles|drones)\s+(?:were|was|have been|had been)\s+"
    r"(?:not|never) (?:intercepted|shot down|downed)\b|"
    r"\bnone of the (?:[\w-]+ ){0,2}?(?P<kind2>missiles|drones)\s+(?:were|was|have been|had been)\s+"
    r"(?:intercepted|shot down|downed)\b|"
    r"\bneither (?:of the )?(?:[\w-]+ ){0,2}?(?P<kind3>missiles?|drones?)\s+(?:was|were|has been|had been)\s+"
    r"(?:intercepted|shot down|downed)\b|"
    # "four Iskander-M ballistic missiles, none of which were intercepted"
    r"\b(?P<kind4>missiles|drones)\b[^.;,]{0,40},\s+none of (?:which|them)\s+(?:were|was|have been|had been|"
    r"could be)\s+"
    r"(?:intercepted|shot down|downed)\b",
    re.IGNORECASE,
)
# "All missiles and 288 drones were shot down", "all the cruise missiles were destroyed": every weapon of
# the kind launched (no number of its own; not "all 14 drones", whose number says it).
_ALL_INTERCEPTED = re.compile(
    r"\ball (?:of )?(?:the )?(?:[\w-]+ ){0,2}?(?P<kind>missiles|drones)\b(?! (?:launched|fired) at)"
    r"[^.;]{0,40}?\b(?:were|was|have been|had been)\s+(?:[\w-]+\s+)?"
    r"(?:shot down|intercepted|destroyed|downed|felled|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# A sentence that opens on one kind of weapon of the attack just told: its bare counts are of that kind.
_OF_THE_KIND = re.compile(r"of th(?:e|ese|ose) (?P<kind>drones|missiles|uavs|shaheds)\s*,")
# A source named before, referred back to: "the ministry added", "according to the air force", "it said".
_REFERRED_SOURCE = re.compile(
    r"\b(?:the|its) (?:ministry|air force|agency|department|command|governor|mayor|administration|service)\b|"
    r"\b(?:it|he|she|they) (?:said|added|reported|stated|noted)\b",
    re.IGNORECASE,
)
# A site or a group a stated zero is said of: "no casualties were reported at the refinery itself", "no
# casualties among the crews of the ships".
_AT_A_SITE = re.compile(
    r"\b(?:no|not|nobody|no one)\b[^.;]{0,60}\b(?:(?:at|on) the (?:[\w-]+ )?"
    r"(?:refinery|plant|depot|site|facility|enterprise|factory|airport|airfield|port|station|terminal)|"
    r"among the (?:[\w-]+ )?(?:crews?|staff|workers|employees|personnel|passengers|sailors))\b"
)
# What one hit or its debris did, wherever it was: "debris fell on an avenue in the south of the city without
# causing injuries", "a drone hit a building under construction in Moscow, causing no casualties" (not
# the attack's: "drones struck Voronezh overnight, causing no casualties").
_A_HITS_ZERO = re.compile(
    r"\b(?:debris|fragments|wreckage|(?:a|one|another) (?:single )?(?:drone|missile|UAV|Shahed))\b"
    r"[^.;]{0,80}\b(?:without causing|causing no)\b",
    re.IGNORECASE,
)
# A person spoken of again in a new paragraph: "he said on Telegram", "she added".
# A source named after what it said, in the sentence that follows: "The Sumy regional administration said
# this on Telegram", "This was reported by the head of the regional administration" (wire style).
_SAID_THIS = re.compile(
    # ("this" as the object, not "said this was the heaviest attack", "said this week that …")
    r"\b(?:said|says|reported|reports|announced|announces|wrote|writes|stated|posted|shared) this"
    r"(?=\s*(?:[.,;:]|$|(?:on|in|via|to|at|through|during|after|earlier|later|late|early)\b))|"
    r"^\W*This (?:was|is|has been) (?:reported|announced|stated|said|posted|shared|confirmed)\b",
    re.IGNORECASE,
)
_SPEAKER_REFERRED = re.compile(r"\b(?:he|she) (?:said|added|wrote|noted|told|stated)\b", re.IGNORECASE)
# A toll updated: "the toll from the strikes had risen to 28 killed", "the number of injured rose to 99".
# Every match holds one of _TOLL_WORDS (in lower case): a sentence holding none is not searched.
_TOLL, _TOLL_WORDS = lx.vocabulary("toll", "number of (?:the )?(?:dead|injured|wounded|victims|casualties)")
_TOLL_RISEN = re.compile(
    rf"{_TOLL.pattern}[^.;]{{0,60}}?\b(?:rose|risen|climbed|increased|reached|grew|gone up|went up)\b|"
    # "…, raising the death toll to 24", "bringing the number of dead to 24"
    rf"\b(?:rais(?:ing|ed)|br(?:inging|ought)|push(?:ing|ed)|taking|took|lift(?:ing|ed))\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{_TOLL.pattern})"
    r"[^.;]{0,20}?\bto\b",
    re.IGNORECASE,
)
# "Klitschko reported 14 injured. Later he said the number had risen to 23": the toll of the sentence
# before, risen.
_NUMBER_RISEN = re.compile(
    r"\bthe (?:number|figure|count)\s+(?:had |has |have )?(?:since |now |later )?"
    r"(?:risen|rose|climbed|increased|grown|grew|gone up|went up|reached)\s+to\s+(?:at least\s+)?"
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)


# A toll word right after a number: "reported 14 injured", "three people killed".
_TOLL_AFTER_NUMBER = re.compile(
    # ("Seven people were initially reported injured. The number later rose to nine.")
    r"\s+(?:(?:people|persons|civilians)\s+)?(?:were\s+)?(?:(?:initially|first|earlier|reportedly|reported)\s+){0,2}"
    r"(?P<word>injured|wounded|hurt|killed|dead)\b",
    re.IGNORECASE,
)


def _last_toll(text: str, figures: list[Figure]) -> str | None:
    """The toll the last number of a sentence counts, read or not ("initially reported 14 injured", an
    earlier figure): what "the number" of the next sentence is. None when its last number counts
    something else ("Two were injured, and 300 residents were evacuated")."""
    numbers = find_numbers(text)
    if not numbers:
        return None
    last = numbers[-1]
    for f in figures:
        if f.category == PEOPLE and not f.vague and f.start <= last.start < f.end:
            return f.role
    said = _TOLL_AFTER_NUMBER.match(text, last.end)
    if said is None:
        return None
    return INJURED if said.group("word").lower() in ("injured", "wounded", "hurt") else KILLED


# What a number counts when it is not people: "risen to 35%", "risen to 62 drones downed".
_NOT_PEOPLE_AFTER = re.compile(
    r"\s*(?:%|per\s?cent\b|(?:[\w-]+\s+)?(?:drones?|missiles?|uavs?|targets?|residents|households|homes|"
    r"buildings|flights|settlements)\b)",
    re.IGNORECASE,
)


def _toll_risen(text: str, role: str) -> Figure | None:
    """The count of "the number had risen to 23" as a toll of ``role`` (the sentence before's)."""
    if "number" not in text and "figure" not in text and "count" not in text:
        return None
    m = _NUMBER_RISEN.search(text)
    if m is None:
        return None
    found = find_numbers(m.group("n"))
    if not found or _NOT_PEOPLE_AFTER.match(text, m.end("n")):
        return None
    return Figure(PEOPLE, role, found[0].value, m.start("n"), m.end("n"), False)


# A sentence that only opens the list of the parts of the count before it: "These included:".
# A sentence that opens on its list of the parts of the count before: "Namely: 2 Kinzhal rockets, …".
_PARTS_OPEN = re.compile(r"^(?:namely|in particular|among them|these included|they included)\s*:\s*\S", re.I)
_PARTS_FOLLOW = re.compile(
    r"^(?:(?:these|they|this|it|the (?:attack|strike|weapons|targets))\s+"
    r"(?:included?|includes|comprised|consisted of|were)|among them)\s*:$",
    re.IGNORECASE,
)
# The two sides as one subject (lower-cased): "Russia and Ukraine accused each other of …".
_BOTH_SIDES = re.compile(
    r"\b(?:russia and ukraine|ukraine and russia|moscow and kyiv|kyiv and moscow)\b[^.;]{0,40}\beach other\b"
)
# A toll told as the first reports, which later ones revise: "Initially, Mayor Terekhov reported four
# deaths", "At first, officials spoke of two injured".
_FIRST_REPORTS = re.compile(
    r"\W*(?:initially|at first|(?:first|early|initial) (?:reports?|information|data|figures)|"
    # "Earlier this morning officials reported one dead", after an update's higher toll
    # ("Earlier, he had reported six injured": the pluperfect tells an earlier word)
    r"earlier(?: this morning| today| in the day)?,? (?:[\w-]+ ){0,3}?(?:had )?(?:reported|said|spoke of)|"
    r"earlier,? (?:[\w-]+ ){0,3}?had (?:reported|said|spoken of)|"
    # translated: "Earlier was informed about 3 wounded, now their number increased to 5"
    r"earlier (?:was|were|it was) (?:informed|reported) about)\b",
    re.IGNORECASE,
)
# "The governor initially reported two dead and 11 injured; …": the counts of the first report.
# ("Local media had earlier reported more than 20 injured, but the governor said 17")
_FIRST_REPORTED_BEFORE = re.compile(
    r"\b(?:initially|earlier|previously) (?:reported|said)\b[^.;]{0,40}$", re.IGNORECASE
)
# A count on top of the others: "another 31 drones", "a further 12", "an additional 20".
_MORE_PHRASES = ("another", "a further", "an additional")
_MORE_BEFORE = re.compile(rf"\b(?:{'|'.join(_MORE_PHRASES)})\s+$")
_MORE_WORDS = tuple(p.split()[-1] for p in _MORE_PHRASES)  # every match holds one
# The same said after the number of a place's count: "three more over the Oryol region".
_MORE_AFTER = re.compile(r"[\w,-]+\s+more\s+(?:over|in)\b", re.IGNORECASE)
# A sentence that opens on its count being on top of the others, whatever became of them: "In addition,
# the occupiers fired 4 S-300 missiles at Mykolaiv", "Additionally, the enemy launched two attack UAVs",
# "Also the enemy used 2 guided missiles Kh-59", "Additionally, three drones were destroyed by mobile fire
# groups" (but "In addition to nearly 500 UAVs, Moscow also targeted Ukraine with …" names the others).
_ADDED_OPENING = re.compile(
    r"^\W*(?:in addition(?! to)|additionally|on top of that|"
    # "Also the enemy used …", "Also, two missiles were shot down", not "Also in the Sumy region, three
    # drones …" (a place's share)
    r"also(?:,(?!\s*(?:in|over|near|at|on)\b)|"
    r"\s+(?:the\s+)?(?:enemy|russia|russians|russian (?:army|forces|troops)|occupiers|invaders|"
    r"aggressor)\b))",
    re.IGNORECASE,
)
# "All of them were shot down", after the sentence that counted them: as many intercepted.
# The weapons an "all … shot down" sentence names, with their kind ("the drones were all destroyed": not
# the missiles launched with them; "all the targets": every kind).
_ALL_DOWN_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(("drones", "uavs", "shaheds"), DRONES),
    "missiles": MISSILES,
    "targets": None,
}
_ALL_DOWN_NOUN = f"(?:{'|'.join(_ALL_DOWN_NOUNS)})"
# "All of them were shot down", also in a concession ("According to the ministry, although all the
# missiles were intercepted, …").
_ALL_OF_THEM_DOWN = re.compile(
    r"^(?:(?:[^.;,\d]{0,60},\s+)?(?:although|though|while)\s+)?"
    r"(?:all of (?:them|these|those)|(?:they|these|those) (?:were |have been )?all|"
    # "all were shot down"
    r"all(?= (?:were|have been|had been)\b)|"
    rf"all (?:the|these|those) (?P<kind>{_ALL_DOWN_NOUN})|"
    # "The drones were all destroyed", "the missiles have all been shot down": "all" after the verb be
    rf"(?:the|these|those) (?P<named>{_ALL_DOWN_NOUN}) (?:were|have|had) all(?! but))"
    rf"(?:\s+\w+){{0,2}}?\s+(?:{lx.INTERCEPT.pattern})|"
    # "air defence destroyed all of them"
    rf"^(?:[\w-]+\s+){{0,3}}(?:{lx.INTERCEPT.pattern})\s+all of (?:them|these|those)\b",
    re.IGNORECASE,
)


def _kind_all_down(said: re.Match[str] | None) -> str | None:
    """The kind of weapon an "all … shot down" sentence names ("The drones were all destroyed"), or None
    for all of them ("All of them were shot down", "all the targets")."""
    if said is None:
        return None
    noun = said.group("kind") or said.group("named")
    return None if noun is None else _ALL_DOWN_NOUNS[noun.lower()]


_NOT_INTERCEPTED = re.compile(
    r"\b(?:it|the missile|this missile) was not (?:intercepted|shot down)\b", re.IGNORECASE
)


# Beyond these a figure is no one attack's (a war-long statistic, a typo, an engineered article): it
# stays null. The largest real nights were about a thousand drones and 150 missiles, the deadliest
# strikes a few dozen killed and a few hundred injured; the caps leave room for worse nights without
# admitting "about 7,400 missiles" since the invasion or the UN's "more than 10,000 civilians killed".
_CAPS = {DRONES: 5_000, MISSILES: 1_000, TOTAL: 6_000, PEOPLE: 2_000}


def _believable(category: str, value: int) -> bool:
    return 0 <= value <= _CAPS.get(category, _CAPS[TOTAL])


@dataclass(slots=True)
class _Incident:
    direction: str
    counts: list[Count] = field(default_factory=list)
    regions: set[str] = field(default_factory=set)
    sentences: list[int] = field(default_factory=list)  # about the attack: with figures or air words
    # with attack words only ("The strike came at about 10:40 local time"): when it came
    attack_only: list[int] = field(default_factory=list)
    lone: list[Count] = field(default_factory=list)  # "when a Russian missile struck …": see _lone_missile


@dataclass(slots=True)
class _Sent:
    """One sentence as the article reads it: its facts (shared by every copy of the text) and what
    depends on where it stands (dates against the publication day, figures after the one before)."""

    s: Sentence
    facts: _Facts
    dates: list[DateMention]
    figures: list[Figure]
    headline: bool
    caption: bool = False
    file_photo: bool = False
    far: bool = False  # gives a time a year or more back that no date of this attack outweighs
    low: str = ""  # set for sentences about an attack: the patterns of the article-level reading
    item_of: int = -1  # the sentence opening the list this one is an item of ("Shot down:")
    compared: date | None = None  # the other night this attack is compared with ("after … on Sunday")
    compared_figures: list[Figure] = field(default_factory=list)  # that night's, told in the aside


def _clause_claimant(text: str, at: int) -> str | None:
    """Who states the clause between semicolons that holds position ``at``, if it names a source."""
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return find_claimant(text[start : end if end >= 0 else len(text)])


# A name beside a verb of saying ("…," Osypenko said', "according to Kozytskyi"): a person may speak.
_NAME_SPEAKS = re.compile(
    r"\b(?!(?:She|They|The|This|That|It|We|Officials?|Authorities)\b)[A-Z][\w'’-]{2,}\s+(?:later\s+|also\s+)?"
    r"(?:said|says|wrote|writes|added|adds|noted|told|stated|reported|explained|emphasi[sz]ed|stressed)\b|"
    r"\b(?:said|says|wrote|added|according to)\s+[A-Z][\w'’-]{2,}\b"
)
_QUOTE_OPENS = ('"', "“")
_QUOTE_MARKS = ('"', "“", "”")
_QUOTE_SENTENCES = 6  # a quote runs on for a few sentences at most before its speaker is named


def _quote_marks(text: str) -> int:
    return sum(text.count(q) for q in _QUOTE_MARKS)


class _Claimants:
    """Who stated the counts of each sentence: a source named in it, else the one named in the
    sentence before it in the same paragraph (a quote goes on: "…, the air force said. Of them, …")."""

    def __init__(self, sents: list[_Sent]) -> None:
        self._sents = sents
        self._found: dict[int, str | None] = {}
        self._people: dict[str, str] | None = None

    def _named(self, idx: int) -> str | None:
        if idx not in self._found:
            text = self._sents[idx].s.text
            named = find_claimant(text)
            if named is None and _NAME_SPEAKS.search(text) and (phrase := speaking(text)):
                named = spoken_by(phrase, self._known_people())  # '…," Osypenko said'
            self._found[idx] = named
        return self._found[idx]

    def _known_people(self) -> dict[str, str]:
        """The people the article names with their office, read once, when a sentence names someone
        speaking and no office."""
        if self._people is None:
            self._people = {}
            for x in self._sents:
                for surname, claimant in people(x.s.text):
                    self._people.setdefault(surname, claimant)
        return self._people

    def in_quote(self, idx: int) -> bool:
        """Whether sentence ``idx`` is part of a quote that opened before it in its paragraph, or opens
        one there."""
        opened, closes = self._quote_state(idx)
        return opened or closes

    def _quote_state(self, idx: int) -> tuple[bool, bool]:
        """Whether a quote is open as sentence ``idx`` begins (its paragraph's quote marks before it are
        odd), and whether the sentence opens or closes one (its own are odd)."""
        paragraph = self._sents[idx].s.paragraph
        first = idx
        while first > 0 and self._sents[first - 1].s.paragraph == paragraph:
            first -= 1
        before = sum(_quote_marks(self._sents[k].s.text) for k in range(first, idx))
        own = _quote_marks(self._sents[idx].s.text)
        opens_here = self._sents[idx].s.text.lstrip().startswith(_QUOTE_OPENS) and own % 2 == 1
        return before % 2 == 1, opens_here or (before % 2 == 1 and own % 2 == 1)

    def _quote_end(self, idx: int) -> int:
        """The later sentence of the paragraph that closes the quote sentence ``idx`` opens or runs on in,
        or -1: '"Tonight the enemy attacked the region with 11 drones. Nine were shot down. … district,"
        Osypenko said.'"""
        opened, marks = self._quote_state(idx)
        if opened == marks:
            # not in a quote, or the quote closes here, where its speaker is named if at all
            return -1
        paragraph = self._sents[idx].s.paragraph
        for later in range(idx + 1, min(idx + _QUOTE_SENTENCES, len(self._sents))):
            if self._sents[later].s.paragraph != paragraph:
                return -1
            if _quote_marks(self._sents[later].s.text):
                return later
        return -1

    def _said_after(self, idx: int) -> str | None:
        """The source the next sentence names as having said this one ("… shot down 13 Shaheds. The
        regional administration said this on Telegram")."""
        later = idx + 1
        if later < len(self._sents) and _SAID_THIS.search(self._sents[later].s.text):
            return self._named(later)
        return None

    def _quoted_by(self, idx: int) -> str | None:
        """Who speaks the quote sentence ``idx`` is in, when the quote closes in a later sentence."""
        end = self._quote_end(idx)
        return self.of(end) if end >= 0 else None  # "…," he wrote: the person the story named before

    def of(self, idx: int) -> str | None:
        named = self._named(idx) or self._quoted_by(idx) or self._said_after(idx)
        if named is not None:
            return named
        paragraph = self._sents[idx].s.paragraph
        # The quote of the sentence before goes on; a source referred back to ("the ministry added",
        # "it said") is the last one the paragraph named.
        back = idx - 1
        speaker = _SPEAKER_REFERRED.search(self._sents[idx].s.text) is not None
        while back >= 0 and self._sents[back].s.paragraph == paragraph:
            named = self._named(back)
            if named is not None:
                return named
            if back == idx - 1 and not speaker and _REFERRED_SOURCE.search(self._sents[idx].s.text) is None:
                return None
            back -= 1
        if back >= 0 and speaker:
            # '"A small fire broke out," he said, adding that no one was injured': the person the
            # paragraph before named (its last sentence that named a source).
            before = self._sents[back].s.paragraph
            while back >= 0 and self._sents[back].s.paragraph == before:
                named = self._named(back)
                if named is not None:
                    return named
                back -= 1
        return None


def _count(
    f: Figure,
    field: str,
    x: _Sent,
    idx: int,
    claimant: str | None,
    *,
    exact: bool = True,
    told_of: str | None = None,
    **kinds: bool,
) -> Count:
    """Figure ``f`` of sentence ``x`` (the ``idx``-th) as a count of ``field``, the sentence its evidence
    (``told_of``: the one place the sentence names, for a toll with no place of its own)."""
    place, town = (None, None) if f.place is None else _place_name(f.place)
    # A town the gazetteer does not know, in a sentence that names one region ("Bryansk governor … said
    # a man was killed near the town of Pochep"): a town of that region.
    unknown = place is not None and place == f.place and not find_regions(f.place)
    named = {r.name for r in x.facts.regions} if unknown else set()
    if len(named) == 1 and place not in named:
        place, town = next(iter(named)), place
    before = x.s.text[max(0, f.start - 20) : f.start].lower()
    more = (
        (_holds(before, _MORE_WORDS) and _MORE_BEFORE.search(before) is not None)
        or (
            f.category != PEOPLE
            # (what was shot down or lost, only with no place of its own: "In addition, four drones were
            # destroyed over the Moscow region" may retell that region's part of the night's count)
            and (f.role == LAUNCHED or (f.role in (INTERCEPTED, SUPPRESSED) and f.place is None))
            and _ADDED_OPENING.match(x.s.text) is not None
        )
        or (f.category != PEOPLE and _MORE_AFTER.match(x.s.text, f.start) is not None)
    )
    first_report = f.category == PEOPLE and (
        _FIRST_REPORTS.match(x.s.text) is not None
        or _FIRST_REPORTED_BEFORE.search(x.s.text, max(0, f.start - 60), f.start) is not None
    )
    # "Across the country, the ministry said it intercepted 49 drones": a count said of every region
    everywhere = f.category != PEOPLE and place is None and _ACROSS_THE_COUNTRY.search(x.s.text) is not None
    combined = f.role == INTERCEPTED and (
        _SHOT_DOWN_OR_LOST_BEFORE.search(x.s.text, max(0, f.start - 60), f.start) is not None
        or _SHOT_DOWN_OR_LOST_AFTER.match(x.s.text, f.end) is not None
    )
    floor = f.qualified and FLOOR_BEFORE.search(x.s.text, max(0, f.start - 20), f.start) is not None
    return Count(
        field,
        f.value,
        x.s.start,
        x.s.end,
        idx,
        exact,
        place,
        floor=floor,
        claimant=claimant,
        more=more,
        first_report=first_report,
        town=town,
        military=f.military,
        vague=f.vague,
        told_of=told_of,
        everywhere=everywhere,
        combined=combined,
        **kinds,
    )


# The verbs of an interception count that takes in the drones lost too: "neutralised", "stopped", "shot
# down or suppressed" (the count right after them, with no other count between).
_SHOT_DOWN_OR_LOST_BEFORE = re.compile(
    r"\b(?:neutrali[sz](?:ed|ing)|stopped|shot down\s*(?:or|and|/)\s*(?:suppressed|jammed|lost)|"
    r"downed\s*(?:or|and|/)\s*(?:suppressed|jammed))\b[^.;:\d]*$",
    re.IGNORECASE,
)
# … or after it: "88 had been 'neutralised'", "109 of them neutralised".
_SHOT_DOWN_OR_LOST_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:had been|have been|were|was)\s+)?[\"“']?(?:neutrali[sz]ed|stopped)\b",
    re.IGNORECASE,
)


_ACROSS_THE_COUNTRY = re.compile(
    r"\b(?:across|throughout) (?:the country|Russia|Ukraine)\b|\bnationwide\b|"
    r"\bover (?:(?:several|various|multiple|\w+|\d+) )?(?:Russian )?regions\b|"
    r"\bover (?:the territory of )?(?:Russia|the Russian Federation)\b|\bover (?:the )?Russian territory\b",
    re.IGNORECASE,
)
_SAME_NAME = (
    0.7  # how alike two spellings of one name are ("Kharkov"/"Kharkiv" 0.86, "Dnipro"/"Dnipropetrovsk" 0.6)
)
_PLACE_KIND = re.compile(rf"\s+(?:{'|'.join(lx.PLACE_KINDS)}|city)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _added(first: Count, second: Count) -> Count:
    """Two counts of parts of one whole as one count (its span covers both)."""
    return replace(
        first,
        value=first.value + second.value,
        end=max(first.end, second.end),
        exact=first.exact and second.exact,
        place=first.place if first.place == second.place else None,
    )


def _place_name(written: str) -> tuple[str, str | None]:
    """The region a place as written belongs to ("Kremenchuk", "Poltava Oblast" → "Poltava"), so that
    counts of one place compare equal, and the town it names inside that region ("Kremenchuk"), None
    when it names the region itself. A place the gazetteer does not know stays as written."""
    found = find_regions(written)
    if len(found) != 1:
        return written, None
    region = found[0].name
    name = _PLACE_KIND.sub("", written.strip())
    # The region's own name in another spelling ("Kharkov", "Odessa", "Kharkiv Oblast") is the region's;
    # a city named otherwise ("Dnipro", "Kryvyi Rih") is a town of it.
    same = name == region or difflib.SequenceMatcher(None, name.lower(), region.lower()).ratio() >= _SAME_NAME
    return region, None if same else name


# A toll's place told by a noun that refers back: "… were injured in the southern city".
_IN_THE_CITY = re.compile(
    r"[^.;]{0,40}?\bin the (?:[\w-]+ ){0,2}?(?:city|town|port|village)\b(?! (?:of|military|council|centre))"
)
_PLACE_BACK = 3  # how many sentences back a place referred to is looked for
# A sentence opening on a toll of "others", the people of the sentence before: "Twelve others were injured."
_OTHERS_OPEN = re.compile(
    r"\W*(?:[\w-]+\s+){1,2}?(?:others|more(?:\s+people)?)\s+(?:were|was|have been|had been)\s", re.IGNORECASE
)


def _named_before(sents: list[_Sent], idx: int, country: str) -> str | None:
    """The one region of ``country`` named by the nearest sentence before ``idx`` that names any."""
    for k in range(idx - 1, max(-1, idx - 1 - _PLACE_BACK), -1):
        if sents[k].facts.regions:
            return _one_place(sents[k].facts.regions, country)
    return None


def _one_place(regions: tuple[RegionMention, ...], country: str) -> str | None:
    """The one region of ``country`` a sentence names, or None (none, or several: the attack's list)."""
    names = {r.name for r in regions if r.country == country}
    return next(iter(names)) if len(names) == 1 else None


_CAPITALS = {UA: "Kyiv", RU: "Moscow"}


def _told_of(x: _Sent, country: str) -> str | None:
    """The one place of ``country`` a sentence giving a toll with no place names ("struck districts
    across the Ukrainian capital Kyiv, killing 14 people"), None where it names none, several, or the
    whole ("across Ukraine", "in total")."""
    if lx.WHOLE.search(x.s.text):
        return None
    if x.facts.regions:
        return _one_place(x.facts.regions, country)
    capital = _CAPITAL.search(x.s.text) if "capital" in x.s.text else None
    if capital is None or (capital.group("russian") is not None) != (country != UA):
        return None
    return _CAPITALS[country]


def report_id(article_id: str, incident_id: str) -> str:
    return hashlib.sha256(f"{article_id}|{incident_id}".encode()).hexdigest()[:16]


def _mask_header(text: str) -> str:
    """Blank the crawl date of a page header ("date 2025-07-04 …") that opens a sentence: at the top
    of the body, or under a headline the page repeats above it."""
    header = lx.HEADER_DATE.match(text) if text.startswith("date ") else None
    return text if header is None else " " * header.end() + text[header.end() :]


# Wire copy and boilerplate repeat sentences across articles: a pattern is searched once per text.
@functools.lru_cache(maxsize=16384)
def _seen(pattern: re.Pattern[str], low: str) -> bool:
    """Whether ``pattern`` (a ``lx.lowered`` one) occurs in the lower-cased sentence ``low``."""
    return pattern.search(low) is not None


@functools.lru_cache(maxsize=8192)
def _caption(line: str) -> tuple[bool, bool]:
    """(is a photo caption, is a file photo) for one line of the body."""
    # Captions are short lines with a photo credit or a photo dateline ("Ukraine, July 31, 2024").
    if len(line) >= 500:
        return False, False
    if ", 20" not in line:
        low = line.lower()
        for hint in _CAPTION_HINTS:
            if hint in low:
                break
        else:
            return False, False
    return bool(_CAPTION.search(line) or _CAPTION_DATE.search(line)), bool(_FILE_PHOTO.search(line))


class _Facts(NamedTuple):
    """What one sentence says regardless of where it stands: the same text gives the same facts."""

    air: bool
    attack: bool
    casualty: bool
    negation: bool
    pointed: bool
    dated: bool  # a date word or a numeric date: find_dates is worth calling
    regions: tuple[RegionMention, ...] = ()
    foreign: bool = False
    other_time: bool = False
    number_words: bool = False
    digits: bool = False
    countable: bool = False  # a counted noun or a casualty word
    readable: bool = False  # numbers (or "a"/"one") of this time and this war: figures may be read
    defended: bool = False  # names air defence at work: its places are where the attack was met
    asides: tuple[tuple[int, int], ...] = ()  # spans of asides about another time: not read
    years: tuple[tuple[int, int, int], ...] = ()  # (year, start, end) of times given with their year
    anaphoric: bool = False  # "that night", "that day": the time the article named last
    supplied: bool = False  # a word of weapons made, bought or handed over ("stockpiled", "delivered")
    # Spans that tell where weapons were launched from ("fired … from the Rostov region in southern
    # Russia"): neither their places nor their words point at the attack's target.
    launch_areas: tuple[tuple[int, int], ...] = ()


# The word sets a sentence's facts ask about, and for each of their words the sets that hold it.
_WORD_SETS = (
    *(lx.AIR_WORDS, lx.ATTACK_WORDS, lx.CASUALTY_WORDS, _NEGATION_WORDS, DIRECTION_WORDS, lx.DATE_WORDS),
    *(_DEFENCE_WORDS, lx.FOREIGN_TRIGGERS, FIRST_WORDS, lx.NUMBER_WORDS, _SINGULAR_WORDS, lx.HEAD_WORDS),
    *(lx.SUPPLY_TOKENS, lx.ANAPHORA_NOUNS),
)
_SETS_OF: dict[str, list[frozenset[str]]] = {}
for _words in _WORD_SETS:
    for _word in _words:
        _SETS_OF.setdefault(_word, []).append(_words)
_SET_WORDS = frozenset(_SETS_OF)


def _sets_held(tokens: set[str]) -> set[frozenset[str]]:
    """The sets of ``_WORD_SETS`` that hold a word of ``tokens``: one intersection and a look-up for
    each of the few words found cost half as much as a test of each set."""
    held: set[frozenset[str]] = set()
    for word in tokens & _SET_WORDS:
        held.update(_SETS_OF[word])
    return held


# Wire copy, statements and boilerplate repeat sentences across articles: each is read once.
@functools.lru_cache(maxsize=8192)
def _facts(text: str, low: str) -> _Facts:
    """Facts of a sentence (``low``: its slice of the lower-cased body)."""
    tokens = lx.tokens(low)
    held = _sets_held(tokens)
    air = lx.AIR_WORDS in held
    attack = lx.ATTACK_WORDS in held
    casualty = lx.CASUALTY_WORDS in held
    negation = _NEGATION_WORDS in held
    pointed = DIRECTION_WORDS in held
    ascii_ = text.isascii()
    digits = (_ASCII_DIGIT if ascii_ else _DIGIT).search(text) is not None
    dated = lx.DATE_WORDS in held or (
        digits and (_ASCII_NUMERIC_DATE if ascii_ else _NUMERIC_DATE).search(text) is not None
    )
    # (electronic warfare is defence too: "Another 12 were lost to electronic warfare.")
    defended = ("air" in tokens and _DEFENCE_WORDS in held) or {"electronic", "warfare"} <= tokens
    if not (air or attack or casualty or defended):
        # Nothing about an attack here; only a date can matter (it may open another story).
        regions: tuple[RegionMention, ...] = ()
        if len(text) <= _LIST_ITEM_MAX and FIRST_WORDS in held:
            # "Kharkiv." opening a regional post, "14 – over Sumy region" in a list after a colon
            regions = tuple(find_regions(text, tokens, low=low))
        return _Facts(air, attack, casualty, negation, pointed, dated, regions)
    foreign = lx.FOREIGN_TRIGGERS in held and bool(lx.FOREIGN_L.search(low))
    other_time = lx.other_time(low)
    asides: tuple[tuple[int, int], ...] = ()
    record = ("record" in low or "previous" in low) and _EARLIER_RECORD_L.search(low) is not None
    if other_time or record:
        # "472 drones, breaking the record — set just last week — by 100": the other time is the
        # aside's; the sentence around it is about this attack, and only the aside is not read. So is
        # a clause on an earlier record ("The previous record was 728 drones; this time, 810").
        # (not the main clause after a one-word opener: "Remind, the previous massive attack was on …")
        spans = tuple(
            m.span()
            for m in (_ASIDE_SPAN if ";" in low else _ASIDE_SPAN_NO_CLAUSE).finditer(low)
            if ((record and _EARLIER_RECORD_L.search(m.group())) or (other_time and lx.other_time(m.group())))
            and _ONE_WORD.fullmatch(low, 0, m.start()) is None
        )
        if spans:
            outside = list(low)
            for start, end in spans:
                outside[start:end] = " " * (end - start)
            if not lx.other_time("".join(outside)):
                other_time, asides = False, spans
    regions = tuple(find_regions(text, tokens, low=low)) if FIRST_WORDS in held else ()
    if (
        " after " in low
        and _holds(low, lx.EARLIER_ATTACK_WORDS)
        and (earlier := lx.EARLIER_ATTACK_L.search(low)) is not None
    ):
        # "Russia attacked with 65 drones, a day after a strike that killed 12 in Kryvyi Rih": the
        # clause is the earlier attack's when the rest of the sentence reports one of its own (not in
        # "Neighbours spent Thursday clearing up, a day after a missile tore through the block").
        # "Slovakia blocked the package on Wednesday, days after Russia's largest attack, in which it
        # launched 537 drones": a clause weeks or days back is another time's in any sentence.
        span = earlier.span()
        # "It comes a day after Kyiv suffered one of the heaviest assaults, with Russian attacks killing
        # at least 13": the story's attack set beside an earlier one, all of the rest of it.
        comes = _IT_COMES.match(low, 0, span[0]) is not None
        if (
            earlier.group("participle")
            and not comes
            and lx.tokens(low[span[0] : earlier.start("participle")]).isdisjoint(
                lx.ATTACK_WORDS | lx.AIR_WORDS
            )
        ):
            span = (span[0], earlier.start("participle"))  # the killing is not of what came before
        rest = lx.tokens(low[: span[0]] + " " + low[span[1] :])
        back = lx.tokens(earlier.group().partition(" after")[0])
        if (
            not (rest.isdisjoint(lx.ATTACK_WORDS) and rest.isdisjoint(lx.AIR_WORDS))
            or not back.isdisjoint(lx.EARLIER_LONG_WORDS)
            or back == {"days"}
            or comes
        ):
            asides += (span,)
    if " which " in low or " when " in low:
        asides += tuple(
            clause.span("period") if clause.group("period") else clause.span("when")
            for clause in lx.OTHER_PERIOD_CLAUSE_L.finditer(low)
        )
    if asides:  # the places of an aside about another time are that time's
        regions = tuple(r for r in regions if not any(a <= r.start < b for a, b in asides))
    launch_areas: tuple[tuple[int, int], ...] = ()
    if "from" in low and (regions or pointed):
        # "missiles were launched from aircraft north of the Caspian Sea and the Volgodonsk region
        # (Rostov region)": launch areas, up to where the clause names a target; they are in the
        # country of the first one ("launched from the Kursk region over the Sumy region").
        launch_areas = tuple(launch.span() for launch in _LAUNCHED_FROM.finditer(low))
        for start, end in launch_areas:
            areas = [r for r in regions if start <= r.start < end]
            if areas:
                regions = tuple(r for r in regions if r not in areas or r.country != areas[0].country)
    number_words = lx.NUMBER_WORDS in held
    singular = _SINGULAR_WORDS in held
    years: tuple[tuple[int, int, int], ...] = ()
    if digits and "20" in low:
        # "the missile strike on 14 January 2023", "the July 2022 explosion"; not the year the war began
        # ("since the invasion in February 2022"), nor one a superlative compares with.
        years = tuple(
            (int(m.group()), m.start(), m.end())
            for m in lx.YEAR_L.finditer(low)
            if lx.DATES_A_YEAR_L.search(low, max(0, m.start() - 25), m.start()) is not None
            and lx.WAR_START_BEFORE_L.search(low, 0, m.start()) is None
            and _BORN_IN.search(low, max(0, m.start() - 10), m.start()) is None  # "a girl born in 2017"
            and not any(a <= m.start() < b for a, b in asides)
        )
        if years and _seen(lx.SUPERLATIVE_L, low):
            years = ()
    anaphoric = "that" in tokens and lx.ANAPHORA_NOUNS in held and lx.ANAPHORA_L.search(low) is not None
    # Figures of another time or another war are never counted: not read at all.
    readable = not (other_time or foreign) and (
        number_words or digits or (air and singular) or (casualty and singular)
    )
    return _Facts(
        air,
        attack,
        casualty,
        negation,
        pointed,
        dated,
        regions,
        foreign,
        other_time,
        number_words,
        digits,
        countable=casualty or lx.HEAD_WORDS in held,
        readable=readable,
        defended=defended,
        asides=asides,
        years=years,
        anaphoric=anaphoric,
        supplied=readable and lx.SUPPLY_TOKENS in held,
        launch_areas=launch_areas,
    )


# Where a story was filed and by whom ("Kyiv • UNN", "Moscow | TASS"): no place struck.
_FILED_FROM = re.compile(r"\W*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[•·|/]\s*[A-Z][\w-]{1,15}\.?\s*$")
_CLAUSE_SPLIT = re.compile(r";|, (?:while|whereas) ")
_IN_COUNTRY = re.compile(r"[^,;.]{0,20}?\bin (Ukraine|Russia)\b(?!['’]s)")
# The side a weapon count names as its own, inside the count ("250 Ukrainian drones", "40 Russian missiles").
_WEAPONS_OF = re.compile(r"\b(?:Ukrainian|Ukraine's|Russian|Russia's)\b")
_ON_COUNTRY = {"Ukraine": RU_UA, "Russia": UA_RU}
_PLACE_ALONE = re.compile(
    r"(?:In|in) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: region| [Oo]blast)? alone\b"
)
_MINE = re.compile(
    r"\b(?:land ?mines?|(?:anti-tank|anti-personnel) mines?|mine exploded|explosive remnants)\b"
)
_NO_FACTS = _Facts(air=False, attack=False, casualty=False, negation=False, pointed=False, dated=False)
# The opening of a link to another story, on a line of its own or before the linked headline.
_LINK = re.compile(
    # after a bullet or an emoji ("📌 Read also:"), or a sidebar's label
    r"\n(?P<link>(?:[^\w\s]{1,3}[ \t]*)?(?:sidebar[ \t]*[-–—:][ \t]*)?"
    r"(?:read (?:more|also|next)|also read|see also|"
    r"more (?:coverage|on this(?: story| topic)?|news|stories|from)|"
    r"related(?: (?:articles?|stories|news|coverage|content|reading))?|recommended|latest(?: news)?|watch|"
    r"most (?:read|popular|viewed)|popular|trending|top stories|you may also like|don['’]t miss|highlights|"
    # the same in the languages pages are translated from: "Czytaj także / Read also:"
    r"czytaj (?:też|także|również)|mehr zum thema|lesen sie auch|lee también|leer también|lire aussi))"
    r"[ \t]*(?:(?P<mark>[:|»>–—/-])|(?=\r?\n)|$)",
    re.IGNORECASE,
)
# A link inside a line of text: "… unless absolutely necessary.Read also: Enemy attack on Odesa: …".
_LINK_SENTENCE = re.compile(r"(?:read (?:more|also|next)|also read|see also)\s*:", re.IGNORECASE)
_LINK_OPENINGS = frozenset(("read", "also", "see "))
# A linked headline under a list's heading ("Most read:"): a short line without a closing full stop, or
# a quoted headline with its date ('"Russia attacks with nearly 500 drones" (12.07.2025)').
_HEADLINE_LINE = re.compile(r"^(?:[^\n]{1,150}[^.\n]|[\"“][^\n]{1,150}[\"”]\s*\([\d./-]+\))[ \t]*$")
_HEADLINES_UNDER = 8  # how many lines a list of links may hold


def _link_lines(body: str, sentences: list[Sentence]) -> set[int]:
    """The lines that link to other stories: one opening on a link's words, and the line after one
    that is nothing else after a mark ("Read also:" over the linked headline; not a bare "Read more"
    button). The first line is the article's own (a video's "Watch: …" headline)."""
    links: set[int] = set()
    starts: list[int] = []
    for m in _LINK.finditer(body):
        starts = starts or [s.start for s in sentences]
        at = bisect.bisect_right(starts, m.start("link")) - 1
        if at < 0 or starts[at] != m.start("link") or sentences[at].paragraph == 0:
            continue
        links.add(sentences[at].paragraph)
        line_end = body.find("\n", m.end())
        rest = body[m.end() : None if line_end < 0 else line_end].strip(" \t:/|»>–—-")
        # "Mehr zum Thema / More on this topic:": the heading in two languages is a heading still.
        if not rest or _LINK.fullmatch("\n" + rest.rstrip(":")):
            # A heading over its links ("Most read:", "HIGHLIGHTS"): the headlines under it, one to a
            # line, with their section and age lines ("World", "5 hours ago") and blank lines between.
            under = 0
            for line in body[line_end + 1 :].split("\n"):
                if not line.strip():
                    continue
                if under == _HEADLINES_UNDER or not _HEADLINE_LINE.match(line.strip()):
                    break
                if _LINK.match("\n" + line.strip()):
                    break
                under += 1
            if m.group("mark") or under:
                # Paragraphs number the non-empty lines, so the headlines are the next ``under`` of them.
                first = sentences[at].paragraph + 1
                links.update(range(first, first + max(under, 1)))
    # "… working at the scene. Read also:" closing a line of text: the headline is the next line.
    for i, s in enumerate(sentences[:-1]):
        if (
            s.text[:4].lower() in _LINK_OPENINGS
            and _LINK_SENTENCE.fullmatch(s.text.strip())
            and sentences[i + 1].paragraph != s.paragraph
            and _HEADLINE_LINE.match(sentences[i + 1].text.strip())
        ):
            links.add(sentences[i + 1].paragraph)
    if "views" in body:
        links.update(_between_stamps(body))
    return links


# A line that reads as a headline: a capital, then no closing mark.
_HEADLINE_SHAPE = re.compile(r"^[A-Z][^\n]{20,118}[^.!?:;,\"”’)\s]$")
# Text written in sentences, where a headline line is out of place: most lines end in a full stop.
_SENTENCE_LINES = 0.7
_LONG_LINE = 40
_CLOSING_MARKS = (".", "!", "?", '"', "”", "’", ":")


def _written_in_sentences(lines: dict[int, str], title: str | None) -> bool:
    """Whether most long lines end like sentences (posts and bulleted summaries: lines without full
    stops are their text). The story's own headline, repeated above its lead, is left out."""
    long = closed = 0
    own = (title or "").strip()
    for line in lines.values():
        text = line.strip()
        if len(text) < _LONG_LINE or (own and text == own):
            continue  # dates, bylines, buttons; the story's headline
        long += 1
        closed += text.endswith(_CLOSING_MARKS) or _signature(text)  # "(Reporting by …)" closes a story
    return closed >= _SENTENCE_LINES * long


def _stray_headlines(lines: dict[int, str], title: str | None) -> set[int]:
    """The lines of a story told in sentences that read as headlines, after its lead: headlines of other
    stories the page links to ("Ukraine destroys 26 Russian drones in latest overnight strike"), whose
    figures are rounded at best and stand last among the story's own."""
    if not _written_in_sentences(lines, title):
        return set()
    own = (title or "").strip()
    return {
        n
        for n, line in lines.items()
        if n >= 2 and line.strip() != own and _HEADLINE_SHAPE.match(line.strip())
    }


# A headline in a list of links: "- Russian Missiles Hit Odesa For Third Night In a Row, Killing One".
_BULLET = re.compile(r"^[-•–*]\s+")
_TITLE_CASE = 0.6  # the share of a headline's words of four letters or more that are capitalised


def _title_case(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalised, place names left out (a list of regions
    capitalises a sentence too)."""
    words = [w for w in REGION_RE.sub(" ", text).split() if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE * len(words)


def _signature(line: str) -> bool:
    return len(line) < _LONG_LINE or (line.startswith("(") and line.endswith(")"))


def _trailing(lines: dict[int, str], title: str | None) -> set[int]:
    """The headlines after the story's last sentence: the next stories the page links to, whose figures
    are not even a last resort for this one. Such a headline is in title case, or a byline or a button
    follows it; the story's own list after a line ending in a colon is not one, nor a sentence the excerpt
    cut off at its end."""
    told = [n for n, line in lines.items() if len(line.strip()) >= _LONG_LINE and line.strip().endswith(".")]
    if not told or not _written_in_sentences({n: t for n, t in lines.items() if n <= told[-1]}, title):
        return set()
    after = [n for n in sorted(lines) if n > told[-1]]
    if lines[told[-1]].strip().endswith(":"):
        return set()
    out = set()
    for k, n in enumerate(after):
        line = lines[n].strip()
        if line.endswith(":"):
            break  # the story goes on with a list of its own
        bullet = _BULLET.match(line)
        text = line[bullet.end() :] if bullet else line
        if not _HEADLINE_SHAPE.match(text):
            continue
        # a byline, a button or a wire's credit: "Julia Shramko", "Share", "(Reporting by …)"
        signed = any(_signature(lines[m].strip()) for m in after[k + 1 :])
        if _title_case(text) or signed:
            out.add(n)
    return out


# A sidebar's time and view count under each linked headline: "August 28, 07:27 AM • 111613 views".
_VIEWS_STAMP = re.compile(
    r"^[^\n]{0,40}\d{1,2}:\d\d(?:\s*[AP]M)?\s*[•·|]\s*[\d,. ]+\s*views\s*$", re.IGNORECASE
)


def _between_stamps(body: str) -> set[int]:
    """The lines (numbered as paragraphs: non-empty lines) that stand between two view-count stamps of a
    sidebar: headlines of other stories ("563 out of 598 drones … neutralized" the night before), which
    end without a full stop (a story's own text under its stamp ends like a sentence)."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    stamped = [_VIEWS_STAMP.match(line) is not None for line in lines]
    return {
        i
        for i in range(1, len(lines) - 1)
        if stamped[i - 1] and stamped[i + 1] and not stamped[i] and not lines[i].endswith((".", "!", "?"))
    }


def _analyse(body: str, low_body: str, ref: date, title: str | None) -> list[_Sent]:
    """Each sentence of ``body`` with its facts, dates and figures (``low_body``: ``lx.lower(body)``)."""
    out: list[_Sent] = []
    sentences = split_sentences(body)
    # A photo caption is recognised on its whole line: the credit often follows the sentence.
    lines: dict[int, str] = {}
    spans: dict[int, tuple[int, int]] = {}  # each line's first and last character in the body
    for s in sentences:
        lines[s.paragraph] = lines.get(s.paragraph, "") + " " + s.text
        spans[s.paragraph] = (spans.get(s.paragraph, (s.start, s.end))[0], s.end)
    # (is a photo caption, is a file photo) of the line the last sentence about an attack was on:
    # computed only for lines that matter, once each (a line's sentences come one after another).
    captioned, caption = -1, (False, False)

    # The headline repeated at the top of the body: rounded figures, used only as a last resort.
    # A headline that is a sentence of its own (ending in a full stop) is the lead, not a heading.
    headline = (-1, -1)
    if title and len(title) > 20 and not title.rstrip().endswith((".", "!", "?", '"', "”", "’")):
        at = body.find(title.strip()[:80], 0, 1500)
        if at >= 0:
            headline = (at, at + len(title.strip()))
    headed = headline[0] >= 0
    stray = _stray_headlines(lines, title)
    links = _link_lines(body, sentences) | _trailing(lines, title)
    carry: str | None = None
    named_at_another_time = False  # ``carry`` is the weapon a sentence of another time named
    # The role of the weapon count a list opens on ("air defence shot down 122 air targets:"), which its
    # items take ("- 1 Iskander-M ballistic missile;", "- 121 enemy UAVs …").
    listed: str | None = None
    opening = -1  # the sentence the list opens on
    line = -1
    counted: str | None = None  # the role of the last weapon count, while ``carry`` holds its kind
    toll: str | None = None  # the role of the last casualty count of the sentence before
    for s in sentences:
        text = s.text
        if s.paragraph in links or (s.text[:4].lower() in _LINK_OPENINGS and _LINK_SENTENCE.match(s.text)):
            # A link to another story ("Read more: Russian strike on Dnipro kills 4"): its figures and
            # places are that story's.
            out.append(_Sent(s, _NO_FACTS, [], [], False))
            carry = listed = None
            continue
        low = low_body[s.start : s.end]
        if named_at_another_time and not _holds(low, _THIS_NIGHT_WORDS):
            carry = None  # "Of them, 870 were shot down" after a week's count is the week's
        named_at_another_time = False
        facts = _facts(text, low)
        line_start, line_end = spans[s.paragraph]
        if (
            facts.regions
            and line_end - line_start <= _DATELINE_MAX
            and _FILED_FROM.match(body, line_start, line_end)
        ):
            facts = facts._replace(regions=())  # "Kyiv • UNN": where the story was filed
        # An item of a list is a line of its own after the list's opening or an item left open.
        item_of = listed if s.paragraph != line else None
        line, listed = s.paragraph, None
        # Positional: a sentence object is built for every sentence, and keywords cost twice as much.
        in_headline = (
            headed and min(s.end, headline[1]) - max(s.start, headline[0]) > 0.6 * (s.end - s.start)
        ) or (s.paragraph in stray and line_start == s.start and line_end == s.end)
        x = _Sent(s, facts, [], [], in_headline)
        out.append(x)
        if facts.dated:
            x.dates = find_dates(_mask_header(text), ref)
            if " after " in text:
                x.dates = [_day_of_the_attack(text, d) for d in x.dates]
            if facts.asides:  # the dates of an aside about another time are that time's
                x.compared = _one_day_within(x.dates, facts.asides)
                x.dates = [d for d in x.dates if not any(a <= d.start < b for a, b in facts.asides)]
            if "s " in text or "mourning" in low:
                # "on the eve of Friday's meeting", "declared Friday a day of mourning": another event's day.
                x.dates = [
                    d
                    for d in x.dates
                    if not (_DATES_ANOTHER_EVENT.match(text, d.end) or _day_of_mourning(text, d))
                ]
            if x.dates and any(word in low for word in _COMPARING_L):
                compared = _compared_nights(text, x.dates)
                if compared:
                    x.compared = _one_day_within(x.dates, compared) or x.compared
                    x.dates = [d for d in x.dates if not any(a <= d.start < b for a, b in compared)]
                    facts = facts._replace(asides=facts.asides + compared)
                    x.facts = facts
            if x.dates and (
                other := _while_clause(text, x.dates)
                or _clause_of_another_day(text, x.dates)
                or _relative_clause_of_its_day(text, x.dates)
            ):
                # "One person was killed as Russian strikes hit Kyiv, while the toll from Friday's attack on
                # Kryvyi Rih continued to rise": the clause and its day are another attack's.
                x.dates = [d for d in x.dates if d.start < other[0]]
                facts = facts._replace(
                    asides=(*facts.asides, other),
                    regions=tuple(r for r in facts.regions if r.start < other[0]),
                )
                x.facts = facts
        if facts.years:
            # A time with a year that no date found here resolves (over a year back, or a month without
            # its day) and that is not the publication's: another time, even beside a weekday ("A court
            # on Wednesday sentenced … for the strike on 14 January 2023").
            x.far = any(
                _year_before(year, ref) and not any(d.start < end and start < d.end for d in x.dates)
                for year, start, end in facts.years
            )
        risen = _toll_risen(text, toll) if toll is not None else None
        toll = None
        if risen is not None and not (facts.air or facts.attack or facts.casualty or facts.defended):
            x.figures, x.low = [risen], low
            continue
        if carry is not None and counted is not None and _PARTS_FOLLOW.match(text):
            # "Russia attacked with 134 means of air attack. These included:" opens the list of the
            # count before it, whose items take its role.
            listed, opening = counted, len(out) - 1
            continue
        if text.endswith("?") and (asked := role_before(text[:-1])) in (LAUNCHED, INTERCEPTED, SUPPRESSED):
            # An explainer's question ("What did Russia fire?") governs the counts of its answer, the line
            # after it ("According to the air force, 479 drones and 58 missiles").
            listed, opening = asked, len(out) - 1
        # Nothing about an attack here; "Of them, 70 were knocked out by air defence" is.
        if not (facts.air or facts.attack or facts.casualty or facts.defended):
            carry = None
            continue
        if s.paragraph != captioned:
            captioned, caption = s.paragraph, _caption(lines[s.paragraph])
        x.caption, x.file_photo = caption
        x.low = low
        unquoted = low.lstrip("\"“‘' ")
        if unquoted.startswith(("of the ", "of these ", "of those ")) and (
            kind := _OF_THE_KIND.match(unquoted)
        ):
            # "Of the drones, 211 were shot down and 87 were lost locally": the kind the clauses count.
            carry = MISSILES if kind.group("kind") == "missiles" else DRONES
        if item_of is None and counted is not None and _PARTS_OPEN.match(text):
            # "… used 63 means of air attack. Namely: 2 Kinzhal rockets, … and 55 Shahed UAVs": the parts of
            # the count before, in the role it counted.
            item_of = counted
        # A figure needs a counted noun, a casualty word or a weapon carried from the sentence
        # before: without one, read_figures would find nothing, so it is not called.
        if facts.readable and (carry is not None or facts.countable):
            x.figures = read_figures(text, carry, with_words=facts.number_words, item_of=item_of)
            if facts.asides:
                if x.compared is not None:
                    # "… came a day after Russia sent 479 drones overnight into Monday": that night's counts
                    x.compared_figures = [
                        f for f in x.figures if any(a <= f.start < b for a, b in facts.asides)
                    ]
                x.figures = [f for f in x.figures if not any(a <= f.start < b for a, b in facts.asides)]
            if ("past" in low or "last" in low) and lx.PAST_DAY_L.search(low):
                x.figures = [f for f in x.figures if f.category != PEOPLE]
            elif "each other" in low and _BOTH_SIDES.search(low) is not None:
                # "Russia and Ukraine accused each other of overnight strikes that killed two": the two
                # attacks' tolls together, neither's (not "killing three in Ukraine and injuring two in
                # Russia": each toll names its side)
                x.figures = [
                    f
                    for f in x.figures
                    if f.category != PEOPLE
                    or f.place is not None
                    or _IN_COUNTRY.match(text, f.end) is not None
                ]
            elif low.startswith("separately") and not lx.names_an_aerial_weapon(low):
                # "Separately, … an explosion in Lviv killed one person": another story's toll, unless it
                # names a drone, missile or bomb.
                x.figures = [f for f in x.figures if f.category != PEOPLE]
        if risen is not None and all(f.category != PEOPLE for f in x.figures):
            x.figures.append(risen)
        if facts.casualty:
            # Only where the sentence tells the place: "four deaths occurred in Khmelnytskyi, with more
            # civilians wounded".
            named = {r.name for r in facts.regions}
            sole = next(iter(named)) if len(named) == 1 else None
            x.figures.extend(
                f if f.place is not None else f._replace(place=sole)
                for f in vague_tolls(text)
                if f.place is not None or sole is not None
            )
        toll = _last_toll(text, x.figures) if facts.casualty else None
        # (an aside's counts of another night name the weapon for the sentence telling it on: "… after
        # Russia sent 100 drones overnight into Tuesday. On that occasion 84 were neutralised.")
        weapons = [f for f in x.figures or x.compared_figures if f.category != PEOPLE]
        if item_of is not None:
            x.item_of = opening
        if text.endswith(":") and (weapons or facts.attack):
            # The list's role: its opening count's ("shot down 122 air targets:"), else its verb's
            # ("Shot down/suppressed:", "Russia launched:").
            listed, opening = (weapons[-1].role if weapons else role_before(text)), len(out) - 1
        elif (
            weapons
            and (weapons[-1].category, weapons[-1].role) == (TOTAL, LAUNCHED)
            and not text.endswith((".", "!", "?"))
        ):
            # A post's heading line with the total its lines break down: "THE ENEMY USED 213 AIR ATTACK
            # MEANS" over "▫️ 6 Iskander-M ballistic missiles", "▫️ 202 strike UAVs".
            listed, opening = LAUNCHED, len(out) - 1
        elif item_of is not None and not text.endswith((".", "!", "?")):
            listed = item_of
        if weapons:
            carry, counted = weapons[-1].category, weapons[-1].role
            pair = weapons[-2:]
            if {f.category for f in pair} == {DRONES, MISSILES} and pair[0].role == pair[1].role:
                carry = TOTAL  # "… 178 drones and six missiles. 132 of them were shot down."
        elif facts.other_time:
            # Another time's count is not read, but the weapon it names is the story's for a sentence of
            # this night: "Russia launched nearly 4,000 drones in May. Overnight, it launched 60."
            carry = weapon_named_before(text, len(text))
            named_at_another_time = True
        elif facts.number_words or facts.digits:
            # Other numbers in between break the thread; a sentence without numbers does not
            # ("… 82 missiles and drones. The plant was destroyed. The air force downed 57 of them.").
            carry = None
    return out


_PLACE_ATTACK_L = lx.lowered(lx.PLACE_ATTACK)


_SERIES = re.compile(r"\b(?:attacks|strikes)\b")


def _names_an_attack(x: _Sent, main: date) -> bool:
    """Whether sentence ``x``, whose words name an attack on a place, names one that happened: not one
    prepared, threatened or expected ("Russia is preparing a massive combined strike on the grid"), and
    not a series ("after drone attacks on oil refineries") unless the sentence dates it to this attack
    ("drone attacks on Odesa overnight")."""
    low = x.low
    this_time: bool | None = None
    for named in _PLACE_ATTACK_L.finditer(low):
        left = low[max(0, named.start() - 60) : named.start()]
        if _holds(left, lx.PLANNED_WORDS) and lx.PLANNED_BEFORE_L.search(left):
            continue
        if _SERIES.search(named.group()):
            if this_time is None:
                this_time = any(d.relative or d.value == main for d in x.dates) if x.dates else False
            if not this_time:
                continue
        return True
    return False


# When in the day an attack came: by day or in the evening ("on the evening of May 6", "at 15:00"), or in
# the night ("overnight", "last night"), which is a wave over many regions.
_BY_DAY = re.compile(
    # (not the morning's words, nor a time something was said or counted by: a night's attack is told
    # then; a morning hour is the day's only when no hour of the night is given, see _NIGHT_HOUR)
    r"\b(?:in the (?:afternoon|evening)|(?:during|in the middle of) the day|in broad daylight|midday|"
    r"(?:this|on \w+|\w+day) (?:afternoon|evening)|(?<!as of )(?<!by )(?<!said )at (?:about |around )?"
    r"(?:09|1\d|2[0-2])[:.][0-5]\d|"
    # "shortly after noon", "a daytime strike", "at about 3 p.m.", "at 10:40 local time" (the hours of
    # the day, after a night's last waves)
    r"(?:after|before|around|about|at) noon|lunchtime|daytime|"
    r"(?<!as of )(?<!by )(?<!said )at (?:about |around )?"
    r"(?:[1-9](?:[:.][0-5]\d)?\s*p\.?m\.?|(?:9|10|11)(?:[:.][0-5]\d)?\s*a\.?m\.?))\b",
    re.IGNORECASE,
)


# An hour between midnight and dawn: "began at 3 a.m.", "from 02:00".
_NIGHT_HOUR = re.compile(r"\b(?:[1-5](?:[:.][0-5]\d)?\s*a\.?m\.?|0[0-5][:.][0-5]\d)(?![\d:])")
# A time something was said or posted at, not when the attack came: "wrote on Telegram at about 12:40".
_SAID_AT = re.compile(
    r"\b(?:said|says|wrote|writes|posted|reported|announced|added|told|updated|telegram)\b[^.;]*$"
)
_SAID_AT_SPAN = 40


# The regions of Ukraine Russia occupies in part: Ukraine's strikes there are told as attacks on Russia
# ("the latest Ukrainian bombardment of Donetsk", "a Ukrainian drone attack on Energodar").
# Named by the region's own name only: its towns the gazetteer knows are Ukraine's ("Sloviansk"), or share a
# name with a Russian town ("Slavyansk" on the Kuban).
_OCCUPIED_REGIONS = frozenset(("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"))
_OCCUPIED = re.compile(r"(?:Donetsk|Lugansk|Luhansk|Zaporizh|Zaporozh|Kherson)", re.IGNORECASE)


def _struck_in(region: RegionMention, direction: str, text: str) -> bool:
    """Whether a region a sentence (``text``) of ``direction`` names is one its attack struck: one of the
    target's, or an occupied region Ukraine struck."""
    if region.country == target_country(direction):
        return True
    return direction == UA_RU and _OCCUPIED.match(text, region.start) is not None


def _struck_by_ukraine(place: str, x: _Sent) -> bool:
    """Whether a toll's place is in an occupied region that sentence ``x`` tells Ukraine struck, and nothing
    in it of Russia's attacks ("a Ukrainian drone attack on Enerhodar killed one person")."""
    if _place_name(place)[0] not in _OCCUPIED_REGIONS:
        return False
    towards_ukraine, towards_russia = direction_score(x.s.text, (), x.low or x.s.text.lower())
    return towards_russia > 0 and towards_ukraine == 0


def _by_day(inc: _Incident, sents: list[_Sent]) -> bool:
    """Whether the incident's sentences put the attack by day or in the evening, and never at night."""
    lows = [sents[i].low or sents[i].s.text.lower() for i in (*inc.sentences, *inc.attack_only)]
    # Most stories are of a night ("overnight"): that substring test settles them. So does an hour of the
    # night ("The attack began at 3 a.m. and the last drones were shot down at about 9:40 a.m.").
    if any("night" in low or _NIGHT_HOUR.search(low) for low in lows):
        return False
    return any(
        not _SAID_AT.search(low, max(0, m.start() - _SAID_AT_SPAN), m.start())
        for low in lows
        for m in _BY_DAY.finditer(low)
    )


def _attack_named(inc: _Incident, sents: list[_Sent], main: date) -> bool:
    """Whether a sentence of ``inc`` (not a caption) names an attack on a place that happened. Asked
    only of an incident without counts of its own, the one case where it decides a report."""
    for idx in inc.sentences:
        x = sents[idx]
        if (
            x.facts.air
            and not x.caption
            and lx.any_part(lx.PLACE_ATTACK_PARTS_L, x.low)
            and _names_an_attack(x, main)
        ):
            return True
    return False


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``text`` (a loop costs less than any() over a generator)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def _supplied(low: str, start: int, end: int) -> bool:
    """Whether the weapons counted at ``start:end`` of the lower-cased sentence ``low`` are made, bought
    or handed over rather than fired ("has stockpiled about 300 missiles", "has sent 20 drones to
    Ukraine")."""
    left = low[max(0, start - 60) : start]
    if _holds(left, lx.SUPPLY_WORDS) and lx.SUPPLY_BEFORE_L.search(left):
        return True
    return (
        _holds(left, lx.GIVEN_WORDS)
        and lx.GIVEN_BEFORE_L.search(left) is not None
        and lx.TO_A_SIDE_AFTER_L.match(low, end) is not None
    )


def _qualifies_the_attack(text: str, d: DateMention) -> bool:
    """Whether date ``d`` in ``text`` says which attack it is ("the March 15 strike", "the attack on
    14 March"), rather than when something else happened ("buried on Saturday")."""
    return (
        _DATE_BEFORE_ATTACK.match(text, d.end) is not None
        or _ATTACK_BEFORE_DATE.search(text, max(0, d.start - 40), d.start) is not None
    )


def _year_before(year: int, ref: date) -> bool:
    """Whether a time given with ``year`` lies before the publication day ``ref`` by more than a few days
    (a date in the last days of December is read by ``find_dates``)."""
    return year < ref.year - 1 or (year == ref.year - 1 and ref.month > 1)


def _one_day_within(dates: list[DateMention], spans: tuple[tuple[int, int], ...]) -> date | None:
    """The one calendar day that the ``dates`` within ``spans`` name, if they name one."""
    days = {d.value for d in dates if d.strong and any(a <= d.start < b for a, b in spans)}
    return days.pop() if len(days) == 1 else None


def _compared_nights(text: str, dates: list[DateMention]) -> tuple[tuple[int, int], ...]:
    """The spans of another night this attack is compared with: its date and its figures in brackets."""
    spans = []
    for d in dates:
        if (than := _THAN_BEFORE_DATE.search(text, max(0, d.start - 140), d.start)) is not None:
            # its figures: in brackets, or in a clause telling that night ("…, when 440 drones targeted Kyiv")
            told = _BRACKET_AFTER.match(text, d.end) or _WHEN_AFTER.match(text, d.end)
            spans.append((than.start(), told.end() if told else d.end))
    return tuple(spans)


# A list item that opens on its date: "- On the night of August 31 Russia struck …", "• September 4: …".
_DATED_ITEM = re.compile(r"^\s*[-–—•*▪◾]\s*(?:on\s+)?(?:the\s+night\s+of\s+)?(?=\S)", re.IGNORECASE)
_ITEM_DATE_WITHIN = 25


def _timeline_items(sents: list[_Sent]) -> set[int]:
    """The sentences that open the items of a timeline: two or more list items, each opening on its own
    date ("- On the night of August 31 …", "- September 4 Russia fired a missile at Chernihiv"). A story's
    list of recent attacks dates those attacks, not its own."""
    items = {
        i
        for i, x in enumerate(sents)
        if x.dates
        and (m := _DATED_ITEM.match(x.s.text)) is not None
        and x.dates[0].start - m.end() <= _ITEM_DATE_WITHIN
    }
    # (items all of one day are a summary of this attack: "- On September 3, … - On September 3, …")
    days = {sents[i].dates[0].value for i in items}
    return items if len(items) > 1 and len(days) > 1 else set()


def _night_ending_after(text: str, d: DateMention, ref: date) -> bool:
    """Whether ``d`` ends a night that began on the page's date ("the night of July 2-3" on a page dated
    July 2): a page's date can be a day behind its story, in the crawl's or the outlet's time zone."""
    return (d.value - ref).days == 1 and (
        _NIGHT_OF.search(text, max(0, d.start - 20), d.end) is not None
        # a live page opened the evening before: "00:55 (Saturday) - Explosions heard in Kyiv"
        or live_entry(lx.lower(text), d.start, d.end)
    )


_NIGHT_OF = re.compile(r"\bnight of\b", re.IGNORECASE)


def _main_date(sents: list[_Sent], ref: date) -> tuple[date, str]:
    """The incident date: the first calendar date or weekday given for the attack itself.

    A dated paragraph with figures of its own, after the lead already gave figures with no
    date, is background about another attack ("On July 23, … 13 missiles were fired").
    """
    by_paragraph: dict[int, dict[tuple[str, str], set[int]]] = {}
    for x in sents:
        for f in x.figures:
            by_paragraph.setdefault(x.s.paragraph, {}).setdefault((f.category, f.role), set()).add(f.value)
    seen: dict[tuple[str, str], set[int]] = {}
    timeline = _timeline_items(sents)
    # "officials said on Friday", in a story published on the Saturday: the day its "overnight" ended.
    said_on: date | None = None
    risen = False  # a toll told so far was said to have risen
    for idx, x in enumerate(sents):
        if said_on is None and x.dates and (x.facts.air or x.facts.attack) and not x.caption:
            said_on = _told_the_day_before(x, ref)
        if (
            x.facts.foreign
            or x.facts.other_time
            or x.caption
            or not (x.facts.air or x.facts.attack or _dates_the_next(sents, idx))
            or idx in timeline
        ):
            if not (x.facts.foreign or x.facts.other_time or x.caption):
                for f in x.figures:
                    seen.setdefault((f.category, f.role), set()).add(f.value)
            continue
        # News reports an attack within days; a date weeks back is background ("a year ago, …").
        strong = (
            [
                d
                for d in x.dates
                if d.strong
                and (0 <= (ref - d.value).days <= _MAX_AGE_DAYS or _night_ending_after(x.s.text, d, ref))
                and not _compared_before(x.s.text, d.start)
                and not _PREVIOUS_ATTACK.search(x.s.text, max(0, d.start - 60), d.start)
                and not _ROSE_ON.search(x.s.text, max(0, d.start - 40), d.start)
                and not _follow_up(x.s.text, d.start)
                and not _opens_a_period(x.s.text, d)
            ]
            if x.dates
            else x.dates
        )
        relative = next((d for d in x.dates if d.relative), None) if x.dates else None
        if (
            relative is not None
            and not strong
            and x.figures
            and all(f.category == PEOPLE for f in x.figures)
            and _TOLL_UPDATE.search(x.s.text)
            and not _day_of_the_attack_named(x.s.text, relative)
        ):
            # "Rescuers pulled a dozen more bodies from the rubble overnight, raising the death toll to
            # 31": the night the toll rose, not the attack's (but "the toll of yesterday's attack" is).
            continue
        if (
            not strong
            and relative is not None
            and (
                x.figures
                or (relative.value == ref and _lead_of_today(x))
                # a toll of the attack named by its day, with no figures of its own here ("The death
                # toll from yesterday's missile attack has risen again"; not "clearing debris from
                # yesterday's drone attack when sirens sounded again")
                or (
                    _day_of_the_attack_named(x.s.text, relative) and _TOLL_UPDATE.search(x.s.text) is not None
                )
            )
        ):
            # The lead gives figures "overnight" (the night that ended on the publication morning, or
            # on the day the story says its sources spoke) or "yesterday" (the day before it), or it
            # names the attack by its day ("the toll of yesterday's missile attack has risen").
            if relative.value == ref and said_on is None:
                said_on = _told_after_the_lead(sents, idx, ref)
            if relative.value == ref and said_on is not None:
                return said_on, "explicit"
            return relative.value, "explicit"
        if strong and _conflicts(seen, by_paragraph.get(x.s.paragraph, {}), risen):
            continue
        for f in x.figures:
            seen.setdefault((f.category, f.role), set()).add(f.value)
        risen = risen or (bool(x.figures) and _TOLL_RISEN.search(x.s.text) is not None)
        if strong:
            first = strong[0]
            # "Saturday's attack", and "the June 11 missile strike", "the strike on 14 March" within days.
            named = [
                d
                for d in strong
                if _DATES_THE_ATTACK.match(x.s.text, d.end)
                or _DAYS_AFTER_THE_ATTACK.match(x.s.text, d.end)
                or ((ref - d.value).days <= _NEAR_DAYS and _qualifies_the_attack(x.s.text, d))
            ]
            if len(strong) > 1 and len(named) == 1:
                # "Rescuers on Sunday cleared the rubble of Saturday's attack": the attack's own date.
                first = named[0]
            elif len(strong) > 1 and not _ATTACK_CUE.search(x.s.text[: first.start]):
                # "mourned on Monday after missiles struck on Sunday": the date the attack words lead to.
                # "Thursday's Russian missile attack …, the ministry said on Friday" keeps Thursday.
                for before, later in itertools.pairwise(strong):
                    gap = x.s.text[before.end : later.start]
                    cue = _ATTACK_CUE.search(gap)
                    if cue and (cue.start() > 30 or _AFTER.search(gap[: cue.start()])):
                        first = later
                        break
            for later in strong[strong.index(first) + 1 :]:
                # "from Thursday evening until 9am on Friday": the night ends on the later date.
                gap = x.s.text[first.end : later.start]
                if (
                    len(gap) < 60
                    and re.search(r"\b(?:until|till|through|to)\b", gap)
                    and not re.search(r"\brisen to|rose to|increased to", gap)
                ):
                    first = later
            if _reported_the_morning_after(x, first, ref):
                return ref, "explicit"
            if _evening_window_then_overnight(sents, idx, first):
                return first.value + timedelta(days=1), "explicit"
            return first.value, "explicit"
    for x in sents:
        if x.dates and (back := _counted_back(x)) is not None:
            return back, "explicit"
    for x in sents:
        if not x.facts.foreign and not x.caption and (x.facts.air or x.facts.attack) and x.dates:
            # "A drone attack killed one person, the governor said on Friday", published on the
            # Saturday: the day the attack was reported, when that sentence gives its figures.
            told = _told_the_day_before(x, ref) if x.figures else None
            return told or ref, "explicit"
    posted = _posted_on(sents, ref)
    if posted is not None:
        return posted, "explicit"
    return ref, "published"


# The signature of an embedded social-media post: "— Kira Rudik (@kiraincongress) July 6, 2023".
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()—–]{1,60}\(@\w{1,30}\)\s+\S")


def _posted_on(sents: list[_Sent], ref: date) -> date | None:
    """With no date of its own, a story that embeds a post about the attack takes the post's date:
    "Russian missile hit residential building. Killed 4 people. — Name (@handle) July 6, 2023"."""
    about = {x.s.paragraph for x in sents if x.facts.air or x.facts.attack}
    for x in sents:
        if x.dates and x.s.paragraph in about and _POST_SIGNATURE.search(x.s.text):
            for d in x.dates:
                if d.strong and 0 <= (ref - d.value).days <= _NEAR_DAYS:
                    return d.value
    return None


# "… in an overnight attack on Saturday, … Zelensky said on Sunday": the night into the day it was told.
_OVERNIGHT_ON_BEFORE = re.compile(r"\bovernight\s+(?:[\w-]+\s+){1,3}?on\s+$", re.IGNORECASE)


def _while_clause(text: str, dates: list[DateMention]) -> tuple[int, int] | None:
    """The span of a clause joined by ", while" (or a reported ", and that") that dates an attack of its
    own, after a clause that reports one with no date: "One person was killed as Russian strikes hit Kyiv,
    while the toll from Friday's attack on Kryvyi Rih continued to rise"."""
    joint = _WHILE.search(text)
    if joint is None or _ATTACK_CUE.search(text, 0, joint.start()) is None:
        return None
    if any(d.start < joint.start() for d in dates) or _ATTACK_CUE.search(text, joint.end()) is None:
        return None
    # (a day of its own: "…, and that its air defences had downed 43 drones overnight" is this night's)
    if not any(d.strong for d in dates):
        return None
    return joint.start(), len(text)


# (a reported clause of its own too: "It said Russia had launched 16 drones during the attack and that two
# other missiles had struck a warehouse during an earlier attack on Thursday evening")
_WHILE = re.compile(r", (?:while|whereas) |,? and that ")


def _relative_clause_of_its_day(text: str, dates: list[DateMention]) -> tuple[int, int] | None:
    """The span of a closing relative clause about a source that holds every date of a sentence and no
    word of an attack, after a clause that tells one: "The strike killed 14 people, according to the
    emergency service, which finished clearing the rubble on Tuesday" (the day is the service's; not "the
    attack, which ended on Sunday morning", nor a person's "said the governor, who was at the scene on
    Tuesday night")."""
    joint = None
    for which in _WHICH.finditer(text):
        if _SOURCE_BEFORE.search(text, max(0, which.start() - 80), which.start()):
            joint = which
    if joint is None or not (
        _ATTACK_CUE.search(text, 0, joint.start()) or _TOLL_CUE.search(text, 0, joint.start())
    ):
        return None
    if any(d.start < joint.end() for d in dates) or _ATTACK_CUE.search(text, joint.end()) is not None:
        return None
    return joint.start(), len(text)


_WHICH = re.compile(r", which ")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|said|says|reported|told|cited by)\b[^,;]{0,60}$")
_TOLL_CUE = re.compile(r"\b(?:injured|wounded|hurt|dead|died)\b", re.IGNORECASE)


def _clause_of_another_day(text: str, dates: list[DateMention]) -> tuple[int, int] | None:
    """The span of a clause after a semicolon that opens on a day of its own, after a clause dated by
    no calendar day: "Of the 58 drones launched overnight, 47 were shot down; the night before, 37 of 45
    were"."""
    if any(d.strong for d in dates if not _SEMICOLON.search(text, 0, d.start)):
        return None
    for joint in _SEMICOLON.finditer(text):
        if any(d.strong and joint.end() <= d.start <= joint.end() + 4 for d in dates):
            return joint.start(), len(text)
    return None


_SEMICOLON = re.compile(r";\s+")


def _dates_the_next(sents: list[_Sent], idx: int) -> bool:
    """Whether sentence ``idx``, with a date and no word of an attack, dates the attack the next sentence
    of its paragraph tells with figures and no date of its own: "The pattern was visible again overnight
    into Wednesday. Russia sent 131 long-range drones towards Ukraine …"."""
    x = sents[idx]
    # (a night named: not "The head of the administration summed up the year at a briefing on Monday.";
    # nor a night to come or gone by: "power cuts would continue overnight into Saturday", "power had
    # only just been restored after the night into Sunday")
    if not x.dates or idx + 1 >= len(sents) or _A_NIGHT_WORD.search(x.s.text) is None:
        return False
    if _NOT_TONIGHT.search(x.s.text) is not None:
        return False
    nxt = sents[idx + 1]
    # A post's heading line, before any figure ("⚡️ NIGHT 12→13 FEBRUARY — RESULTS"), dates the lines of
    # weapons after it ("🛩 Shahed-type UAVs: 112"), which need no word of an attack.
    heading = not x.s.text.rstrip().endswith((".", "!", "?")) and not any(y.figures for y in sents[:idx])
    weapons = any(f.category != PEOPLE for f in nxt.figures)
    return (
        (nxt.s.paragraph == x.s.paragraph or heading)
        and not nxt.dates
        and _THIS_TIME.match(nxt.s.text) is None
        and bool(nxt.figures)
        and (nxt.facts.air or nxt.facts.attack or (heading and weapons))
        and not (nxt.facts.other_time or nxt.facts.foreign)
    )


_NOT_TONIGHT = re.compile(r"\b(?:had|would|will|warned|expected|forecast)\b", re.IGNORECASE)


def _evening_window_then_overnight(sents: list[_Sent], idx: int, first: DateMention) -> bool:
    """Whether the date ``first`` of sentence ``idx`` opens a defence ministry's evening window and the
    night's count that follows it, there or in the next sentence, goes on to the next morning: "destroyed
    47 drones between 20:00 and 23:00 on Saturday, and another 65 overnight" is one night's attack, which
    ended on the Sunday."""
    x = sents[idx]
    if _EVENING_WINDOW.search(x.s.text, max(0, first.start - 60), first.end + 40) is None:
        return False
    # (the next sentence may be the next paragraph: "A further 26 were shot down during the night, the
    # ministry said on Saturday morning.")
    # (the next sentence's night with a count of its own: "A further 26 were shot down during the night",
    # not "Flights were suspended overnight")
    following = [
        y
        for y in sents[idx : idx + 2]
        if _A_NIGHT_WORD.search(y.s.text) is not None and (y is x or bool(y.figures))
    ]
    return any((d.value - first.value).days == 1 for y in following for d in y.dates)


# The night's words: "overnight", "during the night", "between midnight and 07:00" (not a saying's time,
# "the ministry said shortly after midnight")
_A_NIGHT_WORD = re.compile(r"\b(?:over)?night\b|\b(?:between|from) midnight\b", re.IGNORECASE)


def _window_of_the_evening_before(text: str, d: DateMention, main: date) -> bool:
    """Whether ``d`` dates a defence ministry's window of hours on the evening before the night of
    ``main``: "destroyed 17 drones between 20:00 and 23:00 Moscow time on Monday", in a story of the
    night that ended on the Tuesday, is that night's first wave."""
    return (main - d.value).days == 1 and _HOURS_WINDOW.search(
        text, max(0, d.start - 60), d.end + 40
    ) is not None


_HOURS_WINDOW = HOURS_OF_AN_EVENING
# An evening's hours, or the evening named: "between 20:00 and 23:00", "on Saturday evening".
_EVENING_WINDOW = re.compile(rf"{_HOURS_WINDOW.pattern}|\bevening\b", re.IGNORECASE)


def _reported_the_morning_after(x: _Sent, first: DateMention, ref: date) -> bool:
    """Whether an overnight attack "on Saturday", told on the Sunday it is published, is the night that
    ended on the Sunday: officials report a night on the morning it ends."""
    return (
        (ref - first.value).days == 1
        and _OVERNIGHT_ON_BEFORE.search(x.s.text, max(0, first.start - 40), first.start) is not None
        and any(not (d.strong or d.relative) and d.value == ref for d in x.dates)
    )


def _told_after_the_lead(sents: list[_Sent], lead: int, ref: date) -> date | None:
    """The day before publication ``ref`` when the sentences right after the ``lead`` tell its figures as
    said then ("Russian drones attacked Odesa overnight … Six people were injured, officials said
    Wednesday", in a Thursday story): the night the lead's "overnight" ended."""
    for x in sents[lead + 1 : lead + 1 + _LEAD_FOLLOWERS]:
        # (not "Recap: the strike on Monday night killed two, officials said on Tuesday": its own day)
        if x.dates and x.figures and not (x.caption or any(d.strong for d in x.dates)):
            return _told_the_day_before(x, ref)
    return None


_LEAD_FOLLOWERS = 2  # the sentences after a lead that still tell its news


def _told_the_day_before(x: _Sent, ref: date) -> date | None:
    """The day before publication ``ref`` when sentence ``x`` says its news was told then ("officials said
    on Friday" in a Saturday story), else None."""
    return next(
        (d.value for d in x.dates if not (d.strong or d.relative) and (ref - d.value).days == 1), None
    )


# A preposition between a day and an attack word opens another noun's complement: "yesterday's blog on the
# drone attack".
_COMPLEMENT = re.compile(r"\b(?:on|of|in|about|at|for|from|to|with)\b", re.IGNORECASE)


def _day_of_the_attack_named(text: str, d: DateMention) -> bool:
    """Whether date ``d`` names the attack's own day: "yesterday's Russian missile attack", not "yesterday's
    blog on the drone attack" (a preposition opens another noun's complement)."""
    named = _DATES_THE_ATTACK.match(text, d.end)
    return named is not None and _COMPLEMENT.search(named.group()) is None


# A date the attack came a day or two before: "on Wednesday, a day after Russian drones struck".
_DAYS_AFTER_THE_ATTACK = re.compile(
    r",?\s+(?P<n>a|one|two)\s+days?\s+after\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:drones?|missiles?|attacks?|strikes?|barrage|shahed)",
    re.IGNORECASE,
)
_DAYS_BACK = {"a": 1, "one": 1, "two": 2}


def _day_of_the_attack(text: str, d: DateMention) -> DateMention:
    """``d``, or the day of the attack it is counted from: "restored power on Wednesday, a day after
    Russian drones struck the grid" names Tuesday's attack."""
    after = _DAYS_AFTER_THE_ATTACK.match(text, d.end)
    # "Russia attacked with 65 drones overnight, a day after a missile strike …": the date is of the
    # attack the sentence reports itself.
    if after is None or not lx.tokens(text[: d.start].lower()).isdisjoint(lx.ATTACK_WORDS | lx.AIR_WORDS):
        return d
    return d._replace(value=d.value - timedelta(days=_DAYS_BACK[after.group("n").lower()]))


# "attacks on Odesa since Moscow quit the grain deal on Monday": a date at the end of a short clause of
# its own after "since" opens a period. Not "since Thursday evening" (no clause: dates.py dates the
# night), nor "since the early hours of Thursday" (a time of the night), nor "the deadliest strike since
# the summer killed 23 on Thursday" (the clause ended at a verb of the attack), nor a ranking ("the
# biggest attack since …", which ranks this one).
_SINCE_EVENT = re.compile(
    # (the date itself lies past the searched window: "since the early hours of" then the date)
    rf"\bsince\s+(?!{lx.NIGHT_TIME})(?!the\s+(?:early\s+hours|evening|night|morning)\s+of\s+$)"
    r"(?:(?!killed|killing|struck|hit|launched|attacked|fired)[\w'’-]+\s+){1,8}(?:on\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_NIGHT_TIME_AFTER = re.compile(r"\s+(?:evening|night|afternoon|at\s+\d)", re.IGNORECASE)


def _opens_a_period(text: str, d: DateMention) -> bool:
    """Whether date ``d`` starts a period rather than dating the attack: it ends a "since" clause naming
    an event (_SINCE_EVENT; not in a ranking, "the biggest attack since …"), or it is a day right after
    "since" ("without power since Oct. 4 after repeated strikes", "Since Friday, Russia has launched
    1,200 drones"; an evening or a night stays the night's start: "attacks since Thursday evening")."""
    since = _SINCE_EVENT.search(text, max(0, d.start - 80), d.start)
    if since is not None and not lx.RANKED_L.search(text[max(0, since.start() - 60) : since.start()].lower()):
        return True
    return (
        _SINCE_BEFORE.search(text, max(0, d.start - 12), d.start) is not None
        and (
            any(ch.isdigit() for ch in text[d.start : d.end])
            # "Since Friday, Russia has launched 1,200 drones" (not "since Sunday evening")
            or (
                not d.relative
                and _NIGHT_TIME_AFTER.match(text, d.end) is None
                and not text[d.start : d.end].endswith(("evening", "night"))
            )
        )
    )


# The day a toll rose, not the attack's: "the death toll … continued to rise on Monday", "rose to 18 on
# Monday".
_ROSE_ON = re.compile(
    r"\b(?:rose|risen|rise|rising|rises|climb|climbed|increased|grew|went up|has reached|had reached)\b"
    r"(?:\s+to\s+(?:at least\s+)?\d[\d,]*)?"
    r"(?:\s+(?:again|further|sharply|overnight))?\s+(?:on\s+|by\s+|early\s+on\s+|late\s+on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "Three days after a Russian missile tore through two blocks, rescuers on Thursday recovered the last
# bodies": a sentence that opens days after the attack dates what came after it.
_DAYS_AFTER_OPENING = re.compile(
    # (after a dateline: "TERNOPIL - Three days after …")
    r"(?:[A-Z][\w' ,.]{0,30}\s[-–—]\s+)?\W*"
    r"(?:(?P<n>a|one|two|three|four|five|six|seven|several|\d+)\s+days?|(?P<week>a\s+week)|weeks)\s+after\b",
    re.IGNORECASE,
)
_EARLIER_ATTACK = re.compile(r"\b(?:last|previous|earlier|latest|first)\b", re.IGNORECASE)
_DAYS_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _counted_back(x: _Sent) -> date | None:
    """The attack's day, counted back from a follow-up's dated main clause when the story names no other:
    "Three days after a missile tore through a block, rescuers on Saturday recovered the last bodies"."""
    opening = _DAYS_AFTER_OPENING.match(x.s.text)
    if opening is None:
        return None
    n = opening.group("n")
    if opening.group("week"):
        days = 7
    elif n is None:
        return None  # "weeks after": how many is not told
    else:
        days = int(n) if n.isdigit() else _DAYS_WORDS.get(n.lower(), 0)
    # (the whole main clause tells what came after: not "… two more people died on Sunday when a drone hit
    # a car")
    dated = [d for d in x.dates if d.strong and _follow_up(x.s.text, d.start)]
    if not days or not dated or not _follow_up(x.s.text, len(x.s.text)):
        return None
    return dated[0].value - timedelta(days=days)


def _follow_up(text: str, at: int) -> bool:
    """Whether the sentence opens days after this attack and tells, in its main clause before ``at``, what
    came after it ("Three days after a missile tore through two blocks, rescuers on Thursday recovered the
    last bodies"); not "Four days after its last attack, Russia fired 150 drones at Kyiv on Thursday"."""
    opening = _DAYS_AFTER_OPENING.match(text)
    if opening is None:
        return False
    comma = text.find(",", opening.end(), at)
    if comma < 0 or _EARLIER_ATTACK.search(text, opening.end(), comma):
        return False  # the date is the attack's own ("Two days after Russia's barrage on Tuesday night")
    return lx.tokens(lx.lower(text[comma:at])).isdisjoint(lx.ATTACK_WORDS | lx.AIR_WORDS)


# "The previous attack took place on 12 March", "the last strike, on 12 March": the date right after
# names another attack than the article's.
_PREVIOUS_ATTACK = re.compile(
    r"\b(?:previous|prior|earlier|last)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|assault)s?\b"
    r"(?:\s+(?:took place|came|was|happened|occurred))?,?\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _compared_before(text: str, at: int) -> bool:
    """Whether the words before a date in ``text`` compare with another night ("surpassed the
    previous record night of June 29"): the date is that night's, not this attack's."""
    return "record" in text and _COMPARED.search(text, 0, at) is not None


def _lead_of_today(x: _Sent) -> bool:
    """Whether a lead with no figures says the attack came "overnight" or "today" ("Russian drones attacked
    Kharkiv overnight, setting a warehouse on fire"): the day of the figures that follow. Not a day of
    what came after an attack ("a day of mourning today after the missile attack")."""
    return (
        x.facts.air
        and x.facts.attack
        # (not "a town without power since Oct. 4": a period that began on a day, not what came after)
        and all(
            after.group().lower() == "since"
            and any(
                _opens_a_period(x.s.text, d) and after.end() < d.start <= after.end() + 5 for d in x.dates
            )
            for after in _AFTER.finditer(x.s.text)
        )
    )


def _conflicts(
    seen: dict[tuple[str, str], set[int]], here: dict[tuple[str, str], set[int]], risen: bool
) -> bool:
    """True when every figure both passages give differs: they describe different attacks. After a toll
    said to have risen (``risen``), a lower toll agrees with it: the story recalls the earlier count ("The
    death toll has risen to four. … It was reported yesterday that two people had been killed")."""
    shared = [k for k in here if k in seen]
    return bool(shared) and all(
        not (seen[k] & here[k]) and not (risen and k[0] == PEOPLE and max(here[k]) < max(seen[k]))
        for k in shared
    )


def _relative_is_of(text: str, d: DateMention, dates: list[DateMention]) -> bool:
    """Whether the relative dates of a sentence ("overnight", "today") are said of the other day ``d``:
    a day the sentence opens on, with the relative words in the same clause ("On Tuesday, Russia
    launched 110 drones overnight", not "On Monday, Zelensky met …, and overnight drones killed two"),
    or the day of an attack named beside a day-time word ("Earlier today, the city buried victims of the
    April 10 drone attack"; "overnight … still recovering from the June 10 strike" is tonight's)."""
    relatives = [r for r in dates if r.relative]
    if any(r.end <= d.start and _APPOSITION.fullmatch(text, r.end, d.start) for r in relatives):
        return True  # "Last night, on January 15, …": the date says which night
    if _OPENS_ON_DATE.match(text[: d.start]):
        return all(
            _CLAUSE_JOIN_RE.search(text, min(d.end, r.start), max(d.end, r.start)) is None for r in relatives
        )
    # A night named after the date, in its clause, is the dated attack's night ("The largest attack of the
    # month came on Oct. 12, with 497 drones launched overnight").
    return _qualifies_the_attack(text, d) and not any(
        "night" in text[r.start : r.end].lower()
        and not (r.start > d.end and _CLAUSE_JOIN_RE.search(text, d.end, r.start) is None)
        for r in relatives
    )


# Opening a sum of what the sentences before told: "In total, Russia launched 43 missiles and 74 drones."
# (after weapons launched another time: "…, the aggressor launched drones and then switched to missiles")
_SUMS_UP = re.compile(r"(?:In total|Altogether|All in all|Overall),")
_WEAPON_NOUN = re.compile(r"\b(?:drones?|missiles?|UAVs?|Shaheds?)\b", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:on\s+|that is,?\s+)?|\s+\(\s*(?:on\s+)?")
# This attack named again by what it did: "the deadly attack that killed 12 people".
_THE_ATTACK_THAT = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}(?:attack|strike|assault|bombardment)s?,? (?:that|which) (?:[\w-]+ ){0,2}?"
    r"(?:killed|injured|wounded|claimed|left)\b",
    re.IGNORECASE,
)
# Words that update a toll already told: "one of the wounded died", "two more residents sought help".
_TOLL_UPDATE = re.compile(
    r"\b(?:of the (?:wounded|injured)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) more "
    r"(?:people|residents|persons|victims)|died (?:in hospital|of (?:his|her|their) (?:wounds|injuries))|"
    r"(?:death )?toll|number of (?:the )?(?:dead|killed|injured|wounded|victims|casualties))\b",
    re.IGNORECASE,
)
# A clause joined to another: "…, and overnight …", "…; …", "…, while …".
_CLAUSE_JOIN_RE = re.compile(r";|,\s*(?:and|but|while|whereas)\b")
# What a sentence can say before a date it opens on: "On Tuesday, …", "Last Thursday …", "Early on 3 May …",
# "Earlier, on January 14, …".
_OPENS_ON_DATE = re.compile(r"\W*(?:(?:on|last|early|late|earlier|and),?\s+)*(?:the\s+)?$", re.IGNORECASE)


# Words that put a sentence dated to the attack's day in the attack's night.
_THIS_NIGHT_WORDS = ("overnight", "last night", "night of", "night into", "night to")


def _excluded(sents: list[_Sent], main: date, ref: date) -> list[bool]:
    """Sentences about another time: other dates, statistics, earlier records.

    A sentence dated another day carries that day to the rest of its paragraph. "That night" or "that
    day" is the day an attack sentence named last. An article that opens on another time's attack stays
    on it, paragraph after paragraph, until a sentence names this attack's day ("overnight", its date):
    the strike that a court case or an anniversary is about is not reported by it.
    """
    out: list[bool] = []
    carried = False
    paragraph = -1
    period = False  # the attack sentence before in this paragraph counted a period ("over the past week")
    earlier = False  # the attack sentence before was about another time
    launched_before = False  # … and told weapons launched then ("then switched to missiles")
    story = False  # the article opened on another time's attack, and no sentence was about this one yet
    past = False  # … on an attack of another day (not a statistic of the week)
    present = False  # a sentence about this attack came already
    recent = (ref - main).days <= _NEAR_DAYS
    weeks_back = ref - timedelta(days=_MAX_AGE_DAYS)
    compared: date | None = None  # the other night a sentence before in this paragraph compared with
    for x in sents:
        facts = x.facts
        if x.s.paragraph != paragraph:
            carried = period = False
            paragraph = x.s.paragraph
            compared = None
        about = facts.air or facts.attack
        relative = this_day = False
        # "… came a day after a heavier attack on the night into Sunday. Then, Russia launched 48 drones":
        # the compared night's own account.
        compared = compared if not x.dates and (facts.anaphoric or _THEN.match(x.s.text)) else None
        if compared is not None:
            out.append(True)
            continue
        compared = x.compared
        dated: list[DateMention] = []
        if x.dates:
            # Dates said weeks back, even as when something was said ("said on April 24 that …"), are
            # another time's; "overnight" is this attack's beside any other, a weekday not beside a year
            # back.
            for d in x.dates:
                relative = relative or d.relative
                if not (facts.air or facts.attack or facts.casualty) and x.s.text.endswith("ago", 0, d.end):
                    # "Two weeks ago, Germany handed Ukraine two more Patriot launchers.": a time of no
                    # attack, which sends no paragraph back in time
                    continue
                if d.strong or d.value < weeks_back:
                    dated.append(d)
                    this_day = this_day or d.value == main or _window_of_the_evening_before(x.s.text, d, main)
            if relative and any(_relative_is_of(x.s.text, d, x.dates) for d in dated if d.value != main):
                # "On Tuesday, Russia launched 110 drones at Ukraine overnight": the night of that day;
                # "Earlier today, the city buried victims of the April 10 drone attack": that attack's.
                relative = False
            this_day = relative or this_day
            if len(dated) > 1 and this_day and not relative:
                # "Odesa on Saturday buried the victims of the March 15 double missile strike": the day
                # the attack's words name is the sentence's day.
                this_day = all(d.value == main for d in dated if _qualifies_the_attack(x.s.text, d))
        if (
            dated
            and not this_day
            and _holds(x.s.text.lower(), _TOLL_WORDS)
            and _TOLL_RISEN.search(x.s.text) is not None
        ):
            # "On Wednesday, the toll from the strikes had risen to 28": a later day's count of this
            # attack's toll, not another attack.
            this_day = all(0 < (d.value - main).days <= 3 for d in dated)
        # A later day's news with no attack of that day named: this attack's when it updates its toll
        # ("one of the wounded had died in hospital and four more people sought medical help"), another
        # event's otherwise ("On Thursday morning, a woman was killed in Nikopol"); the sentences after
        # it are not that day's either way.
        later_news = bool(dated) and not (this_day or about) and all(main < d.value <= ref for d in dated)
        if later_news and _TOLL_UPDATE.search(x.s.text):
            this_day, later_news = True, False
        if (
            dated
            and not this_day
            and about
            and facts.casualty
            and all(main < d.value <= ref and not _qualifies_the_attack(x.s.text, d) for d in dated)
            and _THE_ATTACK_THAT.search(x.s.text) is not None
        ):
            # "Rescue operations after the deadly attack that killed 12 people concluded late on March 3":
            # a later day's news of this attack's toll.
            this_day = True
        far = x.far and not relative
        if this_day and not far:
            carried = False
            story = story and not (relative or recent)
            past = past and story
            ex = facts.foreign or facts.other_time or x.file_photo or (about and story)
        else:
            carried = carried or far or (bool(dated) and not later_news)
            ex = (
                carried
                or later_news
                or facts.foreign
                or facts.other_time
                or x.file_photo
                or (
                    about
                    and (
                        story
                        or (earlier and facts.anaphoric)
                        or (launched_before and _SUMS_UP.match(x.s.text) is not None)
                    )
                )
                # The tolls of a story on an attack of another day are that attack's ("Of the 61
                # injured, 9 are still in rehabilitation" a year on).
                or (facts.casualty and past)
            )
        # "In Donetsk region alone, 21 people were killed": a part of the count before, of its time.
        ex = ex or (bool(out) and out[-1] and _PLACE_ALONE.match(x.s.text) is not None)
        # "Russia attacked Ukraine with … around 550 drones over the past week. Air defences downed 33
        # missiles and more than 300 drones.", "… killed 45 civilians over the past week. Another 120 were
        # injured.": the period's count goes on until a sentence names a day.
        counting = about or facts.casualty
        ex = ex or (
            period and counting and facts.countable and (facts.digits or facts.number_words) and not x.dates
        )
        if counting:
            # (a period's toll said on a day goes on too: "… killed since 2022, the office said on
            # Wednesday. Another 1,900 children have been injured.")
            dated_by_saying = not about and not any(d.strong for d in x.dates)
            period = (period or facts.other_time) and (not x.dates or dated_by_saying) if ex else False
        if about and x.caption:
            # A photo's caption dates the photo ("… on August 4, 2023. (Reuters)"): not the story's attack.
            pass
        elif about:
            if ex:
                earlier = True
                launched_before = (
                    lx.LAUNCH.search(x.s.text) is not None and _WEAPON_NOUN.search(x.s.text) is not None
                )
                # "Overnight" names this attack's night even in a sentence about the month's attacks, and
                # so does the attack's night named by its day ("overnight into Saturday, … one of the
                # heaviest attacks this autumn").
                tonight = this_day and any(w in x.s.text for w in _THIS_NIGHT_WORDS)
                # ("A week after the missile strike on Sumy, …": a later day's news of this attack)
                after = _follow_up(x.s.text, len(x.s.text))
                story = story or not (present or relative or tonight or after)
                past = past or (carried and not (present or relative))
            else:
                present, earlier, story, past = True, False, False, False
                launched_before = False
        elif facts.casualty and not ex:
            # "12:40 – the number of injured has risen to three": a live blog opening on this attack's
            # toll is about this attack, whatever statistic follows ("60 missiles since September").
            present = True
        if ex and carried and not x.dates and _THIS_TIME.match(x.s.text):
            # "… a larger one on the night into Saturday, when Russia fired 465 drones. This time, air
            # defences shot down 40 of the 57 drones": back to this night.
            ex = carried = False
        out.append(ex)
    return out


_THIS_TIME = re.compile(r"(?:This time|Tonight|This night|Last night|Overnight)\b")


def _figures(
    chosen: dict[str, Count], body: str, claimant: str | None
) -> tuple[schemas.Figures, list[schemas.Evidence]]:
    """The report's figures and their evidence (``claimant``: the report's, for counts without one)."""
    values = {name: c.value for name, c in chosen.items()}
    figures = schemas.Figures(**{name: values.get(name) for name in schemas.FIELDS})
    evidence = [
        schemas.Evidence(
            field=name,
            value=c.value,
            start=c.start,
            end=c.end,
            text=body[c.start : c.end],
            claimant=c.claimant or claimant,
        )
        for name in schemas.FIELDS
        if (c := chosen.get(name)) is not None
    ]
    return figures, evidence


# Between a stated zero and the place it is of: "no casualties or damage in Moscow".
_ZERO_IN = re.compile(r"[^.;,]{0,20}?\b(?:in|at|over|across)\s+(?:the\s+)?(?:city of\s+)?$")


def _zero_clause_regions(x: _Sent) -> tuple[RegionMention, ...]:
    """The places named in the clause of a stated zero, where a semicolon parts the sentence: "… said no
    one was killed; three people were injured across the country, one of them in the Rivne region" (the
    zero names no place)."""
    if ";" not in x.low:
        return x.facts.regions
    for pattern in (lx.NO_CASUALTIES_L, lx.NO_INJURIES_L, lx.NO_DEATHS_L):
        if (m := pattern.search(x.low)) is not None:
            start = x.low.rfind(";", 0, m.start()) + 1
            end = x.low.find(";", m.end())
            end = len(x.low) if end < 0 else end
            return tuple(r for r in x.facts.regions if start <= r.start < end)
    return x.facts.regions


def _zero_place(x: _Sent, country: str) -> str | None:
    """The place a stated zero names right after it, in a sentence naming several: "no casualties or
    damage in Moscow, while other regions such as Bryansk and Kursk faced disruptions"."""
    low = x.low
    for pattern in (lx.NO_CASUALTIES_L, lx.NO_INJURIES_L, lx.NO_DEATHS_L):
        m = pattern.search(low)
        if m is None:
            continue
        for r in x.facts.regions:
            if r.country == country and m.end() <= r.start and _ZERO_IN.fullmatch(low, m.end(), r.start):
                return r.name
        return None
    return None


def _scene_before(sents: list[_Sent], idx: int, country: str) -> str | None:
    """The one place of the scene told right before a zero that names no place of its own: "In the Sumy
    region, a drone hit a warehouse. No casualties were reported." is Sumy's word, not the whole attack's
    (a sentence before it that counts weapons or people tells the attack, not a scene; a national
    source's zero, or one said for every place, is the whole attack's)."""
    x = sents[idx]
    if idx == 0 or x.facts.regions or lx.WHOLE.search(x.s.text) or _EVERY_PLACE.search(x.low):
        return None
    if _AT_A_SITE.search(x.low):  # "no casualties among the crew": the zero names its own scene
        return None
    # The scene runs back through its paragraph to the sentence naming its place ("Mykolaiv. A drone
    # struck an energy facility on the city's outskirts. No casualties were reported.").
    for before in reversed(sents[max(0, idx - _SCENE_BACK) : idx]):
        if before.figures or before.headline or before.caption or before.s.paragraph != x.s.paragraph:
            return None
        if before.facts.regions:
            return _one_place(before.facts.regions, country)
    return None


_SCENE_BACK = 3  # how many sentences a scene runs back


def _zeros(x: _Sent, idx: int, place: str | None, claimant: str | None) -> list[Count]:
    """Stated zeros of casualties in one sentence (``place``: the one place it is about, if any)."""
    low = x.low
    if _seen(lx.NOT_YET_L, low):
        return []
    s, e = x.s.start, x.s.end
    fields: tuple[str, ...] = ()
    if _seen(lx.NO_CASUALTIES_L, low):
        fields = ("killed", "injured")
    else:
        fields = tuple(
            name
            for name, pattern in (("injured", lx.NO_INJURIES_L), ("killed", lx.NO_DEATHS_L))
            if _seen(pattern, low)
        )
    # "The governors of the three regions said there were no casualties", "no casualties in either
    # region", "nobody was hurt in the attack" (not said by one place's official): every struck place's
    # word (when they name their regions, "the governors of the Penza and Voronezh regions", only theirs).
    if place is not None and fields and _OR_ELSEWHERE.search(low) is not None:
        # "no casualties in Kyiv or elsewhere": the place named and every other
        return [Count(n, 0, s, e, idx, zero=True, claimant=claimant, everywhere=True) for n in fields]
    everywhere = (
        place is None
        and not x.facts.regions
        and (
            _EVERY_PLACE.search(low) is not None
            or (claimant is not None and claimant not in LOCAL and _WHOLE_ATTACK.search(low) is not None)
            # "No casualties were reported.": a sentence of its own that no one says, after the attack's
            # story
            or _UNSAID_ZERO.fullmatch(x.s.text) is not None
        )
    )
    if fields and (
        (place is None and _AT_A_SITE.search(low) is not None) or _A_HITS_ZERO.search(low) is not None
    ):
        place = "the site"  # "no casualties were reported at the refinery itself": that site's zero
    return [
        Count(name, 0, s, e, idx, place=place, zero=True, claimant=claimant, everywhere=everywhere)
        for name in fields
    ]


# A side's claim of the enemy soldiers its strike killed.
_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)
_UNSAID_ZERO = re.compile(
    r"\s*(?:There (?:were|have been) no (?:reports of )?casualties|No casualties (?:were|have been) reported|"
    r"There were no (?:reports of )?(?:deaths|dead) or (?:injuries|injured)|"
    # "No injuries or deaths were reported.", "No one was killed in the attack."
    r"No (?:injuries|deaths) or (?:injuries|deaths) (?:were|have been) reported|"
    r"No one was killed(?: in the attack)?)(?: so far)?\.\s*",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r",|\sand\s|\swhile\s")


def _pointing_text(x: _Sent) -> str | None:
    """The lower-cased sentence whose words may point at the attack's target: without its launch areas
    ("fired 17 missiles from the Rostov region in southern Russia" points at no target in Russia)."""
    if not x.facts.launch_areas:
        return x.low or None
    low = x.low or x.s.text.lower()
    chars = list(low)
    for start, end in x.facts.launch_areas:
        # From "from" to the end of its phrase: "Russia launched 36 drones from the Kursk direction, and
        # the air force shot down 21" still points at Ukraine.
        start = low.index("from", start, end)
        phrase = _PHRASE_END.search(low, start, end)
        end = phrase.start() if phrase is not None else end
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _clause_directions(x: _Sent) -> tuple[tuple[int, int, str], ...]:
    """The clauses of a sentence (split at semicolons and ", while") that point at one attack, with
    their spans."""
    text = x.s.text
    low = _pointing_text(x) or text.lower()
    # Every clause runs from the end of one separator to the start of the next.
    bounds = [0, *(i for sep in _CLAUSE_SPLIT.finditer(text) for i in sep.span()), len(text)]
    out: list[tuple[int, int, str]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        part = text[start:end]
        regions = [r for r in x.facts.regions if start <= r.start < end]
        ru, ua = direction_score(part, regions, low[start:end])
        if ru != ua:
            out.append((start, end, RU_UA if ru > ua else UA_RU))
    return tuple(out)


# "Ukrainian drones attacked six Russian regions": how many regions the attack struck.
# "six regions", or regions not counted but attacked beside the one named: "Kirovohrad and neighbouring
# oblasts", "attacked several regions" (not "alerts in several regions", "launched from several regions").
_REGIONS_COUNTED = re.compile(
    rf"(?<![\w-])(?P<n>\d+|{'|'.join(lx.NUMBER_UNITS)})\s+(?:[\w-]+\s+)?(?:regions|oblasts|provinces)\b|"
    # (not after "from": "launched from Kursk and other regions" names launch areas)
    r"\band\s+(?:the\s+)?(?P<near>neighbou?ring)\s+(?:regions|oblasts|provinces)\b|"
    r"\b(?:on|across|attack(?:ed|ing)|struck|striking|hit|hitting|target(?:ed|ing))\s+(?:the\s+)?"
    r"(?P<vague>several|neighbou?ring|other|various|multiple)\s+(?:[\w-]+\s+)?(?:regions|oblasts|provinces)\b",
    re.IGNORECASE,
)


def _one_kind_named(inc: _Incident, sents: list[_Sent]) -> bool:
    """Whether the sentences about an attack name drones or missiles, not both."""
    texts = [sents[i].s.text for i in inc.sentences]
    drones = any(lx.DRONE_HEAD.search(t) for t in texts)
    missiles = any(lx.MISSILE_HEAD.search(t) or lx.MODEL_HEAD.search(t) for t in texts)
    return drones != missiles


def _unnamed_regions(inc: _Incident, sents: list[_Sent]) -> bool:
    """Whether the story says the attack struck more regions than it names ("attacked six Russian
    regions, … the Samara region, where air defences destroyed 12 drones"): a weapon count of one of
    them is that region's share (aggregate rule 1)."""
    for i in inc.sentences:
        text = sents[i].s.text
        low = sents[i].low or text.lower()
        if "regions" not in low and "oblasts" not in low and "provinces" not in low:
            continue  # most sentences: the search would find nothing
        for m in _REGIONS_COUNTED.finditer(text):
            if lx.CUMULATIVE_AFTER.match(text[m.end() :]):
                continue  # "Ukraine has hit 15 regions with drones since August": a running total
            if m.group("vague") or m.group("near"):
                return True  # more regions than the one or two named
            n = m.group("n")
            counted = int(n) if n.isdigit() else word_value(n)
            if counted is not None and counted > len(inc.regions):
                return True
    return False


# A sentence that names the aerial weapons only to deny them: "The defence ministry did not report any drone
# or missile attacks on the region", "no drones or missiles were used".
_NO_AERIAL_WEAPON = re.compile(
    r"\b(?:no|not|never|without|neither)\b[^.;,]{0,30}?"
    r"\b(?:drones?|missiles?|uavs?|air (?:strikes?|attacks?))\b"
)


def _ground_fire_only(sents: list[_Sent], excluded: list[bool]) -> bool:
    """Whether the sentences about this day name artillery or mines ("shelled 27 settlements", "an
    anti-tank mine exploded") and no drone, missile or aerial bomb: what makes a toll the front's, not
    an aerial attack's. A toll with neither named ("A Russian strike on Dnipro killed four") stays."""
    ground = False
    places: set[str] = set()
    for x, ex in zip(sents, excluded, strict=True):
        low = x.low or x.s.text.lower()
        if not ex and lx.names_an_aerial_weapon(low) and not _NO_AERIAL_WEAPON.search(low):
            return False
        if not ex:
            places.update(r.name for r in x.facts.regions)
        # The shelling may be told in a sentence about the past day ("shelled 27 settlements over the
        # past day"), and the toll after it.
        ground = ground or lx.any_part(lx.GROUND_PARTS_L, low) or _MINE.search(low) is not None
    return ground and not _beyond_artillery(places)


def _beyond_artillery(places: set[str]) -> bool:
    """Whether every place named is out of the guns' reach: "enemy shelling" of Lutsk, Khmelnytskyi or
    Odesa came by air."""
    return bool(places) and places <= BEYOND_ARTILLERY


def _review_of_a_period(sents: list[_Sent]) -> bool:
    """Whether a story that dates no attack of its own (asked when no date was found for one) and says
    no "overnight", "yesterday" or "today", gives its figures for a month or a year: a year-end review
    ("Kyiv came under 52 attacks in 2025, which killed 131"), a unit's tally over its first year. The
    period is set by the first sentence with figures or before it; its counts are no one attack's."""
    if any(d.relative for x in sents for d in x.dates):
        return False
    for x in sents:
        if _names_a_period(x.low or x.s.text.lower()):
            return True
        if x.figures:
            return False  # the story's first figures, with no period set
    return False


def _names_a_period(low: str) -> bool:
    """Whether a lower-cased sentence names a month or a year as its time: not the war's start ("since
    the invasion in 2022"), nor a period an attack is ranked in ("the fifth attack in the past month")."""
    for m in lx.PERIOD_L.finditer(low):
        before = low[max(0, m.start() - 60) : m.start()]
        if not (lx.WAR_START_BEFORE_L.search(before) or lx.RANKED_L.search(before)):
            return True
    return False


def _about_the_war(body: str, low: str) -> bool:
    """An aerial attack in this war can be reported here: attack words and the war's names or places.

    Most articles of a general news stream fail the first, cheap test and cost nothing more; an
    attack report passes both within its first sentence.
    """
    if lx.ANY_ATTACK_WORD_L.search(low) is None:
        return False
    if lx.WAR_CONTEXT_L.search(low):
        return True
    return any(r.country == UA for r in find_regions(body, lx.tokens(low), low=low))


def _leads_with_the_war(sents: list[_Sent], title: str | None) -> bool:
    """Whether the article's lead names this war: one of its sides or their places, in the title or in
    one of the first two sentences about an attack. A report of Pakistan downing Indian drones, or of an
    air strike in Myanmar that mentions Russia further down (a call for restraint), is not about it.
    """
    if title and (lx.WAR_CONTEXT_L.search(lx.lower(title)) or find_regions(title)):
        return True  # "LIVE: … one killed in Zhytomyr region"
    lead = 0
    for x in sents:
        if x.caption:
            continue
        if x.facts.air or x.facts.attack:
            if x.facts.regions or lx.WAR_CONTEXT_L.search(x.low):
                return True
            lead += 1
            if lead == 2:
                return False
        elif x.facts.regions and lx.WAR_CONTEXT_L.search(lx.lower(x.s.text)):
            return True  # "The Russian army shelled Lviv at night.": a side and its places, before the attack
    return True


# The most a sentence adds to the article's direction: two phrases' worth (see ``direction_score``).
_ONE_SENTENCE_VOTE = 4


# Ukrainian outlets write the apostrophe as a letter (U+02BC, "Lvivʼs"), which joins the words around it;
# read as the typographic one, a character for a character.
_APOSTROPHES = str.maketrans({"\u02bc": "\u2019"})
# A line break inside a sentence: a word or a comma, then a lower-case word on the next line.
_WRAPPED = re.compile(r"(?<=[a-z,])\n(?=[a-z])")
_WRAPS = 3  # breaks of that kind that tell a hard-wrapped text from a stray one


def _unwrapped(body: str) -> str:
    """A feed's copy hard-wrapped at a fixed width ("Zelenskiy said Russia had launched more\nthan 450
    drones"): its lines rejoined, a space for each break, so that offsets stay."""
    if body.count("\n") < _WRAPS or len(_WRAPPED.findall(body)) < _WRAPS:
        return body
    return _WRAPPED.sub(" ", body)


def extract(article: schemas.Article) -> list[schemas.Report]:
    """The reports of every incident ``article`` reports on, sorted by incident id.

    Raises ``ValueError`` when ``published_at`` is not an RFC 3339 timestamp.
    """
    # (read with one apostrophe: evidence is quoted from the article's own text, at the same offsets)
    body = _unwrapped(article.body.translate(_APOSTROPHES))
    # An unreadable timestamp is the producer's error, not a quiet "no attack": the worker
    # rejects the article (reason "bad_date") rather than counting it as a no-event.
    ref = kyiv_date(article.published_at)
    if not body:
        return []
    ref = updated_day(body, article.published_at) or ref
    # Lower-cased once; each sentence takes its slice (offsets are kept).
    low_body = lx.lower(body)
    if not _about_the_war(body, low_body):
        return []
    sents = _analyse(body, low_body, ref, article.title)
    if not _leads_with_the_war(sents, article.title):
        return []
    main, basis = _main_date(sents, ref)
    if basis == "published" and _review_of_a_period(sents):
        return []
    excluded = _excluded(sents, main, ref)
    scores = _direction_scores(sents)
    default = _article_direction(sents, excluded, scores)
    # The attack the article reports is dated by its own sentences: "Three were killed in a drone strike
    # on Monday", about the other side's attack in a story of Tuesday's raid, is an earlier day's news.
    directions = _sentence_directions(sents, scores, default)
    own = [x for x, d in zip(sents, directions, strict=True) if d == default]
    if len(own) < len(sents):
        own_main, own_basis = _main_date(own, ref)
        if own_basis == "explicit" and own_main > main:
            main, basis = own_main, own_basis
            excluded = _excluded(sents, main, ref)
            default = _article_direction(sents, excluded, scores)

    incidents = _read_incidents(sents, excluded, scores, default)
    reports = _reports(article, sents, incidents, excluded, default, main, basis)
    for day, (told_of, outside) in _other_nights(sents, excluded, main).items():
        # A story of two nights tells the night before with weapon counts of its own: its own incident.
        others = _read_incidents(told_of, outside, scores, default)
        told = _reports(article, told_of, others, outside, default, day, "explicit")
        reports.extend(r for r in told if _a_night_of_its_own(r, reports))
    reports.sort(key=lambda r: r.incident_id)
    return reports


def _a_night_of_its_own(other: schemas.Report, reports: list[schemas.Report]) -> bool:
    """Whether the ``other`` night's report counts weapons, not all of them as one of the story's
    ``reports`` of its direction counts them: a night told with a toll alone, or with this night's counts
    again, is no account of a night of its own (two missiles on both nights can be)."""
    weapons = {(name, v) for name, v in other.figures.stated().items() if name in _WEAPON_FIELDS and v}
    return bool(weapons) and not any(
        (r.attacker, r.target) == (other.attacker, other.target)
        and weapons <= set(r.figures.stated().items())
        for r in reports
    )


_WEAPON_FIELDS = frozenset(schemas.FIELDS) - {"killed", "injured"}


def _other_nights(
    sents: list[_Sent], excluded: list[bool], main: date
) -> dict[date, tuple[list[_Sent], list[bool]]]:
    """The nights just before ``main`` that the story tells with figures of their own, each with the
    sentences as that night's reading sees them (an aside about it with its own counts) and those that are
    not about it (``excluded`` marks the sentences about another time than ``main``).

    A paragraph about another night opens with an attack sentence dated that one day ("The attack followed
    a larger one on the night into Saturday, when Russia fired 465 drones") and goes on, undated, to its
    end: "That night, 405 drones were shot down." A story's background further back, or a paragraph that
    names several days or a period, is no night of its own.
    """
    nights: dict[date, set[int]] = {}
    day: date | None = None
    paragraph = -1
    for idx, x in enumerate(sents):
        if x.s.paragraph != paragraph:
            paragraph, day = x.s.paragraph, None
        if x.compared is not None and not excluded[idx]:
            # "The strike came a day after a heavier attack on the night into Sunday.": what follows of it,
            # and the aside's own counts ("… after Russia sent 479 drones overnight into Monday")
            near = 1 <= (main - x.compared).days <= _OTHER_NIGHT_DAYS
            day = x.compared if near and _names_a_night(x.s.text) else None
            if day is not None and x.compared_figures:
                nights.setdefault(day, set()).add(idx)
            continue
        if not excluded[idx] or x.caption or x.file_photo or x.facts.foreign or x.facts.other_time:
            day = None
            continue
        values = {d.value for d in x.dates if d.strong}
        if values:
            day = None
            if len(values) == 1 and (x.facts.air or x.facts.attack) and _names_a_night(x.s.text):
                (one,) = values
                if 1 <= (main - one).days <= _OTHER_NIGHT_DAYS:
                    day = one
        elif x.dates:
            day = None  # "overnight", "the day before": not the other night's words
        if day is not None:
            nights.setdefault(day, set()).add(idx)
    out = {}
    for day, told in nights.items():
        told_of = [
            replace(x, figures=x.compared_figures + (x.figures if excluded[i] else []))
            if x.compared == day and x.compared_figures
            else x
            for i, x in enumerate(sents)
        ]
        if any(told_of[idx].figures for idx in told):
            out[day] = (told_of, [idx not in told for idx in range(len(sents))])
    return out


# Opening a sentence right after another night was named: that night ("Then, Russia launched 48 drones").
_THEN = re.compile(r"(?:Then,|At that time,|On that occasion\b)")
# A day's hours or times: a sentence naming one is no other night's ("between 20:00 and 23:00 on September
# 29", the evening of tonight's night; "on Monday afternoon").
_HOURS_OF_A_DAY = re.compile(r"\b(?:\d{1,2}[:.]\d\d|evening|afternoon|daytime|midday|noon)\b", re.IGNORECASE)


def _names_a_night(text: str) -> bool:
    """Whether ``text`` names a night and no hour of a day: "on the night into Saturday", "Sunday night's
    attack"."""
    return _A_NIGHT_WORD.search(text) is not None and _HOURS_OF_A_DAY.search(text) is None


_OTHER_NIGHT_DAYS = 2  # how far before the story's night another night it tells can be


def _direction_scores(sents: list[_Sent]) -> list[tuple[int, int]]:
    """Each sentence's (RU>UA, UA>RU) direction scores; (0, 0) for one about no attack."""
    return [
        direction_score(x.s.text, x.facts.regions, _pointing_text(x), x.facts.pointed)
        if x.facts.air or x.facts.attack or x.figures
        else (0, 0)
        for x in sents
    ]


def _article_direction(sents: list[_Sent], excluded: list[bool], scores: list[tuple[int, int]]) -> str:
    """The article's own direction: where most of its attack sentences (not ``excluded``) point."""
    ru_total = ua_total = 0
    for x, ex, score in zip(sents, excluded, scores, strict=True):
        if not ex and (x.facts.air or x.facts.attack):
            # One sentence is one vote, however many places it lists: a defence ministry's "64 drones
            # over eight regions, among them Moscow, Tula, Kaluga and Bryansk" in a story of a night's
            # attack on Ukraine does not outweigh its lead.
            ru_total += min(score[0], _ONE_SENTENCE_VOTE)
            ua_total += min(score[1], _ONE_SENTENCE_VOTE)
    return UA_RU if ua_total > ru_total else RU_UA


def _sentence_directions(sents: list[_Sent], scores: list[tuple[int, int]], default: str) -> list[str]:
    """The direction of the attack each sentence tells of.

    A new paragraph returns to the article's direction (``default``) unless it only continues the
    previous one ("…, and that no one was injured" after a Russian governor's paragraph). An item of a
    list stays with its opening's attack ("– 4 Kh-22 missiles (Kursk region airspace)").
    """
    out: list[str] = []
    current = default
    paragraph = -1
    for x, (ru, ua) in zip(sents, scores, strict=True):
        if x.s.paragraph != paragraph:
            paragraph = x.s.paragraph
            if current != default and ((ru, ua) != (0, 0) or not _CONTINUES.match(x.s.text)):
                current = default
        if ru != ua and (ru >= 2 or ua >= 2 or ru + ua >= 1) and x.item_of < 0:
            current = RU_UA if ru > ua else UA_RU
        out.append(current)
    return out


def _read_incidents(
    sents: list[_Sent], excluded: list[bool], scores: list[tuple[int, int]], default: str
) -> dict[str, _Incident]:
    """The counts, places and sentences of each direction's attack, read from the sentences not
    ``excluded`` (``scores``: each sentence's direction scores; ``default``: the article's direction)."""
    incidents = {RU_UA: _Incident(RU_UA), UA_RU: _Incident(UA_RU)}
    claimants = _Claimants(sents)
    paragraph = -1
    last_single_missile: int | None = None
    # The launch counts of the last sentence that gave one, the largest of each field.
    last_launch: tuple[int, dict[str, Count]] = (-1, {})
    dateline: tuple[int, tuple[RegionMention, ...]] | None = None
    list_item = -1  # the sentence that can be an item of a list opened by a colon
    listed_parts: dict[tuple[int, str], Count] = {}  # (list opening, field): the items' sum so far
    line_opening = ""  # the first sentence of the line read
    line_first = 0  # its index
    directions = _sentence_directions(sents, scores, default)
    for idx, x in enumerate(sents):
        if x.s.paragraph != paragraph:
            paragraph, line_opening, line_first = x.s.paragraph, x.s.text, idx
        current = directions[idx]
        if excluded[idx]:
            continue
        inc = incidents[current]
        text = x.s.text
        figures = x.figures
        fx = x.facts
        # Tolls of ground fire are not the air attack's; a "frontline city" hit by bombs or drones is.
        ground = (
            bool(figures)
            and any(f.category == PEOPLE for f in figures)
            and lx.any_part(lx.GROUND_PARTS_L, x.low)
            and not lx.names_an_aerial_weapon(x.low)
            and not _beyond_artillery({r.name for r in fx.regions} or inc.regions)
        )
        front = (
            bool(figures)
            and any(f.category != PEOPLE for f in figures)
            and (lx.any_part(lx.FRONTLINE_PARTS_L, x.low) or lx.inventory(x.low))
        )
        if figures and not lx.tokens(x.low).isdisjoint(lx.MAKE_BELIEVE_WORDS):
            figures = []  # "According to the scenario, the 'enemy' launched 60 air targets"
        claimant = claimants.of(idx) if figures or fx.negation else None
        s_start, s_end = x.s.start, x.s.end
        # A local official's weapon counts are their own place's share ("the city was attacked by 25").
        local = None
        if claimant in LOCAL:
            # A quote goes on about the place its line named before ("… attacked the Vinnytsia region
            # with 14 drones. Nine were shot down," the governor said).
            line = fx.regions
            if not line and claimants.in_quote(idx):
                line = tuple(r for k in range(line_first, idx) for r in sents[k].facts.regions)
            local = _one_place(line, target_country(current))
        # A toll on a line that opened on a place is that place's ("Kryvyi Rih - a drone hit a house. A
        # man was killed, 5 people were injured."), unless the sentence counts the whole.
        own_place = (
            line_place(line_opening)
            if fx.casualty
            and x.s.paragraph > 0  # "Kyiv: Russia launched …" on the first line is a dateline
            and any(f.category == PEOPLE and f.place is None for f in figures)
            and not lx.WHOLE.search(text)
            and not lx.WHOLE.search(line_opening)
            else None
        )
        # A sentence naming its own places says where, unless it names only the line's opening place
        # ("• Sumy: One person was killed …", "Kharkiv region. Two were killed and six injured in Kharkiv").
        if (
            own_place is not None
            and fx.regions
            and {r.name for r in fx.regions} != {_place_name(own_place)[0]}
        ):
            own_place = None
        # "Russia downs 34 drones; Kyiv destroys 62 of 145 drones launched by Moscow": clauses of their own,
        # each pointing at its attack.
        # (Not the items of a list, which keep their opening's attack: "- 46 missiles: 2 Kinzhal (Ryazan
        # region - RF); 36 Kh-101 (Saratov region - RF)" names launch areas.)
        clauses = (
            _clause_directions(x) if (";" in text or ", while" in text) and figures and x.item_of < 0 else ()
        )
        for f in figures:
            direction = (
                next((d for start, end, d in clauses if start <= f.start < end), current)
                if clauses
                else current
            )
            # "killing at least three people in Ukraine and injuring two in Russia": each toll is of the
            # attack on its country.
            if f.category == PEOPLE:
                # "… killing three people in Kharkiv and Ukrainian drones setting fire to a refinery": a
                # toll of a place is of the attack on the place's country.
                country = _IN_COUNTRY.match(text, f.end)
                if country is not None:
                    direction = _ON_COUNTRY[country.group(1)]
                elif (
                    f.place is not None
                    and (side := country_of(f.place)) is not None
                    and not _struck_by_ukraine(f.place, x)
                ):
                    direction = RU_UA if side == UA else UA_RU
            elif (owner := _WEAPONS_OF.search(text, f.start, f.end)) is not None:
                # "…, with Moscow claiming to have intercepted more than 250 Ukrainian drones": weapons
                # named by their side are that side's attack, whatever the sentence is about.
                direction = UA_RU if owner.group().lower().startswith("ukrain") else RU_UA
            into = incidents[direction].counts  # the figure's attack (the sentence's is ``inc``)
            # "12 drones were downed over the Moscow region, Sobyanin said; in total the ministry reported
            # 46 destroyed": each clause of its own has its own source.
            said = (_clause_claimant(text, f.start) or claimant) if ";" in text else claimant
            if f.place == THE_CAPITAL:
                # "91 drones around the capital": the attacked country's (not a town of the region the
                # sentence names next, "… and another 126 over the Kursk region")
                f = f._replace(place=_CAPITALS[target_country(direction)])
            if f.place == THE_REGION:
                # "… shot down in the region": a drone count is the region's (named last before) share of a
                # night's waves, unless the air force gives it; "one Kh-59 was shot down over the region"
                # is of a strike on it.
                whole = f.category == MISSILES or said in NATIONAL
                region = None if whole else _named_before(sents, idx, target_country(direction))
                f = f._replace(place=None if whole else region or THE_REGION)
            if local is not None and said in LOCAL and f.category != PEOPLE and f.place is None:
                f = f._replace(place=local)
            elif own_place is not None and f.category == PEOPLE and f.place is None:
                f = f._replace(place=own_place)
            elif f.category == PEOPLE and f.place is None and _IN_THE_CITY.match(text, f.end):
                # "13 others were injured in the southern city": the city named last before
                f = f._replace(place=_named_before(sents, idx, target_country(direction)))
            elif f.category == PEOPLE and f.place is None and _OTHERS_OPEN.match(text):
                # "… were killed in the Zhytomyr region. Twelve others were injured.": the others of the
                # toll of the sentence before are of its place
                before = {c.place for c in into if c.sentence == idx - 1 and c.of_people}
                if len(before) == 1:
                    f = f._replace(place=next(iter(before)))
            if (f.category == PEOPLE and ground) or (f.category != PEOPLE and front):
                continue
            if f.military and _CLAIMED.search(text) is not None:
                continue  # "the Russian military claimed the strike killed 85 military personnel": a boast

            if not _believable(f.category, f.value):
                continue
            if (
                fx.supplied
                and f.role in (LAUNCHED, HIT)
                and f.category != PEOPLE
                and _supplied(x.low, f.start, f.end)
            ):
                continue

            if f.role == LONE:
                inc.lone.append(_count(f, "missiles_launched", x, idx, said, exact=False, fallback=True))
                continue
            if f.role == HIT and f.category in (DRONES, MISSILES):
                # "Two ballistic missiles struck the city": a launch count when nothing better is given.
                launched = _FIELD[(f.category, LAUNCHED)]
                into.append(_count(f, launched, x, idx, said, exact=False, fallback=True))
                continue
            name = _FIELD.get((f.category, f.role))
            if name is None:
                continue
            rounded = x.headline and f.qualified  # a headline's "nearly 400"
            # A toll with no place: the place its sentence names, should another place's toll turn up.
            told = (
                _told_of(x, target_country(direction)) if f.category == PEOPLE and f.place is None else None
            )
            count = _count(
                f, name, x, idx, said, exact=not (x.headline or f.qualified), headline=rounded, told_of=told
            )
            if f.all_of and f.role == INTERCEPTED and count.place is not None:
                # "Both Kh-59 missiles were shot down over the Odesa region" after the attack's two: where
                # the attack's weapons fell, not one place's share of them.
                launched = _FIELD[(f.category, LAUNCHED)]
                if any(c.field == launched and c.place is None and c.value == f.value for c in into):
                    count = replace(count, place=None, town=None)
            if x.item_of >= 0 and f.category != PEOPLE:
                # The items of one list count the parts of one whole: "• 11 Kh-101 cruise missiles;
                # • 3 Iskander-M ballistic missiles; • 6 Kalibr cruise missiles" are 20 missiles.
                part = listed_parts.get((x.item_of, name))
                if part is not None and part in into and part.sentence != idx:
                    into.remove(part)
                    count = _added(part, count)
                listed_parts[(x.item_of, name)] = count
            into.append(count)
            if f.role == INTERCEPTED and f.all_of:
                # "all 14 drones were shot down", "one missile was downed": that many were launched.
                launched = _FIELD[(f.category, LAUNCHED)]
                into.append(_count(f, launched, x, idx, said, exact=False, implied=True))
            elif f.role == LAUNCHED and f.all_of:
                # "three missiles were fired at Kyiv; all of them were destroyed": as many shot down.
                downed = _FIELD[(f.category, INTERCEPTED)]
                into.append(_count(f, downed, x, idx, said, exact=False, implied=True))
            if f.category == MISSILES and f.value == 1:
                last_single_missile = idx
            if f.role == LAUNCHED:
                if last_launch[0] != idx:
                    last_launch = (idx, {})
                kept = last_launch[1].get(name)
                if kept is None or f.value > kept.value:
                    last_launch[1][name] = into[-1]
        said_down = None
        if not figures and last_launch[0] == idx - 1:
            said_down = _ALL_OF_THEM_DOWN.match(text.lstrip())
        elif last_launch[0] == idx and ";" in text:
            # "Russia launched 27 drones overnight; all were shot down": a clause of its own
            said_down = _ALL_OF_THEM_DOWN.match(text[text.rindex(";") + 1 :].lstrip())
        all_down = said_down is not None or (
            last_launch[0] == idx and "all of them" in text and all_down_added(text) is not None
        )
        if all_down:
            kind = _kind_all_down(said_down)
            for launch in last_launch[1].values():
                if kind is not None and not launch.field.startswith(kind):
                    continue  # "The drones were all destroyed": not the missiles launched with them
                inc.counts.append(
                    Count(
                        launch.field.replace("launched", "intercepted"),
                        launch.value,
                        launch.start,
                        s_end,
                        idx,
                        launch.exact,
                        launch.place,
                        claimant=claimant,
                    )
                )
        if not (figures or fx.air or fx.attack or fx.casualty or fx.negation or fx.regions):
            continue  # none of what follows can find anything in this sentence
        if (
            fx.negation
            and last_single_missile is not None
            and last_single_missile >= idx - 1
            and _NOT_INTERCEPTED.search(text)
        ):
            start = sents[last_single_missile].s.start
            inc.counts.append(
                Count("missiles_intercepted", 0, start, s_end, idx, zero=True, claimant=claimant)
            )
        # Every stated zero names the casualties ("no casualties", "nobody was hurt"): needs such a word.
        zeros: list[Count] = []
        if fx.negation and fx.casualty and (fx.air or fx.attack or figures or inc.counts or inc.sentences):
            struck = target_country(current)
            place = _one_place(_zero_clause_regions(x), struck) or _zero_place(x, struck)
            if place is None and claimant in (None, *LOCAL):
                place = _scene_before(sents, idx, struck)
            zeros = _zeros(x, idx, place, claimant)
            inc.counts.extend(zeros)
        if fx.air and "all" in x.low and (every := _ALL_INTERCEPTED.search(text)) is not None:
            kind = MISSILES if every.group("kind").lower().startswith("missile") else DRONES
            inc.counts.append(
                Count(
                    _FIELD[(kind, INTERCEPTED)], 0, s_start, s_end, idx, claimant=claimant, all_launched=True
                )
            )
        if fx.negation and fx.air and (none := _NONE_INTERCEPTED.search(text)) is not None:
            said = none.group("kind") or none.group("kind2") or none.group("kind3") or none.group("kind4")
            kind = MISSILES if said.lower().startswith("missile") else DRONES
            inc.counts.append(
                Count(_FIELD[(kind, INTERCEPTED)], 0, s_start, s_end, idx, zero=True, claimant=claimant)
            )
        # "In the Dnipropetrovsk region a facility caught fire, but no casualties were reported."
        # "29 were shot down:" over "14 – over Sumy region", "9 – over Chernihiv region": each item of
        # the list is about the attack its opening sentence is about.
        item = idx == list_item and bool(fx.regions) and len(text) <= _LIST_ITEM_MAX
        relevant = fx.air or fx.attack or bool(figures) or bool(zeros) or item
        if item or (relevant and text.endswith(":") and not lx.any_part(_ALERT_PARTS_L, x.low)):
            list_item = idx + 1
        if fx.regions and not relevant and len(text) <= _DATELINE_MAX:
            dateline = (x.s.paragraph, fx.regions)
        elif dateline is not None and x.s.paragraph - dateline[0] <= 1 and relevant:
            # "Zaporizhzhia. The occupiers attacked the city with Shaheds", or a heading line
            # ("⚡️ Odesa region") over the post: the place the post is about.
            inc.regions.update(r.name for r in dateline[1] if r.country == target_country(current))
            dateline = None
        # "Air defence worked in the Cherkasy, Poltava and Sumy regions": where the attack was met; not
        # where artillery fired ("In Kherson, Russian shelling injured a woman").
        if (
            fx.regions
            and (relevant or fx.defended)
            and not lx.any_part(_ALERT_PARTS_L, x.low)
            and (fx.air or not lx.any_part(lx.GROUND_PARTS_L, x.low))
        ):
            inc.regions.update(r.name for r in fx.regions if _struck_in(r, current, text))
        if (
            relevant
            and "capital" in text
            and (capital := _CAPITAL.search(text)) is not None
            and not lx.any_part(
                _ALERT_PARTS_L, x.low
            )  # "alerts in Kyiv, though no drones reached the capital"
        ):
            # "The enemy attacked the capital": Kyiv; "the Russian capital" when Russia is the target.
            russian = capital.group("russian") is not None
            if russian == (current == UA_RU):
                inc.regions.add(_CAPITALS[RU if russian else UA])
        if figures or fx.air:
            inc.sentences.append(idx)
        elif fx.attack:
            inc.attack_only.append(idx)

    for inc in incidents.values():
        inc.counts = _headline_placed(inc.counts, sents)
    # The one missile a story tells of striking is its attack's launch count when the story tells of no
    # other missile and of one place struck (not "In Lviv, a missile hit a warehouse" in a nation's night).
    plural = any(
        not excluded[i] and _MISSILES.search(x.s.text) and not _BACKGROUND.search(x.s.text)
        for i, x in enumerate(sents)
    )
    for inc in incidents.values():
        if (
            inc.lone
            and not plural
            and len(inc.regions) <= 1
            and not any(c.field.startswith(("missiles", "total")) for c in inc.counts)
        ):
            inc.counts.append(inc.lone[0])
    return incidents


def _headline_placed(counts: list[Count], sents: list[_Sent]) -> list[Count]:
    """A headline's count with no place, that the body gives for one place only ("Thirteen Shahed Drones
    Shot Down In Sumy Region" over "shot down 13 Shahed drones in the Sumy region"): the body's count,
    of that place."""
    body: dict[tuple[str, int], set[str | None]] = {}
    for c in counts:
        if c.sentence >= 0 and not sents[c.sentence].headline and not c.zero:
            body.setdefault((c.field, c.value), set()).add(c.place)
    out = []
    for c in counts:
        places = body.get((c.field, c.value), set())
        if c.place is None and c.sentence >= 0 and sents[c.sentence].headline and len(places) == 1:
            place = next(iter(places))
            if place is not None:
                c = replace(c, place=place, town=next(o.town for o in counts if o.place == place))
        out.append(c)
    return out


# An attack of more than one missile ("missiles", "a massive combined strike", "a wave of missile
# strikes"): the one missile a story tells of striking a building is then one hit, not the launch count.
_MISSILES = re.compile(
    # (not "the blast wave", "heavy artillery": a wave or a mass of weapons or strikes)
    r"\bmissiles\b|\b(?:mass|massive|large-scale|heavy|combined)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|raids?|bombardments?|barrages?|waves?)\b|\bbarrages?\b|"
    r"\bwaves? of (?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|missiles?|drones?)\b|"
    r"\bmissile (?:strikes|attacks)\b|\bmissile and drone\b|\bdrones? and missile\b|"
    r"\b(?:another|second|third|other) missile\b",
    re.IGNORECASE,
)


# The war told in general, not this attack: "Russia has attacked Ukrainian cities far from the front line
# with missiles and drones as part of its full-scale invasion".
_BACKGROUND = re.compile(
    r"\b(?:full-scale (?:invasion|war)|since the (?:start|beginning)|(?:has|have) (?:repeatedly|regularly|"
    r"frequently|often)|throughout the war)\b",
    re.IGNORECASE,
)


def _reports(
    article: schemas.Article,
    sents: list[_Sent],
    incidents: dict[str, _Incident],
    excluded: list[bool],
    default: str,
    main: date,
    basis: str,
) -> list[schemas.Report]:
    """A report of each direction's attack of day ``main`` with counts of its own (or, in the article's
    direction, with an attack on a place named and its figures unknown)."""
    body = article.body
    reports: list[schemas.Report] = []
    for direction in (RU_UA, UA_RU):
        inc = incidents[direction]
        substantive = any(not (c.fallback or c.vague) for c in inc.counts)
        # Counts of single places only still tell that the attack happened, with its figures unknown.
        if not substantive and not (direction == default == RU_UA and _attack_named(inc, sents, main)):
            continue
        if all(c.of_people for c in inc.counts) and _ground_fire_only(sents, excluded):
            continue  # a toll of shelling or of a mine, with no aerial weapon named
        chosen = aggregate.choose(
            inc.counts,
            inc.regions,
            unnamed=_unnamed_regions(inc, sents),
            one_kind=_one_kind_named(inc, sents),
            by_day=_by_day(inc, sents),
            drone_waves=direction == RU_UA,
        )
        attacker, target = Pair.parse(direction)
        incident_id = keys.incident_id(main.isoformat(), attacker, target)
        # The report's source: the first named in a sentence with its counts, else in any sentence
        # about the attack ("…, the head of the regional administration said" in the lead).
        counted = sorted({c.sentence for c in inc.counts if c.sentence >= 0})
        claimant = None
        for i in (*counted, *inc.sentences):
            claimant = find_claimant(sents[i].s.text)
            if claimant:
                break
        figures_, evidence = _figures(chosen, body, claimant)
        reports.append(
            schemas.Report(
                report_id=report_id(article.article_id, incident_id),
                article_id=article.article_id,
                incident_id=incident_id,
                date=main.isoformat(),
                attacker=attacker,
                target=target,
                published_at=article.published_at,
                figures=figures_,
                outlet=article.outlet,
                url=article.url,
                claimant=claimant,
                regions=sorted(inc.regions),
                evidence=evidence,
                date_basis=basis,
            )
        )
    return reports
