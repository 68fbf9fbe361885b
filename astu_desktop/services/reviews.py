"""A lead approves signed assessments and service plans, or returns them with a note.

A decision is a new `DocumentReview` row (the history is never rewritten) and syncs
to the worker through the server, which accepts it only from a lead of the client's
team. A returned document stays as it was signed; the worker answers with an
amendment (`documents.amend`), which supersedes it and, once signed, awaits review.

Functions take the caller's session and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Exists, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from astu_desktop.models import Client, FormDocument, ServiceEpisode, Worker
from astu_desktop.models.reviews import DocumentReview
from astu_desktop.services import documents
from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import (
    AccessAction,
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    ReviewDecision,
    Role,
)
from astu_protocol.tables import REVIEW_NOTE_MAX

REVIEWED_FORMS = (FormKey.ASSESSMENT_INTERVIEW, FormKey.SERVICE_PLAN)
REVIEW_TARGET = "document_review"


class ReviewRefused(Exception):
    """Base of the refusals a lead can meet when reviewing."""


class NotReviewer(ReviewRefused):
    """Only a team lead reviews documents."""


class NotReviewable(ReviewRefused):
    """Only signed assessments and service plans (their newest version) are reviewed."""


class NoteRequired(ReviewRefused, ValueError):
    """A returned document needs a note of at most REVIEW_NOTE_MAX characters."""


@dataclass(frozen=True)
class ReviewLine:
    document_id: str
    version_no: int
    decision: ReviewDecision
    note: str | None
    reviewer: str
    reviewed_at: datetime


@dataclass(frozen=True)
class ReturnedDocument:
    """A document a lead returned: what the worker's list shows."""

    document_id: str
    client_id: str
    client_name: str
    form_key: FormKey
    version_no: int
    document_date: date
    note: str | None
    reviewer: str
    reviewed_at: datetime


def review_document(
    session: Session,
    document_id: str,
    *,
    decision: ReviewDecision,
    note: str | None,
    reviewer_id: str,
    now: datetime,
) -> DocumentReview:
    reviewer = session.get(Worker, reviewer_id)
    if reviewer is None or reviewer.role != Role.TEAM_LEAD:
        raise NotReviewer()
    document = documents.get_document(session, document_id)
    if (
        not document.is_signed
        or document.form_key not in REVIEWED_FORMS
        or documents.is_superseded(session, document_id)
    ):
        raise NotReviewable()
    note = (note or "").strip() or None
    if (decision is ReviewDecision.RETURNED and note is None) or len(note or "") > REVIEW_NOTE_MAX:
        raise NoteRequired()
    review = DocumentReview(
        client_id=document.client_id, document_id=document.id, decision=decision, note=note,
        reviewer_id=reviewer_id, reviewed_at=now,
    )  # fmt: skip
    session.add(review)
    session.flush()
    record_access(
        session, action=AccessAction.UPDATE, client_id=document.client_id,
        target=f"{REVIEW_TARGET}:{document.form_key.value}", worker_id=reviewer_id,
    )  # fmt: skip
    return review


def review_history(session: Session, document_id: str) -> list[ReviewLine]:
    """Every decision on every version of the document, oldest first."""
    versions = {d.id: d.version_no for d in documents.history(session, document_id)}
    statement = (
        select(DocumentReview, Worker.full_name)
        .outerjoin(Worker, Worker.id == DocumentReview.reviewer_id)
        .where(DocumentReview.document_id.in_(list(versions)), DocumentReview.deleted_at.is_(None))
        .order_by(DocumentReview.reviewed_at, DocumentReview.id)
    )
    return [
        ReviewLine(r.document_id, versions[r.document_id], r.decision, r.note, name or "",
                   r.reviewed_at)
        for r, name in session.execute(statement)
    ]  # fmt: skip


def latest_decisions(session: Session, document_ids: list[str]) -> dict[str, ReviewDecision]:
    """The newest decision on each of these documents (those never reviewed are left out)."""
    newest = (
        select(DocumentReview.document_id, func.max(DocumentReview.reviewed_at).label("at"))
        .where(DocumentReview.document_id.in_(document_ids), DocumentReview.deleted_at.is_(None))
        .group_by(DocumentReview.document_id)
        .subquery()
    )
    statement = select(DocumentReview.document_id, DocumentReview.decision).join(
        newest,
        and_(
            newest.c.document_id == DocumentReview.document_id,
            newest.c.at == DocumentReview.reviewed_at,
        ),
    )
    return {document_id: decision for document_id, decision in session.execute(statement)}


def returned_documents(session: Session, worker_id: str) -> list[ReturnedDocument]:
    """What a lead returned to this worker and is not yet answered by a signed amendment.

    The worker's are the documents they signed, and those of the clients whose open
    episode they are responsible for (a client handed over brings its returns along).
    """
    latest = _latest_reviews().subquery()
    review = aliased(DocumentReview, latest)
    document = FormDocument
    mine = select(ServiceEpisode.client_id).where(
        ServiceEpisode.responsible_worker_id == worker_id,
        ServiceEpisode.status != EpisodeStatus.ENDED,
        ServiceEpisode.deleted_at.is_(None),
    )
    statement = (
        select(review, document, Client, Worker.full_name)
        .join(document, document.id == review.document_id)
        .join(Client, Client.id == document.client_id)
        .outerjoin(Worker, Worker.id == review.reviewer_id)
        .where(
            review.decision == ReviewDecision.RETURNED,
            document.deleted_at.is_(None),
            Client.deleted_at.is_(None),
            or_(document.signed_by_id == worker_id, document.client_id.in_(mine)),
            ~_answered(document.id),
        )
        .order_by(review.reviewed_at.desc())
    )
    return [
        ReturnedDocument(
            d.id, c.id, c.full_name, d.form_key, d.version_no, d.document_date, r.note, name or "",
            r.reviewed_at,
        )
        for r, d, c, name in session.execute(statement)
    ]  # fmt: skip


def _latest_reviews() -> Select[DocumentReview]:
    """Each document's newest review row."""
    later = aliased(DocumentReview)
    return select(DocumentReview).where(
        DocumentReview.deleted_at.is_(None),
        ~exists().where(
            later.document_id == DocumentReview.document_id,
            later.deleted_at.is_(None),
            or_(
                later.reviewed_at > DocumentReview.reviewed_at,
                and_(later.reviewed_at == DocumentReview.reviewed_at, later.id > DocumentReview.id),
            ),
        ),
    )


def _answered(document_id: Any) -> Exists:
    """A signed, live amendment supersedes the document."""
    amendment = aliased(FormDocument)
    return exists().where(
        amendment.supersedes_id == document_id,
        amendment.deleted_at.is_(None),
        amendment.status == DocumentStatus.SIGNED,
    )
