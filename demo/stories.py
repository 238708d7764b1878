"""The demo articles, written for raidtally (fictional outlets, officials and figures), with hand labels.

Each Story carries the gold events a careful labeller derives from its text under the corpus rules:
explicit values only, totals summed when both parts are stated, per-region sub-counts ignored, "no
casualties" = 0, silence = null, the latest casualty figure of the article, incident date = the Kyiv
morning an overnight attack ended (a daytime strike keeps its own date).
"""

from __future__ import annotations

from dataclasses import dataclass, field

FIGURES = (
    "drones_launched", "drones_intercepted", "drones_suppressed", "missiles_launched",
    "missiles_intercepted", "total_launched", "total_intercepted", "killed", "injured",
)  # fmt: skip

Event = dict[str, object]


def ev(incident: str, regions: list[str], **figures: int) -> Event:
    """A gold event: the nine figures (unstated = None) and the regions, keyed as the corpus does."""
    unknown = set(figures) - set(FIGURES)
    assert not unknown, unknown
    attacker, target = incident.split(":")[1].split(">")
    event: Event = {"incident": incident, "attacker": attacker, "target": target}
    event.update({f: figures.get(f) for f in FIGURES})
    event["regions"] = sorted(regions)
    return event


@dataclass
class Story:
    id: str
    outlet: str
    published_at: str
    title: str
    body: str
    events: list[Event] = field(default_factory=list)
    notes: str = ""

    @property
    def url(self) -> str:
        slug = "-".join(self.title.lower().replace(":", "").replace(",", "").split()[:8])
        return f"https://{self.outlet}/news/{self.published_at[:10]}/{slug}"


def syndicated(original: Story, new_id: str, outlet: str, published_at: str, top: str, bottom: str) -> Story:
    """Wire copy republished word for word with another site's chrome: same labels."""
    return Story(new_id, outlet, published_at, original.title, top + original.body + bottom,
                 [dict(e) for e in original.events], "Syndicated copy of " + original.id)  # fmt: skip


A = "2025-03-02:RU>UA"
B = "2025-03-02:UA>RU"
C = "2025-03-04:RU>UA"
D = "2025-03-06:RU>UA"
E = "2025-03-06:UA>RU"
F = "2025-03-09:RU>UA"
G = "2025-03-11:RU>UA"
H = "2025-03-11:UA>RU"
I = "2025-03-14:RU>UA"  # noqa: E741
J = "2025-03-17:RU>UA"
K = "2025-03-19:RU>UA"
L = "2025-03-20:UA>RU"
M = "2025-03-20:RU>UA"

_A3 = Story(
    "demo-0005", "wire.reuters.example", "2025-03-02T08:15:00Z",
    "Russia launches 112 drones at Ukraine, two hurt in Odesa",
    "KYIV, March 2 (Reuters) - Russia attacked Ukraine with 112 drones overnight, the Ukrainian air force "
    "said on Sunday, adding that air defences had shot down 74 of them while another 31 were lost "
    "locally, a phrase the military uses for drones brought down by electronic warfare.\n\n"
    "In the southern port city of Odesa, two people were injured and a warehouse caught fire, regional "
    "governor Mykola Dovhal said on Telegram. Firefighters needed several hours to contain the blaze.\n\n"
    "Russia's defence ministry said its air defence units had destroyed 46 Ukrainian drones over the "
    "Kursk, Bryansk and Belgorod regions during the night. It did not report any damage.\n\n"
    "Neither side's claims could be independently verified. Both countries have stepped up long-range "
    "drone attacks over the winter as diplomatic efforts to end the three-year-old war stalled.\n\n"
    "(Reporting by the Kyiv bureau; Editing by the Europe desk)",
    [ev(A, ["Odesa"], drones_launched=112, drones_intercepted=74, drones_suppressed=31, injured=2),
     ev(B, ["Kursk", "Bryansk", "Belgorod"], drones_intercepted=46)],
    "Both directions in one wire story: Russian MoD figure becomes the UA>RU event.",
)  # fmt: skip

_C5 = Story(
    "demo-0012", "wire.reuters.example", "2025-03-04T07:40:00Z",
    "Russian missile and drone strike on Kharkiv kills two",
    "KHARKIV, Ukraine, March 4 (Reuters) - A Russian overnight strike with ballistic missiles and drones "
    "killed two people and injured 11 in Ukraine's second-largest city of Kharkiv, regional governor "
    "Roman Tereshchuk said on Tuesday.\n\n"
    "One of the missiles hit a five-storey apartment block in the Kyivskyi district, tearing away part "
    "of the facade, Tereshchuk said. Rescuers were searching the rubble for people who might be trapped.\n\n"
    "Kharkiv, about 30 km (19 miles) from the Russian border, is a frequent target of Russian missiles "
    "and glide bombs.\n\n(Reporting by the Kyiv bureau; Editing by the Europe desk)",
    [ev(C, ["Kharkiv"], killed=2, injured=11)],
    "'30 km' and '19 miles' are distances. Missile/drone counts not stated.",
)  # fmt: skip

_D3 = Story(
    "demo-0021", "apnews.example", "2025-03-06T07:30:00Z",
    "Russia pounds Ukraine's energy grid with 275 drones and missiles",
    "KYIV, Ukraine (AP) — Russia hammered Ukraine's power grid overnight with 275 drones and missiles, "
    "Ukrainian officials said Thursday, knocking out electricity in parts of the west of the country "
    "and killing one person in the central Poltava region.\n\n"
    "Ukraine's air force said 191 of the drones and missiles were shot down. Energy facilities in the "
    "western Lviv and Ivano-Frankivsk regions were damaged, the national grid operator said, and "
    "emergency power cuts were introduced in eight regions in the morning.\n\n"
    "Poltava Gov. Iryna Lytvyn said a man was killed when debris fell on a private house near "
    "Kremenchuk.\n\n"
    "The attack was the third large-scale strike on the Ukrainian energy system since the start of the "
    "year. Energy Minister officials said repairs in some areas could take weeks.\n\n"
    "Associated Press writers in Kyiv contributed to this report.",
    [ev(D, ["Poltava", "Lviv", "Ivano-Frankivsk"], total_launched=275, total_intercepted=191, killed=1)],
    "Only combined totals stated. 'a man was killed' with 'killing one person' -> killed 1. "
    "'eight regions' is a count of power-cut regions, not a figure.",
)  # fmt: skip

_F2 = Story(
    "demo-0031", "wire.reuters.example", "2025-03-09T12:30:00Z",
    "Russian missiles hit Sumy city centre, killing three",
    "SUMY, Ukraine, March 9 (Reuters) - Two Russian Iskander-M ballistic missiles struck the centre of "
    "the northeastern Ukrainian city of Sumy shortly before noon on Sunday, killing three people and "
    "wounding 27, the regional military administration said.\n\n"
    "The missiles hit near a bus stop and an office building as people were leaving church services, "
    "acting governor Yevhen Marchuk said. Cars were set ablaze and windows were blown out across several "
    "blocks.\n\n"
    "Sumy lies about 25 km from the Russian border and has come under frequent attack since Ukrainian "
    "forces entered Russia's Kursk region last year.\n\n(Reporting by the Kyiv bureau)",
    [ev(F, ["Sumy"], missiles_launched=2, killed=3, injured=27)],
    "Daytime strike: takes its own date (Sunday 9 March).",
)  # fmt: skip

_H3 = Story(
    "demo-0040", "afp.example", "2025-03-11T09:30:00Z",
    "Ukraine launches biggest drone attack on Moscow region, two killed",
    "MOSCOW (AFP) - Ukraine launched its largest drone attack yet on the Moscow region overnight, "
    "Russian officials said Tuesday, killing two people and injuring 12, disrupting flights at the "
    "capital's airports and setting a meat warehouse on fire.\n\n"
    "Russia's defence ministry said air defence systems had destroyed 286 Ukrainian drones over the "
    "Moscow, Kursk, Bryansk, Belgorod, Voronezh and Oryol regions, including 63 over the Moscow region "
    "alone.\n\n"
    "Ukraine's air force, for its part, said Russia had launched 147 drones at Ukraine overnight and "
    "that 97 had been shot down.\n\n"
    "The attack came hours before Ukrainian and US delegations were due to meet in Saudi Arabia for "
    "talks on a possible ceasefire.",
    [ev(H, ["Moscow", "Kursk", "Bryansk", "Belgorod", "Voronezh", "Oryol"],
        drones_intercepted=286, killed=2, injured=12),
     ev(G, [], drones_launched=147, drones_intercepted=97)],
    "Both directions in one article. '63 over the Moscow region' is a sub-count.",
)  # fmt: skip

_I3 = Story(
    "demo-0049", "wire.reuters.example", "2025-03-14T07:45:00Z",
    "Russian drones and missiles hit Kyiv, one killed",
    "KYIV, March 14 (Reuters) - Russia attacked Ukraine overnight with 178 drones and six ballistic "
    "missiles, the air force said on Friday, and air defences shot down 132 of them. One person was "
    "killed and nine were injured in the capital, city officials said.\n\n"
    "Falling debris damaged a high-rise apartment block in the Darnytskyi district and set fire to "
    "several cars in Holosiivskyi district. Loud explosions were heard across the city for about four "
    "hours from around 2 a.m.\n\n"
    "A further 41 drones were lost from radar, the air force said, which usually means they were "
    "jammed.\n\n(Reporting by the Kyiv bureau; Editing by the Europe desk)",
    [ev(I, ["Kyiv"], drones_launched=178, missiles_launched=6, total_launched=184, total_intercepted=132,
        drones_suppressed=41, killed=1, injured=9)],
    "132 'of them' = combined interceptions -> total_intercepted only.",
)  # fmt: skip

_L3 = Story(
    "demo-0062", "wire.reuters.example", "2025-03-20T08:20:00Z",
    "Ukrainian drones set oil depot ablaze in Russia's south",
    "MOSCOW, March 20 (Reuters) - Ukrainian drones attacked an oil depot in Russia's southern Krasnodar "
    "region overnight, setting a fuel tank on fire, the regional governor said on Thursday. Nobody was "
    "killed or injured, he said.\n\n"
    "Russia's defence ministry said its air defences had downed 132 Ukrainian drones over the Voronezh, "
    "Belgorod, Rostov and Krasnodar regions, as well as over the Sea of Azov.\n\n"
    "About 160 firefighters were battling the blaze, according to the regional emergency headquarters. "
    "The depot supplies fuel to a pipeline network that feeds ports on the Black Sea.\n\n"
    "Reuters could not independently verify the reports.\n\n(Reporting by the Moscow bureau)",
    [ev(L, ["Voronezh", "Belgorod", "Rostov", "Krasnodar"], drones_intercepted=132)],
    "'About 160 firefighters' is not a figure. The governor's 'Nobody was killed or injured' is about the "
    "depot in his region while drones were downed over three more: one place's zero, so null "
    "(labelling convention 1).",
)  # fmt: skip

_J4 = Story(
    "demo-0030", "wire.reuters.example", "2025-03-17T08:05:00Z",
    "Russia strikes Odesa port with missiles and drones, three hurt",
    "KYIV, March 17 (Reuters) - Russia attacked Ukraine overnight with 95 drones and four Kalibr cruise "
    "missiles, targeting port infrastructure in the Black Sea city of Odesa, Ukrainian officials said on "
    "Monday.\n\n"
    "The air force said all four missiles and 63 of the drones were shot down, while 22 drones were "
    "lost to electronic jamming. Three port workers were injured and no one was killed, Odesa regional "
    "governor Mykola Dovhal said.\n\n"
    "Ukraine's Black Sea ports handle most of its grain exports, and Russia has struck them repeatedly "
    "since Kyiv set up a shipping corridor in 2023.\n\n(Reporting by the Kyiv bureau)",
    [ev(J, ["Odesa"], drones_launched=95, drones_intercepted=63, drones_suppressed=22, missiles_launched=4,
        missiles_intercepted=4, total_launched=99, total_intercepted=67, killed=0, injured=3)],
    "'all four missiles' shot down -> missiles_intercepted 4; totals summed from parts.",
)  # fmt: skip

# Hand-laid-out data: one Story per block, labels under the text they describe.
# fmt: off
ARTICLES: list[Story] = [
    # ---- 2 March: RU>UA (Odesa) and UA>RU (Kursk/Bryansk/Belgorod)
    Story("demo-0001", "t.me/odesa_ova", "2025-03-02T05:30:00Z", "Odesa region: night drone attack",
          "Odesa region came under a massive drone attack again tonight. Air defence worked over the city "
          "and the district, but there are hits. A warehouse of a logistics company is on fire in Odesa; "
          "firefighters of the State Emergency Service are working at the scene.\n\n"
          "Two people were injured: a woman aged 54 and a man aged 61. Both received medical help on the "
          "spot and did not need hospital treatment. Fourteen residential buildings and several cars were "
          "damaged by the blast wave.\n\n"
          "I ask residents not to ignore air raid alerts and to stay in shelters. — Mykola Dovhal, head of "
          "the Odesa regional military administration",
          [ev(A, ["Odesa"], injured=2)],
          "Killed not stated -> null. 'Fourteen residential buildings' is damage."),
    Story("demo-0002", "t.me/mykolaiv_ova", "2025-03-02T05:55:00Z", "Mykolaiv: debris damages a school",
          "During the night Russian drones flew over Mykolaiv region. Debris of a downed drone fell on the "
          "grounds of a school in the Bashtanka community and broke windows in the gym and two classrooms."
          "\n\n"
          "Information about possible victims is being clarified. Classes today will be held online. "
          "Utilities are already clearing up and the windows will be boarded up by the evening.\n\n"
          "Keep to shelters during alerts. The night was not easy, but the region is holding.",
          [ev(A, ["Mykolaiv"])],
          "Damage report with no figure ('two classrooms' is damage) -> event with all fields null."),
    Story("demo-0003", "t.me/kpszsu", "2025-03-02T06:40:00Z",
          "Air Force: 112 drones overnight, 74 shot down",
          "On the night of 2 March (from 19:00 on 1 March) the enemy attacked with 112 Shahed strike UAVs "
          "and imitator drones of various types, launched from the directions of Bryansk, Kursk, Millerovo "
          "and Primorsko-Akhtarsk in the Russian Federation.\n\n"
          "The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units "
          "and mobile fire groups of the Defence Forces of Ukraine.\n\n"
          "As of 09:00, 74 enemy drones have been confirmed shot down in the north, south, east and centre "
          "of the country. Another 31 enemy imitator drones were lost locally (without negative "
          "consequences).\n\n"
          "As a result of the enemy attack, Odesa, Mykolaiv and Kharkiv regions were affected.\n\n"
          "Protect yourselves and your loved ones! Stay in shelters during alerts!",
          [ev(A, ["Odesa", "Mykolaiv", "Kharkiv"], drones_launched=112, drones_intercepted=74,
              drones_suppressed=31)],
          "Launch areas (Bryansk, Kursk, Millerovo, Primorsko-Akhtarsk) are not regions of the event."),
    Story("demo-0004", "tass-en.example", "2025-03-02T07:10:00Z",
          "Russian air defences destroy 46 Ukrainian drones overnight",
          "MOSCOW, March 2. /TASS/. Russian air defence systems on duty intercepted and destroyed 46 "
          "Ukrainian fixed-wing unmanned aerial vehicles overnight, the Defence Ministry reported.\n\n"
          "\"During the past night, air defence systems on duty intercepted and destroyed 46 Ukrainian "
          "UAVs: 19 over the Kursk region, 15 over the Bryansk region and 12 over the Belgorod region,\" "
          "the ministry said on its Telegram channel.\n\n"
          "The governors of the three regions said there were no casualties. Earlier, the Kyiv regime's "
          "attempts to strike facilities in Russia with drones were thwarted, the ministry added.",
          [ev(B, ["Kursk", "Bryansk", "Belgorod"], drones_intercepted=46, killed=0, injured=0)],
          "Per-region counts (19+15+12) are sub-counts; the stated total is 46. 'no casualties' -> 0/0."),
    _A3,
    syndicated(_A3, "demo-0006", "usnews.example", "2025-03-02T08:50:00Z",
               "World News | March 2, 2025, at 3:50 a.m.\n\n", "\n\nCopyright 2025 Thomson Reuters."),
    syndicated(_A3, "demo-0007", "marketscreener.example", "2025-03-02T09:35:00Z",
               "", "\n\n© Reuters 2025 | Related: Europe, Energy, Ukraine"),
    # ---- negatives
    Story("demo-0008", "politico-eu.example", "2025-03-03T11:00:00Z",
          "EU leaders weigh 40 billion euro military package for Kyiv",
          "BRUSSELS — European Union leaders will discuss a military support package for Ukraine worth up "
          "to 40 billion euros at a summit on Thursday, three diplomats said, including at least 1.5 "
          "million artillery shells and 18 additional air defence systems.\n\n"
          "The proposal, drafted by the bloc's foreign policy chief, would be funded partly by the windfall "
          "profits of frozen Russian central bank assets, which generate around 3 billion euros a year. "
          "Hungary has signalled it will block any decision that requires unanimity, so the package may be "
          "built as a coalition of the willing with 20 or more member states.\n\n"
          "Ukraine says it needs at least 10 more Patriot batteries to protect its cities from Russian "
          "missiles. Only two have been pledged since January.",
          [], "Negative: aid figures, no attack."),
    _C5,
    # ---- 4 March: Kharkiv
    Story("demo-0009", "t.me/kharkiv_ova", "2025-03-04T04:50:00Z",
          "Kharkiv: strike on residential building, casualties",
          "Kharkiv. The occupiers struck the city with ballistic missiles and Shaheds at night. A "
          "five-storey residential building in the Kyivskyi district was hit; the entrance is partially "
          "destroyed.\n\n"
          "Preliminarily, two people were killed and 11 were injured, among them a 7-year-old girl. All "
          "services are working at the scene, psychologists are helping residents. There may be people "
          "under the rubble.\n\n"
          "Roman Tereshchuk, head of the Kharkiv regional military administration",
          [ev(C, ["Kharkiv"], killed=2, injured=11)],
          "'7-year-old girl' is an age."),
    Story("demo-0010", "t.me/kpszsu", "2025-03-04T06:30:00Z",
          "Air Force: 3 ballistic missiles and 58 drones",
          "On the night of 4 March the enemy attacked with three Iskander-M ballistic missiles from the "
          "Belgorod region and 58 Shahed attack UAVs and decoy drones.\n\n"
          "As of 08:30, 40 enemy drones were shot down over the north and east of the country; 13 "
          "imitator drones were lost locally without consequences.\n\n"
          "Hits by missiles and drones were recorded in Kharkiv and Sumy regions.",
          [ev(C, ["Kharkiv", "Sumy"], missiles_launched=3, drones_launched=58, total_launched=61,
              drones_intercepted=40, drones_suppressed=13)],
          "Missile interceptions not stated -> missiles_intercepted and total_intercepted null. Belgorod "
          "is the launch area."),
    Story("demo-0011", "ukrinform-en.example", "2025-03-04T09:10:00Z",
          "Death toll in Kharkiv strike rises to four",
          "The number of people killed in the Russian night strike on Kharkiv has risen to four, the head "
          "of the regional military administration Roman Tereshchuk reported on Tuesday morning. Rescuers "
          "recovered two more bodies from the rubble of the damaged apartment building.\n\n"
          "Fifteen people were injured, including a 7-year-old girl; six of them are in hospital.\n\n"
          "According to the Ukrainian Air Force, Russia launched three ballistic missiles and 58 drones "
          "against Ukraine overnight. Kharkiv has been attacked four times since the beginning of March.",
          [ev(C, ["Kharkiv"], killed=4, injured=15, missiles_launched=3, drones_launched=58,
              total_launched=61)],
          "Revision: latest toll 4 killed, 15 injured. 'four times since the beginning of March' is not "
          "a figure."),
    Story("demo-0013", "the-guardian.example", "2025-03-05T13:20:00Z",
          "'We heard the whistle, then the wall was gone': Kharkiv buries its dead",
          "Residents of a battered apartment block in Kharkiv's Kyivskyi district spent Wednesday sweeping "
          "up glass and nailing plastic sheets over their windows, a day after a Russian ballistic missile "
          "tore through the building on Monday night.\n\n"
          "Four people were killed and 15 injured in the attack, according to the regional administration. "
          "Among the dead was a retired teacher who had refused to leave the city since 2022. \"We heard "
          "the whistle, then the wall was gone,\" said Halyna, 68, who lives on the fourth floor.\n\n"
          "The strike was part of an overnight assault in which Russia launched three Iskander-M missiles "
          "and 58 drones, according to Ukraine's air force. Kharkiv, a city of more than a million people "
          "before the war, lies just 30km from the border, giving its residents barely a minute's warning "
          "of incoming ballistic missiles.\n\n"
          "Local officials have appealed for more air defence systems for the city, saying the Patriot "
          "batteries Ukraine has are needed to protect Kyiv and critical infrastructure.",
          [ev(C, ["Kharkiv"], killed=4, injured=15, missiles_launched=3, drones_launched=58,
              total_launched=61)],
          "Published the next afternoon about 'Monday night' -> 2025-03-04 incident. Ages and floors are "
          "not figures."),
    syndicated(_C5, "demo-0014", "yahoo-news.example", "2025-03-04T08:05:00Z",
               "Reuters\nTue, March 4, 2025, 9:05 AM\n\n", "\n\nView comments"),
    Story("demo-0015", "kyiv-weekly.example", "2025-03-05T10:00:00Z",
          "Russia fired over 4,000 drones at Ukraine in February, analysis shows",
          "Russia launched more than 4,000 long-range attack drones and decoys against Ukraine in February, "
          "along with about 150 missiles, according to our analysis of daily air force statements. That "
          "is roughly 145 drones a night, up from about 110 a night in December.\n\n"
          "The air force said its units shot down around 58 percent of the drones, while a further 35 "
          "percent were lost to electronic warfare. The interception rate for cruise missiles stayed above "
          "80 percent, but fell below 20 percent for ballistic missiles.\n\n"
          "Analysts expect the numbers to keep growing as Russia expands production of Shahed-type drones "
          "at its plant in Tatarstan.",
          [], "Negative: monthly cumulative statistics are not an incident."),
    # ---- 6 March: RU>UA energy strike, UA>RU Bryansk/Moscow
    Story("demo-0016", "t.me/mod_russia_en", "2025-03-06T05:20:00Z",
          "Air defence destroys 88 Ukrainian UAVs",
          "Last night, attempts by the Kyiv regime to carry out terrorist attacks using fixed-wing "
          "unmanned aerial vehicles against facilities on the territory of the Russian Federation were "
          "thwarted.\n\n"
          "Air defence systems on duty intercepted and destroyed 88 Ukrainian UAVs: 34 over the territory "
          "of the Bryansk region, 21 over the Moscow region, 18 over the Oryol region and 15 over the "
          "Kursk region.",
          [ev(E, ["Bryansk", "Moscow", "Oryol", "Kursk"], drones_intercepted=88)],
          "Per-region counts are sub-counts of 88."),
    Story("demo-0017", "t.me/poltava_ova", "2025-03-06T05:45:00Z",
          "Poltava region: energy facility hit, one dead",
          "Tonight the enemy again attacked the energy infrastructure of Poltava region with drones and "
          "missiles. In the Kremenchuk district, debris fell on a private house.\n\n"
          "Unfortunately, one person was killed, a man aged 47. Three more people were injured and are "
          "receiving medical care. There is a fire at an energy facility; power engineers will begin "
          "repairs as soon as the security situation allows.\n\n"
          "Iryna Lytvyn, head of the Poltava regional military administration",
          [ev(D, ["Poltava"], killed=1, injured=3)], ""),
    Story("demo-0018", "t.me/kpszsu", "2025-03-06T06:05:00Z",
          "Air Force: 261 drones and 14 missiles; 191 targets downed",
          "On the night of 6 March 2025, the enemy launched a combined strike with 275 air attack means: "
          "10 Kh-101 air-launched cruise missiles from Tu-95MS strategic bombers over the Saratov region, "
          "4 Iskander-M ballistic missiles from the Kursk region, and 261 Shahed attack UAVs and decoy "
          "drones.\n\n"
          "As of 09:00, 191 air targets were confirmed shot down: 9 Kh-101 cruise missiles, 2 Iskander-M "
          "ballistic missiles and 180 drones. 62 enemy imitator drones were lost locally.\n\n"
          "The main direction of the strike was energy infrastructure. Lviv, Ivano-Frankivsk and Poltava "
          "regions were affected.",
          [ev(D, ["Lviv", "Ivano-Frankivsk", "Poltava"], drones_launched=261, drones_intercepted=180,
              drones_suppressed=62, missiles_launched=14, missiles_intercepted=11, total_launched=275,
              total_intercepted=191)],
          "Missiles 10+4=14 and 9+2=11 are stated parts of one launch (not per-region sub-counts); the "
          "stated totals 275 and 191 agree."),
    Story("demo-0019", "t.me/bryansk_gov", "2025-03-06T06:10:00Z",
          "Bryansk region: drone hits car, one killed",
          "This morning the armed forces of Ukraine attacked a civilian car with a drone on the road near "
          "the village of Kurkovichi in the Starodubsky district. Unfortunately, the driver was killed; "
          "two passengers were injured and taken to the central district hospital.\n\n"
          "Operational and emergency services are working at the scene. Overnight our air defence forces "
          "destroyed enemy UAVs over the region. — Governor Alexander Bogdanov",
          [ev(E, ["Bryansk"], killed=1, injured=2)],
          "'the driver was killed' = 1; 'two passengers were injured' = 2."),
    Story("demo-0020", "t.me/lviv_ova", "2025-03-06T06:25:00Z",
          "Lviv region: critical infrastructure hit",
          "Overnight the enemy struck critical infrastructure in the Stryi district with missiles and "
          "drones. There is no information about casualties at the moment.\n\n"
          "Because of the damage, part of the district is without electricity and water pressure is low "
          "in several communities. Power engineers are working to restore supply. I ask residents to be "
          "economical with electricity in the evening hours.",
          [ev(D, ["Lviv"])],
          "No figures: 'no information about casualties' is not a stated zero. Attack report without "
          "figures."),
    _D3,
    syndicated(_D3, "demo-0022", "independent.example", "2025-03-06T08:10:00Z",
               "Live Updates | World | Europe\n\n", "\n\nSign up for our free daily briefing."),
    syndicated(_D3, "demo-0023", "abc-local.example", "2025-03-06T09:00:00Z",
               "", "\n\nCopyright 2025 The Associated Press. All rights reserved."),
    Story("demo-0024", "kyivindependent.example", "2025-03-06T10:30:00Z",
          "Russia targets energy facilities in western Ukraine in overnight mass attack",
          "Russia launched 261 drones and 14 missiles against Ukraine overnight on March 6, targeting "
          "energy infrastructure in the western regions of Lviv and Ivano-Frankivsk, the Air Force "
          "reported.\n\n"
          "Air defense shot down 180 drones and 11 missiles, including nine Kh-101 cruise missiles. Another "
          "62 drones were \"lost\" due to electronic warfare countermeasures.\n\n"
          "In Poltava Oblast, one man was killed and four people were injured near Kremenchuk, the "
          "regional police said in an update, raising the earlier count of three injured.\n\n"
          "Ukrenergo, the national grid operator, introduced emergency outages in Lviv, Ivano-Frankivsk, "
          "Volyn, Rivne, Ternopil, Zakarpattia, Chernivtsi and Khmelnytskyi oblasts on the morning of "
          "March 6. The company said it expects to lift them by the evening.\n\n"
          "Russia has launched more than 1,200 drones against Ukraine since the start of March, according "
          "to President Volodymyr Zelensky.",
          [ev(D, ["Lviv", "Ivano-Frankivsk", "Poltava"], drones_launched=261, missiles_launched=14,
              total_launched=275, drones_intercepted=180, missiles_intercepted=11, total_intercepted=191,
              drones_suppressed=62, killed=1, injured=4)],
          "Latest injured figure 4 (police update). Outage regions are not attacked regions. 'more than "
          "1,200 since the start of March' is cumulative."),
    Story("demo-0025", "wire.reuters.example", "2025-03-06T09:00:00Z",
          "Ukraine hits Russia with 88 drones, one killed in Bryansk",
          "MOSCOW, March 6 (Reuters) - Ukraine attacked Russia with 88 drones overnight, all of which were "
          "destroyed, the Russian defence ministry said on Thursday. A drone killed a driver and injured "
          "two passengers in a car in the Bryansk region, the local governor said.\n\n"
          "The ministry said drones were downed over the Bryansk, Moscow, Oryol and Kursk regions. Moscow "
          "Mayor's office said air defences had repelled an attack on the capital, and flights at "
          "Vnukovo and Domodedovo airports were briefly restricted.\n\n(Reporting by the Moscow bureau)",
          [ev(E, ["Bryansk", "Moscow", "Oryol", "Kursk"], drones_launched=88, drones_intercepted=88,
              killed=1, injured=2)],
          "'88 drones, all of which were destroyed' -> launched 88 and intercepted 88. 'a driver' killed "
          "-> 1."),
    # ---- negatives
    Story("demo-0026", "rferl-en.example", "2025-03-08T12:00:00Z",
          "General Staff: 143 clashes on the front, Pokrovsk sector hottest",
          "Ukrainian forces repelled 143 Russian assaults along the front line over the past day, the "
          "General Staff of Ukraine's armed forces said on Saturday, with the heaviest fighting near "
          "Pokrovsk, where 47 attacks were recorded.\n\n"
          "Russian aircraft carried out 68 air strikes, dropping 112 guided aerial bombs on Ukrainian "
          "positions and frontline towns, and fired more than 4,000 artillery rounds. Russia also used "
          "1,950 kamikaze drones, mostly small FPV quadcopters, against troops along the front.\n\n"
          "The General Staff said Russia had lost 1,260 soldiers killed or wounded in the past 24 hours, "
          "a figure that cannot be verified. Moscow does not publish its own casualty numbers.",
          [], "Negative: ground fighting, glide bombs and frontline FPV drones are out of scope."),
    # ---- 9 March: Sumy daytime strike
    Story("demo-0027", "t.me/sumy_ova", "2025-03-09T10:15:00Z",
          "Sumy: missile strike on the city centre",
          "At 11:40 the enemy struck the centre of Sumy with two ballistic missiles. There are killed and "
          "wounded.\n\n"
          "According to preliminary data, three people were killed and 27 injured, including two children. "
          "The injured are being taken to hospitals. A bus, several cars and an administrative building "
          "were damaged.\n\n"
          "Acting head of the Sumy regional military administration Yevhen Marchuk",
          [ev(F, ["Sumy"], missiles_launched=2, killed=3, injured=27)],
          "Daytime strike on Sunday 9 March. 'At 11:40' is a time."),
    _F2,
    syndicated(_F2, "demo-0032", "globalnews.example", "2025-03-09T13:05:00Z",
               "WORLD\n\nBy Reuters  Posted March 9, 2025 9:05 am\n\n", "\n\n© 2025 Reuters"),
    Story("demo-0029", "afp.example", "2025-03-09T14:00:00Z",
          "Russian ballistic missiles kill at least three in Ukraine's Sumy",
          "KYIV (AFP) - Two Russian ballistic missiles slammed into the centre of the Ukrainian city of "
          "Sumy on Sunday, killing at least three people and wounding 27, local authorities said, in one "
          "of the deadliest strikes on the city this year.\n\n"
          "Images released by emergency services showed a charred bus and bodies covered with sheets on a "
          "street lined with shattered shop windows. \"Rescuers are working at the scene,\" the regional "
          "administration said on Telegram.\n\n"
          "Sumy, a city of around 250,000 people before the war, lies less than 30 kilometres from the "
          "Russian border.",
          [ev(F, ["Sumy"], missiles_launched=2, killed=3, injured=27)],
          "'around 250,000 people' and '30 kilometres' are not figures."),
    Story("demo-0033", "ukrinform-en.example", "2025-03-09T17:40:00Z",
          "Sumy missile strike: death toll rises to five",
          "The number of people killed by the Russian missile strike on the centre of Sumy on Sunday has "
          "risen to five, the Sumy regional military administration said in the evening. A woman and a man "
          "died in hospital.\n\n"
          "In total 31 people were injured, including four children. Eleven of them remain in a serious "
          "condition.\n\n"
          "Monday, 10 March, has been declared a day of mourning in the Sumy community.",
          [ev(F, ["Sumy"], killed=5, injured=31)],
          "Revision upward: 3 -> 5 killed, 27 -> 31 injured."),
    Story("demo-0034", "the-guardian.example", "2025-03-10T07:30:00Z",
          "Sumy mourns five killed in Sunday missile strike",
          "The north-eastern Ukrainian city of Sumy held a day of mourning on Monday after two Russian "
          "ballistic missiles struck its centre on Sunday, killing five people and injuring 31.\n\n"
          "The attack came at the end of a church service, and witnesses described people running from the "
          "square as a second missile exploded less than a minute after the first. \"It was a normal "
          "Sunday, people were going home,\" said a volunteer who helped carry the wounded.\n\n"
          "President Zelensky called the strike \"deliberate terror\" and renewed calls for more air "
          "defence systems. Sumy has been shelled almost daily since last summer, but strikes on the "
          "city centre with ballistic missiles have been rarer.",
          [ev(F, ["Sumy"], missiles_launched=2, killed=5, injured=31)],
          "Published the next morning about Sunday's daytime strike -> 2025-03-09."),
    Story("demo-0035", "euronews.example", "2025-03-10T15:00:00Z",
          "Ukraine's parliament approves extra 412 billion hryvnias for defence",
          "Ukraine's parliament on Monday approved amendments to this year's budget that add 412 billion "
          "hryvnias (about 9.9 billion euros) to defence spending, bringing the military's share of the "
          "budget to nearly 60%.\n\n"
          "The money will go mostly to soldiers' pay, but 80 billion hryvnias are earmarked for long-range "
          "drones and missiles built by Ukrainian manufacturers. 262 lawmakers voted in favour.\n\n"
          "Finance minister officials said the increase would be covered by higher taxes and by loans "
          "from partners backed by frozen Russian assets.",
          [], "Negative: budget figures."),
    # ---- 11 March: RU>UA (Dnipropetrovsk/Zaporizhzhia) and UA>RU (Moscow)
    Story("demo-0036", "t.me/mod_russia_en", "2025-03-11T04:50:00Z",
          "286 Ukrainian UAVs destroyed overnight",
          "During the night, air defence systems on duty intercepted and destroyed 286 Ukrainian "
          "fixed-wing UAVs over the territories of the Moscow, Kursk, Bryansk, Belgorod, Voronezh and "
          "Oryol regions. Of these, 63 UAVs were destroyed over the Moscow region, and 112 over the Kursk "
          "region.\n\nThe Kyiv regime's attempt to carry out a terrorist attack using aircraft-type drones "
          "against facilities on the territory of the Russian Federation was thwarted.",
          [ev(H, ["Moscow", "Kursk", "Bryansk", "Belgorod", "Voronezh", "Oryol"], drones_intercepted=286)],
          "63 and 112 are sub-counts."),
    Story("demo-0037", "t.me/dnipro_ova", "2025-03-11T05:10:00Z",
          "Kryvyi Rih: fire after drone attack, no casualties",
          "The enemy attacked Kryvyi Rih with attack drones at night. An infrastructure facility caught "
          "fire; the fire has been extinguished. There were no casualties.\n\n"
          "In the Nikopol district the aggressor also shelled the communities with heavy artillery; a "
          "private house was damaged there.\n\n"
          "Over the Dnipropetrovsk region air defence destroyed 12 drones.",
          [ev(G, ["Dnipropetrovsk"], killed=0, injured=0)],
          "'12 drones' destroyed over one region is a sub-count. Artillery is out of scope."),
    Story("demo-0038", "t.me/kpszsu", "2025-03-11T06:20:00Z",
          "Air Force: 147 drones overnight, 97 shot down",
          "On the night of 11 March the enemy attacked with 147 Shahed attack UAVs and various types of "
          "imitator drones from the directions of Kursk, Oryol and Millerovo.\n\n"
          "As of 09:00, 97 enemy drones were shot down over the east, south and centre of the country. 43 "
          "imitator drones were lost locally without negative consequences.\n\n"
          "Dnipropetrovsk and Zaporizhzhia regions were affected by the attack.",
          [ev(G, ["Dnipropetrovsk", "Zaporizhzhia"], drones_launched=147, drones_intercepted=97,
              drones_suppressed=43)], ""),
    Story("demo-0039", "t.me/moscow_region_gov", "2025-03-11T06:30:00Z",
          "Moscow region: drone attack, casualties",
          "Tonight the Moscow region was subjected to a massive attack by enemy drones. Debris fell on "
          "residential buildings in the Ramensky and Domodedovo districts.\n\n"
          "Unfortunately, two people were killed. Twelve people were injured, three of them children; "
          "all are receiving the necessary care. Residents of the damaged apartments are being offered "
          "temporary accommodation.",
          [ev(H, ["Moscow"], killed=2, injured=12)], ""),
    _H3,
    syndicated(_H3, "demo-0041", "france24-en.example", "2025-03-11T10:15:00Z",
               "EUROPE  -  Published on 11/03/2025 - 10:15\n\n", "\n\n© 2025 AFP"),
    Story("demo-0042", "ukrinform-en.example", "2025-03-11T08:00:00Z",
          "Ukrainian air defence downs 97 of 147 Russian drones",
          "Ukrainian air defence forces shot down 97 of the 147 Russian drones launched against Ukraine "
          "overnight on March 11, the Air Force of the Armed Forces of Ukraine reported. Another 43 decoy "
          "drones were lost locally.\n\n"
          "In the Dnipropetrovsk region, an infrastructure facility in Kryvyi Rih caught fire, but no "
          "casualties were reported, according to regional head Serhii Lysak.\n\n"
          "Meanwhile, the Russian Defence Ministry said it had destroyed 286 Ukrainian drones overnight "
          "over several regions, including the Moscow region.",
          [ev(G, ["Dnipropetrovsk"], drones_launched=147, drones_intercepted=97, drones_suppressed=43,
              killed=0, injured=0),
           ev(H, ["Moscow"], drones_intercepted=286)],
          "Both directions: Russian MoD figure -> UA>RU event."),
    Story("demo-0043", "ap-factcheck.example", "2025-03-13T16:00:00Z",
          "Ukraine and Russia swap 175 prisoners each",
          "Ukraine and Russia exchanged 175 prisoners of war each on Thursday in a deal brokered by the "
          "United Arab Emirates, officials on both sides said. Ukraine also received the bodies of 909 "
          "fallen soldiers.\n\n"
          "It was the 62nd exchange since the start of the full-scale invasion in February 2022, "
          "according to Ukraine's coordination headquarters, which says more than 4,500 Ukrainians have "
          "been freed so far. Among those returned on Thursday were 22 seriously wounded servicemen.\n\n"
          "Russia's defence ministry said the released Russian soldiers were being flown to Moscow for "
          "medical treatment.",
          [], "Negative: prisoner exchange."),
    # ---- 14 March: Kyiv
    Story("demo-0044", "t.me/kyiv_city_mva", "2025-03-14T04:40:00Z",
          "Kyiv: enemy attack, casualties in two districts",
          "The enemy attacked the capital with drones and ballistic missiles. Air defence is working.\n\n"
          "Darnytskyi district: debris fell on a 16-storey residential building, a fire on the upper "
          "floors. Holosiivskyi district: cars are burning in a courtyard.\n\n"
          "As of now, one person has been killed and nine injured, four of them hospitalised. Medics and "
          "rescuers are working at all sites.",
          [ev(I, ["Kyiv"], killed=1, injured=9)],
          "'16-storey' and 'four of them hospitalised' are not event figures (injured given)."),
    Story("demo-0045", "t.me/kpszsu", "2025-03-14T06:50:00Z",
          "Air Force: 184 air attack means; 132 shot down",
          "On the night of 14 March the enemy attacked with 184 air attack means: six Iskander-M "
          "ballistic missiles from the Bryansk and Kursk regions and 178 Shahed attack UAVs and imitator "
          "drones.\n\n"
          "As of 09:00, 132 targets were shot down: 2 ballistic missiles and 130 drones. 41 imitator "
          "drones were lost locally.\n\n"
          "Kyiv city, Kyiv, Chernihiv and Cherkasy regions were affected.",
          [ev(I, ["Kyiv", "Chernihiv", "Cherkasy"], drones_launched=178, drones_intercepted=130,
              drones_suppressed=41, missiles_launched=6, missiles_intercepted=2, total_launched=184,
              total_intercepted=132)], ""),
    Story("demo-0046", "tass-en.example", "2025-03-14T07:20:00Z",
          "Russian forces strike Ukrainian military-industrial facilities",
          "MOSCOW, March 14. /TASS/. The Russian armed forces delivered a group strike with long-range "
          "precision weapons and attack drones on enterprises of Ukraine's military-industrial complex "
          "overnight, the Defence Ministry said. \"The goals of the strike have been achieved. All "
          "designated targets have been hit,\" the ministry said.\n\n"
          "Separately, air defence systems shot down 27 Ukrainian UAVs over the Bryansk and Kursk regions "
          "overnight, the ministry said.",
          [ev("2025-03-14:UA>RU", ["Bryansk", "Kursk"], drones_intercepted=27)],
          "The RU>UA strike claim has no figures (nothing recorded for it, as in rule 6); the 27 downed "
          "Ukrainian drones are a UA>RU event."),
    _I3,
    syndicated(_I3, "demo-0050", "usnews.example", "2025-03-14T08:20:00Z",
               "World News | March 14, 2025, at 4:20 a.m.\n\n", "\n\nCopyright 2025 Thomson Reuters."),
    syndicated(_I3, "demo-0051", "yahoo-news.example", "2025-03-14T09:05:00Z",
               "Reuters\nFri, March 14, 2025, 11:05 AM\n\n", "\n\nView comments"),
    Story("demo-0052", "kyivindependent.example", "2025-03-14T11:20:00Z",
          "Number of injured in Kyiv attack rises to 12",
          "The number of people injured in Russia's overnight attack on Kyiv has risen to 12, the head of "
          "the Kyiv City Military Administration said at 1 p.m. local time. Five of them remain in "
          "hospital. One woman was killed in the Darnytskyi district.\n\n"
          "The attack damaged a residential high-rise, a kindergarten and at least 20 cars. The city "
          "opened a help point where residents can apply for compensation for broken windows.\n\n"
          "Russia launched 178 drones and six ballistic missiles at Ukraine overnight, the Air Force said.",
          [ev(I, ["Kyiv"], killed=1, injured=12, drones_launched=178, missiles_launched=6,
              total_launched=184)],
          "Revision: injured 9 -> 12. '20 cars' is damage."),
    Story("demo-0053", "nytimes.example", "2025-03-15T14:10:00Z",
          "In Kyiv, a Sleepless Night and a Morning of Broken Glass",
          "KYIV, Ukraine — The drones came first, their moped-like buzz audible over the Dnipro River "
          "shortly after 2 a.m. on Thursday night. Then came the ballistic missiles, which residents say "
          "they hear only after the explosion.\n\n"
          "By morning, one person was dead and 12 injured in the capital, according to city officials, "
          "and a 16-story apartment building on the left bank had a blackened gash across its upper "
          "floors. Russia had launched 178 drones and six ballistic missiles across the country that "
          "night, Ukraine's air force said.\n\n"
          "For Kyiv's three million residents, such nights have become routine, and many no longer go "
          "down to the metro stations that served as shelters in 2022. \"You learn to sleep in the "
          "corridor, between two walls,\" said Olena, 34, a pharmacist.\n\n"
          "Ukrainian officials say the country's air defenses are stretched, and that each ballistic "
          "missile that gets through is a reminder of the shortage of Patriot interceptors.",
          [ev(I, ["Kyiv"], killed=1, injured=12, drones_launched=178, missiles_launched=6,
              total_launched=184)],
          "Published Saturday afternoon about 'Thursday night' -> 2025-03-14 incident."),
    # ---- 17 March: Odesa port
    Story("demo-0054", "t.me/odesa_ova", "2025-03-17T05:20:00Z",
          "Odesa: port infrastructure attacked",
          "At night the enemy attacked the port infrastructure of Odesa with drones and missiles. "
          "Warehouses and administrative buildings were damaged; a fire broke out at the terminal and "
          "has been localised.\n\n"
          "Three port employees were injured; no one was killed. All of them received medical help.\n\n"
          "Mykola Dovhal, head of the Odesa regional military administration",
          [ev(J, ["Odesa"], killed=0, injured=3)], ""),
    Story("demo-0055", "t.me/kpszsu", "2025-03-17T06:35:00Z",
          "Air Force: 4 Kalibr missiles and 95 drones; all missiles downed",
          "On the night of 17 March the enemy attacked with four Kalibr cruise missiles launched from the "
          "Black Sea and 95 Shahed attack UAVs and decoy drones.\n\n"
          "As of 09:00, all 4 cruise missiles and 63 drones were shot down over the south of the country. "
          "22 imitator drones were lost locally.\n\n"
          "Odesa and Mykolaiv regions were affected.",
          [ev(J, ["Odesa", "Mykolaiv"], drones_launched=95, drones_intercepted=63, drones_suppressed=22,
              missiles_launched=4, missiles_intercepted=4, total_launched=99, total_intercepted=67)],
          "'all 4 cruise missiles' shot down -> launched 4, intercepted 4."),
    Story("demo-0056", "odesa-journal.example", "2025-03-17T10:10:00Z",
          "Four hurt as Russia hits Odesa port again",
          "Four people were hurt in a Russian night attack on the port of Odesa, staff at the city's "
          "emergency hospital told our correspondent, one more than the regional administration reported "
          "in the morning. One of them, a crane operator, is in serious condition.\n\n"
          "Russia fired 95 drones and four Kalibr cruise missiles at Ukraine overnight, according to the "
          "air force. The port has been hit at least 30 times since the summer, disrupting grain exports "
          "that Ukraine relies on for foreign currency.\n\n"
          "Port authority representatives said loading would resume within two days.",
          [ev(J, ["Odesa"], injured=4, drones_launched=95, missiles_launched=4, total_launched=99)],
          "Media's own count (4) disagrees with the governor's (3). 'at least 30 times' is not a figure."),
    _J4,
    syndicated(_J4, "demo-0047", "usnews.example", "2025-03-17T08:45:00Z",
               "World News | March 17, 2025, at 4:45 a.m.\n\n", "\n\nCopyright 2025 Thomson Reuters."),
    # ---- negative
    Story("demo-0057", "defence-news.example", "2025-03-18T09:00:00Z",
          "Ukraine to produce 1,000 interceptor drones a day, says minister",
          "Ukraine aims to produce 1,000 interceptor drones a day by the summer, the minister for strategic "
          "industries said on Tuesday, as the country looks for cheaper ways to stop Russia's Shahed "
          "drones than firing missiles that cost up to 4 million dollars each.\n\n"
          "The interceptors, small quadcopters that ram attack drones in flight, cost between 2,000 and "
          "5,000 dollars to build. About 15 companies are making them, up from three last autumn.\n\n"
          "The minister said the interceptors had already downed several hundred Shaheds in trials with "
          "units around Kharkiv and Kyiv.",
          [], "Negative: production plans."),
    # ---- 19 March: Zhytomyr/Chernihiv
    Story("demo-0058", "t.me/zhytomyr_ova", "2025-03-19T05:15:00Z",
          "Zhytomyr region: drone attack on enterprise",
          "Tonight the enemy attacked an industrial enterprise in the Zhytomyr district with drones. A "
          "fire broke out and was put out by rescuers.\n\n"
          "One person, a security guard, was injured and taken to hospital in moderate condition. Other "
          "information is being clarified.\n\nWindows were blown out in several nearby houses; the "
          "community is providing film and plywood. Stay in shelters during alerts.",
          [ev(K, ["Zhytomyr"], injured=1)], ""),
    Story("demo-0059", "t.me/kpszsu", "2025-03-19T06:45:00Z",
          "Air Force: 84 drones overnight, 60 downed",
          "On the night of 19 March the enemy attacked with 84 Shahed attack UAVs and imitator drones of "
          "various types from the directions of Bryansk and Kursk.\n\n"
          "As of 09:00, 60 enemy drones were shot down in the north and centre of the country. 20 "
          "imitator drones were lost locally (without negative consequences).\n\n"
          "Zhytomyr and Chernihiv regions were affected by the attack.",
          [ev(K, ["Zhytomyr", "Chernihiv"], drones_launched=84, drones_intercepted=60,
              drones_suppressed=20)], ""),
    Story("demo-0060", "chernihiv-news.example", "2025-03-19T09:40:00Z",
          "Chernihiv region: power cut after night attack",
          "Part of the Novhorod-Siverskyi community in Chernihiv region was left without electricity after "
          "a night attack by Russian drones damaged a substation, the regional administration said. No "
          "one was killed.\n\n"
          "According to the air force, Russia launched eighty-four drones at Ukraine during the night, "
          "sixty of which were shot down.\n\n"
          "Repairs are expected to take several days. About 2,300 households remain without power.",
          [ev(K, ["Chernihiv"], drones_launched=84, drones_intercepted=60, killed=0)],
          "'No one was killed' -> killed 0; injuries in Chernihiv not mentioned -> injured null. "
          "Households are not a figure."),
    # ---- 20 March: both directions
    Story("demo-0061", "t.me/mod_russia_en", "2025-03-20T04:55:00Z",
          "132 Ukrainian UAVs shot down overnight",
          "Last night, air defence systems on duty intercepted and destroyed 132 Ukrainian fixed-wing "
          "unmanned aerial vehicles over the territories of the Voronezh, Belgorod, Rostov and Krasnodar "
          "regions and over the waters of the Sea of Azov.\n\n"
          "Another attempt by the Kyiv regime to carry out terrorist attacks against facilities on the "
          "territory of the Russian Federation was thwarted.",
          [ev(L, ["Voronezh", "Belgorod", "Rostov", "Krasnodar"], drones_intercepted=132)],
          "Sea of Azov is not a region."),
    _L3,
    syndicated(_L3, "demo-0063", "marketscreener.example", "2025-03-20T08:55:00Z",
               "", "\n\n© Reuters 2025 | Related: Energy, Oil, Russia"),
    Story("demo-0064", "t.me/kpszsu", "2025-03-20T06:30:00Z",
          "Air Force: 171 drones overnight, 75 shot down, 63 lost",
          "On the night of 20 March the enemy attacked with 171 Shahed attack UAVs and imitator drones "
          "from the directions of Kursk, Oryol, Millerovo, Primorsko-Akhtarsk and Hvardiiske in Crimea.\n\n"
          "As of 09:00, 75 drones were shot down over the north, east, south and centre of the country. "
          "63 imitator drones were lost locally.\n\n"
          "Hits were recorded in Kirovohrad, Vinnytsia and Sumy regions.",
          [ev(M, ["Kirovohrad", "Vinnytsia", "Sumy"], drones_launched=171, drones_intercepted=75,
              drones_suppressed=63)],
          "Launch areas excluded (incl. Hvardiiske in Crimea)."),
    Story("demo-0065", "ukrainska-pravda-en.example", "2025-03-20T10:45:00Z",
          "Drone attack on Kropyvnytskyi injures five",
          "Five people, including a child, were injured in a Russian drone attack on Kropyvnytskyi "
          "overnight, the head of the Kirovohrad regional military administration said on Thursday "
          "morning. A two-storey house was destroyed and a shop was damaged.\n\n"
          "Russia launched 171 drones at Ukraine overnight, the Air Force said, and 75 of them were shot "
          "down.\n\n"
          "Russia's Defence Ministry, meanwhile, claimed to have shot down 132 Ukrainian drones over four "
          "Russian regions and the Sea of Azov.",
          [ev(M, ["Kirovohrad"], drones_launched=171, drones_intercepted=75, injured=5),
           ev(L, [], drones_intercepted=132)],
          "Kropyvnytskyi -> Kirovohrad. Both directions. Killed not stated -> null. 'four Russian "
          "regions' not named -> no regions for the UA>RU event."),
    Story("demo-0067", "ukrainska-pravda-en.example", "2025-03-21T07:10:00Z",
          "Woman injured in Kropyvnytskyi drone attack dies in hospital",
          "A woman who was injured in the Russian drone attack on Kropyvnytskyi on Wednesday night has "
          "died in hospital, the head of the Kirovohrad regional military administration said on Friday "
          "morning. She was 76.\n\n"
          "The attack destroyed a house in the city's Fortechnyi district. With her death, one person has "
          "been killed in the attack, and the number of injured now stands at four, among them an "
          "11-year-old boy.\n\n"
          "The regional head said the family of the victim would receive financial assistance from the "
          "regional budget, and that 27 households had applied for help with repairs.",
          [ev(M, ["Kirovohrad"], killed=1, injured=4)],
          "Published Friday morning about 'Wednesday night' -> 2025-03-20. Revision of the earlier "
          "articles (injured 5, deaths not mentioned): killed 1, injured 4. Ages and households are not "
          "figures."),
    Story("demo-0066", "kyiv-weekly.example", "2025-03-21T12:00:00Z",
          "Week in review: more than 1,100 drones and a quiet diplomatic track",
          "Russia fired more than 1,100 attack drones and about 40 missiles at Ukraine this week, our "
          "tally of air force reports shows, while Ukraine sent several hundred drones towards Russian "
          "refineries and airfields.\n\n"
          "On the diplomatic front, negotiators met twice in Riyadh. A proposed 30-day pause on strikes "
          "against energy infrastructure has not yet come into force, and each side has accused the other "
          "of violating it in advance.\n\n"
          "Next week, defence ministers of about 50 countries will meet in Brussels to discuss air defence "
          "deliveries for the spring.",
          [], "Negative: weekly cumulative figures are not an incident."),
]
# fmt: on


# Hand-reconciled expected figures of each incident after merging all its articles: per field, the
# value of the highest claimant class (air force / MoD > governors, mayors, police > media), then the
# most recent report of that class; syndicated copies add no new values.
def fig(**figures: int) -> dict[str, int | None]:
    return {f: figures.get(f) for f in FIGURES}


INCIDENT_FIGURES: dict[str, dict[str, int | None]] = {
    A: fig(drones_launched=112, drones_intercepted=74, drones_suppressed=31, injured=2),
    B: fig(drones_intercepted=46, killed=0, injured=0),
    C: fig(drones_launched=58, drones_intercepted=40, drones_suppressed=13, missiles_launched=3,
           total_launched=61, killed=4, injured=15),
    D: fig(drones_launched=261, drones_intercepted=180, drones_suppressed=62, missiles_launched=14,
           missiles_intercepted=11, total_launched=275, total_intercepted=191, killed=1, injured=4),
    E: fig(drones_launched=88, drones_intercepted=88, killed=1, injured=2),
    F: fig(missiles_launched=2, killed=5, injured=31),
    G: fig(drones_launched=147, drones_intercepted=97, drones_suppressed=43, killed=0, injured=0),
    H: fig(drones_intercepted=286, killed=2, injured=12),
    "2025-03-14:UA>RU": fig(drones_intercepted=27),
    I: fig(drones_launched=178, drones_intercepted=130, drones_suppressed=41, missiles_launched=6,
           missiles_intercepted=2, total_launched=184, total_intercepted=132, killed=1, injured=12),
    J: fig(drones_launched=95, drones_intercepted=63, drones_suppressed=22, missiles_launched=4,
           missiles_intercepted=4, total_launched=99, total_intercepted=67, killed=0, injured=3),
    K: fig(drones_launched=84, drones_intercepted=60, drones_suppressed=20, killed=0, injured=1),
    L: fig(drones_intercepted=132),
    M: fig(drones_launched=171, drones_intercepted=75, drones_suppressed=63, killed=1, injured=4),
}  # fmt: skip
