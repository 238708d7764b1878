"""Who stated a figure: the claimant of each count and of the report."""

from __future__ import annotations

from streams.pipeline.extraction import extract
from streams.pipeline.extraction.claimants import find_claimant
from tests.pipeline.extraction.cases import to_article


def test_hospital_staff_are_a_source_but_the_administration_they_compare_with_is_not() -> None:
    text = "Five people were hurt, staff at the city hospital told reporters, one more than officials said."
    assert find_claimant(text) == "Medical staff"
    assert find_claimant("Five people were taken to hospital, the mayor said.") == "Mayor"


def test_a_count_without_a_source_in_its_sentence_takes_the_one_named_in_the_article() -> None:
    body = (
        "A woman injured in the Russian drone attack on Poltava has died in hospital, the head of the "
        "regional military administration said.\n\n"
        "With her death, one person has been killed in the attack, and four people are injured."
    )
    [report] = extract(to_article({"id": "fx345", "published_at": "2025-03-21T07:00:00Z", "body": body}))
    assert report.claimant == "Regional authorities"
    assert {e.field: e.claimant for e in report.evidence} == {
        "killed": "Regional authorities",
        "injured": "Regional authorities",
    }
