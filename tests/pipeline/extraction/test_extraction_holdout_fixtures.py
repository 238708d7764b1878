"""Sixty-nine held-out batches of articles a helper wrote and labelled by the corpus rules before the
extractor ever ran on them, to measure how the extraction generalises to text nobody tuned it on.

The first, 48 articles: casualty scope (``casualty_``), weapon-count scope (``weapons_``), time
(``time_``), attacks on Russia (``ua_ru_``) and articles that report no attack (``non_attack_``). At its
first run 14 of the 48 were wrong (figures F1 0.912).

The second, 44 articles on precision, written after the first batch's fixes: numbers that are not the
attack's (earlier strikes, glide bombs and shelling, monthly totals, records, combined tolls) in wire
copy and features (``casualty_trap_``, ``weapons_trap_``), liveblogs (``liveblog_``), attacks on Russia
(``ua_ru_``) and no attack at all (``non_attack_``). At its first run 17 of the 44 were wrong (figures F1
0.901, precision 0.914).

The third, 36 articles on style rather than traps: machine-translated copies (``translated_``), air
force and defence ministry Telegram posts (``telegram_``), long wire stories (``wire_``), headline
grammar (``headline_``), local outlets (``regional_``) and no attack (``non_attack_``). At its first run
17 of the 36 were wrong (figures F1 0.834, precision 0.895, recall 0.780): the batch closest to what the
check corpus measures.

The fourth, 40 articles, and the fifth, 40, came a session later and measured the code of that day
before any fix. The fourth is the noise of real web pages (``web_``): site chrome, "Read more" links with
their own numbers, aggregator rewrites, state-media and regional styles, liveblogs, both directions on
one page; at its first run 21 of the 40 were wrong (figures F1 0.885, precision 0.865). The fifth is
which killed and injured counts are the attack's (``toll_``): rising and split tolls, other causes in
the same article (shelling, mines, earlier strikes, weekly and UN totals), unusual wording; at its first
run 14 of the 40 were wrong (figures F1 0.948, precision 0.946). In both, most misses were articles that
report no attack (``non_attack_``) read as one: 10 of their 17. Two glide-bomb cases the helpers wrote
as no attack were relabelled as attack reports, as the corpus labels a glide-bomb attack on a town.

The sixth, 40 articles, is the everyday reporting of big outlets (``wire_``): wires, broadcasters,
Ukrainian and Russian media in English, live pages, both directions on one night. It was written after
the fixes for the fourth and fifth; at its first run 10 of the 40 were wrong (figures F1 0.975,
precision 0.981, recall 0.968), most of them regions.

The seventh, 40 articles, is Ukraine's attacks on Russia (``ua_ru_``): defence-ministry lists by region,
time windows, the Moscow mayor's sub-counts, governors, both directions in one wire story; at its first
run 11 of the 40 were wrong (figures F1 0.857). The eighth, 40, is Ukrainian sources in English, often
machine-translated (``local_``): the air force's Telegram posts with their bullet lists, regional
administrations' district-by-district posts, "locationally lost", "REB"; at its first run 18 of the 40
were wrong (figures F1 0.832), the weakest style, as the third batch was.

The ninth, 40, came last, to measure the session's final code: a mixed sample of a week's feed
(``feed_``), wires, Ukrainian posts, attacks on Russia, daytime strikes and a quarter negatives. At its
first run 6 of the 40 were wrong (figures F1 0.905, precision 0.908, recall 0.902); three of the six were
dates.

The tenth and eleventh, 40 each, came a session later and aim at the two largest classes of errors on
unseen news. The tenth is which night a figure belongs to (``date_``): follow-ups published days later,
earlier nights' figures beside tonight's, live blogs, "the night of March 5 to 6", Moscow-time windows,
publication near midnight, page dates of another day; at its first run 13 of the 40 were wrong (figures
F1 0.893, precision 0.907, recall 0.880), five of them a wrong night. The eleventh is what a number counts
(``num_``): parts and totals ("Of the 143, 121 were shot down, among them …"), "all of them were
destroyed" after a count, ages, times, floors and brigades, number words, breakdowns in brackets,
regional sub-counts, hospitalised as injured; at its first run 10 of the 40 were wrong (figures F1
0.941, precision 0.954, recall 0.927).

The twelfth, 40, is whose toll a count is (``cas_``), in the styles of live blogs, wires, Ukrainian
outlets in translation, state media and governors' posts: earlier attacks' tolls beside tonight's ("As
Ukrinform reported, on October 30, …"), cumulative and UN figures, soldiers beside civilians, regional
breakdowns, rising tolls, deaths in hospital, both directions; at its first run 11 of the 40 were wrong
(figures F1 0.939, precision 0.925, recall 0.953). The thirteenth, 40, came last, as the ninth did: a
mixed feed (``mix_``) with a third negatives, to measure the session's code on ordinary news after the
fixes for the tenth to twelfth; at its first run 8 of the 40 were wrong (figures F1 0.903, precision 0.926,
recall 0.882), one of them a wrong night that cost 16 figures.

The fourteenth to nineteenth, 40 each (28 attack reports, 12 negatives), came in the sixth session. The
fourteenth is how the air force and regional administrations report intercepts and electronic warfare
(``af_``): "locationally lost", "neutralised by EW means", typed missile lists, "did not reach their
targets" as a sum; at its first run 8 of the 40 were wrong (figures F1 0.936). The fifteenth is
casualty figures (``cas_``): rising tolls, "earlier we reported", tolls by region with and without a
total, stress reactions and the missing; first run 12 wrong (F1 0.912). The sixteenth is totals and
their parts (``tot_``), in Ukrainian and Russian ministry styles: "including" lists, corrected figures
in brackets, thousands separators, drills and explainers with made-up numbers; first run 12 wrong (F1
0.891). These three measured the code after only the stated-zeros change. The seventeenth to nineteenth
came after the fixes for them: wire copy where the attack is one part of a political or market story
(``wire_``), first run 15 wrong (F1 0.867), five of them a wrong night; Ukrainian outlets' tours of the
regions (``ua_``), first run 9 wrong (F1 0.908); and the wording of 2022–2023 (``era_``: Zaluzhnyi's
"Of the 50 missiles, 44 were destroyed", the Russian ministry's "Kyiv regime" and "aircraft-type UAVs"),
first run 15 wrong (F1 0.812), the weakest since the eighth. The twentieth and twenty-first came after
the fixes for all six: a month's mixed feed (``feed_``), first run 11 wrong (F1 0.918, precision 0.933,
recall 0.903), and pages as a scraper gets them (``page_``: "Read also" links in several languages,
captions, embedded posts, tags), first run 11 wrong (F1 0.950). The twenty-second and twenty-third
measured the same code on long articles (250–650 words) where the attack is spread over paragraphs of
background, quotes and earlier attacks with their own figures: 2022–2024 (``long_``), first run 23 wrong
(figures F1 0.799, precision 0.788, recall 0.810), as low as the check corpus; and 2025–2026 (``news_``),
first run 20 wrong (F1 0.912).

The twenty-fourth and twenty-fifth, 35 each, came in the ninth session, aimed at the fields the check
corpus reads worst: interceptions worded every way, stated and summed totals, typed missile lists and
earlier nights beside tonight's (``news_``, 24th), and regional sub-counts beside national ones, rising
tolls, stories a day late and both directions in one story (``news_``, 25th). Their first runs came after
the session's first fixes: 11 of 35 wrong (figures F1 0.932) and 11 of 35 wrong (F1 0.938).
The twenty-sixth and twenty-seventh, 35 each, came after those fixes: which day an incident is, with
twelve stories of two incidents of one direction (a daytime strike and the night after it), which the
one-date-per-article design cannot report (``news_``, 26th: first run 22 of 35 wrong, figures F1 0.682);
and whose toll a count is (``news_``, 27th: first run 7 of 35 wrong, F1 0.940).

The twenty-eighth to thirty-second, 30 each (25 attack reports, 5 negatives), came in the tenth session.
The first three measured the session's starting code: wires and English-language Ukrainian outlets with
figures in parts (28th: first run 5 of 30 wrong, figures F1 0.985); machine-translated and terse copy,
Russian ministry claims and both directions in one story (29th: 10 wrong, F1 0.852); long pages with live
blogs, stories a day late, earlier records and page chrome (30th: 9 wrong, F1 0.911). The other two came
after the fixes for those: a mixed week of a feed (31st: 9 wrong, F1 0.953) and how interceptions,
electronic-warfare losses and totals are worded (32nd: 9 wrong, F1 0.905).

The thirty-third, 30 (25 and 5), came in the eleventh session, written for the classes the session's
published pages taught: relative clauses after launched counts ("which were all destroyed"), counts
joined past a participle ("one missile aimed at Kyiv, as well as four drones"), earlier stories cited by
their date, evening strikes, rising tolls with their earlier count, reactions on another day, earlier
nights' figures and "fighting for the lives of" (33rd: on the session's starting code 16 wrong, F1
0.699; its first run came after the first of the session's fixes, 10 wrong, F1 0.865).

The thirty-fourth, 30 (25 and 5), came in the twelfth session, written for the classes its published
pages taught: a regional head's quote that names him at its end or by surname (his region's share on a
night of a nationwide attack, the whole of a strike on his city alone), headlines of other stories after
a story's end, the injured split into hospitalised and treated on site, one person hurt, an attack told
by its one weapon, and strikes at midday (34th: on the session's starting code 15 wrong, F1 0.867; its
first run came after the first of the session's fixes, 11 wrong, F1 0.912).

The thirty-fifth, 30 (25 and 5), came in the thirteenth session, written for the classes its published
pages taught: tolls in headline grammar ("strikes kill 3, injure 12"), a headline's whole-night toll
beside place tolls that do not add up to it, tolls joined by a comma, picture credits with the
photograph's day, "deceased", counts "in the skies above" a city, attacks ranked in a series beside
running totals, and a national toll beside one city's (35th: on the session's starting code 14 wrong,
F1 0.856; its first run came after the session's first six fixes, 9 wrong, F1 0.884).

The thirty-sixth, 30 (25 and 5), came in the fourteenth session, written for the classes its published
pages taught: tolls told in groups of people ("12 adults and two children were killed", "three women
and a man"), beside parts named after "including" and groups with verbs of their own; dates with a
month's short name ("on Feb. 23") beside places and tolls; debris of one weapon beside rounded counts; and
a region's toll beside the tolls of two of its towns (36th: on the session's starting code 17 wrong, F1
0.842; its first run came after the session's first five fixes, 8 wrong, F1 0.919).

The thirty-seventh, 30 (25 and 5), came in the same session for the classes it fixed next: launch areas
named with long phrases ("fired 17 Kh-101 missiles from the Saratov region in southern Russia"), the
attacker after a harm verb ("killed by the Russians"), days that are no attack's ("since Oct. 4", "until
today the deadliest", "the 14th-15th floors"), telegraphic lists with plus signs, arrows and participles,
and a headline's rounded count beside the body's (37th: on the session's starting code 13 wrong, F1
0.924; its first run, after those fixes, 12 wrong, F1 0.939).

The thirty-eighth, 30 (25 and 5), came in the fifteenth session: daily round-ups that mix the night's
attack with the day's shelling and glide bombs and their tolls, running totals beside the night's toll,
interceptions counted by a part of the defence, losses to electronic warfare in several wordings, and
missiles by type and launch platform under a total of "air attack means" (38th: on the session's
starting code 14 wrong, F1 0.803; after the session's fixes, 13 wrong, F1 0.838).

The thirty-ninth, 30 (25 and 5), came in the same session: a nationwide night told city by city, with
and without a national toll; Russian officials on Ukrainian drones; a single city's strike told by its
mayor; stories published days after the attack; and stated zeros for the whole attack or one region (39th:
on the session's starting code 16 wrong, F1 0.833; its first run, after the session's first fixes, 16
wrong, F1 0.839; at the end, 15 wrong, F1 0.860). Most of its remaining misses are the corpus's own
conventions where the helper's label differs (a mayor's count of drones over his city, a region's zero).

The fortieth, 30 (25 and 5), came in the sixteenth session, written blind for the classes its published
pages taught: Ukraine's strikes on occupied regions told by Russian-installed officials beside Russia's
on the towns Ukraine holds; sources named after their figures and regional air commands; earlier attacks
recalled beside this one's figures; shares and weapons that got through ("most of the 70", "all but
one", "evaded air defence"); tolls with asides and couples, captions of another day (40th: on the
session's starting code 14 wrong, F1 0.891; its first run, after the session's fixes, 10 wrong, F1
0.930; at the end 8 wrong, F1 0.953, most of the rest earlier attacks the helper labelled as incidents
of their own).

The forty-first, 30 (25 and 5), came in the seventeenth session, written blind for the classes the
adjudicated published pages taught: tolls given place by place with and without a total, a regional
"no casualties" beside a national count, regional counts in headlines, "over the region" and "N of
which", the days a place was struck before, and single weapons among counting words (41st: on the
session's starting code 12 wrong, F1 0.864; its first run, after the session's fixes, 9 wrong, F1 0.938).

Four came in the eighteenth session. The forty-second, 30 (25 and 5), written blind for a bare "No
casualties were reported." after one place's scene in a wider attack, beside zeros of a national source
or of every place (42nd: on the session's starting code 8 wrong, F1 0.954; its first run, after the
scene rule, 5 wrong, F1 0.971). The forty-third, 30 (14 and 16), for reviews of a month or a year that
read like attack reports, and night stories citing such tallies in passing (43rd: first run 7 wrong, F1
0.888, its statistics counted as incidents). The forty-fourth, 40 (34 and 6), for the wording of the
wires: spellings, rare verbs and weapon nouns, number styles, attribution (44th: first run 11 wrong, F1
0.914). The forty-fifth, 40 (35 and 5), for story structures: figures after background, quotes, updates,
funerals and reconstruction told long after the attack (45th: first run 14 wrong, F1 0.911). Two more,
30 each (25 and 5), were written at the end as a general mix, to measure the session's rules on what they
were not written for: a month's news stream (46th: on the starting code 11 wrong, F1 0.922; first run 10
wrong, F1 0.926) and pages as they look, with chrome, links, captions and both sides' claims (47th: 2
wrong, F1 0.989, on the starting code as at its first run).

Three came in the nineteenth session, 30 each (25 and 5), written blind and first run after the session's
first fixes (a bomb attack is an aerial attack; another place's count on top of one place's): casualty
counts with all their traps (48th: 6 wrong, F1 0.953), interceptions and losses to electronic warfare in
every format, both directions (49th: 6 wrong, F1 0.969), and a general mix of 2026-style news (50th: 4
wrong, F1 0.891, most of it two earlier attacks the helper labelled as incidents of their own and a
toll told only in a title the body does not repeat). Two more came after the session's next fixes (the
hours of a day, quoted words, follow-up stories): which night and which story, with follow-ups days
late, evening attacks and two nights told in one story (51st: 12 wrong, F1 0.796, six of them a second
night the one-date-per-article design cannot report), and Russian and occupied-region sources on
Ukraine's strikes (52nd: 11 wrong, F1 0.940).

Two came in the twentieth session, 30 each (25 and 5), written blind and first run after the session's
first fix (a story dated by its own side's sentences): Ukrainian regional and city news, with governors'
and mayors' counts beside the air force's and stories of two nights (53rd: 9 wrong, F1 0.878, three of them
a night before told with its own counts, which a story can now report), and international wires (54th: 2
wrong, F1 0.994). A night a case only cites is listed under its ``mentions`` and left unchecked. Two more
after the session's two-night rules: missiles, totals and electronic warfare in air force reports and their
retellings (55th: 9 wrong, F1 0.942), and casualty counts with their traps (56th: 5 wrong, F1 0.979).
And two after the evening-window and weapon-wording rules: a week of an aggregator's general mix (57th: 5
wrong, F1 0.945) and news in translation and Telegram bullet lists (58th: 7 wrong, F1 0.938). The last two,
after the zeros of raids on Russia: both sides' attacks in one story (59th: 10 wrong, F1 0.933) and live
pages and updated stories (60th: 11 wrong, F1 0.806, most of it pages first published the evening before
and updated the next morning).
Two came in the twenty-first session, 30 each (25 and 5), written blind and first run on the session's
starting code: missiles by type, platform and claimant, and totals of "air attack means" (61st: 6 wrong,
F1 0.940), and drones shot down, lost to electronic warfare or that hit, in the air force's, the monitoring
channels' and the wires' wording (62nd: 15 wrong, F1 0.889, recall 0.830). Two glide-bomb strikes the
helpers wrote as no attack were relabelled as attack reports with their tolls, as the corpus labels them.
Three more after the session's fixes for those two (parts named after a count, losses told adverb first,
a post's "52 — shot down" lines, a strike by day on one city): a general mix of 2024–2026 news (63rd: 4
wrong, F1 0.979), totals and combined counts beside ratios and periods (64th: 11 wrong, F1 0.913) and web
pages as scraped, with menus, links, captions and stamps (65th: 2 wrong, F1 0.969, most of it an earlier
strike told "four days after the strike of 25 December, Christmas Day, during which …"). The last two came
after the reviewers' probes had narrowed the session's rules: a week of an analyst's feed with a third
negatives (66th: 6 wrong, F1 0.935, two of them weekly reviews read as a night) and Ukraine's strikes on
Russia as Russian and Ukrainian sources tell them (67th: 11 wrong, F1 0.902, most of them tolls and zeros).
Two more were run first on the session's final rules, after three reviewers' probes had narrowed them:
international wire copy with the attack inside larger stories (68th: 8 wrong, F1 0.954, precision 0.992)
and Ukrainian outlets in English, often machine-translated (69th: 7 wrong, F1 0.950).
Eight came in the twenty-second session, 30 each (25 and 5), written blind. Four were first run on the
session's starting code: drones lost rather than shot down, in the air force's, the translators' and the
wires' wording (70th: 9 wrong, F1 0.918), missiles by type and class across clauses and lines (71st: 10
wrong, F1 0.846), posts and live pages with emoji lines that name the weapon first (72nd: 8 wrong, F1
0.938) and international features full of other times' figures and fractions (73rd: 8 wrong, F1 0.919).
Four were first run after the fixes for those: a week of wires (74th: 8 wrong, F1 0.926), regional
outlets (75th: 5 wrong, F1 0.935), Ukraine's strikes on Russia (76th: 7 wrong, F1 0.927) and mixed nights
told by many kinds of writers (77th: 6 wrong, F1 0.929).
Two last, first run after two reviewers' mends: casualty tolls with their traps (78th: F1 0.960) and
Russia's strikes of October 2022 to December 2023 as they were reported then (79th: F1 0.836, the weakest
of the session: counts "since the previous evening", a week earlier, "as were").

Fixes were made since with these cases in view, so the batches now check them rather than measure
generalisation. The checks are in test_extraction_fixture_files.py.
"""

from __future__ import annotations

import pytest

from tests.pipeline.extraction.cases import load_fixture

# Each batch: its file, its classes (name prefixes), the fewest cases of a class, its first article id.
BATCHES = [
    ("holdout_articles.json", ("casualty_", "weapons_", "time_", "ua_ru_", "non_attack_"), 8, 700),
    (
        "holdout2_articles.json",
        ("casualty_trap_", "liveblog_", "weapons_trap_", "ua_ru_", "non_attack_"),
        8,
        800,
    ),
    (
        "holdout3_articles.json",
        ("translated_", "telegram_", "wire_", "headline_", "regional_", "non_attack_"),
        4,
        900,
    ),
    ("holdout4_articles.json", ("web_", "non_attack_"), 8, 1000),
    ("holdout5_articles.json", ("toll_", "non_attack_"), 7, 1100),
    ("holdout6_articles.json", ("wire_", "non_attack_"), 8, 1200),
    ("holdout7_articles.json", ("ua_ru_", "non_attack_"), 8, 1300),
    ("holdout8_articles.json", ("local_", "non_attack_"), 7, 1400),
    ("holdout9_articles.json", ("feed_", "non_attack_"), 9, 1500),
    ("holdout10_articles.json", ("date_", "non_attack_"), 8, 1600),
    ("holdout11_articles.json", ("num_", "non_attack_"), 6, 1700),
    ("holdout12_articles.json", ("cas_", "non_attack_"), 6, 1800),
    ("holdout13_articles.json", ("mix_", "non_attack_"), 12, 1900),
    ("holdout14_articles.json", ("af_", "non_attack_"), 12, 2000),
    ("holdout15_articles.json", ("cas_", "non_attack_"), 12, 2040),
    ("holdout16_articles.json", ("tot_", "non_attack_"), 12, 2080),
    ("holdout17_articles.json", ("wire_", "non_attack_"), 12, 2120),
    ("holdout18_articles.json", ("ua_", "non_attack_"), 12, 2160),
    ("holdout19_articles.json", ("era_", "non_attack_"), 12, 2200),
    ("holdout20_articles.json", ("feed_", "non_attack_"), 12, 2240),
    ("holdout21_articles.json", ("page_", "non_attack_"), 12, 2280),
    ("holdout22_articles.json", ("long_", "non_attack_"), 12, 2320),
    ("holdout23_articles.json", ("news_", "non_attack_"), 12, 2360),
    ("holdout24_articles.json", ("news_", "non_attack_"), 4, 2400),
    ("holdout25_articles.json", ("news_", "non_attack_"), 4, 2435),
    ("holdout26_articles.json", ("news_", "non_attack_"), 4, 2470),
    ("holdout27_articles.json", ("news_", "non_attack_"), 4, 2505),
    ("holdout28_articles.json", ("news_", "non_attack_"), 4, 2540),
    ("holdout29_articles.json", ("news_", "non_attack_"), 4, 2570),
    ("holdout30_articles.json", ("news_", "non_attack_"), 4, 2600),
    ("holdout31_articles.json", ("news_", "non_attack_"), 4, 2630),
    ("holdout32_articles.json", ("news_", "non_attack_"), 4, 2660),
    ("holdout33_articles.json", ("news_", "non_attack_"), 4, 2690),
    ("holdout34_articles.json", ("news_", "non_attack_"), 4, 2720),
    ("holdout35_articles.json", ("news_", "non_attack_"), 4, 2750),
    ("holdout36_articles.json", ("news_", "non_attack_"), 4, 2780),
    ("holdout37_articles.json", ("news_", "non_attack_"), 4, 2810),
    ("holdout38_articles.json", ("news_", "non_attack_"), 4, 2840),
    ("holdout39_articles.json", ("news_", "non_attack_"), 4, 2870),
    ("holdout40_articles.json", ("news_", "non_attack_"), 4, 2900),
    ("holdout41_articles.json", ("news_", "non_attack_"), 4, 2930),
    ("holdout42_articles.json", ("news_", "non_attack_"), 4, 2960),
    ("holdout43_articles.json", ("news_", "non_attack_"), 4, 2990),
    ("holdout44_articles.json", ("news_", "non_attack_"), 4, 3020),
    ("holdout45_articles.json", ("news_", "non_attack_"), 4, 3060),
    ("holdout46_articles.json", ("news_", "non_attack_"), 4, 3100),
    ("holdout47_articles.json", ("news_", "non_attack_"), 4, 3130),
    ("holdout48_articles.json", ("news_", "non_attack_"), 4, 3160),
    ("holdout49_articles.json", ("news_", "non_attack_"), 4, 3190),
    ("holdout50_articles.json", ("news_", "non_attack_"), 4, 3220),
    ("holdout51_articles.json", ("news_", "non_attack_"), 4, 3250),
    ("holdout52_articles.json", ("news_", "non_attack_"), 4, 3280),
    ("holdout53_articles.json", ("news_", "non_attack_"), 4, 3310),
    ("holdout54_articles.json", ("news_", "non_attack_"), 4, 3340),
    ("holdout55_articles.json", ("news_", "non_attack_"), 4, 3370),
    ("holdout56_articles.json", ("news_", "non_attack_"), 4, 3400),
    ("holdout57_articles.json", ("news_", "non_attack_"), 4, 3430),
    ("holdout58_articles.json", ("news_", "non_attack_"), 4, 3460),
    ("holdout59_articles.json", ("news_", "non_attack_"), 4, 3490),
    ("holdout60_articles.json", ("news_", "non_attack_"), 4, 3520),
    ("holdout61_articles.json", ("mis_", "non_attack_"), 4, 3550),
    ("holdout62_articles.json", ("ew_", "non_attack_"), 4, 3580),
    ("holdout63_articles.json", ("news_", "non_attack_"), 4, 3610),
    ("holdout64_articles.json", ("tot_", "non_attack_"), 4, 3640),
    ("holdout65_articles.json", ("page_", "non_attack_"), 4, 3670),
    ("holdout66_articles.json", ("feed_", "non_attack_"), 4, 3700),
    ("holdout67_articles.json", ("ua_ru_", "non_attack_"), 4, 3730),
    ("holdout68_articles.json", ("wire_", "non_attack_"), 4, 3760),
    ("holdout69_articles.json", ("ua_", "non_attack_"), 4, 3790),
    ("holdout70_articles.json", ("lost_", "non_attack_"), 4, 3820),
    ("holdout71_articles.json", ("msl_", "non_attack_"), 4, 3850),
    ("holdout72_articles.json", ("post_", "non_attack_"), 4, 3880),
    ("holdout73_articles.json", ("intl_", "non_attack_"), 4, 3910),
    ("holdout74_articles.json", ("news_", "non_attack_"), 4, 3940),
    ("holdout75_articles.json", ("reg_", "non_attack_"), 4, 3970),
    ("holdout76_articles.json", ("ru_", "non_attack_"), 4, 4000),
    ("holdout77_articles.json", ("mix_", "non_attack_"), 4, 4030),
    ("holdout78_articles.json", ("cas_", "non_attack_"), 4, 4060),
    ("holdout79_articles.json", ("old_", "non_attack_"), 4, 4090),
]


@pytest.mark.parametrize(("name", "classes", "fewest", "first_id"), BATCHES, ids=[b[0] for b in BATCHES])
def test_every_class_has_enough_cases(
    name: str, classes: tuple[str, ...], fewest: int, first_id: int
) -> None:
    cases = load_fixture(name)
    assert all(c["name"].startswith(classes) for c in cases)
    assert all(sum(c["name"].startswith(p) for c in cases) >= fewest for p in classes)
    assert all(not c["expected"] for c in cases if c["name"].startswith("non_attack_"))
    ids = [int(c["article"]["id"].removeprefix("fx")) for c in cases]
    assert len(set(ids)) == len(ids) and min(ids) >= first_id
