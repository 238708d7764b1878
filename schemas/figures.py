"""The nine figures: one vocabulary for reports, incidents, tallies, metrics and the scorer."""

from __future__ import annotations

import msgspec

FIELDS: tuple[str, ...] = (
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


class Figures(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    """Figures of one attack. ``None`` means the source did not state it; 0 is a stated zero."""

    drones_launched: int | None = None
    drones_intercepted: int | None = None
    drones_suppressed: int | None = None
    missiles_launched: int | None = None
    missiles_intercepted: int | None = None
    total_launched: int | None = None
    total_intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None

    def get(self, field: str) -> int | None:
        value: int | None = getattr(self, field)
        return value

    def stated(self) -> dict[str, int]:
        """The non-null figures, in the canonical field order."""
        return {f: v for f in FIELDS if (v := getattr(self, f)) is not None}
