"""Devices: a one-time enrolment code, token rotation that never locks a laptop out,
expiry of unused tokens, a disabled user's laptops wiped, and no wipe order (or any
data) over plain HTTP except from this computer's own server. Real server over HTTP,
on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from astu_desktop.services import enrolment
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.client import DeviceRevoked, NotAuthorised
from astu_desktop.sync.localstate import sync_state
from astu_protocol.messages import API_PREFIX
from astu_server import directory
from astu_server.models import Device, EnrolmentCode, utcnow
from tests.integration.serverkit import PASSWORD, Laptop, LiveServer
from tests.security.resourcekit import db_url, laptops, server
from tests.support import new_store

__all__ = ["db_url", "laptops", "server"]  # the fixtures
DEVICE = "01a22300-0000-7000-8000-0000000000e1"


def enrol(server: LiveServer, code: str, password: str = PASSWORD, device: str = DEVICE) -> int:
    body = {"username": "aino", "password": password, "device_id": device,
            "enrolment_code": code}  # fmt: skip
    return httpx.post(f"{server.url}{API_PREFIX}/enrol", json=body, timeout=30).status_code


def test_enrolment_needs_a_valid_one_time_code_from_the_admin(server: LiveServer) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    assert enrol(server, "ABCDE-FGHJK") == 401  # the password alone is not enough
    code = server.enrolment_code("aino")
    with server.session() as session:
        stored = session.scalars(select(EnrolmentCode.code_hash)).all()
    assert code.replace("-", "") not in "".join(stored)  # kept as a digest only
    assert enrol(server, code.lower().replace("-", " ")) == 200  # typed as read out
    assert enrol(server, code, device="01a22300-0000-7000-8000-0000000000e2") == 401  # once

    expired = server.enrolment_code("aino")
    with server.admin() as session:
        session.execute(update(EnrolmentCode).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert enrol(server, expired) == 401

    burnt = server.enrolment_code("aino")
    assert [enrol(server, burnt, f"arvaus {n}") for n in range(5)] == [401] * 5
    assert enrol(server, burnt) == 401  # five password attempts spend the code


def test_a_rotated_token_never_locks_the_laptop_out(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    laptop = laptops("aino")
    old = stored_token(laptop.store)
    make_token_old(server)
    with laptop.client() as client:  # the answer is lost: the laptop never stores it
        lost = client.rotate_token()
    assert lost is not None
    laptop.sync()  # the old token still works, and the sync rotates it again
    new = stored_token(laptop.store)
    assert new not in (old, lost)
    laptop.sync()  # the new one is used...
    assert status_with(server, old) == 401  # ...so the old one is retired
    assert status_with(server, lost) == 401  # and so is the one that never arrived
    assert status_with(server, new) == 200


def test_a_token_unused_for_thirty_days_expires(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    laptop = laptops("aino")
    with server.admin() as session:
        session.execute(update(Device).values(last_seen_at=utcnow() - timedelta(days=31)))
    with pytest.raises(NotAuthorised, match="token_expired"):
        laptop.sync()


def test_disabling_a_user_wipes_their_laptops(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    laptop = laptops("aino")
    with server.admin() as session:
        directory.disable_user(session, "aino")
    with pytest.raises(DeviceRevoked):
        laptop.sync()


def test_the_laptop_talks_plain_http_only_to_its_own_computer(
    tmp_path: Path, server: LiveServer
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    store = new_store(tmp_path / "astu.db")
    try:
        port = server.url.rsplit(":", 1)[1]
        with pytest.raises(enrolment.InsecureServer):
            enrolment.enrol(store, f"http://10.20.30.40:{port}", "aino", PASSWORD, "X")
        with store.session() as session:
            assert not enrolment.is_enrolled(session)
        enrolment.enrol(store, server.url, "aino", PASSWORD, server.enrolment_code("aino"))
        with store.session() as session, session.begin():  # as if pointed elsewhere
            session.execute(update(sync_state).values(server_url="http://astu.example:8080"))
        with pytest.raises(enrolment.InsecureServer):
            enrolment.sync_client(store)  # no request leaves: no one can order a wipe
    finally:
        store.lock()


def stored_token(store: CaseStore) -> str:
    with store.session() as session:
        return str(session.scalar(select(sync_state.c.device_token)))


def make_token_old(server: LiveServer) -> None:
    with server.admin() as session:
        session.execute(update(Device).values(token_issued_at=utcnow() - timedelta(days=8)))


def status_with(server: LiveServer, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.get(f"{server.url}{API_PREFIX}/me", headers=headers, timeout=30).status_code


def test_a_password_from_the_environment_follows_the_rule_too(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from astu_server import cli

    monkeypatch.setenv("ASTU_SERVER_PASSWORD", "lyhyt")
    add = ["--db-url", db_url, "user", "add", "aino", "--full-name", "Aino", "--role",
           "field_worker"]  # fmt: skip
    assert cli.main(add) == cli.EXIT_USAGE
    assert "12 characters" in capsys.readouterr().err
    monkeypatch.setenv("ASTU_SERVER_PASSWORD", PASSWORD)
    assert cli.main(add) == cli.EXIT_OK
    assert cli.main(["--db-url", db_url, "device", "enrolment-code", "aino"]) == cli.EXIT_OK
    assert "enrolment code for aino: " in capsys.readouterr().out
