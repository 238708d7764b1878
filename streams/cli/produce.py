"""`raidtally produce`: read articles from files, validate them, send the valid ones keyed by id."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import msgspec
from tqdm import tqdm

from schemas.article import Article
from schemas.article import decoder as article_decoder
from schemas.article import encoder as article_encoder
from schemas.rejected import Reason
from streams.pipeline.intake import Invalid, validate
from streams.settings import Settings


@dataclass
class Counts:
    sent: int = 0
    invalid: int = 0


@dataclass(frozen=True)
class Item:
    """One input item: where it came from, and the article or why it is not one."""

    origin: str
    result: Article | Invalid


def expand(paths: tuple[str, ...]) -> Iterator[Path | None]:
    """Files in the order given; directories expand to their .jsonl/.txt files, sorted; None is stdin."""
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in {".jsonl", ".txt"} and p.is_file())
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or directory: {raw}")


def read_jsonl(lines: Iterator[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        if len(line) > max_bytes:
            yield Item(origin, Invalid("too_large", f"{len(line)} bytes > limit {max_bytes}"))
            continue
        try:
            article = article_decoder.decode(line)
        except msgspec.ValidationError as exc:
            yield Item(origin, Invalid("wrong_schema", str(exc)))
            continue
        except msgspec.DecodeError as exc:
            reason: Reason = "bad_utf8" if _bad_utf8(line) else "not_json"
            yield Item(origin, Invalid(reason, str(exc)))
            continue
        yield Item(origin, validate(article))


def _bad_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def read_txt(path: Path, published_at: str | None, outlet: str | None) -> Item:
    """A .txt article: the first line is the title, the rest the body."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return Item(str(path), Invalid("bad_utf8", str(exc)))
    title, _, body = text.partition("\n")
    when = published_at or datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
    article = Article(
        title=title.strip() or None, body=body.strip(), published_at=when, outlet=outlet, id=None, url=None
    )
    return Item(str(path), validate(article))


def items(
    paths: tuple[str, ...], max_bytes: int, published_at: str | None, outlet: str | None
) -> Iterator[Item]:
    for path in expand(paths):
        if path is None:
            yield from read_jsonl(iter(sys.stdin.buffer), "<stdin>", max_bytes)
        elif path.suffix == ".txt":
            yield read_txt(path, published_at, outlet)
        else:
            with path.open("rb") as handle:
                yield from read_jsonl(iter(handle), str(path), max_bytes)


def produce_paths(
    settings: Settings, paths: tuple[str, ...], published_at: str | None = None, outlet: str | None = None
) -> Counts:
    from streams.kafka_io import producer

    counts = Counts()
    client = producer(settings, max_request_size=max(settings.max_article_bytes * 2, 1_048_576))
    topic = settings.topic("articles")
    try:
        progress = tqdm(
            items(paths, settings.max_article_bytes, published_at, outlet),
            unit=" articles",
            file=sys.stderr,
            disable=None,
            mininterval=0.5,
        )
        for item in progress:
            if isinstance(item.result, Invalid):
                counts.invalid += 1
                tqdm.write(f"{item.origin}: {item.result.reason}: {item.result.detail}", file=sys.stderr)
                continue
            article = item.result
            article_id = article.article_id
            # The id travels in the value too, so consumers that ignore keys agree on it.
            value = article_encoder.encode(msgspec.structs.replace(article, id=article_id))
            client.send(topic, key=article_id.encode(), value=value)
            counts.sent += 1
        client.flush()
    finally:
        client.close()
    return counts
