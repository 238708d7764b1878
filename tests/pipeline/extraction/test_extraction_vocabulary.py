"""Vocabulary as data: each phrase written once, its pattern and its substring guard made from it."""

from __future__ import annotations

import re

import pytest

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction import lexicon as lx
from streams.pipeline.extraction.figures import read_figures


def test_literal_start_stops_at_the_first_pattern_character() -> None:
    assert lx.literal_start("shoot(?:ing|s)? down") == "shoot"
    assert lx.literal_start("Lost (?:from|on) radar") == "lost "
    assert lx.literal_start(r"penetrat\w*") == "penetrat"


def test_every_match_holds_one_of_its_pieces() -> None:
    pattern, pieces = lx.vocabulary("knock(?:ed|ing)? down", "took down")
    for text in ("Air defence knocked down 20 drones", "they took down the missile", "KNOCKING DOWN"):
        found = pattern.search(text)
        assert found is not None
        assert any(piece in found.group().lower() for piece in pieces)
    assert pattern.search("a knockdown price") is None


def test_a_phrase_must_start_with_literal_text() -> None:
    with pytest.raises(AssertionError):
        lx.vocabulary("(?:shot|brought) down")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of these, 319 drones and 25 cruise missiles were knocked down.", [319, 25]),
        ("Mobile fire groups took down 41 Shahed drones overnight.", [41]),
        ("Air defences were taking down 12 drones over the city when the power failed.", [12]),
    ],
)
def test_new_interception_wording_is_read(text: str, expected: list[int]) -> None:
    figures = read_figures(text)
    assert [f.value for f in figures if f.role == "intercepted"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Launch verbs: "hurled", machine-translated "released", "attacked ... by".
        (
            "Moscow hurled 64 Shahed drones and three ballistic missiles at the south overnight.",
            [("drones", "launched", 64), ("missiles", "launched", 3)],
        ),
        ("The enemy released 35 attack UAVs on the Odesa region overnight.", [("drones", "launched", 35)]),
        ("At night the enemy attacked the Sumy region by 12 Shahed UAVs.", [("drones", "launched", 12)]),
        # "knocked out" is an interception, like "knocked down".
        (
            "Air defence units knocked out 52 of the 60 drones.",
            [("drones", "intercepted", 52), ("drones", "launched", 60)],
        ),
        (
            "Gunners knocked out nine cruise missiles and 14 UAVs.",
            [("missiles", "intercepted", 9), ("drones", "intercepted", 14)],
        ),
    ],
)
def test_new_launch_and_interception_wording_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


def test_spellings_of_a_phrase() -> None:
    assert set(lx.spellings("neutrali[sz](?:ed|ing)?")) == {
        *("neutralis", "neutralised", "neutralising", "neutraliz", "neutralized", "neutralizing"),
    }
    assert lx.spellings(r"Shahed(?:-\d+)?") == ("shahed-0", "shahed")
    assert lx.spellings("air (?:threats|targets)") == ("air threats", "air targets")


@pytest.mark.parametrize("phrase", [r"penetrat\w*", "drone.", "(drones)", "UAVs{1,2}"])
def test_spellings_refuse_what_they_cannot_list(phrase: str) -> None:
    with pytest.raises(AssertionError):
        lx.spellings(phrase)


HEAD_NOUNS = [
    (lx.TOTAL_HEAD, lx._TOTAL_NOUNS),
    (lx.DRONE_HEAD, lx._DRONE_NOUNS),
    (lx.MISSILE_HEAD, lx._MISSILE_NOUNS),
    (lx.PEOPLE_HEAD, lx._PEOPLE_NOUNS),
    (lx.KILLED_HEAD, lx._KILLED_NOUNS),
    (lx.INJURED_HEAD, lx._INJURED_NOUNS),
]


@pytest.mark.parametrize(("pattern", "nouns"), HEAD_NOUNS, ids=lambda p: str(p)[:20])
def test_every_spelling_of_a_head_noun_passes_the_sentence_guard(
    pattern: object, nouns: tuple[str, ...]
) -> None:
    """The guard words are made from the nouns: each spelling the head pattern matches holds one, so
    a noun added to a list ("air threats", "Geran-2s") can never be silently skipped by the guard."""
    assert isinstance(pattern, re.Pattern)
    for noun in nouns:
        for spelling in lx.spellings(noun):
            assert pattern.fullmatch(spelling), spelling
            assert lx.words(spelling) & lx.HEAD_WORDS, spelling


def test_one_word_interception_verbs_make_a_sentence_about_an_attack() -> None:
    for verb in ("neutralised", "neutralized", "repelled", "destroying", "downed", "eliminated"):
        assert verb in lx.ATTACK_WORDS
    assert "took" not in lx.ATTACK_WORDS  # of a phrase ("took down"): too common alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The wording issue 17 lists, each in sentences of other outlets' styles.
        ("About 30 kamikaze drones descended on the Odesa region overnight.", [("drones", "hit", 30)]),
        (
            "Mobile fire groups took down 41 UAVs and two cruise missiles.",
            [("drones", "intercepted", 41), ("missiles", "intercepted", 2)],
        ),
        ("Four civilians lost their lives in the strike, officials said.", [("people", "killed", 4)]),
        (
            "Eleven people lost their lives and 30 were injured.",
            [("people", "killed", 11), ("people", "injured", 30)],
        ),
        ("The enemy fired 12 rockets at Kharkiv.", [("missiles", "launched", 12)]),
        (
            "Russia launched 90 airborne threats overnight; 75 airborne threats were neutralised.",
            [("total", "launched", 90), ("total", "intercepted", 75)],
        ),
        ("Ukraine was attacked with 120 kamikaze drones, the air force said.", [("drones", "launched", 120)]),
        ("Russia attacked Ukraine overnight, deploying 81 drones.", [("drones", "launched", 81)]),
        # "N in total were injured": the count of everyone, before its verb.
        (
            "In Zaporizhzhia, three people lost their lives and 11 in total were injured.",
            [("people", "killed", 3), ("people", "injured", 11)],
        ),
        ("Two people died, and 14 overall were hurt.", [("people", "killed", 2), ("people", "injured", 14)]),
        (
            "The air force said 46 drones were launched; 40 altogether were shot down.",
            [("drones", "launched", 46), ("drones", "intercepted", 40)],
        ),
        # What the radar saw is what was launched.
        (
            "This time the air force counted 810 drones and 13 missiles.",
            [("drones", "launched", 810), ("missiles", "launched", 13)],
        ),
        ("The spokesman said 267 drones were spotted in Ukrainian skies.", [("drones", "launched", 267)]),
        # A rate is not this night's count.
        ("Russia is now deploying 150 UAVs a night, the minister said.", []),
        ("Moscow fires some 40 missiles per night at the grid.", []),
    ],
)
def test_the_wording_of_issue_17_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Brought down by electronic warfare alone: suppressed, counted apart from the interceptions.
        (
            "A total of 45 drones were neutralised by EW means and 30 were destroyed by mobile fire groups.",
            [("drones", "suppressed", 45), ("drones", "intercepted", 30)],
        ),
        (
            "Overnight 27 Shaheds were knocked out by electronic warfare systems.",
            [("drones", "suppressed", 27)],
        ),
        (
            "Air defence shot down 210 drones, while 172 more were downed by means of electronic warfare.",
            [("drones", "intercepted", 210), ("drones", "suppressed", 172)],
        ),
        # With air defence beside it, one number is an interception (labelling rule 5).
        (
            "In all, 64 drones were shot down by air defence and electronic warfare.",
            [("drones", "intercepted", 64)],
        ),
        ("Some 50 UAVs were destroyed by EW and air defence units.", [("drones", "intercepted", 50)]),
    ],
)
def test_brought_down_by_electronic_warfare_is_suppressed(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Model names in the plural, as Russian state media write them.
        (
            "According to the air force, 54 Geran-2s were launched, and 31 of them were shot down.",
            [("drones", "launched", 54), ("drones", "intercepted", 31)],
        ),
        ("The ministry said 20 Geran-2 drones and 12 Shahed-136s were used.", [("drones", "launched", 32)]),
        ("Air defence destroyed 40 Geran-3s overnight.", [("drones", "intercepted", 40)]),
    ],
)
def test_drone_models_in_the_plural_are_drones(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "Russian forces struck military-industrial facilities in the Kharkov and Nikolayev regions "
            "overnight with Geran-2 drones, Izvestia reported, citing the Defence Ministry.",
            ["Kharkiv", "Mykolaiv"],
        ),
        (
            "The army hit fuel depots of the Ukrainian military in the Odessa region with Geran-2 drones "
            "overnight, RIA Novosti said.",
            ["Odesa"],
        ),
    ],
)
def test_a_strike_with_drone_models_reports_an_attack_without_figures(body: str, regions: list[str]) -> None:
    [report] = extract(schemas.Article(id="x", published_at="2025-09-19T09:00:00Z", body=body))
    assert (report.incident_id, report.regions, report.figures.stated()) == ("2025-09-19:RU>UA", regions, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "gunned down" is an interception; the whole of "N of M" may be rounded.
        (
            "Air defence forces had gunned down two drones near Moscow, the ministry said.",
            [("drones", "intercepted", 2, False)],
        ),
        (
            "The air force said it shot down 44 of more than 50 cruise missiles.",
            [("missiles", "intercepted", 44, False), ("missiles", "launched", 50, True)],
        ),
        (
            "Mobile fire groups are gunning down 30 out of some 40 Shaheds a night.",
            [],
        ),
        (
            "Gunners downed 61 of about 70 drones overnight.",
            [("drones", "intercepted", 61, False), ("drones", "launched", 70, True)],
        ),
    ],
)
def test_gunned_down_and_a_rounded_whole(text: str, expected: list[tuple[str, str, int, bool]]) -> None:
    assert [(f.category, f.role, f.value, f.qualified) for f in read_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Casualties of one: "one life", "one individual", "a 52-year-old woman".
        ("Unfortunately, this attack claimed one life.", [("people", "killed", 1)]),
        (
            "The strike on the port claimed two lives and injured 9 people.",
            [("people", "killed", 2), ("people", "injured", 9)],
        ),
        ("One individual was killed in the Rivne region.", [("people", "killed", 1)]),
        ("The attack injured a 52-year-old woman and set two homes on fire.", [("people", "injured", 1)]),
        ("Debris killed an 81-year-old pensioner in Bucha.", [("people", "killed", 1)]),
        # "N of them were killed": people, when the verb is a casualty verb.
        (
            "There were 65 victims; 10 of them were killed, 55 were wounded.",
            [("people", "killed", 10), ("people", "injured", 55)],
        ),
        (
            "Russia launched 40 drones; 31 of them were shot down.",
            [("drones", "launched", 40), ("drones", "intercepted", 31)],
        ),
        # A count in quotes goes on to its noun; drones aimed at targets were launched.
        (
            "“More than 50” cruise missiles were launched at targets across the country.",
            [("missiles", "launched", 50)],
        ),
        ('The governor said "at least 12" drones were shot down.', [("drones", "intercepted", 12)]),
        (
            "More than 100 Ukrainian drones were aimed at targets in 11 Russian regions.",
            [("drones", "launched", 100)],
        ),
        ("Russia aimed 40 Shaheds at the energy grid of Odesa.", [("drones", "launched", 40)]),
    ],
)
def test_one_life_quoted_counts_and_aimed(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(f.category, f.role, f.value) for f in read_figures(text)] == expected
