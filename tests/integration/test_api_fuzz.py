"""Hypothesis against the API: no input makes the server fail (5xx), bad input writes nothing."""

from __future__ import annotations

import gzip
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from astu_protocol.tables import TABLES
from astu_server.models import Record
from tests.integration.serverkit import PASSWORD, LiveServer

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
TABLE_NAMES = st.sampled_from([*TABLES, "user_account", "x" * 70])
FIELD_NAMES = st.sampled_from(
    sorted({f.name for spec in TABLES.values() for f in spec.fields} | {"id"})
)
STAMPS = st.sampled_from(["001795900000000.000000000.d", "nope", "9" * 15 + ".1.d"])
CHANGE = st.fixed_dictionaries(
    {
        "table": TABLE_NAMES,
        "row_id": st.text(min_size=1, max_size=40),
        "fields": st.dictionaries(FIELD_NAMES, JSON, max_size=5),
        "stamp": STAMPS,
        "base_cursor": st.integers(min_value=-1, max_value=10**12),
    }
)
BODIES = {
    "/api/v1/sync/push": st.fixed_dictionaries(
        {"seq": st.integers(-1, 10**6), "changes": st.lists(CHANGE, max_size=3)}
    )
    | JSON,
    "/api/v1/sync/pull": st.fixed_dictionaries({"cursor": st.integers(-5, 10**15)}) | JSON,
    "/api/v1/sync/summary": st.fixed_dictionaries({"exclude": st.lists(st.text(max_size=40))})
    | JSON,
    "/api/v1/enrol": st.fixed_dictionaries(
        {
            "username": st.text(max_size=70),
            "password": st.text(max_size=10),
            "device_id": st.text(max_size=40),
        }
    )
    | JSON,
}


def records(server: LiveServer) -> int:
    with server.session() as session:
        return session.scalar(select(func.count()).select_from(Record)) or 0


def check(http: httpx.Client, server: LiveServer, path: str, body: Any) -> None:
    before = records(server)
    answer = http.post(path, json=body)
    assert answer.status_code < 500, answer.text
    if answer.status_code >= 400:
        assert answer.json()["code"]  # a clear, machine-readable reason
        assert records(server) == before  # and nothing written


@pytest.mark.slow
def test_random_requests_never_break_the_server_and_bad_ones_write_nothing(
    server: LiveServer,
) -> None:
    server.add_team("Itä")
    server.add_user("aino", team="Itä")
    enrolled = httpx.post(
        f"{server.url}/api/v1/enrol",
        json={
            "username": "aino",
            "password": PASSWORD,
            "device_id": "01a22300-0000-7000-8000-0000000000f1",
            "enrolment_code": server.enrolment_code("aino"),
        },
    )
    token = enrolled.json()["device_token"]
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}) as http:

        @settings(
            max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        @given(data=st.data())
        def fuzz(data: st.DataObject) -> None:
            path = data.draw(st.sampled_from(sorted(BODIES)))
            check(http, server, path, data.draw(BODIES[path]))

        fuzz()
        broken = http.post(
            "/api/v1/sync/push",
            content=b"\x1f\x8b not gzip",
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert (broken.status_code, broken.json()["code"]) == (400, "invalid_request")
        bomb = gzip.compress(b" " * (65 * 1024 * 1024))
        refused = http.post(
            "/api/v1/sync/pull",
            content=bomb,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert (refused.status_code, refused.json()["code"]) == (413, "too_large")
