"""pytest plugin: one secured Kafka broker per session (SASL_SSL and mutual-TLS listeners), made on demand.

The broker is the local one of ``streams/broker.py`` (same Maven jars, same launcher), started with extra
listeners next to its plaintext one:

- ``SASL_SSL``: SCRAM-SHA-512, SCRAM-SHA-256 and PLAIN. SCRAM users are written when the KRaft storage
  is formatted (``--add-scram``), so they exist before the first connection; PLAIN users come from the
  listener's JAAS line.
- ``SSL`` with ``ssl.client.auth=required``: mutual TLS, the client proves itself with a certificate.

A throwaway CA signs the broker's certificate (SAN ``IP:127.0.0.1`` only, so ``localhost`` is a host
name mismatch) and a client certificate, all generated with ``cryptography`` into the session's temp
folder: nothing is committed, and the password is random per session. The broker gets free ports and its
own state folder, and is stopped (by its pid) when the session ends. A failed test that used it shows
the broker's log tail.

Enabled by ``pytest_plugins`` in ``tests/conftest.py``; only tests asking for ``secured_kafka`` start it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
import socket
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from streams.local import broker
from streams.settings import Settings, load
from tests.kafka_fixture import BROKER_LOGS

USERNAME = "analyst"
SCRAM_MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256")
SECURED_SETTINGS = pytest.StashKey[Settings]()


@dataclass(frozen=True)
class SecuredKafka:
    """Where the secured broker listens and what a client needs to connect."""

    sasl_ssl: str  # host:port of the SASL_SSL listener
    mtls: str  # host:port of the SSL listener that requires a client certificate
    plaintext: str  # the inter-broker listener, for the tests' own set-up only
    username: str
    password: str
    ca: Path  # CA that signed the broker's certificate (KAFKA_SSL_CAFILE)
    other_ca: Path  # a CA the broker's certificate does not come from
    client_cert: Path  # client certificate and key signed by ``ca`` (mutual TLS)
    client_key: Path

    def sasl_env(self, mechanism: str = "SCRAM-SHA-512", **overrides: str) -> dict[str, str]:
        """The environment of a client of the SASL_SSL listener."""
        env = {
            "KAFKA_BOOTSTRAP_SERVERS": self.sasl_ssl,
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SASL_MECHANISM": mechanism,
            "KAFKA_SASL_USERNAME": self.username,
            "KAFKA_SASL_PASSWORD": self.password,
            "KAFKA_SSL_CAFILE": str(self.ca),
        }
        env.update(overrides)
        return env


# --- certificates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Issuer:
    key: object
    cert: object


def _key() -> object:
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _certificate(
    common_name: str, key: object, issuer: _Issuer | None, *, ca: bool = False, ip: str | None = None
) -> object:
    """An X.509 certificate for ``key``, self-signed when ``issuer`` is None."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    signer_key = key if issuer is None else issuer.key
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name if issuer is None else issuer.cert.subject)  # type: ignore[attr-defined]
        .public_key(key.public_key())  # type: ignore[attr-defined]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        usage = dict.fromkeys(
            ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "encipher_only", "decipher_only"), False,
        )  # fmt: skip
        builder = builder.add_extension(
            x509.KeyUsage(key_cert_sign=True, crl_sign=True, **usage), critical=True
        )
    else:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False,
        )
    if ip is not None:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]), critical=False
        )
    return builder.sign(signer_key, hashes.SHA256())  # type: ignore[arg-type]


def _pem_cert(cert: object) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.PEM)  # type: ignore[attr-defined, no-any-return]


def _pem_key(key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser

    # Unencrypted PKCS#8: what Kafka's PEM key store reads without ssl.key.password (Kafka >= 3.2).
    return key.private_bytes(  # type: ignore[attr-defined, no-any-return]
        ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption()
    )


def make_pki(folder: Path) -> dict[str, Path]:
    """CA, broker key store (key + chain, PEM), client certificate and key, and an unrelated CA."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = _key()
    ca = _Issuer(ca_key, _certificate("raidtally test CA", ca_key, None, ca=True))
    broker_key = _key()
    broker_cert = _certificate("raidtally test broker", broker_key, ca, ip="127.0.0.1")
    client_key = _key()
    client_cert = _certificate("raidtally test client", client_key, ca)
    other_key = _key()
    other_ca = _certificate("unrelated CA", other_key, None, ca=True)
    files = {
        "ca": (folder / "ca.pem", _pem_cert(ca.cert)),
        "keystore": (
            folder / "broker.pem",
            _pem_key(broker_key) + _pem_cert(broker_cert) + _pem_cert(ca.cert),
        ),
        "client_cert": (folder / "client.pem", _pem_cert(client_cert)),
        "client_key": (folder / "client.key", _pem_key(client_key)),
        "other_ca": (folder / "other-ca.pem", _pem_cert(other_ca)),
    }
    for path, data in files.values():
        path.write_bytes(data)
        path.chmod(0o600)
    return {name: path for name, (path, _data) in files.items()}


# --- the broker --------------------------------------------------------------------------------------


def _free_ports(count: int) -> list[int]:
    """``count`` distinct free loopback ports; the first is followed by a free one (the controller's)."""
    for _attempt in range(50):
        sockets = []
        try:
            for _ in range(count):
                sock = socket.socket()
                sock.bind(("127.0.0.1", 0))
                sockets.append(sock)
            ports = [sock.getsockname()[1] for sock in sockets]
            with socket.socket() as controller:
                try:
                    controller.bind(("127.0.0.1", ports[0] + 1))
                except OSError:
                    continue
            if ports[0] + 1 not in ports:
                return ports
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no free loopback ports for the secured broker")


def secured_listeners(
    pki: dict[str, Path], sasl_port: int, mtls_port: int, password: str
) -> broker.ExtraListeners:
    scram_login = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
    plain_login = (
        f'org.apache.kafka.common.security.plain.PlainLoginModule required user_{USERNAME}="{password}";'
    )
    properties = {
        "sasl.enabled.mechanisms": ",".join((*SCRAM_MECHANISMS, "PLAIN")),
        "listener.name.sasl_ssl.plain.sasl.jaas.config": plain_login,
        **{f"listener.name.sasl_ssl.{m.lower()}.sasl.jaas.config": scram_login for m in SCRAM_MECHANISMS},
        "ssl.keystore.type": "PEM",
        "ssl.keystore.location": str(pki["keystore"]),
        "ssl.truststore.type": "PEM",
        "ssl.truststore.location": str(pki["ca"]),
        "listener.name.ssl.ssl.client.auth": "required",
    }
    format_args: list[str] = []
    for mechanism in SCRAM_MECHANISMS:
        format_args += ["--add-scram", f"{mechanism}=[name={USERNAME},password={password}]"]
    return broker.ExtraListeners(
        ports={"SASL_SSL": sasl_port, "SSL": mtls_port}, properties=properties, format_args=tuple(format_args)
    )


@pytest.fixture(scope="session")
def secured_kafka(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SecuredKafka]:
    """A broker that demands SASL_SSL (or a client certificate), for the whole session."""
    yield from _secured_broker(request.config, tmp_path_factory.mktemp("secured-kafka"))


def _secured_broker(config: pytest.Config, folder: Path) -> Generator[SecuredKafka, None, None]:
    plain_port, sasl_port, mtls_port = _free_ports(3)
    settings = Settings(bootstrap_servers=f"127.0.0.1:{plain_port}", state_dir=folder / "state")
    config.stash[SECURED_SETTINGS] = settings
    password = f"pw-{secrets.token_hex(12)}"
    pki = make_pki(folder / "pki")
    try:
        # The jars of the usual local broker (fetched once); this broker only has its own data and logs.
        jars = broker.fetch(load(), echo=lambda _line: None)
        broker.home(settings).mkdir(parents=True, exist_ok=True)
        broker.lib_dir(settings).symlink_to(jars, target_is_directory=True)
        plaintext = broker.start(
            settings, echo=lambda _line: None, extra=secured_listeners(pki, sasl_port, mtls_port, password)
        )
    except broker.BrokerError as exc:
        broker.stop(settings, echo=lambda _line: None)
        tail = broker.log_tail(settings, 40)
        pytest.fail(f"secured Kafka broker did not start: {exc}\n{tail}", pytrace=False)
    try:
        yield SecuredKafka(
            sasl_ssl=f"127.0.0.1:{sasl_port}",
            mtls=f"127.0.0.1:{mtls_port}",
            plaintext=plaintext,
            username=USERNAME,
            password=password,
            ca=pki["ca"],
            other_ca=pki["other_ca"],
            client_cert=pki["client_cert"],
            client_key=pki["client_key"],
        )
    finally:
        broker.stop(settings, echo=lambda _line: None)


# A failed test that used the secured broker shows its log tail (tests/kafka_fixture.py reports it).
BROKER_LOGS.append((SECURED_SETTINGS, "secured_kafka", "secured kafka broker log (tail)"))
