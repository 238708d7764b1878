"""Kyiv-local time: incident dates are Kyiv calendar dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")


def today_kyiv() -> date:
    """Today's date in Kyiv (for RAIDTALLY_CLOCK=wall only: event-time tallies never read the clock)."""
    return datetime.now(KYIV).date()
