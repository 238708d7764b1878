"""What an agent already sent (streams/pipeline/sent.py)."""

from __future__ import annotations

from streams.pipeline import sent


def test_a_value_is_due_until_it_was_sent_and_again_when_it_changes() -> None:
    record: dict[str, bytes] = {}
    assert sent.changed(record, "k", b"v1")
    sent.record(record, "k", b"v1")
    assert not sent.changed(record, "k", b"v1")
    assert sent.changed(record, "k", b"v2")
    assert sent.changed(record, "other", b"v1")


def test_a_tombstone_is_due_once() -> None:
    record: dict[str, bytes] = {}
    assert sent.tombstone_due(record, "k")
    sent.record(record, "k", b"v1")
    assert sent.tombstone_due(record, "k")
    sent.record(record, "k", None)
    assert not sent.tombstone_due(record, "k")
    assert record["k"] == sent.TOMBSTONE
    # an empty value is a value, not a tombstone
    sent.record(record, "k", b"")
    assert sent.tombstone_due(record, "k")
