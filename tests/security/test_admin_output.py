"""What an admin's terminal prints of uploaded text cannot rewrite or forge its lines.

Attack: control characters in an uploaded target and a device name rewrote lines of
`access-report` and `device list` on the admin's terminal. Targets now come from a
closed set (an entry with another one is refused), and every uploaded text the CLI
prints is escaped.
"""

from __future__ import annotations

import httpx
import pytest

from astu_server.cli import main as server_cli
from tests.integration.serverkit import PASSWORD
from tests.security.hostile import HETU_X, Office, new_id

ESCAPE = "\x1b[1A\x1b[2K\r"  # up one line, erase it, back to its start
FORGED_LINE = "2026-01-01T00:00:00Z  device  leena"


def _printed(server_db_url: str, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert server_cli(["--db-url", server_db_url, *argv]) == 0
    return capsys.readouterr().out


def test_a_device_name_cannot_rewrite_the_device_list(
    office: Office, server_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with httpx.Client(base_url=office.server.url) as http:
        enrolled = http.post(
            "/api/v1/enrol",
            json={"username": "bertta", "password": PASSWORD, "device_id": new_id(),
                  "device_name": f"x{ESCAPE}\u202e{FORGED_LINE}\n",
                  "enrolment_code": office.server.enrolment_code("bertta")},
        )  # fmt: skip
    assert enrolled.status_code == 200

    listed = _printed(server_db_url, capsys, "device", "list")

    assert "\x1b" not in listed
    assert "\u202e" not in listed
    assert len(listed.splitlines()) == len(office.devices) + 1  # one line per device
    assert "\\x1b[1A" in listed  # shown, not obeyed


def test_the_access_report_prints_one_line_per_event_and_no_control_characters(
    office: Office, server_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    aino = office["aino"]
    aino.send_log(
        aino.entry(client_id=office.client_x),
        aino.entry(client_id=office.client_x, target=f"client:record{ESCAPE}\n{FORGED_LINE}"),
    )

    printed = _printed(server_db_url, capsys, "access-report", "--client", HETU_X)

    assert "\x1b" not in printed
    assert FORGED_LINE not in printed
    lines = printed.splitlines()
    assert [line.split()[1] for line in lines].count("device") == 1
    assert any("unknown_target" in line for line in lines)
