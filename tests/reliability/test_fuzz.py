"""Fuzzing the pure front of the pipeline (no broker): whatever bytes or text arrive, decode_article
returns an Article or an Invalid with a known reason, and the extractor returns reports without raising.
"""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime

import msgspec
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from schemas.article import Article
from schemas.rejected import REASONS
from streams.pipeline.extraction import extract
from streams.pipeline.intake import Invalid, decode_article, validate
from tests.reliability.hostile import ABSURD

LIMIT = 50_000

# Words and numbers that steer the extractor into its number, date and figure paths, so the fuzzer
# spends its time there rather than in text that matches nothing.
ATTACK_WORDS = [
    "Russia", "Ukraine", "launched", "drones", "Shahed", "missiles", "ballistic", "cruise", "shot down",
    "intercepted", "destroyed", "lost locally", "killed", "injured", "hospitalised", "overnight", "on Monday",
    "last night", "air force", "air defence", "Kyiv", "Odesa", "Belgorod", "region", "oblast", "at least",
    "more than", "almost", "dozens", "hundreds", "two", "twenty-one", "a hundred", "1,000", "0", "-7",
    "10^12", "1e9", "99999999999999999999", "3.5", "½", "million", "of them", "and", ",", ".", ";", "—",
    "\n\n", "(", ")", '"', "'", "No casualties were reported", "Gerbera", "decoys", "Iskander-M", "Kh-101",
]  # fmt: skip
attack_text = st.lists(
    st.one_of(st.sampled_from(ATTACK_WORDS), st.text(max_size=12), st.integers(-(10**15), 10**15).map(str)),
    max_size=80,
).map(" ".join)
published = st.one_of(
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    st.text(alphabet=string.printable, max_size=30),
    st.sampled_from(
        ["2025-06-01T06:30:00Z", "2025-06-01", "2025-06-01T06:30:00+03:00", "", "2099-01-01T00:00:00Z"]
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=4000), st.none()))
def test_decode_article_never_raises_on_bytes(value: bytes | None) -> None:
    result = decode_article(value, LIMIT)
    assert isinstance(result, Article | Invalid)
    if isinstance(result, Invalid):
        assert result.reason in REASONS and result.detail


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "id": json_values,
            "url": json_values,
            "outlet": json_values,
            "title": json_values,
            "body": st.one_of(attack_text, json_values),
            "published_at": st.one_of(published, json_values),
            "language": json_values,
        },
    )
)
def test_decode_article_sorts_json_objects_of_any_shape(obj: dict[str, object]) -> None:
    result = decode_article(json.dumps(obj).encode(), LIMIT)
    assert isinstance(result, Article | Invalid)
    if isinstance(result, Invalid):
        assert result.reason in REASONS


# The extractor's input is what intake accepted: any instant it lets through, in any offset.
accepted_times = st.datetimes(
    min_value=datetime(2014, 2, 21), max_value=datetime(2030, 1, 1), timezones=st.timezones()
).map(lambda d: d.isoformat())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=attack_text, title=st.one_of(st.none(), attack_text), when=accepted_times)
def test_extract_never_raises(body: str, title: str | None, when: str) -> None:
    article = validate(Article(id="fuzz", body=body or "x", title=title, published_at=when))
    assume(isinstance(article, Article))
    assert isinstance(article, Article)
    reports = extract(article)
    for report in reports:
        assert (
            report.attacker
            and report.target
            and report.incident_id.endswith(f"{report.attacker}>{report.target}")
        )
        for ev in report.evidence:
            assert 0 <= ev.start <= ev.end <= len(article.body)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_extract_never_raises_on_any_text(body: str) -> None:
    extract(Article(id="fuzz", body=body or "x", published_at="2025-06-01T06:30:00Z"))


# A figure above this is not a report of one attack night (the largest combined raids so far were
# under a thousand drones and missiles); the extractor should leave it null.
IMPLAUSIBLE = 100_000


def test_absurd_figures_do_not_reach_reports() -> None:
    for body in ABSURD:
        for report in extract(Article(id="absurd", body=body, published_at="2025-06-01T06:30:00Z")):
            for name, value in msgspec.structs.asdict(report.figures).items():
                assert value is None or 0 <= value <= IMPLAUSIBLE, (body[:40], name, value)
