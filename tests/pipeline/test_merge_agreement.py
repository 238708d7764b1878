"""Merge policy, issue 18: figures decided by agreement across reports, not by one report.

Per-figure claimants, agreement within a claimant rank, casualty revisions, stated zeros, outlier
reports, ``support``, and order independence. Every report here is hand-written for these tests, and
every expected value is read off the reports by hand.
"""

from __future__ import annotations

from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.figures import FIELDS, Figures
from schemas.incident import ConflictValue
from schemas.incident import decoder as incident_decoder
from schemas.incident import encoder as incident_encoder
from schemas.report import Evidence, Report
from streams.pipeline.fingerprint import fingerprint
from streams.pipeline.merge import build_incidents, slim
from tests.pipeline.syndication import INDEPENDENT, WIRE, copies

DAY = "2025-03-09"
AIR_FORCE = "Ukrainian Air Force"
EMERGENCY = "State Emergency Service"


def report(
    article: str,
    hour: int = 9,
    *,
    day: str = DAY,
    published: str | None = None,
    basis: str = "explicit",
    claimant: str | None = None,
    said: dict[str, str | None] | None = None,
    regions: list[str] | None = None,
    fp: str | None = None,
    **figures: int | None,
) -> Report:
    """A report of ``article`` on the RU>UA incident of ``day``, published at ``hour`` UTC that day.

    ``said`` names, per figure, the claimant its evidence gives (None: evidence without claimant).
    """
    evidence = [
        Evidence(field=field, value=figures[field] or 0, start=0, end=10, text="quoted text", claimant=who)
        for field, who in (said or {}).items()
    ]
    return Report(
        report_id=f"r-{article}",
        article_id=article,
        incident_id=f"{day}:RU>UA",
        date=day,
        attacker="RU",
        target="UA",
        published_at=published or f"{DAY}T{hour:02d}:00:00Z",
        outlet=f"{article}.example",
        claimant=claimant,
        figures=Figures(**figures),
        regions=regions or [],
        evidence=evidence,
        date_basis=basis,
        fingerprint=fp,
    )


def one(reports: list[Report]) -> Any:
    incidents = build_incidents(reports)
    assert len(incidents) == 1, sorted(incidents)
    return next(iter(incidents.values()))


def conflicts(incident: Any, field: str) -> list[tuple[int, str]]:
    return [(c.value, c.report_id) for c in incident.conflicts.get(field, [])]


# --- 1. per-figure claimant --------------------------------------------------------------------


def test_a_figure_is_ranked_by_the_claimant_its_evidence_names() -> None:
    # The article is attributed to the mayor, but its drone count is the air force's.
    mayor = report(
        "mayor",
        7,
        claimant="Mayor of Kyiv",
        said={"drones_launched": AIR_FORCE},
        drones_launched=120,
        killed=3,
    )
    governor = report("gov", 11, claimant="Regional governor", drones_launched=90, killed=5)
    inc = one([mayor, governor])
    assert inc.figures.drones_launched == 120  # military over a later official
    assert inc.provenance["drones_launched"] == "r-mayor"
    # killed has no evidence claimant: the report's own (the mayor, an official) ranks it, and the
    # later, higher official count is a revision
    assert inc.figures.killed == 5


def test_a_figure_quoted_from_a_lesser_source_ranks_lower_than_its_report() -> None:
    wire = report(
        "wire",
        12,
        claimant=AIR_FORCE,
        said={"drones_intercepted": "a local Telegram channel"},
        drones_intercepted=30,
    )
    governor = report("gov", 6, claimant="Kharkiv governor", drones_intercepted=44)
    inc = one([wire, governor])
    assert inc.figures.drones_intercepted == 44
    assert conflicts(inc, "drones_intercepted") == [(30, "r-wire")]


def test_evidence_without_a_claimant_falls_back_to_the_reports_claimant() -> None:
    air = report("air", 6, claimant=AIR_FORCE, said={"drones_launched": None}, drones_launched=70)
    governor = report("gov", 12, claimant="Odesa governor", drones_launched=40)
    assert one([air, governor]).figures.drones_launched == 70


def test_the_merge_buckets_keep_who_stated_each_figure_but_not_the_text() -> None:
    kept = slim(
        report(
            "a",
            claimant="Mayor",
            said={"drones_launched": AIR_FORCE, "killed": None},
            drones_launched=9,
            killed=1,
        )
    )
    assert [(e.field, e.claimant, e.text) for e in kept.evidence] == [("drones_launched", AIR_FORCE, "")]
    assert slim(report("b", drones_launched=9)).evidence == []


# --- 2. agreement within a claimant rank -------------------------------------------------------


def test_four_agreeing_reports_outvote_one_misread_even_when_it_is_the_latest() -> None:
    reports = [
        report("a", 6, claimant=AIR_FORCE, drones_launched=800),
        report("b", 7, claimant=AIR_FORCE, drones_launched=810),
        report("c", 8, claimant=AIR_FORCE, drones_launched=810),
        report("d", 9, claimant=EMERGENCY, drones_launched=805),
        report("misread", 12, claimant=AIR_FORCE, drones_launched=56),
    ]
    inc = one(reports)
    # 800 and 810 are equally supported within the air force's rank (3 each): the most recent exact value
    assert inc.figures.drones_launched == 810
    assert inc.provenance["drones_launched"] == "r-c"
    assert inc.support["drones_launched"] == 4  # 800, 805, 810, 810 all agree with 810
    assert conflicts(inc, "drones_launched") == [(56, "r-misread"), (800, "r-a"), (805, "r-d")]


def test_the_value_agreeing_with_the_most_reports_wins() -> None:
    # 54 agrees with both others (within 10 %); 50 and 59 agree with 54 only.
    inc = one(
        [
            report("a", 12, claimant=AIR_FORCE, drones_launched=50),
            report("b", 6, claimant=AIR_FORCE, drones_launched=54),
            report("c", 12, claimant=AIR_FORCE, drones_launched=59),
        ]
    )
    assert inc.figures.drones_launched == 54
    assert inc.support["drones_launched"] == 3


def test_recency_decides_between_equally_supported_values() -> None:
    early, late = report("early", 6, drones_launched=100), report("late", 9, drones_launched=150)
    assert one([early, late]).figures.drones_launched == 150
    assert one([late, early]).support["drones_launched"] == 1


def test_syndicated_copies_count_once() -> None:
    wire, copy1, copy2 = (
        fingerprint(WIRE["kharkiv"]),
        fingerprint(copies("kharkiv")[0]),
        fingerprint(copies("kharkiv")[1]),
    )
    reports = [
        report("wire", 6, fp=wire, drones_launched=100),
        report("copy1", 7, fp=copy1, drones_launched=100),
        report("copy2", 8, fp=copy2, drones_launched=100),
        report("own", 9, fp=fingerprint(INDEPENDENT["kharkiv"]), drones_launched=120),
        report("other", 10, drones_launched=121),
    ]
    inc = one(reports)
    # three outlets repeat one story (one confirmation); two independent stories agree on ~120
    assert inc.figures.drones_launched == 121
    assert inc.support["drones_launched"] == 2
    assert inc.independent_reports == 3


def test_agreement_decides_within_a_rank_not_across_ranks() -> None:
    inc = one(
        [
            report("air", 6, claimant=AIR_FORCE, missiles_launched=12),
            report("gov1", 7, claimant="Regional governor", missiles_launched=20),
            report("gov2", 8, claimant="Regional governor", missiles_launched=20),
        ]
    )
    assert inc.figures.missiles_launched == 12
    assert inc.support["missiles_launched"] == 1


# --- 3. casualty revisions and stated zeros ----------------------------------------------------


def test_a_later_higher_official_toll_beats_several_early_counts() -> None:
    inc = one(
        [
            report("a", 5, claimant="Kyiv mayor", killed=2),
            report("b", 6, claimant="Regional governor", killed=2),
            report("c", 7, claimant="Kyiv mayor", killed=2),
            report("update", 15, claimant=EMERGENCY, killed=6),
        ]
    )
    assert inc.figures.killed == 6
    assert inc.provenance["killed"] == "r-update"
    assert inc.support["killed"] == 1


def test_a_later_lower_toll_does_not_override_an_agreed_count() -> None:
    inc = one(
        [
            report("a", 6, claimant="Regional governor", injured=30),
            report("b", 7, claimant="Kyiv mayor", injured=31),
            report("city", 12, claimant="Kyiv mayor", injured=9),  # one district's count
        ]
    )
    assert inc.figures.injured == 31
    assert inc.support["injured"] == 2


def test_equally_recent_official_tolls_take_the_higher() -> None:
    inc = one(
        [
            report("a", 12, claimant="Regional governor", injured=40),
            report("b", 12, claimant="Mayor", injured=61),
        ]
    )
    assert inc.figures.injured == 61


def test_media_tolls_are_decided_by_agreement() -> None:
    inc = one([report("a", 6, killed=3), report("b", 7, killed=3), report("c", 12, killed=8)])
    assert inc.figures.killed == 3


def test_a_stated_zero_never_overrides_a_positive_count() -> None:
    inc = one(
        [
            report("count", 6, claimant="Regional governor", injured=23, missiles_launched=4),
            report("none", 12, claimant=EMERGENCY, injured=0),
            report("air", 13, claimant=AIR_FORCE, missiles_launched=0, killed=0),
        ]
    )
    assert inc.figures.injured == 23
    assert inc.figures.missiles_launched == 4  # even against a higher-ranked claimant
    assert inc.figures.killed == 0  # a zero nobody contradicts stands
    assert conflicts(inc, "injured") == [(0, "r-none")]


# --- 4. outlier reports ------------------------------------------------------------------------


def agreed_night() -> list[Report]:
    return [
        report(
            "first",
            7,
            claimant=AIR_FORCE,
            regions=["Kyiv"],
            drones_intercepted=240,
            drones_suppressed=190,
            missiles_launched=3,
            injured=17,
        )
    ]


def test_a_late_report_that_disagrees_on_most_figures_contributes_nothing() -> None:
    late = report(
        "late",
        published="2025-03-14T10:00:00Z",  # five days after the night
        claimant=AIR_FORCE,
        regions=["Lviv"],
        drones_intercepted=300,
        drones_suppressed=410,
        missiles_launched=8,
        injured=0,
        killed=4,
    )
    inc = one([*agreed_night(), late])
    assert inc.figures == Figures(
        drones_intercepted=240, drones_suppressed=190, missiles_launched=3, injured=17
    )
    assert inc.regions == ["Kyiv"]
    assert set(inc.provenance.values()) == {"r-first"}
    assert "killed" not in inc.support
    # still recorded
    assert inc.report_ids == ["r-first", "r-late"]
    assert inc.outlets == ["first.example", "late.example"]
    assert inc.version == 2
    assert conflicts(inc, "drones_suppressed") == [(410, "r-late")]
    assert conflicts(inc, "killed") == [(4, "r-late")]


def test_an_inferred_date_report_that_disagrees_on_most_figures_contributes_nothing() -> None:
    inferred = report(
        "inferred", 12, basis="published", claimant=AIR_FORCE, drones_intercepted=300, missiles_launched=8
    )
    inc = one([*agreed_night(), inferred])
    assert inc.figures.drones_intercepted == 240
    assert inc.figures.missiles_launched == 3


def test_a_timely_explicitly_dated_report_is_never_an_outlier() -> None:
    timely = report("timely", 12, claimant=AIR_FORCE, drones_intercepted=300, missiles_launched=8)
    inc = one([*agreed_night(), timely])
    # one report against one: the more recent wins, as between any equally supported values
    assert inc.figures.drones_intercepted == 300
    assert inc.figures.missiles_launched == 8


def test_a_next_day_report_is_not_late() -> None:
    next_day = report(
        "next",
        published="2025-03-10T20:00:00Z",
        claimant=AIR_FORCE,
        drones_intercepted=300,
        missiles_launched=8,
    )
    assert one([*agreed_night(), next_day]).figures.missiles_launched == 8


def test_a_late_report_that_mostly_agrees_adds_its_figures() -> None:
    late = report(
        "late",
        published="2025-03-13T10:00:00Z",
        claimant=AIR_FORCE,
        regions=["Lviv"],
        drones_intercepted=241,  # within 10 %
        missiles_launched=8,  # disagrees
        killed=2,  # new
        injured=25,  # a later, higher toll is a revision, not a disagreement
    )
    inc = one([*agreed_night(), late])
    assert inc.figures.killed == 2
    assert inc.figures.injured == 25
    assert inc.regions == ["Kyiv", "Lviv"]


def test_disagreeing_on_half_of_its_figures_is_not_most() -> None:
    late = report(
        "late",
        published="2025-03-13T10:00:00Z",
        claimant=AIR_FORCE,
        drones_intercepted=240,
        missiles_launched=8,
    )
    assert one([*agreed_night(), late]).figures.missiles_launched == 8


def test_with_no_well_dated_report_nothing_is_an_outlier() -> None:
    a = report("a", published="2025-03-14T10:00:00Z", claimant=AIR_FORCE, drones_launched=90)
    b = report("b", published="2025-03-15T10:00:00Z", claimant=AIR_FORCE, drones_launched=400)
    assert one([a, b]).figures.drones_launched == 400


# --- 5. support and schema evolution -----------------------------------------------------------


def test_support_counts_independent_reports_of_each_chosen_value() -> None:
    inc = one(
        [
            report("a", 6, claimant=AIR_FORCE, drones_launched=300, drones_intercepted=270),
            report("b", 7, claimant=AIR_FORCE, drones_launched=300),
            report("c", 8, killed=1),
        ]
    )
    assert inc.support == {"drones_launched": 2, "drones_intercepted": 1, "killed": 1}


def test_an_incident_written_before_support_existed_still_decodes() -> None:
    old = (
        b'{"incident_id":"2024-05-01:RU>UA","date":"2024-05-01","attacker":"RU","target":"UA","version":2,'
        b'"figures":{"drones_launched":31,"killed":null},"regions":["Odesa"],"report_ids":["x","y"],'
        b'"article_ids":["x","y"],"outlets":["o.example"],"provenance":{"drones_launched":"x"},'
        b'"conflicts":{"drones_launched":[{"value":29,"report_id":"y"}]},'
        b'"first_seen_at":"2024-05-01T06:00:00Z","updated_at":"2024-05-01T09:00:00Z","independent_reports":2}'
    )
    incident = incident_decoder.decode(old)
    assert incident.support == {}
    assert incident.figures.drones_launched == 31
    assert incident.conflicts["drones_launched"] == [ConflictValue(value=29, report_id="y")]


# --- order independence ------------------------------------------------------------------------

CLAIMANTS = [None, AIR_FORCE, "Regional governor", EMERGENCY, "Russian Ministry of Defence"]
FINGERPRINTS = [
    None,
    fingerprint(WIRE["lviv"]),
    fingerprint(copies("lviv")[0]),
    fingerprint(INDEPENDENT["lviv"]),
]
values = st.sampled_from([None, None, 0, 2, 3, 50, 54, 59, 100, 110])


@st.composite
def reports_st(draw: st.DrawFn) -> Report:
    article = draw(st.sampled_from("abcdefghij"))
    day = draw(st.sampled_from(["2025-03-08", DAY]))
    published = (
        f"2025-03-{draw(st.sampled_from([8, 9, 10, 12])):02d}T{draw(st.sampled_from([6, 12])):02d}:00:00Z"
    )
    figures = {field: draw(values) for field in ("drones_launched", "missiles_launched", "killed", "injured")}
    said = {
        field: draw(st.sampled_from(CLAIMANTS))
        for field, v in figures.items()
        if v is not None and draw(st.booleans())
    }
    built = report(
        article,
        day=day,
        published=published,
        basis=draw(st.sampled_from(["explicit", "published"])),
        claimant=draw(st.sampled_from(CLAIMANTS)),
        said=said,
        regions=draw(st.lists(st.sampled_from(["Kyiv", "Lviv"]), max_size=1)),
        fp=draw(st.sampled_from(FINGERPRINTS)),
        **figures,
    )
    return msgspec.structs.replace(built, report_id=f"r-{article}-{day}")


def encoded(reports: list[Report]) -> list[bytes]:
    incidents = build_incidents(reports)
    return [incident_encoder.encode(incidents[k]) for k in sorted(incidents)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(reports_st(), max_size=10, unique_by=lambda r: r.report_id), st.randoms(use_true_random=False)
)
def test_shuffled_arrivals_and_duplicates_give_byte_identical_incidents(
    reports: list[Report], rnd: Any
) -> None:
    expected = encoded(reports)
    arrivals = reports + rnd.sample(reports, k=min(3, len(reports)))  # redeliveries
    rnd.shuffle(arrivals)
    assert encoded(arrivals) == expected
    assert encoded(list(reversed(arrivals))) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(reports_st(), min_size=1, max_size=10, unique_by=lambda r: r.report_id))
def test_every_chosen_value_is_stated_supported_and_traceable(reports: list[Report]) -> None:
    by_id = {r.report_id: r for r in reports}
    for inc in build_incidents(reports).values():
        for field in FIELDS:
            value = inc.figures.get(field)
            if value is None:
                assert field not in inc.provenance and field not in inc.support
                continue
            source = by_id[inc.provenance[field]]
            assert source.figures.get(field) == value
            assert source.report_id in inc.report_ids
            assert 1 <= inc.support[field] <= inc.independent_reports
            stating = {
                r.report_id
                for r in reports
                if r.report_id in inc.report_ids and r.figures.get(field) is not None
            }
            listed = {c.report_id for c in inc.conflicts.get(field, [])}
            # every report stating another value is listed, and only those
            assert listed == {rid for rid in stating if by_id[rid].figures.get(field) != value}
