"""A home visit with a living-skills check reaches the server in the push that carries it.

The visit dialog saves the visit, its worker row and a draft check in one transaction;
the visit refers to the check and the worker row to the visit, so the push must carry
them in an order the server accepts, and the server must accept a row whose parent
arrives in the same batch.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import select

from astu_desktop.models import HomeVisit, VisitWorker
from astu_desktop.services import documents
from astu_desktop.services.seed import synthetic_answers
from astu_desktop.services.visits import VisitInput, save_visit
from astu_desktop.sync import outbox
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import FormKey, VisitKind
from astu_protocol.forms import definition
from astu_protocol.messages import PushRequest, RefusalReason, RowChange
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_reassignment import client_in_outreach, worker_id
from tests.integration.test_scope import HETU_X, two_teams

DAY = date(2026, 11, 3)
VISITED = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
STAMP = f"{int(VISITED.timestamp() * 1000):015d}.0.laptop"


def visit_with_check(laptop: Laptop, client_id: str) -> tuple[str, str]:
    """The visit dialog's save with "Add a living-skills check" ticked: (visit, check)."""
    visit = VisitInput(
        client_id=client_id, visited_at=VISITED, worker_ids=[worker_id(laptop)],
        others_present="", notes="Asunto siisti.", kind=VisitKind.HOME_VISIT,
        with_living_skills=True,
    )  # fmt: skip
    with laptop.session() as session, session.begin():
        check_id = save_visit(session, visit, today=DAY)
        assert check_id is not None
        visit_id = session.scalars(
            select(HomeVisit.id).where(HomeVisit.living_skills_document_id == check_id)
        ).one()
    return visit_id, check_id


def sign_check(laptop: Laptop, check_id: str, *, at: datetime = VISITED) -> None:
    """Sign the check at `at`: the day of the visit, or later once the draft has synced."""
    answers = synthetic_answers(definition(FormKey.LIVING_SKILLS_CHECK), random.Random(2))
    with laptop.session() as session, session.begin():
        documents.save_draft(session, check_id, answers)
        documents.sign(session, check_id, worker_id=worker_id(laptop), now=at)


def quarantined(laptop: Laptop) -> list[tuple[str, str]]:
    with laptop.session() as session:
        rows = session.execute(select(sync_quarantine.c.table_name, sync_quarantine.c.reason))
        return [tuple(row) for row in rows]


def test_a_visit_with_a_living_skills_check_reaches_the_server_in_one_push(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)
    aino.sync()  # the worker's own client is on the server before the visit

    visit_id, check_id = visit_with_check(aino, client_id)
    report = aino.sync()

    assert (report.refused, quarantined(aino)) == (0, [])
    assert server.record("home_visit", visit_id)["living_skills_document_id"] == check_id
    assert server.record("form_document", check_id)["status"] == "draft"
    with aino.session() as session:
        (row_id,) = session.scalars(select(VisitWorker.id).where(VisitWorker.visit_id == visit_id))
    assert server.record("visit_worker", row_id)["worker_id"] == worker_id(aino)

    sign_check(aino, check_id, at=datetime.now(UTC))  # after the draft reached the server
    assert aino.sync().refused == 0
    signed = server.record("form_document", check_id)
    assert (signed["status"], signed["signed_by_id"]) == ("signed", worker_id(aino))


def test_a_new_client_visited_with_a_check_arrives_whole_from_one_offline_day(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)  # registered offline, never synced
    visit_id, check_id = visit_with_check(aino, client_id)
    sign_check(aino, check_id)

    assert aino.sync().refused == 0
    assert server.record("client", client_id) is not None
    assert server.record("home_visit", visit_id)["living_skills_document_id"] == check_id
    assert server.record("form_document", check_id)["status"] == "signed"


def test_rows_cut_across_push_batches_still_reach_the_server_together(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """A batch limit that would end between the visit and the check it refers to."""
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)
    aino.sync()
    visit_id, check_id = visit_with_check(aino, client_id)

    assert aino.sync(push_rows=3).refused == 0
    assert quarantined(aino) == []
    assert server.record("home_visit", visit_id)["living_skills_document_id"] == check_id


def test_a_reference_to_a_row_the_server_lacks_is_refused_as_such(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """The reason names the missing row, not the worker's right to the client."""
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)
    aino.sync()
    visit_id, worker_row = str(uuid.uuid4()), str(uuid.uuid4())
    visit = {"client_id": client_id, "visited_at": "2026-11-03T09:30:00+00:00",
             "kind": "home_visit", "living_skills_document_id": str(uuid.uuid4())}  # fmt: skip
    orphan = {"visit_id": str(uuid.uuid4()), "worker_id": worker_id(aino)}
    request = PushRequest(
        seq=1000,  # after any batch the laptop sent
        changes=[
            RowChange(table="home_visit", row_id=visit_id, fields=visit, stamp=STAMP,
                      base_cursor=0),
            RowChange(table="visit_worker", row_id=worker_row, fields=orphan, stamp=STAMP,
                      base_cursor=0),
        ],
    )  # fmt: skip
    with aino.client() as client:
        response = client.push(request)

    reasons = {(r.table, r.reason, tuple(r.fields)) for r in response.results}
    assert reasons == {
        ("home_visit", RefusalReason.MISSING_REFERENCE, ("living_skills_document_id",)),
        ("visit_worker", RefusalReason.MISSING_PARENT, ("visit_id",)),
    }


def test_the_server_accepts_rows_before_the_rows_they_refer_to_in_one_batch(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Another device's order (worker row, visit, check) is applied all the same."""
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)
    aino.sync()
    visit_id, worker_row, check_id = (str(uuid.uuid4()) for _ in range(3))
    check = {
        "client_id": client_id,
        "form_key": "living_skills_check",
        "form_version": 1,
        "answers": {},
        "status": "draft",
        "version_no": 1,
        "document_date": "2026-11-03",
    }
    visit = {
        "client_id": client_id,
        "visited_at": "2026-11-03T09:30:00+00:00",
        "kind": "home_visit",
        "living_skills_document_id": check_id,
    }
    worker = {"visit_id": visit_id, "worker_id": worker_id(aino)}
    request = PushRequest(
        seq=1000,
        changes=[
            RowChange(table=table, row_id=row_id, fields=fields, stamp=STAMP, base_cursor=0)
            for table, row_id, fields in (("visit_worker", worker_row, worker),
                                          ("home_visit", visit_id, visit),
                                          ("form_document", check_id, check))
        ],
    )  # fmt: skip
    with aino.client() as client:
        response = client.push(request)

    assert response.results == []  # every row applied
    assert server.record("visit_worker", worker_row)["visit_id"] == visit_id


def test_the_laptop_sends_the_check_before_the_visit_and_the_visit_before_its_worker(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """So that a server of the previous version, applying in order, accepts it too."""
    two_teams(server)
    aino = laptops("aino")
    client_id = client_in_outreach(aino, HETU_X)
    aino.sync()
    visit_with_check(aino, client_id)

    with aino.session() as session, session.begin():
        batch = outbox.open_batch(session, max_rows=500)
        assert batch is not None
        tables = [change.table for change in batch.request.changes]
        session.rollback()  # only looked at, not fixed

    assert tables == ["form_document", "home_visit", "visit_worker"]
