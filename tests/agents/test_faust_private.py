"""streams.agents.faust_private: an event whose handling was cancelled is never acknowledged (``handled``),
and recovery resumes the streams only once their partitions are seeked (``hold_streams_until_seeked``).

Faust acks an agent's events in its stream iterator's ``finally``, whether or not the agent's body
finished with them; ``handled`` must keep such an event's offset from being committed. The events
carry real Faust messages, whose reference counts decide when an offset is safe to commit.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.tables.recovery import Recovery
from faust.types.tuples import Message

from streams.agents.faust_private import _stopping_flow_first, handled, hold_streams_until_seeked


def delivered(offset: int) -> Any:
    """An event as a Faust stream hands it to one agent: its message holds that stream's reference."""
    message = Message("t.reports", 0, offset, 0.0, 0, None, b"k", b"v", None)
    message.incref()
    return SimpleNamespace(message=message, ack=lambda: message.ack(consumer=None))


def faust_ack(events: list[Any]) -> None:
    """What Faust's iterator does in its ``finally``, whatever happened in the body."""
    for event in events:
        event.ack()


def test_events_handled_to_the_end_are_acknowledged() -> None:
    events = [delivered(0), delivered(1)]
    with handled(events):
        assert not any(e.message.acked for e in events)
    faust_ack(events)
    assert all(e.message.acked for e in events)


def test_a_cancelled_batch_stays_unacknowledged() -> None:
    events = [delivered(0), delivered(1)]
    with pytest.raises(asyncio.CancelledError), handled(events):
        raise asyncio.CancelledError()
    faust_ack(events)
    assert not any(e.message.acked for e in events)


def test_a_batch_that_raises_is_released_as_faust_would() -> None:
    # A bug would meet the same events again on a replay; held, they would stall the next rebalance.
    events = [delivered(0), delivered(1)]
    with pytest.raises(RuntimeError), handled(events):
        raise RuntimeError("a bug")
    faust_ack(events)
    assert all(e.message.acked for e in events)


def test_a_cancelled_agent_body_leaves_its_events_to_the_next_owner() -> None:
    """The agents' shape: a batch handled inside ``handled``, cancelled at an await (a graceful stop)."""
    events = [delivered(7)]
    reached_send = asyncio.Event()

    async def body() -> None:
        with handled(events):
            reached_send.set()
            await asyncio.sleep(60)  # the send the stop interrupts

    async def stop_mid_batch() -> None:
        task = asyncio.ensure_future(body())
        await reached_send.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(stop_mid_batch())
    faust_ack(events)
    assert not events[0].message.acked


def test_a_resume_step_stops_the_consumer_flow_before_its_own_steps() -> None:
    steps: list[str] = []

    async def recovery_step(self: Any, generation_id: int = 0) -> None:
        steps.append(f"resume_partitions, seek, clear queues, resume_flow ({generation_id})")

    consumer = SimpleNamespace(stop_flow=lambda: steps.append("stop_flow"))
    recovery = SimpleNamespace(app=SimpleNamespace(consumer=consumer))
    asyncio.run(_stopping_flow_first(recovery_step)(recovery, generation_id=7))
    assert steps == ["stop_flow", "resume_partitions, seek, clear queues, resume_flow (7)"]


def test_both_recovery_resume_paths_are_patched_once() -> None:
    hold_streams_until_seeked()
    patched = {name: getattr(Recovery, name) for name in ("on_recovery_completed", "_resume_streams")}
    hold_streams_until_seeked()
    assert all(getattr(f, "holds_streams", False) for f in patched.values())
    assert {name: getattr(Recovery, name) for name in patched} == patched
