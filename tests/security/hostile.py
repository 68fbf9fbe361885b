"""A worker with their own enrolled device, sending what a laptop never would.

Raw HTTP with the device's own valid token: everything the server may not believe
is in the body, which is exactly where a hostile laptop puts it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from astu_protocol.accesschain import CURRENT_CHAIN, GENESIS_HASH, canonical, entry_hash
from tests.integration.serverkit import PASSWORD, LiveServer

HETU_X, HETU_Y = "131052-308T", "010180-1232"
TEAMS = {"Itä": [("aino", "field_worker"), ("bertta", "field_worker"), ("leena", "team_lead")],
         "Länsi": [("cecilia", "field_worker"), ("lauri", "team_lead")]}  # fmt: skip


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC)


def stamp() -> str:
    return f"{int(now().timestamp() * 1000):015d}.000000000.hostile"


@dataclass
class Device:
    """One enrolled device, driven by hand."""

    http: httpx.Client
    token: str
    device_id: str
    user_id: str
    push_seq: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)  # the access log written

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(path, json=body, headers={"Authorization": f"Bearer {self.token}"})

    def push(
        self,
        changes: list[dict[str, Any]] = (),
        access_log: list[dict[str, Any]] = (),  # type: ignore[assignment]
    ) -> dict[str, Any]:
        self.push_seq += 1
        answer = self.post(
            "/api/v1/sync/push",
            {"seq": self.push_seq, "changes": list(changes), "access_log": list(access_log)},
        )
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def results(self, *changes: dict[str, Any]) -> list[tuple[str, str | None, list[str]]]:
        answer = self.push(list(changes))
        return [(r["outcome"], r.get("reason"), r.get("fields", [])) for r in answer["results"]]

    def entry(self, **overrides: Any) -> dict[str, Any]:
        """The next access-log entry, hashed as a laptop hashes it, with `overrides`."""
        prev = self.log[-1] if self.log else None
        values: dict[str, Any] = {
            "id": new_id(), "seq": (prev["seq"] + 1) if prev else 1, "at": now(),
            "worker_id": self.user_id, "client_id": None, "action": "view",
            "outcome": "ok", "target": "client:record",
            "prev_hash": prev["hash"] if prev else GENESIS_HASH,
            "chain_version": CURRENT_CHAIN,
        }  # fmt: skip
        values.update(overrides)
        values["hash"] = overrides.get("hash") or hash_of(values, self.device_id)
        self.log.append(values)
        return values

    def send_log(self, *entries: dict[str, Any]) -> dict[str, Any]:
        wire = [{**entry, "at": entry["at"].isoformat()} for entry in entries]
        return self.push(access_log=wire)


def hash_of(values: dict[str, Any], device_id: str) -> str:
    return entry_hash(
        canonical(
            version=values["chain_version"], seq=values["seq"], entry_id=values["id"],
            at=values["at"], worker_id=values["worker_id"], device_id=device_id,
            client_id=values["client_id"], action=values["action"],
            outcome=values["outcome"], target=values["target"], prev_hash=values["prev_hash"],
        )
    )  # fmt: skip


@dataclass
class Office:
    """Two teams on a live server; every worker with a device; a client of each team."""

    server: LiveServer
    http: httpx.Client
    devices: dict[str, Device]
    client_x: str  # Aino's client (team Itä)
    client_y: str  # Cecilia's client (team Länsi)

    def __getitem__(self, username: str) -> Device:
        return self.devices[username]

    def user_id(self, username: str) -> str:
        return self.devices[username].user_id


def client_row(client_id: str, hetu: str, last_name: str) -> dict[str, Any]:
    fields = {"first_names": "Testi", "last_name": last_name, "hetu": hetu,
              "birth_date": f"19{hetu[4:6]}-{hetu[2:4]}-{hetu[0:2]}", "sex": "female",
              "languages": [], "needs_interpreter": False}  # fmt: skip
    return row("client", fields, client_id)


def row(table: str, fields: dict[str, Any], row_id: str | None = None) -> dict[str, Any]:
    return {"table": table, "row_id": row_id or new_id(), "fields": fields, "stamp": stamp(),
            "base_cursor": 0}  # fmt: skip


def document(client_id: str, **fields: Any) -> dict[str, Any]:
    values = {"client_id": client_id, "form_key": "service_plan", "form_version": 1,
              "answers": {}, "status": "draft", "version_no": 1,
              "document_date": service_day().isoformat()}  # fmt: skip
    values.update(fields)
    return row("form_document", values)


def service_day() -> date:
    return now().astimezone(ZoneInfo("Europe/Helsinki")).date()


def moment(delta: timedelta = timedelta(0)) -> str:
    return (now() + delta).isoformat()


@pytest.fixture
def office(server: LiveServer) -> Iterator[Office]:
    for team, members in TEAMS.items():
        server.add_team(team)
        for username, role in members:
            server.add_user(username, role=role, team=team)
    http = httpx.Client(base_url=server.url)
    devices = {}
    for username in [name for members in TEAMS.values() for name, _ in members]:
        device_id = new_id()
        enrolled = http.post(
            "/api/v1/enrol",
            json={"username": username, "password": PASSWORD, "device_id": device_id,
                  "device_name": f"{username}-laptop",
                  "enrolment_code": server.enrolment_code(username)},
        )  # fmt: skip
        assert enrolled.status_code == 200, enrolled.text
        body = enrolled.json()
        devices[username] = Device(http, body["device_token"], device_id, body["user"]["id"])
    client_x, client_y = new_id(), new_id()
    assert devices["aino"].results(client_row(client_x, HETU_X, "Virtanen")) == []
    assert devices["cecilia"].results(client_row(client_y, HETU_Y, "Nieminen")) == []
    try:
        yield Office(server, http, devices, client_x, client_y)
    finally:
        http.close()
