"""Issues 4 and 5 end to end on the real broker: articles from several outlets about one night become one
incident; a revised death toll moves the tallies by exactly the difference; a late report lands in its
own date's windows; re-producing everything adds no version; a replay gives byte-identical outputs.

The articles under tests/integration/articles/ were written for these tests; the expected figures below
are read off their text by hand.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from streams.bench.harness import (
    RAIDTALLY,
    ROOT,
    pipeline_env,
    read_topic,
    running_worker,
    send_raw,
    wait_stable,
)

pytestmark = pytest.mark.kafka

ARTICLES = Path(__file__).parent / "articles"
NIGHT = "2025-05-10:RU>UA"
FIGURE_NAMES = (
    "drones_launched",
    "drones_intercepted",
    "drones_suppressed",
    "missiles_launched",
    "missiles_intercepted",
    "total_launched",
    "total_intercepted",
    "killed",
    "injured",
)


def produce(env: dict[str, str], name: str) -> None:
    subprocess.run(
        [*RAIDTALLY, "produce", str(ARTICLES / name)], env=env, cwd=ROOT, check=True, capture_output=True
    )


def decoded(values: dict[bytes, bytes]) -> dict[str, dict]:
    return {k.decode(): json.loads(v) for k, v in values.items()}


def test_incidents_tallies_revision_late_report_reproduce_and_replay(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, topic_prefix)
    incidents_topic, tallies_topic = f"{topic_prefix}.incidents", f"{topic_prefix}.tallies"
    with running_worker(env, tmp_path / "worker.log"):
        produce(env, "night_of_may_10.jsonl")
        incidents = decoded(wait_stable(kafka_bootstrap, incidents_topic))
        assert sorted(incidents) == [NIGHT, "2025-05-10:UA>RU"]
        night = incidents[NIGHT]
        assert night["figures"] == {
            "drones_launched": 87,
            "drones_intercepted": 61,
            "drones_suppressed": 19,
            "missiles_launched": 4,
            "missiles_intercepted": 2,
            "total_launched": 91,
            "total_intercepted": 63,
            "killed": 2,
            "injured": 5,
        }
        assert night["article_ids"] == ["it-af-0510", "it-copy-0510", "it-gov-0510", "it-wire-0510"]
        assert night["version"] == 4
        # The reprint is syndicated wire copy: it adds an outlet, not a confirmation.
        assert night["independent_reports"] == 3
        assert "daily-reprint.example" in night["outlets"]
        assert set(night["regions"]) >= {"Kyiv"}
        assert set(night["provenance"]) == set(FIGURE_NAMES)
        russia = incidents["2025-05-10:UA>RU"]
        assert russia["figures"]["drones_intercepted"] == 42
        assert russia["regions"] == ["Belgorod", "Bryansk", "Kursk"]

        before = decoded(wait_stable(kafka_bootstrap, tallies_topic))
        day = before["RU>UA:1d:2025-05-10"]
        assert day["figures"]["killed"] == 2 and day["incidents"] == 1
        assert day["interception_ratio"]["drones"] == round(61 / 87, 4)

        # A revised death toll: every window containing the night moves by exactly +2 killed.
        produce(env, "toll_revised.jsonl")
        time.sleep(2)
        after = decoded(wait_stable(kafka_bootstrap, tallies_topic))
        incidents = decoded(wait_stable(kafka_bootstrap, incidents_topic))
        assert incidents[NIGHT]["figures"]["killed"] == 4
        assert incidents[NIGHT]["version"] == 5
        assert [c["value"] for c in incidents[NIGHT]["conflicts"]["killed"]] == [2, 2, 2]
        assert set(after) == set(before)
        for key, old in before.items():
            new = after[key]
            for name in FIGURE_NAMES:
                delta = 2 if (name == "killed" and key.startswith("RU>UA")) else 0
                if old["figures"][name] is None:
                    assert new["figures"][name] is None, (key, name)
                else:
                    assert new["figures"][name] - old["figures"][name] == delta, (key, name)

        # A late report of an earlier night lands in its own date's windows, not the watermark's day.
        produce(env, "late_night_of_may_7.jsonl")
        time.sleep(2)
        late = decoded(wait_stable(kafka_bootstrap, tallies_topic))
        assert late["RU>UA:1d:2025-05-10"] == after["RU>UA:1d:2025-05-10"]
        assert late["RU>UA:1d:2025-05-07"]["figures"]["drones_launched"] == 30
        week = late["RU>UA:7d:2025-05-10"]
        assert week["incidents"] == 2
        assert week["figures"]["drones_launched"] == 87 + 30
        assert week["figures"]["drones_intercepted"] == 61 + 25
        assert late["RU>UA:all:2025-05-10"]["start"] == "2025-05-07"

        # Re-producing every article adds no incident version and no tally change.
        incident_messages = len(read_topic(kafka_bootstrap, incidents_topic, idle=2))
        tally_messages = len(read_topic(kafka_bootstrap, tallies_topic, idle=2))
        for name in ("night_of_may_10.jsonl", "toll_revised.jsonl", "late_night_of_may_7.jsonl"):
            produce(env, name)
        time.sleep(10)
        assert len(read_topic(kafka_bootstrap, incidents_topic, idle=2)) == incident_messages
        assert len(read_topic(kafka_bootstrap, tallies_topic, idle=2)) == tally_messages
        final_incidents = wait_stable(kafka_bootstrap, incidents_topic)
        final_tallies = wait_stable(kafka_bootstrap, tallies_topic)

    # Replay: the same article log, in the same per-partition order, into a fresh prefix and app id.
    replay_prefix = f"{topic_prefix}-replay"
    replay_env = pipeline_env(kafka_bootstrap, replay_prefix)
    subprocess.run(
        [*RAIDTALLY, "topics", "create"], env=replay_env, cwd=ROOT, check=True, capture_output=True
    )
    log = read_topic(kafka_bootstrap, f"{topic_prefix}.articles", idle=2)
    send_raw(kafka_bootstrap, f"{replay_prefix}.articles", log)
    with running_worker(replay_env, tmp_path / "replay.log"):
        assert wait_stable(kafka_bootstrap, f"{replay_prefix}.incidents") == final_incidents
        assert wait_stable(kafka_bootstrap, f"{replay_prefix}.tallies") == final_tallies
