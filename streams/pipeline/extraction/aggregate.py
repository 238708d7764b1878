"""An incident's figures from its count records, by rules a reader can state (one function each).

1. **Scope.** Counts stated for the whole attack win over counts of one place; a toll of the one place the
   attack struck is a count of the whole attack (not the tolls of two towns there). With none, a casualty
   count of the one place where the casualties were is the attack's; counts of several places are not added
   (null), though a place where nobody was hurt adds nothing; nor is one place's toll the attack's where the
   same sentence's other toll of that place is below the whole attack's ("at least five killed" in all, "two
   killed and six injured in Mykolaiv"). Towns of one region are several places too, unless a count of the
   region itself covers them. A weapon count of one place ("46 over the Kursk region") is the attack's only
   when the incident's weapons are counted for that place alone, and then only as counted by others than a
   local official (a mayor's count of a night's wave is the city's share; of a strike by day or in the evening
   on his city, all of it), and never for drones on a night of Russia's drone waves, which reach regions no
   one named; a launch at the only place struck is the attack's when no launch of the whole attack is counted
   in its field (not an interception over it: air defence meets an attack on its way). A stated zero of one
   place ("no casualties in Moscow", or a bare "No casualties were reported." right after one place's scene)
   counts only when the attack hit no other place, and a zero for the whole attack yields to a place's count.
   A zero with no place named is the attack's only when a national source states it, the sources of every
   struck place do ("the governors of the three regions"), or the attack struck one place at most (not where
   a national source counted it and no place is named): "no injuries were reported", said by a governor or
   by nobody named while drones fell on eight regions, or by emergency services at a fire, is one place's.
   An attack a defence ministry counted overnight, or that a named source counted at a hundred weapons or
   more, reached places the story does not name: a region's zero beside it is that region's.
2. **Exactness.** An exact count wins over a rounded one ("over 500") and a headline's; for casualties
   only over a rounded count of the same quantity (within a fifth of it): "nearly 70 injured" stands
   beside "one injured in the city", since tolls are often given exactly for one place. Nor over a toll
   known to be above it ("more than 30 wounded" beside "25 were injured"): that is the toll risen since.
3. **Something over nothing.** A positive count wins over a stated zero, and over a count read from a
   weaker cue (missiles that hit, counted as launched only when nothing else is stated).
4. **Tolls rise.** Of several exact casualty counts, the largest is the latest figure; so is a toll of
   the one place with casualties stated after the whole attack's and above it. A toll told as the first
   reports ("Initially, officials reported four deaths") yields to any other, even a lower one.
5. **Totals.** Where one kind of weapon alone was counted, "targets" or "weapons" downed are of that
   kind ("19 missiles … destroyed nine of the weapons"). Otherwise a stated exact total wins; a stated
   total below one of its parts, or equal to one while the other is stated too ("16 drones and ballistic
   missiles" beside 2 Iskanders), is not the total; an approximate total ("some 500") yields to the
   exact sum of both stated parts; with no stated total, both parts add up.
6. **Hospitalised** gives the injured figure only when no injured count is stated (not when injured
   counts of several places add up to no figure: "22 wounded in Kyiv, 13 of them in hospital").
7. **Another N adds up.** A count said to come on top of the others ("another 31 drones were shot
   down", "a further 12 over the Dnipropetrovsk region", a sentence opening "Additionally, three drones
   were destroyed by mobile fire groups") adds to the field's count chosen from the
   others, wherever it was, unless a stated count already adds them up ("bringing the total to 55");
   with none beside it, it is in scope as any count ("another 208 were lost from radar", after the
   interceptions). One that repeats a stated count of its field is that count ("six missiles and 26
   drones … In addition, 26 Shahed drones were launched from Primorsko-Akhtarsk"). Tolls given place
   by place ("another two deaths in Zaporizhzhia") are parts of the lead's toll, not additions; so is a
   weapon count after a sentence of the same source that counted another place ("91 over the Moscow
   region. Another 126 were destroyed over Kursk", "… four over Krasnodar. Another two over five
   regions"; not a ministry's "further 12" after a mayor's count of his city). With no count of the
   whole, though, one place's count and another place's said on top of it in the same statement are
   the statement's parts, and add up ("two over the Belgorod region and another drone over Tambov").
8. **Launches outnumber interceptions.** A launch count below the interceptions of the same weapon
   counts a part of the attack (one region's drones, those that hit, a single drone), not the launch:
   the launch is taken from the other counts ("44 of more than 50"), or stays unknown. A stated
   rounded one stays ("over 100 drones" beside 121 shot down).
9. **Stopped in all is no suppression, nor an interception.** A suppressed count that is the
   interceptions plus another suppressed count adds the two up ("19 were destroyed, 9 more neutralised
   by electronic warfare … In total, 28 drones did not reach their targets"): the other count is the
   suppressed one. Likewise an interception count said of both, shot down and lost ("neutralised 88 of
   the drones: 66 shot down and 22 locationally lost"), that is another interception count told with it
   or after it plus the suppressed one (not one said to come on top, "a further 12 were lost"): the
   other count is the interceptions.
10. **All of them.** An interception said of every weapon of a kind with no number of its own ("All
   missiles and 288 drones were shot down") counts as many as the launch count chosen for that kind;
   with no launch count, the interceptions counted are the launch.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import schemas
from streams.pipeline.extraction.claimants import DEFENCE_MINISTRIES, LOCAL, NATIONAL, RESCUERS
from streams.pipeline.extraction.counts import HOSPITALISED, Count
from streams.pipeline.extraction.regions import country_of

_PARTS = (
    ("total_launched", "drones_launched", "missiles_launched"),
    ("total_intercepted", "drones_intercepted", "missiles_intercepted"),
)
_LAUNCHED_AND_INTERCEPTED = tuple(zip(_PARTS[0], _PARTS[1], strict=True))


def one_place_only(counts: list[Count]) -> bool:
    """Whether the weapons of an incident are counted for one place only: no count of the whole
    attack, and every located count names the same place (then that place's counts are the attack's)."""
    places = set()
    for c in counts:
        if not c.of_people:
            if c.place is None or c.zero:
                return False
            places.add(c.place)
    return len(places) == 1


@dataclass(frozen=True)
class OnePlace:
    """Rule 1's tests of a weapon count of the one place an attack struck: whether it is the whole
    attack's. ``by_day``: a strike by day or in the evening; ``drone_waves``: Russia's attack on Ukraine,
    whose nights come as drone waves over many regions, most of them unnamed in a regional story."""

    by_day: bool = False
    drone_waves: bool = False

    def share(self, c: Count) -> bool:
        """On a night of drone waves a region's drone count is its share, unless a national source (the
        air force) gave it, which counts the night over every region."""
        return (
            self.drone_waves and not self.by_day and c.field in _DRONE_FIELDS and c.claimant not in NATIONAL
        )

    def stands(self, c: Count) -> bool:
        """A strike by day is counted whole by the place's own officials; at night a local official
        counts only his own place."""
        return not self.share(c) and (self.by_day or c.claimant not in LOCAL)


_DRONE_FIELDS = frozenset(f for f in schemas.FIELDS if f.startswith("drones_"))


def in_scope(
    own: list[Count], regions: set[str], one_place: bool, struck: OnePlace = OnePlace()
) -> list[Count]:
    """Rule 1: the counts of one field that can be the attack's (``regions``: where it struck;
    ``one_place``: what ``one_place_only`` says of all the incident's counts; ``struck``: whether a
    weapon count of the one place the attack struck is the attack's)."""
    # A zero for the whole attack ("no casualties") is wrong where one place counts some, and a local
    # official's zero, or a zero said where the attack struck several places, is one place's.
    counted = any(not c.zero and c.place is not None for c in own)
    # A toll with no number tells only where there were casualties: it is never the figure.
    own = [c for c in own if not (c.vague and c.place is None)]
    whole = [c for c in own if c.place is None and not (c.zero and (counted or not _whole_zero(c, regions)))]
    if whole:
        return whole + _above_the_whole([c for c in own if not c.vague], whole)
    own = [c for c in own if c.place is not None]
    # A place where nobody was hurt adds nothing: the casualties were all in the other place.
    if own and own[0].of_people and not all(c.zero for c in own):
        own = [c for c in own if not c.zero]
    places = {c.place for c in own}
    if len(places) != 1:
        return []
    if not own[0].of_people:
        return [c for c in own if struck.stands(c)] if one_place else []
    place = next(iter(places))
    if all(c.zero for c in own) and not regions <= {place}:
        return []
    towns = {c.town for c in own if not c.zero}
    if len(towns) > 1 and None not in towns:
        return []  # tolls of several towns of the region and none of the region: not added either
    return [c for c in own if not c.vague]


def _above_the_whole(own: list[Count], whole: list[Count]) -> list[Count]:
    """Rule 4: the tolls of the one place with casualties stated after every toll of the whole attack
    and above them. A whole is never below its part: "four dead and 19 injured" stated for the attack,
    then "five killed and 23 injured in Kyiv", is the toll risen since, not a smaller share of it. Nor
    is a whole told as the first reports ("Earlier this morning officials reported one dead") after the
    place's higher toll of the update before it."""
    placed = [c for c in own if c.place is not None and not c.zero]
    if not placed or not placed[0].of_people or len({c.place for c in placed}) != 1:
        return []
    top = max(c.value for c in whole)
    last = max(c.start for c in whole)
    superseded = all(c.first_report for c in whole if not c.zero)
    return [c for c in placed if c.value > top and (c.start > last or superseded)]


def _whole_zero(zero: Count, regions: set[str]) -> bool:
    """Whether a stated casualty zero with no place named can cover the whole attack: a national
    source's (the air force, a ministry), or any source's when the attack struck one place at most.
    Rescuers speak for the scene they work at ("emergency services put out the fire, with no casualties
    reported"): theirs is a place's word."""
    national = zero.claimant is not None and zero.claimant not in _AT_A_PLACE
    if not zero.of_people or national or zero.everywhere or (len(regions) <= 1 and ELSEWHERE not in regions):
        return True
    # no place named, weapons counted for the whole country: the word of nobody named is the attack's
    return regions == {ELSEWHERE} and zero.claimant not in _AT_A_PLACE


_AT_A_PLACE = LOCAL | {RESCUERS}


def best(own: list[Count]) -> Count | None:
    """Rules 2–4: the count a field takes from its counts in scope (in the order they were found)."""
    positive = [c for c in own if not c.zero and not c.fallback]
    # "Initially, the mayor reported four deaths … A 73-year-old man was confirmed dead": the first
    # reports yield to any later toll, higher or lower
    positive = [c for c in positive if not c.first_report] or positive
    if positive and not positive[0].of_people and any(c.claimant in NATIONAL for c in positive):
        # Two claimants for one weapon count: a national military source's (the air force, the general
        # staff, a defence ministry) over another named source's, rounded or not ("roughly 100 missiles",
        # said the air force; 90, said an official). Tolls are not weapon counts: the pool is one field's.
        positive = [c for c in positive if c.claimant is None or c.claimant in NATIONAL]
    exact = [c for c in positive if c.exact]
    if exact and exact[0].of_people:
        # "25 people were injured", the governor wrote at dawn; "more than 30 wounded", says the lead: a
        # toll known to be above every exact one is the later count, not a rounding of them (rule 4).
        top = max(c.value for c in exact)
        exact += [c for c in positive if c.floor and c.value > top]
        # A rounded toll yields to an exact toll of the same quantity, not to a smaller count of
        # something else: "nearly 70 injured" stands beside "one injured in the city".
        exact += [
            c for c in positive if not c.exact and not any(_same_quantity(c.value, e.value) for e in exact)
        ]
    if not exact and positive and not positive[0].of_people:
        # Of rounded weapon counts, the body's: "nearly 400 drones downed" in the headline, "around 382"
        # in the text (not over the headline's exact "41 of 48"). A headline's toll is often the latest:
        # tolls keep rule 4.
        positive = [c for c in positive if not c.headline] or positive
    pool = exact or positive or [c for c in own if c.zero] or own
    if not pool:
        return None
    return max(pool, key=lambda c: (c.value, -c.start))


def with_more(stated: list[Count], more: list[Count]) -> Count | None:
    """Rule 7: the count chosen from ``stated`` with the counts said to come on top of it added (each
    value once), unless a stated count already adds them up ("a further 17 …, bringing the total for
    the night to 55" after 38)."""
    base = best(stated)
    # "… with six missiles and 26 drones. In addition, 26 Shahed drones were launched from …": a count
    # stated already, repeated in the detail, is that count.
    # "Another 27 drones hit 23 locations" after the launch and the downed: what hit is no more launched.
    added = {
        c.value: c for c in more if not (c.zero or c.fallback) and all(c.value != s.value for s in stated)
    }
    if base is None:
        return best(more)
    if not added:
        return base
    extra = sum(added)
    running = [c for c in stated if any(c.value == d.value + extra for d in stated)]
    if running:
        return best(running)
    parts = [base, *added.values()]
    return Count(
        base.field,
        sum(c.value for c in parts),
        min(c.start for c in parts),
        max(c.end for c in parts),
        -1,
        exact=all(c.exact for c in parts),
        claimant=base.claimant if all(c.claimant == base.claimant for c in parts) else None,
    )


def _same_quantity(rounded: int, exact: int) -> bool:
    """Whether an exact count can be what a rounded one rounds: within a fifth of it."""
    return abs(exact - rounded) <= rounded / 5


def _part_of_the_launch(launch: Count, intercepted: Count | None) -> bool:
    """Rule 8: whether a launch count is below the interceptions of its weapon (and not a stated
    rounded count, which may stand below an exact one: "over 100 drones" beside 121 shot down)."""
    rounded = not launch.exact and not (launch.implied or launch.fallback)
    return intercepted is not None and not rounded and launch.value < intercepted.value


def _below_its_parts(stated: Count, a: Count | None, b: Count | None) -> bool:
    """Rule 5: whether a stated total cannot be the total of its parts: below one of them, or equal to
    one while the other is stated too ("16 kamikaze drones and ballistic missiles" beside 2 Iskanders)."""
    parts = [p.value for p in (a, b) if p is not None]
    if any(stated.value < v for v in parts):
        return True
    return len(parts) == 2 and min(parts) > 0 and stated.value <= max(parts)


def _of_the_one_kind(chosen: dict[str, Count]) -> None:
    """Rule 5: where the story names one kind of weapon only, and counts it, a count of "weapons" or
    "targets" is of that kind ("Moscow launched 19 missiles … the air force destroyed nine of the
    weapons"; not beside "70 drones and Iskander-M ballistic missiles")."""
    for total, first, second in _PARTS[1:]:
        launched_total, launched_first, launched_second = _PARTS[0]
        whole = chosen.get(total)
        if whole is None or first in chosen or second in chosen or launched_total in chosen:
            continue
        kinds = [
            part
            for part, launched in ((first, launched_first), (second, launched_second))
            if launched in chosen
        ]
        if len(kinds) == 1:
            chosen[kinds[0]] = replace(chosen.pop(total), field=kinds[0])


def with_totals(chosen: dict[str, Count]) -> dict[str, Count]:
    """Rule 5: each total from the stated total and the parts chosen beside it."""
    out = dict(chosen)
    for total, first, second in _PARTS:
        a, b, stated = out.get(first), out.get(second), out.get(total)
        if stated is not None and _below_its_parts(stated, a, b):
            del out[total]
            stated = None
        if a is None or b is None:
            continue
        if stated is None or (not stated.exact and a.exact and b.exact):
            out[total] = Count(
                total,
                a.value + b.value,
                min(a.start, b.start),
                max(a.end, b.end),
                -1,
                claimant=a.claimant if a.claimant == b.claimant else None,
            )
    return out


_TOLLS = ("killed", "injured", HOSPITALISED)


def _casualties_elsewhere(toll: Count, by_field: dict[str, list[Count]]) -> bool:
    """Rule 1: whether a toll of one place, taken for the attack's as the place where its casualties
    were, is only that place's share: the other toll of the whole attack is above the one the same
    sentence gives for the place ("at least five people were killed" across the country, "a drone killed
    two people and injured six others in Mykolaiv": the six are Mykolaiv's, not the attack's)."""
    if toll.place is None or any(c.place is None and not c.zero for c in by_field.get(toll.field, ())):
        return False
    other = "injured" if toll.field == "killed" else "killed"
    counts = [c for c in by_field.get(other, ()) if not (c.zero or c.vague or c.military)]
    whole = [c.value for c in counts if c.place is None]
    here = [c.value for c in counts if c.place == toll.place and c.sentence == toll.sentence]
    return bool(whole and here) and max(here) < max(whole)


def _all_of_the_launch(chosen: dict[str, Count], counts: list[Count]) -> None:
    """Rule 10: "All missiles and 288 drones were shot down" beside nine missiles launched gives nine
    missiles shot down; "32 drones were shot down … all of the drones were destroyed" gives 32 launched.
    A count of its own stated wins."""
    for launched, intercepted in _LAUNCHED_AND_INTERCEPTED[1:]:
        every = next((c for c in counts if c.field == intercepted and c.all_launched), None)
        if every is None:
            continue
        launch, down = chosen.get(launched), chosen.get(intercepted)
        if launch is not None and down is None:
            chosen[intercepted] = replace(every, value=launch.value, all_launched=False, exact=launch.exact)
        elif down is not None and launch is None:
            chosen[launched] = replace(down, field=launched, implied=True)


def _next_place(more: Count, own: list[Count]) -> bool:
    """Rule 7: whether a count said to come on top of others follows a sentence of the same source that
    counted a place, going on with the places one by one (its own place, or none: "another two over five
    regions"), or with its own place's count; not after a mayor's count of his city, when a ministry adds
    "a further 12 over the Bryansk region" to its own."""
    # (in its own sentence too, when it names its place: "Eleven were destroyed over the Bryansk region and
    # eight more over Kaluga"; not "another 27 were destroyed - 19 of them over the Moscow region")
    before = [
        c
        for c in own
        if c is not more
        and (c.sentence < more.sentence or (c.sentence == more.sentence and more.place is not None))
        and (c.claimant is None or more.claimant in (None, c.claimant))
    ]
    if not before:
        return False
    last = max(c.sentence for c in before)
    # "… four over the Krasnodar region. Another two were intercepted over five regions": the rest of
    # the places, one sentence after another; "two flying towards Moscow … Another three shot down on
    # approach to the city": the mayor's running count of his city.
    # (not a national source's: "48 destroyed, 22 of them over the Bryansk region … another nine over the
    # Bryansk region" are more of the night's)
    return any(
        c.place is not None and (c.place != more.place or more.claimant not in NATIONAL)
        for c in before
        if c.sentence == last
    )


def _pick(own: list[Count], regions: set[str], one_place: bool, place: OnePlace) -> Count | None:
    """Rules 1–4 and 7: the count a field takes from its own counts."""
    # Civilian or else total: soldiers' tolls count only where no other toll is given.
    own = [c for c in own if not c.military] or own
    if not any(c.more for c in own):
        return best(in_scope(own, regions, one_place, place))
    if own[0].of_people:
        # Tolls given place by place after the lead's ("Another two deaths occurred in
        # Zaporizhzhia") are its parts: "another" adds only to weapon counts.
        own = [replace(c, more=False) if c.more else c for c in own]
    own = _places_on_top(own)
    # "91 over the Moscow region. Another 126 over Kursk": a place after a place, not an addition.
    own = [replace(c, more=False) if c.more and _next_place(c, own) else c for c in own]
    # What comes on top of the attack's count is added wherever it was ("a further 12 over the
    # Dnipropetrovsk region"); alone, it is in scope as any count.
    stated = in_scope([c for c in own if not c.more], regions, one_place, place)
    more = [c for c in own if c.more] if stated else in_scope(own, regions, one_place, place)
    return with_more(stated, more)


def _places_on_top(own: list[Count]) -> list[Count]:
    """Rule 7: with no count of the whole, a count of one place and the counts of other places said to
    come on top of it in its sentence ("two drones over the Belgorod region and another drone over the
    Tambov region") are one statement's parts: they add up to the whole. (Not across sentences: "A week
    earlier, another 15 were shot down over Kursk" may be another night's.)"""
    if any(c.place is None and not (c.more or c.zero or c.vague) for c in own):
        return own
    out = list(own)
    for base in own:
        if base.more or base.place is None or base.zero or base not in out:
            continue
        parts = [
            c
            for c in out
            if c.more
            and c.place not in (None, base.place)
            and c.sentence == base.sentence
            and c.claimant in (None, base.claimant)
        ]
        if not parts:
            continue
        whole = replace(
            base,
            value=base.value + sum(c.value for c in parts),
            end=max(c.end for c in parts),
            place=None,
            town=None,
            exact=base.exact and all(c.exact for c in parts),
        )
        out = [whole if c is base else c for c in out if not any(c is p for p in parts)]
    return out


def _place_by_place(counts: list[Count]) -> list[Count]:
    """Rule 1: a toll stated with no place, in a sentence that names one place ("struck districts across
    Kyiv, killing 14 people and injuring 44"), is that place's when the story gives another region's toll
    of the same field ("in Odesa, 13 were injured"): it counts place by place, and no one's count is the
    whole attack's. (Not beside a town the gazetteer does not know, which may lie in the named region.)"""
    places: dict[str, set[str]] = {}
    for c in counts:
        if c.of_people and not (c.zero or c.vague):
            place = c.place if c.place is not None else c.told_of
            if place is not None and country_of(place) is not None:
                places.setdefault(c.field, set()).add(place)
    return [
        replace(c, place=c.told_of)
        if c.told_of is not None and c.place is None and places.get(c.field, set()) - {c.told_of}
        else c
        for c in counts
    ]


# The places of an attack a national source counted, beyond those named.
ELSEWHERE = "elsewhere"


# An attack this large reaches far more places than a story names ("Russia launched 479 drones").
_MASS_ATTACK = 100


def _counted_nationally(counts: list[Count], every_region: bool = False) -> bool:
    """Whether a defence ministry counted the weapons of the whole attack: its overnight count spans
    every region it defended, most of them unnamed (an air force's count of an attack on one region is
    often that region's attack alone). ``every_region``: only a count said across the country does."""
    return any(
        not (c.of_people or c.zero or c.fallback)
        and c.place is None
        and (c.everywhere or not every_region)
        and (c.claimant in DEFENCE_MINISTRIES or (c.claimant is not None and c.value >= _MASS_ATTACK))
        for c in counts
    )


def _counted_beyond_its_places(counts: list[Count]) -> bool:
    """Whether the story counts a weapon for one place and, higher, for the whole attack ("14 Shaheds
    in the Cherkasy sky" beside "27 drones shot down over Ukraine"): the attack reached places it does
    not name."""
    whole: dict[str, int] = {}
    for c in counts:
        if not (c.of_people or c.zero or c.fallback or c.implied) and c.place is None:
            whole[c.field] = max(whole.get(c.field, 0), c.value)
    return any(
        not (c.of_people or c.zero or c.fallback) and c.place is not None and c.value < whole.get(c.field, 0)
        for c in counts
    )


def _shot_down_alone(down: Count, suppressed: Count, intercepted: list[Count]) -> Count:
    """Rule 9, the other way round: an interception count said of both ("neutralised 88 of the drones")
    that is another one told with it or after it plus the suppressed count, not one said to come on top
    ("66 shot down and 22 locationally lost"; not "… and a further 12 were lost"), is split: the other one
    is the interceptions."""
    if not down.combined or suppressed.more or suppressed.sentence < down.sentence:
        return down
    return next(
        (
            c
            for c in intercepted
            if c.value + suppressed.value == down.value
            and c.place == down.place
            and not c.more
            and c.sentence >= down.sentence
        ),
        down,
    )


def choose(
    counts: list[Count],
    regions: set[str],
    unnamed: bool = False,
    one_kind: bool = False,
    by_day: bool = False,
    drone_waves: bool = False,
) -> dict[str, Count]:
    """The count behind each stated figure of an incident (``regions``: the places it struck;
    ``unnamed``: the story says it struck more regions than it names, "attacked six Russian regions";
    ``one_kind``: the story names drones or missiles, not both; ``by_day``: a strike by day or in the
    evening, not a night's wave: the mayor of the one city it struck counts all of it; ``drone_waves``:
    Russia's attack on Ukraine, whose night drone waves reach regions no one named)."""
    place = OnePlace(by_day, drone_waves)
    # (Ukraine's raids on Russia are told region by region: a Russian ministry's overnight count is no
    # sign of regions the story leaves out, unless said across the country, and the governor of the one
    # region struck speaks for it)
    nationally = _counted_nationally(counts, every_region=not drone_waves) or _counted_beyond_its_places(
        counts
    )
    # With no weapon count of the whole attack, the weapons that struck the one region the attack struck
    # are the attack's: "struck Kryvyi Rih with two Iskander-M missiles" beside "one missile hit a
    # building" (but not "In Odesa, three missiles struck" after "120 drones at Ukraine"). Beside counts
    # of the whole attack, so are those launched at it in a field with no count of the whole attack ("25
    # drones attacked the Odesa region … 20 were shot down"); not those downed over it, since air defence
    # meets an attack on its way too ("Russia launched 120 drones; 46 were downed over Kyiv").
    # (not "none of which were intercepted": a zero counts no weapon of the attack)
    whole = {c.field for c in counts if c.place is None and not (c.of_people or c.fallback or c.zero)}
    launch_only = bool(whole)  # only launch fields move
    counts = [
        replace(c, place=None)
        if not c.of_people
        and not unnamed
        and regions == {c.place}
        and (place.stands(c) or (c.fallback and not place.share(c)))
        # (a defence ministry counts its downed over the one region too: "24 destroyed over Crimea")
        and not (
            launch_only
            and (
                c.fallback
                or c.field in whole
                or (c.field not in _PARTS[0] and c.claimant not in DEFENCE_MINISTRIES)
            )
        )
        else c
        for c in counts
    ]
    # The toll of the one place the attack struck is the whole attack's ("31 killed in the Russian strike
    # on Kyiv" beside "one of five children confirmed dead"); not the tolls of two towns of its region.
    if len({c.town for c in counts if c.of_people and c.place is not None and not c.zero} - {None}) <= 1:
        counts = [
            replace(c, place=None) if c.of_people and not (unnamed or c.zero) and regions == {c.place} else c
            for c in counts
        ]
    counts = _place_by_place(counts)
    if any(c.field == "total_launched" and not c.fallback for c in counts):
        # Rule 3: what hit is a launch count only when nothing else is stated, a total launch included
        # ("more than 800 missiles and drones were launched … Nine missiles and 56 drones struck").
        counts = [c for c in counts if not (c.fallback and c.field in _PARTS[0])]
    if nationally or unnamed or (not regions and any(c.claimant in NATIONAL for c in counts)):
        # Rule 1: a national source counted the whole of Russia's attack's weapons ("the air force said it
        # intercepted 49 drones overnight"), or counted them where the story names no place: the attack
        # reached places no one named, so a region's word ("there were no victims", from its governor) is
        # that region's alone.
        regions = regions | {ELSEWHERE}
    by_field: dict[str, list[Count]] = {}
    for c in counts:
        by_field.setdefault(c.field, []).append(c)
    # Rule 1: weapons counted for one place are the attack's only when the attack struck no other.
    one_place = one_place_only(counts) and not unnamed
    chosen: dict[str, Count] = {}
    for name in (*schemas.FIELDS, HOSPITALISED):
        own = [c for c in by_field.get(name, ()) if not c.all_launched]
        if not own:
            continue
        picked = _pick(own, regions, one_place, place)
        if picked is not None:
            chosen[name] = picked
    _all_of_the_launch(chosen, counts)
    for name in _TOLLS:
        toll = chosen.get(name)
        if toll is not None and _casualties_elsewhere(toll, by_field):
            del chosen[name]
    for launched, intercepted in _LAUNCHED_AND_INTERCEPTED:
        launch, down = chosen.get(launched), chosen.get(intercepted)
        if launch is not None and _part_of_the_launch(launch, down):
            # Rule 8: a part is not the launch; the launch is what remains ("44 of more than 50").
            rest = [c for c in by_field[launched] if not _part_of_the_launch(c, down)]
            picked = _pick(rest, regions, one_place, place)
            if picked is None or _part_of_the_launch(picked, down):
                del chosen[launched]
            else:
                chosen[launched] = picked
    suppressed, down = chosen.get("drones_suppressed"), chosen.get("drones_intercepted")
    if suppressed is not None and down is not None:  # rule 9
        alone = [c for c in by_field["drones_suppressed"] if c.value + down.value == suppressed.value]
        if alone:
            chosen["drones_suppressed"] = alone[0]
        else:
            chosen["drones_intercepted"] = _shot_down_alone(down, suppressed, by_field["drones_intercepted"])
    if one_kind:
        _of_the_one_kind(chosen)
    hospital = chosen.pop(HOSPITALISED, None)
    stated_injured = any(not c.zero for c in by_field.get("injured", ()))
    if not stated_injured and "injured" not in chosen and hospital is not None:  # rule 6
        chosen["injured"] = hospital
    return with_totals(chosen)
