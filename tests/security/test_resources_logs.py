"""A database error during a push leaves no personal data in the server's log, and
every request, refused or failed, leaves an API access record without values.

The attack: an error while storing a client made the server print the SQL statement
with its parameters (or the database's own message with the row's values), so a
henkilötunnus reached the log. The error is forced here by a trigger that refuses the
insert and, on PostgreSQL, quotes the row in its message as a constraint would.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from astu_protocol.messages import API_PREFIX
from astu_server.db import make_engine, sessions
from astu_server.models import ApiAccess
from tests.integration.serverkit import PASSWORD
from tests.security.resourcekit import db_url, server_process

__all__ = ["db_url"]  # the fixture: SQLite and PostgreSQL

CANARY_HETU = "240387-977V"
CANARY_NAME = "Kanarialintu"
CLIENT_ID = "01a22300-0000-7000-8000-0000000000c7"
DEVICE_ID = "01a22300-0000-7000-8000-0000000000d7"


def force_insert_failure(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text(
                    "CREATE FUNCTION refuse_record() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION 'refused row %', NEW.data; END $$ LANGUAGE plpgsql"
                ))  # fmt: skip
                connection.execute(text(
                    "CREATE TRIGGER refuse_record BEFORE INSERT ON record "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_record()"
                ))  # fmt: skip
            else:
                connection.execute(text(
                    "CREATE TRIGGER refuse_record BEFORE INSERT ON record "
                    "BEGIN SELECT RAISE(ABORT, 'refused row'); END"
                ))  # fmt: skip
    finally:
        engine.dispose()


def canary_push() -> dict[str, object]:
    stamp = f"{int(datetime.now(UTC).timestamp() * 1000):015d}.000000000.canary"
    fields = {"first_names": CANARY_NAME, "last_name": CANARY_NAME, "hetu": CANARY_HETU,
              "birth_date": "1987-03-24", "sex": "female", "languages": [],
              "needs_interpreter": False}  # fmt: skip
    change = {"table": "client", "row_id": CLIENT_ID, "fields": fields, "stamp": stamp,
              "base_cursor": 0}  # fmt: skip
    return {"seq": 1, "changes": [change]}


def access_records(db_url: str) -> list[tuple[str, str, int, str | None]]:
    engine = make_engine(db_url)
    try:
        with sessions(engine)() as session:
            rows = session.execute(
                select(
                    ApiAccess.method, ApiAccess.path, ApiAccess.status, ApiAccess.device_id
                ).order_by(ApiAccess.id)
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]
    finally:
        engine.dispose()


def test_a_failed_push_of_a_client_logs_no_personal_data(db_url: str, tmp_path: Path) -> None:
    with server_process(db_url, tmp_path) as server:
        server.add_user("aino")
        enrolment = {"username": "aino", "password": PASSWORD, "device_id": DEVICE_ID,
                     "enrolment_code": server.enrolment_code("aino")}  # fmt: skip
        with httpx.Client(base_url=server.url + API_PREFIX, timeout=30) as http:
            wrong = http.post("/enrol", json={**enrolment, "password": "arvaus"})
            token = http.post("/enrol", json=enrolment).json()["device_token"]
            force_insert_failure(db_url)
            failed = http.post("/sync/push", json=canary_push(),
                               headers={"Authorization": f"Bearer {token}"})  # fmt: skip
            http.get(f"/{CANARY_HETU}")  # a path with a value: not kept as typed
        log = server.output()
    assert (wrong.status_code, failed.status_code) == (401, 500)
    assert failed.json()["code"] == "internal_error"
    assert "internal error" in log  # the failure is logged...
    assert CANARY_HETU not in log  # ...without the client
    assert CANARY_NAME not in log
    assert access_records(db_url) == [
        ("GET", "/api/v1/health", 200, None),  # the test kit's "is it up?"
        ("POST", "/api/v1/enrol", 401, None),
        ("POST", "/api/v1/enrol", 200, DEVICE_ID),
        ("POST", "/api/v1/sync/push", 500, DEVICE_ID),
        ("GET", "-", 401, None),
    ]


def test_a_database_error_does_not_carry_its_parameters(db_url: str) -> None:
    """Wherever an error's text ends up (a log, a report), the values are not in it."""
    engine = make_engine(db_url)
    try:
        with pytest.raises(DBAPIError) as failed, engine.begin() as connection:
            connection.execute(text("SELECT CAST(:value AS INTEGER) FROM no_such_table"),
                               {"value": CANARY_HETU})  # fmt: skip
    finally:
        engine.dispose()
    assert CANARY_HETU not in str(failed.value)
