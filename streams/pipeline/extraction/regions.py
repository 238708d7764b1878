"""First-level regions: Ukrainian oblasts (cities and old spellings mapped to them) and Russian regions.

Names are written as the corpus conventions ask: standard English oblast names ("Dnipropetrovsk"),
Kyiv city and oblast both "Kyiv", Russian regions without "Oblast". Launch areas ("launched from
Kursk"), air-raid alerts and airport closures are not target regions.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from streams.pipeline.extraction.lexicon import HEADER_DATE, MONTH_NAME, literal_start

UA = "UA"
RU = "RU"

# canonical name -> spellings (oblast names, transliterations, and cities of that oblast)
_UKRAINE: dict[str, tuple[str, ...]] = {
    "Cherkasy": ("Cherkasy", "Cherkassy", "Cherkaska", "Uman", "Smila"),
    "Chernihiv": ("Chernihiv", "Chernigov", "Nizhyn", "Pryluky", "Novhorod-Siverskyi"),
    "Chernivtsi": ("Chernivtsi", "Chernovtsy", "Bukovyna"),
    "Dnipropetrovsk": (
        "Dnipropetrovsk",
        "Dnepropetrovsk",
        "Dnipro",
        "Dnepr",
        "Kryvyi Rih",
        "Krivoy Rog",
        "Kryvyi Rig",
        "Nikopol",
        "Pavlohrad",
        "Kamianske",
        "Marhanets",
    ),
    "Donetsk": (
        "Donetsk",
        "Sloviansk",
        "Slovyansk",
        "Slavyansk",
        "Kramatorsk",
        "Pokrovsk",
        "Bakhmut",
        "Kostiantynivka",
        "Konstantinovka",
        "Druzhkivka",
        "Mariupol",
        "Myrnohrad",
        "Selydove",
        "Dobropillia",
    ),
    "Ivano-Frankivsk": (
        "Ivano-Frankivsk",
        "Ivano-Frankovsk",
        "Iwano-Frankiwsk",
        "Prykarpattia",
        "Burshtyn",
        "Kalush",
    ),
    "Kharkiv": (
        "Kharkiv",
        "Kharkov",
        "Charkiw",
        "Kupiansk",
        "Kupyansk",
        "Kivsharivka",
        "Izium",
        "Izyum",
        "Chuhuiv",
        "Lozova",
        "Balakliia",
    ),
    "Kherson": ("Kherson", "Beryslav", "Nova Kakhovka"),
    "Khmelnytskyi": (
        "Khmelnytskyi",
        "Khmelnytsky",
        "Khmelnytskiy",
        "Khmelnitsky",
        "Khmelnitskiy",
        "Starokostiantyniv",
        "Shepetivka",
    ),
    "Kirovohrad": (
        "Kirovohrad",
        "Kirovograd",
        "Kropyvnytskyi",
        "Kropyvnytsky",
        "Kropyvnytskiy",
        "Oleksandriia",
    ),
    "Kyiv": (
        "Kyiv",
        "Kiev",
        "Kiew",
        "Bucha",
        "Vyshhorod",
        "Brovary",
        "Bila Tserkva",
        "Irpin",
        "Boryspil",
        "Fastiv",
        "Obukhiv",
    ),
    "Luhansk": ("Luhansk", "Lugansk", "Sievierodonetsk", "Lysychansk"),
    "Lviv": ("Lviv", "Lvov", "Lwiw", "Drohobych", "Stryi", "Chervonohrad", "Sheptytskyi"),
    "Mykolaiv": (
        "Mykolaiv",
        "Nikolayev",
        "Nikolaev",
        "Mikolayiv",
        "Mykolayiv",
        "Ochakiv",
        "Voznesensk",
        "Pervomaisk",
    ),
    "Odesa": ("Odesa", "Odessa", "Izmail", "Chornomorsk", "Pivdennyi", "Bilhorod-Dnistrovskyi", "Yuzhne"),
    "Poltava": ("Poltava", "Kremenchuk", "Kremenchug", "Myrhorod", "Lubny", "Horishni Plavni"),
    "Rivne": ("Rivne", "Rovno"),
    "Sumy": ("Sumy", "Shostka", "Konotop", "Okhtyrka", "Romny", "Trostianets"),
    "Ternopil": ("Ternopil", "Ternopol"),
    "Vinnytsia": ("Vinnytsia", "Vinnytsya", "Vinnitsa", "Koziatyn", "Kalynivka", "Zhmerynka"),
    "Volyn": ("Volyn", "Volhynia", "Lutsk", "Kovel", "Volodymyr-Volynskyi"),
    "Zakarpattia": ("Zakarpattia", "Transcarpathia", "Uzhhorod", "Mukachevo"),
    "Zaporizhzhia": (
        "Zaporizhzhia",
        "Zaporizhia",
        "Zaporizhzhya",
        "Zaporozhye",
        "Zaporozhzhia",
        "Orikhiv",
        "Huliaipole",
        "Enerhodar",
    ),
    "Zhytomyr": ("Zhytomyr", "Zhitomir", "Korosten", "Berdychiv", "Malyn"),
}

_RUSSIA: dict[str, tuple[str, ...]] = {
    "Moscow": ("Moscow", "Ivantayevka", "Podolsk", "Zelenograd", "Domodedovo", "Ramenskoye", "Kolomna"),
    "Belgorod": ("Belgorod", "Shebekino", "Valuyki"),
    "Kursk": ("Kursk", "Rylsk", "Sudzha", "Kurchatov", "Lgov"),
    "Bryansk": ("Bryansk", "Klintsy", "Unecha"),
    "Rostov": ("Rostov", "Taganrog", "Novoshakhtinsk", "Kamensk-Shakhtinsky", "Millerovo"),
    "Voronezh": ("Voronezh", "Liski"),
    "Oryol": ("Oryol", "Orel", "Orlov"),
    "Kaluga": ("Kaluga",),
    "Smolensk": ("Smolensk",),
    "Tula": ("Tula", "Novomoskovsk", "Aleksin"),
    "Ryazan": ("Ryazan",),
    "Lipetsk": ("Lipetsk", "Yelets"),
    "Tambov": ("Tambov", "Michurinsk"),
    "Saratov": ("Saratov", "Engels"),
    "Volgograd": ("Volgograd", "Kamyshin"),
    "Krasnodar": ("Krasnodar", "Novorossiysk", "Tuapse", "Sochi", "Slavyansk-na-Kubani", "Armavir"),
    "Penza": ("Penza",),
    "Nizhny Novgorod": ("Nizhny Novgorod", "Kstovo", "Dzerzhinsk"),
    "Tver": ("Tver", "Toropets"),
    "Yaroslavl": ("Yaroslavl",),
    "Leningrad": (
        "Leningrad",
        "Saint Petersburg",
        "St Petersburg",
        "St. Petersburg",
        "Ust-Luga",
        "Primorsk",
        "Kirishi",
    ),
    "Novgorod": ("Novgorod", "Veliky Novgorod"),
    "Pskov": ("Pskov",),
    "Samara": ("Samara", "Syzran", "Novokuibyshevsk"),
    "Tatarstan": ("Tatarstan", "Kazan", "Alabuga", "Yelabuga"),
    "Bashkortostan": ("Bashkortostan", "Ufa", "Salavat"),
    "North Ossetia": ("North Ossetia", "Vladikavkaz", "Mozdok"),
    "Crimea": ("Crimea", "Sevastopol", "Simferopol", "Feodosia", "Dzhankoi"),
    "Astrakhan": ("Astrakhan",),
    "Stavropol": ("Stavropol", "Budyonnovsk"),
    "Chechnya": ("Chechnya", "Grozny"),
    "Ulyanovsk": ("Ulyanovsk",),
    "Chuvashia": ("Chuvashia", "Cheboksary"),
    "Mordovia": ("Mordovia", "Saransk"),
    "Kaliningrad": ("Kaliningrad",),
    "Adygea": ("Adygea",),
    "Orenburg": ("Orenburg", "Orsk"),
    "Perm": ("Perm",),
    "Vologda": ("Vologda", "Cherepovets"),
    # Far from the border, struck since 2024 by long-range drones and the airfield raids of June 2025.
    "Ivanovo": ("Ivanovo",),
    "Kostroma": ("Kostroma",),
    "Murmansk": ("Murmansk", "Severomorsk", "Olenya"),
    "Arkhangelsk": ("Arkhangelsk", "Severodvinsk"),
    "Karelia": ("Karelia", "Petrozavodsk"),
    "Udmurtia": ("Udmurtia", "Izhevsk", "Votkinsk"),
    "Chelyabinsk": ("Chelyabinsk",),
    # (not "Sverdlovsk" alone: the Russian name of Dovzhansk in occupied Luhansk region)
    "Sverdlovsk": ("Yekaterinburg",),
    "Tyumen": ("Tyumen",),
    "Irkutsk": ("Irkutsk", "Usolye-Sibirskoye"),
    "Amur": ("Amur", "Blagoveshchensk"),
    "Dagestan": ("Dagestan", "Makhachkala", "Kaspiysk"),
    "Kabardino-Balkaria": ("Kabardino-Balkaria", "Nalchik"),
    "Kalmykia": ("Kalmykia", "Elista"),
}

# Ukraine's regions out of the front's artillery reach since the spring of 2022: what Ukrainian officials
# call "shelling" there came by air. (Kyiv region was a front in March 2022; the border regions, Mykolaiv
# and Dnipropetrovsk are shelled.)
BEYOND_ARTILLERY = frozenset(
    (
        *("Volyn", "Rivne", "Lviv", "Ternopil", "Khmelnytskyi", "Ivano-Frankivsk", "Zakarpattia"),
        *("Chernivtsi", "Vinnytsia", "Zhytomyr", "Cherkasy", "Kirovohrad", "Poltava", "Odesa"),
    )
)
_ALIASES: dict[str, tuple[str, str]] = {}
for _name, _spellings in _UKRAINE.items():
    for _s in _spellings:
        _ALIASES[_s.lower()] = (_name, UA)
for _name, _spellings in _RUSSIA.items():
    for _s in _spellings:
        _ALIASES[_s.lower()] = (_name, RU)

REGION_RE = re.compile(
    r"\b(" + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
# Outlet names, datelines and set phrases that contain a place name but say nothing about a target.
# Officials' first names: a place name right after one is a surname ("Oleg Nikolayev", head of Chuvashia).
_GIVEN_NAMES = (
    *(
        "Oleg",
        "Oleh",
        "Sergei",
        "Sergey",
        "Serhiy",
        "Serhii",
        "Ivan",
        "Andrei",
        "Andriy",
        "Andrii",
        "Vladimir",
    ),
    *("Volodymyr", "Alexander", "Aleksandr", "Oleksandr", "Dmitry", "Dmytro", "Mykola", "Nikolai", "Viktor"),
    *("Vyacheslav", "Igor", "Ihor", "Yuri", "Yuriy", "Yurii", "Maxim", "Maksym", "Roman", "Pavel", "Mikhail"),
    *("Alexei", "Alexey", "Anatoly", "Gleb", "Vitaly", "Vitali", "Vitaliy", "Ruslan", "Denis", "Denys"),
)
_GIVEN_NAME_BEFORE = re.compile(rf"\b(?:{'|'.join(_GIVEN_NAMES)})\s+$")
# A place name as the subject of a reporting verb is a person's surname (a capital's stands for its
# government: _GOVERNMENT).
# (after the quote it attributes, not "Local authorities in Kharkiv reported", "the governors of Voronezh
# and Penza reported")
_SURNAME_WROTE = re.compile(r"\s+(?:wrote|said|says|added|told|posted|reported|stated)\b")
_AFTER_A_QUOTE = re.compile(r"[,.!?][\"”’']\s*$")
_NOT_A_PLACE = re.compile(
    r"^(?:Independent|Post|School|time|Day|Patriarchate|Metro|Rus|International|Oblast Military|"
    r"City Military|"
    r"Regional Military|Military Administration|River|river|Hydroelectric|HPP|Dam)\b"
)
# A capital standing for its government ("since Kyiv set up a corridor", "Moscow says", "Kyiv urged
# Western partners", "Moscow blamed Kyiv") is no target: the words that follow the capital then.
_GOVERNMENT_WORDS = (
    *("has", "have", "had", "set", "says", "said", "wants", "claims", "claimed", "accused", "denied"),
    *("announced", "will", "would", "could", "must", "should", "hopes", "insists", "agreed", "refused"),
    *("urged", "urges", "blamed", "blames", "insisted", "demanded", "demands", "condemned", "condemns"),
    *("rejected", "rejects", "vowed", "vows", "argues", "argued", "accuses", "denies", "pledged"),
    *("responded", "retaliated", "called on", "calls on", "called for", "calls for", "asked", "asks"),
    *("and (?:Moscow|Kyiv|Washington)", "and its allies"),
    *("was not", "is not", "prepared", "prepares", "applied", "applies", "welcomed", "signed", "sought"),
    *("seeks", "expects", "needs"),
)
_GOVERNMENT = re.compile(
    rf"^(?:{'|'.join(_GOVERNMENT_WORDS)})\b|"
    # "Kyiv's call for partners", "Moscow's demands": what a government asks for, not a place
    r"^['’]s\s+(?:[\w-]+\s+)?(?:calls?|requests?|appeals?|demands?|position|allies|partners|negotiators|"
    r"delegation|diplomats|forces|troops)\b"
)
# "TOP STORY | 11:00 Kyiv": a clock's time zone, ending its line ("08:00 Moscow time" is _NOT_A_PLACE's;
# "08:40 Kyiv residents reported …" is a live blog's time and the city).
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s*$")
# "the left bank of the Dnipro", "across the Dnipro": the river, not the city ("the Dnipro missile attack").
_RIVERS = frozenset(("dnipro",))
_RIVER_BEFORE = re.compile(r"\b(?:banks?\s+of|across|along|crossing|crossed|beyond|side\s+of)\s+the\s+$")
_CITY_OR_REGION_AFTER = re.compile(r"^(?:city|region|oblast|metro)\b", re.IGNORECASE)
# "the Dnipro hydroelectric power station", "Dnipro HES": the river's works, in the Zaporizhzhia region.
_RIVER_WORKS_AFTER = re.compile(r"^(?:hydroelectric|hydro|HES|HPP|dam)\b", re.IGNORECASE)
# ... and the words before it, when it is what a government blames, accuses or urges.
_TO_GOVERNMENT_WORDS = (
    *("blamed", "blames", "blaming", "accused", "accuses", "accusing", "urged", "urges", "warned", "warns"),
    *("told", "pressed", "called on", "calls on"),
    *(f"{capital} and" for capital in ("Washington", "Moscow", "Brussels", "London", "Paris", "Berlin")),
)
_TO_GOVERNMENT = re.compile(rf"\b(?:{'|'.join(_TO_GOVERNMENT_WORDS)})\s+$")
# "In Kyiv, Ukraine's air force said …": where a national source spoke, not a target.
_NATIONAL_SOURCE_HERE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}?(?:air force|(?:defen[cs]e )?ministry|general staff|military|president|"
    r"government)\s+(?:[\w'’-]+\s+){0,2}?(?:said|says|reported|reports|announced|stated)\b",
    re.IGNORECASE,
)
# Other places of a dateline before this one: "BUCHAREST/KYIV, Sept 13 (Wire) -".
_CAPITALS_BEFORE = re.compile(r"[A-Z]{3,}(?:[/ -][A-Z]{3,})*[/ -]")
# What follows the place of a dateline: a day of a month, or a wire's name in brackets and a dash.
_DATELINE_AFTER = re.compile(
    rf",?\s*(?:(?:Ukraine|Russia),?\s*)?(?:{MONTH_NAME}\.?\s+"
    r"\d{1,2}\b|\([^()\n]{1,20}\)\s*[-–—])|"
    # "KYIV, Ukraine — A barrage of …"
    r",\s*(?:Ukraine|Russia)\s*[-–—]"
)
# Launch areas, alerts, closures and borders: the place is not where the attack landed. Each phrase once; the
# pattern (for lower-cased text) and the words that guard it are made from the list.
_EXCLUDING_PHRASES = (
    *("launched from", "fired from", "from the areas? of", "launch areas?", "from the direction of"),
    *(
        "directions? of",
        "from the",
        "from",
        "alert in",
        "alert was declared in",
        "alerts? (?:in|across|over)",
    ),
    *("airports? (?:in|of)", "restrictions? (?:at|in)"),
    # a place named to locate another: "a village near the border with Ukraine's Sumy region"
    *("border with", "bordering", "borders"),
)
_EXCLUDING_BEFORE_L = re.compile(
    rf"(?:{'|'.join(_EXCLUDING_PHRASES)})"
    r"\s+(?:the\s+)?(?:(?:russia's|russian|occupied|annexed)\s+)?(?:[\w'’]+[\s,-]+(?:and\s+)?){0,3}$|"
    r"\bdirections?\W+(?:[\w-]+[\s,]+(?:and\s+)?(?:the\s+)?){0,4}$"
)
# Every match holds one of these (the second alternative needs "direction"); a word that holds another
# ("launched from" holds "from") is left out: the shorter one is tested anyway.
_LITERAL_STARTS = (*dict.fromkeys(literal_start(p).strip() for p in _EXCLUDING_PHRASES), "direction")
_EXCLUDING_WORDS = tuple(
    dict.fromkeys(w for w in _LITERAL_STARTS if not any(o != w and o in w for o in _LITERAL_STARTS))
)


def _excluded_before(before_low: str) -> bool:
    """Whether the lower-cased words before a place make it a launch area, an alert or a closure.
    Most windows hold none of the words the pattern needs and are not searched at all."""
    for word in _EXCLUDING_WORDS:
        if word in before_low:
            return _EXCLUDING_BEFORE_L.search(before_low) is not None
    return False


# "The toll from the Russian attack on Kyiv": the place an attack is on is its target, whatever "from"
# stands before it.
_ATTACK_ON = re.compile(
    r"\b(?:attacks?|strikes?|assault|barrage|bombardment)\s+(?:on|against)\s+(?:the\s+)?$"
)


class RegionMention(NamedTuple):
    name: str
    country: str
    start: int
    end: int


# First words of every name: a sentence without any of them names no region.
FIRST_WORDS = frozenset(a.split()[0].split("-")[0] for a in _ALIASES)
_FIRST_SET = set(FIRST_WORDS)
_BY_FIRST: dict[str, list[str]] = {}
for _alias in sorted(_ALIASES, key=len, reverse=True):
    _BY_FIRST.setdefault(_alias.split()[0].split("-")[0], []).append(_alias)


def find_regions(text: str, words: set[str] | None = None, *, low: str | None = None) -> list[RegionMention]:
    """Regions named in ``text``, without launch areas, alerts, outlet names and datelines.

    Only gazetteer names whose first word is among the sentence's ``words`` are looked for (with
    str.find), which is much faster than a regular expression with hundreds of alternatives.
    ``low``: ``text`` lower-cased (by ``str.lower`` or ``lexicon.lower``), when the caller has it.
    """
    if low is None:
        low = text.lower()
    # A character that changes length in lower case: offsets would be wrong. "İ" is the only one;
    # ``lexicon.lower`` keeps it as it is.
    if len(low) != len(text) or "\u0130" in low:
        return []
    if words is None:
        words = set(re.findall(r"[a-z]+", low))
    found: list[tuple[int, int, str]] = []
    for first in words & _FIRST_SET:
        for alias in _BY_FIRST[first]:
            at = low.find(alias)
            while at >= 0:
                end = at + len(alias)
                before_ok = at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "-_")
                after_ok = end == len(low) or not (low[end].isalnum() or low[end] in "-_")
                if before_ok and after_ok:
                    found.append((at, end, alias))
                at = low.find(alias, end)
    if len(found) > 1:
        # A name inside a longer one is the longer one's ("Novgorod" in "Nizhny Novgorod").
        found = [
            f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, _ in found)
        ]
    out: list[RegionMention] = []
    for start, end, alias_low in sorted(found):
        name, country = _ALIASES[alias_low]
        alias = text[start:end]
        if _GIVEN_NAME_BEFORE.search(text, max(0, start - 12), start):
            continue  # a person: "Oleg Nikolayev said"
        if (
            name not in ("Kyiv", "Moscow")
            and _SURNAME_WROTE.match(text, end)
            and _AFTER_A_QUOTE.search(text, max(0, start - 4), start)
        ):
            continue  # the same person named again: "…," Nikolayev wrote on Telegram
        after = text[end : end + 30].lstrip(" ")
        if _NOT_A_PLACE.match(after) or (
            name in ("Kyiv", "Moscow")
            and (
                _GOVERNMENT.match(after)
                or _TO_GOVERNMENT.search(text, max(0, start - 20), start)
                or _NATIONAL_SOURCE_HERE.match(text, end)
                or (_CLOCK_BEFORE.search(text, max(0, start - 10), start) and after[:1] in ("", "\n", "|"))
            )
        ):
            continue
        if alias_low in _RIVERS and (
            (_RIVER_BEFORE.search(text, max(0, start - 20), start) and not _CITY_OR_REGION_AFTER.match(after))
            or _RIVER_WORKS_AFTER.match(after)
        ):
            continue
        # A dateline at the start of a line names the newsroom: all in capitals ("KYIV, July 4 –",
        # "BUCHAREST/KYIV"), or followed by a date or a wire's name ("Lviv, Feb 14 (Wire) -").
        line_start = text.rfind("\n", 0, start) + 1
        header = HEADER_DATE.match(text, line_start) if text.startswith("date ", line_start) else None
        line_start = header.end() if header else line_start  # "date 2023-07-06 KYIV, Ukraine — …"
        if (start == line_start or _CAPITALS_BEFORE.fullmatch(text, line_start, start)) and (
            (alias.isupper() and len(alias) > 3) or _DATELINE_AFTER.match(text, end) is not None
        ):
            continue
        before_low = low[max(0, start - 60) : start]
        if _excluded_before(before_low) and not _ATTACK_ON.search(before_low):
            continue
        out.append(RegionMention(name, country, start, end))
    return out


def country_of(text: str) -> str | None:
    """The country a single place name belongs to, or None when it is not in the gazetteer."""
    hit = _ALIASES.get(text.lower())
    return hit[1] if hit else None
