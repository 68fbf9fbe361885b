"""A lead approves or returns signed documents; the decisions reach the worker by sync."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import select

from astu_desktop.models import DocumentReview
from astu_desktop.services import documents
from astu_desktop.services.reviews import returned_documents, review_document, review_history
from astu_desktop.services.seed import synthetic_answers
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import FormKey, ReviewDecision
from astu_protocol.forms import definition
from astu_protocol.messages import RefusalReason
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_reassignment import client_in_outreach, worker_id
from tests.integration.test_scope import HETU_X, two_teams

DAY = date(2026, 11, 3)
NOTE = "Tavoitteista puuttuu asumisen tuen kesto."


def signed_plan(laptop: Laptop, client_id: str) -> str:
    """A service plan the worker drafted and signed through the documents service."""
    form = definition(FormKey.SERVICE_PLAN)
    answers = synthetic_answers(form, random.Random(5), around=DAY)
    with laptop.session() as session, session.begin():
        draft = documents.create_draft(
            session, client_id=client_id, form_key=FormKey.SERVICE_PLAN,
            author_id=worker_id(laptop), answers=answers, today=DAY,
        )  # fmt: skip
        documents.sign(session, draft.id, worker_id=worker_id(laptop), now=_at(10))
        return draft.id


def _at(hour: int) -> datetime:
    return datetime(2026, 11, 3, hour, tzinfo=UTC)


def decide(laptop: Laptop, document_id: str, decision: ReviewDecision, note: str | None) -> None:
    with laptop.session() as session, session.begin():
        review_document(
            session, document_id, decision=decision, note=note, reviewer_id=worker_id(laptop),
            now=_at(12 if decision is ReviewDecision.RETURNED else 15),
        )  # fmt: skip


def test_a_return_and_an_approval_travel_between_the_worker_and_the_lead(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, leena = laptops("aino"), laptops("leena")
    x = client_in_outreach(aino, HETU_X)
    plan = signed_plan(aino, x)
    aino.sync()
    leena.sync()

    decide(leena, plan, ReviewDecision.RETURNED, NOTE)  # offline, on the lead's laptop
    assert leena.sync().refused == 0
    aino.sync()

    with aino.session() as session:
        (returned,) = returned_documents(session, worker_id(aino))
    assert (returned.document_id, returned.note, returned.reviewer) == (plan, NOTE, "Leena")

    with aino.session() as session, session.begin():  # the worker answers with an amendment
        amendment = documents.amend(
            session, plan, author_id=worker_id(aino), reason="Kesto lisätty", today=DAY
        )
        documents.sign(session, amendment.id, worker_id=worker_id(aino), now=_at(14))
        amended = amendment.id
    with aino.session() as session:
        assert returned_documents(session, worker_id(aino)) == []
    aino.sync()
    leena.sync()
    decide(leena, amended, ReviewDecision.APPROVED, None)
    leena.sync()
    aino.sync()

    with aino.session() as session:
        history = review_history(session, amended)
    assert [(line.version_no, line.decision, line.note) for line in history] == [
        (1, ReviewDecision.RETURNED, NOTE),
        (2, ReviewDecision.APPROVED, None),
    ]
    assert server.record("document_review", _review_ids(aino)[0]) is not None


def _review_ids(laptop: Laptop) -> list[str]:
    with laptop.session() as session:
        return list(session.scalars(select(DocumentReview.id).order_by(DocumentReview.reviewed_at)))


def test_a_field_workers_review_is_refused_and_quarantined(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta, leena = laptops("aino"), laptops("bertta"), laptops("leena")
    x = client_in_outreach(aino, HETU_X)
    plan = signed_plan(aino, x)
    with aino.session() as session, session.begin():  # around the service's own check
        session.add(
            DocumentReview(
                client_id=x, document_id=plan, decision=ReviewDecision.APPROVED,
                reviewer_id=worker_id(aino), reviewed_at=_at(11),
            )
        )  # fmt: skip

    report = aino.sync()

    assert report.refused_reasons == [RefusalReason.LEAD_ONLY.value]
    with aino.session() as session:
        quarantined = session.execute(select(sync_quarantine)).mappings().one()
    assert quarantined["table_name"] == "document_review"
    leena.sync()
    assert _review_ids(leena) == []
    assert server.record("form_document", plan) is not None
    bertta.sync()
    assert bertta.client_ids() == set()
