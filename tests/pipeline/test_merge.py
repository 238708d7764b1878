"""Merge policy: reconciliation, syndication, the date rule, order independence and locality."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.figures import Figures
from schemas.incident import ConflictValue
from schemas.incident import encoder as incident_encoder
from schemas.report import Report
from streams.pipeline import merge, sent
from streams.pipeline.fingerprint import fingerprint
from streams.pipeline.merge import (
    ATTACKER_MILITARY,
    MEDIA,
    MILITARY,
    OFFICIAL,
    build_incidents,
    claimant_rank,
)
from tests.pipeline.syndication import INDEPENDENT, WIRE, copies

DAY = "2025-03-09"
PREV = "2025-03-08"


def report(
    article: str,
    day: str = DAY,
    *,
    published: str | None = None,
    basis: str = "explicit",
    claimant: str | None = None,
    pair: tuple[str, str] = ("RU", "UA"),
    outlet: str | None = None,
    regions: list[str] | None = None,
    fp: str | None = None,
    **figures: int | None,
) -> Report:
    attacker, target = pair
    return Report(
        report_id=f"r-{article}-{day}-{attacker}{target}",
        article_id=article,
        incident_id=f"{day}:{attacker}>{target}",
        date=day,
        attacker=attacker,
        target=target,
        published_at=published or f"{day}T09:00:00Z",
        outlet=outlet or f"{article}.example",
        claimant=claimant,
        figures=Figures(**figures),
        regions=regions or [],
        date_basis=basis,
        fingerprint=fp,
    )


def one(reports: list[Report]) -> Any:
    incidents = build_incidents(reports)
    assert len(incidents) == 1, sorted(incidents)
    return next(iter(incidents.values()))


# --- claimants and reconciliation --------------------------------------------------------------


def test_claimant_ranks() -> None:
    assert claimant_rank("Ukrainian Air Force") == MILITARY
    assert claimant_rank("General Staff of the Armed Forces of Ukraine") == MILITARY
    assert claimant_rank("Russian Ministry of Defence") == MILITARY
    assert claimant_rank("Kyiv City Military Administration") == OFFICIAL
    assert claimant_rank("Regional authorities") == OFFICIAL
    assert claimant_rank("State Emergency Service of Ukraine") == OFFICIAL
    assert claimant_rank("Mayor of Moscow") == OFFICIAL
    assert claimant_rank("President of Ukraine") == OFFICIAL
    assert claimant_rank(None) == MEDIA
    assert claimant_rank("Reuters") == MEDIA
    # the defender's military counts first; the attacker's ranks below the defender's officials
    assert claimant_rank("Russian Ministry of Defence", "RU") == MILITARY
    assert claimant_rank("Russian Ministry of Defence", "UA") == ATTACKER_MILITARY
    assert claimant_rank("Ukrainian Air Force", "UA") == MILITARY
    assert claimant_rank("Ministry of Defence", "UA") == MILITARY  # no country named
    assert claimant_rank("Regional authorities", "UA") < ATTACKER_MILITARY < MEDIA


def test_defender_military_beats_attacker_military() -> None:
    inc = one(
        [
            report(
                "ua",
                claimant="Ukrainian Air Force",
                pair=("UA", "RU"),
                published=f"{DAY}T06:00:00Z",
                drones_intercepted=40,
            ),
            report(
                "ru",
                claimant="Russian Ministry of Defence",
                pair=("UA", "RU"),
                published=f"{DAY}T05:00:00Z",
                drones_intercepted=61,
            ),
        ]
    )
    assert inc.figures.drones_intercepted == 61


def test_military_beats_officials_beats_media_even_when_older() -> None:
    inc = one(
        [
            report("air", published=f"{DAY}T06:00:00Z", claimant="Ukrainian Air Force", drones_launched=143),
            report("gov", published=f"{DAY}T08:00:00Z", claimant="Regional authorities", drones_launched=150),
            report("news", published=f"{DAY}T12:00:00Z", drones_launched=140, killed=2),
        ]
    )
    assert inc.figures.drones_launched == 143
    assert inc.provenance["drones_launched"] == f"r-air-{DAY}-RUUA"
    assert inc.conflicts["drones_launched"] == [
        ConflictValue(value=140, report_id=f"r-news-{DAY}-RUUA"),
        ConflictValue(value=150, report_id=f"r-gov-{DAY}-RUUA"),
    ]
    # a field only the media states still comes from the media
    assert inc.figures.killed == 2
    assert "killed" not in inc.conflicts


def test_most_recent_wins_between_equals_and_toll_revision() -> None:
    inc = one(
        [
            report("early", published=f"{DAY}T05:00:00Z", claimant="Governor", killed=2, injured=9),
            report("late", published=f"{DAY}T18:30:00+03:00", claimant="Mayor", killed=4),
            report("mid", published=f"{DAY}T11:00:00Z", claimant="Governor", killed=3),
        ]
    )
    assert inc.figures.killed == 4  # 15:30 UTC is the latest
    assert inc.figures.injured == 9
    assert [c.value for c in inc.conflicts["killed"]] == [2, 3]
    assert inc.first_seen_at == f"{DAY}T05:00:00Z"
    assert inc.updated_at == f"{DAY}T18:30:00+03:00"


def test_sets_and_counts() -> None:
    inc = one(
        [
            report("a", outlet="b.example", regions=["Kyiv", "Odesa"], drones_launched=10),
            report("b", outlet="a.example", regions=["Kharkiv", "Kyiv"], drones_launched=10),
            report("c", outlet="a.example", drones_launched=10),
        ]
    )
    assert inc.regions == ["Kharkiv", "Kyiv", "Odesa"]
    assert inc.outlets == ["a.example", "b.example"]
    assert inc.article_ids == ["a", "b", "c"]
    assert inc.version == 3
    assert inc.independent_reports == 3
    assert inc.conflicts == {}


def test_redelivered_report_changes_nothing() -> None:
    first = report("a", drones_launched=10)
    again = report("a", drones_launched=10)
    other = report("b", drones_launched=12)
    once = incident_encoder.encode(one([first, other]))
    assert incident_encoder.encode(one([first, other, again, first])) == once


def test_syndicated_copies_add_outlets_but_not_confirmation_or_recency() -> None:
    wire_fp = fingerprint(WIRE["kharkiv"])
    copy_fp = fingerprint(copies("kharkiv")[1])
    own_fp = fingerprint(INDEPENDENT["kharkiv"])
    inc = one(
        [
            report("wire", published=f"{DAY}T07:00:00Z", fp=wire_fp, killed=2),
            report("indep", published=f"{DAY}T10:00:00Z", fp=own_fp, killed=3),
            # republished at noon, but it is the 07:00 wire story: it must not override 10:00
            report("copy", published=f"{DAY}T12:00:00Z", fp=copy_fp, killed=2),
        ]
    )
    assert inc.independent_reports == 2
    assert inc.version == 3
    assert inc.figures.killed == 3
    assert "copy.example" in inc.outlets


# --- the date rule -----------------------------------------------------------------------------


def test_inferred_date_joins_previous_day_when_figures_agree() -> None:
    anchor = report("air", PREV, claimant="Ukrainian Air Force", drones_launched=143, drones_intercepted=112)
    late = report("next", DAY, basis="published", published=f"{DAY}T14:00:00Z", drones_launched=143, killed=2)
    incidents = build_incidents([anchor, late])
    assert list(incidents) == [f"{PREV}:RU>UA"]
    assert incidents[f"{PREV}:RU>UA"].report_ids == sorted([anchor.report_id, late.report_id])


def test_inferred_date_stays_when_figures_conflict() -> None:
    anchor = report("air", PREV, drones_launched=143, drones_intercepted=112)
    other = report("next", DAY, basis="published", drones_launched=60, drones_intercepted=40)
    assert sorted(build_incidents([anchor, other])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_inferred_date_stays_when_its_own_day_agrees_better() -> None:
    before = report("b", PREV, drones_launched=50, killed=1)
    today = report("t", DAY, drones_launched=80, drones_intercepted=70, killed=1)
    floater = report("f", DAY, basis="published", drones_launched=80, drones_intercepted=70, killed=1)
    incidents = build_incidents([before, today, floater])
    assert floater.report_id in incidents[f"{DAY}:RU>UA"].report_ids


def test_rounded_counts_are_tolerated_but_exact_evidence_is_needed() -> None:
    anchor = report("air", PREV, drones_launched=109, missiles_launched=127, killed=7, injured=47)
    # "about 100 drones", same casualties: agrees (2 equal, 1 within 10 %, 1 conflict)
    rough = report(
        "rough", DAY, basis="published", drones_launched=100, missiles_launched=100, killed=7, injured=47
    )
    assert list(build_incidents([anchor, rough])) == [f"{PREV}:RU>UA"]
    # within tolerance only, no equal figure: not enough evidence
    vague = report("vague", DAY, basis="published", drones_launched=100)
    assert sorted(build_incidents([anchor, vague])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_next_day_death_toll_revision_joins_when_its_day_is_unknown() -> None:
    anchor = report("a", PREV, published=f"{PREV}T08:00:00Z", killed=8, injured=82, drones_launched=309)
    revised = report("r", DAY, basis="published", published=f"{DAY}T10:00:00Z", killed=31, injured=159)
    assert list(build_incidents([anchor, revised])) == [f"{PREV}:RU>UA"]
    # but a lower toll published later is another attack
    lower = report("l", DAY, basis="published", published=f"{DAY}T10:00:00Z", killed=2)
    assert sorted(build_incidents([anchor, lower])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    # and with explicitly dated news of its own day, a mere fit is not enough
    today = report("t", DAY, drones_launched=40)
    assert revised.report_id in build_incidents([anchor, revised, today])[f"{DAY}:RU>UA"].report_ids


def test_a_higher_toll_with_weapon_counts_of_its_own_is_its_own_night() -> None:
    # the afternoon strike of the day before, then next morning's air-force story with a toll
    strike = report("a", PREV, published=f"{PREV}T15:00:00Z", killed=11, injured=10)
    for basis in ("explicit", "published"):
        night_after = report(
            "n",
            DAY,
            basis=basis,
            published=f"{DAY}T09:00:00Z",
            drones_launched=28,
            drones_intercepted=21,
            missiles_launched=3,
            injured=12,
        )
        assert sorted(build_incidents([strike, night_after])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"], basis


def test_a_toll_after_a_stated_zero_is_no_revision() -> None:
    # "no one was hurt" one morning, "one killed, four injured" the next: two attacks
    calm = report(
        "a", PREV, published=f"{PREV}T08:00:00Z", drones_launched=110, drones_intercepted=62, injured=0
    )
    toll = report("t", DAY, basis="published", published=f"{DAY}T07:00:00Z", killed=1, injured=4)
    assert sorted(build_incidents([calm, toll])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    # from a positive count, a higher one still reads as the same toll revised
    hurt = report("h", PREV, published=f"{PREV}T08:00:00Z", drones_launched=110, injured=2)
    assert list(build_incidents([hurt, toll])) == [f"{PREV}:RU>UA"]


def test_an_explicitly_dated_lower_toll_keeps_its_day() -> None:
    anchor = report("a", PREV, published=f"{PREV}T12:00:00Z", regions=["Lviv"], killed=7, injured=36)
    dated = report("d", DAY, published=f"{DAY}T12:00:00Z", regions=["Lviv"], killed=1, injured=1)
    assert sorted(build_incidents([anchor, dated])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_an_undated_earlier_toll_of_the_same_place_joins_the_night_before() -> None:
    anchor = report("a", PREV, published=f"{PREV}T12:00:00Z", regions=["Lviv"], killed=7, injured=36)
    stale = report("s", DAY, basis="published", published=f"{DAY}T12:00:00Z", regions=["Lviv"], killed=5)
    assert list(build_incidents([anchor, stale])) == [f"{PREV}:RU>UA"]
    # elsewhere, or with a weapon count of its own, or above the toll before, it is its own day's attack
    elsewhere = report("o", DAY, basis="published", regions=["Odesa"], killed=5)
    armed = report("w", DAY, basis="published", regions=["Lviv"], killed=5, missiles_launched=3)
    higher_and_other = report("h", DAY, basis="published", regions=["Lviv"], killed=5, injured=40)
    for other in (elsewhere, armed, higher_and_other):
        assert sorted(build_incidents([anchor, other])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_explicit_dates_move_only_when_alone_on_their_day() -> None:
    anchor = report("a", PREV, drones_launched=20, drones_intercepted=18)
    explicit = report("e", DAY, drones_launched=20)
    company = report("c", DAY, drones_launched=35, killed=1)
    # with another report on its day, an explicit date is kept even when figures agree
    assert sorted(build_incidents([anchor, explicit, company])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    # alone on its day, the extractor may have taken a page date for the attack's
    assert list(build_incidents([anchor, explicit])) == [f"{PREV}:RU>UA"]


def test_equal_zeros_are_no_evidence() -> None:
    anchor = report("a", PREV, drones_launched=20, killed=0)
    zeros = report("z", DAY, basis="published", killed=0)
    assert sorted(build_incidents([anchor, zeros])) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_no_move_onto_a_day_its_article_already_reported() -> None:
    earlier = report("same", PREV, drones_launched=20)
    other = report("x", PREV, drones_launched=20)
    floater = report("same", DAY, basis="published", drones_launched=20)
    incidents = build_incidents([earlier, other, floater])
    assert floater.report_id in incidents[f"{DAY}:RU>UA"].report_ids


def test_date_rule_keeps_directions_apart() -> None:
    anchor = report("a", PREV, pair=("UA", "RU"), drones_intercepted=61)
    floater = report("f", DAY, basis="published", drones_intercepted=61)  # RU>UA
    assert sorted(build_incidents([anchor, floater])) == [f"{PREV}:UA>RU", f"{DAY}:RU>UA"]


# --- adjacent days of one attack ---------------------------------------------------------------

NEXT = "2025-03-10"
AF = "Ukrainian Air Force"


def night(article: str, day: str, **figures: int | None) -> Report:
    """An air-force report of the 267-drone night (its weapon figures unless overridden)."""
    counts: dict[str, int | None] = {
        "drones_launched": 267,
        "drones_intercepted": 138,
        "drones_suppressed": 119,
    }
    return report(article, day, claimant=AF, published=f"{DAY}T10:00:00Z", **{**counts, **figures})


def test_adjacent_days_agreeing_on_two_weapon_figures_are_one_incident() -> None:
    # "Saturday's attack" (the evening it began) in two stories, the morning it ended in three
    saturday = [night("s1", PREV), night("s2", PREV, killed=1)]
    sunday = [night("u1", DAY), night("u2", DAY, drones_suppressed=None, injured=5), night("u3", DAY)]
    incidents = build_incidents(saturday + sunday)
    assert list(incidents) == [f"{DAY}:RU>UA"]
    inc = incidents[f"{DAY}:RU>UA"]
    assert inc.report_ids == sorted(r.report_id for r in saturday + sunday)
    assert inc.version == 5
    assert (inc.figures.drones_launched, inc.figures.killed, inc.figures.injured) == (267, 1, 5)
    assert inc.support["drones_launched"] == 5


def test_the_day_with_more_explicitly_dated_stories_names_the_incident() -> None:
    reports = [night("a", PREV), night("b", PREV), night("c", PREV), night("d", DAY)]
    assert list(build_incidents(reports)) == [f"{PREV}:RU>UA"]
    # inferred dates do not vote: one explicit and two inferred stories against two explicit ones
    inferred = [night(x, PREV, basis="published") for x in "ab"]
    assert list(build_incidents([*inferred, night("c", PREV), night("d", DAY), night("e", DAY)])) == [
        f"{DAY}:RU>UA"
    ]


def test_a_tie_keeps_the_earlier_day_as_the_move_back_does() -> None:
    # one story each: the later date is as likely a page date as the earlier one a "Saturday's attack";
    # the earlier day is what the date rule's move back gives a lone explicit date
    assert list(build_incidents([night("a", PREV), night("b", DAY)])) == [f"{PREV}:RU>UA"]
    with_company = [night("a", PREV), night("b", DAY), night("c", DAY, drones_suppressed=None)]
    assert list(build_incidents(with_company)) == [f"{DAY}:RU>UA"]


def two(prefix: str, day: str, **figures: int | None) -> list[Report]:
    """Two stories of one day (a day's lone explicit report may move back by itself, see above)."""
    return [night(f"{prefix}1", day, **figures), night(f"{prefix}2", day, **figures)]


def apart(reports: list[Report]) -> list[str]:
    return sorted(build_incidents(reports))


def test_one_agreeing_figure_is_not_enough() -> None:
    one_figure = {"drones_intercepted": None, "drones_suppressed": None}
    assert apart(two("a", PREV, **one_figure) + two("b", DAY)) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    # nor two within tolerance but not equal ("about 270" and "some 140")
    rounded = {"drones_launched": 270, "drones_intercepted": 140, "drones_suppressed": None}
    assert apart(two("a", PREV, **rounded) + two("b", DAY)) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_one_number_in_two_fields_is_one_figure() -> None:
    # "all 5 drones were shot down", on two nights: two equal fields, but one number
    small = {"drones_launched": 5, "drones_intercepted": 5, "drones_suppressed": None}
    assert apart(two("a", PREV, **small) + two("b", DAY, **small)) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_a_conflicting_weapon_figure_keeps_the_nights_apart() -> None:
    reports = two("a", PREV, missiles_launched=3) + two("b", DAY, missiles_launched=35)
    assert apart(reports) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    # casualty counts are no evidence either way: tolls rise over the next day
    assert apart(two("a", PREV, killed=1) + two("b", DAY, killed=4)) == [f"{PREV}:RU>UA"]


def test_an_article_reporting_both_nights_keeps_them_apart() -> None:
    reports = [night("a", PREV), night("a", DAY), night("b", DAY), night("c", PREV)]
    assert apart(reports) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]


def test_three_agreeing_days_in_a_row_are_left_alone() -> None:
    # which two of them are one night is anybody's guess: none is merged
    reports = two("a", PREV) + two("b", DAY) + two("c", NEXT)
    assert apart(reports) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA", f"{NEXT}:RU>UA"]


def test_only_explicitly_dated_reports_make_days_agree() -> None:
    # an inferred report of the 267 night sits on the next day beside that day's own night
    saturday = night("a", PREV)
    floater = night("f", DAY, basis="published")
    sunday = night("b", DAY, drones_launched=90, drones_intercepted=70, drones_suppressed=20)
    incidents = build_incidents([saturday, floater, sunday])
    assert sorted(incidents) == [f"{PREV}:RU>UA", f"{DAY}:RU>UA"]
    assert floater.report_id in incidents[f"{PREV}:RU>UA"].report_ids  # the date rule's move back


def test_adjacent_days_of_other_directions_stay_apart() -> None:
    other = [msgspec.structs.replace(r, attacker="UA", target="RU") for r in two("b", DAY)]
    assert apart(two("a", PREV) + other) == [f"{PREV}:RU>UA", f"{DAY}:UA>RU"]


def test_update_tombstones_the_day_absorbed_by_its_neighbour() -> None:
    prev_day, day = date.fromisoformat(PREV), date.fromisoformat(DAY)
    record: dict[str, bytes] = {}
    first = night("a", PREV)
    step1 = merge.update("RU", "UA", prev_day, {prev_day: [first]}, record)
    assert [i.incident_id for i in step1.emit] == [f"{PREV}:RU>UA"]
    remember(record, step1)
    more = two("b", DAY)
    step2 = merge.update("RU", "UA", day, {prev_day: [first], day: more}, record)
    assert [i.incident_id for i in step2.emit] == [f"{DAY}:RU>UA"]
    assert step2.emit[0].version == 3
    assert step2.tombstones == [f"{PREV}:RU>UA"]


# --- the agent's step --------------------------------------------------------------------------


def test_update_emits_changes_and_tombstones_absorbed_incidents() -> None:
    prev_day, day = date.fromisoformat(PREV), date.fromisoformat(DAY)
    floater = report("late", DAY, basis="published", drones_launched=143)
    record: dict[str, bytes] = {}
    step1 = merge.update("RU", "UA", day, {day: [floater]}, record)
    assert [i.incident_id for i in step1.emit] == [f"{DAY}:RU>UA"]
    assert step1.tombstones == []
    assert step1.sends == [(f"{DAY}:RU>UA", incident_encoder.encode(step1.emit[0]))]
    remember(record, step1)
    anchor = report("air", PREV, drones_launched=143)
    step2 = merge.update("RU", "UA", prev_day, {prev_day: [anchor], day: [floater]}, record)
    assert [i.incident_id for i in step2.emit] == [f"{PREV}:RU>UA"]
    assert step2.emit[0].version == 2
    assert step2.tombstones == [f"{DAY}:RU>UA"]
    assert [(iid, value is None) for iid, value in step2.sends] == [
        (f"{PREV}:RU>UA", False),
        (f"{DAY}:RU>UA", True),
    ]
    remember(record, step2)
    # the same report again: nothing to write, and the tombstone is not sent twice
    step3 = merge.update("RU", "UA", prev_day, {prev_day: [anchor, anchor], day: [floater]}, record)
    assert step3.emit == [] and step3.tombstones == [] and step3.sends == []


def test_after_a_restart_values_are_sent_again_and_absorbed_ids_tombstoned() -> None:
    """A new process remembers nothing it sent; the ids ever sent (a table) still get their tombstone."""
    prev_day, day = date.fromisoformat(PREV), date.fromisoformat(DAY)
    floater = report("late", DAY, basis="published", drones_launched=143)
    anchor = report("air", PREV, drones_launched=143)
    buckets = {prev_day: [anchor], day: [floater]}
    step = merge.update("RU", "UA", prev_day, buckets, {}, existing={f"{PREV}:RU>UA", f"{DAY}:RU>UA"})
    assert [i.incident_id for i in step.emit] == [f"{PREV}:RU>UA"]
    assert step.tombstones == [f"{DAY}:RU>UA"]
    # never sent anywhere: no tombstone for an id that never had a value
    assert merge.update("RU", "UA", prev_day, buckets, {}).tombstones == []


def remember(record: dict[str, bytes], step: merge.MergeUpdate) -> None:
    for iid, value in step.sends:
        sent.record(record, iid, value)


def test_window_constants() -> None:
    d = date(2025, 3, 9)
    assert merge.bucket_dates(d) == [d + timedelta(days=k) for k in range(-4, 5)]
    assert merge.rebuild_dates(d) == [d + timedelta(days=k) for k in range(-2, 3)]


# --- properties --------------------------------------------------------------------------------

BASE = date(2025, 3, 1)
FPS = [fingerprint(WIRE["kyiv"]), fingerprint(copies("kyiv")[0]), fingerprint(INDEPENDENT["kyiv"]), None]
small = st.sampled_from([None, None, 0, 5, 10, 11, 100])
# Weapon figures of a few nights, so that adjacent days often tell one night (rule 2b), or nearly.
NIGHTS = [
    {"drones_launched": 100, "drones_intercepted": 10, "missiles_launched": None},
    {"drones_launched": 100, "drones_intercepted": 10, "missiles_launched": 5},
    {"drones_launched": 100, "drones_intercepted": 11, "missiles_launched": 5},
    {"drones_launched": 5, "drones_intercepted": 5, "missiles_launched": None},
]
weapons = st.one_of(
    st.sampled_from(NIGHTS),
    st.fixed_dictionaries(
        {field: small for field in ("drones_launched", "drones_intercepted", "missiles_launched")}
    ),
)


@st.composite
def reports_st(
    draw: st.DrawFn, days: int = 10, articles: str = "abcdef", nights: list[int] | None = None
) -> Report:
    """A report of one of ``days`` days; with ``nights`` (a NIGHTS index per day), mostly that night's
    weapon figures."""
    offset = draw(st.integers(min_value=0, max_value=days - 1))
    day = (BASE + timedelta(days=offset)).isoformat()
    article = draw(st.sampled_from(articles))
    # two draws in three the day's night, one in three anything
    own = st.just(NIGHTS[nights[offset]]) if nights is not None else weapons
    told = st.one_of(own, own, weapons)
    pair = draw(st.sampled_from([("RU", "UA"), ("RU", "UA"), ("UA", "RU")]))
    hour = draw(st.integers(min_value=0, max_value=47))
    stamp = (BASE + timedelta(days=offset + hour // 24)).isoformat() + f"T{hour % 24:02d}:00:00Z"
    return report(
        article,
        day,
        published=stamp,
        basis=draw(
            st.sampled_from(["explicit", "published"] if nights is None else ["explicit"] * 3 + ["published"])
        ),
        claimant=draw(st.sampled_from([None, "Ukrainian Air Force", "Regional authorities"])),
        pair=pair,
        regions=draw(st.lists(st.sampled_from(["Kyiv", "Odesa", "Kharkiv"]), max_size=2)),
        fp=draw(st.sampled_from(FPS)),
        killed=draw(small),
        injured=draw(small),
        **draw(told),
    )


@st.composite
def nights_st(draw: st.DrawFn) -> list[Report]:
    """Reports of five days whose nights repeat: adjacent days often tell one night (rule 2b)."""
    nights = draw(st.lists(st.sampled_from(range(len(NIGHTS))), min_size=5, max_size=5))
    told = reports_st(days=5, articles="abcdefghijklmnop", nights=nights)
    return draw(st.lists(told, min_size=6, max_size=14, unique_by=lambda r: r.report_id))


report_sets = st.one_of(st.lists(reports_st(), max_size=14, unique_by=lambda r: r.report_id), nights_st())


def encoded(incidents: dict[str, Any]) -> list[bytes]:
    return [incident_encoder.encode(incidents[k]) for k in sorted(incidents)]


@settings(max_examples=150, deadline=None)
@given(report_sets, st.randoms(use_true_random=False))
def test_any_permutation_gives_byte_identical_incidents(reports: list[Report], rnd: Any) -> None:
    shuffled = list(reports) + list(reports[:3])  # and some redeliveries
    rnd.shuffle(shuffled)
    assert encoded(build_incidents(shuffled)) == encoded(build_incidents(reports))


@settings(max_examples=150, deadline=None)
@given(report_sets, st.integers(min_value=0, max_value=9))
def test_rebuild_from_the_window_equals_rebuild_from_everything(reports: list[Report], offset: int) -> None:
    day = BASE + timedelta(days=offset)
    window = {d.isoformat() for d in merge.bucket_dates(day)}
    local = merge.rebuild([r for r in reports if r.date in window], merge.rebuild_dates(day))
    everything = merge.rebuild(reports, merge.rebuild_dates(day))
    assert encoded(local) == encoded(everything)


@settings(max_examples=150, deadline=None)
@given(nights_st(), st.randoms(use_true_random=False))
def test_nights_told_on_two_days_join_alike_in_any_order_and_window(reports: list[Report], rnd: Any) -> None:
    """Rule 2b's joins are a function of the set, and of the reports within the window alone."""
    shuffled = [*reports, *reports[:2]]
    rnd.shuffle(shuffled)
    everything = build_incidents(reports)
    assert encoded(build_incidents(shuffled)) == encoded(everything)
    for offset in range(-1, 6):
        day = BASE + timedelta(days=offset)
        window = {d.isoformat() for d in merge.bucket_dates(day)}
        local = merge.rebuild([r for r in reports if r.date in window], merge.rebuild_dates(day))
        assert encoded(local) == encoded(merge.rebuild(reports, merge.rebuild_dates(day)))


@settings(max_examples=100, deadline=None)
@given(report_sets)
def test_incremental_updates_converge_on_the_full_build(reports: list[Report]) -> None:
    """The agent's loop (update per report, keep latest per id) ends where a full rebuild does."""
    buckets: dict[tuple[str, str, date], list[Report]] = {}
    topic: dict[str, Any] = {}
    record: dict[str, bytes] = {}
    for r in reports:
        day = date.fromisoformat(r.date)
        buckets.setdefault((r.attacker, r.target, day), []).append(r)
        pair_buckets = {d: buckets.get((r.attacker, r.target, d), []) for d in merge.bucket_dates(day)}
        step = merge.update(r.attacker, r.target, day, pair_buckets, record)
        remember(record, step)
        for iid in step.tombstones:
            del topic[iid]
        for inc in step.emit:
            topic[inc.incident_id] = inc
    assert encoded(topic) == encoded(build_incidents(reports))


@settings(max_examples=100, deadline=None)
@given(report_sets, st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=14))
def test_batched_updates_converge_on_the_full_build(reports: list[Report], sizes: list[int]) -> None:
    """The batched agent (one update_many per pair and batch of reports) ends where a full rebuild
    does, and within a batch never emits an incident twice."""
    buckets: dict[tuple[str, str, date], list[Report]] = {}
    topic: dict[str, Any] = {}
    record: dict[str, bytes] = {}
    start = 0
    for size in sizes * len(reports):
        batch = reports[start : start + size]
        start += size
        if not batch:
            break
        touched: dict[tuple[str, str], set[date]] = {}
        for r in batch:
            day = date.fromisoformat(r.date)
            buckets.setdefault((r.attacker, r.target, day), []).append(r)
            touched.setdefault((r.attacker, r.target), set()).add(day)
        for (attacker, target), days in touched.items():
            load, _ = merge.batch_dates(days)
            pair_buckets = {d: buckets.get((attacker, target, d), []) for d in load}
            step = merge.update_many(attacker, target, days, pair_buckets, record)
            remember(record, step)
            emitted = [inc.incident_id for inc in step.emit]
            assert len(emitted) == len(set(emitted))
            for iid in step.tombstones:
                del topic[iid]
            for inc in step.emit:
                topic[inc.incident_id] = inc
    assert encoded(topic) == encoded(build_incidents(reports))


def test_batch_dates_are_the_unions_of_the_single_windows() -> None:
    d = date(2025, 3, 10)
    load, rebuilt = merge.batch_dates([d, d + timedelta(days=10), d])
    assert load == merge.bucket_dates(d) + merge.bucket_dates(d + timedelta(days=10))
    assert rebuilt == merge.rebuild_dates(d) + merge.rebuild_dates(d + timedelta(days=10))
    near, _ = merge.batch_dates([d, d + timedelta(days=1)])
    assert near == [d + timedelta(days=k) for k in range(-4, 6)]


def test_instants_compare_across_offsets() -> None:
    assert merge.instant("2025-03-09T12:00:00+03:00") == merge.instant("2025-03-09T09:00:00Z")
    assert merge.instant("2025-03-09T09:00:00") == merge.instant("2025-03-09T09:00:00Z")  # naive is UTC
    assert merge.instant("2025-03-09T09:00:01Z") - merge.instant("2025-03-09T09:00:00Z") == 1_000_000
    assert merge.instant("not a date") == 0


def test_a_later_official_toll_beats_an_earlier_report_attributed_to_the_air_force() -> None:
    from schemas import Figures, Report

    def report(rid: str, claimant: str, published: str, killed: int) -> Report:
        return Report(
            report_id=rid,
            article_id=rid,
            incident_id="2025-05-10:RU>UA",
            date="2025-05-10",
            attacker="RU",
            target="UA",
            published_at=published,
            claimant=claimant,
            figures=Figures(killed=killed),
            date_basis="explicit",
        )

    wire = report("wire", "Ukrainian Air Force", "2025-05-10T10:00:00Z", 2)
    update = report("update", "Kyiv regional military administration", "2025-05-11T09:00:00Z", 4)
    incident = build_incidents([wire, update])["2025-05-10:RU>UA"]
    assert incident.figures.killed == 4
    assert incident.provenance["killed"] == "update"
    assert [(c.value, c.report_id) for c in incident.conflicts["killed"]] == [(2, "wire")]
