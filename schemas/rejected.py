"""Rejected: an input the worker could not use, with a machine-readable reason and the original bytes."""

from __future__ import annotations

from typing import Literal, get_args

import msgspec

Reason = Literal[
    "not_json",
    "bad_utf8",
    "wrong_schema",
    "empty_body",
    "too_large",
    "bad_date",
    "extraction_failed",
]
REASONS: tuple[Reason, ...] = get_args(Reason)


class Rejected(msgspec.Struct, kw_only=True):
    reason: Reason
    detail: str
    topic: str
    partition: int
    offset: int
    key_b64: str | None
    value_b64: str | None


encoder = msgspec.json.Encoder()
decoder = msgspec.json.Decoder(Rejected)
