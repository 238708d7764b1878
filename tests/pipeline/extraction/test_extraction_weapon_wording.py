"""Weapon counts in the wording of air force reports and their retellings.

"None of the three ballistic missiles was intercepted" launched three and intercepted none. What carriers
could fire ("a combined salvo of up to 20 missiles") was not fired. "A combined 140 drones and missiles" is
the night's total. A weapon's other name in brackets ("63 Geran-type (Shahed) drones") leaves its count
to its noun. In translation, drones "landed by EW means" and "locally lost (EW): 17" are suppressed, "a
boy born in 2016" dates no toll.

The articles are ours; every expected value was read off the text by the corpus rules before the code ran."""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

NIGHT = "2025-03-18:RU>UA"
MORNING = "2025-03-18T07:30:00Z"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Russia attacked overnight with three Iskander-M ballistic missiles and 40 Shahed drones, the "
            "air force said. None of the three ballistic missiles was intercepted; 31 drones were shot down.",
            {
                "drones_launched": 40,
                "drones_intercepted": 31,
                "missiles_launched": 3,
                "missiles_intercepted": 0,
                "total_launched": 43,
                "total_intercepted": 31,
            },
        ),
        (
            "Two Kh-59 guided missiles were fired at the Odesa region overnight, the air force said. None of "
            "the two missiles were shot down.",
            {"missiles_launched": 2, "missiles_intercepted": 0},
        ),
    ],
)
def test_none_of_the_missiles_intercepted_counts_the_launch_and_a_zero(
    body: str, expected: dict[str, int]
) -> None:
    assert stated_figures(body, MORNING)[NIGHT] == expected


@pytest.mark.parametrize(
    "capacity",
    [
        "Russia keeps three Kalibr carriers on duty in the Black Sea with a combined salvo of up to 20 "
        "missiles, a navy spokesman said.",
        "The bombers are capable of carrying 16 cruise missiles each, the spokesman said.",
    ],
)
def test_what_carriers_could_fire_is_no_launch(capacity: str) -> None:
    body = (
        "Russia fired eight Kalibr cruise missiles at southern Ukraine early on Tuesday, the air force said, "
        f"and six of them were destroyed. {capacity}"
    )
    assert stated_figures(body, MORNING)[NIGHT] == {"missiles_launched": 8, "missiles_intercepted": 6}


def test_a_combined_count_of_drones_and_missiles_is_the_total() -> None:
    body = (
        "Russia targeted port infrastructure in the Izmail district overnight into Tuesday with a combined "
        "95 drones and missiles, the air force said, adding that the barrage included seven missiles."
    )
    assert stated_figures(body, MORNING)[NIGHT] == {"missiles_launched": 7, "total_launched": 95}


@pytest.mark.parametrize(
    "drones",
    ["63 Geran-type (Shahed) drones", "63 Shahed (Geran-2) attack drones"],
)
def test_a_weapons_other_name_in_brackets_leaves_the_count_to_its_noun(drones: str) -> None:
    body = (
        "According to the air force, four Kalibr cruise missiles were launched from the Black Sea, two "
        f"Iskander-M ballistic missiles from Crimea and {drones} from the Kursk direction overnight."
    )
    assert stated_figures(body, MORNING)[NIGHT] == {
        "drones_launched": 63,
        "missiles_launched": 6,
        "total_launched": 69,
    }


@pytest.mark.parametrize(
    "lost",
    [
        "Also 14 UAV were landed by EW means (locationally lost), without negative consequences.",
        "Another 14 drones were landed by means of REB.",
    ],
)
def test_drones_landed_by_electronic_warfare_in_translation_are_suppressed(lost: str) -> None:
    body = (
        "In the night on 18 March the enemy attacked with 60 attack UAV of Shahed type and imitators, "
        "informs "
        f"the Air Force. As of 9:00, air defence downed 41 UAV in the north and east of the country. {lost}"
    )
    assert stated_figures(body, MORNING)[NIGHT] == {
        "drones_launched": 60,
        "drones_intercepted": 41,
        "drones_suppressed": 14,
    }


def test_a_list_item_of_losses_with_its_cause_in_brackets_is_suppressed() -> None:
    body = (
        "⚡️ Results of the night 18 March (data of the Air Force):\n"
        "➖ launched: 71 UAV of Shahed type and imitators;\n"
        "➖ shot down: 50 UAV;\n"
        "➖ locally lost (EW): 17;\n"
        "➖ hits: 4 UAV at 3 locations."
    )
    assert stated_figures(body, MORNING)[NIGHT] == {
        "drones_launched": 71,
        "drones_intercepted": 50,
        "drones_suppressed": 17,
    }


def test_a_birth_year_is_no_time_of_the_toll() -> None:
    body = (
        "In the night on 18 March Russian troops struck Kyiv with drones, the city military administration "
        "said. In the morning it reported 3 dead.\n"
        "By midday the data was updated: the number of the dead increased to 5, among them a boy born in "
        "2016."
    )
    assert stated_figures(body, MORNING)[NIGHT] == {"killed": 5}


def test_threw_is_a_launch() -> None:
    body = "Overnight, Russia threw 212 drones and 14 missiles at Ukraine, the air force said."
    assert stated_figures(body, MORNING)[NIGHT] == {
        "drones_launched": 212,
        "missiles_launched": 14,
        "total_launched": 226,
    }
