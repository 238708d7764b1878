"""A local Prometheus for the demo and the tests: Debian's /usr/bin/prometheus scraping given targets.

Prometheus runs in a work directory on a free port with a generated config (job ``raidtally-worker``,
the job name the dashboard and alerts use) and is stopped when the block exits; if it dies or never
gets ready, the error carries the tail of its log.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.local.serving import wait_until_served

JOB = "raidtally-worker"


def find_binary(name: str) -> str | None:
    """``prometheus``/``promtool`` on PATH, else Debian's /usr/bin one."""
    found = shutil.which(name)
    if found:
        return found
    debian = Path("/usr/bin") / name
    return str(debian) if debian.exists() else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def scrape_config(targets: Sequence[str], *, job: str = JOB, interval: str = "1s") -> str:
    """A minimal prometheus.yml scraping ``targets`` (host:port) at ``/metrics``. JSON is valid YAML."""
    config = {
        "global": {"scrape_interval": interval, "evaluation_interval": interval},
        "scrape_configs": [
            {"job_name": job, "metrics_path": "/metrics", "static_configs": [{"targets": list(targets)}]}
        ],
    }
    return json.dumps(config, indent=2)


@dataclass(frozen=True)
class PromServer:
    url: str
    workdir: Path
    log: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


@contextmanager
def start_prometheus(
    targets: Sequence[str],
    *,
    job: str = JOB,
    interval: str = "1s",
    binary: str | None = None,
    ready_timeout: float = 30.0,
    port: int | None = None,
) -> Iterator[PromServer]:
    """Run a real Prometheus scraping ``targets`` until the block exits."""
    exe = binary or find_binary("prometheus")
    if exe is None:
        raise FileNotFoundError("prometheus binary not found (apt-get install prometheus)")
    with tempfile.TemporaryDirectory(prefix="raidtally-prom-") as tmp:
        workdir = Path(tmp)
        config = workdir / "prometheus.yml"
        config.write_text(scrape_config(targets, job=job, interval=interval))
        port = port or free_port()
        log = workdir / "prometheus.log"
        server = PromServer(url=f"http://127.0.0.1:{port}", workdir=workdir, log=log)
        with log.open("wb") as log_file:
            proc = subprocess.Popen(
                [
                    exe,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={workdir / 'data'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                    "--web.enable-lifecycle",
                ],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                cwd=workdir,
            )
            try:
                _wait_ready(server, proc, ready_timeout)
                yield server
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _wait_ready(server: PromServer, proc: subprocess.Popen[bytes], timeout: float) -> None:
    wait_until_served(f"{server.url}/-/ready", proc, "prometheus", server.log_tail, timeout)


def query(prom_url: str, expr: str) -> list[dict[str, Any]]:
    """Instant query: the result's series (``{"metric": {...}, "value": [t, "v"]}``); raises on error."""
    url = f"{prom_url}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as resp:
        body = json.load(resp)
    if body.get("status") != "success":
        raise ValueError(f"query {expr!r} failed: {body}")
    data = body["data"]
    if data["resultType"] == "scalar":
        return [{"metric": {}, "value": data["result"]}]
    result: list[dict[str, Any]] = data["result"]
    return result
