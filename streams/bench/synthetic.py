"""A seeded synthetic news corpus of any size, for benchmarks and reliability tests.

    for article, truth in generate_with_truth(1000, seed=7):
        ...  # truth: [(incident_id, Figures)] that this article states, per the labelling rules

Each day has one RU>UA attack night and, most days, a UA>RU one; each is reported by 5–20 articles
(air force statements, governors, wire copy and its syndicated copies, newspapers, a next-afternoon
"last night" piece, death-toll revisions), and about a quarter of all articles are number-laden
negatives. Bodies are padded with background paragraphs to 3–6 KB. The same seed gives the same bytes.

    python -m streams.bench.synthetic 100000 > corpus.jsonl
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from num2words import num2words

from schemas.article import Article, encoder
from schemas.figures import Figures
from streams.pipeline.keys import incident_id

Truth = list[tuple[str, Figures]]

MIN_BYTES = 3000
MAX_BYTES = 6000
NEGATIVE_SHARE = 0.25
UA_RU_NIGHT_SHARE = 0.6

UA_REGIONS = (
    "Kyiv", "Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Sumy", "Chernihiv", "Poltava",
    "Mykolaiv", "Kherson", "Lviv", "Volyn", "Rivne", "Khmelnytskyi", "Vinnytsia", "Cherkasy",
    "Zhytomyr", "Kirovohrad", "Ivano-Frankivsk", "Ternopil",
)  # fmt: skip
RU_REGIONS = (
    "Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Oryol", "Tula", "Kaluga", "Moscow",
    "Lipetsk", "Smolensk", "Tambov", "Krasnodar", "Saratov", "Nizhny Novgorod",
)  # fmt: skip
UA_GOVERNORS = ("Oleh Marchenko", "Iryna Bondar", "Serhiy Kovalenko", "Vitaliy Hrytsenko", "Natalia Shevchuk")
RU_GOVERNORS = ("Pavel Orlov", "Andrei Sokolov", "Yelena Kuzmina", "Dmitry Belov")
WIRE = ("Reuters", "AP", "AFP")
SYNDICATORS = (
    "yahoo.com", "msn.com", "usnews.com", "globalpost.example", "dailyherald.example", "kyivpost.example",
    "independent.example", "marketscreener.example",
)  # fmt: skip
PAPERS = (
    "kyivindependent.example", "theguardian.example", "nytimes.example", "ukrinform.example",
    "pravda-en.example", "euronews.example", "bbc.example", "dw.example",
)  # fmt: skip
RU_MEDIA = ("tass-en.example", "rt-en.example", "interfax-en.example")
NEGATIVE_OUTLETS = ("politico.example", "ft.example", "aljazeera.example", "cnn.example", "rferl.example")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FILLER = (
    "Russia launched its full-scale invasion of Ukraine in February 2022. Since then the war has turned "
    "into a grinding contest of artillery along a front line that stretches for hundreds of kilometres, "
    "while both sides have invested heavily in long-range drones that can strike far behind the lines.",
    "Kyiv has repeatedly asked its Western partners for more air defence systems, in particular Patriot "
    "batteries and the interceptor missiles they fire, warning that stocks run low after every large "
    "raid. European governments have pledged to speed up deliveries, though officials concede that "
    "production cannot yet keep pace with demand.",
    "Ukraine has built up mobile fire groups, small teams with machine guns mounted on pickup trucks, "
    "which hunt slow-flying drones at night. Interceptor drones, cheap quadcopters designed to ram "
    "attack drones in flight, are increasingly part of the picture as well.",
    "Moscow says it targets only military and energy infrastructure and denies deliberately hitting "
    "civilians, although residential buildings, hospitals and schools have been damaged in many of the "
    "strikes recorded by United Nations monitors.",
    "Power engineers worked through the morning to restore electricity to affected districts. The grid "
    "operator said repair crews had been sent out as soon as the air raid alert was lifted and asked "
    "consumers to limit their use of heavy appliances during the evening peak.",
    "Peace efforts remain stalled. Talks between delegations have produced agreements on prisoner "
    "exchanges and the return of the bodies of fallen soldiers, but no ceasefire, and each side accuses "
    "the other of using negotiations to buy time.",
    "Ukrainian long-range drones have in turn hit oil refineries, fuel depots and airfields inside "
    "Russia, at times causing temporary restrictions at Moscow's airports. Russian officials usually "
    "report such attacks through the defence ministry's Telegram channel.",
    "Residents described a sleepless night spent in corridors, basements and metro stations, listening "
    "to the drone engines and the bursts of anti-aircraft fire. Many said they went straight to work in "
    "the morning because there was nothing else to do.",
    "Analysts note that the number of drones launched in a single night has risen steadily over the past "
    "year as Russia expanded production at its plant in Yelabuga, and that decoy drones without warheads "
    "make up a large share of each wave, meant to exhaust air defences.",
    "Emergency services said rescue work was continuing, with firefighters, psychologists and medics "
    "deployed to the sites. Temporary shelters were opened for people whose homes were left without "
    "windows or heating.",
    "Municipal services in several cities have set up so-called points of invincibility, heated tents "
    "and public buildings with generators, water and mobile phone chargers, where residents can wait "
    "out power cuts after strikes on the grid.",
    "Insurance for war damage remains rare in Ukraine. A state compensation programme pays for the "
    "repair of damaged homes, but applicants complain that inspections and payments can take months, "
    "and many residents repair windows and roofs at their own expense.",
    "Schools in frontline and border regions have moved classes underground or online. In some cities, "
    "entire schools have been built beneath the ground so that lessons can continue during alerts, "
    "which can last for hours at night and into the morning.",
    "Officials in Kyiv say the air raid alert system is being refined so that warnings are issued for "
    "smaller areas, sparing residents of districts that are not under threat the disruption of "
    "spending long periods in shelters.",
    "The European Union has renewed its sanctions against Russia several times, targeting its energy "
    "exports, banks and the supply of components used in drones and missiles, although officials "
    "acknowledge that many parts still reach Russian factories through third countries.",
    "Volunteers continue to play a large part in the war effort, raising money online for drones, "
    "vehicles and medical supplies for the army and helping to clear rubble after strikes on "
    "residential areas.",
    "Russian authorities have ordered new restrictions on mobile internet in several regions, saying "
    "the measure is needed to stop drones from using mobile networks to navigate, a step that has "
    "frustrated businesses and residents alike.",
    "Satellite images reviewed by independent analysts showed fresh damage at several of the sites "
    "named by both sides, although the extent of the destruction could not be assessed from the "
    "pictures alone.",
    "Railway operator officials said trains in the affected regions were running with delays of up to "
    "several hours after overhead lines were damaged, and that diesel locomotives had been brought in "
    "to pull passenger trains on the worst-hit sections.",
    "The head of the local council said that debris clearance would take several days and urged "
    "residents not to approach fragments of drones or missiles, which may contain unexploded "
    "explosives, but to report them to the police.",
    "Human rights groups have documented the psychological toll of months of nightly alerts, with "
    "doctors reporting rising numbers of patients suffering from insomnia, anxiety and exhaustion, "
    "particularly among older people and children.",
    "Diplomats in Brussels said talks on the next round of support were expected to focus on air "
    "defence, with several governments offering to pay for interceptors produced in the United States "
    "and delivered directly to Ukraine.",
)

CHROME_TOP = (
    "Advertisement\n\n",
    "Skip to main content | World | Europe\n\n",
    "Share this article  Facebook  X  Email\n\n",
    "LIVE UPDATES\n\n",
    "",
)
CHROME_BOTTOM = (
    "\n\nReporting by staff correspondents; editing by the news desk.",
    "\n\nCopyright the wire service. All rights reserved. This material may not be redistributed.",
    "\n\nRead more: Europe news | Subscribe to our newsletter",
    "\n\nRelated topics: Ukraine war, Russia, Air defence",
)


def _n(rng: random.Random, value: int) -> str:
    """A count as digits or, often for small numbers, as words — both occur in real reports."""
    if value <= 20 and rng.random() < 0.6:
        return str(num2words(value))
    return f"{value:,}" if value >= 1000 else str(value)


@dataclass
class _Attack:
    day: date
    attacker: str
    target: str
    drones: int
    drones_down: int
    drones_lost: int
    missiles: int
    missiles_down: int
    killed_early: int
    killed: int
    injured: int
    regions: list[str]

    @property
    def incident_id(self) -> str:
        return incident_id(self.day, self.attacker, self.target)

    @property
    def night(self) -> str:
        """ "Monday night" for an attack that ended on Tuesday morning."""
        return f"{WEEKDAYS[(self.day - timedelta(days=1)).weekday()]} night"


@dataclass
class _Draft:
    published_at: datetime
    outlet: str
    title: str
    body: str
    truth: Truth = field(default_factory=list)


def _ru_ua_attack(rng: random.Random, day: date) -> _Attack:
    drones = rng.randint(40, 650)
    missiles = rng.choice((0, 0, 0, rng.randint(1, 12), rng.randint(10, 60)))
    killed = rng.choice((0, 0, 1, 2, 3, rng.randint(1, 25)))
    return _Attack(
        day=day, attacker="RU", target="UA", drones=drones,
        drones_down=rng.randint(drones // 2, drones), drones_lost=rng.randint(0, drones // 6),
        missiles=missiles, missiles_down=rng.randint(0, missiles),
        killed_early=max(0, killed - rng.randint(0, 2)),
        killed=killed, injured=rng.choice((0, rng.randint(1, 15), rng.randint(5, 80))),
        regions=rng.sample(UA_REGIONS, rng.randint(1, 4)),
    )  # fmt: skip


def _ua_ru_attack(rng: random.Random, day: date) -> _Attack:
    down = rng.randint(8, 340)
    return _Attack(
        day=day, attacker="UA", target="RU", drones=down, drones_down=down, drones_lost=0,
        missiles=0, missiles_down=0, killed_early=0, killed=rng.choice((0, 0, 0, 1, 2)),
        injured=rng.choice((0, 0, 1, 2, 3, 5)), regions=rng.sample(RU_REGIONS, rng.randint(1, 5)),
    )  # fmt: skip


def _air_force(rng: random.Random, a: _Attack, at: datetime) -> _Draft:
    f = Figures(drones_launched=a.drones, drones_intercepted=a.drones_down)
    text = (
        f"On the night of {a.day:%-d %B} (from 18:00 the day before), the enemy attacked with "
        f"{_n(rng, a.drones)} Shahed-type strike UAVs and decoy drones of various types"
    )
    if a.missiles:
        f.missiles_launched = a.missiles
        f.total_launched = a.drones + a.missiles
        text += f" and {_n(rng, a.missiles)} missiles, among them Kh-101 and Iskander-M"
    text += (
        ". The air attack was repelled by aviation, anti-aircraft missile troops, electronic warfare units "
        f"and mobile fire groups.\n\nAs of 09:00, air defence shot down {_n(rng, a.drones_down)} drones"
    )
    if a.missiles:
        f.missiles_intercepted = a.missiles_down
        f.total_intercepted = a.drones_down + a.missiles_down
        text += f" and {_n(rng, a.missiles_down)} missiles"
    text += "."
    if a.drones_lost:
        f.drones_suppressed = a.drones_lost
        lost = _n(rng, a.drones_lost)
        text += f" A further {lost} enemy drones were lost locally, probably jammed by electronic warfare."
    text += f" Hits were recorded in {', '.join(a.regions)} regions."
    missiles = f" and {a.missiles} missiles" if a.missiles else ""
    title = f"Air Force: {a.drones} drones{missiles} launched overnight"
    return _Draft(at, "t.me/kpszsu", title, text, [(a.incident_id, f)])


def _governor(rng: random.Random, a: _Attack, at: datetime, revised: bool) -> _Draft:
    region = a.regions[0]
    killed = a.killed if revised else a.killed_early
    f = Figures(killed=killed, injured=a.injured)
    name = rng.choice(UA_GOVERNORS)
    if killed == 0 and a.injured == 0:
        casualties = "No casualties were reported, according to preliminary information."
    else:
        casualties = f"{_n(rng, killed).capitalize()} people were killed and {_n(rng, a.injured)} injured."
    if killed and a.injured == 0:
        casualties = f"{_n(rng, killed).capitalize()} people were killed; nobody was injured."
    if killed == 0 and a.injured:
        casualties = f"{_n(rng, a.injured).capitalize()} people were injured; no one was killed."
    update = ""
    if revised:
        update = "UPDATE: the death toll has risen. " if a.killed > a.killed_early else "UPDATE. "
    text = (
        f"{update}Russian drones attacked {region} region overnight, governor {name} said on Telegram on "
        f"{WEEKDAYS[a.day.weekday()]} morning. {casualties} Several residential buildings and a warehouse "
        "were damaged, and fires broke out at two sites. All services are working at the scene."
    )
    title = f"{region} governor: {'update on' if revised else 'aftermath of'} overnight drone attack"
    return _Draft(at, f"{region.lower()}-oda.example", title, text, [(a.incident_id, f)])


def _wire(rng: random.Random, a: _Attack, at: datetime, agency: str) -> _Draft:
    f = Figures(drones_launched=a.drones, drones_intercepted=a.drones_down, killed=a.killed_early)
    dead = (
        "No one was killed"
        if a.killed_early == 0
        else f"At least {_n(rng, a.killed_early)} people were killed"
    )
    text = (
        f"KYIV ({agency}) - Russia attacked Ukraine with {_n(rng, a.drones)} drones overnight, Ukraine's air "
        f"force said on {WEEKDAYS[a.day.weekday()]}, adding that {_n(rng, a.drones_down)} of them had been "
        f"shot down. {dead}, local officials said, and damage was reported in the {a.regions[0]} region."
    )
    if a.missiles:
        f.missiles_launched = a.missiles
        f.total_launched = a.drones + a.missiles
        text += f" The military said Russia also fired {_n(rng, a.missiles)} missiles."
    title = f"Russia hits Ukraine with {a.drones} drones overnight"
    return _Draft(at, agency.lower() + ".example", title, text, [(a.incident_id, f)])


def _newspaper(rng: random.Random, a: _Attack, at: datetime, late: bool) -> _Draft:
    f = Figures(drones_launched=a.drones, killed=a.killed, injured=a.injured)
    when = f"on {a.night}" if late else "overnight"
    text = (
        f"Russia launched a large-scale attack on Ukraine {when}, sending {_n(rng, a.drones)} drones against "
        f"cities including targets in {' and '.join(a.regions[:2])} regions. "
    )
    if a.killed:
        injured = f" and injured {_n(rng, a.injured)}" if a.injured else ""
        text += f"The strikes killed {_n(rng, a.killed)} people{injured}, officials said. "
        if not a.injured:
            f.injured = None  # silence about the injured is not a stated zero
    elif a.injured:
        f.killed = None
        text += f"{_n(rng, a.injured).capitalize()} people were injured, officials said. "
    else:
        text += "Officials said nobody was killed or injured. "
    text += "Firefighters worked through the morning to put out blazes at residential buildings."
    title = f"{'Last night' if late else 'Overnight'}: Russia strikes {a.regions[0]} with drones"
    return _Draft(at, rng.choice(PAPERS), title, text, [(a.incident_id, f)])


def _ru_mod(rng: random.Random, a: _Attack, at: datetime) -> _Draft:
    f = Figures(drones_intercepted=a.drones_down)
    text = (
        "The Russian Defence Ministry said on its Telegram channel that air defence systems on duty "
        f"intercepted and destroyed {_n(rng, a.drones_down)} Ukrainian fixed-wing drones overnight over the "
        f"territory of the {', '.join(a.regions)} regions."
    )
    if a.killed or a.injured:
        f.killed, f.injured = a.killed, a.injured
        toll = f"{_n(rng, a.killed)} people were killed and {_n(rng, a.injured)} injured"
        if not a.killed:
            toll = f"{_n(rng, a.injured)} people were injured and no one was killed"
        elif not a.injured:
            toll = f"{_n(rng, a.killed)} people were killed and nobody was injured"
        governor = rng.choice(RU_GOVERNORS)
        text += f" In {a.regions[0]} region, governor {governor} said {toll} when a drone struck a car."
    title = f"Russia says it downed {a.drones_down} Ukrainian drones overnight"
    return _Draft(at, rng.choice(RU_MEDIA), title, text, [(a.incident_id, f)])


def _negative(rng: random.Random, day: date, at: datetime) -> _Draft:
    kind = rng.randrange(4)
    if kind == 0:
        amount = rng.randint(2, 60)
        text = (
            f"Ukraine's allies agreed a new military aid package worth {amount} billion euros, including "
            f"{_n(rng, rng.randint(2, 12))} air defence systems and {rng.randint(100, 900)} interceptors, "
            "to be delivered over the next two years, defence ministers said after a meeting in Brussels."
        )
        title = f"Allies pledge {amount} billion euros in aid"
    elif kind == 1:
        bombs = rng.randint(20, 160)
        text = (
            f"Russian aircraft dropped {bombs} guided aerial bombs on front-line positions on "
            f"{WEEKDAYS[day.weekday()]}, and the general staff recorded {rng.randint(80, 250)} clashes "
            f"along the front, most of them near Pokrovsk, where {rng.randint(20, 70)} assaults were held."
        )
        title = "General staff: heavy fighting continues in the east"
    elif kind == 2:
        years = rng.randint(1, 3)
        text = (
            f"Ukrainians marked {years * 365 + rng.randint(0, 300)} days of full-scale war with events in "
            f"{rng.choice(UA_REGIONS)}, where {rng.randint(100, 3000)} names of the fallen were read out."
        )
        title = "A day of remembrance"
    else:
        share = rng.randint(20, 40)
        text = (
            f"Parliament passed next year's budget, with {share} percent of spending going to defence, "
            f"about {rng.randint(40, 80)} billion dollars, and funds for {rng.randint(1000, 9000)} new "
            "long-range drones to be built by domestic manufacturers."
        )
        title = "Budget vote: defence dominates spending"
    return _Draft(at, rng.choice(NEGATIVE_OUTLETS), title, text, [])


def _syndicate(rng: random.Random, original: _Draft, at: datetime, outlet: str) -> _Draft:
    """Wire copy republished word for word by another site: new chrome, same story, same truth."""
    body = rng.choice(CHROME_TOP) + original.body + rng.choice(CHROME_BOTTOM)
    return _Draft(at, outlet, original.title, body, list(original.truth))


def _pad(rng: random.Random, draft: _Draft) -> str:
    """Background paragraphs after the news, until the body is 3–6 KB of UTF-8."""
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 400)
    parts = [draft.body]
    size = len(draft.body.encode())
    order = rng.sample(range(len(FILLER)), len(FILLER))
    i = 0
    # target <= MAX_BYTES - 400 and no paragraph is longer than 400 bytes, so the body stays in bounds;
    # whole paragraphs only, so consumers can strip the filler again (tests/reliability does).
    while size < target:
        paragraph = FILLER[order[i % len(order)]]
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
        i += 1
    return "\n\n".join(parts)


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def _attack_drafts(rng: random.Random, a: _Attack) -> list[_Draft]:
    """5–20 articles about one attack night, from the claimants who report that direction."""
    day = a.day
    count = rng.randint(5, 20)
    if a.attacker == "UA":
        return [_ru_mod(rng, a, _at(day, rng.randint(4, 10), rng.randint(0, 59))) for _ in range(count)]
    drafts = [
        _governor(rng, a, _at(day, 5, rng.randint(0, 59)), revised=False),
        _air_force(rng, a, _at(day, 6, rng.randint(0, 59))),
    ]
    agencies = rng.sample(WIRE, len(WIRE))
    while len(drafts) < count:
        pick = rng.random()
        hour, minute = rng.randint(7, 10), rng.randint(0, 59)
        if pick < 0.35 and agencies:
            # One story per agency and night, each republished by up to three distinct sites.
            wire = _wire(rng, a, _at(day, hour, minute), agencies.pop())
            drafts.append(wire)
            for outlet in rng.sample(SYNDICATORS, rng.randint(0, 3)):
                later = wire.published_at + timedelta(minutes=rng.randint(5, 90))
                drafts.append(_syndicate(rng, wire, later, outlet))
        elif pick < 0.65:
            drafts.append(_newspaper(rng, a, _at(day, hour, minute), late=False))
        elif pick < 0.85:
            drafts.append(_governor(rng, a, _at(day, rng.randint(13, 16), minute), revised=True))
        else:
            # Published the next afternoon about "Monday night": same incident, next calendar day.
            drafts.append(_newspaper(rng, a, _at(day + timedelta(days=1), 12, minute), late=True))
    return drafts[:count]


def _day_drafts(rng: random.Random, day: date) -> list[_Draft]:
    """Every article about the night that ended on ``day``, plus that day's negatives."""
    attacks = [_ru_ua_attack(rng, day)]
    if rng.random() < UA_RU_NIGHT_SHARE:
        attacks.append(_ua_ru_attack(rng, day))
    drafts = [d for a in attacks for d in _attack_drafts(rng, a)]
    negatives = round(len(drafts) * NEGATIVE_SHARE / (1 - NEGATIVE_SHARE) + rng.uniform(-0.5, 0.5))
    for _ in range(negatives):
        drafts.append(_negative(rng, day, _at(day, rng.randint(8, 20), rng.randint(0, 59))))
    return drafts


def generate_with_truth(
    n: int = 100_000, seed: int = 7, start: date = date(2015, 1, 1)
) -> Iterator[tuple[Article, Truth]]:
    """``n`` articles in published_at order, each with the (incident id, figures) it states."""
    rng = random.Random(seed)
    pending: list[_Draft] = []  # drafted, not yet yielded: late pieces wait for their own day
    day = start
    produced = 0
    last = datetime.min.replace(tzinfo=UTC)
    while produced < n:
        pending += _day_drafts(rng, day)
        day += timedelta(days=1)
        horizon = _at(day, 0, 0)  # nothing drafted later can be published before tomorrow
        ready = sorted((d for d in pending if d.published_at < horizon), key=lambda d: d.published_at)
        pending = [d for d in pending if d.published_at >= horizon]
        for draft in ready:
            if produced >= n:
                break
            # Strictly increasing timestamps keep the order total and the ids stable.
            at = max(draft.published_at, last + timedelta(seconds=1))
            last = at
            produced += 1
            article_id = f"syn{seed}-{produced:07d}"
            yield (
                Article(
                    id=article_id,
                    url=f"https://{draft.outlet}/news/{at:%Y/%m/%d}/{article_id}",
                    outlet=draft.outlet,
                    title=draft.title,
                    body=_pad(rng, draft),
                    published_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    language="en",
                ),
                draft.truth,
            )


def generate(n: int = 100_000, seed: int = 7, start: date = date(2015, 1, 1)) -> Iterator[Article]:
    """``n`` synthetic articles in published_at order; the same seed gives the same articles."""
    for article, _ in generate_with_truth(n, seed, start):
        yield article


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 100_000
    seed = int(argv[2]) if len(argv) > 2 else 7
    out = sys.stdout.buffer
    for article in generate(n, seed):
        out.write(encoder.encode(article) + b"\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
