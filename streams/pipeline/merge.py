"""Merge policy: reports → incidents, a pure function of the *set* of reports.

Policy (the README copies this section):

1. **One incident per attacker>target per date.** A report belongs to the incident of its
   ``(date, attacker, target)``; the incident id is ``"{date}:{attacker}>{target}"``.
2. **Date rule.** Two steps, both decided on the reports' *given* dates, never on moved ones.
   a. *Move back.* A report whose date was *inferred from its publication time*
      (``date_basis == "published"``) may describe the previous night: an article published the next
      afternoon about "last night", or a time-zone slip. Such a report moves to the previous day's
      incident when its figures agree with that day's *explicitly dated* reports better than with its
      own day's, and agree at all: at least one equal non-zero figure, no more conflicting figures than
      agreeing ones, and a strictly better score (agreeing minus conflicting figures) than on its own
      day. Two values conflict unless they are equal, within 10 % of each other, or they read as a
      casualty count revised upwards (the later report has the higher count). When its own day has
      no explicitly dated report, a report without an equal figure also moves if it states
      casualties only and reads as a revision of the day before's casualty counts with nothing
      conflicting (a next-day article with only the revised death toll; a count raised from a stated
      0 is no revision: "no casualties" one day and deaths the next are two attacks), or if, undated,
      it reads as an earlier toll of the day before's attack copied later: it states casualties
      only, none above the day before's, in a region the day before's reports name ("at least five
      killed in Lviv", published the day after reports of seven). An explicitly dated report moves
      by the same rule only when it is alone on its day (the extractor can take a page date for the
      attack's); otherwise explicit dates stay. A report never moves to a day for which its own
      article already gave a report.
   b. *One night on two days.* Explicit dates of one night can fall on both of its days: a story of
      the next afternoon calls it "Saturday's attack" (the evening it began) while the morning wires
      date it by the morning it ended. Two adjacent days of one attacker>target are one night when
      the figures their explicitly dated reports agree on (rule 3 applied to each day's explicit
      reports) share at least ``SAME_NIGHT_VALUES`` distinct non-zero weapon values exactly (a drone
      count and an interception count: "all 5 shot down" is one number in two fields) and differ,
      beyond 10 %, on no weapon figure both state; casualty counts are no evidence either way (tolls
      rise over the next day). No article may have given a report for each of the two days (it told
      two nights apart), and a run of three or more such days is left alone (which two are one
      night is a guess). Then every report of both days (after step a) joins the day with more
      independent explicitly dated stories; on a tie, the earlier day, as step a moves a lone
      explicit date back. The other day's incident is absorbed (a tombstone).
   Each decision depends on the reports of a few given dates alone, so the result does not depend on
   arrival order: step a on a report's day and the day before, step b on the two days and the days
   next to them, and an incident of date X on the reports dated X-2..X+2 (see
   ``bucket_dates``/``rebuild_dates``).
3. **Figures, one field at a time: claimant rank, then agreement, then recency.**
   a. *Claimant rank.* Each figure is ranked by who stated it: the claimant its evidence names
      (an article quotes the air force for launches and a mayor for casualties), else the report's
      ``claimant``. Official military statements of the attacked side (air force, general staff,
      defence ministry) > other officials and emergency services (governors, mayors, military
      administrations, police, DSNS, ministers, president) > the attacking side's military (it claims
      hits, not the defender's interceptions) > media's own counts and unknown claimants. For
      ``killed`` and ``injured`` a military claimant ranks as an official: air forces count weapons,
      civil authorities count casualties. Only the best rank that states the field takes part.
   b. *A stated 0 never overrides a positive count.* "No casualties" or "no missiles" in one report
      counts only when no report of the incident states a positive value for that figure.
   c. *Agreement.* Two values agree when equal or within 10 % (``TOLERANCE``). A value's support is
      the number of independent stories of the rank (syndicated copies of one story count once, see
      rule 4) whose value agrees with it; the best-supported value wins, so a value contradicted by
      an agreeing majority of its rank is never chosen. Between equally supported values the most
      recent report's value wins (``published_at``; a syndicated copy carries the time of the
      original it copies), then an original over a copy, then the report id.
   d. *Casualty revisions.* Tolls rise over a day: among officials (and emergency services), a
      ``killed``/``injured`` count is superseded when a report published after the latest report of
      that count states a higher one. A superseded count is not a candidate (however many early
      reports repeat it) but still supports the candidates it agrees with. Between equally supported,
      equally recent tolls the higher wins.
   ``provenance`` names the report the value came from; ``support`` how many independent stories
   state a value agreeing with it; ``conflicts`` lists every report that states a different value.
   Nothing is derived: a figure no report states stays null, so every figure traces to a sentence.
4. **Syndication.** Reports are taken in canonical order (``published_at``, then report id). A
   report whose article is the same as, or a near-duplicate (``streams.pipeline.fingerprint``) of, an
   earlier report's article in the incident is a copy: it adds its outlet and its figures but not
   an independent confirmation (``independent_reports`` counts the others).
5. **Outlier reports cannot take over.** A report is *doubtful* when its date was inferred
   (``date_basis == "published"``) or it was published (Kyiv date) more than ``LATE_AFTER_DAYS``
   after its incident's date: it may be about another night. The incident's *agreed figures* are
   rule 3 applied to its other, undoubtful reports. A doubtful report that disagrees with the
   agreed figures on most (more than half) of the figures it states — a value disagrees unless it
   agrees within 10 %, or is a higher casualty count published later than the agreed one's report —
   contributes no values: no figure, no support, no regions. It stays recorded (report and
   article id, outlet, version) and its values stay in ``conflicts``. With no undoubtful report,
   nothing is excluded. Each report is judged against the undoubtful reports alone, never against
   another doubtful one, so the result is a function of the set.
6. **Everything else is a set.** ``regions``, ``outlets``, ``report_ids`` and ``article_ids`` are
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

import msgspec

from schemas.figures import FIELDS, Figures
from schemas.incident import ConflictValue, Incident
from schemas.incident import encoder as incident_encoder
from schemas.report import Report
from schemas.report import encoder as report_encoder
from streams.pipeline.fingerprint import is_syndicated
from streams.pipeline.keys import KYIV, incident_id
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
# The reports whose given dates decide an incident of date X: X-REACH..X+REACH (rule 2: step a looks
# one day back, step b at the two days and one day either side of them).
REACH_DAYS = 2
# Distinct non-zero weapon values two adjacent days must agree on exactly to be one night (rule 2b).
SAME_NIGHT_VALUES = 2
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
    """Day buckets the merge agent loads when a report dated ``day`` arrives (``day``-4..``day``+4)."""
    reach = 2 * REACH_DAYS
    return [day + timedelta(days=k) for k in range(-reach, reach + 1)]


def rebuild_dates(day: date) -> list[date]:
    """Incident dates a new report dated ``day`` can change (``day``-2..``day``+2).

    A report dated D changes which reports move back to D-1 and D (rule 2a) and whether D-1|D and
    D|D+1 agree (rule 2b), hence which of the pairs D-2|D-1 .. D+1|D+2 are one night. Rebuilding
    from the ``bucket_dates(day)`` buckets gives these incidents exactly as a rebuild from every
    report would (tested in tests/pipeline/test_merge.py).
    """
    return [day + timedelta(days=k) for k in range(-REACH_DAYS, REACH_DAYS + 1)]


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
    """Do two casualty counts read as one toll revised upwards (the later report counts more)?
    A toll revised up from a stated 0 is not a revision: "no casualties" one day and deaths the
    next are two attacks more often than one."""
    if value == 0 or other == 0:
        return False
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
    if (
        not same_day
        and back.agree == 0
        and back.revised > 0
        and back.conflict == 0
        and set(report.figures.stated()) <= CASUALTY_FIELDS
    ):
        # Nothing else is known of its own day and every figure fits the day before, e.g. a
        # next-day article that only carries the revised (higher) death toll.
        return True
    # (An explicitly dated toll names its own day; only an undated one can be a copy of the day before's.)
    if (
        not same_day
        and back.agree == 0
        and report.date_basis == "published"
        and _earlier_toll(report, before)
    ):
        return True
    if back.agree < 1 or back.score < 0:
        return False
    return back.score > agreement(report, same_day).score


def _earlier_toll(report: Report, before: list[Report]) -> bool:
    """Whether an undated report reads as an earlier toll of the day before's attack, copied later:
    it states only casualties, none above the day before's, in a place the day before's reports name
    ("at least five killed in Lviv", published a day after reports of seven)."""
    stated = report.figures.stated()
    if not stated or not set(stated) <= CASUALTY_FIELDS or not any(stated.values()):
        return False
    if not set(report.regions) & {region for r in before for region in r.regions}:
        return False
    highest = {
        field: max((v for r in before if (v := r.figures.stated().get(field)) is not None), default=None)
        for field in stated
    }
    for field, value in stated.items():
        top = highest[field]
        if top is None or not 0 < value <= top:
            return False
    return True


Day = tuple[str, str, str]  # (attacker, target, ISO date): one day of one pair


def assign_dates(reports: Iterable[Report]) -> dict[str, str]:
    """Final incident date of every report, by report id (the date rule, both steps)."""
    return _date_rule(_distinct(reports))[0]


def _date_rule(distinct: list[Report]) -> tuple[dict[str, str], set[Day]]:
    """Final date by report id, and the days that are one night with the day after them (rule 2b,
    whether or not they were joined)."""
    moved = _move_back(distinct)
    joined, one_night = _join_nights(distinct)
    dates = {
        r.report_id: joined.get((r.attacker, r.target, moved[r.report_id]), moved[r.report_id])
        for r in distinct
    }
    return dates, one_night


def _move_back(distinct: list[Report]) -> dict[str, str]:
    """Rule 2a: each report's date after the move back, by report id."""
    anchors: dict[Day, list[Report]] = defaultdict(list)
    articles: dict[Day, set[str]] = defaultdict(set)
    counts: dict[Day, int] = defaultdict(int)
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


WEAPON_FIELDS = tuple(f for f in FIELDS if f not in CASUALTY_FIELDS)
_WEAPON_AT = [Figures.__struct_fields__.index(f) for f in WEAPON_FIELDS]


def _weapon_values(reports: list[Report]) -> set[int]:
    """The non-zero weapon values the reports state (read as tuples: this runs on every rebuild)."""
    return {
        v for r in reports if (row := msgspec.structs.astuple(r.figures)) for i in _WEAPON_AT if (v := row[i])
    }


def _shift(day: str, days: int) -> str | None:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class _Night:
    """What a day's explicitly dated reports say of its night (rule 2b)."""

    weapons: Mapping[str, int]  # the agreed weapon figures (rule 3 over the explicit reports)
    stories: int  # independent explicit reports (syndicated copies count once)


def _night(anchors: list[Report]) -> _Night:
    members = _members(anchors)
    figures, _, _ = _reconcile(members)
    weapons = {f: v for f in WEAPON_FIELDS if (v := figures.get(f)) is not None}
    return _Night(weapons=weapons, stories=sum(1 for m in members if not m.copy))


def _same_night(earlier: _Night, later: _Night) -> bool:
    """Do two adjacent days' agreed weapon figures tell one night (rule 2b)?"""
    both = earlier.weapons.keys() & later.weapons.keys()
    if any(not agrees(earlier.weapons[f], later.weapons[f]) for f in both):
        return False
    shared = {earlier.weapons[f] for f in both if earlier.weapons[f] == later.weapons[f] != 0}
    return len(shared) >= SAME_NIGHT_VALUES


def _day_after(key: Day, days: int = 1) -> Day | None:
    moved = _shift(key[2], days)
    return None if moved is None else (key[0], key[1], moved)


def _join_nights(distinct: list[Report]) -> tuple[dict[Day, str], set[Day]]:
    """Rule 2b: the days absorbed by their neighbour, each mapped to the date it joins; and the days
    that are one night with the day after them."""
    anchors: dict[Day, list[Report]] = defaultdict(list)
    articles: dict[Day, set[str]] = defaultdict(set)
    for r in distinct:
        key = (r.attacker, r.target, r.date)
        articles[key].add(r.article_id)
        if r.date_basis != "published":
            anchors[key].append(r)
    # A cheap necessary condition first, so that most days are never reconciled: the two days'
    # explicit reports state enough equal non-zero weapon values at all.
    values = {key: _weapon_values(group) for key, group in anchors.items()}
    nights: dict[Day, _Night] = {}
    one_night: dict[Day, Day] = {}  # day → the day after it, when the two are one night
    for key in sorted(anchors):
        after = _day_after(key)
        if (
            after is None
            or after not in anchors
            or len(values[key] & values[after]) < SAME_NIGHT_VALUES
            or articles[key] & articles[after]
        ):
            continue
        for day in (key, after):
            if day not in nights:
                nights[day] = _night(anchors[day])
        if _same_night(nights[key], nights[after]):
            one_night[key] = after
    joined: dict[Day, str] = {}
    for key, after in one_night.items():
        if _day_after(key, -1) in one_night or after in one_night:
            continue  # three or more days in a row: which two are one night is a guess
        if nights[after].stories > nights[key].stories:
            joined[key] = after[2]
        else:
            joined[after] = key[2]
    return joined, set(one_night)


# --- reconciliation ----------------------------------------------------------------------------

# How late a report may be published, in days after its incident's date, before the outlier rule
# (rule 5) looks at it: an overnight attack is reported that morning and revised the next day.
LATE_AFTER_DAYS = 1


@dataclass(frozen=True)
class _Member:
    report: Report
    published: int
    effective: int  # the publication time of the original this report copies (its own if none)
    copy: bool
    root: str  # report id of the original this report copies (its own if none): one per independent story
    claimants: Mapping[str, str]  # field → who stated that figure, where the evidence names one
    stated: Mapping[str, int]  # the report's non-null figures

    def value(self, field: str) -> int | None:
        return self.stated.get(field)

    def claimant(self, field: str) -> str | None:
        """Who stated ``field``: the claimant its evidence names, else the report's own."""
        return self.claimants.get(field, self.report.claimant)

    def rank(self, field: str) -> int:
        rank = claimant_rank(self.claimant(field), self.report.target)
        # Casualties are counted by civil authorities, not the air force: a military claimant (often
        # a wire story's attribution of the weapon counts) ranks as an official here, so the latest
        # official toll wins.
        return OFFICIAL if field in CASUALTY_FIELDS and rank == MILITARY else rank


def _figure_claimants(report: Report) -> dict[str, str]:
    """Per figure, the claimant its evidence names (the first evidence item of the field that names one)."""
    named: dict[str, str] = {}
    for item in report.evidence:
        if item.claimant and item.field not in named:
            named[item.field] = item.claimant
    return named


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
        members.append(
            _Member(
                report=r,
                published=published,
                effective=original.effective if original else published,
                copy=original is not None,
                root=original.root if original else r.report_id,
                claimants=_figure_claimants(r),
                stated=r.figures.stated(),
            )
        )
    return members


def agrees(value: int, other: int) -> bool:
    """Two counts of one figure agree when equal or within TOLERANCE of each other (0 agrees only with 0)."""
    return value == other or _within_tolerance(value, other)


def _support(value: int, field: str, members: Iterable[_Member]) -> int:
    """How many independent stories (syndicated copies count once) state a value agreeing with ``value``."""
    return len({m.root for m in members if (v := m.stated.get(field)) is not None and agrees(v, value)})


@dataclass(frozen=True)
class _Choice:
    value: int
    member: _Member
    support: int


def _superseded(field: str, value: int, pool: list[_Member]) -> bool:
    """Is a casualty count revised upwards: does a report published after the latest report of
    ``value`` state a higher count?"""
    latest = max(m.effective for m in pool if m.stated[field] == value)
    return any(m.stated[field] > value and m.effective > latest for m in pool)


def _positive(field: str, stating: list[_Member]) -> list[_Member]:
    """A stated 0 ("no casualties", "no missiles") never overrides a positive count of the figure."""
    positive = [m for m in stating if m.stated[field]]
    return positive or stating


def _choose(field: str, stating: list[_Member]) -> _Choice:
    """The value of one field among the reports stating it (rule 3 of the module docstring)."""
    if len(stating) == 1:  # most fields of most incidents
        return _Choice(value=stating[0].stated[field], member=stating[0], support=1)
    ranked = [(m, m.rank(field)) for m in _positive(field, stating)]
    top = min(rank for _, rank in ranked)
    pool = [m for m, rank in ranked if rank == top]
    casualty = field in CASUALTY_FIELDS
    candidates = pool
    if casualty and top == OFFICIAL and len(pool) > 1:
        # Tolls rise over a day: a later, higher official count is a revision, not a disagreement.
        # Earlier counts stay in the pool: they still support the candidates they agree with.
        revised = {v for v in {m.stated[field] for m in pool} if _superseded(field, v, pool)}
        candidates = [m for m in pool if m.stated[field] not in revised]
    # One count per distinct value: a rank holds a handful of reports, often all of one value.
    supports = {v: _support(v, field, pool) for v in {m.stated[field] for m in candidates}}

    def key(m: _Member) -> tuple[int, int, int, bool, str]:
        value = m.stated[field]
        return (
            -supports[value],  # agreement within the winning rank
            -m.effective,  # then recency (of the original a copy repeats)
            -value if casualty else 0,  # equally recent tolls: the higher
            m.copy,
            m.report.report_id,
        )

    best = min(candidates, key=key)
    value = best.stated[field]
    return _Choice(value=value, member=best, support=_support(value, field, stating))


def _reconcile(
    members: list[_Member],
) -> tuple[Figures, dict[str, str], dict[str, int]]:
    """Figures, provenance and support of the members' values (rule 3)."""
    figures: dict[str, int | None] = dict.fromkeys(FIELDS)
    provenance: dict[str, str] = {}
    support: dict[str, int] = {}
    named = {field for m in members for field in m.stated}
    for field in FIELDS:
        if field not in named:
            continue
        stating = [m for m in members if field in m.stated]
        choice = _choose(field, stating)
        figures[field] = choice.value
        provenance[field] = choice.member.report.report_id
        support[field] = choice.support
    return Figures(**figures), provenance, support


def _conflicts(figures: Figures, members: list[_Member]) -> dict[str, list[ConflictValue]]:
    """Per field, every report (outliers included) that states another value than the chosen one."""
    conflicts: dict[str, list[ConflictValue]] = {}
    if len(members) < 2:  # a lone report's values are the incident's
        return conflicts
    for field in FIELDS:
        chosen = figures.get(field)
        disagreeing = sorted(
            (v, m.report.report_id) for m in members if (v := m.value(field)) is not None and v != chosen
        )
        if disagreeing:
            conflicts[field] = [ConflictValue(value=v, report_id=rid) for v, rid in disagreeing]
    return conflicts


# Publication stamps recur in every rebuild: convert each once.
@functools.lru_cache(maxsize=8192)
def kyiv_day(stamp: str) -> date | None:
    """The Kyiv-local calendar date of an RFC 3339 stamp (naive stamps are UTC); None for garbage."""
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(KYIV).date()


def _doubtful(member: _Member, day: date) -> bool:
    """Rule 5's candidates: an inferred date, or published more than LATE_AFTER_DAYS after the incident."""
    if member.report.date_basis == "published":
        return True
    published = kyiv_day(member.report.published_at)
    return published is not None and published > day + timedelta(days=LATE_AFTER_DAYS)


def _disagrees(field: str, value: int, agreed: int, member: _Member, source: _Member) -> bool:
    """Does a report's value contradict the agreed one? A later, higher casualty count is a revision."""
    if agrees(value, agreed):
        return False
    return not (field in CASUALTY_FIELDS and value > agreed and member.published > source.published)


def outliers(day: str, members: list[_Member]) -> set[str]:
    """Report ids of the outlier reports of one incident (rule 5 of the module docstring)."""
    try:
        incident_day = date.fromisoformat(day)
    except ValueError:
        return set()
    if len(members) < 2:
        return set()
    doubtful = [m for m in members if _doubtful(m, incident_day)]
    trusted = [m for m in members if not _doubtful(m, incident_day)]
    if not doubtful or not trusted:
        return set()
    agreed, provenance, _ = _reconcile(trusted)
    by_id = {m.report.report_id: m for m in trusted}
    out: set[str] = set()
    for m in doubtful:
        stated = m.report.figures.stated()
        against = sum(
            1
            for field, value in stated.items()
            if (held := agreed.get(field)) is not None
            and _disagrees(field, value, held, m, by_id[provenance[field]])
        )
        if 2 * against > len(stated):
            out.add(m.report.report_id)
    return out


def _incident(day: str, attacker: str, target: str, reports: list[Report]) -> Incident:
    members = _members(reports)
    excluded = outliers(day, members)
    sources = [m for m in members if m.report.report_id not in excluded]
    figures, provenance, support = _reconcile(sources)
    first = min(members, key=lambda m: (m.published, m.report.report_id))
    last = max(members, key=lambda m: (m.published, m.report.report_id))
    return Incident(
        incident_id=incident_id(day, attacker, target),
        date=day,
        attacker=attacker,
        target=target,
        version=len(members),
        figures=figures,
        regions=sorted({region for m in sources for region in m.report.regions}),
        report_ids=sorted(r.report_id for r in reports),
        article_ids=sorted({r.article_id for r in reports}),
        outlets=sorted({r.outlet for r in reports if r.outlet}),
        provenance=provenance,
        support=support,
        conflicts=_conflicts(figures, members),
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
    return _build(distinct, _date_rule(distinct)[0], only)


def _build(distinct: list[Report], dates: Mapping[str, str], only: set[str] | None) -> dict[str, Incident]:
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

    Of the ``rebuild_dates`` two days away from a changed day, only those that are one night with a
    neighbour (rule 2b) are rebuilt: such a date Y changes only through a join, and whether Y-1|Y or
    Y|Y+1 are one night depends on buckets the change did not touch, so a date that is one night
    with neither was not before the change either, and its incident is its own day's, unchanged. A
    report then rebuilds three incidents, as before rule 2b, unless a join is near.
    """
    load, reach = batch_dates(days)
    distinct = _distinct(r for d in load for r in buckets.get(d, ()))
    dates, one_night = _date_rule(distinct)
    near = {day + timedelta(days=k) for day in days for k in range(-1, 2)}
    rebuilt = [
        d
        for d in reach
        if d in near
        or (attacker, target, d.isoformat()) in one_night
        or (attacker, target, (d - timedelta(days=1)).isoformat()) in one_night
    ]
    current = _build(distinct, dates, {d.isoformat() for d in rebuilt})
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


def slim(report: Report) -> Report:
    """The report as the merge keeps it: of its evidence only who stated each figure (the merge ranks
    figures by it); spans and quoted text are the report's business, not the incident's."""
    named = [msgspec.structs.replace(e, text="") for e in report.evidence if e.claimant]
    return msgspec.structs.replace(report, evidence=named)
