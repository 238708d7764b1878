"""Extraction: article text → aerial-attack reports with evidence. Pure functions, no Faust or Kafka."""

from streams.extraction.extract import extract, report_id

__all__ = ["extract", "report_id"]
