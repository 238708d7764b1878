"""Hostile input for the worker: >= 10,000 messages, each labelled with what must become of it.

An expectation is either a set of acceptable rejection reasons, or ``PROCESSED`` (the article must be
read, not rejected). Every text below was written for these tests.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from schemas.article import encoder as article_encoder
from streams.bench.outputs import short_articles

MAX_BYTES = 100_000  # the worker's RAIDTALLY_MAX_ARTICLE_BYTES in the hostile run
PROCESSED: frozenset[str] = frozenset()
ANY_REASON = frozenset({"not_json", "bad_utf8", "wrong_schema", "empty_body", "too_large", "bad_date"})

ABSURD = (
    "Russia launched 1,000,000,000,000 Shahed drones at Ukraine overnight, the air force said; air "
    "defence shot down 999,999,999,999 of them.",
    "Russia attacked Ukraine overnight with 10^12 drones and 5e9 missiles, the air force said, adding "
    "that 3000000000 were intercepted and 7000000 people were killed in Kyiv.",
    "The air force said Russia launched -40 drones at Ukraine overnight and air defence destroyed -12; "
    "-5 people were killed and minus 3 injured in Odesa.",
    "Ukraine's air force reported that 18446744073709551616 attack drones and 99999999999999999999 "
    "missiles were launched overnight, of which 18446744073709551615 were shot down.",
    "Russia fired 4294967296 cruise missiles at Kharkiv overnight, the regional governor said; "
    "2147483648 people were injured.",
)
CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\r\t") + "\x7f\u202e\ufeff"


@dataclass(frozen=True)
class Case:
    kind: str
    key: bytes | None
    value: bytes | None
    expect: frozenset[str]


def _article(i: int, body: str, published_at: str = "2025-06-01T06:30:00Z", **extra: object) -> dict:
    return {"id": f"h-{i}", "outlet": "hostile.example", "body": body, "published_at": published_at, **extra}


def _dump(obj: object) -> bytes:
    return json.dumps(obj).encode()


def build(seed: int = 6, scale: int = 1) -> list[Case]:
    """The hostile stream, shuffled; ``scale`` multiplies every kind's count (1 gives 11,050)."""
    rng = random.Random(seed)
    valid = short_articles(800 * scale, seed + 1)
    cases: list[Case] = []
    n = 0

    def add(kind: str, count: int, make: Callable[[int], tuple[bytes | None, frozenset[str]]]) -> None:
        nonlocal n
        for _ in range(count * scale):
            n += 1
            value, expect = make(n)
            cases.append(Case(kind, f"h-{n}".encode(), value, expect))

    add("random_bytes", 2500, lambda i: (rng.randbytes(rng.randint(0, 2000)), ANY_REASON))
    add(
        "truncated_json",
        2500,
        lambda i: (
            (raw := article_encoder.encode(rng.choice(valid)))[: rng.randint(0, len(raw) - 1)],
            frozenset({"not_json", "bad_utf8"}),
        ),
    )
    wrong_types: list[object] = [
        [1, 2, 3],
        "just a string",
        42,
        None,
        True,
        {"id": 7, "body": "drones", "published_at": "2025-06-01T06:30:00Z"},
        {"id": "x", "body": ["drones", "missiles"], "published_at": "2025-06-01T06:30:00Z"},
        {"id": "x", "body": "drones", "published_at": 1717223400},
        {"id": "x", "body": {"text": "drones"}, "published_at": "2025-06-01T06:30:00Z"},
        {"id": None, "body": None, "published_at": None},
        {"body": "no id and no date"},
        {},
    ]
    add(
        "wrong_types", 1500, lambda i: (_dump(wrong_types[i % len(wrong_types)]), frozenset({"wrong_schema"}))
    )
    add(
        "huge_body",
        50,
        lambda i: (
            _dump(
                _article(i, "Drones attacked overnight. " * rng.randint(MAX_BYTES // 27 + 10, 600_000 // 27))
            ),
            frozenset({"too_large"}),
        ),
    )
    add(
        "invalid_utf8",
        1200,
        lambda i: (
            _dump(_article(i, "Air defence shot down XX drones.")).replace(
                b"XX",
                rng.choice([b"\xc3\x28", b"\xff\xfe", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"]),
            ),
            frozenset({"bad_utf8"}),
        ),
    )
    add("null_value", 500, lambda i: (None, frozenset({"wrong_schema"})))
    add(
        "date_2099",
        500,
        lambda i: (_dump(_article(i, ABSURD[0], f"2099-0{1 + i % 9}-01T00:00:00Z")), frozenset({"bad_date"})),
    )
    add(
        "date_1990",
        500,
        lambda i: (_dump(_article(i, ABSURD[1], f"1990-0{1 + i % 9}-15T12:00:00Z")), frozenset({"bad_date"})),
    )
    add(
        "control_chars",
        400,
        lambda i: (
            _dump(
                _article(
                    i, f"Russia launched {20 + i % 50} drones{rng.choice(CONTROL)} at Ukraine overnight."
                )
            ),
            PROCESSED,
        ),
    )
    add(
        "nul_in_body",
        200,
        lambda i: (
            _dump(_article(i, "Air defence\x00 shot down 12 drones overnight.")),
            frozenset({"wrong_schema"}),
        ),
    )
    add(
        "absurd_figures",
        400,
        lambda i: (
            _dump(_article(i, ABSURD[i % len(ABSURD)], f"2025-06-{1 + i % 28:02d}T06:30:00Z")),
            PROCESSED,
        ),
    )
    add("valid", 400, lambda i: (article_encoder.encode(valid[i % len(valid)]), PROCESSED))
    # Valid articles with no key at all: keys are optional on the articles topic.
    for article in valid[len(valid) // 2 :][: 400 * scale]:
        cases.append(Case("null_key", None, article_encoder.encode(article), PROCESSED))
    rng.shuffle(cases)
    return cases
