"""Tally arithmetic: windows, null semantics, interception ratios, and the incremental key plan."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.figures import FIELDS, Figures
from schemas.incident import Incident
from schemas.tally import WINDOWS, Tally
from schemas.tally import decoder as tally_decoder
from schemas.tally import encoder as tally_encoder
from streams.pipeline import sent, tally
from streams.pipeline.keys import tally_key
from streams.pipeline.tally import Bucket, Held, PairTallies, apply, changes, held, tallies_for

D0 = date(2025, 3, 1)


def by_window(tallies: list[Tally]) -> dict[str, Tally]:
    return {t.window: t for t in tallies}


def test_apply_overwrites_and_deletes() -> None:
    first = Figures(killed=2)
    bucket = apply({}, "2025-03-01:RU>UA", first)
    assert bucket == {"2025-03-01:RU>UA": first}
    again = apply(bucket, "2025-03-01:RU>UA", first)
    assert again == bucket  # a redelivered version changes nothing
    revised = apply(bucket, "2025-03-01:RU>UA", Figures(killed=5))
    assert revised["2025-03-01:RU>UA"].killed == 5
    assert apply(revised, "2025-03-01:RU>UA", None) == {}
    assert apply({}, "2025-03-01:RU>UA", None) == {}  # tombstone for an unknown incident
    assert bucket == {"2025-03-01:RU>UA": first}  # inputs are not mutated


def test_windows_sum_the_right_days() -> None:
    buckets: dict[date, Bucket] = {
        D0: {"a": Figures(drones_launched=10, killed=1)},
        D0 + timedelta(days=5): {"b": Figures(drones_launched=20)},
        D0 + timedelta(days=20): {"c": Figures(drones_launched=40, killed=0)},
        D0 + timedelta(days=40): {"d": Figures(drones_launched=80), "e": Figures(missiles_launched=3)},
    }
    end = D0 + timedelta(days=40)
    t = by_window(tallies_for("RU", "UA", end, buckets))
    assert (t["1d"].start, t["1d"].end) == ("2025-04-10", "2025-04-10")
    assert t["1d"].figures.drones_launched == 80
    assert t["1d"].figures.missiles_launched == 3
    assert t["1d"].incidents == 2
    assert t["7d"].start == "2025-04-04"
    assert t["7d"].figures.drones_launched == 80
    assert t["30d"].start == "2025-03-12"
    assert t["30d"].figures.drones_launched == 120  # day 20 and day 40
    assert t["30d"].figures.killed == 0  # a stated zero is stated
    assert t["all"].start == "2025-03-01"
    assert t["all"].figures.drones_launched == 150
    assert t["all"].figures.killed == 1
    assert t["all"].incidents == 5
    # a field no incident in the window states is null, not 0
    assert t["1d"].figures.killed is None
    assert t["7d"].figures.injured is None


def test_interception_ratio_only_over_incidents_stating_both() -> None:
    buckets: dict[date, Bucket] = {
        D0: {
            "a": Figures(drones_launched=100, drones_intercepted=90),
            "b": Figures(drones_launched=50),  # no intercepted figure: left out of the ratio
            "c": Figures(missiles_launched=3, missiles_intercepted=0),
        },
        D0 + timedelta(days=1): {"d": Figures(drones_launched=20, drones_intercepted=5)},
    }
    t = by_window(tallies_for("RU", "UA", D0 + timedelta(days=1), buckets))
    assert t["7d"].figures.drones_launched == 170
    assert t["7d"].interception_ratio.drones == round(95 / 120, 4) == 0.7917
    assert t["7d"].interception_ratio.missiles == 0.0
    # totals are combined counts (stated, else the sum of stated parts); "b" has no intercepted part
    assert t["7d"].interception_ratio.total == round((90 + 0 + 5) / (100 + 3 + 20), 4)
    assert t["1d"].interception_ratio.drones == 0.25


def test_raising_a_death_toll_moves_tallies_by_the_difference() -> None:
    iid = "2025-03-03:RU>UA"
    day = D0 + timedelta(days=2)
    before: dict[date, Bucket] = {
        D0: {"2025-03-01:RU>UA": Figures(killed=4, injured=10)},
        day: {iid: Figures(killed=3, injured=7)},
    }
    after = dict(before)
    after[day] = apply(before[day], iid, Figures(killed=11, injured=7))
    for end in (day, day + timedelta(days=3)):
        old = by_window(tallies_for("RU", "UA", end, before))
        new = by_window(tallies_for("RU", "UA", end, after))
        for window in ("7d", "30d", "all"):
            assert new[window].figures.killed - old[window].figures.killed == 8  # type: ignore[operator]
            assert new[window].figures.injured == old[window].figures.injured
            assert new[window].incidents == old[window].incidents


def test_changes_plan_on_a_middle_day() -> None:
    days = [D0, D0 + timedelta(days=3), D0 + timedelta(days=10), D0 + timedelta(days=40)]
    buckets: dict[date, Bucket] = {d: {f"{d}:RU>UA": Figures(killed=1)} for d in days}
    plan = changes("RU", "UA", D0 + timedelta(days=3), buckets)
    assert plan.tombstones == []
    expected = {
        tally_key("RU", "UA", "1d", "2025-03-04"),
        tally_key("RU", "UA", "7d", "2025-03-04"),
        tally_key("RU", "UA", "30d", "2025-03-04"),
        tally_key("RU", "UA", "all", "2025-03-04"),
        # day 10 is 7 days later: outside 7d's reach, inside 30d's
        tally_key("RU", "UA", "30d", "2025-03-11"),
        tally_key("RU", "UA", "all", "2025-03-11"),
        tally_key("RU", "UA", "all", "2025-04-10"),
    }
    assert set(plan.emit) == expected


def test_emptied_day_is_tombstoned() -> None:
    buckets: dict[date, Bucket] = {D0: {}, D0 + timedelta(days=1): {"x": Figures(killed=1)}}
    plan = changes("RU", "UA", D0, buckets)
    assert sorted(plan.tombstones) == sorted(tally_key("RU", "UA", w, "2025-03-01") for w in WINDOWS)
    # the next day's tallies lose the emptied day, and "all" now starts on the next day
    assert plan.emit[tally_key("RU", "UA", "all", "2025-03-02")].start == "2025-03-02"


figures_st = st.builds(
    Figures,
    **{f: st.one_of(st.none(), st.integers(min_value=0, max_value=300)) for f in FIELDS},
)
# (day offset, which incident of that day, figures or None = tombstone)
event_st = st.tuples(
    st.integers(min_value=0, max_value=45), st.integers(min_value=0, max_value=1), st.none() | figures_st
)


@settings(max_examples=150, deadline=None)
@given(st.lists(event_st, max_size=40))
def test_incremental_tallies_equal_recomputation(events: list[tuple[int, int, Figures | None]]) -> None:
    """Applying versions one at a time and keeping the latest value per key equals a recomputation."""
    buckets: dict[date, Bucket] = {}
    topic: dict[str, bytes] = {}  # the compacted tallies topic: latest value per key
    for offset, which, figures in events:
        day = D0 + timedelta(days=offset)
        iid = f"{day}:RU>UA" + ("" if which == 0 else f"#{which}")
        buckets[day] = apply(buckets.get(day, {}), iid, figures)
        plan = changes("RU", "UA", day, buckets)
        for key in plan.tombstones:
            topic.pop(key, None)
        for key, value in plan.emit.items():
            topic[key] = tally_encoder.encode(value)
    final: dict[str, bytes] = {}
    for day in sorted(d for d, b in buckets.items() if b):
        for t in tallies_for("RU", "UA", day, buckets):
            final[tally_key("RU", "UA", t.window, t.end)] = tally_encoder.encode(t)
    assert topic == final
    assert {k: tally_encoder.encode(v) for k, v in tally.all_tallies("RU", "UA", buckets).items()} == final


def test_window_totals_count_incidents_that_state_only_their_parts() -> None:
    from datetime import date as _date

    from schemas import Figures
    from streams.pipeline.tally import tallies_for

    day = _date(2025, 3, 1)
    buckets = {
        day: {
            "a": Figures(drones_launched=40, drones_intercepted=30),
            "b": Figures(drones_launched=100, missiles_launched=5, total_launched=105, total_intercepted=90),
            "c": Figures(killed=2),
        }
    }
    one_day = tallies_for("RU", "UA", day, buckets)[0]
    assert one_day.figures.drones_launched == 140
    assert one_day.figures.total_launched == 40 + 105
    assert one_day.figures.total_intercepted == 30 + 90
    assert one_day.interception_ratio.total == round((30 + 90) / (40 + 105), 4)
    assert one_day.figures.missiles_launched == 5


# --- the agent's step --------------------------------------------------------------------------


def test_update_sends_what_changed_once() -> None:
    state = tally.PairTallies("RU", "UA")
    record: dict[str, bytes] = {}
    state.set(D0, {"2025-03-01:RU>UA": Figures(killed=2)})
    first = tally.update(state, [D0], record)
    assert sorted(first.emit) == sorted(tally_key("RU", "UA", w, "2025-03-01") for w in WINDOWS)
    assert first.tombstones == []
    for key, value in first.emit.items():
        sent.record(record, key, value)
    # the same version again: nothing to send
    state.set(D0, {"2025-03-01:RU>UA": Figures(killed=2)})
    assert tally.update(state, [D0], record) == tally.TallyUpdate({}, [])
    # a revised toll: every window of the day is sent again, with the new sum
    state.set(D0, {"2025-03-01:RU>UA": Figures(killed=5)})
    revised = tally.update(state, [D0], record)
    assert sorted(revised.emit) == sorted(first.emit)
    assert tally_decoder.decode(revised.emit[tally_key("RU", "UA", "7d", "2025-03-01")]).figures.killed == 5
    for key, value in revised.emit.items():
        sent.record(record, key, value)
    # the incident deleted: four tombstones, once
    state.set(D0, {})
    gone = tally.update(state, [D0], record)
    assert gone.emit == {}
    assert sorted(gone.tombstones) == sorted(first.emit)
    for key in gone.tombstones:
        sent.record(record, key, None)
    assert tally.update(state, [D0], record) == tally.TallyUpdate({}, [])


@settings(max_examples=100, deadline=None)
@given(st.lists(event_st, max_size=40), st.lists(st.integers(min_value=1, max_value=5), min_size=1))
def test_the_agents_batched_steps_equal_recomputation(
    events: list[tuple[int, int, Figures | None]], sizes: list[int]
) -> None:
    """Versions applied in batches, each batch sending only what changed since it was last sent, leave
    the compacted topic equal to a recomputation."""
    state = tally.PairTallies("RU", "UA")
    record: dict[str, bytes] = {}
    topic: dict[str, bytes] = {}
    start = 0
    for size in sizes * (len(events) + 1):
        batch = events[start : start + size]
        start += size
        if not batch:
            break
        days = []
        for offset, which, figures in batch:
            day = D0 + timedelta(days=offset)
            iid = f"{day}:RU>UA" + ("" if which == 0 else f"#{which}")
            state.set(day, apply(state.buckets.get(day, {}), iid, figures))
            days.append(day)
        step = tally.update(state, days, record)
        for key in step.tombstones:
            topic.pop(key, None)
            sent.record(record, key, None)
        for key, value in step.emit.items():
            topic[key] = value
            sent.record(record, key, value)
    final = {
        tally_key("RU", "UA", t.window, t.end): tally_encoder.encode(t)
        for day in sorted(d for d, b in state.buckets.items() if b)
        for t in tallies_for("RU", "UA", day, state.buckets)
    }
    assert topic == final


# --- corroboration --------------------------------------------------------------------------------


def incident(support: dict[str, int], **figures: int | None) -> Incident:
    return Incident(
        incident_id="2025-03-01:RU>UA",
        date="2025-03-01",
        attacker="RU",
        target="UA",
        version=3,
        figures=Figures(**figures),
        support=support,
    )


def test_held_counts_the_figures_two_independent_reports_state() -> None:
    kept = held(
        incident({"drones_launched": 3, "killed": 1, "injured": 2}, drones_launched=100, killed=2, injured=0)
    )
    assert kept.corroborated == 2  # the launches and the stated zero injured; one report said 2 killed
    assert (kept.drones_launched, kept.killed, kept.injured) == (100, 2, 0)
    # an incident from before support existed: unknown, not "nothing corroborated"
    assert held(incident({}, drones_launched=100)).corroborated is None
    assert held(incident({})).corroborated == 0  # states nothing: nothing to corroborate


def test_corroboration_is_kept_beside_the_figures_and_leaves_the_tallies_alone() -> None:
    buckets: dict[date, Bucket] = {
        D0: {"a": Held(drones_launched=10, killed=1, corroborated=2)},
        D0 + timedelta(days=3): {
            "b": Held(drones_launched=20, injured=4, missiles_launched=1, corroborated=1)
        },
        D0 + timedelta(days=5): {"c": Figures(drones_launched=5)},  # corroboration unknown
    }
    state = PairTallies("RU", "UA", buckets)
    end = D0 + timedelta(days=5)
    headline = {t.window: (t, share) for t, share in state.headline_at(end)}
    assert headline["1d"][1] is None  # only the unknown incident
    assert headline["7d"][1] == 0.6  # 3 of the 5 figures of a and b
    assert headline["all"][1] == 0.6
    assert headline["7d"][0].figures.drones_launched == 35
    assert [t for t, _ in state.headline_at(end)] == tallies_for("RU", "UA", end, buckets)
    plain = {
        day: {k: Figures(**{f: v.get(f) for f in FIELDS}) for k, v in b.items()} for day, b in buckets.items()
    }
    assert tallies_for("RU", "UA", end, plain) == tallies_for("RU", "UA", end, buckets)
