"""The synthetic corpus: deterministic, realistic sizes, unique ids, valid Articles, truth that matches."""

from __future__ import annotations

import itertools
from collections import Counter

import msgspec

from schemas.article import Article, decoder, encoder
from streams.bench.synthetic import MAX_BYTES, MIN_BYTES, Truth, generate, generate_with_truth

N = 3000


def _bytes(seed: int) -> bytes:
    return b"\n".join(encoder.encode(a) for a in generate(N, seed=seed))


def test_same_seed_gives_same_bytes() -> None:
    assert _bytes(7) == _bytes(7)


def test_other_seed_gives_other_corpus() -> None:
    assert _bytes(7) != _bytes(8)


def test_exactly_n_articles_with_unique_ids() -> None:
    ids = [a.id for a in generate(N)]
    assert len(ids) == N
    assert len(set(ids)) == N


def test_bodies_are_3_to_6_kb() -> None:
    sizes = [len(a.body.encode()) for a in generate(N)]
    assert min(sizes) >= 3000
    assert max(sizes) <= 6000
    assert (MIN_BYTES, MAX_BYTES) == (3000, 6000)


def test_lines_decode_as_articles() -> None:
    for article in generate(500):
        again = decoder.decode(encoder.encode(article))
        assert isinstance(again, Article)
        assert again.language == "en"
        assert again.body and again.url and again.outlet and again.title


def test_published_at_strictly_increases() -> None:
    stamps = [a.published_at for a in generate(N)]
    assert all(a < b for a, b in itertools.pairwise(stamps))


def test_about_a_quarter_are_negatives() -> None:
    truths = [t for _, t in generate_with_truth(N)]
    share = sum(1 for t in truths if not t) / N
    assert 0.18 < share < 0.32


def test_each_attack_is_reported_by_several_articles_in_both_directions() -> None:
    per_incident = Counter(i for _, t in generate_with_truth(N) for i, _ in t)
    directions = {i.split(":")[1] for i in per_incident}
    assert directions == {"RU>UA", "UA>RU"}
    # The last incidents may be cut off by N, so look at the median rather than the minimum.
    counts = sorted(per_incident.values())
    assert 5 <= counts[len(counts) // 2] <= 20


def test_corpus_spans_years() -> None:
    stamps = [a.published_at for a in generate(20_000)]
    assert int(stamps[-1][:4]) - int(stamps[0][:4]) >= 2


def test_truth_figures_appear_in_the_body() -> None:
    # Each stated figure is in the text as digits or words; a generator bug that labels a figure it did
    # not write shows up here.
    from num2words import num2words

    for article, truth in itertools.islice(generate_with_truth(2000), 2000):
        for _, figures in truth:
            for field, value in msgspec.structs.asdict(figures).items():
                if value is None or field.startswith("total") or value == 0:
                    continue
                forms = {str(value), f"{value:,}", str(num2words(value)), str(num2words(value)).capitalize()}
                assert any(f in article.body for f in forms), (article.id, field, value)


def test_wire_copy_is_republished_word_for_word_with_the_same_truth() -> None:
    stories: dict[str, list[tuple[str | None, Truth]]] = {}
    for article, truth in generate_with_truth(N):
        lead = next((p for p in article.body.split("\n\n") if p.startswith("KYIV (")), None)
        if lead:
            stories.setdefault(lead, []).append((article.outlet, truth))
    republished = [copies for copies in stories.values() if len(copies) > 1]
    assert len(republished) >= 10
    for copies in republished:
        assert len({outlet for outlet, _ in copies}) == len(copies)
        assert all(truth == copies[0][1] for _, truth in copies)
