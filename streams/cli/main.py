"""`raidtally`: the command line. Every command reads its settings from the environment (README)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from streams import settings as settings_module
from streams.settings import Settings


def _settings() -> Settings:
    return settings_module.load()


def _fail(message: str) -> None:
    click.echo(f"raidtally: {message}", err=True)
    raise SystemExit(1)


def _checked_settings() -> Settings:
    """Settings of a command that talks to Kafka, after one connection check: a secured cluster that
    refuses this client (credentials, CA, protocol) stops the command at once with the setting to fix."""
    from streams.security import Refused, check_connection

    settings = _settings()
    try:
        check_connection(settings)
    except Refused as exc:
        _fail(str(exc))
    return settings


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="raidtally")
def main() -> None:
    """raidtally: aerial-attack reports from news articles, deduplicated and tallied on Kafka.

    \b
    Typical session:
      raidtally broker start          # a local single-node Kafka (KRaft), from Maven Central
      raidtally topics create         # articles, reports, incidents, tallies, rejected
      raidtally worker                # the Faust worker: extract -> merge -> tally, /metrics
      raidtally produce articles.jsonl
      raidtally tail tallies --from-beginning --latest-per-key

    Configuration comes from the environment: KAFKA_BOOTSTRAP_SERVERS, RAIDTALLY_TOPIC_PREFIX,
    RAIDTALLY_APP_ID and the other RAIDTALLY_* variables listed in the README.
    """


# --- broker -------------------------------------------------------------------------------------


@main.group()
def broker() -> None:
    """Run a local single-node Apache Kafka broker (KRaft) from the official Maven artifacts."""


@broker.command("start")
def broker_start() -> None:
    """Fetch (first time), format and start the broker; wait until it answers; print its address."""
    from streams.local import broker as broker_module

    try:
        address = broker_module.start(_settings(), echo=lambda m: click.echo(m, err=True))
    except broker_module.BrokerError as exc:
        _fail(str(exc))
    click.echo(address)


@broker.command("stop")
def broker_stop() -> None:
    """Stop the local broker (its data stays under .state/kafka)."""
    from streams.local import broker as broker_module

    try:
        stopped = broker_module.stop(_settings(), echo=lambda m: click.echo(m, err=True))
    except broker_module.BrokerError as exc:
        _fail(str(exc))
    click.echo("stopped" if stopped else "not running")


@broker.command("status")
def broker_status() -> None:
    """Print the bootstrap address when the local broker runs; exit 1 when it does not."""
    from streams.local import broker as broker_module

    address = broker_module.status(_settings())
    if address is None:
        click.echo("not running")
        raise SystemExit(1)
    click.echo(f"running at {address}")


# --- topics -------------------------------------------------------------------------------------


@main.group()
def topics() -> None:
    """Create and list raidtally's topics."""


@topics.command("create")
def topics_create() -> None:
    """Create every topic (idempotent): partitions from RAIDTALLY_PARTITIONS, compaction where needed."""
    from streams.kafka_io import create_topics

    settings = _checked_settings()
    try:
        result = create_topics(settings, settings.replication_factor)
    except Exception as exc:
        _fail(f"cannot create topics on {settings.bootstrap_servers}: {exc}")
    for name, state in result.items():
        click.echo(f"{state:8} {name}")


@topics.command("list")
def topics_list() -> None:
    """List the topics under this prefix and app id (including Faust's changelogs)."""
    from streams.kafka_io import admin

    settings = _checked_settings()
    client = admin(settings)
    try:
        for name in sorted(client.list_topics()):
            if name.startswith((settings.topic_prefix + ".", settings.app_id + "-")):
                click.echo(name)
    finally:
        client.close()


# --- produce / tail -----------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published-at", help="published_at for .txt files (default: the file's mtime, UTC).")
@click.option("--outlet", help="outlet for .txt files.")
def produce(paths: tuple[str, ...], published_at: str | None, outlet: str | None) -> None:
    """Validate and send articles to the articles topic.

    PATHS are JSON Lines files (one Article per line; unknown fields ignored), .txt files (first line
    title, the rest body), directories of them, or - for JSON Lines on standard input. Invalid items are
    listed with file, line and reason; the rest are sent. Exits 1 when anything was invalid.
    """
    from streams.cli.produce import produce_paths

    settings = _checked_settings()
    try:
        counts = produce_paths(settings, paths, published_at=published_at, outlet=outlet)
    except FileNotFoundError as exc:
        _fail(str(exc))
    click.echo(f"sent {counts.sent}, invalid {counts.invalid}", err=True)
    if counts.invalid:
        raise SystemExit(1)


@main.command()
@click.argument("topic")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest message, not the newest.")
@click.option(
    "--latest-per-key",
    is_flag=True,
    help="Print only the latest value of each key (sorted by key), dropping deleted keys.",
)
@click.option(
    "--idle-timeout",
    type=float,
    default=5.0,
    show_default=True,
    help="Exit after this many seconds without a new message.",
)
@click.option("--limit", type=int, default=None, help="Stop after N messages.")
@click.option("--keys", is_flag=True, help='Print {"key", "value"} objects instead of bare values.')
def tail(
    topic: str, from_beginning: bool, latest_per_key: bool, idle_timeout: float, limit: int | None, keys: bool
) -> None:
    """Print a topic's values as JSON lines (short names like `incidents` take the prefix)."""
    from streams.cli.tail import tail_topic
    from streams.topics import full_name

    settings = _checked_settings()
    try:
        tail_topic(
            settings,
            full_name(settings, topic),
            from_beginning=from_beginning,
            latest_per_key=latest_per_key,
            idle_timeout=idle_timeout,
            limit=limit,
            with_keys=keys,
            out=sys.stdout,
        )
    except LookupError as exc:
        _fail(str(exc))


# --- extraction and the worker -----------------------------------------------------------------


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
def extract(source: Path) -> None:
    """Extract reports from Article JSON Lines (FILE or -) to standard output, without a broker.

    Lines that are not valid articles are reported on standard error with their line number.
    """
    from streams.cli.extract import extract_lines

    settings = _settings()
    stream = sys.stdin.buffer if str(source) == "-" else source.open("rb")
    try:
        counts = extract_lines(stream, sys.stdout, settings.max_article_bytes)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    click.echo(
        f"articles {counts.articles}, with reports {counts.with_reports}, reports {counts.reports}, "
        f"invalid {counts.invalid}",
        err=True,
    )


@main.command()
@click.option(
    "-l",
    "--loglevel",
    default="warn",
    show_default=True,
    type=click.Choice(["crit", "error", "warn", "info", "debug"]),
    help="Faust log level.",
)
def worker(loglevel: str) -> None:
    """Run the Faust worker: extract, merge and tally agents, and /metrics on the web port."""
    from streams.kafka_io import create_topics

    settings = _checked_settings()
    try:
        create_topics(settings, settings.replication_factor)
    except Exception as exc:
        _fail(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc} (is the broker running?)")
    from streams.agents.worker import run

    run(loglevel)


@main.command()
@click.option(
    "--articles",
    "articles",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Articles to produce (default: the bundled demo/articles.jsonl).",
)
@click.option(
    "--serve/--no-serve",
    default=True,
    show_default=True,
    help="Keep serving /metrics (and Prometheus) until Ctrl-C after printing the tallies.",
)
def demo(articles: Path | None, serve: bool) -> None:
    """The main job: broker, topics, worker, demo articles, incidents and tallies, then /metrics.

    Starts the local broker unless KAFKA_BOOTSTRAP_SERVERS is set, and stops what it started on exit.
    """
    from streams.cli.demo import DEMO_ARTICLES, run_demo

    try:
        run_demo(_settings(), articles or DEMO_ARTICLES, serve, echo=lambda m: click.echo(m, err=True))
    except (RuntimeError, TimeoutError) as exc:
        _fail(str(exc))


@main.command()
@click.option("--articles", "n", type=int, default=100_000, show_default=True, help="Corpus size.")
@click.option("--seed", type=int, default=7, show_default=True, help="Corpus seed.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(".state/bench"),
    show_default=True,
    help="Where results.json and the worker logs go.",
)
@click.option(
    "--latency-seconds", type=float, default=60.0, show_default=True, help="Length of the steady run."
)
@click.option(
    "--latency-rate", type=float, default=100.0, show_default=True, help="Articles/s of the steady run."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Workers of the latency and replay phases (one per core is the usual choice).",
)
@click.option("--skip-ceilings", is_flag=True, help="Skip the broker-alone and plain-loop ceilings.")
@click.option("--skip-one-worker", is_flag=True, help="Skip end to end with one worker.")
@click.option("--skip-two-workers", is_flag=True, help="Skip end to end with two workers.")
@click.option("--skip-latency", is_flag=True, help="Skip the steady-rate latency run.")
@click.option("--skip-replay", is_flag=True, help="Skip the replay into a fresh app id.")
def bench(
    n: int, seed: int, out: Path, latency_seconds: float, latency_rate: float, workers: int, **skips: bool
) -> None:
    """Benchmark extraction, the broker, a Faust-less loop and the pipeline on a synthetic corpus."""
    from streams.bench import Options, run

    options = Options(
        articles=n,
        seed=seed,
        out=out,
        latency_seconds=latency_seconds,
        latency_rate=latency_rate,
        workers=workers,
        **skips,
    )

    def progress(items: Any) -> Any:
        with click.progressbar(items, length=n, label="generating corpus", file=sys.stderr) as bar:
            yield from bar

    run(_settings(), options, progress=progress, echo=lambda m: click.echo(m, err=True))


if __name__ == "__main__":
    main()
