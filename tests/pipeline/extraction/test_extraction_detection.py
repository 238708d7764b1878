"""Whether an article reports an attack at all: the cues of another time, another war, weapons not fired
and attacks not carried out, each written once, with the guards made from them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import schemas
from streams.pipeline.extraction import extract
from streams.pipeline.extraction import lexicon as lx


def test_literal_start_drops_a_character_a_quantifier_makes_optional() -> None:
    assert lx.literal_start("years? since") == "year"
    assert lx.literal_start("contracts? for") == "contract"
    assert lx.literal_start("year(?:s)? since") == "year"


def test_a_cue_part_is_guarded_by_the_starts_of_its_phrases() -> None:
    pieces, source = lx.cue_part("summer", "winter", before="(?:over|in) the ")
    assert pieces == ("summer", "winter")
    assert re.search(source, "over the winter") and not re.search(source, "winter wheat")


_GUARDED = [
    ("supply", lx.SUPPLY, lx.SUPPLY_WORDS),
    ("given", lx.GIVEN, lx.GIVEN_WORDS),
    ("planned", lx.PLANNED, lx.PLANNED_WORDS),
    ("anaphora", lx.ANAPHORA, lx.ANAPHORA_WORDS),
]


@pytest.mark.parametrize(("name", "pattern", "pieces"), _GUARDED, ids=[g[0] for g in _GUARDED])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_cue_match_holds_one_of_its_pieces(
    name: str, pattern: re.Pattern[str], pieces: tuple[str, ...], data: st.DataObject
) -> None:
    found = pattern.search(data.draw(st.from_regex(pattern)))
    assert found is not None
    assert any(piece in found.group().lower() for piece in pieces), (name, found.group())


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_the_word_gates_never_skip_a_match(data: st.DataObject) -> None:
    supplied = data.draw(st.one_of(st.from_regex(lx.SUPPLY), st.from_regex(lx.GIVEN)))
    found = lx.SUPPLY.search(supplied) or lx.GIVEN.search(supplied)
    assert found is not None
    assert not lx.words(found.group()).isdisjoint(lx.SUPPLY_TOKENS), found.group()
    anaphora = lx.ANAPHORA.search(data.draw(st.from_regex(lx.ANAPHORA)))
    assert anaphora is not None
    assert "that" in lx.words(anaphora.group())
    assert not lx.words(anaphora.group()).isdisjoint(lx.ANAPHORA_NOUNS), anaphora.group()


@pytest.mark.parametrize(
    ("low", "another_time"),
    [
        ("over the past seven days, russia has launched 3,100 drones", True),
        ("in the first quarter of 2025, mobile fire groups shot down 2,140 drones", True),
        ("the city was targeted by 1,100 drones between january and september", True),
        ("russia launched more than 10,000 drones over the summer", True),
        ("russia escalated its attacks throughout november", True),
        ("on average, russia sent 181 drones a night", True),
        ("he shot down six cruise missiles last august", True),
        ("uman marked two years since a cruise missile hit the block", True),
        ("the air force shot down 93 drones over the past 24 hours", False),
        ("last night alone, the russians used 160 drones", False),
        ("during the night, russia launched 40 drones", False),
        # A period the attack is ranked in only compares: the attack is this one.
        ("in one of the heaviest air attacks of the last weeks, russia launched 426 drones", False),
        ("the largest attack in the past month; over the past week, 1,200 drones", True),
    ],
)
def test_spans_of_time_are_another_time(low: str, another_time: bool) -> None:
    assert lx.other_time(low) is another_time


def _reports(body: str, published: str = "2025-06-12T09:00:00Z", title: str | None = None) -> list[str]:
    article = schemas.Article(id="t", published_at=published, body=body, title=title)
    return [r.incident_id for r in extract(article)]


@pytest.mark.parametrize(
    "body",
    [
        # Another time, named with its year and carried to the undated paragraph after it.
        "A Kyiv court on Thursday sentenced a Russian officer for the missile strike on a block in Dnipro "
        "on 14 January 2023 that killed 46 people.\n"
        "Prosecutors said 80 people were injured and 72 flats destroyed.",
        # "That night" is the night named before it.
        "Investigators said on Thursday that the March 3 strike on Kharkiv used a new warhead.\n"
        "Russia launched 98 drones that night, the air force said.",
        # Another war, though Russia is named further down.
        "Pakistan said on Thursday it had shot down 25 Indian drones overnight over Lahore.\n"
        "India said it intercepted 50 drones. Russia and China called for restraint.",
        # Weapons handed over, an attack prepared.
        "Denmark has sent 20 long-range drones and 300 missiles to Ukraine under its latest aid package.",
        "Russia is preparing a massive combined strike on Ukraine's energy system and has stockpiled about "
        "300 missiles for it, intelligence warned on Thursday.",
        # A series of attacks is no attack of its own.
        "Russia will ban gasoline exports from March 1 after Ukrainian drone attacks on oil refineries.",
        # A clause days back, with its relative clause.
        "Slovakia blocked the sanctions package on Thursday, days after Russia's largest attack of the war, "
        "in which it launched 537 drones and missiles at Ukraine.",
    ],
)
def test_articles_that_report_no_attack(body: str) -> None:
    assert _reports(body) == []


def test_the_attack_a_date_names_is_the_sentences_day() -> None:
    body = (
        "Odesa on Thursday buried the victims of the June 5 double missile strike on the port.\n"
        "Two Iskander-M missiles hit the port area, killing five and injuring 14."
    )
    assert _reports(body) == []
    assert _reports(body.replace("June 5", "June 11")) == ["2025-06-11:RU>UA"]


def test_overnight_is_this_attacks_night_beside_an_old_date() -> None:
    body = "Russia launched 40 drones at Ukraine overnight, three years after the July 2022 strike on Uman."
    assert _reports(body) == ["2025-06-12:RU>UA"]


@pytest.mark.parametrize(
    "body",
    [
        # Tolls with no drone or missile named: artillery's, a mine's.
        "Russian forces shelled 27 settlements in the Kherson region over the past day. In Kherson city, "
        "a bus came under fire near the market, injuring five, and a man was killed in his yard.",
        "Three deminers were killed and two others wounded on Tuesday when an anti-tank mine exploded "
        "near Izium in the Kharkiv region, the emergency service said.",
        # A court judges a strike of another time.
        "A court in Zhytomyr on Tuesday sentenced in absentia a Russian bomber commander for a cruise "
        "missile strike that killed nine civilians in Korosten.",
        # A link to another story.
        "The EU on Tuesday adopted new sanctions on suppliers of drone parts to Russia.\n"
        "Read more: Russia launches 267 drones at Ukraine in largest attack of the year",
    ],
)
def test_no_aerial_attack_of_this_day_is_no_report(body: str) -> None:
    assert _reports(body, "2025-06-10T12:00:00Z") == []


def test_the_tolls_of_a_story_on_another_days_strike_are_that_strikes() -> None:
    body = (
        "Poltava residents gathered on Thursday at the site where, on March 5, 2025, two Russian "
        "ballistic missiles struck a residential district, killing 14 people.\n"
        "Of the 61 injured, 9 are still undergoing rehabilitation, the city council said."
    )
    assert _reports(body, "2026-03-05T10:00:00Z") == []
