"""One ``/metrics`` page on the Faust worker's web server: our metrics and Faust's sensor together.

Faust's Prometheus sensor names its metrics ``<prefix>_…``; its default prefix is the app name, which
here is ``RAIDTALLY_APP_ID`` — it would change per deployment (breaking dashboards and alerts) and,
being ``raidtally`` by default, share our namespace. We pin the prefix to ``faust``, so Faust's
metrics are ``faust_…`` (milliseconds, as Faust reports them) and ours ``raidtally_…`` (seconds):
the two sets cannot collide.

Each app gets its own registry (the ``Metrics`` object's), never prometheus_client's global one,
so several apps can live in one process (tests) without duplicated-timeseries errors.

The worker's agents record through the process-wide ``metrics`` below; the worker calls
``install(app)`` once, before it starts, to serve it.
"""

from __future__ import annotations

from typing import Any, Final, cast

import faust
from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import PrometheusMonitor, setup_prometheus_sensors
from faust.types import TP
from prometheus_client import CollectorRegistry, ProcessCollector

from streams.agents.metrics import Metrics

FAUST_PREFIX: Final = "faust"
METRICS_PATH: Final = "/metrics"

#: The worker's metrics (one worker app per process); agents import this object.
metrics: Final = Metrics(CollectorRegistry())


def install(
    app: faust.App, metrics_registry: CollectorRegistry | None = None, *, path: str = METRICS_PATH
) -> None:
    """Serve ``metrics_registry`` plus Faust's sensor (registered on it) at ``path`` on ``app``'s web server.

    Call once per app, before the worker starts, with a registry used by no other app; the default
    is the registry of the process-wide ``metrics``.
    """
    if metrics_registry is None:
        metrics_registry = metrics.registry
    try:
        # process_start_time_seconds lets alerts tell "no articles for 3 h" from "just started".
        ProcessCollector(registry=metrics_registry)
        # Registers the faust_* metrics on our registry, makes the app's monitor feed them, and
        # adds the page that renders the whole registry.
        setup_prometheus_sensors(app, pattern=path, registry=metrics_registry, name_prefix=FAUST_PREFIX)
        app.monitor = Sensor(metrics=cast(PrometheusMonitor, app.monitor)._metrics)
    except ValueError as exc:  # prometheus_client: "Duplicated timeseries in CollectorRegistry"
        raise ValueError(
            f"metrics registry already installed on an app ({exc}); give each app its own registry"
        ) from exc


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
