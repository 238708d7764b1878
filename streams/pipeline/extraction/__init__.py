"""Extraction: article text → aerial-attack reports with evidence. Pure functions, no Faust or Kafka.

    from streams.pipeline.extraction import extract
    reports = extract(article)  # list[schemas.Report], one per incident, sorted by incident id

Modules, by what they hold: ``sentences`` (splitting with offsets), ``numbers`` (digits and number
words), ``dates`` (Kyiv dates and the date rule), ``regions`` (gazetteer), ``claimants`` (who said
it), ``direction`` (RU>UA or UA>RU), ``lexicon`` (word lists), ``figures`` (counted phrases and their
roles in one sentence) and ``extract`` (the article-level reading).
"""

import sys

from streams.pipeline.extraction.extract import extract, report_id

__all__ = ["extract", "forget", "report_id"]


def forget() -> None:
    """Empty every per-text cache of the extraction modules, so that all text is read as new.

    Benchmarks call it to time first-seen articles; the results never depend on it.
    """
    for name, module in list(sys.modules.items()):
        if name.startswith(__name__ + "."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
