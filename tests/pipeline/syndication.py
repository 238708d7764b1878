"""Hand-written wire stories, their republished copies, and independent stories of the same nights.

Written for these tests (not taken from any corpus). Each night has a wire story, copies of it as
other sites republish wire copy (own headline, byline, site chrome, a trimmed or lightly edited
paragraph, a truncated ending), and an independent story by another outlet about the same attack:
same facts and figures, own words. The fingerprint must put copies above SYNDICATION_THRESHOLD and
independent stories below it.
"""

from __future__ import annotations

WIRE: dict[str, str] = {
    "kharkiv": (
        "KYIV, March 9 - Russia launched 143 drones and four ballistic missiles at Ukraine overnight, "
        "the Ukrainian air force said on Sunday, adding that air defence units had shot down 112 of the "
        "drones while another 27 were lost from radars, most likely because of electronic jamming.\n\n"
        "The heaviest blow fell on the northeastern city of Kharkiv, where regional governor Oleh "
        "Syniehubov said two people were killed and 14 wounded when a missile struck an apartment block "
        "in the Saltivskyi district shortly after 3 a.m. Rescue crews were still searching the rubble "
        "in the morning, he said on the Telegram messaging app.\n\n"
        "In the Odesa region, falling debris from a downed drone set fire to a warehouse in the port "
        "area, the regional administration said. No one was hurt there.\n\n"
        "Russia's defence ministry said its forces had carried out a massive strike on energy and "
        "military-industrial facilities and that all targets had been hit. Reuters could not "
        "independently verify the claims of either side.\n\n"
        "Moscow has intensified its long-range attacks in recent weeks even as Washington presses both "
        "sides to agree on a ceasefire covering energy infrastructure."
    ),
    "lviv": (
        "LVIV, Ukraine (AP) - A Russian cruise missile slammed into a residential neighborhood of the "
        "western city of Lviv before dawn on Thursday, killing four people and injuring at least 32, "
        "officials said, in one of the deadliest attacks on the city far from the front line.\n\n"
        "Mayor Andriy Sadovyi said the strike destroyed the upper floors of a four-story building "
        "constructed in the 1930s and damaged dozens of cars parked in the courtyard. Three of the "
        "wounded were children, he said.\n\n"
        "Ukraine's air force said Russia fired 18 Kalibr cruise missiles from the Black Sea overnight "
        "and that 14 of them were intercepted. Air raid sirens sounded across the country for more than "
        "three hours.\n\n"
        '"There will definitely be a response to the enemy," President Volodymyr Zelenskyy wrote on '
        "social media, calling again on allies to speed up deliveries of air defense systems.\n\n"
        "The Lviv region has largely been spared the bombardment that eastern and southern cities "
        "endure almost daily, and it has become a refuge for people displaced by the fighting."
    ),
    "kyiv": (
        "Kyiv came under a combined drone and missile attack for the third night in a row, the city's "
        "military administration said on Tuesday morning, as falling debris started fires in three "
        "districts of the capital.\n\n"
        "Timur Tkachenko, head of the administration, said one man was killed in the Darnytskyi district "
        "and five people needed hospital treatment, among them a 12-year-old girl. A kindergarten and a "
        "supermarket were damaged in the Obolonskyi district.\n\n"
        "Nationwide, Russia sent 211 Shahed-type attack drones and decoys and 9 missiles, including "
        "Iskander-M ballistic missiles, the air force said. Air defences destroyed 176 drones and six "
        "missiles, it said, while 31 decoy drones disappeared from radar without causing damage.\n\n"
        "Energy company DTEK said emergency power cuts were introduced in the Kyiv region after an "
        "attack on a substation. Engineers expected to restore supply by the evening.\n\n"
        "The attack came hours after the foreign ministers of several European countries visited the "
        "capital and promised additional air defense interceptors before winter."
    ),
    "belgorod": (
        "MOSCOW, Aug 12 - Russian air defence units destroyed 61 Ukrainian drones over several regions "
        "overnight, the defence ministry in Moscow said on Saturday, including 24 over the Belgorod "
        "region and 19 over the Kursk region.\n\n"
        "Belgorod regional governor Vyacheslav Gladkov said a drone hit a car on a highway near the "
        "village of Dubovoye, injuring three people, one of them seriously. A private house caught fire "
        "in Shebekino after debris fell on its roof.\n\n"
        "In the Voronezh region, governor Alexander Gusev said debris damaged power lines and several "
        "houses but caused no casualties. Flights were briefly suspended at airports in Kaluga and "
        "Tambov, the aviation authority said.\n\n"
        "Ukraine, which says its strikes on Russian territory target infrastructure that supports the "
        "war, did not comment on the attack. Kyiv has expanded its drone production sharply this year."
    ),
}

# Independent stories of the same nights by other outlets: same figures, own words and structure.
INDEPENDENT: dict[str, str] = {
    "kharkiv": (
        "Two dead as missile hits high-rise in Kharkiv during mass overnight attack\n\n"
        "A ballistic missile struck a residential high-rise in Kharkiv's Saltivskyi district early on "
        "Sunday, killing two residents and injuring 14, according to Governor Oleh Syniehubov. Emergency "
        "workers pulled several people out of the damaged block before sunrise.\n\n"
        "The strike was part of a large overnight attack in which Russia used 143 drones and four "
        "ballistic missiles, the Air Force reported. Of the drones, 112 were downed and 27 were "
        "'locally lost', a phrase the military uses for drones suppressed by electronic warfare.\n\n"
        "A warehouse near the Odesa port caught fire after debris fell on it; regional officials "
        "reported no injuries. The Russian defence ministry claimed the strikes hit energy and defence "
        "industry sites."
    ),
    "lviv": (
        "Lviv mourns four victims of overnight missile strike\n\n"
        "Four people died and 32 were injured when a Russian missile hit an old apartment building in "
        "Lviv on Thursday night, city mayor Andriy Sadovyi reported. Among the injured are three "
        "children. The top floors of the pre-war building collapsed, and cars in the yard burned.\n\n"
        "According to the Air Force of the Armed Forces of Ukraine, the enemy launched 18 Kalibr "
        "missiles from ships in the Black Sea; 14 were shot down by air defence. The alert lasted over "
        "three hours in most regions.\n\n"
        "Zelensky promised a response and repeated his appeal for more air defence. Western Ukraine is "
        "rarely targeted and hosts many internally displaced people."
    ),
    "kyiv": (
        "One killed, five hospitalised after third consecutive night of attacks on Kyiv\n\n"
        "Russian forces attacked the capital with drones and missiles for a third night running. In the "
        "Darnytskyi district a man died, and five people, including a girl aged 12, were taken to "
        "hospital, said Tymur Tkachenko, who heads the Kyiv City Military Administration. Debris "
        "damaged a kindergarten and a supermarket in Obolon.\n\n"
        "The Air Force said the attack involved 211 drones, among them Shaheds and decoys, and nine "
        "missiles including Iskander-M. 176 drones and six missiles were neutralised; 31 drones were "
        "lost locally.\n\n"
        "DTEK applied emergency outages in the region after a substation was hit. The strike followed a "
        "visit by European foreign ministers who pledged more interceptors."
    ),
    "belgorod": (
        "Russia says 61 Ukrainian drones downed overnight; three hurt in Belgorod region\n\n"
        "Three people were injured, one of them seriously, when a Ukrainian drone struck a car near "
        "Dubovoye in the Belgorod region, Governor Vyacheslav Gladkov wrote on Saturday. Debris also set "
        "a house on fire in Shebekino.\n\n"
        "The Russian Ministry of Defence reported that 61 drones were intercepted overnight, 24 of them "
        "over Belgorod and 19 over Kursk. Voronezh governor Alexander Gusev reported damaged power lines "
        "and houses but no victims, while the aviation agency briefly restricted flights at Kaluga and "
        "Tambov airports."
    ),
}

# Site chrome that republishing sites wrap around wire copy.
CHROME: tuple[tuple[str, str], ...] = (
    (
        "Home | World | Europe | Subscribe\nBREAKING NEWS\n",
        "\n\nShare this article: Facebook Twitter WhatsApp\nRead more: Markets open lower as oil rises\n"
        "(c) 2025 All rights reserved.",
    ),
    (
        "Updated 2 hours ago - 3 min read\nBy Wire Staff\n\n",
        "\n\nAdvertisement\nRelated stories\nWeather: rain expected through the weekend\n"
        "Sign up for our morning newsletter.",
    ),
    ("", "\n\nThis story was automatically generated from a syndicated feed and has not been edited."),
)


def _edited(text: str) -> str:
    """Light editing as republishers do: one paragraph dropped, US spelling, a phrase reworded."""
    paragraphs = text.split("\n\n")
    kept = paragraphs[:-1] if len(paragraphs) > 3 else paragraphs
    return (
        "\n\n".join(kept)
        .replace("defence", "defense")
        .replace("said on", "said")
        .replace("overnight", "during the night")
    )


def _truncated(text: str) -> str:
    """A feed excerpt: the first 60 % of the story, cut mid-word."""
    return text[: int(len(text) * 0.6)]


def copies(night: str) -> list[str]:
    """Republished copies of one night's wire story."""
    wire = WIRE[night]
    out = [head + wire + foot for head, foot in CHROME]
    out.append(CHROME[0][0] + _edited(wire) + CHROME[0][1])
    out.append(CHROME[1][0] + _truncated(wire) + CHROME[1][1])
    return out
