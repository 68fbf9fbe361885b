"""A device speaking raw HTTP with a valid token, and valid rows of every synced table.

The attacks on values are made as a worker with ordinary tools would make them:
JSON written by hand and posted with httpx, not through the laptop's own checks.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx
import pytest

from astu_desktop.models.hetu import make_hetu
from tests.integration.serverkit import PASSWORD, LiveServer

STAMP = "001795900000000.000000001.device-raw"
_individuals = itertools.count(902)


def new_hetu() -> str:
    return make_hetu(date(1984, 3, 12), next(_individuals) % 1000)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class RawDevice:
    """An enrolled device that posts whatever JSON it likes."""

    http: httpx.Client
    user_id: str
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def post(self, path: str, body: object) -> httpx.Response:
        # ensure_ascii: a lone surrogate travels as the escape `\ud800`, as JSON allows
        return self.http.post(
            f"/api/v1{path}", content=json.dumps(body), headers={"content-type": "application/json"}
        )

    def push(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        """Push rows; returns the results of the ones not simply applied."""
        answer = self.post("/sync/push", {"seq": next(self.seq), "changes": list(changes)})
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def pull_everything(self) -> dict[str, Any]:
        """Every page of the scope from cursor 0; each page must be a 200."""
        cursor, rows, withheld = 0, [], []
        while True:
            answer = self.post("/sync/pull", {"cursor": cursor, "include_own": True})
            assert answer.status_code == 200, answer.text
            page = answer.json()
            rows += page["rows"] + [row for event in page["events"] for row in event["rows"]]
            withheld += page["withheld"]
            if not page["has_more"]:
                return {"rows": rows, "withheld": withheld}
            cursor = page["next_cursor"]


def enrol_raw(server: LiveServer, username: str) -> RawDevice:
    answer = httpx.post(
        f"{server.url}/api/v1/enrol",
        json={
            "username": username,
            "password": PASSWORD,
            "device_id": new_id(),
            "enrolment_code": server.enrolment_code(username),
        },
    )
    assert answer.status_code == 200, answer.text
    token, user_id = answer.json()["device_token"], answer.json()["user"]["id"]
    http = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"})
    return RawDevice(http, user_id)


@pytest.fixture
def raw_devices(server: LiveServer) -> Iterator[Callable[[str], RawDevice]]:
    """Enrol raw devices for users of `server`; their connections close afterwards."""
    opened: list[RawDevice] = []

    def make(username: str) -> RawDevice:
        opened.append(enrol_raw(server, username))
        return opened[-1]

    yield make
    for device in opened:
        device.http.close()


def change(table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {"table": table, "row_id": row_id, "fields": fields, "stamp": STAMP, "base_cursor": 0}


def client_fields(hetu: str | None = None, **values: Any) -> dict[str, Any]:
    return {
        "first_names": "Aino", "last_name": "Virtanen", "hetu": hetu or new_hetu(),
        "birth_date": "1984-03-12", "sex": "female", "languages": ["fi"],
        "needs_interpreter": False, **values,
    }  # fmt: skip


@dataclass(frozen=True)
class CaseFile:
    """One row of every table a client's rows hang from, pushed and stored."""

    client_id: str
    visit_id: str
    follow_up_id: str
    placement_id: str
    worker_id: str
    booking_id: str


def push_case_file(device: RawDevice) -> CaseFile:
    case = CaseFile(new_id(), new_id(), new_id(), new_id(), device.user_id, new_id())
    refused = device.push(
        change("client", case.client_id, client_fields()),
        *(
            change(table, row_id, valid_fields(table, case))
            for table, row_id in (
                ("home_visit", case.visit_id),
                ("rent_debt_follow_up", case.follow_up_id),
                ("placement", case.placement_id),
                ("booked_visit", case.booking_id),
            )
        ),
    )
    assert refused == []
    return case


def valid_fields(table: str, case: CaseFile) -> dict[str, Any]:
    """The required fields of a new row of `table`, valid, belonging to `case`'s client."""
    client = {"client_id": case.client_id}
    follow_up = {"follow_up_id": case.follow_up_id}
    rows: dict[str, dict[str, Any]] = {
        "client": client_fields(),
        "contact_person": {**client, "name": "Eino", "relation": "veli"},
        "form_document": {
            **client, "form_key": "service_plan", "form_version": 1, "answers": {},
            "status": "draft", "version_no": 1, "document_date": "2026-11-05",
        },
        "service_episode": {
            **client, "service": "outreach", "status": "active", "start_date": "2026-01-02",
        },
        "home_visit": {**client, "visited_at": "2026-11-03T09:00:00+00:00", "kind": "home_visit"},
        "sas_decision": {**client, "decided_on": "2026-02-01", "outcome": "place"},
        "housing_offer": {
            **client, "offered_on": "2026-03-01", "housing_type": "support_flat",
            "street_address": "Kaarlenkatu 3", "outcome": "pending",
        },
        "visit_worker": {"visit_id": case.visit_id, "worker_id": case.worker_id},
        "booked_visit": {
            **client, "starts_at": "2026-12-07T09:00:00+00:00", "duration_minutes": 60,
            "status": "booked", "booked_by_id": case.worker_id,
        },
        "booked_visit_worker": {"booking_id": case.booking_id, "worker_id": case.worker_id},
        "placement": {
            **client, "housing_type": "support_flat", "street_address": "Kaarlenkatu 3",
            "city": "Helsinki", "move_in_on": "2026-04-01",
        },
        "rent_debt_follow_up": {
            **client, "started_on": "2026-05-01", "debt_at_start_cents": 120_000, "stage": "work",
        },
        "tenancy_ending": {
            **client, "placement_id": case.placement_id, "ended_on": "2026-06-01",
            "reason": "moved_away",
        },
        "instalment": {**follow_up, "due_on": "2026-07-01", "amount_cents": 5_000},
        "partner_contact": {
            **follow_up, "partner": "landlord", "contacted_on": "2026-07-02", "channel": "phone",
        },
        "rent_debt_decision": {
            **follow_up, "kind": "more_time", "applied_on": "2026-07-03", "outcome": "pending",
        },
        "rent_payment": {
            **follow_up, "paid_on": "2026-07-04", "amount_cents": 5_000, "source": "client",
        },
    }  # fmt: skip
    return dict(rows[table])
