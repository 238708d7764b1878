"""Missile types, toll wordings and live blogs, as the fifteenth session's probes (three helpers' sets of
160 wordings each, labelled before any run) and a held-out batch showed the extractor misread them:

- missiles of named types counted once each in a sentence add up wherever the list puts them ("12
  Kalibr cruise missiles … and 19 Shahed drones, as well as two Oniks anti-ship missiles" is 14; "4
  Kalibr missiles were fired from the Black Sea and 2 Oniks missiles from Crimea" is 6), and a model with
  letters in its name ("one Kh-31P") is a missile; not a count with no type of its own beside a type
  ("40 missiles, including 12 Kalibr"), nor one type counted twice;
- a toll told as dying of wounds ("has died of his wounds", "succumbed to their injuries"), or as fatal
  injuries ("two people were fatally injured"), counts the dead; family members are
  people ("four family members were killed"); animals killed ("killing 40 cows") are no toll;
- "no casualties in Kyiv or elsewhere" is the whole attack's zero, not one place's;
- a live blog that opens on this attack's toll ("12:40 – the number of injured has risen to three")
  stays on this attack, whatever statistic of the month follows: the air force's counts later in it are
  this night's;
- interceptions "swatted down"; a loss after a dash aside ("22 drones —
  mostly decoys — were lost locally"); a post's heading that counts the launch with no verb ("Russian
  attack overnight: 47 Shahed drones");
- a comparison with another time ("far fewer than earlier this month, when 479 drones were used") leaves
  the night's counts, its when-clause the other time's; a war's toll said on a day ("… since 2022, the
  office said on Wednesday") goes on into the next sentence's "another 1,950";
- tolls that "had grown to" or "remain at" a number, help "turned to doctors" for, and counts written
  "40+"; a statement added after the attribution ("…, adding that strikes were recorded at 11
  locations") has its own subject; "Twenty-one are injured" is a toll;
- drone boats are no UAVs; a count naming its side ("180 Ukrainian drones") is that side's attack in a
  sentence about the other; running totals "to this date" or "over the past year" are no night's;
- a lead's "overnight" in a story published the day after its figures were told ("…, officials said
  Wednesday" right after it, in a Thursday story) is the night that ended on Wednesday;
- "No casualties were reported.", a sentence no one says, is the whole attack's zero; so is a national
  official's zero in a clause of its own beside a region's toll, and "no one had been killed or injured";
- a side's claim of the enemy soldiers its strike killed is no toll; "victims" beside the dead counted apart
  are no death toll, nor are "five casualties"; "were reported as 'locationally lost'", "a further 18
  drones, deployed by Russia from Kursk, were unable to reach their targets" are losses; what the counted
  were doing ("one employee who was clearing debris …") does not hide the toll's verb after it; a toll
  told as the first reports ("Initially, officials reported three deaths") yields to a later one, even a
  lower one; the tolls of "Russia and Ukraine accused each other of strikes that killed three" are
  neither side's; "one civilian was killed and another was injured" counts the other too; "the
  missiles, of which it shot down three" counts missiles in a sentence after both kinds; an "Injury Toll"
  counts the hurt; bodies "returned to Ukraine" or "repatriated" in an exchange are no toll.

Every sentence and article is our own; every expected value is read off the text by the corpus rules,
written down before the code was run."""

from __future__ import annotations

import pytest

from streams.pipeline.extraction.figures import read_figures
from tests.pipeline.extraction.cases import stated_figures

Read = tuple[str, str, int]  # (category, role, value)


def reads(text: str) -> list[Read]:
    return [(f.category, f.role, f.value) for f in read_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 12 Kalibr cruise missiles from ships in the Black Sea and 19 Shahed drones from "
            "Crimea, as well as two Oniks anti-ship missiles, the navy said.",
            [("missiles", "launched", 14), ("drones", "launched", 19)],
        ),
        (
            "Overnight 4 Kalibr missiles were fired by Russia from the Black Sea and 2 Oniks anti-ship "
            "missiles from occupied Crimea.",
            [("missiles", "launched", 6)],
        ),
        (
            "The Russians used five guided missiles (Kh-59/69) and one Kh-31P against the Mykolaiv region.",
            [("missiles", "launched", 6)],
        ),
        # a whole with no type and its part; one type twice, launched and downed
        ("Russia launched 40 missiles, including 12 Kalibr cruise missiles.", [("missiles", "launched", 40)]),
        (
            "Russia launched 12 Kalibr missiles, and 10 Kalibr missiles were shot down.",
            [("missiles", "launched", 12), ("missiles", "intercepted", 10)],
        ),
    ],
)
def test_missiles_of_named_types_add_up(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 64-year-old man has died of his wounds, the governor said.", [("people", "killed", 1)]),
        ("Two more people succumbed to their injuries, raising the toll to nine.", [("people", "killed", 9)]),
        ("Three people were fatally injured when the drone hit the bus stop.", [("people", "killed", 3)]),
        ("A woman was mortally wounded in the strike.", [("people", "killed", 1)]),
        ("Four family members were killed in the strike.", [("people", "killed", 4)]),
        # still the hurt
        ("Three people were seriously injured in the strike.", [("people", "injured", 3)]),
        # animals
        ("The drones hit a farm, killing 40 cows and injuring two workers.", [("people", "injured", 2)]),
        ("A drone hit an animal shelter in the city, killing 12 dogs.", []),
    ],
)
def test_toll_wordings(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


def test_a_live_blog_opening_on_the_toll_stays_on_the_attack() -> None:
    body = (
        "12:40 - Governor: the number of injured in Mykolaiv has risen to four. No deaths were reported.\n"
        "11:15 - The navy says Russia has fired more than 80 missiles at the region's ports since the start "
        "of the month.\n"
        "09:30 - Air force: Russia launched 23 Shahed drones overnight; 20 were shot down.\n"
        "07:00 - Explosions in Mykolaiv."
    )
    figures = stated_figures(body, "2025-06-18T09:45:00Z")
    assert figures["2025-06-18:RU>UA"]["drones_launched"] == 23
    assert figures["2025-06-18:RU>UA"]["drones_intercepted"] == 20
    assert figures["2025-06-18:RU>UA"]["injured"] == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # interception verbs
        (
            "Mobile fire groups knocked down 19 Russian drones overnight, out of 27 launched.",
            [("drones", "intercepted", 19), ("drones", "launched", 27)],
        ),
        # not knocked off course: lost
        ("The strikes knocked 3 drones off course.", [("drones", "suppressed", 3)]),
        (
            "Air defence swatted down 44 of the 50 Shahed drones Russia sent overnight.",
            [("drones", "intercepted", 44), ("drones", "launched", 50)],
        ),
        # a dash aside before the verb of a loss; a contracted negation before it
        (
            "Air defence downed 48 drones, while 22 drones — mostly decoys — were lost locally.",
            [("drones", "intercepted", 48), ("drones", "suppressed", 22)],
        ),
    ],
)
def test_interception_and_loss_wordings(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


def test_targets_after_a_contracted_negation_are_no_count_of_targets() -> None:
    # "19 didn't reach their targets" counts drones that did not arrive, never 19 "targets" downed
    read = reads("Of the 64 drones, 40 were shot down and 19 didn't reach their targets.")
    assert ("total", "intercepted", 19) not in read
    assert read[:2] == [("drones", "launched", 64), ("drones", "intercepted", 40)]


@pytest.mark.parametrize(
    "body",
    [
        "Russian attack overnight: 47 Shahed drones. 35 shot down, 9 suppressed by EW.",
        "🛩 Night of 18 June: Russia — 47 Shahed drones\n🎯 Shot down: 35\n📡 Lost locally: 9",
    ],
)
def test_a_posts_heading_counts_the_launch(body: str) -> None:
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {
        "2025-06-18:RU>UA": {"drones_launched": 47, "drones_intercepted": 35, "drones_suppressed": 9}
    }


def test_a_comparison_with_another_time_and_its_when_clause_leave_the_night_s_counts() -> None:
    body = (
        "Russia launched 7 missiles and 95 drones overnight, far fewer than in the attack earlier this "
        "month, when 40 missiles and 479 drones were used, the air force said."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {
        "2025-06-18:RU>UA": {"drones_launched": 95, "missiles_launched": 7, "total_launched": 102}
    }


def test_a_war_s_toll_said_on_a_day_goes_on_into_the_next_sentence() -> None:
    body = (
        "At least 640 children have been killed in Ukraine since February 2022, the ombudsman's office said "
        "on Wednesday. Another 1,950 children have been wounded."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By the evening, the number of injured had grown to 13.", [("people", "injured", 13)]),
        ("The number of injured remains at 44, the emergency service said.", [("people", "injured", 44)]),
        ("In Kharkiv, 17 people turned to doctors after the strike.", [("people", "injured", 17)]),
        ("Toll: 6 dead, 40+ injured", [("people", "killed", 6), ("people", "injured", 40)]),
        (
            "Russia launched 500+ drones and 32 missiles.",
            [("drones", "launched", 500), ("missiles", "launched", 32)],
        ),
    ],
)
def test_tolls_that_grow_or_remain_and_counts_with_a_plus(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


def test_no_casualties_in_one_place_or_elsewhere_is_the_whole_attack_s_zero() -> None:
    body = (
        "Russia fired missiles and drones at nine regions of Ukraine overnight, the air force said. In "
        "Kyiv, explosions were heard for hours. No casualties were reported in Kyiv or elsewhere."
    )
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {"2025-06-18:RU>UA": {"killed": 0, "injured": 0}}


def test_a_post_s_heading_total_opens_the_list_of_its_weapons() -> None:
    body = (
        "🚀 NIGHT OF 14 MAY: THE ENEMY USED 96 AIR ATTACK MEANS\n"
        "▫️ 2 Kh-59/69 guided air missiles (Su-34, airspace of the Kursk region)\n"
        "▫️ 3 Iskander-M ballistic missiles (Bryansk region)\n"
        "▫️ 91 strike UAVs of the Shahed type and decoys\n"
        "✅ Shot down: 2 missiles and 70 drones"
    )
    assert stated_figures(body, "2025-05-14T06:30:00Z") == {
        "2025-05-14:RU>UA": {
            "drones_launched": 91,
            "drones_intercepted": 70,
            "missiles_launched": 5,
            "missiles_intercepted": 2,
            "total_launched": 96,
            "total_intercepted": 72,
        }
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of those downed, counted by the whole's participle: counted elsewhere
        ("Mobile fire groups accounted for 14 of the drones shot down, the spokesman said.", []),
        # not the part's own verb, nor a part of a numbered whole
        ("Eight of the drones were destroyed.", [("drones", "intercepted", 8)]),
        ("Air defence shot down 14 of the drones over the capital.", [("drones", "intercepted", 14)]),
        # one responder hurt is a toll
        ("One firefighter was injured while putting out the blaze.", [("people", "injured", 1)]),
    ],
)
def test_shares_of_the_downed_and_a_responder_hurt(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement added after the attribution has its own subject and verb
        (
            "Air defence destroyed 12 missiles and 87 drones, the air force said, adding that strikes were "
            "recorded at nine locations.",
            [("missiles", "intercepted", 12), ("drones", "intercepted", 87)],
        ),
        # a toll in the present tense; not a state with an adverb
        (
            "Four people have died. Nineteen are injured, among them two children.",
            [("people", "killed", 4), ("people", "injured", 19)],
        ),
        ("Most of those freed were held for years, and 23 are seriously wounded.", []),
    ],
)
def test_an_added_statement_and_a_toll_in_the_present(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


def test_naval_drones_are_no_uavs() -> None:
    text = "Air defence intercepted 27 drones over Crimea and destroyed eight drone boats in the Black Sea."
    assert reads(text) == [("drones", "intercepted", 27)]


def test_weapons_named_by_their_side_are_that_side_s_attack() -> None:
    body = (
        "Russia and Ukraine traded accusations over overnight air attacks on Monday, with Moscow claiming to "
        "have intercepted more than 180 Ukrainian drones.\n\n"
        "In Ukraine, a Russian drone strike on Kharkiv injured six people, the mayor said."
    )
    figures = stated_figures(body, "2025-06-16T09:00:00Z")
    assert figures["2025-06-16:UA>RU"] == {"drones_intercepted": 180}
    assert "drones_intercepted" not in figures.get("2025-06-16:RU>UA", {})


@pytest.mark.parametrize(
    "text",
    [
        "To this date, Russia has already used at least 2,400 Shahed drones against Ukraine, and most of "
        "them have been shot down.",
        "Over the past year, air defence destroyed more than 4,000 Russian drones, the commander said.",
    ],
)
def test_running_totals_are_no_night_s_counts(text: str) -> None:
    assert stated_figures(text, "2025-06-18T06:30:00Z") == {}


@pytest.mark.parametrize(
    ("follower", "expected"),
    [
        # the lead's news told the day before publication: the night that ended then
        ("Five people were injured, officials said Wednesday.", "2025-12-31:RU>UA"),
        # a recap of another night with its own day is not when the lead's news was told
        ("Recap: the strike on Monday night injured five, officials said on Wednesday.", "2026-01-01:RU>UA"),
    ],
)
def test_a_story_published_the_day_after_its_news_was_told(follower: str, expected: str) -> None:
    body = f"Russian drones attacked Mykolaiv overnight, damaging a school and two houses.\n\n{follower}"
    assert list(stated_figures(body, "2026-01-01T12:00:00Z")) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a zero no one says, a sentence of its own after the attack's story: the attack's
        (
            "Russia attacked Ukraine overnight with 23 Shahed drones, the air force said; 19 were shot down. "
            "One drone hit a warehouse in Chernihiv, the regional administration said. No casualties were "
            "reported.",
            {"drones_launched": 23, "drones_intercepted": 19, "killed": 0, "injured": 0},
        ),
        # a national official's zero, its clause parted from a region's toll by a semicolon
        (
            "Russia struck energy sites in four regions overnight. The interior minister said no one was "
            "killed; four people were injured across the country, two of them in the Lviv region.",
            {"killed": 0, "injured": 4},
        ),
        (
            "Russia fired 40 missiles at Ukraine overnight. The minister said no one had been killed or "
            "injured.",
            {"missiles_launched": 40, "killed": 0, "injured": 0},
        ),
    ],
)
def test_zeros_of_the_whole_attack(body: str, expected: dict[str, int]) -> None:
    assert stated_figures(body, "2025-06-18T06:30:00Z") == {"2025-06-18:RU>UA": expected}


def test_a_side_s_claim_of_enemy_soldiers_killed_is_no_toll() -> None:
    body = (
        "A Russian missile struck a training ground in the Dnipropetrovsk region on Friday afternoon, "
        "officials said. The Russian military claimed that the strike killed 60 military personnel."
    )
    assert stated_figures(body, "2025-06-20T18:00:00Z") == {"2025-06-20:RU>UA": {"missiles_launched": 1}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "victims" beside the dead counted apart are all those hurt: no death toll
        (
            "The number of victims of the Russian strike on Sumy has increased to 31, one person was killed.",
            [("people", "killed", 1)],
        ),
        # "victims" alone still count the dead, and a toll of victims named killed and injured is theirs
        ("The number of victims of the strike has increased to 14.", [("people", "killed", 14)]),
        (
            "The number of victims has increased: 3 people were killed and 29 injured.",
            [("people", "killed", 3), ("people", "injured", 29)],
        ),
        # casualties are the dead and the hurt together
        ("The governor later updated the toll to five casualties.", []),
        # the words of a report between a count and its loss; a launch participle in an aside
        ("An additional 25 drones were reported as 'locationally lost'.", [("drones", "suppressed", 25)]),
        (
            "A further 18 drones, deployed by Russia from Kursk, were unable to reach their targets.",
            [("drones", "suppressed", 18)],
        ),
    ],
)
def test_victims_casualties_and_reported_losses(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One employee who was clearing debris at the depot was injured, the company said.",
            [("people", "injured", 1)],
        ),
        ("Two workers who were repairing the power line were killed.", [("people", "killed", 2)]),
    ],
)
def test_what_the_counted_were_doing_before_the_toll_s_verb(text: str, expected: list[Read]) -> None:
    assert reads(text) == expected


def test_the_first_reports_of_a_toll_yield_to_a_later_one_even_lower() -> None:
    body = (
        "A Russian glide bomb struck a private house in Kharkiv on Sunday afternoon, the mayor said.\n\n"
        "Initially, officials reported three deaths and one injury. By the evening the regional governor "
        "said one person had been killed and nine injured."
    )
    assert stated_figures(body, "2025-06-15T18:00:00Z") == {"2025-06-15:RU>UA": {"killed": 1, "injured": 9}}


def test_both_sides_tolls_together_and_another_one_hurt() -> None:
    body = (
        "Russia and Ukraine on Sunday accused each other of overnight strikes that killed three and injured "
        "ten.\n\n"
        "In Ukraine's Sumy region, a Russian drone killed one man and injured seven people, the governor "
        "said.\n\n"
        "In Russia's Kursk region, one civilian was killed and another was injured, Governor Alexander "
        "Khinshtein said."
    )
    figures = stated_figures(body, "2025-06-15T10:00:00Z")
    assert figures["2025-06-15:RU>UA"] == {"killed": 1, "injured": 7}
    assert figures["2025-06-15:UA>RU"] == {"killed": 1, "injured": 1}


def test_a_kind_named_before_of_which_and_an_injury_toll() -> None:
    text = (
        "The air force said the missiles, of which it shot down three, targeted the east, while the drones, "
        "of which 14 were downed, came from the south."
    )
    assert [(f.category, f.role, f.value) for f in read_figures(text, "total")] == [
        ("missiles", "intercepted", 3),
        ("drones", "intercepted", 14),
    ]
    assert reads("Injury Toll From Russian Strike On Odesa Rises To 23") == [("people", "injured", 23)]


@pytest.mark.parametrize(
    "body",
    [
        "According to the Russian side, 800 bodies belonging to Ukrainian military personnel have been "
        "returned to Ukraine, the coordination headquarters said.",
        "The repatriated include 15 bodies of soldiers who fought on the Luhansk front and 90 from Donetsk.",
    ],
)
def test_bodies_returned_in_an_exchange_are_no_toll(body: str) -> None:
    assert stated_figures(body, "2025-06-18T12:00:00Z") == {}
