"""A sentence is read from its wording with every digit a 0; its own digits go back into the figures.

That holds only while no pattern of the reader names a digit and no rule looks at a digit's value.
These properties read sentences both ways, so a pattern such as "24 hours" or "in 2023" added to the
reader, or a rule on a count's size, fails here rather than misreading figures in production.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.extraction import figures
from streams.pipeline.extraction.figures import Figure, read_figures

WORDINGS = [
    "Russia launched {a} drones and {b} missiles overnight, and air defences shot down {c} of them.",
    "Air defences destroyed {a} of {b} Shahed drones and {c} Kh-101 missiles over the Kyiv region.",
    "A total of {a} air attack means: {b} Kh-101 cruise missiles, {c} Iskander-M missiles and {d} drones.",
    "Over the past 24 hours {a} drones were shot down, and {b} people were injured in {c} regions.",
    "In 2023 Russia fired {a} missiles; on Saturday {b} drones were downed and {c} lost locally.",
    "The strike killed {a} people, including {b} children, and {c} were taken to hospital on May {d}.",
    "At least {a} people were wounded, {b} of them seriously, and {c} S-300 missiles hit {d} buildings.",
    "{a} drones, all of which were destroyed, and {b} of the {c} missiles were intercepted.",
]
NUMBERS = st.one_of(
    st.integers(0, 9),
    st.integers(10, 999),
    st.integers(1000, 99_999).map(lambda n: f"{n:,}"),
    st.sampled_from([1, 20, 24, 100, 2022, 2023, 2024, 101]),
)


def _as_written(text: str) -> list[Figure]:
    """The reader run on the sentence's own digits, with no cache in between."""
    read, extra = figures._read(text, None, True, None)
    return figures._add_coordinated(text, figures._sum_listed(text, [f for f, _ in read])) + extra


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDINGS), st.lists(NUMBERS, min_size=4, max_size=4))
def test_a_sentence_reads_as_its_wording_with_its_own_digits(wording: str, numbers: list[object]) -> None:
    a, b, c, d = (str(n) for n in numbers)
    text = wording.format(a=a, b=b, c=c, d=d)
    assert read_figures(text) == _as_written(text)


def test_figures_carry_the_digits_of_the_sentence_not_of_its_wording() -> None:
    first = read_figures("Air defences destroyed 45 of 50 Shahed drones over the Kyiv region.")
    second = read_figures("Air defences destroyed 17 of 23 Shahed drones over the Kyiv region.")
    assert [f.value for f in first] == [45, 50]
    assert [f.value for f in second] == [17, 23]
