"""Who said it: the source a figure is attributed to (air force, defence ministry, governor…)."""

from __future__ import annotations

import functools
import re

from streams.pipeline.extraction.lexicon import lower, lowered

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
            r"\bair ?force|\bAir Command\b|\bOleshchuk\b|\bOleschuk\b|\bIhnat\b",
            "Ukrainian Air Force",
            ("air force", "airforce", "air command", "oleshchuk", "oleschuk", "ihnat"),
        ),
        (r"\bGeneral Staff\b", "General Staff of the Armed Forces of Ukraine", ("general staff",)),
        (
            r"\bState Emergency Service\b|\bDSNS\b|\bemergency service",
            "State Emergency Service of Ukraine",
            ("emergency service", "dsns"),
        ),
        (
            r"\bInterior Ministry\b|\bMinistry of Internal Affairs\b|\bKlymenko\b",
            "Ministry of Internal Affairs of Ukraine",
            ("interior ministry", "internal affairs", "klymenko"),
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
        (r"\bdefen[cs]e ministry\b|\bministry of defen[cs]e\b", "Ministry of Defence", ("ministry",)),
        (r"\bprosecutor", "Prosecutor General's Office", ("prosecutor",)),
    )
)


# Local officials speak for their city or region: a weapon count they give is that place's share.
LOCAL = frozenset(("Mayor of Moscow", "Mayor", "Regional authorities"))
# Defence ministries count the night's weapons over every region they defended.
DEFENCE_MINISTRIES = frozenset(("Russian Ministry of Defence", "Ministry of Defence"))


# Statements repeat across articles (wire copy): each sentence is looked at once.
@functools.lru_cache(maxsize=8192)
def find_claimant(text: str) -> str | None:
    """The most specific claimant named in ``text``."""
    low = lower(text)
    for pattern, name, words in _CLAIMANTS:
        # A plain loop: a generator for each of the eleven claimants costs more than the tests.
        for word in words:
            if word in low:
                if pattern.search(low):
                    return name
                break
    return None
