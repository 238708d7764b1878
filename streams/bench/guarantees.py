"""at_least_once vs exactly_once on the real broker: throughput, and what kill -9 does to the outputs.

For each processing guarantee, on fresh topic prefixes:

1. an uninterrupted worker over N short synthetic articles (streams/bench/outputs.py): seconds from
   the first article produced until the incidents and tallies topics hold the expected final state
   (computed with the pure functions), and articles per second;
2. the same articles with the worker killed (-9) after ~15 %, ~50 % and ~85 % were consumed and
   restarted each time: whether the final state is still exact, how many incident messages were
   published (re-sends after a restart), and how many (incident, version) pairs got two values from
   the same reports (duplicated versions).

    .venv/bin/python -m streams.bench.guarantees [N] [--only at_least_once|exactly_once] [--json out.json]

Needs a broker (KAFKA_BOOTSTRAP_SERVERS, default the local one). Deletes its topics afterwards.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from streams.bench.harness import Worker, create_topics, delete_topics_with_prefix, env_for, send_raw
from streams.bench.outputs import (
    Messages,
    Outputs,
    as_messages,
    consumed,
    duplicate_versions,
    expected_outputs,
    short_articles,
    wait_for_outputs,
    wait_until,
)
from streams.settings import load

GUARANTEES = ("at_least_once", "exactly_once")
KILL_AT = (0.15, 0.50, 0.85)
TIMEOUT_S = 300.0


@dataclass
class Outcome:
    guarantee: str
    kills: int
    seconds: float
    articles_per_second: float
    exact: bool
    incident_messages: int
    duplicated_versions: int
    worker_alive: bool


def _reached(worker: Worker, earlier: float, mark: float) -> bool:
    return earlier + consumed(worker) >= mark


def run(
    bootstrap: str,
    messages: Messages,
    expected: Outputs,
    guarantee: str,
    kill_at: tuple[float, ...],
    logs: Path,
) -> Outcome:
    prefix = f"bench-guarantee-{uuid.uuid4().hex[:12]}"
    env = env_for(bootstrap, prefix, RAIDTALLY_PROCESSING_GUARANTEE=guarantee)
    worker = Worker(env, logs / f"{prefix}.log")
    try:
        create_topics(env)
        worker.start()
        started = time.monotonic()
        send_raw(bootstrap, f"{prefix}.articles", messages)
        before = 0.0
        for fraction in kill_at:
            mark = fraction * len(messages)
            wait_until(
                partial(_reached, worker, before, mark), timeout=TIMEOUT_S, what=f"{mark:.0f} consumed"
            )
            before += consumed(worker)
            worker.kill()
            worker.start()
        got, log = wait_for_outputs(bootstrap, prefix, expected, timeout=TIMEOUT_S)
        seconds = time.monotonic() - started
        alive = worker.proc is not None and worker.proc.poll() is None
        return Outcome(
            guarantee=guarantee,
            kills=len(kill_at),
            seconds=round(seconds, 1),
            articles_per_second=round(len(messages) / seconds, 1),
            exact=got == expected,
            incident_messages=len(log),
            duplicated_versions=len(duplicate_versions(log)),
            worker_alive=alive,
        )
    # a worker that never got ready or never caught up is an outcome too
    except (AssertionError, RuntimeError, TimeoutError) as exc:
        print(f"{guarantee}: {exc}\n{worker.log_tail(20)}", file=sys.stderr)
        return Outcome(guarantee, len(kill_at), float("nan"), 0.0, False, 0, 0, False)
    finally:
        worker.stop()
        delete_topics_with_prefix(bootstrap, prefix)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", nargs="?", type=int, default=5000)
    parser.add_argument("--only", choices=GUARANTEES)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    bootstrap = load().bootstrap_servers
    articles = short_articles(args.n, args.seed)
    messages, expected = as_messages(articles), expected_outputs(articles)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="raidtally-guarantees-") as logs:
        for guarantee in [args.only] if args.only else GUARANTEES:
            for kill_at in ((), KILL_AT):
                outcome = run(bootstrap, messages, expected, guarantee, kill_at, Path(logs))
                outcomes.append(outcome)
                print(json.dumps(asdict(outcome)), flush=True)
    print("\n| guarantee | kill -9 | seconds | articles/s | exact | incident msgs | dup. versions | alive |")
    print("|---|---|---|---|---|---|---|---|")
    for o in outcomes:
        print(
            f"| {o.guarantee} | {o.kills} | {o.seconds} | {o.articles_per_second} | {o.exact} | "
            f"{o.incident_messages} | {o.duplicated_versions} | {o.worker_alive} |"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
