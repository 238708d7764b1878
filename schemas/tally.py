"""Tally: sums over a rolling window of day buckets (``raidtally.tallies``, compacted).

Key = ``"{attacker}>{target}:{window}:{end_date}"`` (``streams.pipeline.keys.tally_key``).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from schemas.figures import Figures

Window = Literal["1d", "7d", "30d", "all"]
WINDOWS: tuple[Window, ...] = ("1d", "7d", "30d", "all")


class InterceptionRatio(msgspec.Struct, kw_only=True):
    drones: float | None = None
    missiles: float | None = None
    total: float | None = None


class Tally(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    attacker: str
    target: str
    window: Window
    start: str
    end: str
    figures: Figures
    incidents: int
    interception_ratio: InterceptionRatio = msgspec.field(default_factory=InterceptionRatio)


encoder = msgspec.json.Encoder()
decoder = msgspec.json.Decoder(Tally)
