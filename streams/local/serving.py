"""Waiting for a process started here to answer HTTP: the local Prometheus and the bench's worker."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Callable


def wait_until_served(
    url: str,
    proc: subprocess.Popen[bytes],
    what: str,
    log_tail: Callable[[], str],
    timeout: float,
    interval: float = 0.2,
) -> None:
    """Return once ``url`` answers 200; raise with ``what``'s log tail if the process exits first or
    ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{log_tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(interval)
    raise TimeoutError(f"{what} did not answer {url} within {timeout:.0f}s:\n{log_tail()}")
