"""The administrator's side: the CLI, the access report, the published API document."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction
from astu_server import cli
from astu_server.app import create_app
from tests.integration.serverkit import PASSWORD, Laptop, LiveServer

REPO_ROOT = Path(__file__).resolve().parents[2]
HETU = "131052-308T"


def test_the_published_openapi_document_is_the_one_the_server_serves() -> None:
    served = create_app(create_engine("sqlite://")).openapi()
    published = json.loads((REPO_ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert published == json.loads(json.dumps(served)), (
        "run: astu-server openapi --output docs/openapi.json"
    )


def run(db_url: str, *argv: str) -> int:
    return cli.main(["--db-url", db_url, *argv])


def test_users_teams_devices_and_the_access_report_from_the_command_line(
    server: LiveServer,
    server_db_url: str,
    laptops: Callable[[str], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASTU_SERVER_PASSWORD", PASSWORD)
    assert run(server_db_url, "team", "add", "Itä") == 0
    assert (
        run(
            server_db_url,
            "user",
            "add",
            "aino",
            "--full-name",
            "Aino A",
            "--role",
            "field_worker",
            "--team",
            "Itä",
        )
        == 0
    )
    assert (
        run(
            server_db_url,
            "user",
            "add",
            "bertta",
            "--full-name",
            "Bertta B",
            "--role",
            "field_worker",
            "--team",
            "Itä",
        )
        == 0
    )
    assert run(server_db_url, "user", "add", "aino", "--full-name", "Again", "--role", "admin") == 1
    aino = laptops("aino")
    with aino.session() as session, session.begin():
        from astu_desktop.models import Client

        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU)
        session.add(client)
        session.flush()
        record_access(
            session, action=AccessAction.VIEW, client_id=client.id, target="client:record"
        )
    aino.sync()
    assert run(server_db_url, "client", "assign", "--hetu", HETU, "--responsible", "bertta") == 0
    capsys.readouterr()

    assert run(server_db_url, "access-report", "--client", HETU) == 0
    report = capsys.readouterr().out
    assert "device  aino" in report
    assert "view" in report
    assert "server  aino" in report
    assert "/api/v1/sync/push" in report

    assert run(server_db_url, "device", "list", "--user", "aino") == 0
    listed = capsys.readouterr().out
    assert aino.device_id in listed
    assert "active" in listed
    assert run(server_db_url, "device", "revoke", aino.device_id) == 0
    assert run(server_db_url, "device", "list") == 0
    assert "revoked" in capsys.readouterr().out
    assert run(server_db_url, "user", "disable", "bertta") == 0
    assert run(server_db_url, "access-report", "--client", "010180-1232") == 1


def test_a_password_is_never_taken_from_the_arguments(
    server_db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ASTU_SERVER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    status = run(
        server_db_url, "user", "add", "aino", "--full-name", "Aino A", "--role", "field_worker"
    )
    assert status == 2
    assert "ASTU_SERVER_PASSWORD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(
            server_db_url,
            "user",
            "add",
            "aino",
            "--full-name",
            "A",
            "--role",
            "field_worker",
            "--password",
            "x",
        )
