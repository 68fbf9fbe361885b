"""Every endpoint against every kind of caller; a new endpoint must join the matrix.

Callers: worker A (the client's responsible worker), worker B of the same team,
worker C of another team, each team's lead, a revoked device, no token, a forged
token. What each may see or change is decided by the server from the token alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from astu_protocol.messages import SCOPE_BUCKETS, TABLES
from astu_server.app import create_app
from astu_server.models import User
from tests.integration.serverkit import PASSWORD, LiveServer
from tests.support import helsinki_today

CLIENT_X = "01a22300-0000-7000-8000-0000000000c1"
CALLERS = ("worker_a", "worker_b", "worker_c", "lead_a", "lead_b", "revoked", "none", "forged")
USERS = {"worker_a": "aino", "worker_b": "bertta", "worker_c": "cecilia", "lead_a": "leena",
         "lead_b": "lauri", "revoked": "aino"}  # fmt: skip
SEES_X = {"worker_a", "lead_a"}


@dataclass
class World:
    http: httpx.Client
    tokens: dict[str, str]
    device_ids: dict[str, str]
    server: LiveServer
    user_ids: dict[str, str]

    def call(self, caller: str, method: str, path: str, body: Any = None) -> httpx.Response:
        headers = {}
        if caller == "forged":
            headers["Authorization"] = "Bearer " + "A" * 43
        elif caller in self.tokens:
            headers["Authorization"] = f"Bearer {self.tokens[caller]}"
        return self.http.request(method, path, json=body, headers=headers)


def stamp() -> str:
    return f"{int(datetime.now(UTC).timestamp() * 1000):015d}.000000000.matrix"


@pytest.fixture
def world(server: LiveServer) -> Iterator[World]:
    server.add_team("Itä")
    server.add_team("Länsi")
    for user, role, team in [("aino", "field_worker", "Itä"), ("bertta", "field_worker", "Itä"),
                             ("cecilia", "field_worker", "Länsi"), ("leena", "team_lead", "Itä"),
                             ("lauri", "team_lead", "Länsi")]:  # fmt: skip
        server.add_user(user, role=role, team=team)
    http = httpx.Client(base_url=server.url)
    tokens, device_ids, user_ids = {}, {}, {}
    for number, (caller, username) in enumerate(USERS.items()):
        device_ids[caller] = f"01a22300-0000-7000-8000-{number:012d}"
        enrolment = _enrolment(username, device_ids[caller], server.enrolment_code(username))
        enrolled = http.post("/api/v1/enrol", json=enrolment)
        tokens[caller] = enrolled.json()["device_token"]
        user_ids[username] = enrolled.json()["user"]["id"]
    with server.session() as session:  # and the ones without a device of their own here
        user_ids.update(
            {name: id_ for name, id_ in session.execute(select(User.username, User.id))}
        )
    created = http.post(
        "/api/v1/sync/push",
        json=_push(1, {"first_names": "Aino", "last_name": "Virtanen", "hetu": "131052-308T",
                       "birth_date": "1952-10-13", "sex": "female", "languages": [],
                       "needs_interpreter": False}),
        headers={"Authorization": f"Bearer {tokens['worker_a']}"},
    )  # fmt: skip
    assert created.status_code == 200
    assert created.json()["results"] == []
    server.revoke(device_ids["revoked"])
    try:
        yield World(http, tokens, device_ids, server, user_ids)
    finally:
        http.close()


def _enrolment(
    username: str, device_id: str, code: str, password: str = PASSWORD
) -> dict[str, Any]:
    return {"username": username, "password": password, "device_id": device_id,
            "enrolment_code": code}  # fmt: skip


def _push(seq: int, fields: dict[str, Any]) -> dict[str, Any]:
    change = {"table": "client", "row_id": CLIENT_X, "fields": fields, "stamp": stamp(),
              "base_cursor": 0}  # fmt: skip
    return {"seq": seq, "changes": [change]}


def _pulled_clients(response: httpx.Response) -> set[str]:
    return {row["row_id"] for row in response.json()["rows"] if row["table"] == "client"}


Check = Callable[[World, str], None]


def check_health(world: World, caller: str) -> None:
    assert world.call(caller, "GET", "/api/v1/health").status_code == 200


def check_openapi(world: World, caller: str) -> None:
    assert world.call(caller, "GET", "/api/v1/openapi.json").status_code == 200


def check_enrol(world: World, caller: str) -> None:
    if caller in ("none", "forged"):  # no credentials: a wrong password
        guess = _enrolment("aino", "01a22300-0000-7000-8000-00000000ffff", "ARVAU-SKOOD",
                           "arvaus")  # fmt: skip
        answer = world.call(caller, "POST", "/api/v1/enrol", guess)
        assert (answer.status_code, answer.json()["code"]) == (401, "unauthorized")
        return
    code = world.server.enrolment_code(USERS[caller])
    answer = world.call(caller, "POST", "/api/v1/enrol",
                        _enrolment(USERS[caller], world.device_ids[caller], code))  # fmt: skip
    if caller == "revoked":
        assert (answer.status_code, answer.json()["code"]) == (403, "device_revoked")
    else:
        assert answer.status_code == 200
        world.tokens[caller] = answer.json()["device_token"]  # the new token replaces the old


def check_me(world: World, caller: str) -> None:
    answer = world.call(caller, "GET", "/api/v1/me")
    _expect_refusal_or(answer, caller, lambda: answer.json()["username"] == USERS[caller])


def check_token(world: World, caller: str) -> None:
    """A fresh device's token is not due for rotation; only the device itself may ask."""
    answer = world.call(caller, "POST", "/api/v1/device/token", {})
    _expect_refusal_or(answer, caller, lambda: answer.json().get("device_token") is None)


def check_pull(world: World, caller: str) -> None:
    answer = world.call(caller, "POST", "/api/v1/sync/pull", {"cursor": 0, "include_own": True})
    expected = {CLIENT_X} if caller in SEES_X else set()
    _expect_refusal_or(answer, caller, lambda: _pulled_clients(answer) == expected)


def check_push(world: World, caller: str) -> None:
    answer = world.call(caller, "POST", "/api/v1/sync/push", _push(50, {"phone": caller}))

    def outcome() -> bool:
        results = [(r["outcome"], r.get("reason")) for r in answer.json()["results"]]
        if caller == "worker_a":
            return results == []
        if caller == "lead_a":  # the lead had not seen worker A's edit: both are kept
            return results == [("conflict", None)]
        return results == [("refused", "not_permitted")]

    _expect_refusal_or(answer, caller, outcome)


def check_summary(world: World, caller: str) -> None:
    answer = world.call(caller, "POST", "/api/v1/sync/summary", {})
    expected = 1 if caller in SEES_X else 0
    _expect_refusal_or(answer, caller, lambda: answer.json()["counts"].get("client", 0) == expected)


def check_rows(world: World, caller: str) -> None:
    every_bucket = {"buckets": list(range(SCOPE_BUCKETS))}
    answer = world.call(caller, "POST", "/api/v1/sync/rows", every_bucket)
    expected = {CLIENT_X} if caller in SEES_X else set()
    _expect_refusal_or(answer, caller, lambda: _pulled_clients(answer) == expected)


def _expect_refusal_or(answer: httpx.Response, caller: str, allowed: Callable[[], bool]) -> None:
    if caller == "revoked":
        assert (answer.status_code, answer.json()["code"]) == (403, "device_revoked")
    elif caller in ("none", "forged"):
        assert (answer.status_code, answer.json()["code"]) == (401, "unauthorized")
    else:
        assert answer.status_code == 200, answer.text
        assert allowed()


MATRIX: dict[tuple[str, str], Check] = {
    ("GET", "/api/v1/health"): check_health,
    ("GET", "/api/v1/openapi.json"): check_openapi,
    ("POST", "/api/v1/enrol"): check_enrol,
    ("GET", "/api/v1/me"): check_me,
    ("POST", "/api/v1/device/token"): check_token,
    ("POST", "/api/v1/sync/pull"): check_pull,
    ("POST", "/api/v1/sync/push"): check_push,
    ("POST", "/api/v1/sync/summary"): check_summary,
    ("POST", "/api/v1/sync/rows"): check_rows,
}


def served_endpoints() -> set[tuple[str, str]]:
    from sqlalchemy import create_engine

    app = create_app(create_engine("sqlite://"))
    endpoints = {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }
    for route in app.routes:  # routes outside the document (the document itself)
        for method in getattr(route, "methods", None) or ():
            if method != "HEAD":
                endpoints.add((method, route.path))  # type: ignore[attr-defined]
    return endpoints


def test_every_served_endpoint_is_in_the_matrix() -> None:
    assert served_endpoints() == set(MATRIX)


def test_the_authorization_matrix(world: World, server: LiveServer) -> None:
    for (method, path), check in MATRIX.items():
        for caller in CALLERS:
            try:
                check(world, caller)
            except AssertionError as failure:
                raise AssertionError(f"{method} {path} as {caller}: {failure}") from None
    # Only the two callers with X in scope changed it; the later one holds meanwhile.
    assert server.record("client", CLIENT_X)["phone"] == "lead_a"


# -- the fields naming a person -----------------------------------------------------
# Who acted comes from the device's user: each field referring to a worker, pushed by
# each caller who may change client X, naming themselves and naming someone else.
PERSON_CALLERS = ("worker_a", "lead_a")
OWN = {"worker_a": "aino", "lead_a": "leena"}
# (table, field) -> {(caller, named user): refusal reason, or None for accepted}
PERSON_FIELDS: dict[tuple[str, str], dict[tuple[str, str], str | None]] = {
    ("form_document", "author_id"): {
        ("worker_a", "aino"): None, ("worker_a", "bertta"): "other_person",
        ("lead_a", "leena"): None, ("lead_a", "aino"): "other_person",
    },
    ("form_document", "signed_by_id"): {
        ("worker_a", "aino"): None, ("worker_a", "bertta"): "other_person",
        ("lead_a", "leena"): None, ("lead_a", "aino"): "other_person",
    },
    ("home_visit", "recorded_by_id"): {
        ("worker_a", "aino"): None, ("worker_a", "bertta"): "other_person",
        ("lead_a", "leena"): None, ("lead_a", "aino"): "other_person",
    },
    ("sas_decision", "decided_by_id"): {
        ("worker_a", "aino"): None, ("worker_a", "leena"): "other_person",
        ("lead_a", "leena"): None, ("lead_a", "bertta"): "other_person",
    },
    ("document_review", "reviewer_id"): {
        ("worker_a", "aino"): "lead_only", ("lead_a", "leena"): None,
        ("lead_a", "lauri"): "lead_only",
    },
    ("service_episode", "responsible_worker_id"): {
        ("worker_a", "aino"): None, ("worker_a", "bertta"): "lead_only",
        ("lead_a", "bertta"): None, ("lead_a", "cecilia"): "not_permitted",
    },
    ("visit_worker", "worker_id"): {
        ("worker_a", "bertta"): None, ("worker_a", "cecilia"): "not_team_worker",
        ("lead_a", "aino"): None, ("lead_a", "lauri"): "not_team_worker",
    },
    ("booked_visit", "booked_by_id"): {
        ("worker_a", "aino"): None, ("worker_a", "bertta"): "other_person",
        ("lead_a", "leena"): None, ("lead_a", "aino"): "other_person",
    },
    ("booked_visit_worker", "worker_id"): {
        ("worker_a", "bertta"): None, ("worker_a", "cecilia"): "not_team_worker",
        ("lead_a", "aino"): None, ("lead_a", "lauri"): "not_team_worker",
    },
}  # fmt: skip


def test_every_field_naming_a_worker_is_in_the_person_matrix() -> None:
    naming = {
        (table.name, spec.name)
        for table in TABLES.values()
        if table.device_writable
        for spec in table.fields
        if spec.references == "worker"
    }
    assert naming == set(PERSON_FIELDS)


def _naming_rows(world: World, caller: str, table: str, field: str, named: str) -> list[Any]:
    """The rows a laptop would push, the last one naming `named` in `field`."""
    own, person = world.user_ids[OWN[caller]], world.user_ids[named]
    now = datetime.now(UTC).isoformat()
    signed = {"status": "signed", "author_id": own, "signed_by_id": own, "signed_at": now}
    document = {"client_id": CLIENT_X, "form_key": "service_plan", "form_version": 1,
                "answers": {}, "status": "draft", "version_no": 1,
                "document_date": helsinki_today().isoformat()}  # fmt: skip
    visit = {"client_id": CLIENT_X, "visited_at": now, "kind": "home_visit",
             "recorded_by_id": own}  # fmt: skip
    if table == "form_document":
        return [_row(table, {**document, **(signed if field == "signed_by_id" else {}),
                             field: person})]  # fmt: skip
    if table == "home_visit":
        return [_row(table, {**visit, field: person})]
    if table == "sas_decision":
        return [_row(table, {"client_id": CLIENT_X, "outcome": "not_placed",
                             "decided_on": "2026-12-01", field: person})]  # fmt: skip
    if table == "service_episode":
        return [_row(table, {"client_id": CLIENT_X, "service": "outreach", "status": "starting",
                             "start_date": "2026-12-01", field: person})]  # fmt: skip
    if table == "visit_worker":
        parent = _row("home_visit", visit)
        return [parent, _row(table, {"visit_id": parent["row_id"], field: person})]
    booking = {"client_id": CLIENT_X, "starts_at": now, "duration_minutes": 60,
               "status": "booked", "booked_by_id": own}  # fmt: skip
    if table == "booked_visit":
        return [_row(table, {**booking, field: person})]
    if table == "booked_visit_worker":
        parent = _row("booked_visit", booking)
        return [parent, _row(table, {"booking_id": parent["row_id"], field: person})]
    parent = _row("form_document", {**document, **signed})
    review = {"client_id": CLIENT_X, "document_id": parent["row_id"], "decision": "approved",
              "reviewed_at": now, field: person}  # fmt: skip
    return [parent, _row(table, review)]


def _row(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {"table": table, "row_id": str(uuid.uuid4()), "fields": fields, "stamp": stamp(),
            "base_cursor": 0}  # fmt: skip


def test_the_person_naming_fields_name_only_whom_the_pusher_may(world: World) -> None:
    seq = 100
    for (table, field), cases in PERSON_FIELDS.items():
        for (caller, named), expected in cases.items():
            seq += 1
            rows = _naming_rows(world, caller, table, field, named)
            answer = world.call(caller, "POST", "/api/v1/sync/push",
                                {"seq": seq, "changes": rows})  # fmt: skip
            assert answer.status_code == 200, answer.text
            results = [(r["outcome"], r.get("reason")) for r in answer.json()["results"]]
            wanted = [] if expected is None else [("refused", expected)]
            assert results == wanted, f"{table}.{field} by {caller} naming {named}"
