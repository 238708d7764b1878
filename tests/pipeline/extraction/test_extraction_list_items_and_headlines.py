"""Counts in a post's telegraphic lists and in headlines, as the fourteenth session's fixture articles
showed the extractor misread them:

- a participle right after its own count ("101 drones downed, 28 drones lost locally") governs that count,
  not the count after the comma, which keeps its own verb;
- a bare number after two verbs takes the nearer ("shot down 51 drones and lost track of 30 more": 30
  suppressed);
- a dash opens a list's items as a colon does ("95 UAVs launched overnight — 71 shot down, 19 lost
  locally"), and an arrow or an emoji stands between items ("79 Shahed/decoys launched → 54 drones shot
  down", "89 downed ✅, 21 lost locally"), and a launch participle after two counts joined by "+" or "and"
  is the verb of both ("2 Iskander-M + 79 drones launched");
- what electronic warfare brought down, said actively ("Electronic warfare neutralised 45 drones", "EW
  systems downed 12") or as a fall's cause ("45 drones fell in open areas due to EW"), is suppressed, not
  when air defence is named beside it ("Mobile fire groups and EW units neutralised 45");
- a count of one before a number ("shot down a missile and 20 drones"), a bare number after a launch verb
  ("after Russia launched 85 overnight", "85 in total"), and a located count after a comma, which is a
  part of the count before ("61 drones overnight, 20 drones over the Kharkiv and Sumy regions");
- a bare number after a weapon named with no number of its own ("Ukrainian drones attacked Russia
  overnight: air defences downed 45 over several regions"); "liquidated", "location-lost", "came under
  attack from 90 drones", electronic warfare named as the means after the count, and a share of a total
  named by its kind ("61 weapons in total, 55 of them drones");
- what the air force "recorded" or "registered" is what was launched ("recorded 85 Russian air targets");
- of two rounded weapon counts, the body's wins over the headline's ("nearly 400 drones downed" in the
  headline, "around 382 drones" in the text); a headline's toll keeps the rule that tolls rise.

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, str, int]  # (category, role, value)


def weapons(text: str) -> list[Read]:
    return [(f.category, f.role, f.value) for f in read_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9 missiles and 101 drones downed, 28 drones lost locally",
            [("missiles", "intercepted", 9), ("drones", "intercepted", 101), ("drones", "suppressed", 28)],
        ),
        (
            "101 drones downed, 28 drones were jammed by electronic warfare",
            [("drones", "intercepted", 101), ("drones", "suppressed", 28)],
        ),
        (
            "95 enemy UAVs launched overnight — 71 shot down, 19 lost locally.",
            [("drones", "launched", 95), ("drones", "intercepted", 71), ("drones", "suppressed", 19)],
        ),
        (
            "The air force said it had shot down 51 drones and lost track of 30 more after Russia launched "
            "87 drones overnight.",
            [("drones", "intercepted", 51), ("drones", "suppressed", 30), ("drones", "launched", 87)],
        ),
        (
            "Air defence destroyed 40 drones, and electronic warfare suppressed another 35.",
            [("drones", "intercepted", 40), ("drones", "suppressed", 35)],
        ),
        (
            "Air force, night total: 2 Iskander-M + 79 Shahed/decoys launched → 54 drones shot down, 19 lost "
            "locally (EW)",
            [
                ("missiles", "launched", 2),
                ("drones", "launched", 79),
                ("drones", "intercepted", 54),
                ("drones", "suppressed", 19),
            ],
        ),
        (
            "Russia: 48 drones launched ➡️ 40 downed ➡️ 5 suppressed by EW",
            [("drones", "launched", 48), ("drones", "intercepted", 40), ("drones", "suppressed", 5)],
        ),
        (
            "88 Shaheds launched by Russia overnight, 64 shot down, 20 were suppressed by electronic "
            "warfare.",
            [("drones", "launched", 88), ("drones", "intercepted", 64), ("drones", "suppressed", 20)],
        ),
        (
            "🛩 117 Shahed-type UAVs & decoys sent overnight — 89 downed ✅, 21 lost locally 〰️",
            [("drones", "launched", 117), ("drones", "intercepted", 89), ("drones", "suppressed", 21)],
        ),
        # a launch participle after two joined counts is both counts' verb (not after a comma: "down 3
        # missiles, 25 drones fired by Russia")
        (
            "2 missiles and 79 drones launched overnight",
            [("missiles", "launched", 2), ("drones", "launched", 79)],
        ),
        # a verb before the count still governs it, and a part after the comma stays a part
        (
            "Of 45 drones launched, 30 were shot down",
            [("drones", "launched", 45), ("drones", "intercepted", 30)],
        ),
        ("Air defence shot down 40 drones, 12 over the Kyiv region.", [("drones", "intercepted", 40)]),
    ],
)
def test_each_item_of_a_telegraphic_list_keeps_its_own_verb(text: str, expected: list[Read]) -> None:
    assert weapons(text) == expected


def test_the_body_s_rounded_count_wins_over_the_headline_s() -> None:
    body = (
        "40 Russian jets hit, nearly 400 drones downed: Ukraine answers the biggest drone attack\n\n"
        "Russia launched 472 drones and seven missiles overnight, the Ukrainian air force said on Sunday. "
        "Of these, air defence downed around 382 drones and three missiles."
    )
    title = body.split("\n", 1)[0]
    figures = stated_figures(body, "2025-06-01T09:00:00Z", title)["2025-06-01:RU>UA"]
    assert figures["drones_intercepted"] == 382
    assert figures["missiles_intercepted"] == 3


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Electronic warfare neutralised 45 drones overnight.", "suppressed"),
        ("EW systems downed 12 of the drones over the north.", "suppressed"),
        ("Radio-electronic warfare means neutralised 12 drones.", "suppressed"),
        ("45 drones fell in open areas due to EW, the air force said.", "suppressed"),
        # air defence beside electronic warfare: an interception
        ("Mobile fire groups and EW units neutralised 45 drones.", "intercepted"),
        ("Air defence and electronic warfare neutralised 52 drones.", "intercepted"),
    ],
)
def test_what_electronic_warfare_brought_down_is_suppressed(text: str, role: str) -> None:
    assert [f.role for f in read_figures(text)] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The radio engineering troops recorded 85 Russian air targets.", [("total", "launched", 85)]),
        (
            "The air force registered 90 enemy drones and 5 missiles.",
            [("drones", "launched", 90), ("missiles", "launched", 5)],
        ),
        # places recorded are no weapons
        ("Hits were recorded at 13 locations.", []),
    ],
)
def test_what_the_air_force_recorded_was_launched(text: str, expected: list[Read]) -> None:
    assert weapons(text) == expected


def test_a_headline_s_exact_count_is_not_set_aside_for_the_body_s_rounded_one() -> None:
    title = "Air defence downs 41 of 48 Russian drones"
    body = f"{title}\n\nRussia launched 48 drones overnight; around 40 were shot down, the air force said."
    figures = stated_figures(body, "2025-06-01T09:00:00Z", title)["2025-06-01:RU>UA"]
    assert figures["drones_intercepted"] == 41


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (in text order: the count of one is an item of the list, read with the counts beside it)
            "Air defence shot down a missile and 20 drones, the air force said.",
            [("missiles", "intercepted", 1), ("drones", "intercepted", 20)],
        ),
        (
            "Air defence shot down 62 drones and jammed 18 more, after Russia launched 85 overnight.",
            [("drones", "intercepted", 62), ("drones", "suppressed", 18), ("drones", "launched", 85)],
        ),
        (
            "Air defence shot down 60 drones; Russia had launched 85 in total.",
            [("drones", "intercepted", 60), ("drones", "launched", 85)],
        ),
        (
            "The air force shot down 61 Russian drones overnight, 20 drones over the Kharkiv and Sumy "
            "regions.",
            [("drones", "intercepted", 61), ("drones", "intercepted", 20)],
        ),
        # not a combined attack's words, nor the places one by one
        ("Russia launched a missile and drone attack on Kyiv overnight.", []),
        (
            "Air defence shot down 25 drones over Kyiv and 30 over Odesa.",
            [("drones", "intercepted", 25), ("drones", "intercepted", 30)],
        ),
    ],
)
def test_counts_of_one_bare_numbers_and_located_parts(text: str, expected: list[Read]) -> None:
    assert weapons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian drones attacked Russia overnight: Russian air defences downed 45 over several "
            "regions.",
            [("drones", "intercepted", 45)],
        ),
        (
            "Ukrainian drones attacked the Rostov region; the defence ministry said 33 were destroyed.",
            [("drones", "intercepted", 33)],
        ),
        (
            "Air defence forces of Ukraine liquidated 20 Russian UAVs overnight.",
            [("drones", "intercepted", 20)],
        ),
        (
            "Russia's overnight attack: 42 drones downed, another eight location-lost.",
            [("drones", "intercepted", 42), ("drones", "suppressed", 8)],
        ),
        ("Ukraine came under attack from 90 Russian drones overnight.", [("drones", "launched", 90)]),
        (
            "Ukrainian countermeasures neutralized 25 Russian drones overnight through electronic warfare.",
            [("drones", "suppressed", 25)],
        ),
        # "both" before a number is a count of two, not "both A and B"
        (
            "Air defence shot down both missiles and 30 drones.",
            [("missiles", "intercepted", 2), ("drones", "intercepted", 30)],
        ),
        ("Both the drones and the missiles were shot down.", []),
        # a part in brackets is no count of its own
        ("Fifty-two drones (of them 40 Shaheds) were downed.", [("drones", "intercepted", 52)]),
        # a share of a total named by its kind
        (
            "The combined Russian strike overnight involved 61 weapons in total, 55 of them drones.",
            [("total", "launched", 61), ("drones", "launched", 55)],
        ),
        # a post's labels, not a list after a count's colon
        ("Drones launched: 40; shot down: 33.", [("drones", "launched", 40), ("drones", "intercepted", 33)]),
        (
            "Missiles fired – 12, shot down – 9.",
            [("missiles", "launched", 12), ("missiles", "intercepted", 9)],
        ),
        # air defence beside electronic warfare, and other numbers after a weapon named
        ("Air defence destroyed 40 drones with fighter jets and EW.", [("drones", "intercepted", 40)]),
        ("Russian drones attacked 12 villages in the Sumy region.", []),
    ],
)
def test_wording_of_weapon_counts(text: str, expected: list[Read]) -> None:
    assert weapons(text) == expected


def test_what_electronic_warfare_took_is_read_in_a_sentence_of_its_own() -> None:
    body = (
        "Ukraine's air force said it shot down 44 Russian drones overnight. Another 12 were lost to "
        "electronic warfare."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {
        "2025-06-18:RU>UA": {"drones_intercepted": 44, "drones_suppressed": 12}
    }
