"""Extraction throughput on one core: synthetic 3–6 KB attack reports, or articles of your own.

    .venv/bin/python -m streams.bench.extraction [--articles N] [--seed S]
    .venv/bin/python -m streams.bench.extraction --file articles.jsonl [--passes P]

Synthetic articles are assembled from templates written for this benchmark in the style of wire
copy, air-force statements, regional updates, reactions and background paragraphs (page chrome
included), with random figures, places and dates: every one reports an attack. With ``--file``,
Article JSON Lines (as ``raidtally produce`` takes them) are read ``--passes`` times, each pass with
every extraction cache emptied, so each article is timed as if first seen. Prints a human line and
one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import schemas
from schemas.article import decoder as article_decoder
from streams.pipeline.extraction import extract, forget

OBLASTS = [
    "Kyiv", "Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Sumy", "Poltava", "Chernihiv",
    "Mykolaiv", "Kherson", "Lviv", "Vinnytsia", "Khmelnytskyi", "Zhytomyr", "Cherkasy", "Rivne",
]  # fmt: skip
CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lutsk", "Kryvyi Rih", "Ternopil"]
RU_REGIONS = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Oryol", "Tula", "Smolensk"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Oleh Syniehubov", "Ivan Fedorov", "Vadym Filashkin", "Serhiy Lysak"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]

CHROME = [
    "Skip to content\nSupport independent journalism. Become a member\n",
    "Home | World | Europe | Ukraine war\n",
    "Listen to this article 4 min\nShare on social media\n",
]
LEADS = [
    "Russia launched {d} drones and {m} missiles at Ukraine overnight, the Ukrainian air force said on {wd}, "
    "in one of the largest attacks on the country's energy system this year.",
    "Ukraine's air defences shot down {di} of the {d} drones and {mi} of the {m} missiles that Russia "
    "fired overnight, the air force said on {wd}.",
    "A Russian missile and drone attack on {city} overnight killed {k} people and injured {i} others, "
    "officials said on {wd}, as rescuers searched the rubble of a damaged apartment block.",
]
STATEMENT = [
    "According to the air force, Russia used {d} Shahed-type attack drones and decoys as well as {m} "
    "cruise and ballistic missiles. Air defences destroyed {di} drones and {mi} missiles, while {ds} "
    "drones were lost locally as a result of electronic warfare.",
    '"The main direction of the attack was the {o} region," the air force wrote on Telegram, adding that '
    "mobile fire groups, aviation and anti-aircraft missile units were involved in repelling the attack.",
    "Hits were recorded at {h} locations, and debris fell on {h2} more, the statement said.",
]
REGIONAL = [
    "In the {o} region, governor {name} said a drone hit a private house, injuring {w} people.",
    "Debris from a downed drone damaged a school and {h} cars in {city}, the city military "
    "administration said. No casualties were reported there.",
    "{city} mayor {name} said {w} people were taken to hospital after an explosion near a shopping centre.",
    "Power was cut to {p} households in the {o} region after a strike on an energy facility, the "
    "regional administration said on Telegram.",
]
RUSSIA = [
    "Russia's defence ministry said its air defences destroyed {r} Ukrainian drones overnight over the "
    "{ro} and {ro2} regions.",
    "The governor of the {ro} region said a Ukrainian drone attack set fire to a fuel depot but caused "
    "no injuries.",
]
REACTIONS = [
    "President Volodymyr Zelensky said the attack showed that Moscow was not interested in peace and "
    'called on partners to speed up deliveries of air defence systems. "Every such night proves that '
    'we need more Patriots," he wrote on X.',
    "Foreign Minister Andrii Sybiha said he had asked embassies to brief their host governments and "
    "urged new sanctions on Russia's oil exports and its shadow fleet.",
    "The Kremlin did not comment on the attack. Russia says it targets only military and energy "
    "infrastructure used by the Ukrainian army, and denies striking civilians.",
    "European leaders condemned the strikes. The president of the European Commission said the bloc "
    "would present a new package of sanctions next week.",
]
BACKGROUND = [
    "Last week Russia fired a record {big} drones at Ukraine in a single night, killing {k2} people "
    "in the west of the country.",
    "In {month} alone, Russia launched more than {thousands} drones at Ukraine, according to figures "
    "published by the air force.",
    "Since the start of the full-scale invasion in February 2022, the United Nations has confirmed more "
    "than {un} civilian deaths in Ukraine.",
    "The United States announced a new ${money} million package of military aid last month, including "
    "interceptors for Patriot systems and ammunition for HIMARS launchers.",
    "Peace talks in Istanbul produced an agreement to exchange {pow} prisoners of war on each side, but "
    "no ceasefire.",
    "Russian troops continued their offensive near Pokrovsk, where Ukraine's General Staff reported "
    "{assaults} assaults over the past day.",
]
# Long reads go on about other things: the grid, diplomacy, the front, aid, the economy. These pad an
# article to its length without repeating a paragraph (a real article never repeats one).
MORE = [
    "Ukrenergo said scheduled power cuts would be in place in {o} and {o2} regions on {wd} evening, "
    "with consumers asked to limit the use of electric heaters and washing machines between 17:00 and "
    "22:00.",
    "The head of the International Atomic Energy Agency said on {wd} that the Zaporizhzhia nuclear plant "
    "had again lost one of its two remaining external power lines for several hours, calling the situation "
    "fragile.",
    "The European Union's foreign ministers are due to meet in Brussels next week to discuss a loan of "
    "{money} million euros backed by frozen Russian assets, diplomats said.",
    "In the east, Ukraine's commander-in-chief said his troops had stabilised the line near Kupiansk and "
    "Lyman, though fighting around Pokrovsk remained the most intense along the {front}-kilometre front.",
    "The United Nations humanitarian office said {aid} people in frontline communities depended on "
    "deliveries of water and food, and that access had become harder since the autumn.",
    "Ukraine's central bank kept its key interest rate at {rate}% on {wd}, citing inflation driven by higher "
    "food and electricity prices and the cost of repairing damaged energy facilities.",
    "Grain exports through the Black Sea corridor continued despite the strikes, with {ships} vessels "
    "leaving the ports of Greater Odesa over the past week, the infrastructure ministry said.",
    "Zelensky is expected to travel to a summit of European leaders later this month, where he plans to "
    "ask for more air defence systems and for long-term funding of drone production at home.",
    "Energy minister said repair crews had restored supply to most consumers in the {o} region by {wd} "
    "afternoon, but that about {mw} megawatts of generating capacity would take weeks to bring back.",
    "Polish and Romanian air forces scrambled jets during the night as a precaution, the two countries' "
    "militaries said, adding that their airspace had not been violated.",
    "Analysts at the Institute for the Study of War said in their daily update that Russian forces were "
    "trying to exhaust Ukraine's stock of interceptors before winter by mixing decoys with attack drones.",
    "A survey by the Kyiv International Institute of Sociology published this week found that {pct}% of "
    "Ukrainians would accept freezing the front line in exchange for security guarantees.",
    "Schools in the {o} region switched to remote learning for the rest of the week, the regional education "
    "department said, and kindergartens with shelters stayed open.",
    "Railway operator Ukrzaliznytsia said several long-distance trains were delayed by up to three hours "
    "because of power cuts, and that diesel locomotives had been sent to the affected sections.",
    "Ukraine's parliament is expected to vote on the {year} defence budget next month; the finance ministry "
    "says spending on the army already takes more than half of all state expenditure.",
    "The Council of Europe said its register of damage caused by the invasion had received more than "
    "{thousands} claims from Ukrainians whose homes were destroyed or damaged.",
    "Local volunteers set up a point where residents of damaged buildings in {city} can charge phones, get "
    "hot drinks and apply for compensation for broken windows.",
    "Moscow has repeatedly rejected calls for a ceasefire in the air, saying any pause would be used by "
    "Kyiv to rearm, while European capitals say Russia is stalling for time.",
]
CAPTION = [
    "Rescuers work at the site of a residential building hit by a Russian drone in {city}, Ukraine. "
    "(Photo: State Emergency Service)",
    "Firefighters put out a blaze after a missile strike. Photo: regional administration",
]


def _article(rng: random.Random, i: int) -> schemas.Article:
    d = rng.randint(20, 700)
    m = rng.randint(1, 60)
    di = rng.randint(0, d)
    mi = rng.randint(0, m)
    published = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(
        days=rng.randint(0, 600), hours=rng.randint(3, 10)
    )
    values = {
        "d": d, "m": m, "di": di, "mi": mi, "ds": rng.randint(0, max(0, d - di)),
        "wd": WEEKDAYS[published.weekday()], "city": rng.choice(CITIES), "o": rng.choice(OBLASTS),
        "k": rng.randint(1, 30), "i": rng.randint(1, 120), "h": rng.randint(2, 30), "h2": rng.randint(2, 40),
        "w": rng.choice(NUMBER_WORDS), "name": rng.choice(NAMES),
        "p": f"{rng.randint(2, 90)},{rng.randint(100, 999)}", "r": rng.randint(5, 150),
        "ro": rng.choice(RU_REGIONS), "ro2": rng.choice(RU_REGIONS), "big": rng.randint(500, 800),
        "k2": rng.randint(1, 9), "month": rng.choice(["June", "July", "October"]),
        "thousands": f"{rng.randint(2, 6)},{rng.randint(100, 999)}",
        "un": f"{rng.randint(10, 13)},{rng.randint(100, 999)}",
        "money": rng.randint(100, 900), "pow": rng.randint(100, 1000), "assaults": rng.randint(20, 80),
        "o2": rng.choice(OBLASTS), "front": rng.randint(900, 1200), "rate": rng.randint(13, 16),
        "aid": f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million", "ships": rng.randint(30, 70),
        "year": published.year, "pct": rng.randint(20, 60), "mw": rng.randint(300, 2000),
    }  # fmt: skip
    parts: list[str] = [rng.choice(CHROME), rng.choice(LEADS)]
    parts += rng.sample(STATEMENT, 2)
    parts.append(rng.choice(CAPTION))
    parts += rng.sample(REGIONAL, rng.randint(2, 4))
    if rng.random() < 0.4:
        parts += rng.sample(RUSSIA, 1)
    parts += rng.sample(REACTIONS, rng.randint(2, 4))
    parts += rng.sample(BACKGROUND, rng.randint(3, 5))
    body = "\n\n".join(p.format(**values) for p in parts)
    target = rng.randint(3000, 6000)
    # Pad with paragraphs not used yet, as long reads do; a paragraph is never repeated.
    unused = [p for p in REACTIONS + BACKGROUND + REGIONAL + MORE if p not in parts]
    rng.shuffle(unused)
    while len(body) < target and unused:
        body += "\n\n" + unused.pop().format(**values)
    body = body[:6000]
    return schemas.Article(
        id=f"bench-{i}",
        published_at=published.isoformat().replace("+00:00", "Z"),
        outlet="bench.example",
        body=body,
    )


def _read_file(path: Path) -> list[schemas.Article]:
    articles = []
    for line in path.read_bytes().splitlines():
        if line.strip():
            articles.append(article_decoder.decode(line))
    return articles


def _timed(articles: list[schemas.Article], passes: int, cold: bool) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, reports) over ``passes`` passes; ``cold``: empty the caches first."""
    elapsed = cpu = 0.0
    reports = 0
    for _ in range(passes):
        if cold:
            forget()
        started = time.perf_counter()
        cpu_started = time.process_time()
        for article in articles:
            reports += len(extract(article))
        elapsed += time.perf_counter() - started
        # CPU time of this process: on a shared machine the wall clock also counts other processes.
        cpu += time.process_time() - cpu_started
    return elapsed, cpu, reports


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--file", type=Path, help="Article JSON Lines to time instead of synthetic ones")
    parser.add_argument("--passes", type=int, default=5, help="passes over --file, caches emptied each time")
    args = parser.parse_args()
    if args.file is not None:
        articles = _read_file(args.file)
        source, passes = str(args.file), args.passes
    else:
        rng = random.Random(args.seed)
        articles = [_article(rng, i) for i in range(args.articles)]
        source, passes = "synthetic", 1
    for article in articles[:50]:  # warm-up: imports, regex caches
        extract(article)
    elapsed, cpu, reports = _timed(articles, passes, cold=args.file is not None)
    count = len(articles) * passes
    rate = count / elapsed
    mean_kb = sum(len(a.body.encode()) for a in articles) / len(articles) / 1024
    print(
        f"{count} articles ({mean_kb:.1f} KB mean, {source}) in {elapsed:.2f} s: "
        f"{rate:,.0f} articles/s ({count / cpu:,.0f} per CPU second), {reports} reports"
    )
    print(
        json.dumps(
            {
                "benchmark": "extraction",
                "source": source,
                "articles": count,
                "mean_kb": round(mean_kb, 2),
                "seconds": round(elapsed, 3),
                "articles_per_second": round(rate, 1),
                "articles_per_cpu_second": round(count / cpu, 1),
                "reports": reports,
            }
        )
    )


if __name__ == "__main__":
    main()
