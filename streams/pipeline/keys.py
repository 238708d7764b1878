"""Every key and id of the pipeline, the partition rule and the Kyiv date, written once.

A **pair** is one direction of attack, ``Pair("RU", "UA")``, spelled ``"RU>UA"``: the unit the merge and
the tally work in. Everything else is built from it:

| what | format | example |
|---|---|---|
| report key (``raidtally.reports``) | ``{attacker}>{target}`` | ``RU>UA`` |
| incident id (key of ``raidtally.incidents``) | ``{date}:{attacker}>{target}`` | ``2025-05-10:RU>UA`` |
| day bucket (merge and tally tables) | ``{attacker}>{target}:{date}`` | ``RU>UA:2025-05-10`` |
| tally key (``raidtally.tallies``) | ``{attacker}>{target}:{window}:{end}`` | ``RU>UA:7d:2025-05-10`` |

Reports are keyed by pair so that the neighbouring days of one pair, which the merge's date rule
compares, meet on one partition; incidents are keyed by id (compaction) but all of a pair's go to one
partition, ``tally_partition``. Dates are Kyiv calendar dates (``KYIV``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")


class _Directed(Protocol):
    @property
    def attacker(self) -> str: ...

    @property
    def target(self) -> str: ...


class Pair(NamedTuple):
    """attacker>target: who attacked whom (country codes)."""

    attacker: str
    target: str

    def __str__(self) -> str:
        return f"{self.attacker}>{self.target}"

    @classmethod
    def of(cls, item: _Directed) -> Pair:
        """The pair of a report, an incident or a tally."""
        return cls(item.attacker, item.target)

    @classmethod
    def parse(cls, text: str) -> Pair:
        """``"RU>UA"`` → ``Pair("RU", "UA")``."""
        attacker, _, target = text.partition(">")
        return cls(attacker, target)


def report_key(report: _Directed) -> bytes:
    """The key of a report on the reports topic: its pair."""
    return str(Pair.of(report)).encode()


def incident_id(day: date | str, attacker: str, target: str) -> str:
    """``"{date}:{attacker}>{target}"``: one incident per pair and (Kyiv) date."""
    return f"{day}:{attacker}>{target}"


def parse_incident_id(iid: str) -> tuple[date, Pair]:
    """``"2025-05-10:RU>UA"`` → ``(date(2025, 5, 10), Pair("RU", "UA"))``."""
    day, _, pair = iid.partition(":")
    return date.fromisoformat(day), Pair.parse(pair)


def day_key(pair: Pair, day: date | str) -> str:
    """The key of a pair's day bucket in the merge and tally tables: ``"{attacker}>{target}:{date}"``."""
    return f"{pair}:{day}"


def day_key_prefix(pair: Pair) -> str:
    """What every day-bucket key of ``pair`` starts with."""
    return f"{pair}:"


def parse_day_key(key: str) -> tuple[Pair, date]:
    """``"RU>UA:2025-07-04"`` → ``(Pair("RU", "UA"), date(2025, 7, 4))``."""
    pair, _, day = key.rpartition(":")
    return Pair.parse(pair), date.fromisoformat(day)


def tally_key(attacker: str, target: str, window: str, end: date | str) -> str:
    """``"{attacker}>{target}:{window}:{end}"``: one tally per pair, window and end date."""
    return f"{attacker}>{target}:{window}:{end}"


def tally_partition(merge_partition: int, partitions: int) -> int:
    """The partition of a pair's incidents (and so of its tally stage): half-way round from its reports.

    Reports are keyed by pair, so one pair's merge runs on one partition; were its tally stage on the
    same one, the worker holding the busiest pair (most reports are of Russian strikes on Ukraine)
    would carry both stages and set the pace of the group. Faust gives every worker the same partition
    numbers of all topics, in halves or round robin; either way, with two workers on the default six
    partitions, half-way round is the other worker. A pair's incidents still all go to one partition,
    the same one every time, as compaction by incident id needs.
    """
    return (merge_partition + partitions // 2) % partitions


def today_kyiv() -> date:
    """Today's date in Kyiv (for RAIDTALLY_CLOCK=wall only: event-time tallies never read the clock)."""
    return datetime.now(KYIV).date()
