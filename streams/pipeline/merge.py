"""Merge policy: reports → incidents, a pure function of the *set* of reports.

Policy (the README copies this section):

1. **One incident per attacker>target per date.** A report belongs to the incident of its
   ``(date, attacker, target)``; the incident id is ``"{date}:{attacker}>{target}"``.
2. **Date rule.** A report whose date was *inferred from its publication time*
   (``date_basis == "published"``) may describe the previous night: an article published the next
   afternoon about "last night", or a time-zone slip. Such a report moves to the previous day's
   incident when its figures agree with that day's *explicitly dated* reports better than with its
   own day's, and agree at all: at least one equal non-zero figure, no more conflicting figures than
   agreeing ones, and a strictly better score (agreeing minus conflicting figures) than on its own
   day. Two values conflict unless they are equal, within 10 % of each other, or they read as a
   casualty count revised upwards (the later report has the higher count). When its own day has
   no explicitly dated report, a report without an equal figure also moves if it reads as a
   revision of the day before's casualty counts and nothing conflicts (a next-day article with
   only the revised death toll). An explicitly dated report moves by the same rule only when it is
   alone on its day (the extractor can take a page date for the attack's); otherwise explicit
   dates stay. A report never moves to a day for which its own article already gave a report.
   Every comparison is made against the reports' *given* dates, never against moved ones, so each
   decision depends on the report and two day buckets alone: the result does not depend on
   arrival order, and an incident of date X depends only on the reports dated X-1..X+1 (see
   ``bucket_dates``/``rebuild_dates``).
3. **Figures, one field at a time.** Among the reports that state the field, the value of the
   highest-ranked claimant wins: official military statements of the attacked side (air force,
   general staff, defence ministry) > other officials and emergency services (governors, mayors,
   military administrations, police, DSNS, ministers, president) > the attacking side's military (it
   claims hits, not the defender's interceptions) > media's own counts and unknown claimants. For
   ``killed`` and ``injured`` a military claimant ranks as an official: air forces count weapons,
   civil authorities count casualties, and a wire story attributed to the air force must not freeze
   an early death toll. Between equals, the most recent report wins (``published_at``; syndicated
   copies carry the time of the original they copy, so a republished wire story does not override a
   newer independent report); the report id breaks exact ties. ``provenance`` names the report the
   value came from; ``conflicts`` lists every report that states a different value. Nothing is
   derived: a figure no report states stays null, so every figure traces to a sentence.
4. **Syndication.** Reports are taken in canonical order (``published_at``, then report id). A
   report whose article is the same as, or a near-duplicate (``streams.pipeline.fingerprint``) of, an
   earlier report's article in the incident is a copy: it adds its outlet and its figures but not
   an independent confirmation (``independent_reports`` counts the others).
5. **Everything else is a set.** ``regions``, ``outlets``, ``report_ids`` and ``article_ids`` are
   sorted unions; ``version`` is the number of distinct reports; ``first_seen_at`` and
   ``updated_at`` are the earliest and latest ``published_at`` (event time). A report delivered
   twice (same ``report_id``) counts once.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from schemas.figures import FIELDS, Figures
from schemas.incident import ConflictValue, Incident
from schemas.incident import encoder as incident_encoder
from schemas.report import Report
from schemas.report import encoder as report_encoder
from streams.pipeline.fingerprint import is_syndicated
from streams.pipeline.keys import incident_id
from streams.pipeline.sent import Sent, changed, tombstone_due

# Claimant ranks: lower wins.
MILITARY, OFFICIAL, ATTACKER_MILITARY, MEDIA = 0, 1, 2, 3
# Countries a claimant string can name; a military that speaks for the attacking side ("all
# targets hit") counts less than the defender's own officials.
_COUNTRIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"russia", re.IGNORECASE), "RU"),
    (re.compile(r"ukrain", re.IGNORECASE), "UA"),
)
# "Military administration" is a civil authority in Ukraine (governors, city heads): official.
_CIVIL_MILITARY = re.compile(r"military administration", re.IGNORECASE)
_MILITARY = re.compile(
    r"air ?force|air command|general staff|defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|"
    r"armed forces|defen[cs]e forces|military|\barmy\b|air defen[cs]e",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"governor|mayor|police|dsns|emergenc|rescue|minist|president|zelensk|prosecutor|head of|"
    r"administration|official|authorit|city council|regional|oblast|kremlin|spokes",
    re.IGNORECASE,
)

CASUALTY_FIELDS = frozenset({"killed", "injured"})
# Relative difference up to which two counts of one attack are taken as the same count told
# differently ("about 100" vs "109").
TOLERANCE = 0.10
# How far the date rule moves a date: one day back (see rule 2).
MAX_SHIFT_DAYS = 1
# Explicit dates come from the extractor's reading of the text, which can mistake the page date
# ("Sunday (01.15.2023)") for the attack's; a report that is alone on its day may move too.
MOVE_LONE_EXPLICIT = True


# A handful of claimant strings recur in every rebuild.
@functools.lru_cache(maxsize=4096)
def claimant_rank(claimant: str | None, target: str | None = None) -> int:
    """The precedence class of a claimant string (lower wins).

    With ``target`` given, a military that names another country than the target (the attacker's
    defence ministry) ranks ATTACKER_MILITARY: below the target's officials, above the media.
    """
    if not claimant:
        return MEDIA
    if _CIVIL_MILITARY.search(claimant):
        return OFFICIAL
    if _MILITARY.search(claimant):
        country = next((code for pattern, code in _COUNTRIES if pattern.search(claimant)), None)
        if target is not None and country is not None and country != target:
            return ATTACKER_MILITARY
        return MILITARY
    if _OFFICIAL.search(claimant):
        return OFFICIAL
    return MEDIA


def bucket_dates(day: date) -> list[date]:
    """Day buckets the merge agent loads when a report dated ``day`` arrives (``day``-2..``day``+2)."""
    reach = 2 * MAX_SHIFT_DAYS
    return [day + timedelta(days=k) for k in range(-reach, reach + 1)]


def rebuild_dates(day: date) -> list[date]:
    """Incident dates a new report dated ``day`` can change (``day``-1..``day``+1).

    Rebuilding from the ``bucket_dates(day)`` buckets gives these incidents exactly as a rebuild
    from every report would (tested in tests/pipeline/test_merge.py).
    """
    return [day + timedelta(days=k) for k in range(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS + 1)]


# Every rebuild re-reads the stamps of the same few reports: parse each once.
@functools.lru_cache(maxsize=8192)
def instant(stamp: str) -> int:
    """Microseconds since the epoch of an RFC 3339 stamp; naive stamps are UTC, garbage sorts first."""
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return 0
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    delta = parsed - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _distinct(reports: Iterable[Report]) -> list[Report]:
    """One report per report_id, in canonical order (published_at, report_id).

    Two different payloads under one id should not happen; if they do, the larger encoding wins,
    so the choice still does not depend on arrival order.
    """
    chosen: dict[str, Report] = {}
    for report in reports:
        held = chosen.get(report.report_id)
        # Encoding is the costly part, and only a clash of ids needs it.
        if held is None or (held != report and report_encoder.encode(report) > report_encoder.encode(held)):
            chosen[report.report_id] = report
    return sorted(chosen.values(), key=lambda r: (instant(r.published_at), r.report_id))


# --- date rule ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agreement:
    """How one report's figures compare with a day's explicitly dated reports."""

    agree: int = 0
    fit: int = 0
    revised: int = 0
    conflict: int = 0

    @property
    def score(self) -> int:
        return self.agree - self.conflict


def _within_tolerance(value: int, other: int) -> bool:
    return abs(value - other) <= TOLERANCE * max(value, other)


def _revision(value: int, published: int, other: int, other_published: int) -> bool:
    """Do two casualty counts read as one toll revised upwards (the later report counts more)?"""
    return (published > other_published and value > other) or (published < other_published and value < other)


def agreement(report: Report, group: Iterable[Report]) -> Agreement:
    """Per field stated on both sides: agrees (an equal non-zero value), fits (within tolerance, or
    a casualty count raised by a later report), or conflicts (anything else)."""
    values: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for other in group:
        for field, value in other.figures.stated().items():
            values[field].append((value, instant(other.published_at)))
    published = instant(report.published_at)
    agree = fit = revised = conflict = 0
    for field, value in report.figures.stated().items():
        seen = values.get(field)
        if not seen:
            continue
        if value != 0 and any(value == other for other, _ in seen):
            agree += 1
        elif any(_within_tolerance(value, other) for other, _ in seen):
            fit += 1
        elif field in CASUALTY_FIELDS and any(_revision(value, published, o, w) for o, w in seen):
            revised += 1
        else:
            conflict += 1
    return Agreement(agree=agree, fit=fit, revised=revised, conflict=conflict)


def _moves_back(report: Report, before: list[Report], same_day: list[Report], taken: bool) -> bool:
    """Date rule (module docstring, rule 2) for one movable report."""
    if taken or not before:
        return False
    back = agreement(report, before)
    if not same_day and back.agree == 0 and back.revised > 0 and back.conflict == 0:
        # Nothing else is known of its own day and every figure fits the day before, e.g. a
        # next-day article that only carries the revised (higher) death toll.
        return True
    if back.agree < 1 or back.score < 0:
        return False
    return back.score > agreement(report, same_day).score


def assign_dates(reports: Iterable[Report]) -> dict[str, str]:
    """Final incident date of every report, by report id (the date rule)."""
    anchors: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    distinct = _distinct(reports)
    for r in distinct:
        key = (r.attacker, r.target, r.date)
        articles[key].add(r.article_id)
        counts[key] += 1
        if r.date_basis != "published":
            anchors[key].append(r)
    dates: dict[str, str] = {}
    for r in distinct:
        dates[r.report_id] = r.date
        lone = counts[(r.attacker, r.target, r.date)] == 1
        if r.date_basis != "published" and not (MOVE_LONE_EXPLICIT and lone):
            continue
        try:
            previous = (date.fromisoformat(r.date) - timedelta(days=1)).isoformat()
        except ValueError:
            continue
        before = (r.attacker, r.target, previous)
        here = (r.attacker, r.target, r.date)
        same_day = [a for a in anchors.get(here, []) if a.report_id != r.report_id]
        if _moves_back(r, anchors.get(before, []), same_day, r.article_id in articles[before]):
            dates[r.report_id] = previous
    return dates


# --- reconciliation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Member:
    report: Report
    rank: int
    published: int
    effective: int  # the publication time of the original this report copies (its own if none)
    copy: bool


def _members(reports: list[Report]) -> list[_Member]:
    """Reports of one incident in canonical order, with syndication resolved."""
    members: list[_Member] = []
    for r in reports:
        published = instant(r.published_at)
        original = next(
            (
                m
                for m in members
                if m.report.article_id == r.article_id or is_syndicated(m.report.fingerprint, r.fingerprint)
            ),
            None,
        )
        effective = original.effective if original else published
        members.append(
            _Member(r, claimant_rank(r.claimant, r.target), published, effective, original is not None)
        )
    return members


def _precedence(m: _Member) -> tuple[int, int, bool, str]:
    """Sort key: claimant rank, then most recent (original) publication, originals first, then id."""
    return (m.rank, -m.effective, m.copy, m.report.report_id)


def _casualty_precedence(m: _Member) -> tuple[int, int, bool, str]:
    """Casualties are counted by civil authorities, not the air force: a military claimant (often a
    wire story's attribution of the weapon counts) ranks as an official here, so the latest official
    toll wins."""
    rank = OFFICIAL if m.rank == MILITARY else m.rank
    return (rank, -m.effective, m.copy, m.report.report_id)


def _reconcile(
    members: list[_Member],
) -> tuple[Figures, dict[str, str], dict[str, list[ConflictValue]]]:
    figures: dict[str, int | None] = dict.fromkeys(FIELDS)
    provenance: dict[str, str] = {}
    conflicts: dict[str, list[ConflictValue]] = {}
    for field in FIELDS:
        stating = [m for m in members if m.report.figures.get(field) is not None]
        if not stating:
            continue
        best = min(stating, key=_casualty_precedence if field in CASUALTY_FIELDS else _precedence)
        value = best.report.figures.get(field)
        figures[field] = value
        provenance[field] = best.report.report_id
        disagreeing = sorted(
            (v, m.report.report_id)
            for m in stating
            if (v := m.report.figures.get(field)) is not None and v != value
        )
        if disagreeing:
            conflicts[field] = [ConflictValue(value=v, report_id=rid) for v, rid in disagreeing]
    return Figures(**figures), provenance, conflicts


def _incident(day: str, attacker: str, target: str, reports: list[Report]) -> Incident:
    members = _members(reports)
    figures, provenance, conflicts = _reconcile(members)
    first = min(members, key=lambda m: (m.published, m.report.report_id))
    last = max(members, key=lambda m: (m.published, m.report.report_id))
    return Incident(
        incident_id=incident_id(day, attacker, target),
        date=day,
        attacker=attacker,
        target=target,
        version=len(members),
        figures=figures,
        regions=sorted({region for r in reports for region in r.regions}),
        report_ids=sorted(r.report_id for r in reports),
        article_ids=sorted({r.article_id for r in reports}),
        outlets=sorted({r.outlet for r in reports if r.outlet}),
        provenance=provenance,
        conflicts=conflicts,
        first_seen_at=first.report.published_at,
        updated_at=last.report.published_at,
        independent_reports=sum(1 for m in members if not m.copy),
    )


def build_incidents(reports: Iterable[Report], only: set[str] | None = None) -> dict[str, Incident]:
    """Incidents by id from a set of reports (order-independent, deterministic; policy above).

    With ``only`` (ISO dates), just the incidents of those dates are built; the date rule still
    sees every report.
    """
    distinct = _distinct(reports)
    dates = assign_dates(distinct)
    grouped: dict[tuple[str, str, str], list[Report]] = defaultdict(list)
    for r in distinct:  # canonical order is kept inside each group
        day = dates[r.report_id]
        if only is None or day in only:
            grouped[(day, r.attacker, r.target)].append(r)
    incidents = (_incident(day, a, t, group) for (day, a, t), group in grouped.items())
    return {inc.incident_id: inc for inc in sorted(incidents, key=lambda i: i.incident_id)}


# --- the merge agent's step --------------------------------------------------------------------


def rebuild(reports: Iterable[Report], dates: Iterable[date]) -> dict[str, Incident]:
    """The incidents dated in ``dates``, built from the reports of the surrounding buckets."""
    return build_incidents(reports, only={d.isoformat() for d in dates})


def batch_dates(days: Iterable[date]) -> tuple[list[date], list[date]]:
    """(buckets to load, incident dates to rebuild) after reports dated ``days`` joined their buckets:
    the unions of ``bucket_dates`` and ``rebuild_dates``, sorted."""
    touched = set(days)
    load = sorted({d for day in touched for d in bucket_dates(day)})
    return load, sorted({d for day in touched for d in rebuild_dates(day)})


@dataclass(frozen=True)
class MergeUpdate:
    """What the merge agent sends after reports joined their buckets.

    ``emit``: the incidents whose encoding changed; ``tombstones``: the ids of incidents that no longer
    exist (absorbed into a neighbour); ``sends``: both as (id, encoding or None), in date order.
    """

    emit: list[Incident]
    tombstones: list[str]
    sends: list[tuple[str, bytes | None]]


def update(
    attacker: str,
    target: str,
    day: date,
    buckets: Mapping[date, Iterable[Report]],
    sent: Sent,
    existing: Container[str] = frozenset(),
) -> MergeUpdate:
    """One merge step after a report dated ``day`` for ``attacker>target`` was added to its bucket.

    ``buckets`` holds the day buckets of ``bucket_dates(day)`` (missing days are empty); ``sent`` what
    was last sent per incident id (``streams.pipeline.sent``; missing: nothing this process knows of);
    ``existing`` the ids that ever had a value sent, by this process or an earlier one. Emits the
    incidents whose encoding differs from what was sent, and tombstones the ids of ``rebuild_dates(day)``
    that no longer have an incident but were sent one (unless a tombstone was the last thing sent).
    """
    return update_many(attacker, target, [day], buckets, sent, existing)


def update_many(
    attacker: str,
    target: str,
    days: Iterable[date],
    buckets: Mapping[date, Iterable[Report]],
    sent: Sent,
    existing: Container[str] = frozenset(),
) -> MergeUpdate:
    """``update`` after reports of several ``days`` joined their buckets: one rebuild for them all.

    ``buckets`` holds (at least) the buckets of ``batch_dates(days)[0]``. Each incident of a rebuilt
    date depends only on the buckets next to it, so one rebuild over the union gives what one
    ``update`` per day would, and an incident touched by several reports is emitted once.
    """
    load, rebuilt = batch_dates(days)
    reports = [r for d in load for r in buckets.get(d, ())]
    current = rebuild(reports, rebuilt)
    emit: list[Incident] = []
    tombstones: list[str] = []
    sends: list[tuple[str, bytes | None]] = []
    for d in rebuilt:
        iid = incident_id(d, attacker, target)
        incident = current.get(iid)
        if incident is None:
            if (iid in sent or iid in existing) and tombstone_due(sent, iid):
                tombstones.append(iid)
                sends.append((iid, None))
            continue
        value = incident_encoder.encode(incident)
        if changed(sent, iid, value):
            emit.append(incident)
            sends.append((iid, value))
    return MergeUpdate(emit=emit, tombstones=tombstones, sends=sends)
