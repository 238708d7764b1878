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


# Each sentence names a source as the actor of the sentence and another as the one who reports it.
SPEAKER_CASES = [
    (
        "Air defence shot down nine drones over the Poltava region overnight, its governor said.",
        "Regional authorities",
    ),
    ("The air force downed 12 drones near the city, Mayor Ihor Terekhov wrote on Telegram.", "Mayor"),
    (
        '"The air force worked well tonight, three drones were destroyed," said the head of the regional '
        "military administration.",
        "Regional authorities",
    ),
    (
        "According to the State Emergency Service, the air force had shot down most drones before two "
        "struck a warehouse.",
        "State Emergency Service of Ukraine",
    ),
    (
        "Russia's defence ministry said its air defence units intercepted 41 Ukrainian drones, the governor "
        "of the region noted later.",
        "Russian Ministry of Defence",
    ),
    ("Ukraine's air force said it destroyed 30 of the 34 drones launched overnight.", "Ukrainian Air Force"),
]


def test_the_source_who_reports_a_figure_is_its_claimant_not_the_actor_of_the_sentence() -> None:
    for text, claimant in SPEAKER_CASES:
        assert find_claimant(text) == claimant, text


def test_a_governors_no_casualties_after_the_air_forces_count_of_his_region_is_the_regions() -> None:
    # The zero is said by one region's governor ("he added") in a story of six regions: not the attack's.
    body = (
        "Ukraine's air force shot down all 25 drones that Russia launched overnight over six regions, it "
        "said on Thursday.\n\n"
        "In the Kyiv region two people were injured when debris hit a house, the regional governor said.\n\n"
        "The air force destroyed 11 drones over the Mykolaiv region, its governor said. A fire at a "
        "warehouse was put out and no casualties were reported, he added.\n\n"
        "Drones were also downed over the Vinnytsia, Cherkasy, Poltava and Zhytomyr regions."
    )
    [report] = extract(to_article({"id": "fx901", "published_at": "2025-05-15T08:00:00Z", "body": body}))
    figures = report.figures
    assert (figures.drones_launched, figures.drones_intercepted) == (25, 25)
    assert figures.injured == 2
    assert figures.killed is None
