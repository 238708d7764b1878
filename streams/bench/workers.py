"""Worker subprocesses for the benchmark: `raidtally worker` with a scratch prefix, and their memory."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from streams.settings import ROOT, Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def worker_env(settings: Settings, state_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
            "RAIDTALLY_TOPIC_PREFIX": settings.topic_prefix,
            "RAIDTALLY_APP_ID": settings.app_id,
            "RAIDTALLY_PARTITIONS": str(settings.partitions),
            "RAIDTALLY_WEB_PORT": str(_free_port()),
            "RAIDTALLY_STATE_DIR": str(state_dir),
        }
    )
    return env


@dataclass
class Worker:
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    peak_rss_mb: float = field(default=0.0)
    cpu_seconds: float = field(default=0.0)

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as handle:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker", "-l", "warn"],
                env=self.env,
                cwd=ROOT,
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self, timeout_s: float = 120.0) -> None:
        url = f"http://127.0.0.1:{self.env['RAIDTALLY_WEB_PORT']}/metrics"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise TimeoutError(f"worker did not serve {url} within {timeout_s:.0f}s; see {self.log}")

    def sample_memory(self) -> float:
        """VmHWM (the kernel's RSS high-water mark) of the worker process, in MB; also its CPU time."""
        assert self.proc is not None
        self._sample_cpu()
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return self.peak_rss_mb
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                self.peak_rss_mb = max(self.peak_rss_mb, int(line.split()[1]) / 1024)
        return self.peak_rss_mb

    def _sample_cpu(self) -> None:
        """User + system CPU seconds of the worker so far: unlike wall time, not skewed by other load."""
        assert self.proc is not None
        try:
            stat = Path(f"/proc/{self.proc.pid}/stat").read_text()
        except OSError:
            return
        # Fields after the command name (which may hold spaces) start at state; utime, stime are 14, 15.
        fields = stat.rsplit(")", 1)[1].split()
        self.cpu_seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.sample_memory()
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
