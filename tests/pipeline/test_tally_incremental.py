"""PairTallies (the agent's incremental tally state) gives exactly what a recomputation gives."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.figures import Figures
from streams.pipeline.tally import (
    WINDOW_DAYS,
    Bucket,
    Held,
    PairTallies,
    all_tallies,
    apply,
    changes,
    tallies_for,
)

D0 = date(2024, 12, 20)

versions = st.lists(
    st.tuples(
        st.integers(0, 45),  # day offset: windows of 1, 7 and 30 days and the all-time start
        st.sampled_from(["a", "b"]),  # two incidents may share a day
        st.one_of(
            st.none(),  # tombstone
            st.builds(
                Figures,
                drones_launched=st.one_of(st.none(), st.integers(0, 500)),
                drones_intercepted=st.one_of(st.none(), st.integers(0, 500)),
                killed=st.one_of(st.none(), st.integers(0, 9)),
            ),
            st.builds(
                Held,
                drones_launched=st.one_of(st.none(), st.integers(0, 500)),
                killed=st.one_of(st.none(), st.integers(0, 9)),
                corroborated=st.one_of(st.none(), st.integers(0, 2)),
            ),
        ),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(versions)
def test_incremental_changes_equal_stateless_changes(stream: list[tuple[int, str, Figures | None]]) -> None:
    state = PairTallies("RU", "UA")
    plain: dict[date, Bucket] = {}
    for offset, name, figures in stream:
        day = D0 + timedelta(days=offset)
        bucket = apply(plain.get(day, {}), f"{day}:RU>UA:{name}", figures)
        if bucket:
            plain[day] = bucket
        else:
            plain.pop(day, None)
        state.set(day, bucket)
        assert state.changes(day) == changes("RU", "UA", day, plain)
    assert state.buckets == plain


def test_emitted_all_tallies_match_a_recomputation_after_a_late_day() -> None:
    """A late incident before the cached days must refresh every later all-time tally."""
    state = PairTallies("RU", "UA")
    written = {}
    for offset in (0, 3, 10, 40):
        day = D0 + timedelta(days=offset)
        state.set(day, {f"{day}:RU>UA": Figures(drones_launched=10 * (offset + 1))})
        written.update(state.changes(day).emit)
    late = D0 + timedelta(days=1)
    state.set(late, {f"{late}:RU>UA": Figures(drones_launched=7)})
    written.update(state.changes(late).emit)
    expected = all_tallies("RU", "UA", state.buckets)
    assert written == expected
    assert expected["RU>UA:all:2025-01-29"].figures.drones_launched == 10 + 40 + 110 + 410 + 7


def _applied(stream: list[tuple[int, str, Figures | None]]) -> tuple[PairTallies, dict[date, Bucket]]:
    """The running state after every version of ``stream``, and the plain buckets beside it."""
    state = PairTallies("RU", "UA")
    plain: dict[date, Bucket] = {}
    for offset, name, figures in stream:
        day = D0 + timedelta(days=offset)
        bucket = apply(plain.get(day, {}), f"{day}:RU>UA:{name}", figures)
        plain[day] = bucket
        state.set(day, bucket)
        state.changes(day)  # fills part of the cache, as the agent does
    return state, plain


@settings(max_examples=150, deadline=None)
@given(versions, st.integers(-3, 80))
def test_tallies_at_any_end_equal_a_recomputation(
    stream: list[tuple[int, str, Figures | None]], end_offset: int
) -> None:
    """The dashboard's headline tallies (any end date, wall-clock mode too) from the running sums."""
    state, plain = _applied(stream)
    end = D0 + timedelta(days=end_offset)
    assert state.tallies_at(end) == tallies_for("RU", "UA", end, plain)


@settings(max_examples=150, deadline=None)
@given(versions, st.lists(st.integers(-2, 50), min_size=1, max_size=6))
def test_changes_of_a_batch_equal_the_union_of_single_changes(
    stream: list[tuple[int, str, Figures | None]], changed_offsets: list[int]
) -> None:
    """The tally agent handles a batch of versions with one changes_many: the same writes as one by one."""
    state = PairTallies("RU", "UA")
    for offset, name, figures in stream:
        day = D0 + timedelta(days=offset)
        state.set(day, apply(state.buckets.get(day, {}), f"{day}:RU>UA:{name}", figures))
    changed = [D0 + timedelta(days=k) for k in changed_offsets]
    emit: dict[str, object] = {}
    tombstones: set[str] = set()
    for day in changed:
        single = state.changes(day)
        emit.update(single.emit)
        tombstones.update(single.tombstones)
    batch = state.changes_many(changed)
    assert batch.emit == emit
    assert set(batch.tombstones) == tombstones


def _share(buckets: dict[date, Bucket], first: date, end: date) -> float | None:
    """The corroborated share of the days first..end, counted by hand."""
    checked = corroborated = 0
    for day, bucket in buckets.items():
        if first <= day <= end:
            for figures in bucket.values():
                if isinstance(figures, Held) and figures.corroborated is not None:
                    checked += len(figures.stated())
                    corroborated += figures.corroborated
    return round(corroborated / checked, 4) if checked else None


@settings(max_examples=150, deadline=None)
@given(versions, st.integers(-3, 80))
def test_corroborated_shares_at_any_end_equal_a_count(
    stream: list[tuple[int, str, Figures | None]], end_offset: int
) -> None:
    state, plain = _applied(stream)
    end = D0 + timedelta(days=end_offset)
    shares = {tally.window: share for tally, share in state.headline_at(end)}
    for window, span in WINDOW_DAYS.items():
        assert shares[window] == _share(plain, end - timedelta(days=span - 1), end)
    assert shares["all"] == _share(plain, date.min, end)
