"""streams.agents.metrics and streams.agents.monitoring: names, update methods, one /metrics page per app."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import faust
import pytest
from aiohttp.test_utils import TestClient, TestServer
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import REGISTRY, CollectorRegistry

from schemas import Figures, Incident
from streams.agents import faust_private, monitoring
from streams.agents.metrics import Metrics, country_label
from streams.agents.monitoring import install
from streams.pipeline.tally import Held

RU_UA = {"attacker": "RU", "target": "UA"}


@pytest.fixture
def metrics() -> Metrics:
    return Metrics(CollectorRegistry())


def value(m: Metrics, name: str, **labels: str) -> float | None:
    return m.registry.get_sample_value(name, labels)


# -- naming ---------------------------------------------------------------------------------------


def test_names_follow_prometheus_conventions(metrics: Metrics) -> None:
    families = list(metrics.registry.collect())
    assert families
    for family in families:
        assert family.name.startswith("raidtally_"), family.name
        # prometheus_client strips _total from a counter family's name and adds it to the samples;
        # a gauge or histogram named *_total would break the "_total only on counters" rule.
        assert not family.name.endswith("_total"), family.name
        assert "_milliseconds" not in family.name and not family.name.endswith("_ms"), family.name
        if family.type == "counter":
            assert all(s.name.endswith(("_total", "_created")) for s in family.samples), family.name
    names = {f.name for f in families}
    assert {
        "raidtally_launched",
        "raidtally_intercepted",
        "raidtally_interception_ratio",
        "raidtally_killed",
        "raidtally_injured",
        "raidtally_incidents",
        "raidtally_corroborated_ratio",
        "raidtally_stage_latency_seconds",
        "raidtally_publication_lag_seconds",
        "raidtally_watermark_timestamp_seconds",
    } <= names


def test_two_metrics_objects_live_in_one_process() -> None:
    first, second = Metrics(CollectorRegistry()), Metrics(CollectorRegistry())
    first.consumed()
    assert value(first, "raidtally_articles_consumed_total") == 1
    assert value(second, "raidtally_articles_consumed_total") == 0


def test_one_registry_cannot_hold_two_metrics_objects() -> None:
    registry = CollectorRegistry()
    Metrics(registry)
    with pytest.raises(ValueError, match="Duplicated"):
        Metrics(registry)


@pytest.mark.parametrize(
    ("code", "label"),
    [("RU", "RU"), ("ua", "UA"), (" by ", "BY"), ("Russia", "other"), ("", "other"), ("R1", "other")],
)
def test_country_labels_are_bounded(code: str, label: str) -> None:
    assert country_label(code) == label


# -- headline tallies: from the tally state, as the tally agent drives them ---------------------------
#
# The state is what the tally agent holds per attacker>target: {day: {incident_id: Figures}}, one
# incident per pair and day. Every expected value below is worked out by hand from the figures given.


def bucket(day: date, **figures: int | None) -> dict[str, Figures]:
    return {f"{day.isoformat()}:RU>UA": Figures(**figures)}


JUL = {d: date(2025, 7, d) for d in range(1, 32)}
# midnight UTC of 2025-07-10 / 2025-07-11, unix seconds
JUL_10_UTC = 1752105600
JUL_11_UTC = JUL_10_UTC + 86400


def test_buckets_set_the_domain_gauges_at_the_watermark(metrics: Metrics) -> None:
    metrics.observe_buckets(
        "RU",
        "UA",
        {
            JUL[4]: bucket(
                JUL[4],
                drones_launched=300,
                drones_intercepted=270,
                drones_suppressed=20,
                missiles_launched=8,
                missiles_intercepted=2,
                total_launched=308,
                total_intercepted=272,
                killed=2,
                injured=10,
            ),
            JUL[10]: bucket(
                JUL[10],
                drones_launched=180,
                drones_intercepted=162,
                drones_suppressed=10,
                missiles_launched=4,
                missiles_intercepted=1,
                total_launched=184,
                total_intercepted=163,
                injured=7,
            ),
        },
    )
    # the watermark is the latest day with an incident; the headline windows end there
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == JUL_10_UTC
    w = {**RU_UA, "window": "7d"}  # 07-04..07-10: both incidents
    assert value(metrics, "raidtally_launched", **w, weapon="drones") == 480
    assert value(metrics, "raidtally_launched", **w, weapon="missiles") == 12
    assert value(metrics, "raidtally_launched", **w, weapon="total") == 492
    assert value(metrics, "raidtally_intercepted", **w, weapon="drones") == 432
    assert value(metrics, "raidtally_intercepted", **w, weapon="total") == 435
    assert value(metrics, "raidtally_interception_ratio", **w, weapon="drones") == 0.9  # 432/480
    assert value(metrics, "raidtally_interception_ratio", **w, weapon="missiles") == 0.25  # 3/12
    assert value(metrics, "raidtally_interception_ratio", **w, weapon="total") == 0.8841  # 435/492
    assert value(metrics, "raidtally_drones_suppressed", **w) == 30
    assert value(metrics, "raidtally_killed", **w) == 2
    assert value(metrics, "raidtally_injured", **w) == 17
    assert value(metrics, "raidtally_incidents", **w) == 2
    d1 = {**RU_UA, "window": "1d"}  # 07-10 only
    assert value(metrics, "raidtally_launched", **d1, weapon="drones") == 180
    assert value(metrics, "raidtally_incidents", **d1) == 1
    assert value(metrics, "raidtally_killed", **d1) is None  # 07-10's incident states no deaths
    # state changes are not tally messages: the agent counts those (tally_sent)
    assert value(metrics, "raidtally_tally_updates_total") == 0


def test_unstated_figures_and_undefined_ratio_have_no_sample(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], drones_launched=50, injured=0)})
    w = {**RU_UA, "window": "7d"}
    # null is not zero: nobody stated deaths or missiles in the window, so nothing is exported
    assert value(metrics, "raidtally_killed", **w) is None
    assert value(metrics, "raidtally_launched", **w, weapon="missiles") is None
    assert value(metrics, "raidtally_drones_suppressed", **w) is None
    assert value(metrics, "raidtally_launched", **w, weapon="drones") == 50
    # an incident naming only drones still counts in the total launched (its combined count)
    assert value(metrics, "raidtally_launched", **w, weapon="total") == 50
    assert value(metrics, "raidtally_intercepted", **w, weapon="total") is None
    # a stated zero ("no one was hurt") is a value
    assert value(metrics, "raidtally_injured", **w) == 0
    # nothing intercepted was stated: no ratio sample, rather than a made-up 0
    assert value(metrics, "raidtally_interception_ratio", **w, weapon="drones") is None
    assert value(metrics, "raidtally_interception_ratio", **w, weapon="total") is None


def test_a_figure_no_longer_stated_loses_its_sample(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], killed=3, missiles_launched=6)})
    w = {**RU_UA, "window": "7d"}
    assert value(metrics, "raidtally_killed", **w) == 3
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10", "missiles") == 6
    # the incident was revised: it states neither any more
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], drones_launched=40)})
    assert value(metrics, "raidtally_killed", **w) is None
    assert value(metrics, "raidtally_launched", **w, weapon="missiles") is None
    assert value(metrics, "raidtally_launched", **w, weapon="drones") == 40
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10", "missiles") is None
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10", "drones") == 40


def test_corroborated_ratio_is_the_share_of_stated_figures_two_reports_state(metrics: Metrics) -> None:
    three_of_four = Held(drones_launched=300, drones_intercepted=270, killed=2, injured=0, corroborated=3)
    alone = Held(drones_launched=40, missiles_launched=2, corroborated=0)
    buckets = {JUL[4]: {"2025-07-04:RU>UA": three_of_four}, JUL[10]: {"2025-07-10:RU>UA": alone}}
    metrics.observe_buckets("RU", "UA", buckets)
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="7d") == 0.5  # 3 of 6
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="1d") == 0  # a value, not null
    # a revision that a second report confirms moves it
    buckets[JUL[10]] = {"2025-07-10:RU>UA": Held(drones_launched=40, missiles_launched=2, corroborated=2)}
    metrics.observe_buckets("RU", "UA", buckets)
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="1d") == 1


def test_corroborated_ratio_has_no_sample_without_a_known_figure(metrics: Metrics) -> None:
    # nothing stated, or incidents from before support was kept: no sample rather than a made-up 0
    metrics.observe_buckets("RU", "UA", {JUL[10]: {"2025-07-10:RU>UA": Held(corroborated=0)}})
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="7d") is None
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], drones_launched=50)})
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="7d") is None
    metrics.observe_buckets("RU", "UA", {JUL[10]: {"2025-07-10:RU>UA": Held(killed=1, corroborated=1)}})
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="7d") == 1
    metrics.observe_buckets("RU", "UA", {JUL[10]: {"2025-07-10:RU>UA": Held(killed=1)}})
    assert value(metrics, "raidtally_corroborated_ratio", **RU_UA, window="7d") is None


def test_ratio_sample_disappears_when_it_becomes_undefined(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], total_launched=10, total_intercepted=5)})
    w = {**RU_UA, "window": "7d", "weapon": "total"}
    assert value(metrics, "raidtally_interception_ratio", **w) == 0.5
    # revised: the intercepted count is withdrawn, so the ratio is undefined again
    metrics.observe_buckets("RU", "UA", {JUL[10]: bucket(JUL[10], total_launched=10)})
    assert value(metrics, "raidtally_interception_ratio", **w) is None
    assert value(metrics, "raidtally_launched", **w) == 10


def test_late_revised_and_newer_incidents_move_the_headline(metrics: Metrics) -> None:
    state: dict[date, dict[str, Figures]] = {JUL[10]: bucket(JUL[10], killed=5)}
    metrics.observe_buckets("RU", "UA", state)
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") == 5
    # a late incident of an earlier day: the watermark and the headline's end stay on 07-10,
    # the 1d gauge keeps 07-10's toll and the 7d gauge takes the late day in
    state[JUL[8]] = bucket(JUL[8], killed=9)
    metrics.observe_buckets("RU", "UA", state)
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == JUL_10_UTC
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") == 5
    assert value(metrics, "raidtally_killed", **RU_UA, window="7d") == 14
    # a revised toll of the watermark's day moves the gauges by the difference
    state[JUL[10]] = bucket(JUL[10], killed=6)
    metrics.observe_buckets("RU", "UA", state)
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") == 6
    assert value(metrics, "raidtally_killed", **RU_UA, window="7d") == 15
    # a newer incident moves the watermark on, and the headline with it
    state[JUL[11]] = bucket(JUL[11], killed=1)
    metrics.observe_buckets("RU", "UA", state)
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == JUL_11_UTC
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") == 1
    assert value(metrics, "raidtally_killed", **RU_UA, window="7d") == 16  # 07-05..07-11


def test_an_explicit_end_wins_over_the_watermark(metrics: Metrics) -> None:
    state = {JUL[1]: bucket(JUL[1], killed=3), JUL[10]: bucket(JUL[10], killed=5)}
    metrics.observe_buckets("RU", "UA", state, end=JUL[5])
    # the windows end on 07-05 (06-29..07-05 for 7d): 07-10's incident is not in any of them
    assert value(metrics, "raidtally_killed", **RU_UA, window="7d") == 3
    assert value(metrics, "raidtally_killed", **RU_UA, window="all") == 3
    assert value(metrics, "raidtally_incidents", **RU_UA, window="1d") == 0
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") is None
    # nor in the daily series, which ends where the headline ends; the watermark is still 07-10
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10") is None
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == JUL_10_UTC


def test_windows_are_separate_series(metrics: Metrics) -> None:
    metrics.observe_buckets(
        "RU",
        "UA",
        {
            date(2025, 1, 1): bucket(date(2025, 1, 1), injured=100),
            date(2025, 6, 15): bucket(date(2025, 6, 15), injured=33, killed=4),  # 30d: 06-11..07-10
            JUL[5]: bucket(JUL[5], injured=5),
            JUL[10]: bucket(JUL[10], injured=2),
        },
    )
    assert value(metrics, "raidtally_injured", **RU_UA, window="1d") == 2
    assert value(metrics, "raidtally_injured", **RU_UA, window="7d") == 7  # 2 + 5
    assert value(metrics, "raidtally_injured", **RU_UA, window="30d") == 40  # 2 + 5 + 33
    assert value(metrics, "raidtally_injured", **RU_UA, window="all") == 140  # 2 + 5 + 33 + 100
    assert value(metrics, "raidtally_incidents", **RU_UA, window="30d") == 3
    # deaths were stated only on 2025-06-15: no sample in the windows that do not reach it
    assert value(metrics, "raidtally_killed", **RU_UA, window="1d") is None
    assert value(metrics, "raidtally_killed", **RU_UA, window="7d") is None
    assert value(metrics, "raidtally_killed", **RU_UA, window="30d") == 4


def test_gauge_labels_stay_bounded(metrics: Metrics) -> None:
    metrics.observe_buckets("Russia", "ua", {JUL[10]: {"2025-07-10:Russia>ua": Figures(killed=1)}})
    # a name that is not an ISO code is exported as "other"; codes are upper-cased
    assert value(metrics, "raidtally_killed", attacker="other", target="UA", window="7d") == 1
    samples = [s for f in metrics.registry.collect() if f.name == "raidtally_killed" for s in f.samples]
    assert {s.labels["attacker"] for s in samples} == {"other"}
    assert {s.labels["target"] for s in samples} == {"UA"}
    assert {s.labels["window"] for s in samples} == {"1d", "7d", "30d", "all"}


def test_tally_sent_counts_each_message(metrics: Metrics) -> None:
    assert value(metrics, "raidtally_tally_updates_total") == 0  # exists from the start
    for _ in range(5):
        metrics.tally_sent()
    assert value(metrics, "raidtally_tally_updates_total") == 5


# -- daily series ---------------------------------------------------------------------------------


def daily(m: Metrics, name: str, day: str, weapon: str = "total") -> float | None:
    return value(m, name, **RU_UA, weapon=weapon, date=day)


def test_daily_series_sets_one_sample_per_day(metrics: Metrics) -> None:
    metrics.observe_daily(
        "RU",
        "UA",
        date(2025, 7, 10),
        {
            date(2025, 7, 9): Figures(drones_launched=120, drones_intercepted=100, total_launched=120),
            date(2025, 7, 10): Figures(missiles_launched=8, missiles_intercepted=6, total_intercepted=6),
        },
    )
    assert daily(metrics, "raidtally_daily_launched", "2025-07-09", "drones") == 120
    assert daily(metrics, "raidtally_daily_intercepted", "2025-07-09", "drones") == 100
    assert daily(metrics, "raidtally_daily_launched", "2025-07-09") == 120
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10", "missiles") == 8
    assert daily(metrics, "raidtally_daily_intercepted", "2025-07-10") == 6
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10", "drones") is None  # not stated


def test_daily_series_keeps_exactly_ninety_days(metrics: Metrics) -> None:
    end = date(2025, 7, 10)
    # 2025-04-12 is the 90th day ending 2025-07-10 (inclusive); 2025-04-11 the 91st.
    metrics.observe_daily(
        "RU",
        "UA",
        end,
        {
            date(2025, 4, 11): Figures(total_launched=1),
            date(2025, 4, 12): Figures(total_launched=2),
            date(2025, 7, 11): Figures(total_launched=3),  # after the end: not shown
        },
    )
    assert daily(metrics, "raidtally_daily_launched", "2025-04-11") is None
    assert daily(metrics, "raidtally_daily_launched", "2025-04-12") == 2
    assert daily(metrics, "raidtally_daily_launched", "2025-07-11") is None


def test_daily_series_prunes_old_and_vanished_days(metrics: Metrics) -> None:
    first = {date(2025, 4, 20): Figures(total_launched=40), date(2025, 7, 1): Figures(total_launched=70)}
    metrics.observe_daily("RU", "UA", "2025-07-10", first)
    assert daily(metrics, "raidtally_daily_launched", "2025-04-20") == 40
    # the watermark moved past 2025-04-20's 90 days, and 2025-07-01's incident moved to 2025-07-02
    second = {**first, date(2025, 7, 2): Figures(total_launched=70)}
    del second[date(2025, 7, 1)]
    metrics.observe_daily("RU", "UA", date(2025, 7, 25), second)
    assert daily(metrics, "raidtally_daily_launched", "2025-04-20") is None
    assert daily(metrics, "raidtally_daily_launched", "2025-07-01") is None
    assert daily(metrics, "raidtally_daily_intercepted", "2025-07-01") is None
    assert daily(metrics, "raidtally_daily_launched", "2025-07-02") == 70
    samples = [
        s for f in metrics.registry.collect() if f.name == "raidtally_daily_launched" for s in f.samples
    ]
    assert len(samples) == 1  # one date, and only its total is stated


def test_daily_series_of_other_pairs_are_independent(metrics: Metrics) -> None:
    metrics.observe_daily("RU", "UA", date(2025, 7, 10), {date(2025, 7, 10): Figures(total_launched=5)})
    metrics.observe_daily("UA", "RU", date(2025, 7, 10), {date(2025, 7, 9): Figures(total_launched=7)})
    assert daily(metrics, "raidtally_daily_launched", "2025-07-10") == 5
    assert (
        value(
            metrics, "raidtally_daily_launched", attacker="UA", target="RU", weapon="total", date="2025-07-09"
        )
        == 7
    )


# -- from the tally state --------------------------------------------------------------------------


def state() -> dict[date, dict[str, Figures]]:
    return {
        date(2025, 6, 1): {"2025-06-01:RU>UA": Figures(drones_launched=50, killed=3)},
        date(2025, 7, 1): {
            "2025-07-01:RU>UA": Figures(
                drones_launched=100, drones_intercepted=80, total_launched=100, total_intercepted=80, killed=1
            )
        },
        date(2025, 7, 3): {},  # its incident moved to another day
        date(2025, 7, 6): {
            "2025-07-06:RU>UA": Figures(
                drones_launched=200,
                drones_intercepted=190,
                missiles_launched=10,
                missiles_intercepted=5,
                total_launched=210,
                total_intercepted=195,
                injured=12,
            )
        },
    }


def test_buckets_drive_headline_daily_and_watermark(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", state())
    # 2025-07-06T00:00:00Z
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751760000
    d7, d30, all_time = ({**RU_UA, "window": w} for w in ("7d", "30d", "all"))
    assert value(metrics, "raidtally_launched", **d7, weapon="total") == 310
    assert value(metrics, "raidtally_launched", **d7, weapon="drones") == 300
    assert value(metrics, "raidtally_intercepted", **d7, weapon="total") == 275
    assert value(metrics, "raidtally_interception_ratio", **d7, weapon="total") == 0.8871  # 275/310
    assert value(metrics, "raidtally_incidents", **d7) == 2
    assert value(metrics, "raidtally_killed", **d30) == 1  # 2025-06-01 is 35 days back
    assert value(metrics, "raidtally_injured", **d30) == 12
    assert value(metrics, "raidtally_killed", **all_time) == 4
    assert value(metrics, "raidtally_launched", **all_time, weapon="drones") == 350
    assert value(metrics, "raidtally_launched", **RU_UA, window="1d", weapon="total") == 210
    assert daily(metrics, "raidtally_daily_launched", "2025-07-06", "missiles") == 10
    assert daily(metrics, "raidtally_daily_intercepted", "2025-07-01") == 80
    assert daily(metrics, "raidtally_daily_launched", "2025-06-01", "drones") == 50
    assert daily(metrics, "raidtally_daily_launched", "2025-07-03") is None
    # a day whose incident names only drones still has a total (its combined count), and no missiles
    assert daily(metrics, "raidtally_daily_launched", "2025-06-01") == 50
    assert daily(metrics, "raidtally_daily_launched", "2025-06-01", "missiles") is None
    # state changes are not tally writes: the agent counts those
    assert value(metrics, "raidtally_tally_updates_total") == 0


def test_buckets_follow_an_incident_that_moved_day(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", state())
    moved = state()
    moved[date(2025, 7, 5)] = {"2025-07-05:RU>UA": moved.pop(date(2025, 7, 6))["2025-07-06:RU>UA"]}
    metrics.observe_buckets("RU", "UA", moved)
    # 2025-07-05T00:00:00Z: the watermark follows the state back
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751673600
    assert daily(metrics, "raidtally_daily_launched", "2025-07-06") is None
    assert daily(metrics, "raidtally_daily_launched", "2025-07-05") == 210
    assert value(metrics, "raidtally_launched", **RU_UA, window="1d", weapon="total") == 210


def test_buckets_with_a_wall_clock_end(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", state(), end=date(2025, 7, 10))
    assert value(metrics, "raidtally_launched", **RU_UA, window="7d", weapon="total") == 210  # 07-04..07-10
    assert value(metrics, "raidtally_incidents", **RU_UA, window="1d") == 0
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751760000


def test_empty_state_changes_nothing(metrics: Metrics) -> None:
    metrics.observe_buckets("RU", "UA", {date(2025, 7, 3): {}})
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) is None


# -- pipeline health ------------------------------------------------------------------------------


def test_extract_counters(metrics: Metrics) -> None:
    for _ in range(3):
        metrics.consumed()
    metrics.rejected("not_json")
    metrics.rejected("made_up_reason")
    metrics.extracted(0)
    metrics.extracted(2)
    assert value(metrics, "raidtally_articles_consumed_total") == 3
    assert value(metrics, "raidtally_articles_rejected_total", reason="not_json") == 1
    assert value(metrics, "raidtally_articles_rejected_total", reason="other") == 1
    assert value(metrics, "raidtally_articles_rejected_total", reason="made_up_reason") is None
    assert value(metrics, "raidtally_articles_rejected_total", reason="too_large") == 0
    assert value(metrics, "raidtally_articles_without_event_total") == 1
    assert value(metrics, "raidtally_reports_total") == 2


def test_duplicates_by_kind(metrics: Metrics) -> None:
    metrics.duplicate("exact")
    metrics.duplicate("syndicated")
    metrics.duplicate("syndicated")
    assert value(metrics, "raidtally_duplicates_total", kind="exact") == 1
    assert value(metrics, "raidtally_duplicates_total", kind="syndicated") == 2


def incident(day: str, version: int = 1) -> Incident:
    return Incident(
        incident_id=f"{day}:RU>UA",
        date=day,
        attacker="RU",
        target="UA",
        version=version,
        figures=Figures(killed=1),
    )


def test_incident_versions_and_watermark(metrics: Metrics) -> None:
    metrics.observe_incident(incident("2025-07-04"))
    assert value(metrics, "raidtally_incident_versions_total") == 1
    # 2025-07-04T00:00:00Z
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751587200
    metrics.observe_incident(incident("2025-06-30"))  # late: the watermark stays
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751587200
    metrics.observe_incident(incident("2025-07-05", version=2))
    assert value(metrics, "raidtally_watermark_timestamp_seconds", **RU_UA) == 1751587200 + 86400
    assert value(metrics, "raidtally_incident_versions_total") == 3


def test_publication_lag_in_seconds(metrics: Metrics) -> None:
    processed = datetime(2025, 7, 4, 7, 30, tzinfo=UTC)
    metrics.observe_publication_lag("2025-07-04T06:00:00Z", processed)  # 5400 s
    metrics.observe_publication_lag("2025-07-04T09:00:00+03:00", processed)  # 06:00Z: 5400 s
    metrics.observe_publication_lag("not a date", processed)  # skipped
    assert value(metrics, "raidtally_publication_lag_seconds_count") == 2
    assert value(metrics, "raidtally_publication_lag_seconds_sum") == 10800
    assert value(metrics, "raidtally_publication_lag_seconds_bucket", le="3600.0") == 0
    assert value(metrics, "raidtally_publication_lag_seconds_bucket", le="10800.0") == 2


def test_publication_in_the_future_counts_as_no_lag(metrics: Metrics) -> None:
    processed = datetime(2025, 7, 4, 7, 30, tzinfo=UTC)
    metrics.observe_publication_lag((processed + timedelta(seconds=30)).isoformat(), processed)
    assert value(metrics, "raidtally_publication_lag_seconds_sum") == 0
    assert value(metrics, "raidtally_publication_lag_seconds_count") == 1


def test_stage_latency(metrics: Metrics) -> None:
    metrics.observe_latency("extract", 0.1)
    metrics.observe_latency("merge", 0.2)
    assert value(metrics, "raidtally_stage_latency_seconds_count", stage="extract") == 1
    assert value(metrics, "raidtally_stage_latency_seconds_sum", stage="merge") == 0.2
    assert value(metrics, "raidtally_stage_latency_seconds_count", stage="tally") == 0


# -- monitoring: one /metrics page per Faust app ----------------------------------------------------


def new_app(name: str) -> faust.App:
    return faust.App(name, broker="kafka://127.0.0.1:1", web_port=6066)


async def fetch_metrics(app: faust.App) -> tuple[int, str, str]:
    async with TestClient(TestServer(await app.web.wsgi())) as client:
        response = await client.get("/metrics")
        return response.status, response.headers.get("Content-Type", ""), await response.text()


def test_one_page_serves_ours_and_faust_metrics() -> None:
    app = new_app("raidtally-test-page")
    metrics = Metrics(CollectorRegistry())
    install(app, metrics.registry)
    metrics.consumed()
    # what Faust's consumer reports while it reads: end offset and committed offset of a partition
    app.monitor.track_tp_end_offset(TP("raidtally.articles", 0), 42)
    app.monitor.on_tp_commit({TP("raidtally.articles", 0): 40})
    status, content_type, text = asyncio.run(fetch_metrics(app))
    assert status == 200
    assert content_type.startswith("text/plain")
    lines = text.splitlines()
    assert "raidtally_articles_consumed_total 1.0" in lines
    assert 'faust_topic_partition_end_offset{partition="0",topic="raidtally.articles"} 42.0' in lines
    assert 'faust_topic_partition_offset_commited{partition="0",topic="raidtally.articles"} 40.0' in lines
    assert any(line.startswith("process_start_time_seconds ") for line in lines)


def test_faust_and_our_names_do_not_overlap() -> None:
    app = new_app("raidtally")  # the default app id: Faust would prefix its metrics with it
    metrics = Metrics(CollectorRegistry())
    ours = {f.name for f in metrics.registry.collect()}
    install(app, metrics.registry)
    added = {f.name for f in metrics.registry.collect()} - ours
    faust_names = {n for n in added if not n.startswith("process_")}
    assert faust_names, "Faust's sensor registered nothing"
    assert all(n.startswith("faust_") for n in faust_names), sorted(faust_names)


def test_two_apps_in_one_process_have_separate_pages() -> None:
    first, second = new_app("raidtally-test-a"), new_app("raidtally-test-b")
    first_metrics, second_metrics = Metrics(CollectorRegistry()), Metrics(CollectorRegistry())
    install(first, first_metrics.registry)
    install(second, second_metrics.registry)
    first_metrics.extracted(3)
    _, _, first_text = asyncio.run(fetch_metrics(first))
    _, _, second_text = asyncio.run(fetch_metrics(second))
    assert "raidtally_reports_total 3.0" in first_text.splitlines()
    assert "raidtally_reports_total 0.0" in second_text.splitlines()


def test_the_process_wide_metrics_use_their_own_registry() -> None:
    assert isinstance(monitoring.metrics, Metrics)
    assert monitoring.metrics.registry is not REGISTRY


def test_a_registry_cannot_serve_two_apps() -> None:
    registry = Metrics(CollectorRegistry()).registry
    install(new_app("raidtally-test-c"), registry)
    with pytest.raises(ValueError, match="its own registry"):
        install(new_app("raidtally-test-d"), registry)


class _Named:
    """Stands in for a Faust stream, table, message or app in the sensor's hooks (they read a few fields)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shortlabel = f"Stream: {name}"
        self.task_owner = self
        self.rebalancing_count = 1


def _drive(monitor: PrometheusMonitor) -> None:
    """The same hook calls, in the same order, as a worker makes them: before and after a rebalance."""
    streams = [_Named("extract_reports"), _Named("merge_incidents")]
    table = _Named("merge-buckets")
    for round_ in range(2):
        for i in range(5):
            tp = TP(f"raidtally.{'articles' if i % 2 else 'reports'}", i % 3)
            monitor.on_message_in(tp, 10 * round_ + i, _Named("message"))  # type: ignore[arg-type]
            state = monitor.on_stream_event_in(tp, i, streams[i % 2], None)  # type: ignore[arg-type]
            monitor.on_table_get(table, b"k")  # type: ignore[arg-type]
            if i % 2:
                monitor.on_table_set(table, b"k", b"v")  # type: ignore[arg-type]
            else:
                monitor.on_table_del(table, b"k")  # type: ignore[arg-type]
            monitor.on_send_initiated(None, f"raidtally.{'incidents' if i % 2 else 'tallies'}", None, 1, 2)  # type: ignore[arg-type]
            monitor.on_stream_event_out(tp, i, streams[i % 2], None, state)  # type: ignore[arg-type]
            monitor.track_tp_end_offset(tp, 100 * round_ + i)
        if round_ == 0:
            # A rebalance removes the per-topic and per-partition children; counting starts over.
            monitor.on_rebalance_start(_Named("app"))  # type: ignore[arg-type]
            monitor.track_tp_end_offset(TP("raidtally.articles", 5), 7)


def _counts(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every counter and gauge sample (histograms hold timings, which differ run to run)."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in registry.collect()
        if family.type in ("counter", "gauge")
        for sample in family.samples
        if not sample.name.endswith("_created")  # when the series was made: differs run to run
    }


def test_sensor_keeps_faust_metrics_while_looking_children_up_once() -> None:
    faust_registry, our_registry = CollectorRegistry(), CollectorRegistry()
    faust_monitor = PrometheusMonitor(metrics=FaustMetrics.create(faust_registry, "faust"))
    sensor = faust_private.Sensor(metrics=FaustMetrics.create(our_registry, "faust"))
    _drive(faust_monitor)
    _drive(sensor)
    expected = _counts(faust_registry)
    assert expected[("faust_messages_received_total", ())] == 10
    assert _counts(our_registry) == expected
