"""Incident: one attack, reconciled across reports (``raidtally.incidents``, compacted, key = incident id)."""

from __future__ import annotations

import msgspec

from schemas.figures import Figures


class ConflictValue(msgspec.Struct, kw_only=True):
    value: int
    report_id: str


class Incident(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    incident_id: str
    date: str
    attacker: str
    target: str
    version: int
    figures: Figures
    regions: list[str] = msgspec.field(default_factory=list)
    report_ids: list[str] = msgspec.field(default_factory=list)
    article_ids: list[str] = msgspec.field(default_factory=list)
    outlets: list[str] = msgspec.field(default_factory=list)
    provenance: dict[str, str] = msgspec.field(default_factory=dict)
    # Per stated figure, how many independent reports (syndicated copies count once) state a value
    # agreeing with the chosen one (equal or within 10 %). Added later: older incidents decode to {}.
    support: dict[str, int] = msgspec.field(default_factory=dict)
    conflicts: dict[str, list[ConflictValue]] = msgspec.field(default_factory=dict)
    # Event-time stamps (earliest and latest published_at among the reports), not processing
    # time, so a replay gives byte-identical values.
    first_seen_at: str = ""
    updated_at: str = ""
    # Reports whose article is not a near-duplicate of another report's article in this
    # incident: syndicated wire copy adds an outlet but no confirmation.
    independent_reports: int = 0


encoder = msgspec.json.Encoder()
decoder = msgspec.json.Decoder(Incident)
