"""Every key and id format, the partition rule and the Kyiv date (streams/pipeline/keys.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from streams.pipeline import keys
from streams.pipeline.keys import Pair, tally_partition

D0 = date(2025, 3, 1)


@dataclass(frozen=True)
class Directed:
    attacker: str
    target: str


def test_a_pair_is_spelled_attacker_then_target() -> None:
    pair = Pair("RU", "UA")
    assert str(pair) == "RU>UA"
    assert Pair.parse("RU>UA") == pair
    assert (pair.attacker, pair.target) == ("RU", "UA")
    assert Pair("UA", "RU") != pair


def test_reports_are_keyed_by_their_pair() -> None:
    report = Directed(attacker="UA", target="RU")  # only attacker and target are read
    assert keys.report_key(report) == b"UA>RU"
    assert Pair.of(report) == Pair("UA", "RU")


def test_incident_ids_round_trip() -> None:
    assert keys.incident_id(D0, "UA", "RU") == "2025-03-01:UA>RU"
    assert keys.incident_id("2025-03-01", "UA", "RU") == "2025-03-01:UA>RU"
    assert keys.parse_incident_id("2025-03-01:UA>RU") == (D0, Pair("UA", "RU"))


def test_day_bucket_keys_round_trip() -> None:
    key = keys.day_key(Pair("UA", "RU"), D0)
    assert key == "UA>RU:2025-03-01"
    assert key.startswith(keys.day_key_prefix(Pair("UA", "RU")))
    assert not key.startswith(keys.day_key_prefix(Pair("UA", "R")))
    assert keys.parse_day_key(key) == (Pair("UA", "RU"), D0)


def test_tally_keys() -> None:
    assert keys.tally_key("RU", "UA", "7d", "2025-03-01") == "RU>UA:7d:2025-03-01"
    assert keys.tally_key("RU", "UA", "all", D0) == "RU>UA:all:2025-03-01"


def test_kyiv_is_ahead_of_utc() -> None:
    late_utc = datetime(2025, 3, 1, 22, 30, tzinfo=UTC)  # 00:30 on 2 March in Kyiv (UTC+2 in winter)
    assert late_utc.astimezone(keys.KYIV).date() == date(2025, 3, 2)


@pytest.mark.parametrize(
    "workers",
    [
        ({0, 1, 2}, {3, 4, 5}),  # halves
        ({0, 2, 4}, {1, 3, 5}),  # round robin
    ],
)
def test_a_pairs_tally_stage_runs_on_the_other_worker(workers: tuple[set[int], set[int]]) -> None:
    """Six partitions shared by two workers: merge and tally of one pair never share a worker."""
    for partition in range(6):
        mine = next(w for w in workers if partition in w)
        assert tally_partition(partition, 6) not in mine
    # One partition per pair, each used once: the stage moves, it does not merge two pairs' stages.
    for partitions in (1, 2, 3, 6, 12):
        assert sorted(tally_partition(p, partitions) for p in range(partitions)) == list(range(partitions))
