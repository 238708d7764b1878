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

from typing import Final

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry, ProcessCollector

from streams.agents.faust_private import Sensor, prometheus_metrics
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
        app.monitor = Sensor(metrics=prometheus_metrics(app.monitor))
    except ValueError as exc:  # prometheus_client: "Duplicated timeseries in CollectorRegistry"
        raise ValueError(
            f"metrics registry already installed on an app ({exc}); give each app its own registry"
        ) from exc
