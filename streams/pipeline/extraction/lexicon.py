"""Word lists of news reports about aerial attacks, compiled once as regular expressions."""

from __future__ import annotations

import re

IC = re.IGNORECASE


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for lower-cased text, without IGNORECASE (case-folding each character is
    what makes Python's regular expressions slow; lower-casing the text once is cheap)."""
    if re.search(r"\\[A-Z]", pattern.pattern):
        # \S, \W, \D, \B would turn into their opposites.
        raise ValueError(f"cannot lower a pattern with upper-case escapes: {pattern.pattern[:60]!r}")
    source = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def after_a_separator(branches: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    r"""``\b(?:first rest|...)`` for lower-cased text with one space put in front, written so that
    the regex engine skips from separator to separator instead of trying every alternative (each
    behind a ``\b``) at every position.

    ``branches`` are the alternatives grouped by first letter, in their original order within each
    letter (alternatives with different first letters never match at the same place, so the order
    across letters does not matter). The match takes the separator in front of the word along:
    every alternative ends with a letter, so the next match's separator is never inside the
    previous match, and the number of matches stays that of the reference.
    """
    # "x(?<!\wx)" is "\bx": the character before the letter is not a word character (the
    # separator class lets through every non-ASCII character, word characters included).
    alternatives = "|".join(rf"{first}(?<!\w{first})(?:{rest})" for first, rest in branches)
    return re.compile(rf"[^A-Za-z0-9_](?:{alternatives})")


def first_letter_branches(alternatives: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Lower-case alternatives grouped by their first letter, for ``after_a_separator``: each as
    (letter, the alternatives without it), in their order within each letter."""
    grouped: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        assert first.isalpha() and first.islower(), alternative  # a literal lower-case letter first
        grouped.setdefault(first, []).append(alternative[1:])
    return tuple((first, "|".join(rests)) for first, rests in grouped.items())


def lower(text: str) -> str:
    """``text`` in lower case with the same length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# On UTF-8 bytes, as ``tokens`` splits words: a digit is one byte that no other character contains.
# Lone surrogates (possible in JSON input) pass through as bytes of their own.
_UTF8, _LONE = "utf-8", "surrogatepass"
_ZEROS = bytes.maketrans(b"123456789", b"000000000")


def zeroed(text: str) -> str:
    """``text`` with every digit a 0: its wording, for steps that see where digits stand, not their value.

    Statements and wire copy repeat their wording with new numbers each night ("shot down 31 of 40
    drones"); a step that only asks whether and where a digit stands reads such wording once.
    """
    return text.encode(_UTF8, _LONE).translate(_ZEROS).decode(_UTF8, _LONE)


def literal_start(alternative: str) -> str:
    """The literal text every match of a regular-expression ``alternative`` starts with, lower-cased:
    its characters up to the first one with a meaning in a pattern ("shoot(?:ing|s)? down" → "shoot"),
    less a character that a quantifier after it makes optional ("years? since" → "year")."""
    literal, *rest = re.split(r"([\\()\[\]?*+{}|.^$])", alternative, maxsplit=1)
    if rest and rest[0] in "?*{":
        literal = literal[:-1]
    return literal.lower()


def cue_part(*phrases: str, before: str = "") -> tuple[tuple[str, ...], str]:
    """A part for ``any_part``: the phrases as one whole-word pattern (behind ``before``, a pattern that
    must stand right in front of them) and, as its pieces, the literal text each phrase starts with.
    Each phrase is written once; its guard is made from it."""
    pieces = tuple(dict.fromkeys(literal_start(phrase) for phrase in phrases))
    assert all(pieces), phrases  # every phrase starts with literal text
    return pieces, rf"\b{before}(?:{'|'.join(phrases)})\b"


def spellings(phrase: str) -> tuple[str, ...]:
    """Every text a phrase of the vocabulary matches, lower-cased, for guards made from the phrase.

    A phrase may use literal text, groups ``(?:a|b)``, classes ``[sz]``, ``?`` after a character, class
    or group, and ``\\d+`` / ``\\s+`` (spelt "0" and " "); anything else is refused.
    """
    texts, end = _alternation(phrase, 0)
    assert end == len(phrase), phrase
    return tuple(dict.fromkeys(t.lower() for t in texts))


def _alternation(phrase: str, i: int) -> tuple[list[str], int]:
    texts, i = _sequence(phrase, i)
    while i < len(phrase) and phrase[i] == "|":
        more, i = _sequence(phrase, i + 1)
        texts += more
    return texts, i


def _sequence(phrase: str, i: int) -> tuple[list[str], int]:
    texts = [""]
    while i < len(phrase) and phrase[i] not in "|)":
        c = phrase[i]
        if c == "(":
            assert phrase.startswith("(?:", i), phrase
            options, i = _alternation(phrase, i + 3)
            assert phrase[i : i + 1] == ")", phrase
            i += 1
        elif c == "[":
            end = phrase.index("]", i)
            options = list(phrase[i + 1 : end])
            assert all(o.isalpha() or o in "'’" for o in options), phrase
            i = end + 1
        elif c == "\\":
            escaped = phrase[i + 1]
            assert escaped in "ds" or not escaped.isalnum(), phrase
            options = [{"d": "0", "s": " "}.get(escaped, escaped)]
            i += 2
        else:
            assert c not in ".*+{}^$?", phrase
            options = [c]
            i += 1
        if phrase[i : i + 1] == "?":
            options = [*options, ""]
            i += 1
        elif phrase[i : i + 1] == "+":
            assert options in (["0"], [" "]), phrase
            i += 1
        texts = [t + o for t in texts for o in options]
    return texts, i


def vocabulary(*alternatives: str, guard: str = r"\b") -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A case-insensitive whole-word pattern of ``alternatives`` and the literal pieces of which every
    match holds one (for a substring test before the search). Each phrase is written once, here."""
    pieces = tuple(dict.fromkeys(literal_start(a) for a in alternatives))
    assert all(pieces), alternatives  # every alternative starts with a literal piece
    return re.compile(rf"{guard}(?:{'|'.join(alternatives)})\b", IC), pieces


def heads(*alternatives: str, end: str = r"(?![\w-])") -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A case-insensitive pattern of head nouns (matched where a word starts) and the first three
    letters of each alternative, lower-cased: a word is tried against the pattern only when it starts
    with one of them. Each noun is written once, here."""
    starts = tuple(dict.fromkeys(literal_start(a)[:3] for a in alternatives))
    assert all(len(start) == 3 for start in starts), alternatives  # three literal letters first
    return re.compile(rf"(?:{'|'.join(alternatives)}){end}", IC), starts


# The classes of missile, named before the noun: "cruise missiles", "ballistic rockets"; "winged" is the
# Ukrainian word for cruise, translated.
MISSILE_CLASSES = ("cruise", "ballistic", "aeroballistic", "guided", "anti-ship", "hypersonic", "winged")
# Heads of counted noun phrases. Combined totals are tried before their parts.
# Combined counts ("missiles and drones"): both kinds, in either order, with their usual modifiers
# ("190 missiles and combat drones were used", "drones and guided missiles").
_DRONE_KINDS = ("attack", "strike", "combat", "kamikaze", "Shahed", "Shahed-type", "long-range")
_AND_DRONES = rf"and (?:(?:{'|'.join(_DRONE_KINDS)}) )?(?:drones|UAVs)"
_AND_MISSILES = rf"and (?:(?:{'|'.join(MISSILE_CLASSES)}) )?missiles"
_TOTAL_NOUNS = (
    *(
        "air targets",
        "aerial targets",
        "targets",
        "means of (?:air|aerial) attack",
        "air assets",
        "aerial assets",
    ),
    # "air attack means", "air-attack assets"
    *(
        f"{attack} (?:means|weapons|assets|vehicles)"
        for attack in ("air attack", "air-attack", "aerial attack", "aerial-attack")
    ),
    "projectiles",
    # "a total of 74 munitions were fired" (not "cluster munitions": a scan stops at "cluster")
    "munitions",
    *("aerial weapons", "weapons", "objects"),
    *("airborne threats", "aerial threats", "air threats"),
    *(f"missiles {_AND_DRONES}", f"cruise missiles {_AND_DRONES}", f"ballistic missiles {_AND_DRONES}"),
    *(f"drones {_AND_MISSILES}", f"UAVs {_AND_MISSILES}", "drones and rockets"),
    *(f"attack (?:drones|UAVs) {_AND_MISSILES}", f"strike (?:drones|UAVs) {_AND_MISSILES}"),
)
TOTAL_HEAD, TOTAL_HEAD_STARTS = heads(*_TOTAL_NOUNS, end=r"\b")
# A vehicle without a crew, in British and American wire style: "unmanned", "uncrewed".
UNMANNED_WORDS = ("unmanned", "uncrewed")
UNMANNED = f"(?:{'|'.join(UNMANNED_WORDS)})"
_DRONE_NOUNS = (
    *("drones?", "UAVs?", "Shaheds?", "Gerans?", r"Geran-\d+s?", r"Shahed-\d+s", "Gerberas?"),
    *(f"{word} aerial (?:vehicles?|systems?)" for word in UNMANNED_WORDS),
    *(f"{word} aircraft" for word in UNMANNED_WORDS),
    *("one-way attack UAVs?", "attack UAVs?", "decoys?", "imitators?"),
    # A drone word and a decoy word joined, either way round, in translation: "11 drones-imitators",
    # "8 enemy imitator-drones", "18 UAV-imitators", "decoy-drones".
    *(f"{drone}-{decoy}" for drone in ("drones?", "UAVs?") for decoy in ("imitators?", "decoys?")),
    *(f"{decoy}-{drone}" for decoy in ("imitators?", "decoys?") for drone in ("drones?", "UAVs?")),
    "loitering munitions?",  # "Russian forces fired 54 loitering munitions"
    # Russian reports in translation: "BPLA" (bespilotny letatelny apparat), "unmanned aerial apparatuses".
    "BPLAs?",
    *(f"{word} aerial apparatus(?:es)?" for word in UNMANNED_WORDS),
)
DRONE_HEAD, DRONE_HEAD_STARTS = heads(*_DRONE_NOUNS)
# "Shahed" alone heads a phrase only when nothing else follows ("74 Shahed were shot down").
_SHAHED_NOUNS = (r"Shahed(?:-\d+(?:/\d+)?)?",)
SHAHED_HEAD, SHAHED_HEAD_STARTS = heads(
    *_SHAHED_NOUNS,
    end=r"(?![\w-])(?!\s+(?:drones?|UAVs?|attack|strike|one-way|type|and|-type))",
)
_MISSILE_NOUNS = (
    *("missiles?", "Kalibrs?", "Kalibers?", "Iskanders?", "Kinzhals?", "Tochka-Us?", "ATACMS"),
    *("Storm Shadows?", "SCALPs?", "Zircons?", "Tsirkons?", "Oreshniks?", "rockets?"),
)
# A type named before its class noun does not head the count: "8 Kalibr missiles, 1 Kinzhal and 38
# Shaheds were destroyed" counts "Kalibr missiles", so that the verb after the list reaches the 8.
MISSILE_HEAD, MISSILE_HEAD_STARTS = heads(
    *_MISSILE_NOUNS,
    end=rf"(?![\w-])(?!\s+(?:(?:{'|'.join(MISSILE_CLASSES)})\s+)*missiles?\b)",
)
# Models named alone, as the air force lists them ("14 Kh-101/Kh-555, 3 Kalibr, 2 Iskander-M"); not
# before the noun they qualify ("4 Kh-101 cruise missiles", "four Kh-101, Iskander-K cruise missiles"),
# which heads the count.
# ("Iskander-M/KN-23": the air force's name for either of two ballistic missiles)
_MODEL_NOUNS = (r"Kh-\d+(?:[A-Z]+\d*)?(?:/(?:Kh-)?\d+)*s?", r"Iskander-[MK]s?(?:/KN-\d+s?)?", r"KN-\d+s?")
MODEL_HEAD, MODEL_HEAD_STARTS = heads(
    # (not past another count: "20 Kh-101 and 6 Kalibr missiles" names the 20's model)
    *_MODEL_NOUNS,
    end=r"(?![\w/-])(?!(?:[\s,/]+(?!\d)[\w-]+){0,4}?\s+(?:missiles?|rockets?)\b)",
)
# Those who came to help: victims only where their own count is killed or hurt ("the deaths of two
# firefighters", "a second strike injured three rescuers"), not "90 injured and 500 rescue workers deployed".
_RESPONDER_NOUNS = (
    *("rescuers?", "rescue workers?", "emergency workers?", "firefighters?", "police officers?"),
    *("policem[ae]n", "medics?", "paramedics?", "doctors?"),
)
RESPONDER_HEAD, _ = heads(*_RESPONDER_NOUNS)
# The groups a toll is told in, side by side ("12 adults and two children were killed"): they add up.
_GROUP_NOUNS = (
    *("children", "child", "adults?", "women", "woman", "men", "man", "teenagers?", "girls?", "boys?"),
    "civilians?",
)
PEOPLE_GROUP, _ = heads(*_GROUP_NOUNS)
_PEOPLE_NOUNS = (
    *("people", "persons?", "residents?", "individuals?", *_GROUP_NOUNS, "others"),
    *("Ukrainians", "inhabitants", "passengers"),
    *("victims", "employees?", "workers?", "drivers?", "pedestrians", "patients", "relatives"),
    *("passers-by", "passersby", "bystanders", "shoppers", "customers", "commuters"),
    "family members",  # "four family members were killed"
    *("pensioners", "volunteers", "students", "citizens?", "locals", "guards?", "neighbou?rs?"),
    # those at work where the strike hit: "3 power engineers injured", "two miners were killed"
    *("power engineers", "engineers?", "electricians?", "miners?", "journalists?", "farmers?", "teachers?"),
    "staff",
    *_RESPONDER_NOUNS,
)
PEOPLE_HEAD, PEOPLE_HEAD_STARTS = heads(*_PEOPLE_NOUNS)
# ("2 die, 11 injured": a headline's verb in the place of the noun)
_KILLED_NOUNS = (
    "dead",
    "deceased",
    "deaths?",
    "fatalities",
    "fatality",
    "killed",
    "die",
    "died",
    "bodies",
    "lives",
    "life",
)
KILLED_HEAD, KILLED_HEAD_STARTS = heads(*_KILLED_NOUNS)
_INJURED_NOUNS = ("injured", "wounded", "injuries", "injury", "hurt")
INJURED_HEAD, INJURED_HEAD_STARTS = heads(*_INJURED_NOUNS)
# People who are not victims of an air attack in the sense of the figures.
NOT_VICTIMS, NOT_VICTIMS_STARTS = heads(
    *("soldiers", "troops", "servicemen", "service members", "military personnel", "personnel"),
    *("occupiers", "militants", "fighters", "prisoners", "POWs"),
    end=r"\b",
)
# Animals killed on a farm or in a shelter ("killing 40 cows", "around 40 head of cattle"): no people's
# toll.
ANIMALS, _ = heads(
    *("cows", "cattle", "livestock", "animals", "pigs", "horses", "sheep", "dogs", "cats", "chickens"),
    "head of (?:cattle|livestock)",
    end=r"\b",
)

# What was struck, counted: "136 energy infrastructure objects", "32 apartments destroyed".
STRUCK_NOUNS = (
    *("infrastructure", "buildings", "houses", "settlements", "locations", "facilities", "sites"),
    *("apartments", "flats", "homes", "cars", "families"),
)
# Words that stop the scan from a number to its noun.
STOP_WORDS = frozenset(
    (
        "were",
        "was",
        "is",
        "are",
        "had",
        "have",
        "has",
        "been",
        "be",
        "being",
        "in",
        "at",
        "on",
        "over",
        "from",
        "by",
        "near",
        "into",
        "to",
        "toward",
        "towards",
        "against",
        "during",
        "across",
        "within",
        "per",
        "which",
        "that",
        "who",
        "among",
        "while",
        "as",
        "when",
        "after",
        "before",
        "since",
        "than",
        "but",
        "killed",
        "wounded",
        "injured",
        "dead",
        "hit",
        "struck",
        # auxiliaries and negation: "37 did not reach their targets" counts no targets
        *("did", "do", "does", "not", "never", "will", "would", "could", "can", "might", "failed"),
        *(
            f"{verb}n{mark}t"
            for verb in ("did", "do", "were", "was", "had", "have", "is", "are", "could")
            for mark in "'’"
        ),
        *("won't", "won’t"),
        # other weapons and craft: "two guided aerial bombs and three drones" counts no drones by 2
        *("bombs", "bomb", "kabs", "shells", "boats", "vessels", "ships", "jets", "helicopters"),
        # drones that sail: "12 Ukrainian sea drones" are no UAVs
        *("naval", "sea", "maritime", "surface", "underwater", "seaborne", "marine"),
        # what was struck: "136 energy infrastructure objects"
        *STRUCK_NOUNS,
        # how many kinds, not how many weapons: "three different types of missiles", "four kinds of drones"
        *("types", "kinds", "sorts", "varieties", "classes"),
        # bombs by another name: "12 cluster munitions", "five glide munitions"
        *("cluster", "glide", "gliding"),
    )
)

# Verbs that give a number of weapons its role.


# The verbs that give a weapon count its role. Every alternative starts with literal text.
_INTERCEPT_PHRASES = (
    # "air defence had shot down by fire 112 enemy drones" (translated; tried before "shot down")
    "shot down by fire",
    *("shot down", "shoot(?:ing|s)? down", "downed", "downing", "downs", "intercept(?:ed|ing|s|ion of)?"),
    "fell(?:ed|ing)",  # "air defences felled 31 missiles" (not "debris fell")
    *("destroy(?:ed|ing|s)?", "neutrali[sz](?:e|ed|ing|es)?", "repel(?:led|ling)?", "eliminated"),
    *("brought down", "taken down", "took down", "tak(?:e|es|ing) down"),
    *("knock(?:ed|ing|s)? (?:down|out)", "swat(?:ted|ting|s)? down"),  # "swatted down 33 of them"
    *("took out", "taken out", "tak(?:e|es|ing) out"),
    *("destruction of", "were hit by air defen[cs]e", "downed by", "repuls(?:ed|ing)", "to down"),
    *("gun(?:ned|ning|s)? down", "shot out of the sky", "abated"),  # "abated": Italian "abbattuti" translated
    "liquidat(?:ed|ing|es)?",  # "air defence liquidated 20 UAVs" (translated)
)
INTERCEPT, INTERCEPT_WORDS = vocabulary(*_INTERCEPT_PHRASES)
# What electronic warfare does to drones it brings down: counted as suppressed, not intercepted.
_EW_VERBS = (
    *("downed", "shot down", "brought down", "taken down", "knocked out", "destroyed", "neutralised"),
    *("neutralized", "intercepted", "rerouted", "re-routed", "disabled"),
    "landed",  # in translation: "19 UAVs were landed by EW means"
)
# How a weapon acts on the drones: "downed by", "rerouted through", "neutralised using", "with the help of".
_BY_MEANS_OF = r"(?:by|through|via|using|with(?: the (?:help|use) of)?|by means of)"
SUPPRESS, SUPPRESS_WORDS = vocabulary(
    *(
        "lost locally",
        "locally lost",
        "location-lost",
        "locationally lost",
        "lost locationally",
        # in translation: "17 - location lost", "lost in location (EW)"
        *("location lost", "lost in (?:their )?location"),
        "lost (?:from|on|off) (?:the )?(?:radar|tracking)",
        # "the air force lost track of 12 drones"
        *("lost track of", "losing track of"),
        "lost",
        "fail(?:ed|ing)? to reach",
        "unable to reach",
    ),
    *("did not reach", "didn['’]t reach", "not reaching", "jammed", "suppressed", "diverted", "deviated"),
    *("disappeared", "went off course", "off course", "redirected", "were lost", "failed to hit"),
    *("went missing", "going missing", "disappearing", "vanished", "went off (?:the )?radar"),
    # neither seen shot down nor seen to hit: "shot down 70, while 55 were unaccounted for"
    "unaccounted for",

    # "25 Shahed drones had fallen on their own"
    *("fell on their own", "fallen on their own", "crashed on their own"),
    # "29 others crashed before reaching their targets"
    *("crashed before reaching", "fell before reaching", "crashed short of"),
    # Brought down by electronic warfare alone: "19 were downed by electronic warfare", "neutralised by
    # EW means". With air defence beside it ("by air defence and EW") it stays an interception (rule 5).
    *(
        # "REB": the Ukrainian abbreviation, in translation ("neutralised by means of REB")
        # "downed by Ukraine's electronic warfare systems"
        rf"{verb} {_BY_MEANS_OF} (?:the )?(?:(?:Ukraine|Russia)['’]s |(?:Ukrainian|Russian|its|their) )?"
        r"(?:means of )?"
        r"(?:radio-)?(?:electronic warfare|EW|REB)"
        r"(?: means| systems?| units| equipment| tools)?(?! and (?:air|mobile|fighter)| or|,? air| &)"
        # (nor the first of several means: "using electronic warfare, machine guns and interceptors")
        r"(?!,\s*(?:[\w-]+\s+){0,2}?(?:guns?|groups?|aviation|interceptors?|missiles?|fire|defen[cs]es?)\b)"
        for verb in _EW_VERBS
    ),
    # … and said of it actively ("Electronic warfare neutralised 45 drones", "EW systems downed 12"; not
    # beside air defence: "Mobile fire groups and EW units neutralised 45"), or as the cause of a fall
    # ("45 drones fell in open areas due to EW")
    *(
        ew
        + "".join(f"(?<!{joined}{ew})" for joined in ("and ", "& ", ", "))
        + rf"(?: means| systems?| units| equipment| tools)? (?:{'|'.join(_EW_VERBS)})"
        for ew in ("electronic warfare", "EW", "REB")
    ),
    *(
        rf"{fell}(?: [\w-]+){{0,3}}? (?:due to|because of|as a result of) (?:the )?(?:electronic warfare|EW)"
        for fell in ("fell", "crashed")
    ),
    # "used electronic countermeasures against 40 more", "jamming was used on 12"
    *(
        rf"{verb} (?:electronic (?:warfare|countermeasures)|EW|jamming)(?: means| systems)? (?:against|on)"
        for verb in ("used", "using", "with")
    ),
)  # fmt: skip
# "These were six Shahed drones …": the number words a launch's parts are told in.
_SMALL_NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)"
LAUNCH, LAUNCH_WORDS = vocabulary(
    *(
        "launch(?:ed|ing|es)?",
        "fired",
        "firing",
        "fires",
        r"fire(?! groups?\b)(?<!by fire)",  # not "shot down by fire" (translated)
        "used",
        "using",
        # "the largest strike of the war, utilizing 367 drones and missiles"
        r"utili[sz](?:ed|ing)",
        r"employ(?:ed|ing)",
        "unleashed",
    ),
    "sent",
    # "30 drones attacked Odesa" as much as "Russia attacked Odesa with 30 drones"
    *("directed", "included", "attacked", r"attacking(?:\s+\w+){0,4}\s+with"),
    # "Russia hit Ukraine with 367 drones and missiles" (a place struck "with two missiles" is what hit it)
    # "Ukraine pounded targets across Russia on Tuesday with at least 25 drones"
    *(
        rf"{verb}(?:\s+[\w'’-]+){{0,4}}?\s+(?:Ukraine|Russia|the country)(?:\s+[\w'’-]+){{0,3}}?\s+with"
        for verb in ("hit", "struck", "pounded", "bombarded")
    ),
    # "carried out a massive combined strike with 1,034 air attack means"
    *(f"{noun},? (?:with|using|involving)" for noun in ("strike", "attack", "assault", "raid")),
    # "the Russian army started 58 drones" (German "gestartet" in machine translation)
    *(
        "hurl(?:ed|ing|s)?",
        "threw",  # "Overnight, Russia threw 212 drones and 14 missiles at Ukraine"
        "releas(?:ed|ing)",
        "aimed",
        # not "started the new year by firing …", "residents started fleeing as 12 drones hit"
        r"started(?!\s+(?:\w+ing|the|a|an|its|their|to|on|in|at|with|by|after|when|as)\b)",
    ),
    *("targeted", "involv(?:ed|ing)", "compris(?:ing|ed)", "consist(?:ing|ed|s) of", "deploy(?:ed|ing|s)"),
    # the bare verb after its subject: "the night saw Russia deploy 250 drones", "watched Russia use 40
    # missiles" (not an infinitive of what is expected, "expect the enemy to use up to 800 drones", nor
    # the noun of "for use", "in use")
    r"deploy(?<!to deploy)",
    r"uses?(?<!to use)(?<!for use)(?<!in use)",
    # the Russian defence ministry's "terrorist attacks with the use of 19 unmanned aerial vehicles"
    "with the use of",
    # "'about 50' drones took part in the operation"
    *("took part", "taking part", "participated"),
    # "Ukraine came under attack from 90 Russian drones"
    r"came under (?:an? )?(?:[\w-]+ )?attack (?:from|by)",
    # What the air force's radar saw is what was launched: "this time the air force counted 810 drones".
    *("counted", "tallied", "tracked", "detected", "spotted", "recorded", "registered", "logged"),
    # and what a commander told of: "the commander-in-chief spoke of 122 missiles and 36 drones"
    *("spoke of", "speaks of", "talked of"),
    "were fixed",  # in translation (Ukrainian "зафіксовано"): "In total were fixed 35 rockets"
    # "there were 741 air attack vehicles in total": the attack's size
    r"there (?:were|was)",
    # a total's parts told after it: "… with 206 air attack means. These were 200 drones and six missiles"
    *(
        rf"{those} were(?=\s+(?:about |some |over |more than )?(?:\d|{_SMALL_NUMBER_WORD}\b))"
        for those in ("these", "those")
    ),
    guard=r"(?<!-)\b",
)
# Weak launch cues, used only when nothing more specific is around the number.
# The nouns a launch count follows ("a barrage of 40 missiles", "a total of 90"), also past a rounding word
# ("a barrage of over 100 missiles"), or "a combined 140 drones and missiles".
_LAUNCH_NOUNS = (
    r"a total of|in total|total of|total|a combined|record|(?:barrage|wave|salvo|volley) of|tally:?"
)
LAUNCH_NOUN = re.compile(rf"\b(?:{_LAUNCH_NOUNS})\s*$", IC)
WEAK_LAUNCH = re.compile(
    # not "…, along with 24 drones": a count joined to the one before, which takes its verb
    rf"\b(?:(?<!along )(?<!together )with|{_LAUNCH_NOUNS})\s*$",
    IC,
)
# Weapons that went elsewhere ("10 UAVs exited Ukrainian airspace", "three drones flew into Belarus"):
# counted by no figure, and no other verb's.
LEFT, LEFT_WORDS = vocabulary(
    *("exited", r"left (?:\w+ )?airspace", r"flew (?:off |back )?(?:in)?to", "crossed into", "headed back"),
)
HIT, HIT_WORDS = vocabulary(
    # "strike drones", "strike UAVs" name a kind of drone, not a hit.
    *(
        "hit",
        "hits",
        "hitting",
        "struck",
        r"strike(?! (?:drones?|uavs?|UAVs?)\b)",
        "striking",
        r"penetrat\w*",
    ),
    *("reached", "reaching"),
    *("landed", "fell", "got through", "slammed", "impacted", "recorded hits", "recorded there"),
    *("recorded at", "recorded in", "descended on"),
    # "54 drones and nine missiles still found their targets", "made it through"
    *(r"found (?:their|its) targets?", r"made it (?:through|past)", r"broke through"),
)
NEGATED = re.compile(r"\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$", IC)

# The words of the dead and the hurt, written once: the patterns below and the guard CASUALTY_WORDS (a
# sentence holding none of them is not read for tolls) are built from these lists. Headlines use the
# present tense ("strikes kill 2, injure 14").
# The verbs of the two, after which a bare number is a toll ("killing 25", "injure 14"), then the rest.
KILLING_VERBS = ("killed", "killing", "kills", "kill")
INJURING_VERBS = ("injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "hurt")
KILLED_WORDS = (
    *KILLING_VERBS,
    *("dead", "died", "dies", "die", "dying", "death", "deaths", "succumbed"),
    *("fatalities", "fatality", "lives", "perished", "bodies", "toll", "deceased"),
)
INJURED_WORDS = (*INJURING_VERBS, "injury", "injuries", "wound", "burns")
HOSPITAL_WORDS = ("hospitalised", "hospitalized", "hospitalisation", "hospitalization", "hospital")
KILLED = re.compile(
    # "two people were fatally injured": killed, not hurt
    rf"\b(?:{'|'.join(KILLED_WORDS)}|death toll|(?:fatally|mortally) (?:injured|wounded)|"
    # "claimed the life of one worker"; not "life imprisonment", "life-threatening injuries"
    r"life(?![ -](?:imprisonment|sentence|threatening|changing|saving|long|support)))\b",
    IC,
)
# Those the attack hurt, in the officials' words: "15 people asked for medical help".
MEDICAL_HELP = (
    r"(?:sought|seeking|asked for|applied for|turned for|received|receiving|needed|needing|required|"
    r"requiring) medical (?:help|assistance|aid|care|attention|treatment)"
)
INJURED = re.compile(
    rf"\b(?:{'|'.join(INJURED_WORDS)}|"
    # "15 people asked for medical help as a result of the attack" (the Ukrainian and Russian officials'
    # word for the hurt)
    # (not "sought medical help for acute stress reaction")
    # "30 people received medical assistance", "medical aid was provided to 30 people"
    rf"(?:{MEDICAL_HELP}|medical (?:help|assistance|aid|care) (?:was|were|has been|had been) "
    r"(?:provided|given) to|"
    # "14 people turned to doctors"
    r"turned to (?:doctors|medics)|"
    # "two people suffered cuts from flying glass", "a woman was cut by broken glass"
    r"(?:suffered|sustained|received|treated for)\s+(?:minor\s+|light\s+|superficial\s+)?cuts|"
    r"cut\s+by\s+(?:flying\s+|broken\s+|shattered\s+)?(?:glass|debris|shrapnel))"
    # (not "… for acute stress reaction", "… with shock")
    r"(?! (?:for|with) (?:an? )?(?:acute )?(?:stress|shock|psycholog|panic|anxiety)))\b",
    IC,
)
# ("four more were admitted to hospital": the phrase from its verb, which follows the count closely)
HOSPITALISED = re.compile(
    rf"\b(?:(?:admitted|taken|rushed|brought) to (?:a |the )?hospitals?|{'|'.join(HOSPITAL_WORDS)})\b", IC
)
# "The casualty toll rose to 40" counts the dead and the hurt together: not a death toll.
MIXED_TOLL = re.compile(r"\bcasualt(?:y|ies)\s+(?:toll|count|figure)\b", IC)
# The crawl date a page header opens with: "date 2025-07-04 …".
HEADER_DATE = re.compile(r"^date \d{4}-\d\d(?:-\d\d)?\s*")
VICTIMS_TOLL = re.compile(r"\bnumber of (?:the )?victims\b", IC)

# Stated zeros: a negation, a few words ("no serious damage or", "no reports of"; never a number, a
# "but", or other places: "no other regions reported casualties" leaves the named one's toll open),
# then what was not suffered; or "nobody was killed".
_NO = (
    r"\b(?:no|without(?: causing)?(?: any)?|zero|nor)\s+"
    # nor silence: "made no mention of casualties", "gave no details about casualties" leave them unknown
    r"(?:(?!but\b|and\b|other (?:regions|areas|cities|oblasts|places)\b|"
    r"(?:mention|details?|information|info|word|news|data|figures?|specifics|comment|confirmation|update)\b)"
    r"[a-z-]+,?\s+){0,3}?"
)
_NOBODY = r"\b(?:no one|nobody|no people|none)(?: else| there)? (?:was|were|has been|have been|had been|got) "
NO_CASUALTIES = re.compile(
    rf"{_NO}(?:casualties|victims)\b|"
    # "There were no reports of injuries or deaths", "no deaths or injuries"
    rf"{_NO}(?:injuries|injured|wounded|deaths|dead|fatalities)\s+(?:or|and|nor)\s+"
    r"(?:injuries|injured|wounded|deaths|dead|fatalities)\b|"
    r"\b(?:no one|nobody|no people|none) (?:was|were|had been|has been|have been) "
    r"(?:(?:killed|hurt) or (?:injured|wounded|hurt)|(?:injured|wounded) or killed)\b",
    IC,
)
NO_INJURIES = re.compile(
    rf"{_NO}(?:injuries|injured|wounded)\b|{_NOBODY}(?:injured|wounded|hurt|harmed)\b|"
    # "There were no reports of anybody being hurt"
    r"\bno\s+(?:[a-z]+\s+){0,2}?(?:anybody|anyone)\s+(?:being\s+|was\s+|were\s+)?(?:hurt|injured|wounded|harmed)\b",
    IC,
)
NO_DEATHS = re.compile(
    rf"{_NO}(?:deaths|fatalities|dead|killed|loss of life)\b|{_NOBODY}killed\b|\b(?:no one|nobody) died\b",
    IC,
)
NOT_YET = re.compile(
    # ("no injuries were initially reported": a first word, no count yet)
    r"\b(?:not yet|no information|no immediate|unclear|not immediately|"
    r"no (?:injuries|casualties|deaths|victims)(?: or \w+)? (?:were|was) initially reported|"
    r"being (?:clarified|gathered|established))\b",
    IC,
)

# What is left of a weapon shot down: "debris of a downed drone fell on a house".
DEBRIS_NOUNS = ("debris", "fragments", "wreckage")

# The article is about this war at all.
# Regional posts often name no country ("The occupiers struck the city with Shaheds"): the enemy, the
# weapons and air defence count too; a Ukrainian place name is checked after this (``regions``).
WAR_CONTEXT = re.compile(
    r"\b(?:Ukrain\w*|Kyiv\w*|Kiev|Russia\w*(?!-(?:made|built|designed|supplied))|Moscow|Kremlin|Zelensk\w*|Putin|occupiers?|invaders|enemy|Shahed\w*|"
    r"Geran\w*|Iskander\w*|Kalibr\w*|Kinzhal\w*|oblast|air[- ]raid|air defen[cs]e)\b",
    IC,
)
# Sentences about other wars or other skies.
FOREIGN = re.compile(
    r"\b(?:Israel\w*|Iran(?!ian-(?:made|designed))|Houthis?|Gaza|Yemen\w*|Hezbollah|Hamas|Pyongyang|Seoul|"
    r"Syria\w*|Lebanon|Tel Aviv|Texas|light show|drone show)\b",
    IC,
)
AIR_WEAPON = re.compile(
    r"\b(?:drones?|UAVs?|Shaheds?|Gerans?|missiles?|air ?strikes?|airstrikes?|aerial|air attack|rockets?|"
    rf"Kalibrs?|Iskanders?|Kinzhals?|kamikaze|{UNMANNED})\b",
    IC,
)
ATTACK_WORD = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hit|hits|launch\w*|fired|barrage|shot down|downed|destroyed|"
    r"intercept\w*|"
    r"explosions?|assault|bombardment|raid|targeted|targeting)\b",
    IC,
)
# A figure-less report still reports an attack when it names where it landed. As for OTHER_TIME
# below, each alternative comes with literal pieces (lower-cased) of which every match holds one, so
# that most sentences are spared the search (``any_part``); PLACE_ATTACK is all of them as one pattern.
_PLACE_ATTACK_PARTS = (
    (
        ("attack", "strike", "assault", "barrage"),
        r"\b(?:drone|missile|air|aerial|rocket|combined|massive|kamikaze|Shahed)\s+(?:and\s+\w+\s+)?"
        r"(?:attacks?|strikes?|assault|barrage)\s+(?:on|against|at|in|targeting)\b",
    ),
    (
        ("attacked", "struck", "hit", "targeted"),
        r"\b(?:attacked|struck|hit|targeted)\s+(?:the\s+)?(?!(?:Ukraine|Russia|them|it|us|him|her)\b)[\w-]+"
        # "attacked the port and industrial infrastructure in the south of the Odesa Region with drones"
        r"(?:\s+[\w-]+){0,12}?\s+with\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|Shaheds|UAVs)",
    ),
    (("after the ",), r"\bafter the (?:drone|missile) attack\b"),
    (("heard in",), r"\bexplosions (?:are|were) heard in\b"),
    (
        ("russian ", "enemy "),
        r"\b(?:Russian|enemy) (?:drones?|missiles?|Shaheds?) (?:and (?:drones|missiles) )?(?:struck|hit|hits|"
        r"attacked|targeted|slammed into)\b",
    ),
    (
        tuple(f"{noun} of " for noun in DEBRIS_NOUNS),
        rf"\b(?:{'|'.join(DEBRIS_NOUNS)}) of (?:a |an )?(?:downed |destroyed )?(?:drone|missile|"
        r"Shahed|UAV)s? (?:fell|fall|damaged|hit|struck)\b",
    ),
)
PLACE_ATTACK = re.compile("|".join(source for _, source in _PLACE_ATTACK_PARTS), IC)
# Ground fighting, shelling and glide bombs are not aerial attacks.
_GROUND_PARTS = (
    (
        ("shell", "artillery", "mortar", "mlrs", "ground ", "assault units", "battle", "front", "captur",
         "liberated", "positions", "incursion", "tanks", "armo"),
        r"\b(?:shelling|shelled|shells|artillery|mortars?|MLRS|ground (?:fighting|assault|attack)|"
        r"assault units|battlefield|front ?line|frontline|captured|liberated|capture of|battle for|"
        # "a surprise incursion, which left at least 3 civilians dead"
        r"positions|incursions?|tanks|armou?red (?:combat )?vehicles)\b",
    ),
)  # fmt: skip
GROUND = re.compile(_GROUND_PARTS[0][1], IC)
# Drones and missiles of the front (FPV quadcopters against troops) are not aerial attacks either.
_FRONTLINE_PARTS = (
    (
        ("fpv", "quadcopter", "positions", "troops", "trenches", "front"),
        r"\b(?:FPV|quadcopters?|(?:against|on|at) (?:the )?(?:\w+ )?(?:positions|troops|trenches)|"
        r"along the front\b|on the front ?line|frontline)\b",
    ),
)
FRONTLINE = re.compile(_FRONTLINE_PARTS[0][1], IC)


# The calendar's words, written once: every pattern of months and weekdays is made from these.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A month's short name: "Feb. 23", "on Sept 3".
MONTH_ABBREVIATIONS = (*(m[:3] for m in MONTHS if len(m) > 3), "Sept")


def _month_name(month: str) -> str:
    """The pattern of a month by its name or a short form: "Jan(?:uary)?", "Sep(?:tember|t)?", "May"."""
    longer = [a[3:] for a in MONTH_ABBREVIATIONS if len(a) > 3 and a.startswith(month[:3])]
    tails = [t for t in (month[3:], *longer) if t]
    return month[:3] + (f"(?:{'|'.join(tails)})?" if tails else "")


MONTH_NAME = f"(?:{'|'.join(_month_name(m) for m in MONTHS)})"


def not_after(words: tuple[str, ...]) -> str:
    """Look-behinds that fail right after any of ``words`` (one per length: a look-behind has one)."""
    lengths = sorted({len(w) for w in words})
    return "".join(rf"(?<!\b(?:{'|'.join(w for w in words if len(w) == n)}))" for n in lengths)


# How many days or weeks back a sentence may count ("Four days earlier", "Three weeks before that").
_FEW = r"(?:three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
# Sentences whose figures describe other times or aggregates. Each alternative comes with literal
# pieces of which every match holds one (lower-cased): only alternatives whose piece is in the
# sentence are searched (``other_time``). OTHER_TIME is all of them as one pattern.
_OTHER_TIME_PARTS = (
    (
        ("last ", "previous "),
        r"\blast (?:week|month|year|weekend|autumn|winter|spring|summer|"
        rf"{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b|"
        # "in the previous month, a similar attack killed 18", "The previous day, …"; not "more than the
        # previous week's attack", nor "the previous night" (this one, in an evening story)
        # "On the previous two days, 100 and 114 drones were downed"
        r"(?:^|\b(?:in|during|over|on) )the previous "
        r"(?:(?:two|three|four|five|\d+) (?:days|nights)|day|week|month|year)\b",
    ),
    (("earlier ",), r"\bearlier (?:this|in the|that) (?:week|month|year)\b"),
    # a post's line comparing with another night: "🔁 For comparison: last night (11→12 July) it was 97"
    (("comparison",), r"^[^\w]*(?:for|by) comparison\b"),
    # the period a sentence before named: "… brought down more than 1,000 Shaheds in the same month"
    (("same ",), r"\b(?:in|during|over|throughout) the same (?:week|month|year)\b"),
    # a month's statistic: "4,100 drones in overnight attacks over the month of August"
    (("month of",), r"\b(?:in|during|over|throughout|for) the (?:whole |entire )?month of\b"),
    # A sentence that opens on another attack told before this one: "Earlier, a Russian strike on
    # Zaporizhzhia killed one person", "Before the drone attack, Russia had launched a barrage of
    # missiles, killing one" (not "Earlier, the governor said …", this attack's earlier word)
    (
        ("earlier", "before "),
        r"^[^\w]*(?:earlier(?: (?:today|on \w+day|this (?:morning|evening|week)|in the day))?,? "
        r"(?:a|an|another) (?:[\w-]+ ){0,3}?(?:strikes?|attacks?|assault|barrage|bombardment)\b|"
        r"before (?:the|this|that) (?:[\w-]+ ){0,2}?(?:attack|strike|assault|barrage)s?,)",
    ),
    # "A previous Russian attack on Kostiantynivka killed 17", "in a prior strike on the city": another
    # attack, whatever its date (not one this attack is compared with: "Unlike the previous strike, …")
    (
        ("previous ", "prior "),
        r"(?<!unlike )(?<!than )(?<!like )(?<!after )(?<!since )(?<!following )(?<!to )(?<!with )"
        r"(?<!as in )(?<!unlike in )(?<!as during )(?<!than during )(?<!than in )(?<!of )"
        r"\b(?:a|an|the) (?:previous|prior) (?:[\w-]+ ){0,3}?"
        r"(?:attacks?|strikes?|assaults?|barrages?|raids?)\b",
    ),
    # "Russia launched 62 drones overnight, after a day earlier firing 100 drones": the aside's day
    ((" earlier",), r"\bafter (?:a|one|two|three) days? earlier\b"),
    # A sentence told days back, the days counted, opening on them: "Four days earlier, Russia fired 78
    # missiles …" (not "a day earlier", which a story of the morning after tells of its own night; nor
    # "almost double the 30 it sent two days earlier", tonight's count beside it; nor "Two days before
    # talks in Istanbul, Russia launched …", "Two days earlier than predicted", tonight's)
    (
        (" earlier", " before"),
        # ("Exactly a week earlier, …")
        rf"^[^\w]*(?:(?:exactly|just|only|almost|nearly) )?"
        rf"(?:(?:two|{_FEW}) (?:days|nights)|(?:a|one|two|{_FEW}) weeks?) "
        r"(?:earlier(?! than)|before that)\b(?![^.;]*\b(?:overnight|last night|tonight|this morning)\b)",
    ),
    # "Russia attacked Kharkiv with several missiles this week, killing two": a day of the week gone by
    # ("the second attack this week" ranks this one: see _COMPARED_PERIOD_L).
    (("this week",), r"\bthis week\b"),
    # "with over a thousand missiles in a year" ("the largest attack in a year" ranks this one: see
    # _COMPARED_PERIOD_L; "this month" and "this year" are CUMULATIVE_SINCE's).
    (("in a year", "within a year"), r"\b(?:in|within) a year\b"),
    # "in the first half of June", "the second half of the year": a period's statistic
    ((" half of",), r"\b(?:first|second|latter) half of\b"),
    (
        # "In May", "in late August" (not "in May 5"), and a month that saw or recorded a toll: a monthly
        # statistic ("June recorded the highest toll").
        tuple(m.lower() for m in MONTHS),
        rf"\bin (?:early |late |mid-)?(?:{'|'.join(MONTHS)})(?: alone)?(?!\s+\d{{1,2}}\b)\b|"
        rf"\b(?:{'|'.join(MONTHS)})(?: 20\d\d)? (?:saw|recorded|brought|was the)\b|"
        # "the April attack on a playground that killed 20": an attack named by its month, gone by ("the
        # July 2022 strike" is a time with its year: see the years of a sentence's facts); not one said of
        # this night ("The June attack on Kyiv killed 28 people overnight")
        rf"\bthe (?:{'|'.join(MONTHS)}) (?:[a-z-]+ )?(?:attack|strike|assault|bombardment|massacre)s?\b"
        r"(?![^.;]*\b(?:overnight|last night|tonight|this morning|today)\b)",
    ),
    (
        ("alone",),
        # "Last night alone, the Russians used 160 drones" is this attack's night.
        r"\b(?:(?:this|last|that) (?:week|month|year|weekend)|that night|20\d\d|today|yesterday)\s+alone\b",
    ),
    # "Over the past week", "in the last few days", "over the past seven days", "the last two years"; but
    # "over the past 24 hours" (a day) is how the daily summaries date the night they report.
    (
        ("past ", "last "),
        r"\b(?:in|over|during) the (?:past|last) (?:week|month|year)\b|"
        r"\b(?:past|last) (?:[\w-]+ )?(?:days|weeks|months|years)\b",
    ),
    (("so far ",), r"\bso far (?:this|in)\b"),
    # A count of several nights or days together: "over two nights", "Two nights, four dead, thirty wounded"
    # (not "two days after the strike", a later day's news of it, nor a rank of this night: "its third
    # major attack over three nights", "the second attack in three days").
    (
        ("nights", "days"),
        r"^(?!.*\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\b)"
        r"(?:.*\b(?:over|during|across) (?:the )?(?:two|three|four|five|\d) (?:consecutive |straight )?"
        r"(?:nights|days)\b|[^a-z0-9]*(?:two|three|four|five) (?:nights|days),)",
    ),
    # Glide bombs by the hundred are a week's or a month's tally, never one night's: "nearly 1,150 attack
    # drones, more than 1,400 guided aerial bombs and 35 missiles of various types".
    (
        ("bombs", "kabs"),
        r"(?<![-\w])(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:(?:guided|glide|aerial|air|gliding)\s+){1,2}bombs\b|"
        r"(?<![-\w])(?:\d{1,3}(?:,\d{3})+|\d{3,})\s+kabs\b",
    ),
    (("whole of ",), rf"\bthe whole of (?:the )?(?:week|month|year|{'|'.join(MONTHS)})\b"),
    (("per ",), r"\bper (?:day|month|week|year)\b"),
    (("recent ",), r"\b(?:in|over|during) (?:the )?recent (?:days|weeks|months)\b"),
    # "Throughout the week", "during March", "across November": a week or a month long, not a night.
    (
        ("throughout ", "during ", "across "),
        r"\b(?:throughout|during) the (?:week|month|year)\b|"
        rf"\b(?:throughout|during|across) (?:the month of )?(?:{'|'.join(MONTHS)})(?!\s+\d)\b",
    ),
    # A count compared by percentage with another period's: a statistic ("a three percent increase").
    (("percent", "per cent", "%"), r"(?:\bper ?cent|%) (?:increase|decrease|rise|drop|jump|fall)\b"),
    ((" a d", " a w", " a m"), r"\b(?:once|twice|times) a (?:day|week|month)\b"),
    (
        ("daily", "monthly", "season", "fortnight", "had already"),
        # "its daily summary" names the bulletin, not a statistic.
        r"\bdaily\b(?! (?:summary|report|briefing|bulletin|update))|\bmonthly\b|\bseason\b|\bfortnight\b|"
        r"\bhad already\b",
    ),
    (
        ("total", "overall", "altogether"),
        # "… since the start of the invasion, in total", "In total, 11,756 deaths since 24 February 2022"
        r"\bsince (?:the )?(?:start|beginning|February|full-scale|war|invasion)\b[^.]{0,40}\b(?:in total|"
        r"total|overall|altogether)\b|"
        # but not "the largest attack since the start of the invasion": a record of this night
        r"\b(?:in total|overall|altogether)\b"
        r"(?:(?!largest|biggest|most|record|heaviest|deadliest)[^.]){0,120}"
        r"\bsince (?:the )?(?:\d{1,2} )?(?:start|beginning|February|full-scale|war|invasion)\b",
    ),
    (("total since",), r"\bin total since\b"),
    (("war began",), r"\b(?<!since )the war began\b"),
    # A court judges an attack of another time ("sentenced … for a missile strike that killed nine").
    (
        ("sentenced", "verdict", "absentia"),
        r"\b(?:sentenced|verdict|in absentia)\b",
    ),
    # "from Monday to Friday": days of a week; "overnight from Monday to Tuesday" is one night
    (("day to",), rf"\b(?<!night )from (?:{'|'.join(WEEKDAYS)}) to\b"),
    # Spans of time: a count said of one is a statistic, not a night's ("in the first quarter", "the
    # first five months of the year", "between January and September", "over the summer", "on average").
    cue_part(
        r"first (?:[\w-]+ )?(?:days|weeks|months|quarter)",
        r"quarter of (?:the year|20\d\d)",
        r"over the week",
        r"for the week",
        rf"between (?:{'|'.join(MONTHS)}) and (?:{'|'.join(MONTHS)})",
        r"averag(?:e|ed|ing)",
    ),
    cue_part(
        "summer",
        "winter",
        "spring",
        "autumn",
        before=r"(?:over|in|during|throughout|through|this|last|past) (?:the )?(?:early |late |mid-)?",
    ),
)
OTHER_TIME = re.compile("|".join(source for _, source in _OTHER_TIME_PARTS), IC)
# "a day after a missile strike that killed 12 people", "just days after Ukraine's grid was targeted by
# over 200 drones", "a month after 19 drones crossed into Polish airspace": a clause on an earlier attack
# (lower-cased text), up to the end of the clause and of a relative clause on it (", in which it
# launched 537 drones")
_EARLIER_UNITS = ("day", "week", "hour", "month", "year")
_SOME_UNITS = "|".join(f"{unit}s?" for unit in _EARLIER_UNITS)  # "days?|weeks?|…"
_UNITS = "|".join(f"{unit}s" for unit in _EARLIER_UNITS)  # "days|weeks|…"
EARLIER_ATTACK_L = re.compile(
    # A number needs its unit: "has risen to four after two of the injured died" is no earlier attack.
    rf"\b(?:(?:a|one|two|three|four|five|six|several|few|\d+|the) (?:{_SOME_UNITS})|{_UNITS}) after\b"
    # (past an apposition on its day: "days after the strike of 25 December, Christmas Day, during which")
    r"[^.;,]{3,160}(?:,\s(?:in which|during which|when|which)\b[^.;,]{3,160})?"
    # and of its participle clause when that clause is an attack's ("48 hours after a missile struck
    # Sumy, killing three"; not "hours after Zelensky returned from Washington, killing 12")
    # ("…, with Russian aerial attacks killing at least 13")
    r"(?P<participle>,\s(?:with\s[^.;,]{3,60}?\s)?(?:killing|injuring|wounding|leaving)\b[^.;,]{3,160})?"
)
# Every match holds one of these (made from the same units): a sentence holding none is not searched.
EARLIER_ATTACK_WORDS = tuple(f"{unit}{plural} after" for unit in _EARLIER_UNITS for plural in ("", "s"))
# "Capping a month in which it fired 5,200 drones", "behind July, when Russia launched 6,297 drones": a
# clause on another period (lower-cased text), up to the end of the clause (group "clause"; the date
# before "when" stays outside it, so that the sentence is still dated by it).
_CLAUSE_BODY = r"(?:[^.;]|(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.){3,160}"
OTHER_PERIOD_CLAUSE_L = re.compile(
    rf"\b(?P<period>(?:a|the) (?:week|month|year|summer|winter|spring|autumn|season|period) (?:in|during) "
    rf"which\b{_CLAUSE_BODY})|"
    # "in March, when …", "since January 2023, when a missile killed 46", "on Dec. 29, when …"
    rf"\b(?:(?:{'|'.join(m.lower() for m in MONTHS)}|"
    rf"(?:{'|'.join(a.lower() for a in MONTH_ABBREVIATIONS)})\.)"
    rf"(?: \d{{1,2}})?(?:,? (?:19|20)\d\d)?|(?:19|20)\d\d|last (?:week|month|year)),? "
    rf"(?P<when>when\b{_CLAUSE_BODY})"
)
# Words of an earlier attack's clause that put it more than a day or two back ("days after", "a month
# after", "several weeks after"): its clause is that time's whatever the rest of the sentence says.
EARLIER_LONG_WORDS = frozenset(("week", "weeks", "month", "months", "year", "years", "several", "few"))
# "Over the past 24 hours": a daily summary. Its weapon counts are the night's (the defence ministry's
# "shot down 93 drones over the past 24 hours"), its tolls a round-up of every attack, shelling too.
PAST_DAY_L = re.compile(r"\b(?:in|over|during) the (?:past|last) (?:day|24 hours)\b")

# An earlier record or an earlier toll: "up from a previous record of 537", "from 4, the previous count".
# "from" only right before the number ("rose to 5 from 4"), not a launch area ("from Crimea and 21"), nor
# a sentence's opening on a whole ("From 45 Shaheds launched overnight, 38 were destroyed").
PREVIOUS_BEFORE = re.compile(
    # ("Initial reports indicate that one person was killed", "the governor initially reported two dead"
    # are this attack's first reports: see extract)
    r"\b(?:previous(?:ly)?|up from|earlier (?:record|count|toll|figure|number|tally)|former|"
    r"initial(?:ly)?(?! (?:reports?|information|data|figures|reported|said)\b))\b"
    r"[^.;,]{0,25}$|"
    # not the count "from 3 to 8" rose to (nor who attacked: "came under attack from 90 drones", nor what
    # fell: "wreckage from one of 61 downed drones")
    r"(?<=\w\s)(?<!attack )(?<!attacks )(?<!fire )"
    + "".join(f"(?<!{noun} )" for noun in DEBRIS_NOUNS)
    + r"from\s+(?:(?!and\b|to\b)\w+\s+){0,2}$",
    IC,
)
# Verbs of breaking a record ("surpassed", "broke", "topping"): what breaks it is this night's count.
BREAKS_RECORD = r"(?:surpass|exceed|eclips|broke|break|beat|top|overtook|overtak|smash)\w*"
# A count followed by "previously", "earlier": another time's — unless it breaks the previous record
# ("472 drones, breaking its previous record"), which makes it this night's, or another number stands
# between them ("rose to 10, from 4 which was the previous count": the 4 is the earlier one).
PREVIOUS_AFTER = re.compile(
    rf"^(?![^.;]{{0,25}}?\b{BREAKS_RECORD}\s+(?:its|the|a|their)\s+previous)"
    # (not past "after", which opens a clause of its own: "62 drones overnight, after a day earlier firing")
    r"(?:(?!\bafter\b)[^.;\d]){0,25}?\b(?:previous(?:ly)?|earlier|initially|before that)\b"
    # "rose to 24, previously 19 were reported": the number after the word is the earlier one
    r"(?![\s:,]*(?:only\s+)?\d)",
    IC,
)
# "Since the start of the invasion, Russia has launched 12,000 missiles": a running total, unless the
# sentence compares this attack with the whole war ("the largest attack since the start of the war").
# Alternatives with their pieces, as for OTHER_TIME.
_CUMULATIVE_SINCE_PARTS = (
    # ("In 2024 Russia fired …"; not a birth year: "a girl born in 2017")
    ((" 20", "-20"), r"(?<!born )\b(?:in|during|throughout) (?:early |late |mid-)?20[12]\d\b"),
    # (not the day an attack came "on the fourth anniversary of the full-scale invasion")
    (
        ("anniversary of",),
        "".join(f"(?<!on the {nth} )" for nth in ("first", "second", "third", "fourth", "fifth"))
        + r"(?<!on the )\banniversary of the (?:start|beginning|full-scale|invasion|war)\b",
    ),
    ((" years",), r"\b(?:in|over|during) (?:these|the (?:past|last)) (?:two|three|four|\d+) years\b"),
    # "over the past year", "to this date … at least 1,961 Shahed drones", "so far in the war"
    ((" year",), r"\b(?:in|over|during) the (?:past|last) year\b"),
    (
        ("to date", "to this date", "to this day", "so far in"),
        r"\b(?:to (?:this )?date|to this day|so far in the (?:war|invasion))\b",
    ),
    ((" year",), r"\b(?:its|the) (?:second|third|fourth|fifth) year\b"),
    ((" ago",), r"\b(?:a|one|two|three|four|\d+) (?:years?|months?|weeks?) ago\b"),
    # "this June it has already launched more than 3,000"
    (("this ",), rf"\b(?:this|so far this) (?:week|month|year|{'|'.join(MONTHS)})\b"),
    # "Russia now launches waves of 400 drones every few nights": a habit, not a night
    (("every ",), r"\bevery (?:few |other |two |three |\d+ )?(?:nights?|days|weeks)\b"),
    (
        ("since ",),
        # "since February 24, 2022", "since 24 February 2022"
        r"\bsince (?:the (?:start|beginning|outbreak) of|(?:24 )?February(?: 24)?,? 2022|"
        r"the full-scale invasion|the invasion began|the war began|20\d\d\b|"
        # "Since March Russia has fired more than 180 missiles", "since October 2022" (not "since March 5":
        # a day)
        rf"(?:early |late |mid-)?(?:{'|'.join(MONTHS)})\b(?!\s+\d{{1,2}}\b))",
    ),
    # "marked two years since a missile hit the block": an anniversary (but "the largest attack, three
    # years since the invasion" compares with it).
    cue_part("years since", "year since", "months since", "month since"),
)
CUMULATIVE_SINCE = re.compile("|".join(source for _, source in _CUMULATIVE_SINCE_PARTS), IC)

SUPERLATIVE = re.compile(
    # not "for the first time since the start of the invasion", which dates a statement, not a ranking,
    # nor "most of them", a share
    r"\b(?:largest|biggest|most(?! of\b)|worst|heaviest|deadliest|(?<!for the )first|record|longest|massive|"
    r"strongest|fiercest|greatest|highest)\b",
    IC,
)
# An attack's rank in a series: "the second strike this week", "its seventh major attack on power plants
# since March", "the 14th attack on its infrastructure since the start of the year", "for the sixth time
# this year".
ORDINALS = (
    *("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"),
    *("twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"),
    *("nineteenth", "twentieth"),
)
_ORDINAL_ATTACK_L = re.compile(
    rf"\b(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:attack|strike|assault|wave|barrage|raid|time)s?\b"
)
# Words that rank an attack among others: a superlative or an ordinal ("the second strike this week").
RANKED_L = re.compile(rf"{SUPERLATIVE.pattern.lower()}|\b(?:{'|'.join(ORDINALS)}|another)\b")
# A period an attack is ranked in: "one of the heaviest air attacks of the last weeks", "the largest in
# the past month", "the second massive strike on Kyiv this week" (the attack is this one; the period
# only compares).
_COMPARED_PERIOD_L = re.compile(
    rf"(?:{RANKED_L.pattern})[^.;,]{{0,50}}?(?:\b(?:of|in|over|during|for) (?:the )?(?:last|past|recent) "
    r"(?:[\w-]+ )?(?:days|weeks|months|years|week|month|year)\b|(?<!earlier )\bthis (?:week|month|year)\b|"
    r"\b(?:in|within) (?:a|the same) (?:week|month|year)\b|"
    # "the heaviest wave of strikes since the invasion began in February", "the deadliest since last July"
    r"\bsince (?:the (?:full-scale )?(?:invasion|war|start|beginning)|russia invaded|"
    r"(?:russia|moscow) (?:launched|began|started) (?:its|the) (?:full-scale )?(?:invasion|war))[^.;,]{0,40}|"
    rf"\bsince (?:last |early |late )?(?:{'|'.join(m.lower() for m in MONTHS)}|year|summer|winter|spring|"
    r"autumn|\d{4})\b|"
    # "the biggest one so far in August"
    rf"\bso far (?:this (?:week|month|year)|in (?:{'|'.join(m.lower() for m in MONTHS)}|\d{{4}}))\b)"
)
# Weapons made, bought, stockpiled or handed over, not fired: a count after one of these words in its
# clause ("has stockpiled about 300 missiles", "signed contracts for 30,000 interceptor drones", "will
# deliver 50 Patriot missiles") counts no attack, unless the words between name one ("delivered a
# strike with 40 missiles"). Sent weapons are given only to a side ("has sent 20 drones to Ukraine"):
# "sent 440 drones at Ukraine" is an attack.
_SUPPLY_PHRASES = (
    *("produc(?:e|ed|es|ing|tion of)", "manufactur(?:e|ed|es|ing)", "build(?:s|ing)?", "built"),
    *("stockpil(?:e|ed|es|ing)", "bought", "buy(?:s|ing)?", "purchas(?:e|ed|es|ing)"),
    *("procur(?:e|ed|es|ing)", "order(?:ed|ing)", "contracts? for", "acquir(?:e|ed|es|ing)"),
    *("pledg(?:e|ed|es|ing)", "promis(?:e|ed|es|ing)", "deliver(?:y|ies|ed|ing|s)?"),
    *("suppl(?:y|ied|ies|ying)", "donat(?:e|ed|es|ing)", "transfer(?:red|ring|s)?"),
    *("will send", "to send", "would send"),
)
_GIVEN_PHRASES = ("sent", "send(?:s|ing)?", "gave", "giv(?:e|es|en|ing)")
SUPPLY, SUPPLY_WORDS = vocabulary(*_SUPPLY_PHRASES)
SUPPLY_BEFORE_L = re.compile(
    rf"{lowered(SUPPLY).pattern}(?:(?!\b(?:strike|struck|hit|attack|launch|fire))[^.;]){{0,40}}$"
)
GIVEN, GIVEN_WORDS = vocabulary(*_GIVEN_PHRASES)
GIVEN_BEFORE_L = re.compile(rf"{lowered(GIVEN).pattern}[^.;]{{0,40}}$")
# A word of each spelling of those phrases (its longest, the last of equals: "send" of "will send"): a
# sentence holding none of them is not searched.
SUPPLY_TOKENS = frozenset(
    max(reversed(spelling.split()), key=len)
    for phrase in (*_SUPPLY_PHRASES, *_GIVEN_PHRASES)
    for spelling in spellings(phrase)
)
# Matched at the end of the count (``pattern.match(low, end)``).
TO_A_SIDE_AFTER_L = re.compile(
    r"[^.;]{0,60}?\bto (?:ukraine|kyiv|kiev|russia|moscow|"
    r"the (?:ukrainian|russian) (?:army|armed forces|forces|military))\b"
)
# Hypothetical or planned quantities ("can launch up to", "will produce"); the month "May" is not
# the modal "may" ("On the night of 10 May, Russia launched …"), and what one "was able to" do one did
# ("Ukraine was able to shoot down 21 of 33 missiles").
_MODAL_PHRASES = (
    *("will", "would", "could", "can", r"(?-i:may)(?! \d)", "might", "plans? to", "planning to"),
    *("capable of", "aim(?:s|ed)? to", "tasked with", "intends? to", "expected to", "on track to"),
    r"(?<!was )(?<!were )(?<!been )able to",  # "had been able to destroy seven" did
    "whether",  # "it is unclear whether one drone or several were destroyed": not said
)
# Figures of a drill, a scenario or a made-up example, not of an attack.
MAKE_BELIEVE_WORDS = frozenset(
    ("hypothetical", "hypothetically", "scenario", "simulated", "simulating", "exercise", "drills")
)
MODAL_BEFORE = re.compile(rf"\b(?:{'|'.join(_MODAL_PHRASES)})\b[^.;]{{0,40}}$", IC)
# An attack prepared, threatened or expected, not one that happened ("Russia is preparing a massive
# combined strike on the grid", "could launch a missile attack on Kyiv"): these words before it (the
# modal ones that lower-cased text can tell, "may" not).
PLANNED, PLANNED_WORDS = vocabulary(
    *(phrase for phrase in _MODAL_PHRASES if literal_start(phrase)),
    *("prepar(?:e|es|ed|ing)", "plan(?:s|ned|ning)?", "threat(?:en|ens|ened|ening)?", "expect(?:s|ed|ing)?"),
    "warn(?:s|ed|ing)? of",
)
PLANNED_BEFORE_L = re.compile(rf"{lowered(PLANNED).pattern}[^.;]{{0,50}}$")
# A number right before these words is a cumulative statistic, not this attack.
# A month without a day after a count is a period ("40 drones in May"), not the night of an attack.
MONTHS_L = tuple(month.lower() for month in MONTHS)
# A time in a year of its own ("on 14 January 2023", "the July 2022 explosion", "in spring 2024", "in
# 2023"), in lower-cased text: a year (YEAR_L) with one of these right before it (DATES_A_YEAR_L, searched
# in the 25 characters before). Whether that year is another time's depends on the publication date.
_MONTH_STEMS_L = "|".join(month[:3] for month in MONTHS_L)
# A year not inside a longer number: the look behind comes after the "20", so that the search skips
# from "20" to "20" (led by a look behind, it is tried at every character, at four times the cost).
YEAR_L = re.compile(r"20(?<![\d.,]20)\d\d(?![\d.,]\d)")
DATES_A_YEAR_L = re.compile(
    rf"\b(?:(?:{_MONTH_STEMS_L})[a-z]*\.?,? (?:\d{{1,2}}(?:st|nd|rd|th)?,? )?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_STEMS_L})[a-z]*\.?,? |"
    r"(?:spring|summer|autumn|fall|winter),? (?:of )?|in )$"
)
# A year the war started or was compared since ("the largest since the invasion in February 2022",
# "which began in 2022"): within a clause after one of these words, a year is no time of the figures.
_WAR_START_WORDS = ("since", "began", "begin", "start", "outbreak", "invasion", "invaded", "annex")
WAR_START_BEFORE_L = re.compile(rf"\b(?:{'|'.join(_WAR_START_WORDS)})\w*\b[^.;]{{0,60}}$")
# A month, a year or half-year as the time of a story's figures: a year-end review ("the city came under
# 52 attacks in 2025"), a unit's tally "over the past twelve months", "results of the month" (lower-cased;
# not a date's year, "on 12 March 2025", nor the war's start, which WAR_START_BEFORE_L tells). Not a month
# named ("in September"): attack stories cite the month's tally in passing.
PERIOD_L = re.compile(
    r"\b(?:over|during|throughout|for|in) the (?:past |last |whole |entire |first |second )?"
    r"(?:year|twelve months|12 months|half-year|half of the year|month)\b|"
    r"\b(?:results|review|summary|tally) of the (?:month|year)\b|\bthe (?:month|year) is over\b|"
    rf"\b(?:the year|in|of|throughout|during) 20\d\d\b(?!\s*[,-]?\s*(?:\d|{_MONTH_STEMS_L}))|"
    r"\b(?:first|second) (?:half|six months) of 20\d\d\b|\bone-year\b(?!-old)|\byear-end\b|"
    r"\bsummed up the year\b|\bin past year\b|"
    # a channel's digest: "October 2025 — monthly summary", "the week in numbers"
    r"\b(?:monthly|weekly) (?:summary|review|tally|digest)\b|"
    r"\b(?:month|week|year) in numbers\b"
)
# "That night", "the strikes of that day": the time the article named last, which may be another's.
ANAPHORA, ANAPHORA_WORDS = vocabulary(
    *("that night", "that day", "that morning", "that evening", "that attack", "that raid", "that barrage"),
    r"that strike(?! (?:drones?|uavs?)\b)",
)
ANAPHORA_L = lowered(ANAPHORA)
# The words after "that" in those phrases: a sentence holding none of them is not searched.
ANAPHORA_NOUNS = frozenset(spelling.split()[1] for word in ANAPHORA_WORDS for spelling in spellings(word))
# After a count, a running total or a rate ("12,000 since the invasion", "40 in May", "300 a day"). Each
# phrase starts with literal text, which the fast test before the search looks for.
# A time within one night, after "since" or "from": "the early hours of Friday", "the evening of 3 May",
# "midnight", "18:00", "11 p.m." (lower-cased).
NIGHT_TIME = (
    r"(?:the (?:early hours|evening|night|morning)(?: of (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d{1,2}\b|yesterday|today|(?:last|this) \w+)|(?! of))|midnight|last night|"
    r"(?:early )?(?:this )?morning|dawn|daybreak|"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d)"
)
_CUMULATIVE_AFTER_PHRASES = (
    # not a time within the night: "launched at Ukraine since the early hours of Friday", "since 18:00"
    rf"since(?! {NIGHT_TIME})",
    *("so far", "to date", "in total since", "this year", "per day", "a day", "each day"),
    *("every day", "a month", "a week", "ago", "starting from the", "from the start of"),
    *("from the beginning of", "a night(?! of)", "per night", "each night", "every night", "at a time"),
    rf"in (?:early |late |mid-)?(?:{'|'.join(MONTHS_L)})\b(?! \d)",
)
CUMULATIVE_AFTER = re.compile(rf"^[^.;,]{{0,40}}?\b(?:{'|'.join(_CUMULATIVE_AFTER_PHRASES)})\b", IC)
CUMULATIVE_AFTER_WORDS = tuple(dict.fromkeys(literal_start(p) for p in _CUMULATIVE_AFTER_PHRASES))
# Per-region counts ("19 near Moscow", "12 over Rostov Oblast") are subsets of the event totals.
# A capitalised word after a place preposition that is not a place of one part of the attack: the
# countries at war (the whole attack), days and months ("killed on Saturday", "in July").
# (and "on Feb. 23", "on Sept 3": a date, not a place)
NOT_ONE_PLACE = (
    rf"(?!(?:Ukraine|Russia|Ukrainian|Russian|{'|'.join((*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS))}|"
    # where it was said: "the governor said on Telegram"
    r"Telegram|Facebook|Twitter|Instagram|YouTube)\b)"
)
# Where a count is located, right after it: "over the Kursk region", "near Moscow", "targeting Odesa",
# "two drones attacked the Kursk region", "34 drones were directed at Moscow";
# not where it came from ("missiles fired from airspace over the Kursk region").
SUBSET_PLACE = re.compile(
    # A quoted verb phrase is one step: 'were "intercepted and destroyed by air defense systems" over Moscow'
    # (not past another count or a dash: "36 drones overnight - 11 over the Zaporizhzhia region")
    # ("and two – over Kursk": a dash right after the count is its own)
    r"^(?:\s+of (?:which|them|those|these))?(?:\s*[–—-](?=\s))?"
    r"(?:(?!from\b|\s-\s)(?:[^.;,:\"“”\d–—]|[\"“][^\"“”.]{0,70}[\"”])){0,25}?"
    r"\b(?:over|near|around|above|approaching|heading (?:to|for|towards?)|"
    r"headed (?:for|to)|target(?:ed|ing)|flying (?:to|towards)|in(?! the (?:area|territory))|en route to|"
    r"on approach to|outside|attack(?:ed|ing)|struck|hit|directed (?:at|to|towards?))\s+"
    # "in the skies above Kyiv", "in the airspace of the Kharkiv region"
    r"(?:(?:the\s+)?(?:skies|sky|airspace)\s+(?:above|over|of)\s+)?"
    # "over the southwestern Bryansk region", "near the central city of Poltava"
    # "in Ukraine's northeastern Sumy region"
    r"(?:the\s+|(?:Ukraine|Russia)['’]s\s+)?(?:[a-z]+-?(?:ern|ral)\s+)?(?:(?:Russian|Ukrainian)\s+)?"
    # "over occupied Crimea", "over Russian-annexed Crimea"
    r"(?:(?:Russian-)?(?:occupied|annexed)\s+)?"
    r"(?:(?:border |frontier )?(?:region|oblast|city|town|Republic) of\s+)?"
    rf"(?:the\s+)?(?:Russian\s+|Ukrainian\s+)?(?:capital|city(?!\s+of\b)|{NOT_ONE_PLACE}"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))",
)


# Word sets for a fast first pass over every sentence (set lookups on split words, no regex):
# only sentences that contain one of these get the full, regex-based reading.
_STRIP = ".,;:!?\"'()[]“”‘’«»—–-…*•|/"
AIR_WORDS = frozenset(
    [
        "drone",
        "drones",
        "uav",
        "uavs",
        "shahed",
        "shaheds",
        "geran",
        "gerans",
        "gerbera",
        "missile",
        "missiles",
        "airstrike",
        "airstrikes",
        "air-strike",
        "rocket",
        "rockets",
        "kalibr",
        "kalibrs",
        "kaliber",
        "iskander",
        "iskanders",
        "kinzhal",
        "kinzhals",
        "kamikaze",
        *UNMANNED_WORDS,
        "aerial",
        "air-launched",
        "sea-launched",
        "ballistic",
        "cruise",
        "decoy",
        "decoys",
        "imitator",
        "imitators",
        "munitions",  # "loitering munitions"
        # type names that stand alone in a list item ("✅ 7 Kh-101;", "- 2 ATACMS")
        *("kh", "atacms", "kalibers", "gerberas", "oreshnik", "tsirkon", "tsirkons", "zircon", "zircons"),
        "bpla",
        "bplas",
    ]
)
# Words that count the whole attack, not one place: "nine were injured across the country", "In total,
# 4 people were killed", "Russia launched 440 drones at Ukraine".
WHOLE = re.compile(
    r"\b(?:in total|overall|in all|altogether|nationwide|total|"
    r"(?:across|at|on|against|throughout) (?:the country|Ukraine|Russia))\b",
    IC,
)
# The words after a place name that say what kind of place it is ("the Kharkiv region", "Kharkiv Oblast").
PLACE_KINDS = ("region", "oblast", "province", "raion", "district", "area", "community")
# The words that name an aerial weapon (glide bombs, "guided aerial bombs", too): not "rockets"
# ("multiple rocket launchers"), which name the front's artillery as often. A bomb comes from the air
# ("they dropped two bombs on the hypermarket"), though it is neither a drone nor a missile.
AERIAL_WEAPON_WORDS = (AIR_WORDS - {"rocket", "rockets"}) | {"bomb", "bombs", "kab", "kabs"}
# Where people hide from any weapon: "spent hours in bomb shelters" names no bomb.
_SHELTER = re.compile(r"\bbomb[- ]shelters?\b")


def names_an_aerial_weapon(low: str) -> bool:
    """Whether lower-cased ``low`` names a drone, a missile or a bomb (not a bomb shelter)."""
    if "shelter" in low:
        low = _SHELTER.sub("shelter", low)
    return not tokens(low).isdisjoint(AERIAL_WEAPON_WORDS)


# The interception verbs of one word count too ("Our defenders neutralised 33 air threats").
# Words of the attack itself, to tell its date from the date of an aftermath or of a statement in the
# same sentence.
ATTACK_CUE = re.compile(
    r"\b(?:attack\w*|struck|strikes?|hit|missiles?|drones?|Shaheds?|launched|fired|bombardment|barrage|"
    r"explosions?|tore|killed)\b",
    re.IGNORECASE,
)
ATTACK_WORDS = (
    frozenset(
        [
            "attack",
            "attacks",
            "attacked",
            "attacking",
            "strike",
            "strikes",
            "struck",
            "hit",
            "hits",
            "launch",
            "launched",
            "launches",
            "launching",
            "fired",
            "barrage",
            "shot",
            "downed",
            "destroyed",
            "intercepted",
            "intercept",
            "interception",
            "explosion",
            "explosions",
            "assault",
            "bombardment",
            # "Russian planes dropped two bombs on the store": bombs are no figure, but an attack (not
            # "a bomb shelter")
            *("bombs", "bombed", "bombing"),
            "raid",
            "raids",
            "targeted",
            "targeting",
            "target",
            "targets",
            "shelling",
            "damage",
            "damaged",
            "affected",
            "debris",
        ]
    )
    | frozenset(
        spelling for phrase in _INTERCEPT_PHRASES for spelling in spellings(phrase) if " " not in spelling
    )
    | frozenset(  # "Four more were suppressed by electronic warfare." after the sentence that counted them
        ("suppressed", "jammed", "diverted", "deviated", "disappeared", "redirected", "unaccounted")
    )
    # "Fourteen were lost locally.", "… lost from radar": the words that make "lost" a suppression.
    | frozenset(("locally", "locationally", "location", "radar", "tracking", "vanished"))
)

# "life" and "medical" open the rarer phrases of KILLED and INJURED ("claimed the life of",
# "sought medical help"); "victims" and "casualties" count the dead and the hurt together.
CASUALTY_WORDS = frozenset(
    (
        *KILLED_WORDS,
        *INJURED_WORDS,
        *HOSPITAL_WORDS,
        "life",
        "medical",
        "victims",
        "casualties",
        "cuts",
        "cut",
    )
)
# Number words, written once: ``numbers`` builds its expressions from these lists, and a sentence holding
# none of NUMBER_WORDS is read for digits only. "dozen" counts twelve ("two dozen", "a dozen"), "both" two.
NUMBER_UNITS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_SCALES = ("hundred", "thousand")
DOZEN = "dozen"


# Military equipment counted beside drones and missiles: a list of an army's losses ("destroyed 26 tanks,
# 60 artillery systems, two air defence systems and 37 operational-tactical drones") or of the weapons an
# aid package holds ("four IRIS-T systems with 300 guided missiles, 120 MANPADS and 300 reconnaissance
# drones"), not an attack. Two kinds of equipment in a sentence make it such a list.
# (not "fuel tanks", nor "emergency personnel": personnel only counted, "1,270 personnel")
_EQUIPMENT = re.compile(
    r"(?P<kind>(?<!fuel )(?<!oil )(?<!gas )(?<!water )(?<!storage )\btanks|"
    r"armou?red (?:combat |personnel )?vehicles|"
    r"infantry fighting vehicles|artillery systems|howitzers|(?:multiple )?rocket launchers|"
    r"(?:rocket )?salvo fire systems|MLRS|MANPADS|(?:air|anti-aircraft) defen[cs]e (?:systems|vehicles)|"
    r"units of (?:motor )?vehicles|(?:special|motor) vehicles|(?<=\d )personnel)\b",
    IC,
)
_EQUIPMENT_PIECES = ("tank", "vehicle", "artillery", "howitzer", "launcher", "salvo", "mlrs", "manpads",
                     "defence system", "defense system", "personnel")  # fmt: skip
_EQUIPMENT_KINDS = 2
# What an aid package holds: "The package includes … 300 guided missiles … and 300 drones".
# (the package the subject: not "hours after Washington announced a package including more interceptors")
_PACKAGE_HOLDS = re.compile(
    r"\bpackages? (?:(?:will |would )?(?:include|contain|comprise)s?|included|contained|comprised|"
    r"consists?)\b"
)


def inventory(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` lists weapons held rather than fired: military equipment
    of two kinds or more (an army's losses, an aid package's contents) or what a package holds."""
    if "package" in low and _PACKAGE_HOLDS.search(low) is not None:
        return True
    if sum(piece in low for piece in _EQUIPMENT_PIECES) < _EQUIPMENT_KINDS:
        return False
    return len({m.group("kind") for m in _EQUIPMENT.finditer(low)}) >= _EQUIPMENT_KINDS


# "Both" counts two of what it names ("shot down 95 drones and both missiles", "both were killed").
BOTH = "both"
NUMBER_WORDS = frozenset((*NUMBER_UNITS, *NUMBER_TENS, *NUMBER_SCALES, DOZEN, BOTH))
DATE_WORDS = frozenset(
    [
        *(day.lower() for day in WEEKDAYS),
        *(f"{day.lower()}'s" for day in WEEKDAYS),
        "night",
        "overnight",
        "tonight",
        "today",
        "yesterday",
        "morning",
        "evening",
        # "A day earlier, …", "the day before", "the previous day": the calendar day before publication
        *("earlier", "before", "previous"),
        "ago",  # "Just over two weeks ago, Kyiv came under …": that day's attack
        *(month.lower() for month in MONTHS),
        *(short.lower() for short in MONTH_ABBREVIATIONS),
    ]
)


# Words are split on bytes: str.translate looks each character up in a dict (4 µs for an ASCII
# sentence, 14 µs once it holds a curly quote), bytes.translate in a table (under 1 µs). In UTF-8 an
# ASCII byte is always that character and a character's bytes never occur inside another's, so
# replacing them in the encoded text replaces exactly the characters.
_SPLITTERS = _STRIP + "'"
_TO_SPACE_BYTES = bytes.maketrans(
    "".join(c for c in _SPLITTERS if c.isascii()).encode(), b" " * sum(c.isascii() for c in _SPLITTERS)
)
_WIDE_SPLITTERS = tuple(c.encode() for c in _SPLITTERS if not c.isascii())


def words(text: str) -> set[str]:
    """Lower-case words of ``text``: punctuation, hyphens and apostrophes split words."""
    return tokens(text.lower())


def tokens(low: str) -> set[str]:
    """The words of ``low`` (already lower-cased), split as ``words`` splits them."""
    raw = low.encode(_UTF8, _LONE).translate(_TO_SPACE_BYTES)
    if not low.isascii():
        for wide in _WIDE_SPLITTERS:
            if wide in raw:
                raw = raw.replace(wide, b" ")
    return set(raw.decode(_UTF8, _LONE).split())


_SPLIT_WORD = re.compile(f"[{re.escape(_SPLITTERS)}]")


def head_words(*nouns: str) -> frozenset[str]:
    """The word every match of a counted noun holds, in each of its spellings, split as ``words``
    splits: the first piece of its last word ("air attack (?:means|weapons)" gives "means" and
    "weapons", "Tochka-Us?" gives "tochka")."""
    return frozenset(
        _SPLIT_WORD.split(spelling.split()[-1])[0] for noun in nouns for spelling in spellings(noun)
    )


# Every word that can head a counted noun phrase (made from the *_HEAD nouns above): a sentence with
# none of them, no casualty word and no carried weapon has no figure.
HEAD_WORDS = head_words(
    *(*_TOTAL_NOUNS, *_DRONE_NOUNS, *_SHAHED_NOUNS, *_MISSILE_NOUNS, *_PEOPLE_NOUNS),
    *(*_KILLED_NOUNS, *_INJURED_NOUNS),
) | {"kh", "iskander"}  # _MODEL_NOUNS


# Words without which FOREIGN cannot match: its expression runs only when one is present.
FOREIGN_TRIGGERS = frozenset(
    [
        "israel",
        "israeli",
        "israel's",
        "iran",
        "iran's",
        "houthi",
        "houthis",
        "gaza",
        "yemen",
        "yemeni",
        "hezbollah",
        "hamas",
        "pyongyang",
        "seoul",
        "syria",
        "syrian",
        "lebanon",
        "aviv",
        "texas",
        "show",
    ]
)

FOREIGN_L = lowered(FOREIGN)
WAR_CONTEXT_L = lowered(WAR_CONTEXT)
SUPERLATIVE_L = lowered(SUPERLATIVE)
NO_CASUALTIES_L = lowered(NO_CASUALTIES)
NO_INJURIES_L = lowered(NO_INJURIES)
NO_DEATHS_L = lowered(NO_DEATHS)
NOT_YET_L = lowered(NOT_YET)


def _whole_words(vocabulary: frozenset[str]) -> re.Pattern[str]:
    """Any word of ``vocabulary`` as a whole word of lower-cased text, split as ``words`` splits
    (whitespace and ``_STRIP``): one search finds what ``words(text) & vocabulary`` would."""
    edge = rf"\s{re.escape(_STRIP)}"
    # Grouped by first letter ("a(?:ttacks|ttack|…)|b(?:…)"): at each character the search tests one
    # letter per group instead of every word (same matches; an article with none, scanned whole, in
    # 140 µs instead of 340 for 4.4 KB).
    branches = first_letter_branches(
        tuple(re.escape(w) for w in sorted(vocabulary, key=lambda w: (-len(w), w)))
    )
    alternatives = "|".join(f"{first}(?:{rest})" for first, rest in branches)
    return re.compile(rf"(?<![^{edge}])(?:{alternatives})(?![^{edge}])")


# Whether a text can report an attack at all (extract._about_the_war), without tokenising it.
ANY_ATTACK_WORD_L = _whole_words(AIR_WORDS | ATTACK_WORDS | CASUALTY_WORDS)


def lowered_parts(
    parts: tuple[tuple[tuple[str, ...], str], ...],
) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    return tuple((pieces, lowered(re.compile(source, IC))) for pieces, source in parts)


_OTHER_TIME_L = lowered_parts(_OTHER_TIME_PARTS)
_CUMULATIVE_SINCE_L = lowered_parts(_CUMULATIVE_SINCE_PARTS)
PLACE_ATTACK_PARTS_L = lowered_parts(_PLACE_ATTACK_PARTS)
GROUND_PARTS_L = lowered_parts(_GROUND_PARTS)
FRONTLINE_PARTS_L = lowered_parts(_FRONTLINE_PARTS)


def any_part(parts: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], low: str) -> bool:
    """Whether one of ``parts`` matches ``low``; a part is searched only when one of its pieces is there."""
    for pieces, pattern in parts:
        for piece in pieces:
            if piece in low:
                if pattern.search(low) is not None:
                    return True
                break
    return False


def other_time(low: str) -> bool:
    """Whether a lower-cased sentence gives figures of another time or a running total: OTHER_TIME
    outside a comparison ("one of the heaviest attacks of the last weeks" ranks this one), or
    CUMULATIVE_SINCE unless it compares with a superlative or ranks an attack by an ordinal ("its
    seventh major attack on power plants since … three months ago")."""
    if any_part(_OTHER_TIME_L, low):
        compared = _COMPARED_PERIOD_L.search(low) if RANKED_L.search(low) else None
        if compared is None or any_part(_OTHER_TIME_L, low[: compared.start()] + low[compared.end() :]):
            return True
    return (
        any_part(_CUMULATIVE_SINCE_L, low)
        and SUPERLATIVE_L.search(low) is None
        and _ORDINAL_ATTACK_L.search(low) is None
    )
