"""The sign-in limit believes only the proxies it was told of, and never locks a named
worker out: neither with a proxy in front that names the caller, nor behind one that
names nobody (every caller then has the proxy's address).

The attacks: from loopback, `X-Forwarded-For` let one machine claim a new address per
guess (120 guesses, never a 429); behind a proxy that sets no header, 5 wrong tries
locked the named worker out for everyone. Against `astu-server serve`, over HTTP.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx

from astu_protocol.messages import API_PREFIX
from tests.integration.serverkit import PASSWORD
from tests.security.resourcekit import ServerProcess, server_process

GUESSES = 120
PROXY = "127.0.0.1"


def attempt(
    server: ServerProcess, password: str, code: str = "ARVAA-TTUKO", forwarded: str | None = None
) -> int:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    body = {"username": "aino", "password": password, "device_id": str(uuid.uuid4()),
            "enrolment_code": code}  # fmt: skip
    with httpx.Client(timeout=30) as http:
        return http.post(f"{server.url}{API_PREFIX}/enrol", json=body, headers=headers).status_code


def test_a_forwarded_header_from_an_untrusted_caller_buys_no_guesses(tmp_path: Path) -> None:
    with server_process(f"sqlite:///{tmp_path / 's.db'}", tmp_path) as server:
        server.add_user("aino")
        answers = [attempt(server, f"arvaus {n}", forwarded=f"198.51.100.{n % 250}")
                   for n in range(GUESSES)]  # fmt: skip
    assert answers[:5] == [401] * 5
    assert set(answers[5:]) == {429}  # every address it claimed is the same machine


def test_behind_a_proxy_that_names_nobody_the_worker_still_gets_in(tmp_path: Path) -> None:
    """All callers share the proxy's address: the guesser and the worker alike."""
    with server_process(f"sqlite:///{tmp_path / 's.db'}", tmp_path) as server:
        server.add_user("aino")
        guesses = [attempt(server, f"arvaus {n}") for n in range(8)]
        right_without_code = attempt(server, PASSWORD)
        worker = attempt(server, PASSWORD, code=server.enrolment_code("aino"))
    assert guesses == [401] * 5 + [429] * 3
    assert right_without_code == 429
    assert worker == 200  # her code from the admin: the limit does not apply to it


def test_behind_a_trusted_proxy_the_limit_follows_the_named_address(tmp_path: Path) -> None:
    with server_process(
        f"sqlite:///{tmp_path / 's.db'}", tmp_path, "--forwarded-allow-ips", PROXY
    ) as server:
        server.add_user("aino")
        guesser = [attempt(server, f"arvaus {n}", forwarded="203.0.113.7") for n in range(7)]
        elsewhere = attempt(server, "arvaus 8", forwarded="203.0.113.99")
        worker = attempt(server, PASSWORD, server.enrolment_code("aino"), "203.0.113.7")
    assert guesser == [401] * 5 + [429] * 2
    assert elsewhere == 401  # another caller the proxy names is counted on its own
    assert worker == 200  # even from the guesser's address, with her code
