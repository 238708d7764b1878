"""Who said it: the source a figure is attributed to (air force, defence ministry, governor…)."""

from __future__ import annotations

import functools
import re

from streams.extraction.lexicon import lower, lowered

# Most specific first: the first pattern that matches names the claimant. Searched in the
# lower-cased sentence (case-insensitive matching folds every character, at three times the cost).
_CLAIMANTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lowered(re.compile(p, re.IGNORECASE)), name)
    for p, name in (
        (
            r"\b(?:Russia['’]s|Russian) (?:defen[cs]e ministry|ministry of defen[cs]e)|"
            r"\b(?:defen[cs]e ministry|ministry of defen[cs]e) of (?:the )?Russia|\bRussian MoD\b|\bTASS\b",
            "Russian Ministry of Defence",
        ),
        (r"\bair ?force|\bAir Command\b|\bOleshchuk\b|\bOleschuk\b|\bIhnat\b", "Ukrainian Air Force"),
        (r"\bGeneral Staff\b", "General Staff of the Armed Forces of Ukraine"),
        (r"\bState Emergency Service\b|\bDSNS\b|\bemergency service", "State Emergency Service of Ukraine"),
        (
            r"\bInterior Ministry\b|\bMinistry of Internal Affairs\b|\bKlymenko\b",
            "Ministry of Internal Affairs of Ukraine",
        ),
        (r"\bZelensk", "President of Ukraine"),
        (r"\bSobyanin\b", "Mayor of Moscow"),
        (r"\bmayor\b|\bKlitschko\b|\bKlychko\b", "Mayor"),
        (
            r"\bgovernor\b|\bregional (?:military )?administration\b|\bcity military administration\b|"
            r"\bhead of\b",
            "Regional authorities",
        ),
        (r"\bdefen[cs]e ministry\b|\bministry of defen[cs]e\b", "Ministry of Defence"),
        (r"\bprosecutor", "Prosecutor General's Office"),
    )
)


# Statements repeat across articles (wire copy): each sentence is looked at once.
@functools.lru_cache(maxsize=8192)
def find_claimant(text: str) -> str | None:
    """The most specific claimant named in ``text``."""
    low = lower(text)
    for pattern, name in _CLAIMANTS:
        if pattern.search(low):
            return name
    return None
