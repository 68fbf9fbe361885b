"""The server's doors: HTTPS with the administrator's certificate, and the sign-in limit.

A laptop signs in once, with a password, to enrol. Guessing must be slow for a
stranger, yet no stranger may lock a named worker out of enrolling their laptop.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from astu_desktop.sync.client import HttpSyncClient, NotAuthorised, ServerRefused
from astu_protocol.messages import API_PREFIX, EnrolRequest, ErrorCode
from astu_server import directory
from astu_server.app import create_app
from astu_server.db import make_engine, migrate, sessions
from astu_server.embedded import serve_in_thread
from astu_server.security import LOGIN_WINDOW_S, SWEEP_FROM_ENTRIES, LoginThrottle
from tests.integration.serverkit import PASSWORD, LiveServer

ELSEWHERE = "127.0.0.2"  # another address on loopback: the worker's own laptop


def enrol(
    url: str, username: str, password: str, source: str | None = None, code: str = "EI-KOODIA"
) -> int:
    """The HTTP status of one enrolment attempt from `source` (an address on loopback)."""
    transport = httpx.HTTPTransport(local_address=source) if source else None
    request = EnrolRequest(
        username=username, password=password, device_id=str(uuid.uuid4()), device_name="kone",
        enrolment_code=code,
    )  # fmt: skip
    with HttpSyncClient(url, transport=transport) as client:
        try:
            client.enrol(request)
        except NotAuthorised:
            return 401
        except ServerRefused as refused:
            limited = refused.error is not None and refused.error.code is ErrorCode.RATE_LIMITED
            return 429 if limited and refused.status == 429 else refused.status
    return 200


def test_a_stranger_guessing_cannot_lock_the_named_worker_out(server: LiveServer) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    server.add_user("bertta", team="Itä")

    guesses = [enrol(server.url, "aino", f"arvaus {n}") for n in range(5)]
    assert guesses == [401] * 5
    assert enrol(server.url, "aino", PASSWORD) == 429  # without her code: too many tries
    assert enrol(server.url, "AINO ", "arvaus 6") == 429  # however the name is typed

    # With the code her admin gave her she gets in, from anywhere, the same address too.
    assert enrol(server.url, "aino", PASSWORD, code=server.enrolment_code("aino")) == 200
    assert enrol(server.url, "aino", PASSWORD, ELSEWHERE, server.enrolment_code("aino")) == 200
    assert enrol(server.url, "bertta", PASSWORD, code=server.enrolment_code("bertta")) == 200


def test_one_address_trying_many_names_is_stopped(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    with sessions(engine)() as session, session.begin():
        directory.add_user(
            session, username="aino", full_name="Aino", role="field_worker", password=PASSWORD
        )
    now = [1000.0]
    throttle = LoginThrottle(address_allowed=6, clock=lambda: now[0])
    try:
        with serve_in_thread(create_app(engine, throttle=throttle)) as url:
            assert [enrol(url, f"nimi{n}", "salasana") for n in range(6)] == [401] * 6
            assert enrol(url, "aino", PASSWORD) == 429
            assert enrol(url, "aino", PASSWORD, source=ELSEWHERE) == 401  # no code: wrong
            now[0] += 301  # the window has passed
            assert enrol(url, "aino", PASSWORD) == 401
    finally:
        engine.dispose()


def test_a_successful_sign_in_does_not_buy_guesses_at_another_account() -> None:
    now = [0.0]
    throttle = LoginThrottle(allowed=3, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.attempt("10.0.0.5", "aino")  # a wrong guess at Aino's password
        assert throttle.attempt("10.0.0.5", "mallory")
        throttle.succeeded("10.0.0.5", "mallory")  # and one's own right password
    assert not throttle.attempt("10.0.0.5", "aino")
    assert throttle.attempt("10.0.0.6", "aino")


def test_parallel_guesses_get_no_more_password_checks_than_the_limit() -> None:
    """The attempt is counted before the (slow) password check, atomically."""
    throttle = LoginThrottle(allowed=5)
    barrier = threading.Barrier(30)

    def guess() -> bool:
        barrier.wait()
        return throttle.attempt("10.0.0.5", "aino")

    with ThreadPoolExecutor(max_workers=30) as pool:
        allowed = sum(pool.map(lambda _n: guess(), range(30)))
    assert allowed == 5


def test_old_entries_are_swept_so_the_table_stays_small() -> None:
    now = [0.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for number in range(SWEEP_FROM_ENTRIES):
        throttle.attempt(f"10.1.{number // 250}.{number % 250}", "aino")
    now[0] += LOGIN_WINDOW_S + 1
    throttle.attempt("10.0.0.5", "aino")
    assert len(throttle._failures) == 2  # only the newest attempt's two counters


# -- TLS ----------------------------------------------------------------------------


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, as a city CA would issue one."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "astu.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def https_server(tmp_path: Path, certificate: tuple[Path, Path]) -> Iterator[str]:
    """`astu-server serve` with --certfile and --keyfile, as the README tells an admin."""
    cert, key = certificate
    port = free_port()
    command = [
        sys.executable, "-m", "astu_server", "--db-url", f"sqlite:///{tmp_path / 's.db'}",
        "serve", "--host", "127.0.0.1", "--port", str(port),
        "--certfile", str(cert), "--keyfile", str(key),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"https://127.0.0.1:{port}"
    try:
        # Connection attempts are retried with backoff until the server listens.
        patient = httpx.HTTPTransport(retries=8, verify=ssl.create_default_context(cafile=cert))
        with httpx.Client(transport=patient, timeout=10) as probe:
            assert probe.get(f"{url}{API_PREFIX}/health").status_code == 200
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_server_speaks_https_only_with_its_certificate(
    https_server: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, _key = certificate
    plain = https_server.replace("https://", "http://")
    with pytest.raises(httpx.HTTPError), httpx.Client(timeout=5) as client:
        client.get(f"{plain}{API_PREFIX}/health")
    with pytest.raises(httpx.ConnectError), httpx.Client(timeout=5) as client:
        client.get(f"{https_server}{API_PREFIX}/health")  # an unknown certificate: refused

    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the city's CA, as a laptop trusts it
    status = enrol(https_server, "nobody", "salasana")
    assert status == 401  # reached the server over TLS; the answer is about the password
