"""Report: what one article says about one incident (``raidtally.reports``, keyed for the merge)."""

from __future__ import annotations

import msgspec

from schemas.figures import Figures


class Evidence(msgspec.Struct, kw_only=True):
    """The span of the article body a figure came from, and who stated the figure there."""

    field: str
    value: int
    start: int
    end: int
    text: str
    # An article quotes several sources (the air force for launches, a mayor for casualties): the
    # merge ranks each figure by the claimant who stated it, falling back to the report's claimant.
    claimant: str | None = None


class Report(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    report_id: str
    article_id: str
    incident_id: str
    date: str
    attacker: str
    target: str
    published_at: str
    figures: Figures
    outlet: str | None = None
    url: str | None = None
    claimant: str | None = None
    regions: list[str] = msgspec.field(default_factory=list)
    evidence: list[Evidence] = msgspec.field(default_factory=list)
    # How the date was found: "explicit" (a date or weekday in the text) or "published"
    # (inferred from published_at). The merge's date rule moves only inferred dates.
    date_basis: str = "published"
    # Near-duplicate fingerprint of the article body (base64 MinHash signature), so the merge
    # can tell syndicated wire copy from independent confirmation without the body.
    fingerprint: str | None = None


encoder = msgspec.json.Encoder()
decoder = msgspec.json.Decoder(Report)
