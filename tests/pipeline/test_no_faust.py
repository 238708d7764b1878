"""The pure pipeline loads without Faust or Kafka: importable by tests, benchmarks and other tools."""

from __future__ import annotations

import json
import subprocess
import sys

from streams.settings import ROOT

PROBE = """
import importlib, json, pkgutil, sys
import streams.pipeline
names = ["streams.pipeline"]
for info in pkgutil.walk_packages(streams.pipeline.__path__, "streams.pipeline."):
    importlib.import_module(info.name)
    names.append(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("faust", "aiokafka", "kafka", "mode"))
print(json.dumps({"imported": names, "loaded": loaded}))
"""


def test_everything_under_streams_pipeline_imports_without_faust_or_kafka() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(done.stdout)
    # the walk really reached the modules (a broken walk would pass the check below vacuously)
    for name in ("keys", "intake", "reports", "fingerprint", "merge", "tally", "sent", "extraction.extract"):
        assert f"streams.pipeline.{name}" in result["imported"]
    assert result["loaded"] == []
