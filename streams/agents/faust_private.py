"""Every use of Faust's private API, in one place, each with its reason.

faust-streaming offers no public way to do these; a Faust upgrade that breaks one breaks it here, and
the tests that cover each (named below) say so.

- ``set_current_event``: ``Stream._set_current_event``. The agents take their input in batches
  (``Stream.take_events``), which does not set the stream's "current event"; a table write goes to the
  changelog partition of that event, so each batch sets it before writing (tests/integration,
  tests/reliability).
- ``drain_producer``: ``Producer.buffer``. Faust flushes the producer before it commits offsets, but
  ``ProducerBuffer.flush`` gives up after 0.1 s per message (``flush_atmost``), so under load a commit
  can go out while table changelog writes are still buffered; a kill -9 then loses table state whose
  input offsets are committed. The agents drain the buffer before a batch is acknowledged
  (tests/reliability/test_crash.py).
- ``handled``: ``Message.incref``. Faust's stream iterators (``Stream.__aiter__``, ``take_events``) ack
  their events in a ``finally``, so when a graceful stop cancels an agent in the middle of a batch, the
  half-handled events are acknowledged and committed, and what the body had not yet sent is lost for
  good: the partition's next owner starts after them (faust-streaming#189, robinhood/faust#604). The
  agents hold one extra reference on each message until their body is done with it
  (tests/agents/test_faust_private.py, tests/reliability/test_scale_out.py).
- ``hold_streams_until_seeked``: ``Recovery.on_recovery_completed`` and ``Recovery._resume_streams``.
  Recovery resumes the consumer's flow to read the changelogs; when it is done it resumes the stream
  partitions, seeks them to their committed offsets and only then resumes the app's flow control, which
  clears every agent's queue. Messages fetched in between are queued, cleared, and never fetched again
  (the consumer's read offset is past them): a worker taking over a partition skipped an article now
  and then (faust-streaming#216, #253). The consumer's flow is stopped before that sequence, so nothing
  is fetched until the seek is done and the queues are cleared (tests/reliability/test_scale_out.py).
- ``prometheus_metrics``: ``PrometheusMonitor._metrics``, the metric objects Faust's Prometheus sensor
  registered, so that ``Sensor`` can take over feeding them (tests/agents/test_metrics.py).
- ``Sensor``: a subclass of Faust's ``PrometheusMonitor`` that uses its private ``_metrics``,
  ``_stream_label`` and ``_clear_partition_related_metrics`` (tests/agents/test_metrics.py compares it
  with Faust's own sensor).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import PrometheusMonitor
from faust.tables.recovery import Recovery
from faust.types import TP


def set_current_event(stream: Any, event: Any) -> None:
    """Make ``event`` the stream's current event: table writes go to its partition's changelog."""
    stream._set_current_event(event)


async def drain_producer(app: Any, timeout_s: float = 60.0) -> None:
    """Wait until the app's producer has handed every buffered message (table changelog writes among
    them) to Kafka and had it acknowledged, or ``timeout_s`` passed."""
    producer = app.producer
    deadline = time.monotonic() + timeout_s
    while producer.buffer.size and time.monotonic() < deadline:
        await producer.buffer.flush()
    await producer.flush()


@contextmanager
def handled(events: Sequence[Any]) -> Iterator[None]:
    """Let ``events`` be acknowledged only if the block is not cancelled half-way.

    Each message gets one more reference for the block. A cancellation (a graceful stop, a crash of
    the worker) leaves it held, so Faust's own ack (in its iterator's ``finally``) is never the last
    one, the offset is not committed, and whoever owns the partition next handles the event again.
    An exception releases it, as Faust would: the failure is a bug that a replay would meet again, and a
    reference held in a running worker would stall its next rebalance (``Consumer.wait_empty`` waits for
    every message to be acked, and the crashed agent's traceback keeps the messages alive).
    """
    for event in events:
        event.message.incref()
    try:
        yield
    except asyncio.CancelledError:
        raise
    except Exception:
        _release(events)
        raise
    _release(events)


def _release(events: Sequence[Any]) -> None:
    # ``Event.ack`` rather than ``Stream.ack``: never the last ack (the iterator's comes after it), so
    # the stream's sensors, which count the last one, are not skipped.
    for event in events:
        event.ack()


def hold_streams_until_seeked() -> None:
    """Make recovery stop the consumer's flow before it resumes the stream partitions (see above).

    With the flow stopped, the consumer fetches nothing (a batch fetched meanwhile is dropped and
    the partitions seeked back to their committed offsets) until recovery's last step resumes it,
    after the seek and after the queues were cleared. Idempotent."""
    for name in ("on_recovery_completed", "_resume_streams"):
        original = getattr(Recovery, name)
        if getattr(original, "holds_streams", False):
            continue
        setattr(Recovery, name, _stopping_flow_first(original))


def _stopping_flow_first(original: Any) -> Any:
    async def resume(self: Any, generation_id: int = 0) -> None:
        self.app.consumer.stop_flow()
        await original(self, generation_id=generation_id)

    resume.holds_streams = True  # type: ignore[attr-defined]
    return resume


def prometheus_metrics(monitor: Any) -> Any:
    """The metric objects of the Prometheus sensor ``faust.sensors.prometheus`` installed."""
    return cast(PrometheusMonitor, monitor)._metrics


class Sensor(PrometheusMonitor):
    """Faust's Prometheus sensor with each labelled child looked up once.

    Faust's sensor looks up a labelled child (prometheus_client's ``labels()``) on every message in,
    stream event, send, table read and write, and builds a stream's label with a regular expression
    on every event: 9 % of a replaying worker's busy time. The same metrics take the same values
    here; the children are kept per label value and dropped whenever Faust removes them (rebalance).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._by_tp: dict[TP, tuple[Any, Any]] = {}
        self._end_by_tp: dict[TP, Any] = {}
        self._by_stream: dict[Any, Any] = {}
        self._by_topic: dict[str, Any] = {}
        self._by_table: dict[tuple[str, str], Any] = {}

    def on_message_in(self, tp: TP, offset: int, message: Any) -> None:
        Monitor.on_message_in(self, tp, offset, message)
        metrics = self._metrics
        metrics.messages_received.inc()
        metrics.active_messages.inc()
        children = self._by_tp.get(tp)
        if children is None:
            children = self._by_tp[tp] = (
                metrics.messages_received_per_topics.labels(topic=tp.topic),
                metrics.messages_received_per_topics_partition.labels(topic=tp.topic, partition=tp.partition),
            )
        children[0].inc()
        children[1].set(offset)

    def on_stream_event_in(self, tp: TP, offset: int, stream: Any, event: Any) -> dict[str, Any] | None:
        state = Monitor.on_stream_event_in(self, tp, offset, stream, event)
        self._metrics.total_events.inc()
        self._metrics.total_active_events.inc()
        child = self._by_stream.get(stream)
        if child is None:
            child = self._by_stream[stream] = self._metrics.total_events_per_stream.labels(
                stream=f"stream.{self._stream_label(stream)}.events"
            )
        child.inc()
        return state

    def track_tp_end_offset(self, tp: TP, offset: int) -> None:
        Monitor.track_tp_end_offset(self, tp, offset)
        child = self._end_by_tp.get(tp)
        if child is None:
            child = self._end_by_tp[tp] = self._metrics.topic_partition_end_offset.labels(
                topic=tp.topic, partition=tp.partition
            )
        child.set(offset)

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int, valsize: int) -> Any:
        child = self._by_topic.get(topic)
        if child is None:
            child = self._by_topic[topic] = self._metrics.topic_messages_sent.labels(topic=f"topic.{topic}")
        child.inc()
        return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

    def on_table_get(self, table: Any, key: Any) -> None:
        Monitor.on_table_get(self, table, key)
        self._table_child(table, self.KEYS_RETRIEVED).inc()

    def on_table_set(self, table: Any, key: Any, value: Any) -> None:
        Monitor.on_table_set(self, table, key, value)
        self._table_child(table, self.KEYS_UPDATED).inc()

    def on_table_del(self, table: Any, key: Any) -> None:
        Monitor.on_table_del(self, table, key)
        self._table_child(table, self.KEYS_DELETED).inc()

    def _table_child(self, table: Any, operation: str) -> Any:
        child = self._by_table.get((table.name, operation))
        if child is None:
            child = self._by_table[(table.name, operation)] = self._metrics.table_operations.labels(
                table=f"table.{table.name}", operation=operation
            )
        return child

    def _clear_partition_related_metrics(self) -> None:
        # Faust removes the per-topic and per-partition children: the kept ones would count unseen.
        super()._clear_partition_related_metrics()
        self._by_tp.clear()
        self._end_by_tp.clear()
        self._by_topic.clear()
