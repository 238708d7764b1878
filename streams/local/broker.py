"""Control of the local single-node Kafka broker (KRaft) that development and tests run against.

The broker is the official Apache Kafka jar set, fetched once by Maven (``deploy/kafka/pom.xml``) into
``<state_dir>/kafka/lib`` and run as ``java -cp '<lib>/*' kafka.Kafka <props>`` in its own session, so it
outlives the CLI that started it. Layout under ``<state_dir>/kafka/``::

    lib/                 jars (fetched)          data/    KRaft metadata + topic logs
    logs/server.log      broker log (log4j)      logs/kafka.out   JVM stdout/stderr
    server.properties    rendered from deploy/kafka/server.properties
    kafka.pid            pid of the running broker

No Faust import: the CLI (``raidtally broker start|stop|status``) and the pytest fixture both use this.
Expected failures raise :class:`BrokerError` with one friendly line.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from streams.settings import ROOT, Settings

Echo = Callable[[str], None]

DEPLOY_DIR = ROOT / "deploy" / "kafka"
POM = DEPLOY_DIR / "pom.xml"
PROPERTIES_TEMPLATE = DEPLOY_DIR / "server.properties"
LOG4J_PROPERTIES = DEPLOY_DIR / "log4j.properties"

JAVA_HINT = "install a JDK 17+ (apt-get install openjdk-17-jre-headless)"
MAVEN_HINT = "install Maven 3.6+ (apt-get install maven)"
MIN_JAVA = 11  # Kafka 3.9 brokers run on Java 11, 17 and 21.

HEAP_OPTS = ("-Xms128m", "-Xmx768m")
# The JVM flags Kafka's own kafka-run-class.sh uses, minus the GC-log and JMX options.
JVM_OPTS = (
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-XX:MaxInlineLevel=15",
    "-Djava.awt.headless=true",
)
# Fully qualified, so a cold Maven does not first resolve the "dependency:" prefix (and fail obscurely).
COPY_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
READY_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0
FETCH_PROGRESS_EVERY_S = 15.0
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "ip6-localhost"})


class BrokerError(Exception):
    """An expected failure of the local broker; ``str()`` is one line meant for the user."""


@dataclass(frozen=True)
class ExtraListeners:
    """Listeners next to the plaintext one, with the broker properties and storage-format options they need.

    The secured test broker (``tests/secured_kafka.py``) adds ``SASL_SSL`` and ``SSL`` listeners this
    way. The plaintext listener stays: it is the inter-broker listener and the readiness probe's.
    """

    ports: Mapping[str, int]  # listener name (also its security protocol) -> loopback port
    properties: Mapping[str, str] = field(default_factory=dict)
    format_args: tuple[str, ...] = ()  # e.g. ``--add-scram``: SCRAM users exist from the first start


# --- paths and configuration -------------------------------------------------------------------------


def kafka_version() -> str:
    """The pinned Kafka version, read from the pom so it is declared in one place."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.parse(POM).getroot().find("m:properties/m:kafka.version", ns)
    if node is None or not node.text:
        raise BrokerError(f"{POM} has no <kafka.version> property")
    return node.text.strip()


def home(settings: Settings) -> Path:
    return settings.state_dir / "kafka"


def lib_dir(settings: Settings) -> Path:
    return home(settings) / "lib"


def logs_dir(settings: Settings) -> Path:
    return home(settings) / "logs"


def data_dir(settings: Settings) -> Path:
    return home(settings) / "data"


def _pid_file(settings: Settings) -> Path:
    return home(settings) / "kafka.pid"


def _props_file(settings: Settings) -> Path:
    return home(settings) / "server.properties"


def _server_log(settings: Settings) -> Path:
    return logs_dir(settings) / "server.log"


def _console_log(settings: Settings) -> Path:
    return logs_dir(settings) / "kafka.out"


def client_port(settings: Settings) -> int:
    """Port of the local broker, taken from the first ``bootstrap_servers`` entry.

    The local broker only ever serves loopback, so a non-local bootstrap address is a configuration
    error (the user meant to use a remote cluster, not to start one here).
    """
    first = settings.bootstrap_servers.split(",")[0].strip()
    host, sep, port = first.rpartition(":")
    host = host.strip("[]")
    if not sep or not port.isdigit():
        raise BrokerError(f"KAFKA_BOOTSTRAP_SERVERS={settings.bootstrap_servers!r} must look like host:port")
    if host not in LOCAL_HOSTS and not host.startswith("127."):
        raise BrokerError(
            f"KAFKA_BOOTSTRAP_SERVERS points at {first}, not this machine: the local broker serves "
            "only localhost (unset it to use localhost:19092)"
        )
    return int(port)


def bootstrap_address(settings: Settings) -> str:
    """What clients should use: the advertised loopback listener."""
    return f"127.0.0.1:{client_port(settings)}"


def read_properties(text: str) -> dict[str, str]:
    """``key=value`` pairs of a properties file (no continuation lines: our template has none)."""
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "!")) and "=" in stripped:
            key, value = stripped.split("=", 1)
            pairs[key.strip()] = value.strip()
    return pairs


def render_properties(template: str, overrides: dict[str, str]) -> str:
    """The template with each ``key=value`` in ``overrides`` replaced (or appended when missing).

    Comments and ordering are kept, so the rendered file still reads like the documented template.
    """
    pending = dict(overrides)
    lines: list[str] = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if not line.lstrip().startswith("#") and "=" in line and key in pending:
            lines.append(f"{key}={pending.pop(key)}")
        else:
            lines.append(line)
    lines.extend(f"{key}={value}" for key, value in pending.items())
    return "\n".join(lines) + "\n"


def _write_properties(settings: Settings, extra: ExtraListeners | None = None) -> Path:
    port = client_port(settings)
    controller = port + 1
    overrides = {
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{controller}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "log.dirs": str(data_dir(settings)),
    }
    if extra is not None:
        more = [f"{name}://127.0.0.1:{extra_port}" for name, extra_port in extra.ports.items()]
        overrides["listeners"] = ",".join([overrides["listeners"], *more])
        overrides["advertised.listeners"] = ",".join([overrides["advertised.listeners"], *more])
        overrides["listener.security.protocol.map"] = ",".join(
            ["CONTROLLER:PLAINTEXT", "PLAINTEXT:PLAINTEXT", *(f"{name}:{name}" for name in extra.ports)]
        )
        overrides.update(extra.properties)
    path = _props_file(settings)
    path.write_text(render_properties(PROPERTIES_TEMPLATE.read_text(), overrides))
    return path


# --- tools: java and maven ---------------------------------------------------------------------------


def java_executable() -> str:
    """The ``java`` to run, honouring ``JAVA_HOME`` like Kafka's own scripts; checks the version."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home, "bin", "java") if java_home else None
    java = str(candidate) if candidate and candidate.is_file() else shutil.which("java")
    if java is None:
        raise BrokerError(f"Java not found: {JAVA_HINT}")
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrokerError(f"Java at {java} does not run ({exc.__class__.__name__}): {JAVA_HINT}") from None
    # `java -version` prints e.g. 'openjdk version "17.0.15"' or '"1.8.0_392"' on stderr.
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if match is None:
        raise BrokerError(f"Java at {java} did not report a version: {JAVA_HINT}")
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    if major < MIN_JAVA:
        raise BrokerError(f"Java {major} is too old for Kafka {kafka_version()}: {JAVA_HINT}")
    return java


def _maven_executable() -> str:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError(f"Maven not found: {MAVEN_HINT}")
    return mvn


# --- fetch -------------------------------------------------------------------------------------------


def jars_present(settings: Settings) -> bool:
    """The broker jar of the pinned version and the log4j backend the broker needs to boot."""
    lib = lib_dir(settings)
    return (lib / f"kafka_2.13-{kafka_version()}.jar").is_file() and any(lib.glob("slf4j-reload4j-*.jar"))


def fetch(settings: Settings, echo: Echo = print) -> Path:
    """Download the pinned Kafka jars into ``<state_dir>/kafka/lib`` unless they are already there.

    Maven writes into a scratch folder that is renamed into place at the end, so an interrupted
    download never looks complete.
    """
    lib = lib_dir(settings)
    if jars_present(settings):
        return lib
    mvn = _maven_executable()
    version = kafka_version()
    scratch = home(settings) / "lib.partial"
    shutil.rmtree(scratch, ignore_errors=True)
    logs_dir(settings).mkdir(parents=True, exist_ok=True)
    mvn_log = logs_dir(settings) / "mvn.log"
    command = [
        mvn, "-B", "-q", "--no-transfer-progress", "-Dstyle.color=never", "-f", str(POM), COPY_GOAL,
        f"-Dkafka.lib.dir={scratch}", f"-Dkafka.build.dir={home(settings) / 'target'}",
    ]  # fmt: skip
    echo(f"Fetching Apache Kafka {version} jars with Maven (first run only, about 50 MB)…")
    started = time.monotonic()
    with mvn_log.open("w") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        while True:
            try:
                code = proc.wait(timeout=FETCH_PROGRESS_EVERY_S)
                break
            except subprocess.TimeoutExpired:
                echo(f"  … still fetching ({time.monotonic() - started:.0f} s)")
    if code != 0:
        raise BrokerError(f"Maven could not fetch Kafka {version}: {_maven_error(mvn_log)} (see {mvn_log})")
    shutil.rmtree(lib, ignore_errors=True)
    scratch.rename(lib)
    if not jars_present(settings):
        raise BrokerError(f"Maven finished but {lib} lacks kafka_2.13-{version}.jar (see {mvn_log})")
    size_mb = sum(p.stat().st_size for p in lib.iterdir()) / 1e6
    echo(f"Fetched {len(list(lib.iterdir()))} jars ({size_mb:.0f} MB) in {time.monotonic() - started:.0f} s")
    return lib


def _maven_error(mvn_log: Path) -> str:
    """The first ``[ERROR]`` line Maven printed, which names the cause (network, missing artifact…)."""
    for raw in mvn_log.read_text(errors="replace").splitlines():
        line = ANSI_ESCAPE.sub("", raw)
        if line.startswith("[ERROR]") and line.strip() != "[ERROR]":
            return line.removeprefix("[ERROR]").strip()
    return "no error message"


# --- process helpers ---------------------------------------------------------------------------------


# Brokers started by this process, kept so they are reaped (polled) rather than left as zombies.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live process; a zombie counts as dead."""
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        # Field 3 of /proc/<pid>/stat is the state; 'Z' is a zombie its parent has not reaped yet.
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_kafka(pid: int) -> bool:
    """Guard against a recycled pid: the process must be a JVM running ``kafka.Kafka``."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    try:
        return b"kafka.Kafka" in cmdline.read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc (macOS): trust the pid file


def _running_pid(settings: Settings) -> int | None:
    """Pid of our broker if it runs; a stale pid file is removed."""
    path = _pid_file(settings)
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return None
    if _alive(pid) and _is_kafka(pid):
        return pid
    path.unlink(missing_ok=True)
    return None


def _signal(pid: int, sig: signal.Signals) -> None:
    """Send ``sig``, tolerating the process having exited in the meantime."""
    with suppress(ProcessLookupError):
        os.kill(pid, sig)


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _answers(bootstrap: str) -> bool:
    """Whether the broker serves metadata requests (not merely accepts TCP connections)."""
    from kafka import KafkaAdminClient  # imported late: only start/wait needs kafka-python
    from kafka.errors import KafkaConfigurationError, KafkaError

    try:
        # Only options every kafka-python >= 2.2 accepts; the TCP probe ran first, so defaults suffice.
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap, client_id="raidtally-broker-probe", request_timeout_ms=5000
        )
    except KafkaConfigurationError:
        raise  # a bug here, not a broker still booting
    except KafkaError:
        return False
    try:
        admin.list_topics()
        return True
    except KafkaError:
        return False
    finally:
        admin.close()


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _tail(path: Path, n: int) -> list[str]:
    try:
        with path.open(errors="replace") as handle:
            return list(deque(handle, maxlen=n))
    except OSError:
        return []


def log_tail(settings: Settings, n: int = 40) -> str:
    """The last ``n`` lines of the broker log, then any JVM console output (crashes print there)."""
    parts: list[str] = []
    server = _tail(_server_log(settings), n)
    if server:
        parts.append(f"--- {_server_log(settings)} ---\n" + "".join(server).rstrip())
    console = [line for line in _tail(_console_log(settings), n) if line.strip()]
    if console:
        parts.append(f"--- {_console_log(settings)} ---\n" + "".join(console).rstrip())
    return "\n".join(parts) if parts else f"(no broker log yet in {logs_dir(settings)})"


def _fatal_cause(settings: Settings) -> str:
    """``": <exception message>"`` of the last ERROR in the broker log, so the headline names the cause.

    Kafka logs ``ERROR Exiting Kafka due to fatal exception`` and puts the reason on the next line.
    """
    lines = _tail(_server_log(settings), 300)
    for index in range(len(lines) - 1, -1, -1):
        if " ERROR " in lines[index] or " FATAL " in lines[index]:
            follow = lines[index + 1] if index + 1 < len(lines) else ""
            cause = follow if follow and not follow.startswith("[") else lines[index].split("] ", 1)[-1]
            return ": " + cause.strip()[:300]
    return ""


# --- storage -----------------------------------------------------------------------------------------


def _storage_tool(java: str, settings: Settings, args: Sequence[str]) -> str:
    command = [
        java, *HEAP_OPTS, f"-Dlog4j.configuration=file:{LOG4J_PROPERTIES}",
        f"-Dkafka.logs.dir={logs_dir(settings)}", "-cp", f"{lib_dir(settings)}/*",
        "kafka.tools.StorageTool", *args,
    ]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        last = (out.stderr.strip() or out.stdout.strip() or "no output").splitlines()[-1]
        raise BrokerError(f"Kafka StorageTool {args[0]} failed: {last}")
    return out.stdout.strip()


def _format_once(
    java: str, settings: Settings, props: Path, echo: Echo, extra_args: Sequence[str] = ()
) -> None:
    """Format KRaft storage the first time only; later starts reuse the cluster id and topics."""
    if (data_dir(settings) / "meta.properties").is_file():
        return
    data_dir(settings).mkdir(parents=True, exist_ok=True)
    cluster_id = _storage_tool(java, settings, ["random-uuid"]).splitlines()[-1].strip()
    _storage_tool(
        java, settings, ["format", "-t", cluster_id, "-c", str(props), "--ignore-formatted", *extra_args]
    )
    echo(f"Formatted KRaft storage in {data_dir(settings)} (cluster id {cluster_id})")


# --- public API --------------------------------------------------------------------------------------


def status(settings: Settings) -> str | None:
    """The bootstrap address if our broker process is running, else None."""
    return bootstrap_address(settings) if _running_pid(settings) is not None else None


@contextmanager
def _start_lock(settings: Settings) -> Iterator[None]:
    """Serialise concurrent starts (two terminals, pytest-xdist workers) so only one JVM launches."""
    home(settings).mkdir(parents=True, exist_ok=True)
    with (home(settings) / "start.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def start(settings: Settings, echo: Echo = print, extra: ExtraListeners | None = None) -> str:
    """Start the broker (fetching and formatting first if needed); returns the bootstrap address.

    Returns once the broker answers metadata requests; a second call finds it running and returns.
    ``extra`` adds listeners (the secured test broker); the returned address is the plaintext one.
    """
    bootstrap = bootstrap_address(settings)
    with _start_lock(settings):
        pid = _running_pid(settings)
        if pid is not None:
            echo(f"Kafka broker already running at {bootstrap} (pid {pid})")
            return bootstrap
        java = java_executable()
        port = client_port(settings)
        for busy in (port, port + 1, *(extra.ports.values() if extra else ())):
            if _port_open(busy):
                raise BrokerError(
                    f"port {busy} is already in use by another program; stop it or point "
                    "KAFKA_BOOTSTRAP_SERVERS at another localhost port"
                )
        fetch(settings, echo)
        logs_dir(settings).mkdir(parents=True, exist_ok=True)
        props = _write_properties(settings, extra)
        _format_once(java, settings, props, echo, extra.format_args if extra else ())
        started = time.monotonic()
        proc = _launch(java, settings, props)
        echo(f"Starting Kafka {kafka_version()} (pid {proc.pid}, logs in {logs_dir(settings)})…")
        _wait_ready(settings, proc, bootstrap, started)
    rss = _rss_mb(proc.pid)
    echo(
        f"Kafka broker ready at {bootstrap} in {time.monotonic() - started:.1f} s"
        + (f" (RSS {rss:.0f} MB)" if rss else "")
    )
    return bootstrap


def _launch(java: str, settings: Settings, props: Path) -> subprocess.Popen[bytes]:
    command = [
        java, *HEAP_OPTS, *JVM_OPTS, f"-Dlog4j.configuration=file:{LOG4J_PROPERTIES}",
        f"-Dkafka.logs.dir={logs_dir(settings)}", "-cp", f"{lib_dir(settings)}/*", "kafka.Kafka", str(props),
    ]  # fmt: skip
    with _console_log(settings).open("w") as console:
        # Own session: Ctrl-C in the terminal or the CLI exiting does not take the broker down.
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=home(settings),
        )
    _CHILDREN[proc.pid] = proc
    _pid_file(settings).write_text(f"{proc.pid}\n")
    return proc


def _wait_ready(settings: Settings, proc: subprocess.Popen[bytes], bootstrap: str, started: float) -> None:
    port = client_port(settings)
    while time.monotonic() - started < READY_TIMEOUT_S:
        if proc.poll() is not None:
            _CHILDREN.pop(proc.pid, None)
            _pid_file(settings).unlink(missing_ok=True)
            raise BrokerError(
                f"Kafka broker exited on start (code {proc.returncode}){_fatal_cause(settings)}; "
                f"log tail:\n{log_tail(settings, 30)}"
            )
        # A cheap TCP probe first, so kafka-python does not log connection errors while the JVM boots.
        if _port_open(port) and _answers(bootstrap):
            return
        time.sleep(0.5)
    stop(settings, echo=lambda _line: None)
    raise BrokerError(
        f"Kafka broker did not answer within {READY_TIMEOUT_S:.0f} s; log tail:\n{log_tail(settings, 30)}"
    )


def stop(settings: Settings, echo: Echo = print) -> bool:
    """Stop the broker: SIGTERM (controlled shutdown), then SIGKILL after a timeout.

    Returns True if a broker was running.
    """
    pid = _running_pid(settings)
    if pid is None:
        echo("Kafka broker is not running")
        return False
    started = time.monotonic()
    _signal(pid, signal.SIGTERM)
    while _alive(pid) and time.monotonic() - started < STOP_TIMEOUT_S:
        time.sleep(0.2)
    if _alive(pid):
        echo(f"Kafka broker did not stop within {STOP_TIMEOUT_S:.0f} s; killing it")
        _signal(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.1)
    _CHILDREN.pop(pid, None)
    _pid_file(settings).unlink(missing_ok=True)
    echo(f"Kafka broker stopped (pid {pid}, {time.monotonic() - started:.1f} s)")
    return True
