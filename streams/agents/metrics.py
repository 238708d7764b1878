"""Every Prometheus metric of raidtally, defined in one place.

``Metrics(registry)`` builds them on the given registry (tests pass a fresh ``CollectorRegistry``);
agents call one method per event with our schema objects. Naming follows Prometheus conventions:
``raidtally_<snake>``, base units (seconds), ``_total`` only on counters (prometheus_client appends
it to Counter names), and every label has a bounded set of values:

- ``attacker``/``target``: ISO-3166 alpha-2 codes (anything else is exported as ``other``);
- ``window``: 1d/7d/30d/all; ``weapon``: drones/missiles/total; ``stage``: extract/merge/tally;
- ``reason``: the rejection reasons of ``schemas.rejected``; ``kind``: exact/syndicated;
- ``date``: the last 90 days before the latest daily series of that attacker>target (pruned).

Metric values are the only place where wall-clock time is allowed (publication lag); nothing here
reaches a topic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Literal

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from schemas import Figures, Incident, Tally
from schemas.rejected import REASONS
from streams.pipeline.tally import Buckets, PairTallies, combined_totals

Stage = Literal["extract", "merge", "tally"]
STAGES: Final[tuple[Stage, ...]] = ("extract", "merge", "tally")
DuplicateKind = Literal["exact", "syndicated"]
DUPLICATE_KINDS: Final[tuple[DuplicateKind, ...]] = ("exact", "syndicated")
WEAPONS: Final[tuple[str, ...]] = ("drones", "missiles", "total")
DAILY_DAYS: Final = 90
OTHER: Final = "other"

# Extraction is a regex/number-word pass over one article: milliseconds, rarely a second.
STAGE_BUCKETS: Final = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Live news arrives minutes to hours after publication; replays of old news land in +Inf.
LAG_BUCKETS: Final = (
    60.0, 300.0, 900.0, 1800.0, 3600.0, 3 * 3600.0, 6 * 3600.0, 12 * 3600.0,
    86400.0, 2 * 86400.0, 7 * 86400.0, 30 * 86400.0,
)  # fmt: skip

_ISO_CODE = re.compile(r"[A-Z]{2}")
_SIDES = ("attacker", "target")


def country_label(code: str) -> str:
    """An ISO alpha-2 code as it is, anything else as ``other``: the label set stays bounded."""
    code = code.strip().upper()
    return code if _ISO_CODE.fullmatch(code) else OTHER


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _unix_seconds(day: date) -> float:
    """Midnight UTC of a calendar date, in unix seconds (Grafana shows it as that date)."""
    return datetime.combine(day, time(0), tzinfo=UTC).timestamp()


def _day_sum(bucket: Mapping[str, Figures]) -> Figures:
    """Per field, the sum of the incidents' stated values; null when none states it. Totals are
    each incident's combined count, as in the tallies (an incident naming only drones counts)."""
    sums: dict[str, int] = {}
    for figures in bucket.values():
        for name, stated in combined_totals(figures).stated().items():
            sums[name] = sums.get(name, 0) + stated
    return Figures(**sums)


def _weapon_figures(figures: Figures) -> dict[str, tuple[int | None, int | None]]:
    """(launched, intercepted) per weapon label."""
    return {
        "drones": (figures.drones_launched, figures.drones_intercepted),
        "missiles": (figures.missiles_launched, figures.missiles_intercepted),
        "total": (figures.total_launched, figures.total_intercepted),
    }


class Metrics:
    """raidtally's metrics on one registry: domain gauges and pipeline health."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        side = list(_SIDES)
        windowed = [*side, "window"]
        per_weapon = [*windowed, "weapon"]

        # Domain gauges: the headline tallies (the window ending at the watermark).
        self.launched = Gauge(
            "raidtally_launched",
            "Drones/missiles launched in the window (sum of stated figures)",
            per_weapon,
            registry=registry,
        )
        self.intercepted = Gauge(
            "raidtally_intercepted",
            "Drones/missiles shot down in the window (sum of stated figures)",
            per_weapon,
            registry=registry,
        )
        self.interception_ratio = Gauge(
            "raidtally_interception_ratio",
            "Intercepted / launched in the window, 0..1 (absent when nothing was launched)",
            per_weapon,
            registry=registry,
        )
        self.drones_suppressed = Gauge(
            "raidtally_drones_suppressed",
            "Drones lost to electronic warfare in the window",
            windowed,
            registry=registry,
        )
        self.killed = Gauge("raidtally_killed", "People killed in the window", windowed, registry=registry)
        self.injured = Gauge("raidtally_injured", "People injured in the window", windowed, registry=registry)
        self.incidents = Gauge(
            "raidtally_incidents", "Incidents (attacks) in the window", windowed, registry=registry
        )
        self.corroborated_ratio = Gauge(
            "raidtally_corroborated_ratio",
            "Share of the window's stated incident figures that at least two independent reports state, "
            "0..1 (absent when no figure is stated)",
            windowed,
            registry=registry,
        )
        # Daily series for bar charts: one series per day, pruned to the last DAILY_DAYS days.
        daily = [*side, "weapon", "date"]
        self.daily_launched = Gauge(
            "raidtally_daily_launched",
            f"Launched per incident date (last {DAILY_DAYS} days)",
            daily,
            registry=registry,
        )
        self.daily_intercepted = Gauge(
            "raidtally_daily_intercepted",
            f"Intercepted per incident date (last {DAILY_DAYS} days)",
            daily,
            registry=registry,
        )
        self.watermark = Gauge(
            "raidtally_watermark_timestamp_seconds",
            "Latest incident date seen (midnight UTC of that date, unix seconds)",
            side,
            registry=registry,
        )

        # Pipeline health.
        self.articles_consumed = Counter(
            "raidtally_articles_consumed", "Messages read from the articles topic", registry=registry
        )
        self.articles_rejected = Counter(
            "raidtally_articles_rejected", "Inputs sent to the rejected topic", ["reason"], registry=registry
        )
        self.articles_without_event = Counter(
            "raidtally_articles_without_event", "Valid articles that report no attack", registry=registry
        )
        self.articles_with_reports = Counter(
            "raidtally_articles_with_reports", "Valid articles that yielded reports", registry=registry
        )
        self.reports = Counter("raidtally_reports", "Reports extracted from articles", registry=registry)
        self.duplicates = Counter(
            "raidtally_duplicates", "Reports the merge recognised as duplicates", ["kind"], registry=registry
        )
        self.incident_versions = Counter(
            "raidtally_incident_versions", "Incident versions emitted by the merge", registry=registry
        )
        self.tally_updates = Counter(
            "raidtally_tally_updates",
            "Tally messages (tombstones included) sent to the tallies topic",
            registry=registry,
        )
        self.stage_latency = Histogram(
            "raidtally_stage_latency_seconds",
            "Processing time of one message per pipeline stage",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        )
        self.publication_lag = Histogram(
            "raidtally_publication_lag_seconds",
            "From an article's published_at to its processing",
            buckets=LAG_BUCKETS,
            registry=registry,
        )
        # Labelled children exist from the start, so rates read 0 rather than "no data".
        for reason in (*REASONS, OTHER):
            self.articles_rejected.labels(reason=reason)
        for kind in DUPLICATE_KINDS:
            self.duplicates.labels(kind=kind)
        # Observed once per message: the labelled child is looked up once, not on every call.
        self._stage_latency = {stage: self.stage_latency.labels(stage=stage) for stage in STAGES}

        self._daily_dates: dict[tuple[str, str], set[str]] = {}
        self._watermark: dict[tuple[str, str], date] = {}

    # -- extract ---------------------------------------------------------------------------------

    def consumed(self) -> None:
        """One message read from the articles topic (valid or not)."""
        self.articles_consumed.inc()

    def rejected(self, reason: str) -> None:
        """One input rejected; unknown reasons count as ``other`` to keep the label bounded."""
        self.articles_rejected.labels(reason=reason if reason in REASONS else OTHER).inc()

    def without_event(self) -> None:
        """A valid article that reports no attack."""
        self.articles_without_event.inc()

    def extracted(self, reports: int) -> None:
        """``reports`` reports extracted from one article (0 counts as an article without event)."""
        if reports <= 0:
            self.without_event()
        else:
            self.articles_with_reports.inc()
            self.reports.inc(reports)

    def observe_publication_lag(self, published_at: str, processed_at: datetime | None = None) -> None:
        """Seconds from an RFC 3339 ``published_at`` to processing; unparsable stamps are skipped."""
        try:
            published = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
        except ValueError:
            return
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        now = processed_at or datetime.now(UTC)
        # Clock skew can put publication slightly in the future; a histogram cannot take < 0.
        self.publication_lag.observe(max(0.0, (now - published).total_seconds()))

    def observe_latency(self, stage: Stage, seconds: float) -> None:
        self._stage_latency[stage].observe(seconds)

    # -- merge -----------------------------------------------------------------------------------

    def duplicate(self, kind: DuplicateKind) -> None:
        """A report recognised as a duplicate: ``exact`` (redelivered) or ``syndicated`` (wire copy)."""
        self.duplicates.labels(kind=kind).inc()

    def observe_incident(self, incident: Incident) -> None:
        """One incident version emitted; moves the watermark of its attacker>target forward."""
        self.incident_versions.inc()
        self.advance_watermark(incident.attacker, incident.target, incident.date)

    def advance_watermark(self, attacker: str, target: str, day: date | str) -> None:
        """The watermark only moves forward: a late incident does not pull it back."""
        key = (country_label(attacker), country_label(target))
        day = _as_date(day)
        if key in self._watermark and self._watermark[key] >= day:
            return
        self._set_watermark(key, day)

    def _set_watermark(self, key: tuple[str, str], day: date) -> None:
        self._watermark[key] = day
        self.watermark.labels(*key).set(_unix_seconds(day))

    # -- tally -----------------------------------------------------------------------------------

    def observe_buckets(
        self,
        attacker: str,
        target: str,
        buckets: Buckets,
        *,
        end: date | str | None = None,
        state: PairTallies | None = None,
    ) -> None:
        """Everything the dashboard shows of attacker>target, recomputed from the tally state.

        The tally agent calls this after it changed a pair's day buckets (``{day: {incident_id:
        Figures}}``): the four headline tallies ending at ``end`` (default: the watermark, the
        latest day with an incident; pass today's date in wall-clock mode), the daily series and
        the watermark. Derived from the state, not from the order of writes, so a late incident, a
        revision or an incident that moved to another day all leave the right values. ``state``,
        the agent's running sums over the same buckets, spares a pass over the pair's whole history
        (called every second, that pass grew with the archive).
        """
        days = [day for day, bucket in buckets.items() if bucket]
        if not days:
            return
        side = (country_label(attacker), country_label(target))
        latest = max(days)
        self._set_watermark(side, latest)
        headline_end = _as_date(end) if end is not None else latest
        if state is None:
            state = PairTallies(attacker, target, buckets)
        for tally, corroborated in state.headline_at(headline_end):
            key = (*side, tally.window)
            self._set_headline(key, tally)
            # Like a ratio of unstated figures: no figure known, no sample (rather than a made-up 0).
            if corroborated is None:
                self._remove(self.corroborated_ratio, key)
            else:
                self.corroborated_ratio.labels(*key).set(corroborated)
        first = headline_end - timedelta(days=DAILY_DAYS - 1)
        shown = {day: _day_sum(buckets[day]) for day in days if first <= day <= headline_end}
        self.observe_daily(attacker, target, headline_end, shown)

    def tally_sent(self) -> None:
        """One message sent to the tallies topic: a tally, or the tombstone of one."""
        self.tally_updates.inc()

    def _set_headline(self, key: tuple[str, str, str], tally: Tally) -> None:
        figures = tally.figures
        # Null is not zero: a window in which no source stated a figure exports no sample for it
        # (the CLI shows "–"), so Grafana shows "no data" rather than plotting an unknown as 0.
        for weapon, (launched, intercepted) in _weapon_figures(figures).items():
            self._set_stated(self.launched, (*key, weapon), launched)
            self._set_stated(self.intercepted, (*key, weapon), intercepted)
            ratio: float | None = getattr(tally.interception_ratio, weapon)
            if ratio is None:
                # Undefined (nothing launched): no sample, rather than a misleading 0 or NaN.
                self._remove(self.interception_ratio, (*key, weapon))
            else:
                self.interception_ratio.labels(*key, weapon).set(ratio)
        self._set_stated(self.drones_suppressed, key, figures.drones_suppressed)
        self._set_stated(self.killed, key, figures.killed)
        self._set_stated(self.injured, key, figures.injured)
        self.incidents.labels(*key).set(tally.incidents)

    def observe_daily(
        self, attacker: str, target: str, end_date: date | str, series: Mapping[date, Figures]
    ) -> None:
        """Replace the daily series of attacker>target with ``series`` (incident date → figures).

        Only the DAILY_DAYS days ending at ``end_date`` are exported; older days and days no
        longer in ``series`` (an incident moved to another date) are removed, so the number of
        series stays bounded however long the worker runs.
        """
        side = (country_label(attacker), country_label(target))
        end = _as_date(end_date)
        first = end - timedelta(days=DAILY_DAYS - 1)
        shown: set[str] = set()
        for raw_day, figures in series.items():
            day = _as_date(raw_day)
            if not first <= day <= end:
                continue
            label = day.isoformat()
            shown.add(label)
            for weapon, (launched, intercepted) in _weapon_figures(figures).items():
                self._set_stated(self.daily_launched, (*side, weapon, label), launched)
                self._set_stated(self.daily_intercepted, (*side, weapon, label), intercepted)
        for stale in self._daily_dates.get(side, set()) - shown:
            for weapon in WEAPONS:
                self._remove(self.daily_launched, (*side, weapon, stale))
                self._remove(self.daily_intercepted, (*side, weapon, stale))
        self._daily_dates[side] = shown

    @classmethod
    def _set_stated(cls, metric: Gauge, labels: tuple[str, ...], value: int | None) -> None:
        """The gauge's sample is the stated value; an unstated figure (null) has no sample."""
        if value is None:
            cls._remove(metric, labels)
        else:
            metric.labels(*labels).set(value)

    @staticmethod
    def _remove(metric: Gauge, labels: tuple[str, ...]) -> None:
        with suppress(KeyError):  # never set: nothing to remove
            metric.remove(*labels)
