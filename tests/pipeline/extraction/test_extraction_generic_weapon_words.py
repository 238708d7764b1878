"""Wording of wires and translated posts that names weapons without a kind, or counts them in passing: weapons
"unaccounted for" after a count shot down are lost (suppressed); the bare verb after its subject ("the night
saw Russia deploy 180 drones", "watched the enemy use 37") is a launch, but not an infinitive of what is
expected ("expects Russia to use up to 600"); "munitions", like "weapons" and "projectiles", count the
attack's whole (not "cluster munitions", nor the guns' munitions in a sentence of shelling); a participle of
interception before the noun ("one of 45 downed drones", "39 destroyed Shaheds") counts weapons shot down,
but not a share "of the downed drones"; a number of types or kinds ("four kinds of missiles") counts no
weapons; a range ("between 40 and 50 drones") gives no figure; a joint noun with the kind of its second
noun ("missiles and combat drones", "drones and guided missiles") is a total. Articles written for these
tests (invented outlets, in the styles of wires, translated Ukrainian outlets, live pages and posts),
labelled by the corpus rules before the code ran; each fails on the session's starting code, and each holds
a near-miss that must keep its old reading.
"""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import stated_figures

# (body, published_at, expected figures by incident)
_UNACCOUNTED_FOR = (
    pytest.param(
        "KYIV, Feb 3 (Meridian Wire) - Russia launched 112 drones at Ukraine overnight, the Ukrainian air "
        "force said on Monday. Air defences shot down 80 of them, while 27 were unaccounted for, most likely "
        "brought down by jamming. In Kyiv, search teams were looking for four residents who remained "
        "unaccounted for after a building was hit.",
        "2025-02-03T07:30:00Z",
        {"2025-02-03:RU>UA": {"drones_launched": 112, "drones_intercepted": 80, "drones_suppressed": 27}},
        id="wire",
    ),
    pytest.param(
        "In the night on 12 April the enemy attacked Ukraine with 96 strike UAVs of Shahed type and "
        "imitator-drones, informs the Air Force. As of 09:00, 64 enemy UAVs were shot down by the forces of "
        "air defence, 30 are unaccounted for. Unfortunately, hits were recorded in Sumy and Chernihiv "
        "regions.",
        "2025-04-12T07:10:00Z",
        {"2025-04-12:RU>UA": {"drones_launched": 96, "drones_intercepted": 64, "drones_suppressed": 30}},
        id="translated",
    ),
    pytest.param(
        "Live: Russian drone attack on Ukraine\n"
        "08:15 - The air force says Russia attacked Ukraine with 145 drones overnight: 101 downed, 39 "
        "unaccounted for.\n"
        "07:40 - Explosions were heard in Odesa and Mykolaiv, local officials said.",
        "2025-05-21T05:20:00Z",
        {"2025-05-21:RU>UA": {"drones_launched": 145, "drones_intercepted": 101, "drones_suppressed": 39}},
        id="live-page",
    ),
    pytest.param(
        "⚡️Overnight the occupiers launched 70 Shaheds and 6 Iskander-M missiles at Ukraine. Of the 70 "
        "drones, 52 were shot down and 16 are unaccounted for. Two of the missiles were also unaccounted "
        "for.",
        "2025-07-09T06:00:00Z",
        {
            "2025-07-09:RU>UA": {
                "drones_launched": 70,
                "missiles_launched": 6,
                "total_launched": 76,
                "drones_intercepted": 52,
                "drones_suppressed": 16,
            }
        },
        id="post-missiles-lost-are-no-drones",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _UNACCOUNTED_FOR)
def test_weapons_unaccounted_for_are_lost(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


_BARE_LAUNCH_VERBS = (
    pytest.param(
        "Zelensky said the night had seen Russia deploy some 180 drones and nine missiles, most of them "
        "ballistic, against energy facilities in five Ukrainian regions.",
        "2025-10-05T08:00:00Z",
        {"2025-10-05:RU>UA": {"drones_launched": 180, "missiles_launched": 9, "total_launched": 189}},
        id="wire-deploy",
    ),
    pytest.param(
        "Residents of Odesa watched the enemy use 37 attack drones against Ukraine's ports overnight, the "
        "Ukrainian air force said. Thirty-one of them were destroyed.",
        "2025-08-14T06:30:00Z",
        {"2025-08-14:RU>UA": {"drones_launched": 37, "drones_intercepted": 31}},
        id="wire-use",
    ),
    pytest.param(
        "Russia deploys 90 drones and four missiles in overnight attack on Ukraine\n"
        "The Ukrainian air force said 78 of the drones were shot down. Military intelligence warned that it "
        "expects Russia to use up to 600 drones in a single night before winter.",
        "2025-09-30T07:00:00Z",
        {
            "2025-09-30:RU>UA": {
                "drones_launched": 90,
                "missiles_launched": 4,
                "total_launched": 94,
                "drones_intercepted": 78,
            }
        },
        id="headline-deploys-and-an-infinitive",
    ),
    pytest.param(
        "The enemy continues the terror. This night the air defence saw the occupiers use 44 Shahed-type "
        "UAVs and 3 guided missiles Kh-59 against Ukraine, informs the Air Force.",
        "2025-03-02T06:40:00Z",
        {"2025-03-02:RU>UA": {"drones_launched": 44, "missiles_launched": 3, "total_launched": 47}},
        id="translated-use",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _BARE_LAUNCH_VERBS)
def test_a_bare_verb_after_its_subject_launches(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


_GENERIC_WEAPON_NOUNS = (
    pytest.param(
        "Ukraine's air force counted 88 munitions fired at the country overnight; 71 of the munitions were "
        "brought down, it said.",
        "2025-11-08T07:00:00Z",
        {"2025-11-08:RU>UA": {"total_launched": 88, "total_intercepted": 71}},
        id="wire",
    ),
    pytest.param(
        "Russia attacked Ukraine overnight with 52 munitions - drones and missiles - the air force said, "
        "adding that 40 of the munitions had been destroyed.",
        "2025-11-19T06:50:00Z",
        {"2025-11-19:RU>UA": {"total_launched": 52, "total_intercepted": 40}},
        id="wire-dash-list",
    ),
    pytest.param(
        "🔴 Overnight the enemy launched 64 munitions at Ukraine. Air defence destroyed 51 munitions. In "
        "Kharkiv, one of the missiles carried cluster munitions, and 12 cluster munitions were found in a "
        "park.",
        "2025-12-01T06:15:00Z",
        {"2025-12-01:RU>UA": {"total_launched": 64, "total_intercepted": 51}},
        id="post-not-cluster-munitions",
    ),
    pytest.param(
        "Russia struck Ukraine with 120 munitions overnight, among them 104 drones, the air force said. "
        "Separately, Russian troops shelled Nikopol 20 times over the day, firing 130 munitions.",
        "2025-12-12T07:30:00Z",
        {"2025-12-12:RU>UA": {"total_launched": 120, "drones_launched": 104}},
        id="wire-not-the-guns-munitions",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _GENERIC_WEAPON_NOUNS)
def test_munitions_count_the_attacks_whole(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


_DOWNED_BEFORE_THE_NOUN = (
    pytest.param(
        "Russia launched 60 drones at Ukraine overnight, the air force said. Wreckage from one of 45 downed "
        "drones damaged a house in the Kyiv region.",
        "2025-06-11T06:00:00Z",
        {"2025-06-11:RU>UA": {"drones_launched": 60, "drones_intercepted": 45}},
        id="wire-one-of",
    ),
    pytest.param(
        "The Air Force of the Armed Forces of Ukraine reported 39 destroyed Shaheds and 2 destroyed cruise "
        "missiles Kh-101 this night.",
        "2025-06-20T06:00:00Z",
        {"2025-06-20:RU>UA": {"drones_intercepted": 39, "missiles_intercepted": 2, "total_intercepted": 41}},
        id="translated",
    ),
    pytest.param(
        "Live updates: Russia's overnight attack\n"
        "10:05 - The air force has listed 57 intercepted drones and seven intercepted missiles after "
        "Russia's attack on Ukraine.",
        "2025-07-27T07:10:00Z",
        {"2025-07-27:RU>UA": {"drones_intercepted": 57, "missiles_intercepted": 7, "total_intercepted": 64}},
        id="live-page",
    ),
    pytest.param(
        "Over the past night, duty air defence systems reported 28 destroyed Ukrainian UAVs over Russian "
        "territory, the Russian Defence Ministry said. Fourteen of the downed drones fell in the Bryansk "
        "region.",
        "2025-08-03T06:00:00Z",
        {"2025-08-03:UA>RU": {"drones_intercepted": 28}},
        id="ministry-not-a-share-of-the-downed",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _DOWNED_BEFORE_THE_NOUN)
def test_a_participle_of_interception_before_the_noun(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


_TYPES_AND_KINDS = (
    pytest.param(
        "Overnight Russia struck Ukraine with 71 attack drones and four kinds of missiles, the air force "
        "said.",
        "2025-02-17T07:00:00Z",
        {"2025-02-17:RU>UA": {"drones_launched": 71}},
        id="wire-kinds",
    ),
    pytest.param(
        "The enemy used two types of ballistic missiles and 40 UAVs against Ukraine this night, informs the "
        "Air Force.",
        "2025-02-24T06:30:00Z",
        {"2025-02-24:RU>UA": {"drones_launched": 40}},
        id="translated-types-first",
    ),
    pytest.param(
        "Russia used five different types of drones against Ukraine overnight, including decoys, the air "
        "force said. Two people were injured in Kyiv, the city's mayor said.",
        "2025-03-09T07:00:00Z",
        {"2025-03-09:RU>UA": {"injured": 2}},
        id="wire-types-of-drones",
    ),
    pytest.param(
        "⚡️ Three types of missiles and 88 Shahed drones were used against Ukraine overnight; 70 drones were "
        "shot down.",
        "2025-03-16T06:00:00Z",
        {"2025-03-16:RU>UA": {"drones_launched": 88, "drones_intercepted": 70}},
        id="post",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _TYPES_AND_KINDS)
def test_a_number_of_types_counts_no_weapons(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected


_RANGES = (
    pytest.param(
        "Russia's defence ministry said its air defences destroyed between 40 and 50 Ukrainian drones over "
        "Russian regions overnight. A drone attack on the Belgorod region injured two people, the governor "
        "said.",
        "2025-05-04T06:00:00Z",
        {"2025-05-04:UA>RU": {"injured": 2}},
        id="ministry",
    ),
    pytest.param(
        "Russia launched between 100 and 150 drones at Ukraine overnight, the air force said; 92 of them "
        "were shot down.",
        "2025-05-12T07:00:00Z",
        {"2025-05-12:RU>UA": {"drones_intercepted": 92}},
        id="wire",
    ),
    pytest.param(
        "Russia fired between 30 and 40 cruise missiles at Ukraine overnight, the air force said, and 27 of "
        "the missiles were shot down. Between 20:00 and 23:00 air defence also shot down 47 drones.",
        "2025-05-19T07:00:00Z",
        {"2025-05-19:RU>UA": {"missiles_intercepted": 27, "drones_intercepted": 47, "total_intercepted": 74}},
        id="wire-and-a-time-span",
    ),
    pytest.param(
        "According to the preliminary data, the enemy launched from 60 to 70 drones and between 5 and 7 "
        "missiles at Ukraine. Air defence shot down 58 drones.",
        "2025-05-26T06:20:00Z",
        {"2025-05-26:RU>UA": {"drones_intercepted": 58}},
        id="translated",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _RANGES)
def test_a_range_gives_no_figure(body: str, published_at: str, expected: dict[str, dict[str, int]]) -> None:
    assert stated_figures(body, published_at) == expected


_JOINT_NOUNS = (
    pytest.param(
        "The Ukrainian air force said 175 missiles and combat drones had been used against the country "
        "during the night.",
        "2025-01-15T07:00:00Z",
        {"2025-01-15:RU>UA": {"total_launched": 175}},
        id="wire",
    ),
    pytest.param(
        "Russia attacked Ukraine overnight with 84 missiles and Shahed drones, the air force said. Air "
        "defences shot down 70 missiles and Shahed drones.",
        "2025-01-22T07:00:00Z",
        {"2025-01-22:RU>UA": {"total_launched": 84, "total_intercepted": 70}},
        id="wire-shot-down",
    ),
    pytest.param(
        "In total this night the enemy used against Ukraine 48 UAVs and aeroballistic missiles Kh-47M2 "
        "Kinzhal, informs the Air Force.",
        "2025-01-29T06:30:00Z",
        {"2025-01-29:RU>UA": {"total_launched": 48}},
        id="translated",
    ),
    pytest.param(
        "Live: Russian attack on Ukraine\n"
        "09:10 - Air force: 96 drones and guided missiles intercepted.\n"
        "07:50 - At least 120 long-range drones and guided missiles were launched at Ukraine overnight, "
        "officials say.",
        "2025-02-05T08:00:00Z",
        {"2025-02-05:RU>UA": {"total_launched": 120, "total_intercepted": 96}},
        id="live-page",
    ),
)


@pytest.mark.parametrize(("body", "published_at", "expected"), _JOINT_NOUNS)
def test_a_joint_noun_with_its_kinds_is_a_total(
    body: str, published_at: str, expected: dict[str, dict[str, int]]
) -> None:
    assert stated_figures(body, published_at) == expected
