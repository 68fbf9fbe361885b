"""Values are checked at the server's boundary: the attacks that worked, each refused now.

Each attack is made by an enrolled worker's device over real HTTP with hand-written
JSON (SQLite and PostgreSQL alike), and each test says what a worker or a lead would
notice: their sync keeps working, the bad row alone is refused with a reason, and one
person stays one client however their henkilötunnus is typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from astu_desktop.models import Client, HomeVisit
from astu_desktop.models.hetu import make_hetu
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.validation import InvalidValue
from astu_server import records, values
from astu_server.db import FeedPositions
from astu_server.models import Record
from tests.integration.conftest import laptops, server, server_db_url
from tests.integration.serverkit import Laptop, LiveServer
from tests.outboxkit import put_value_behind_the_checks
from tests.security.values_kit import (
    RawDevice,
    change,
    client_fields,
    new_id,
    push_case_file,
    raw_devices,
)

__all__ = ["laptops", "raw_devices", "server", "server_db_url"]  # fixtures used here
Devices = Callable[[str], RawDevice]
HETU = "010594Y9032"


def a_team(server: LiveServer) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    server.add_user("leena", role="team_lead", team="Itä")


def test_a_lone_surrogate_is_refused_alone_and_every_pull_still_works(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    broken, fine = new_id(), new_id()
    results = device.push(
        change("client", broken, client_fields(first_names="Ai\ud800no")),
        change("client", fine, client_fields()),
    )
    assert results == [
        {
            "table": "client", "row_id": broken, "outcome": "refused", "reason": "invalid_value",
            "fields": ["first_names"], "problems": {"first_names": "not_unicode"},
            "new_row_id": None, "current": None,
        }
    ]  # fmt: skip
    assert server.record("client", broken) is None
    assert server.record("client", fine) is not None  # the rest of the batch flowed
    assert [row["row_id"] for row in device.pull_everything()["rows"] if row["table"] == "client"]
    lead = laptops("leena")
    assert fine in lead.client_ids()


def test_control_characters_and_line_breaks_are_refused_in_names(
    server: LiveServer, raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    names = {
        "Eino\nRivi": "line_break",
        "Ei\x1b[2Jno": "control_characters",
        "\u202eoniE": "control_characters",  # would show as "Eino", found by no search
    }
    results = device.push(
        *(
            change("contact_person", new_id(), {
                "client_id": case.client_id, "name": name, "relation": "veli",
                "notes": "Kaksi riviä\nja\tsarkain",  # a long text keeps them
            })
            for name in names
        )
    )  # fmt: skip
    assert [result["problems"] for result in results] == [{"name": p} for p in names.values()]


def test_a_visit_in_year_one_is_refused_and_the_leads_laptop_keeps_syncing(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    times = {
        "0001-01-01T00:00:00+00:00": "out_of_range",
        "0001-01-01T00:00:00+02:00": "out_of_range",  # before year 1 in UTC
        "2101-01-01T00:00:00+00:00": "out_of_range",
        "2026-11-03T09:00:00": "no_time_zone",
    }
    rows = {new_id(): when for when in times}
    results = device.push(
        *(
            change("home_visit", row_id, {
                "client_id": case.client_id, "visited_at": when, "kind": "home_visit",
            })
            for row_id, when in rows.items()
        )
    )  # fmt: skip
    assert {r["row_id"]: r["problems"] for r in results} == {
        row_id: {"visited_at": times[when]} for row_id, when in rows.items()
    }
    lead = laptops("leena")
    report = lead.sync(verify_every=timedelta(0))
    assert (report.set_aside, report.verified) == (0, True)
    with lead.session() as session:
        assert session.scalar(select(HomeVisit.id).where(HomeVisit.id == case.visit_id))


def test_look_alike_henkilotunnus_variants_are_the_same_person_on_the_server(
    server: LiveServer, raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    person = new_id()
    assert device.push(change("client", person, client_fields(HETU))) == []
    variants = {
        "010594y9032": "duplicate",  # lower case
        "010594\u04239032": "duplicate",  # Cyrillic У for Y
        "０１０５９４Ｙ９０３２": "duplicate",  # full-width
        "\u202e2309Y495010": "invalid_value",  # right-to-left override: shows as a code
        "010594Y\u200b9032": "invalid_value",  # a zero-width space inside
    }
    rows = {new_id(): variant for variant in variants}
    results = device.push(
        *(change("client", row_id, client_fields(hetu)) for row_id, hetu in rows.items())
    )
    assert {r["row_id"]: r["reason"] for r in results} == {
        row_id: variants[hetu] for row_id, hetu in rows.items()
    }
    with server.session() as session:
        stored = list(session.scalars(select(Record.data).where(Record.table_name == "client")))
    assert [data["hetu"] for data in stored] == [HETU]  # one person, one client


def test_a_lower_case_henkilotunnus_is_stored_as_the_one_written_form(
    server: LiveServer, raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    person = new_id()
    hetu = next(h for n in range(902, 999) if (h := make_hetu(date(1994, 5, 1), n, "Y"))[-1] > "9")
    lower_with_look_alike = hetu.lower().replace("y", "\u0443")  # and a Cyrillic у
    assert device.push(change("client", person, client_fields(lower_with_look_alike))) == []
    assert (server.record("client", person) or {})["hetu"] == hetu


def test_a_stored_bad_value_is_withheld_and_the_rest_of_the_scope_flows(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Devices
) -> None:
    """Written straight into the server's database, as an older version or a bug would."""
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    contact = new_id()
    device.push(
        change("contact_person", contact, {
            "client_id": case.client_id, "name": "Eino", "relation": "veli",
        })
    )  # fmt: skip
    spoil(server, "contact_person", contact, name="Ei\ud800no")
    spoil(server, "home_visit", case.visit_id, visited_at="0001-01-01T00:00:00+00:00")

    pulled = device.pull_everything()
    assert sorted(row["row_id"] for row in pulled["withheld"]) == sorted([contact, case.visit_id])
    assert case.client_id in {row["row_id"] for row in pulled["rows"]}

    lead = laptops("leena")  # its first sync brings the team's scope
    assert case.client_id in lead.client_ids()
    with lead.session() as session:
        held = set(session.scalars(select(sync_quarantine.c.row_id)))
    assert held == {contact, case.visit_id}
    [first] = lead.reports
    assert (first.set_aside, first.verified, first.resynced) == (2, True, False)
    report = lead.sync(verify_every=timedelta(0))  # the scope check leaves them out too
    assert (report.verified, report.resynced) == (True, False)


def spoil(server: LiveServer, table: str, row_id: str, **values: object) -> None:
    with server.admin() as session:
        record = session.get_one(Record, (table, row_id))
        record.data = {**record.data, **values}


def test_the_laptop_refuses_to_queue_a_value_the_server_would_refuse(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Devices
) -> None:
    a_team(server)
    aino = laptops("aino")
    with pytest.raises(InvalidValue) as refused, aino.session() as session, session.begin():
        session.add(Client(first_names="Aino\nRivi", last_name="Virtanen", hetu=HETU))
    assert refused.value.problems == {"first_names": "line_break"}
    with aino.session() as session:
        assert session.scalar(select(Client.id)) is None
    report = aino.sync()
    assert report.pushed_changes == 0


def test_protocol_integers_out_of_range_are_a_4xx_with_a_code(
    server: LiveServer, raw_devices: Devices
) -> None:
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    visit = change("home_visit", new_id(), {
        "client_id": case.client_id, "visited_at": datetime(2026, 11, 3, tzinfo=UTC).isoformat(),
        "kind": "home_visit",
    })  # fmt: skip
    entry = {
        "id": new_id(), "seq": 1, "at": "2026-11-03T09:00:00+00:00", "worker_id": None,
        "client_id": None, "action": "view", "outcome": "ok", "target": None,
        "prev_hash": "0" * 64, "hash": "1" * 64,
    }  # fmt: skip
    bodies: dict[str, Callable[[object], dict[str, object]]] = {
        "/sync/push seq": lambda n: {"seq": n},
        "/sync/push base_cursor": lambda n: {"seq": 50, "changes": [{**visit, "base_cursor": n}]},
        "/sync/push access_log seq": lambda n: {"seq": 51, "access_log": [{**entry, "seq": n}]},
        "/sync/pull cursor": lambda n: {"cursor": n},
        "/sync/pull limit": lambda n: {"cursor": 0, "limit": n},
    }
    for where, body in bodies.items():
        for number in (2**63, 10**30, -(2**63), -1, "5", 5.5, True, None, [], {}):
            answer = device.post(where.split()[0], body(number))
            assert 400 <= answer.status_code < 500, (where, number, answer.text)
            assert answer.json()["code"] == "invalid_request", (where, number)
    for path in ("/enrol", "/sync/push", "/sync/pull", "/sync/summary"):
        for number in (2**63, 10**30, -1, 0, "1", 1.5):  # 2, a newer laptop, is answered
            answer = device.post(path, {"protocol_version": number})
            assert 400 <= answer.status_code < 500, (path, number, answer.text)
            assert answer.json()["code"] in ("protocol_mismatch", "invalid_request")


def test_a_bad_row_from_an_older_server_is_set_aside_on_the_laptop_and_the_rest_applies(
    server: LiveServer,
    laptops: Callable[[str], Laptop],
    raw_devices: Devices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server that sends what it stores unchecked: the laptop checks each pulled row."""
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    present = new_id()
    device.push(change("visit_worker", present, {"visit_id": case.visit_id,
                                                 "worker_id": case.worker_id}))  # fmt: skip
    spoil(server, "home_visit", case.visit_id, visited_at="0001-01-01T00:00:00+02:00")
    monkeypatch.setattr(values, "sendable", lambda _table, _data: True)

    lead = laptops("leena")
    [first] = lead.reports
    assert first.set_aside == 2  # the visit, and the worker present at it (its child)
    assert case.client_id in lead.client_ids()  # the rest applied
    with lead.session() as session:
        query = select(sync_quarantine.c.row_id, sync_quarantine.c.reason)
        held = {row_id: reason for row_id, reason in session.execute(query)}
        assert session.scalar(select(HomeVisit.id)) is None
    assert held == {case.visit_id: "received_invalid", present: "received_invalid"}
    assert lead.sync(verify_every=timedelta(0)).verified is True

    monkeypatch.undo()
    with server.admin() as session:  # repaired on the server: back into the feed
        record = session.get_one(Record, ("home_visit", case.visit_id))
        repaired = {"visited_at": "2026-11-03T09:00:00+00:00"}
        records.update(record, repaired, records.server_origin(), FeedPositions(session).next())
    lead.sync()
    with lead.session() as session:
        assert session.scalar(select(HomeVisit.id)) == case.visit_id
        assert session.scalar(select(sync_quarantine.c.row_id)) in (None, present)


def test_a_bad_value_queued_by_an_older_version_is_refused_alone_and_kept_with_its_reason(
    server: LiveServer, laptops: Callable[[str], Laptop], raw_devices: Devices
) -> None:
    """An outbox written before these checks: the server refuses that row, the rest flows."""
    a_team(server)
    aino = laptops("aino")
    with aino.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU)
        session.add(client)
        session.flush()
        visit = HomeVisit(client_id=client.id, visited_at=datetime(2026, 11, 3, tzinfo=UTC))
        session.add(visit)
        session.flush()
        put_value_behind_the_checks(session, visit.id, "visited_at", "0001-01-01T00:00:00+00:00")
    report = aino.sync()
    assert (report.refused, report.refused_reasons) == (1, ["invalid_value"])
    assert server.record("client", client.id) is not None
    assert server.record("home_visit", visit.id) is None
    with aino.session() as session:
        query = select(sync_quarantine.c.row_id, sync_quarantine.c.reason)
        assert [tuple(row) for row in session.execute(query)] == [(visit.id, "value_out_of_range")]


def test_withheld_rows_are_counted_in_the_log_without_their_values(
    server: LiveServer, raw_devices: Devices, caplog: pytest.LogCaptureFixture
) -> None:
    a_team(server)
    device = raw_devices("aino")
    case = push_case_file(device)
    spoil(server, "client", case.client_id, last_name="Virta\ud800nen")
    with caplog.at_level(logging.WARNING, logger="astu_server.values"):
        assert [row["row_id"] for row in device.pull_everything()["withheld"]] == [case.client_id]
    [line] = [record.getMessage() for record in caplog.records]
    assert "1 stored rows withheld" in line
    assert f"client/{case.client_id}" in line
    assert "Virta" not in line
