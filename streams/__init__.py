"""raidtally: an event-sourced stream processor for aerial-attack reports."""

__version__ = "0.1.0"
