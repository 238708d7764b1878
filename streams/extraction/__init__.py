"""Extraction: article text → aerial-attack reports with evidence. Pure functions, no Faust or Kafka.

    from streams.extraction import extract
    reports = extract(article)  # list[schemas.Report], one per incident, sorted by incident id

Modules, by what they hold: ``sentences`` (splitting with offsets), ``numbers`` (digits and number
words), ``dates`` (Kyiv dates and the date rule), ``regions`` (gazetteer), ``claimants`` (who said
it), ``direction`` (RU>UA or UA>RU), ``lexicon`` (word lists), ``figures`` (counted phrases and their
roles in one sentence) and ``extract`` (the article-level reading).
"""

from streams.extraction.extract import extract, report_id

__all__ = ["extract", "report_id"]
