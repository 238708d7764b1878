"""Count records: every figure an article states, with what it counts, its scope and who stated it.

The reader (``figures``) finds counted phrases in sentences; the article-level reading (``extract``)
turns each into a ``Count`` that knows its field, exactness, scope and claimant; ``aggregate`` then
decides, by rules a reader can state, which counts give an incident's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.figures import FIELDS

HOSPITALISED = "hospitalised"  # a field of its own until aggregation: "injured" only when none is given
# Every figure but the two tolls counts weapons.
WEAPON_FIELDS = frozenset(FIELDS) - {"killed", "injured"}


@dataclass(frozen=True, slots=True)
class Count:
    """One count of one field, as one sentence of the article states it.

    ``start``/``end`` is the evidence span in the body. ``place`` is the scope: None when the count is
    stated for the whole attack, else the one region or city it counts ("46 over the Kursk region",
    "in Kharkiv four were killed"). ``exact`` is False for rounded counts ("over 500") and headline
    figures. ``zero`` marks a stated zero ("no casualties"); ``fallback`` a count read from a weaker
    cue (missiles that hit, counted as launched only when nothing else is stated); ``implied`` a launch
    count implied by "all 14 drones were shot down". ``more`` marks a count added to the field's
    other counts ("another 31 drones were shot down", "a further 12"). ``all_launched`` marks an
    interception count with no number of its own ("All missiles and 288 drones were shot down"): it
    counts as many as the launch count chosen beside it.
    """

    field: str
    value: int
    start: int
    end: int
    sentence: int
    exact: bool = True
    place: str | None = None
    zero: bool = False
    fallback: bool = False
    implied: bool = False
    claimant: str | None = None
    # a zero said for every place struck ("the governors of the three regions"), a weapon count said for
    # every region ("across the country, the ministry intercepted 49 drones")
    everywhere: bool = False
    more: bool = False  # said to come on top of the others ("another 31 were shot down")
    town: str | None = None  # the town of ``place`` the count is of ("Kryvyi Rih"); None: the region itself
    military: bool = False  # a toll of soldiers: the attack's only where no other toll is given
    vague: bool = False  # a toll with no number ("more were wounded"): tells where, never chosen
    all_launched: bool = False  # "all the missiles were shot down": as many as were launched (value 0)
    headline: bool = False  # a headline's rounded count ("nearly 400 drones downed"): the body's goes first
    first_report: bool = (
        False  # a toll told as the first reports ("Initially, … four deaths"): later go first
    )
    # An interception count of the drones shot down and those lost together ("neutralised 88 of them",
    # "shot down or suppressed 96"): the parts told after it may split it (aggregate, rule 9).
    combined: bool = False
    # A toll with no place, in a sentence naming one place ("struck districts across Kyiv, killing 14"):
    # that place's toll if the story gives another place's too.
    told_of: str | None = None
    # A rounded count known to be below the true one ("more than 30 wounded"): a toll above every exact
    # toll is the later one, not a rounding of them.
    floor: bool = False

    @property
    def of_people(self) -> bool:
        return self.field not in WEAPON_FIELDS
