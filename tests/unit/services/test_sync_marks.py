"""Which records are not on the server, asked only about the rows shown."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert

from astu_desktop.models import Client, HomeVisit, ServiceEpisode, VisitWorker, Worker
from astu_desktop.services import sync_marks
from astu_desktop.services.sync_marks import SyncMark
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.localstate import outbox, sync_quarantine
from astu_protocol.codes import EpisodeStatus, Service, VisitKind

VISITED = datetime(2026, 11, 3, 9, tzinfo=UTC)


def client_with_visit(store: CaseStore, hetu: str) -> tuple[str, str]:
    with store.session() as session, session.begin():
        worker = Worker(username=f"w{hetu[:6]}", full_name="Aino Aaltonen", role="field_worker")
        client = Client(first_names="Aino", last_name="Virtanen", hetu=hetu)
        session.add_all([worker, client])
        session.flush()
        session.add(
            ServiceEpisode(
                client_id=client.id, service=Service.OUTREACH, status=EpisodeStatus.ACTIVE,
                start_date=date(2026, 10, 1),
            )
        )  # fmt: skip
        visit = HomeVisit(client_id=client.id, visited_at=VISITED, kind=VisitKind.HOME_VISIT)
        session.add(visit)
        session.flush()
        session.add(VisitWorker(visit_id=visit.id, worker_id=worker.id))
        return client.id, visit.id


def sent(store: CaseStore) -> None:
    """As after a push the server accepted."""
    with store.session() as session, session.begin():
        session.execute(delete(outbox))


def test_a_visit_and_its_worker_rows_are_one_record_waiting(store: CaseStore) -> None:
    client_with_visit(store, "131052-308T")
    sent(store)
    with store.session() as session, session.begin():
        visit = HomeVisit(
            client_id=session.query(Client.id).scalar(), visited_at=VISITED,
            kind=VisitKind.PHONE,
        )  # fmt: skip
        session.add(visit)
        session.flush()
        session.add(VisitWorker(visit_id=visit.id, worker_id=session.query(Worker.id).scalar()))
    with store.session() as session:
        assert sync_marks.records_waiting(session) == 1


def test_only_the_clients_asked_about_are_marked(store: CaseStore) -> None:
    waiting, _ = client_with_visit(store, "131052-308T")
    sent(store)
    other, _ = client_with_visit(store, "010180-1232")
    with store.session() as session:
        assert sync_marks.client_marks(session, [waiting]) == {}
        assert sync_marks.client_marks(session, [waiting, other]) == {other: SyncMark.WAITING}


def test_a_refused_worker_row_marks_its_client_and_names_it(store: CaseStore) -> None:
    client_id, _visit = client_with_visit(store, "131052-308T")
    sent(store)
    with store.session() as session, session.begin():
        row_id = session.query(VisitWorker.id).scalar()
        session.execute(
            insert(sync_quarantine).values(
                table_name="visit_worker", row_id=row_id, fields={}, stamp="1.0.x",
                reason="missing_parent", reason_fields=["visit_id"],
                quarantined_at=datetime(2026, 11, 3, 10),
            )
        )  # fmt: skip
    with store.session() as session:
        assert sync_marks.client_marks(session, [client_id]) == {client_id: SyncMark.REFUSED}
        summary = sync_marks.client_sync(session, client_id)
        assert sync_marks.client_of_row(session, "visit_worker", row_id, {}) == client_id
    assert summary.waiting == 0
    assert [(r.table, r.reason, r.fields) for r in summary.refused] == [
        ("visit_worker", "missing_parent", ("visit_id",))
    ]
