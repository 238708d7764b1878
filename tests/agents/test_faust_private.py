"""streams.agents.faust_private.handled: an event whose handling was cancelled is never acknowledged.

Faust acks an agent's events in its stream iterator's ``finally``, whether or not the agent's body
finished with them; ``handled`` must keep such an event's offset from being committed. The events
carry real Faust messages, whose reference counts decide when an offset is safe to commit.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types.tuples import Message

from streams.agents.faust_private import handled


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
