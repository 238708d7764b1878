"""Near-duplicate fingerprints: copies of one wire story vs. independent stories of the same night."""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.pipeline.fingerprint import (
    _SEPARATE,
    NUM_PERM,
    SEED,
    SYNDICATION_THRESHOLD,
    fingerprint,
    is_syndicated,
    normalise,
    shingle_hashes,
    signature,
    similarity,
)
from tests.pipeline.syndication import INDEPENDENT, WIRE, copies


def test_copies_of_a_wire_story_are_syndicated() -> None:
    for night, wire in WIRE.items():
        prints = [fingerprint(wire)] + [fingerprint(c) for c in copies(night)]
        for a, b in itertools.combinations(prints, 2):
            assert similarity(a, b) >= SYNDICATION_THRESHOLD, night


def test_independent_stories_of_the_same_night_are_not() -> None:
    for night, story in INDEPENDENT.items():
        own = fingerprint(story)
        for other in [WIRE[night], *copies(night)]:
            assert similarity(own, fingerprint(other)) < SYNDICATION_THRESHOLD, night


def test_stories_of_different_nights_are_not() -> None:
    for a, b in itertools.combinations(WIRE, 2):
        assert not is_syndicated(fingerprint(WIRE[a]), fingerprint(WIRE[b]))


def test_identity_and_edge_cases() -> None:
    fp = fingerprint(WIRE["lviv"])
    assert similarity(fp, fp) == 1.0
    assert len(fp) == 344  # 64 uint32 values, base64
    assert fingerprint("") == fingerprint("")  # empty bodies do not crash
    assert similarity(fingerprint("Drones."), fingerprint("Missiles.")) < 1.0
    assert not is_syndicated(None, fp)
    assert similarity(fp, "") == 0.0


def test_fingerprint_is_stable_across_processes() -> None:
    """No hash randomisation: another interpreter (other PYTHONHASHSEED) gives the same string."""
    code = (
        "from streams.pipeline.fingerprint import fingerprint\n"
        "from tests.pipeline.syndication import WIRE\n"
        "print(fingerprint(WIRE['kyiv']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]),
    ).stdout.strip()
    assert out == fingerprint(WIRE["kyiv"])


# Text of words, separators of every kind (runs, leading, trailing) and non-ASCII letters.
_TEXTS = st.text(alphabet=st.sampled_from(list("ab Z9 \n\t.,;'’-é—\u2009")), max_size=200) | st.text(
    max_size=80
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_normalise_is_words_joined_by_single_spaces(body: str) -> None:
    """The vectorised form gives the bytes of the plain definition: split on separators, join."""
    words = body.replace("\u2019", "'").encode("utf-8").translate(_SEPARATE).split(b" ")
    expected = b" ".join(w for w in words if w)
    assert normalise(body).tobytes() == expected


def _datasketch_signature(body: str) -> np.ndarray:
    hashes = shingle_hashes(body)
    sample = hashes[(hashes & np.uint32(3)) == 0]
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=lambda v: v)
    m.update_batch([sample if sample.size else hashes])
    return np.asarray(m.hashvalues, dtype="<u4")


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_signature_is_datasketchs_minhash(body: str) -> None:
    assert np.array_equal(signature(body), _datasketch_signature(body))


def test_signature_is_datasketchs_minhash_on_news_text() -> None:
    for body in itertools.chain(WIRE.values(), INDEPENDENT.values()):
        assert np.array_equal(signature(body), _datasketch_signature(body))
    assert NUM_PERM == 64
