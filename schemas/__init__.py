"""Message schemas: one msgspec Struct per topic, shared by producers, agents and tests."""

from schemas.article import Article
from schemas.figures import FIELDS, Figures
from schemas.incident import ConflictValue, Incident
from schemas.rejected import Rejected
from schemas.report import Evidence, Report
from schemas.tally import InterceptionRatio, Tally

__all__ = [
    "FIELDS",
    "Article",
    "ConflictValue",
    "Evidence",
    "Figures",
    "Incident",
    "InterceptionRatio",
    "Rejected",
    "Report",
    "Tally",
]
