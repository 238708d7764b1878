"""The worker's entry point: import every agent, then hand over to Faust's worker command."""

from __future__ import annotations

import sys


def run(loglevel: str = "warn") -> None:
    from streams import extract_agent, merge_agent, tally_agent  # noqa: F401 - registers the agents
    from streams.app import app
    from streams.monitoring import install

    install(app)
    app.conf.datadir.mkdir(parents=True, exist_ok=True)

    sys.argv = [sys.argv[0], "worker", "--loglevel", loglevel]
    app.main()
