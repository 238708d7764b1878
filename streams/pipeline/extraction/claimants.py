"""Who said it: the source a figure is attributed to (air force, defence ministry, governor…)."""

from __future__ import annotations

import functools
import re

from streams.pipeline.extraction.lexicon import AIR_WEAPON, lower, lowered
from streams.pipeline.extraction.regions import find_regions

REGIONAL_AIR_COMMAND = "Regional air command"
RESCUERS = "Emergency services"
# Most specific first: the first pattern that matches names the claimant. Each comes with words of
# which every match holds one: a pattern runs only on a sentence holding one of its words (a
# substring test costs a fraction of a search). Searched in the lower-cased sentence, since
# case-insensitive matching folds every character, at three times the cost.
_CLAIMANTS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (lowered(re.compile(p, re.IGNORECASE)), name, words)
    for p, name, words in (
        (
            r"\b(?:Russia['’]s|Russian) (?:defen[cs]e ministry|ministry of defen[cs]e)|"
            r"\b(?:defen[cs]e ministry|ministry of defen[cs]e) of (?:the )?Russia|\bRussian MoD\b|\bTASS\b",
            "Russian Ministry of Defence",
            # Not "russia": nearly every sentence names Russia, few its defence ministry; nor "defen":
            # many sentences name air defence.
            ("ministry", "russian mod", "tass"),
        ),
        (
            # "Air Command West shot down three cruise missiles": one zone's air defence, its zone's count
            r"\bAir Command\s*[\"“(–—-]?\s*"
            r"(?:West|South|East|Centre|Center|Central|North|Zakhid|Pivden|Skhid|Tsentr|Pivnich)\b|"
            r"\b(?:Western|Southern|Eastern|Central|Northern) Air Command\b",
            REGIONAL_AIR_COMMAND,
            ("air command",),
        ),
        (
            r"\bair ?force|\bAir Command\b|\bOleshchuk\b|\bOleschuk\b|\bIhnat\b",
            "Ukrainian Air Force",
            ("air force", "airforce", "air command", "oleshchuk", "oleschuk", "ihnat"),
        ),
        # (the armed forces' commander-in-chief speaks for them: "Commander-in-Chief Zaluzhnyi said")
        (
            r"\bGeneral Staff\b|\b(?:Ukraine['’]s |Ukrainian )?commander-in-chief\b",
            "General Staff of the Armed Forces of Ukraine",
            ("general staff", "commander-in-chief"),
        ),
        (
            # (the country's service, however written: "Ukraine's emergency service said no one was hurt")
            r"\bState Emergency Service\b|\bDSNS\b|\b(?:Ukraine['’]s|Ukrainian|the national|the state) "
            r"emergency service",
            "State Emergency Service of Ukraine",
            ("emergency", "dsns"),
        ),
        # the rescuers at a scene, named by what they are ("emergency services worked to put out the fire")
        (r"\bemergency service", RESCUERS, ("emergency service",)),
        (
            # (the minister only as Ukraine's: "Poland's interior minister" is not)
            r"\bInterior Ministry\b|\bMinistry of Internal Affairs\b|\bKlymenko\b|"
            r"\b(?:Ukraine['’]s|Ukrainian) (?:interior minister|minister of internal affairs)\b",
            "Ministry of Internal Affairs of Ukraine",
            ("interior minist", "internal affairs", "klymenko"),
        ),
        (r"\bZelensk", "President of Ukraine", ("zelensk",)),
        # "Staff at the city hospital told our correspondent": a source, but not an official one.
        (
            r"\b(?:hospital|doctors|medics|medical staff)(?: staff| officials| workers)?\s+(?:told|said|says|"
            r"reported)\b",
            "Medical staff",
            ("hospital", "doctors", "medic"),
        ),
        (r"\bSobyanin\b", "Mayor of Moscow", ("sobyanin",)),
        (r"\bmayor\b|\bKlitschko\b|\bKlychko\b", "Mayor", ("mayor", "klitschko", "klychko")),
        (
            # "OVA"/"MVA": the Ukrainian abbreviations of the regional and city military administrations
            r"\bgovernor\b|\bregional (?:military )?administration\b|\bcity military administration\b|"
            r"\bhead of\b|\b(?:OVA|ODA|MVA)\b",
            "Regional authorities",
            ("governor", "administration", "head of", "ova", "oda", "mva"),
        ),
        (
            r"\bdefen[cs]e ministry\b|\bministry of defen[cs]e\b|\bmod\b",
            "Ministry of Defence",
            ("ministry", "mod"),
        ),
        (r"\bprosecutor", "Prosecutor General's Office", ("prosecutor",)),
    )
)


# Local officials speak for their city or region: a weapon count they give is that place's share.
# A regional air command ("Air Command West") counts what it downed over its own regions.
LOCAL = frozenset(("Mayor of Moscow", "Mayor", "Regional authorities", REGIONAL_AIR_COMMAND))
# Defence ministries count the night's weapons over every region they defended.
DEFENCE_MINISTRIES = frozenset(("Russian Ministry of Defence", "Ministry of Defence"))
# Sources that count a night over the whole country.
NATIONAL = DEFENCE_MINISTRIES | {"Ukrainian Air Force", "General Staff of the Armed Forces of Ukraine"}


# A verb of saying: the phrase before it ("…, its governor said") or after it ('…," said the mayor') names
# who speaks; "according to" and "citing" name the source after them.
_SPEECH = re.compile(
    r"\b(?:said|says|say|reported|reports|wrote|writes|added|adds|stated|states|announced|announces|"
    r"told|noted|claimed|claims|confirmed|confirms|posted|according to|citing|cited by|quoting)\b"
)
_SOURCE_AFTER = frozenset(("according to", "citing", "cited by", "quoting"))
_BOUNDARY = re.compile(r"[,;:.!?\"“”()]")
# A name with its office and title ("the head of the Kharkiv regional military administration, Oleh
# Syniehubov") runs to some 90 characters; a longer run before a verb of saying is a clause, not a name.
_SPEAKER_MAX = 100
_OPENERS = ',;:"“”('
_CLAUSE_OF_ITS_OWN = re.compile(r"\s*(?:and|while|but|whereas)\b")
_WEAPON = lowered(AIR_WEAPON)


def _speakers(low: str) -> str:
    """The phrases of the lower-cased sentence ``low`` that name who says it, joined: "its governor"
    in "The air force shot down 14 drones over Mykolaiv, its governor said"."""
    phrases = []
    for verb in _SPEECH.finditer(low):
        after = _BOUNDARY.search(low, verb.end())
        right = low[verb.end() : after.start() if after else len(low)]
        if verb.group() in _SOURCE_AFTER:
            phrases.append(right)
            continue
        before = low[: verb.start()].rstrip()
        if (before.endswith((",", '"', "”")) and right.strip()) or not before:
            phrases.append(right)  # '…," said the mayor', "Said the governor: …"
            continue
        if before.endswith(","):
            # "…, the region's governor, Oleh Kiper, said": the name and the office before it.
            before = before[: before.rfind(",", 0, len(before) - 1)]
        opened = max(before.rfind(c) for c in _OPENERS)
        phrase = before[opened + 1 :]
        # "…, and Kharkiv's governor told reporters two were wounded": the speaker of a clause of its own
        # about no weapons speaks for that clause only ("…, while the air force said 80 of 90 drones were
        # shot down" speaks for the weapons).
        own_clause = _CLAUSE_OF_ITS_OWN.match(phrase) and not _WEAPON.search(low, verb.end())
        if len(before) - opened <= _SPEAKER_MAX and not own_clause:
            phrases.append(phrase)
    return " | ".join(phrases)


def _most_specific(low: str) -> str | None:
    for pattern, name, words in _CLAIMANTS:
        # A plain loop: a generator for each of the eleven claimants costs more than the tests.
        for word in words:
            if word in low:
                if pattern.search(low):
                    return name
                break
    return None


# A person's name: two or three capitalised words ("Ruslan Osypenko", "Oleh Syniehubov").
_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,2}}"
# The office before the name ("governor Oleh Kiper", "head of the regional administration, Ivan Fedorov")
# or after it ("Ruslan Osypenko, head of the Chernivtsi Regional Military Administration").
_NAME_AFTER = re.compile(rf"^(?:,\s*|\s+)(?P<name>{_PERSON})\b")
_NAME_BEFORE = re.compile(rf"\b(?P<name>{_PERSON}),\s+(?:the\s+)?$")
# Capitalised words that open a sentence or name a place or body, not a person.
_NOT_NAMES = frozenset(("The", "Ukrainian", "Russian", "Regional", "Military", "Administration", "State"))


# Statements repeat across articles (wire copy): each sentence is read once.
@functools.lru_cache(maxsize=8192)
def people(text: str) -> tuple[tuple[str, str], ...]:
    """The people ``text`` names beside an office a claimant is known by, each surname (lower-cased) with
    that claimant: "said Ruslan Osypenko, head of the Chernivtsi Regional Military Administration" gives
    ``(("osypenko", "Regional authorities"),)``, so that a later '…," Osypenko said.' is his office's."""
    low = lower(text)
    found: dict[str, str] = {}
    for pattern, claimant, words in _CLAIMANTS:
        for word in words:  # a plain loop: a generator for each claimant costs more than the tests
            if word in low:
                break
        else:
            continue
        for office in pattern.finditer(low):
            for near in (
                _NAME_AFTER.match(text[office.end() : office.end() + 60]),
                _NAME_BEFORE.search(text[max(0, office.start() - 60) : office.start()]),
            ):
                if near is None:
                    continue
                words_of_name = near.group("name").split()
                if words_of_name[0] in _NOT_NAMES or words_of_name[-1] in _NOT_NAMES:
                    continue
                if find_regions(near.group("name")):
                    continue  # "In Kryvyi Rih, head of …", "Zaporizhzhia Oblast, the governor": a place
                found.setdefault(lower(words_of_name[-1]), claimant)
    return tuple(found.items())


@functools.lru_cache(maxsize=8192)
def speaking(text: str) -> str:
    """The words of ``text`` that name who says it, lower-cased ("osypenko" in '…," Osypenko said')."""
    return _speakers(lower(text))


def spoken_by(phrase: str, known: dict[str, str]) -> str | None:
    """The claimant of the person a ``speaking`` phrase names, from the people ``known`` by surname."""
    for surname, claimant in known.items():
        if re.search(rf"\b{re.escape(surname)}\b", phrase):
            return claimant
    return None


@functools.lru_cache(maxsize=8192)
def find_claimant(text: str) -> str | None:
    """Who states the figures of ``text``: the most specific source named as speaking ("…, its governor
    said", "according to the air force"), else the most specific one named (a source can be the actor
    of the sentence, "The air force shot down 14 drones", without being who reports it)."""
    low = lower(text)
    return _most_specific(_speakers(low)) or _most_specific(_OWNED.sub(" ", low))


# An office named as the owner of a thing, not as an actor: "the regional governor's building was struck".
_OWNED = re.compile(r"\b(?:governor|mayor)['’]s\s+(?:building|residence|house|home|car)\b")
