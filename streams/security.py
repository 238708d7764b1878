"""Secured clusters: the TLS context every client shares, and a connection check that explains refusals.

Kafka clients retry a refused connection until a timeout and then report only that they could not
bootstrap (kafka-python waits 30 s on a wrong password). ``check_connection`` asks once, with aiokafka
(the worker's own client), and turns the cause into one line that names the setting to fix. It never
puts a secret in that line: only variable names, the user name and the mechanism.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from streams.settings import Settings

CHECK_TIMEOUT_S = 10.0
CA_HINT = "set KAFKA_SSL_CAFILE to the CA certificate (PEM) that signed the broker's certificate"


class Refused(Exception):
    """The cluster refused this client; ``str()`` is one line naming the setting to fix."""


def uses_tls(settings: Settings) -> bool:
    return settings.security_protocol in ("SSL", "SASL_SSL")


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """Verify the broker against ``KAFKA_SSL_CAFILE`` (else the system CAs), check its host name unless
    ``KAFKA_SSL_CHECK_HOSTNAME=false``, and present ``KAFKA_SSL_CERTFILE``/``KEYFILE`` (mutual TLS)."""
    try:
        context = ssl.create_default_context(cafile=settings.ssl_cafile)
    except (OSError, ssl.SSLError) as exc:
        raise Refused(
            f"KAFKA_SSL_CAFILE={settings.ssl_cafile} cannot be read as PEM certificates: {_why(exc)}"
        ) from None
    context.check_hostname = settings.ssl_check_hostname
    if settings.ssl_certfile:
        try:
            context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile, settings.ssl_key_password)
        except (OSError, ssl.SSLError) as exc:
            raise Refused(
                f"KAFKA_SSL_CERTFILE={settings.ssl_certfile} / KAFKA_SSL_KEYFILE={settings.ssl_keyfile} "
                f"cannot be loaded: {_why(exc)} (is the key encrypted? set KAFKA_SSL_KEY_PASSWORD)"
            ) from None
    elif settings.ssl_keyfile:
        raise Refused("KAFKA_SSL_KEYFILE is set without KAFKA_SSL_CERTFILE: set both for mutual TLS")
    return context


def _why(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLError) and exc.reason:
        return str(exc.reason).lower().replace("_", " ")
    return getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__


# --- the connection check ----------------------------------------------------------------------------


def check_connection(settings: Settings, timeout: float = CHECK_TIMEOUT_S) -> None:
    """Connect once as the configured client; raise :class:`Refused` when the cluster refuses it.

    A broker that is merely unreachable or slow is not a refusal: the caller's client then retries and
    reports as it always has.
    """
    context = ssl_context(settings) if uses_tls(settings) else None
    # A loop of its own, never installed as the current one: the worker's Faust loop starts afterwards.
    loop = asyncio.new_event_loop()
    try:
        causes = loop.run_until_complete(_bootstrap(settings, context, timeout))
    finally:
        loop.close()
    for host, port, cause in causes:
        message = _explain(settings, host, port, cause)
        if message is not None:
            raise Refused(message)


async def _bootstrap(
    settings: Settings, context: ssl.SSLContext | None, timeout: float
) -> list[tuple[str, int, BaseException | str]]:
    """The causes aiokafka gave for each bootstrap server it could not use; empty when one worked."""
    from aiokafka import AIOKafkaClient

    options: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if context is not None:
        options["ssl_context"] = context
    if settings.security_protocol.startswith("SASL_"):
        options.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    client = AIOKafkaClient(
        bootstrap_servers=settings.bootstrap_servers.split(","),
        client_id="raidtally-connection-check",
        request_timeout_ms=int(timeout * 1000),
        **options,
    )
    with _captured("aiokafka") as causes:
        try:
            await asyncio.wait_for(client.bootstrap(), timeout)
            return []
        except Exception:  # the captured log records say why
            return causes
        finally:
            with suppress(Exception):
                await client.close()


@contextmanager
def _captured(logger_name: str) -> Iterator[list[tuple[str, int, BaseException | str]]]:
    """aiokafka logs why a bootstrap server failed (``Unable connect to "host:port": <error>``) and then
    raises a bare "Unable to bootstrap"; collect those causes instead of printing them."""
    causes: list[tuple[str, int, BaseException | str]] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            args = record.args if isinstance(record.args, tuple) else ()
            if len(args) == 3 and "Unable connect" in str(record.msg):
                host, port, error = args
                cause = error if isinstance(error, BaseException) else str(error)
                causes.append((str(host), int(str(port)), cause))

    logger = logging.getLogger(logger_name)
    handler = Collect(logging.ERROR)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield causes
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _explain(settings: Settings, host: str, port: int, cause: BaseException | str) -> str | None:
    """One line naming the setting to fix, or None when the cause is not a refusal (down, unreachable)."""
    where = f"{host}:{port}"
    text = str(cause)
    if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in text:
        detail = getattr(cause, "verify_message", None) or text
        if "mismatch" in detail.lower():
            return (
                f"the broker's TLS certificate at {where} is not valid for the host name {host!r} "
                f"({detail}): use the host name the certificate names in KAFKA_BOOTSTRAP_SERVERS "
                "(KAFKA_SSL_CHECK_HOSTNAME=false turns this check off; for tests only)"
            )
        return f"the broker's TLS certificate at {where} is not trusted ({detail}): {CA_HINT}"
    if "SaslAuthenticationFailed" in type(cause).__name__ or "Authentication failed" in text:
        return (
            f"the broker at {where} refused the credentials of user {settings.sasl_username!r} "
            f"({settings.sasl_mechanism}): check KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, and that "
            "KAFKA_SASL_MECHANISM is one the cluster enables for this user"
        )
    if isinstance(cause, OSError) and not isinstance(cause, (ssl.SSLError, ConnectionResetError, EOFError)):
        return None  # connection refused, unreachable, timed out: the ordinary "is the broker up?" path
    if not uses_tls(settings):
        if _speaks_tls(host, port):
            return (
                f"the broker at {where} expects TLS but KAFKA_SECURITY_PROTOCOL="
                f"{settings.security_protocol}: set KAFKA_SECURITY_PROTOCOL=SASL_SSL (with "
                "KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD) or SSL, and KAFKA_SSL_CAFILE"
            )
        return None
    if not _speaks_tls(host, port):
        return (
            f"the broker at {where} does not speak TLS but KAFKA_SECURITY_PROTOCOL="
            f"{settings.security_protocol}: set KAFKA_SECURITY_PROTOCOL=PLAINTEXT (or SASL_PLAINTEXT), "
            "or point KAFKA_BOOTSTRAP_SERVERS at the cluster's TLS listener"
        )
    if settings.security_protocol == "SSL":
        needs = (
            "a client certificate it accepts: check KAFKA_SSL_CERTFILE and KAFKA_SSL_KEYFILE"
            if settings.ssl_certfile
            else "a client certificate (set KAFKA_SSL_CERTFILE and KAFKA_SSL_KEYFILE)"
        )
        return (
            f"the broker at {where} closed the connection after the TLS handshake: it wants {needs}, or "
            "SASL (KAFKA_SECURITY_PROTOCOL=SASL_SSL with KAFKA_SASL_*)"
        )
    return None


def _speaks_tls(host: str, port: int, timeout: float = 3.0) -> bool:
    """Whether ``host:port`` completes a TLS handshake (any certificate: this only asks which protocol)."""
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            probe.wrap_socket(raw, server_hostname=host),
        ):
            return True
    except (OSError, ValueError):
        return False
