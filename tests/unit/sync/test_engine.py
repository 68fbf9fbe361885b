"""The device side of a push, against a stand-in server: compaction, re-sending, ack."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select

from astu_desktop.models import Client, FormDocument, OutboxChange
from astu_desktop.models.base import utcnow
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.client import ServerUnreachable
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import sync_quarantine, sync_state
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.messages import (
    ChangeResult,
    Health,
    Outcome,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefusalReason,
    ScopeSummary,
    SummaryRequest,
)

HETU = "131052-308T"


class StandIn:
    """Records what it is sent; answers pushes with `results`; can lose one answer."""

    def __init__(self, results: list[ChangeResult] | None = None, lose_first_answer: bool = False):
        self.pushes: list[PushRequest] = []
        self.results = results or []
        self.lose_first_answer = lose_first_answer

    def push(self, request: PushRequest) -> PushResponse:
        self.pushes.append(request)
        if self.lose_first_answer and len(self.pushes) == 1:
            raise ServerUnreachable("answer lost")
        return PushResponse(seq=request.seq, results=self.results, server_time_ms=0)

    def pull(self, request: PullRequest) -> PullResponse:
        return PullResponse(
            rows=[], events=[], conflicts=[], next_cursor=request.cursor, has_more=False,
            server_time_ms=0,
        )  # fmt: skip

    def summary(self, request: SummaryRequest) -> ScopeSummary:
        return ScopeSummary(counts={}, digest="", cursor=-1)

    def health(self) -> Health:
        return Health()


@pytest.fixture
def enrolled(store: CaseStore) -> CaseStore:
    with store.session() as session, session.begin():
        session.execute(
            insert(sync_state).values(
                singleton=1, server_url="http://127.0.0.1:9", device_token="t", user_id="u",
                username="aino", role="field_worker", enrolled_at=utcnow().replace(tzinfo=None),
            )
        )  # fmt: skip
    return store


def add_client(store: CaseStore) -> str:
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU)
        session.add(client)
        session.flush()
        return client.id


def edit(store: CaseStore, client_id: str, **values: object) -> None:
    with store.session() as session, session.begin():
        client = session.get_one(Client, client_id)
        for name, value in values.items():
            setattr(client, name, value)


def outbox_size(store: CaseStore) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(OutboxChange)) or 0


def test_edits_of_one_record_go_as_one_change_with_the_newest_values(enrolled: CaseStore) -> None:
    client_id = add_client(enrolled)
    edit(enrolled, client_id, phone="040 1")
    edit(enrolled, client_id, phone="040 2")
    assert outbox_size(enrolled) == 1  # three saves of one record: one row waits
    server = StandIn()
    synchronise(enrolled, server)
    [change] = server.pushes[0].changes
    assert (change.table, change.row_id) == ("client", client_id)
    assert change.fields["phone"] == "040 2"
    assert change.fields["hetu"] == HETU
    assert change.base_cursor == 0
    assert outbox_size(enrolled) == 0


def test_dependent_fields_travel_together(enrolled: CaseStore) -> None:
    client_id = add_client(enrolled)
    edit(enrolled, client_id, street_address="Kaarlenkatu 3", postal_code="00530", city="Helsinki")
    synchronise(enrolled, StandIn())
    edit(enrolled, client_id, city="Vantaa")
    server = StandIn()
    synchronise(enrolled, server)
    [change] = server.pushes[0].changes
    assert change.fields == {
        "street_address": "Kaarlenkatu 3",
        "postal_code": "00530",
        "city": "Vantaa",
    }


def test_a_signature_travels_with_the_whole_document(enrolled: CaseStore) -> None:
    client_id = add_client(enrolled)
    with enrolled.session() as session, session.begin():
        document = FormDocument(
            client_id=client_id, form_key=FormKey.SERVICE_PLAN, form_version=1,
            answers={"services_notes": "x"}, document_date=date(2026, 11, 5),
        )  # fmt: skip
        session.add(document)
    synchronise(enrolled, StandIn())
    with enrolled.session() as session, session.begin():
        signed = session.get_one(FormDocument, document.id)
        signed.status = DocumentStatus.SIGNED
        signed.signed_at = datetime(2026, 11, 6, tzinfo=UTC)
    server = StandIn()
    synchronise(enrolled, server)
    [change] = server.pushes[0].changes
    assert change.fields["answers"] == {"services_notes": "x"}
    assert change.fields["status"] == "signed"
    assert change.fields["document_date"] == "2026-11-05"


def test_a_batch_whose_answer_was_lost_goes_again_under_the_same_number(
    enrolled: CaseStore,
) -> None:
    client_id = add_client(enrolled)
    server = StandIn(lose_first_answer=True)
    with pytest.raises(ServerUnreachable):
        synchronise(enrolled, server)
    edit(enrolled, client_id, phone="050 9")  # made while the answer was missing
    assert outbox_size(enrolled) == 2  # never merged into the batch already out
    synchronise(enrolled, server)
    first, again, later = server.pushes
    assert again == first  # same number, same content: the server answers it from memory
    assert later.seq == first.seq + 1
    assert [c.fields for c in later.changes] == [{"phone": "050 9"}]
    assert outbox_size(enrolled) == 0


def test_a_refused_change_is_quarantined_with_its_reason_and_values(enrolled: CaseStore) -> None:
    client_id = add_client(enrolled)
    refusal = ChangeResult(
        table="client", row_id=client_id, outcome=Outcome.REFUSED,
        reason=RefusalReason.DUPLICATE, fields=["hetu"],
    )  # fmt: skip
    report = synchronise(enrolled, StandIn([refusal]))
    assert (report.refused, report.refused_reasons) == (1, ["duplicate"])
    with enrolled.session() as session:
        kept = session.execute(select(sync_quarantine)).mappings().one()
    assert (kept["row_id"], kept["reason"], kept["reason_fields"]) == (
        client_id,
        "duplicate",
        ["hetu"],
    )
    assert kept["fields"]["hetu"] == HETU
    assert outbox_size(enrolled) == 0
