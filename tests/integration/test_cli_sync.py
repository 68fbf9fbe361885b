"""`astu-desktop enroll` and `astu-desktop sync`, headless, against the real server."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from astu_desktop.cli import run_command
from astu_desktop.cli_sync import cmd_enroll, cmd_sync
from astu_desktop.models import Client, Worker
from astu_desktop.store.casestore import CaseStore
from tests.integration.serverkit import PASSWORD, LiveServer
from tests.support import PASSPHRASE, new_store


@pytest.fixture
def fresh_store(tmp_path: Path) -> Path:
    store = new_store(tmp_path / "astu.db")
    store.lock()
    return tmp_path / "astu.db"


def test_enrol_then_sync_headless_with_honest_exit_codes(
    server: LiveServer,
    fresh_store: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "en")
    enroll = argparse.Namespace(db=fresh_store, server=server.url, user="aino", device_name="kone",
                                code=server.enrolment_code("aino"))  # fmt: skip
    sync = argparse.Namespace(db=fresh_store)

    assert run_command(cmd_sync, sync) == 1
    assert "not enrolled" in capsys.readouterr().out
    monkeypatch.setenv("ASTU_SYNC_PASSWORD", "väärä salasana")
    assert run_command(cmd_enroll, enroll) == 1
    assert "did not accept" in capsys.readouterr().out
    monkeypatch.setenv("ASTU_SYNC_PASSWORD", PASSWORD)
    assert run_command(cmd_enroll, enroll) == 0
    assert "enrolled with the server for aino" in capsys.readouterr().out
    assert run_command(cmd_enroll, enroll) != 0  # once is enough

    store = CaseStore.unlock(fresh_store, PASSPHRASE)
    with store.session() as session, session.begin():
        session.add(Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T"))
    store.lock()
    assert run_command(cmd_sync, sync) == 0
    assert "Synced – changes sent: 1," in capsys.readouterr().out

    store = CaseStore.unlock(fresh_store, PASSPHRASE)
    with store.session() as session, session.begin():
        session.get_one(Worker, store.device_state()["current_worker_id"]).title = "Sosiaaliohjaaja"
    store.lock()
    assert run_command(cmd_sync, sync) == 1  # a refused change is a failure worth an exit code
    assert "kept in quarantine (read_only)" in capsys.readouterr().out


def test_an_unreachable_server_is_said_plainly(
    fresh_store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_SYNC_PASSWORD", PASSWORD)
    monkeypatch.setenv("ASTU_LANG", "en")
    enroll = argparse.Namespace(
        db=fresh_store, server="http://127.0.0.1:9", user="aino", device_name="", code="X"
    )
    assert run_command(cmd_enroll, enroll) == 1
    assert "cannot be reached" in capsys.readouterr().out
    enroll.server = "http://10.20.30.40:8443"  # plain HTTP off this computer: never tried
    assert run_command(cmd_enroll, enroll) == 1
    assert "must start with https://" in capsys.readouterr().out
