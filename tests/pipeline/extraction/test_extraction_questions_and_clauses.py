"""The twenty-second session's rules from the held-out batches 74 to 77 (wires, regional outlets, strikes
on Russia, mixed nights): an explainer's question governs the counts of its answer; "all N … and all M
… that Russia launched" are both what the first verb did; "…, and all of them were destroyed" after a
launch tells that as many were shot down; a weekday after "until" is a day to come, not a date that
sends the paragraph to another time; a place's name that attributes a quote is a person's surname.
Articles written for these tests, labelled by the corpus rules before the code ran; each fails on the
session's starting code."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures


def test_an_explainers_question_governs_its_answer() -> None:
    body = (
        "Russia's overnight attack on Ukraine: what we know\n"
        "What did Russia launch?\n"
        "According to the air force, 318 drones - Shaheds and decoys - and 21 missiles, most of them Kh-101 "
        "cruise missiles.\n"
        "How many were shot down?\n"
        "The air force said 290 drones and 17 missiles were shot down or suppressed.\n"
        "Who was hurt?\n"
        "Six people were injured in Kyiv, the city's mayor said."
    )
    assert stated_figures(body, "2025-09-14T07:30:00Z") == {
        "2025-09-14:RU>UA": {
            "drones_launched": 318,
            "missiles_launched": 21,
            "total_launched": 339,
            "drones_intercepted": 290,
            "missiles_intercepted": 17,
            "total_intercepted": 307,
            "injured": 6,
        }
    }


def test_all_of_two_kinds_are_what_the_verb_did() -> None:
    body = (
        "Ukrainian air defences shot down all six cruise missiles and all 24 Shahed drones that Russia "
        "launched at the Odesa region overnight, the air force said."
    )
    assert stated_figures(body, "2024-07-02T06:00:00Z") == {
        "2024-07-02:RU>UA": {
            "missiles_launched": 6,
            "missiles_intercepted": 6,
            "drones_launched": 24,
            "drones_intercepted": 24,
            "total_launched": 30,
            "total_intercepted": 30,
        }
    }


@pytest.mark.parametrize(
    "body",
    [
        "Russia's Defence Ministry said Ukraine launched 27 drones at the Belgorod and Kursk regions "
        "overnight, and all of them were destroyed.",
        "The ministry says Ukraine launched 27 drones at the Belgorod and Kursk regions overnight and that "
        "all of them were shot down by air defence.",
    ],
    ids=["and-all-of-them", "and-that-all-of-them"],
)
def test_a_launch_and_all_of_them_destroyed(body: str) -> None:
    assert stated_figures(body, "2025-04-10T06:00:00Z") == {
        "2025-04-10:UA>RU": {"drones_launched": 27, "drones_intercepted": 27}
    }


def test_a_day_to_come_after_until_leaves_the_paragraph_tonights() -> None:
    # Thursday's article: "until Monday" is next Monday, and the counts after it are the night's
    body = (
        "A power plant in the Rivne region was hit in Russia's attack overnight, the governor said. Schools "
        "in the district have switched to online lessons until Monday. According to the air force, Russia "
        "launched 84 drones and 9 missiles. Air defence destroyed 70 drones and 6 missiles."
    )
    assert stated_figures(body, "2025-01-16T08:00:00Z") == {
        "2025-01-16:RU>UA": {
            "drones_launched": 84,
            "missiles_launched": 9,
            "total_launched": 93,
            "drones_intercepted": 70,
            "missiles_intercepted": 6,
            "total_intercepted": 76,
        }
    }


def test_a_surname_that_is_a_places_name_is_no_region() -> None:
    # the governor of Russia's Chuvashia is named again by his surname alone: no Mykolaiv region
    body = (
        "Drones attacked an industrial plant in Cheboksary overnight, the head of Chuvashia, Oleg "
        'Nikolayev, said. "Three people were injured, all are in hospital," Nikolayev wrote on Telegram. '
        "Russia's Defence Ministry said it had destroyed 41 Ukrainian drones over the Bryansk and Kursk "
        "regions and Chuvashia."
    )
    assert stated_figures(body, "2025-05-20T07:00:00Z") == {
        "2025-05-20:UA>RU": {"drones_intercepted": 41, "injured": 3}
    }
