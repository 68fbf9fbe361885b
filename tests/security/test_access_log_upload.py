"""The access log is a legal record: the server stores only what it can believe.

Attack: an upload naming another worker, another team's client, any action and any
date was stored, and `access-report` printed it as fact. Now such an entry is an
integrity event (shown as one), and so is a gap, a fork or a rewrite of a device's
chain; none is accepted or dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from astu_server.accessreport import access_report
from astu_server.cli import main as server_cli
from astu_server.models import AccessLogIntegrityEvent, DeviceAccessLog
from tests.security.hostile import HETU_X, HETU_Y, Office, hash_of, now


def stored(office: Office, device_id: str) -> list[int]:
    with office.server.session() as session:
        query = select(DeviceAccessLog.seq).where(DeviceAccessLog.device_id == device_id)
        return sorted(session.scalars(query))


def events(office: Office, device_id: str) -> list[tuple[str, int, str]]:
    with office.server.session() as session:
        query = (
            select(AccessLogIntegrityEvent)
            .where(AccessLogIntegrityEvent.device_id == device_id)
            .order_by(AccessLogIntegrityEvent.id)
        )
        return [(event.kind, event.seq, event.detail) for event in session.scalars(query)]


def report(office: Office, client_id: str) -> list[tuple[str, str, str]]:
    with office.server.session() as session:
        return [
            (line.source, line.username, line.action) for line in access_report(session, client_id)
        ]


def test_an_honest_entry_is_stored_and_reported(office: Office) -> None:
    aino = office["aino"]
    answer = aino.send_log(aino.entry(client_id=office.client_x))

    assert answer["access_log_head"]["seq"] == 1
    assert stored(office, aino.device_id) == [1]
    assert ("device", "aino", "view") in report(office, office.client_x)
    assert events(office, aino.device_id) == []


Forgery = Callable[[Office], dict[str, Any]]
FORGERIES: dict[str, tuple[Forgery, str]] = {
    "another worker": (lambda o: {"worker_id": o.user_id("bertta")}, "worker_not_device_user"),
    "another team's client": (lambda o: {"client_id": o.client_y}, "client_never_held"),
    "an action of its own": (lambda o: {"action": "delete"}, "unknown_action"),
    "control characters": (lambda o: {"outcome": "ok\x1b[2K"}, "unknown_action"),
    "a forged line": (
        lambda o: {"target": "client:record\n2026-01-01T00:00:00Z  device  leena"},
        "unknown_target",
    ),
    "a date before the enrolment": (
        lambda o: {"at": now() - timedelta(days=3650)},
        "time_out_of_range",
    ),
    "a date in the future": (lambda o: {"at": now() + timedelta(days=1)}, "time_out_of_range"),
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_an_untrue_entry_is_an_integrity_event_not_a_fact(office: Office, forgery: str) -> None:
    aino = office["aino"]
    make, reason = FORGERIES[forgery]
    overrides = {"client_id": office.client_x, **make(office)}

    aino.send_log(aino.entry(**overrides))

    assert stored(office, aino.device_id) == []
    assert events(office, aino.device_id) == [("refused", 1, reason)]
    lines = report(office, overrides["client_id"])
    assert [line for line in lines if line[0] == "device"] == []
    assert ("integrity", "aino", "refused") in lines


def test_gaps_forks_and_rewrites_are_kept_as_integrity_events(office: Office) -> None:
    aino = office["aino"]
    first = aino.entry(client_id=office.client_x)
    aino.send_log(first)
    second = aino.entry(client_id=office.client_x)
    third = aino.entry(client_id=office.client_x, seq=3, prev_hash=second["hash"])
    aino.send_log(third)  # the second never arrives: a gap
    forked = aino.entry(client_id=office.client_x, prev_hash="f" * 64)
    aino.send_log(forked)  # seq 4, but not after seq 3
    rewritten = {**first, "target": "client:summary"}
    rewritten["hash"] = "e" * 64
    aino.send_log(rewritten)  # seq 1 again, other content

    assert events(office, aino.device_id) == [
        ("gap", 3, "missing_from_2"),
        ("fork", 4, "prev_hash_differs"),
        ("rewrite", 1, "seq_taken"),
    ]
    assert stored(office, aino.device_id) == [1, 3, 4]
    assert [line[2] for line in report(office, office.client_x) if line[0] == "integrity"] == [
        "gap", "fork", "rewrite",
    ]  # fmt: skip


def test_seq_is_part_of_the_hash(office: Office) -> None:
    aino = office["aino"]
    aino.send_log(aino.entry(client_id=office.client_x))
    second = aino.entry(client_id=office.client_x)
    hashed_as_fifth = hash_of({**second, "seq": 5}, aino.device_id)

    aino.send_log({**second, "hash": hashed_as_fifth})  # moved down from seq 5 to seq 2

    assert events(office, aino.device_id) == [("rewrite", 2, "hash_differs")]
    assert stored(office, aino.device_id) == [1]


def test_the_admin_listing_shows_integrity_events(
    office: Office, server_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    aino = office["aino"]
    aino.send_log(aino.entry(client_id=office.client_y))
    capsys.readouterr()

    assert server_cli(["--db-url", server_db_url, "integrity-events"]) == 0
    listed = capsys.readouterr().out
    assert "client_never_held" in listed
    assert aino.device_id in listed
    assert server_cli(["--db-url", server_db_url, "access-report", "--client", HETU_Y]) == 0
    assert "client_never_held" in capsys.readouterr().out
    assert server_cli(["--db-url", server_db_url, "access-report", "--client", HETU_X]) == 0
    assert "client_never_held" not in capsys.readouterr().out
