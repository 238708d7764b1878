"""The twenty-second session's rules from the held-out batches 74 to 77 (wires, regional outlets, strikes on
Russia, mixed nights): an explainer's question governs the counts of its answer; "all N … and all M … that
Russia launched" are both what the first verb did; "…, and all of them were destroyed" after a launch tells
that as many were shot down; a weekday after "until" is a day to come, not a date that sends the paragraph
to another time; a place's name that attributes a quote is a person's surname. Also from batch 79 (2022–2023
strikes) and two reviewers' probes: a count "since the previous evening" or "since early morning" is
tonight's, "Exactly a week earlier, …" is another time's, "…, as were four Shahed drones" takes the verb
before, a post's "For comparison:" line is another night's; "Remind, …" (translated) opens an earlier
attack's account, "were fixed" counts a launch and "Namely:" opens the parts of the count before; "a man of
56" is an age; "Earlier, he had reported six injured" is a first report. Articles written for these tests,
labelled by the corpus rules before the code ran; each fails on the session's starting code but the "as
were" case, a guard."""

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


def test_a_reminder_of_an_earlier_attack_is_that_attacks() -> None:
    # "Remind, …" (translated): the earlier attack's counts are no part of tonight's
    body = (
        "In the night on November 5 the enemy attacked Ukraine with 41 rockets and 60 attack UAV, informs "
        "the Air Force. Destroyed were 37 rockets and 51 UAV. Remind, the previous massive attack was on 12 "
        "October, then the enemy used 94 rockets and 110 drones."
    )
    assert stated_figures(body, "2024-11-05T07:00:00Z") == {
        "2024-11-05:RU>UA": {
            "missiles_launched": 41,
            "drones_launched": 60,
            "total_launched": 101,
            "missiles_intercepted": 37,
            "drones_intercepted": 51,
            "total_intercepted": 88,
        }
    }


def test_translated_openers_of_a_launch_and_its_parts() -> None:
    # "were fixed" (recorded) counts a launch; "Namely:" opens the parts of the count before
    body = (
        "In the night on 3 March the enemy used 47 means of air attack, informs the Air Force. Namely: 3 "
        "ballistic rockets Iskander-M from Kursk region, 2 guided air rockets Kh-59 and 42 strike UAV type "
        '"Shahed". As result of the battle work were shot down 1 rocket Kh-59 and 35 shaheds.'
    )
    assert stated_figures(body, "2025-03-03T07:00:00Z") == {
        "2025-03-03:RU>UA": {
            "total_launched": 47,
            "missiles_launched": 5,
            "drones_launched": 42,
            "missiles_intercepted": 1,
            "drones_intercepted": 35,
            "total_intercepted": 36,
        }
    }


def test_rockets_that_were_fixed_were_launched() -> None:
    body = (
        "In the night on 13 December the enemy attacked the energy of Ukraine. In total were fixed 26 "
        "rockets of different types, informs the Air Force. Of them 19 were shot down."
    )
    assert stated_figures(body, "2024-12-13T07:00:00Z") == {
        "2024-12-13:RU>UA": {"missiles_launched": 26, "missiles_intercepted": 19}
    }


def test_a_count_since_the_previous_evening_is_tonights() -> None:
    body = (
        "Kamikaze drones hit Kyiv in the morning rush hour, killing three people, the mayor said. The air "
        "force said that since the previous evening Russia had launched 36 Shahed drones at the country, and "
        "29 of them had been destroyed. Exactly a week earlier, Russia had fired more than 70 missiles at "
        "Ukrainian cities."
    )
    assert stated_figures(body, "2022-10-24T12:00:00Z") == {
        "2022-10-24:RU>UA": {"drones_launched": 36, "drones_intercepted": 29, "killed": 3}
    }


def test_drones_shot_down_since_early_morning_are_the_attacks() -> None:
    body = (
        "Russian missiles and drones struck power plants across Ukraine on Tuesday morning. The air force "
        "said it had destroyed five of eight Kh-101 cruise missiles and had shot down 19 Shahed drones since "
        "early morning."
    )
    assert stated_figures(body, "2022-10-25T11:00:00Z") == {
        "2022-10-25:RU>UA": {
            "missiles_launched": 8,
            "missiles_intercepted": 5,
            "drones_intercepted": 19,
            "total_intercepted": 24,
        }
    }


def test_as_were_takes_the_verb_before() -> None:
    body = (
        "Ukraine said it had shot down all 12 missiles Russia fired at Kyiv overnight. All of them were "
        "destroyed, as were four Shahed drones, the air force said."
    )
    assert stated_figures(body, "2023-05-20T06:00:00Z") == {
        "2023-05-20:RU>UA": {
            "missiles_launched": 12,
            "missiles_intercepted": 12,
            "drones_intercepted": 4,
            "total_intercepted": 16,
        }
    }


def test_a_comparison_line_of_a_post_is_another_nights() -> None:
    body = (
        "⚡️ NIGHT 2→3 MAY — AIR FORCE SUMMARY\n"
        "🛩 Launched: 96 Shahed drones\n"
        "✅ Shot down: 71\n"
        "🔁 For comparison: last night (1→2 May) it was 54 drones, 40 shot down."
    )
    assert stated_figures(body, "2025-05-03T06:00:00Z") == {
        "2025-05-03:RU>UA": {"drones_launched": 96, "drones_intercepted": 71}
    }


def test_an_age_after_of_is_no_toll() -> None:
    # translated: "a man of 56 and a woman of 51" are the two people's ages
    body = (
        "Kharkiv. At night the occupiers fired four S-300 missiles at the city, reports the head of the "
        "regional military administration. Two people were injured - a man of 56 and a woman of 51."
    )
    assert stated_figures(body, "2022-11-05T07:00:00Z") == {
        "2022-11-05:RU>UA": {"missiles_launched": 4, "injured": 2}
    }


def test_an_earlier_word_in_the_pluperfect_yields_to_the_toll() -> None:
    # (the earlier count names no place; the toll, Kyiv's, is the attack's, which also reached Chernihiv)
    body = (
        "Two people were killed and eleven injured in Kyiv in Russia's attack overnight, the head of the "
        "city military administration said on Thursday morning. Earlier, he had reported seven injured. "
        "Drones were also shot down over the Chernihiv region, where no one was hurt."
    )
    assert stated_figures(body, "2025-06-26T07:00:00Z") == {"2025-06-26:RU>UA": {"killed": 2, "injured": 11}}
