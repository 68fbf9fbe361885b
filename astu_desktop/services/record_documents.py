"""The client's documents for the record: per form, the current version and all others."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import DocumentReview, FormDocument
from astu_desktop.models.codes import DocumentStatus, FormKey
from astu_desktop.models.reviews import ReviewDecision
from astu_desktop.services.reviews import ReviewLine
from astu_desktop.services.sync_marks import RowSync, row_states

DOCUMENT_TABLE = "form_document"


@dataclass(frozen=True)
class DocumentLine:
    document_id: str
    form_key: FormKey
    version_no: int
    status: DocumentStatus
    document_date: date
    author: str | None
    review_due: date | None
    review: ReviewDecision | None = None  # the lead's newest decision on this version
    sync: RowSync | None = None  # not (yet) on the server


@dataclass(frozen=True)
class FormDocuments:
    """The current version (None before the first document) and every version, newest first."""

    current: DocumentLine | None
    versions: tuple[DocumentLine, ...]
    reviews: tuple[ReviewLine, ...] = ()  # every lead's decision on any version, oldest first


def documents_by_form(
    session: Session, client_id: str, workers: Mapping[str, str]
) -> dict[FormKey, FormDocuments]:
    """Every form's documents from one query.

    The current version is chosen as `documents.current_version` chooses it (the newest
    document that no live amendment supersedes), here in Python over rows already read.
    """
    query = (
        select(FormDocument)
        .where(FormDocument.client_id == client_id, FormDocument.deleted_at.is_(None))
        .order_by(
            FormDocument.document_date.desc(),
            FormDocument.version_no.desc(),
            FormDocument.id.desc(),
        )
    )
    documents = list(session.scalars(query))
    superseded = {d.supersedes_id for d in documents if d.supersedes_id is not None}
    reviews = _reviews(session, client_id, {d.id: d for d in documents}, workers)
    states = row_states(session, DOCUMENT_TABLE, [d.id for d in documents])
    result = {}
    for key in FormKey:
        mine = [d for d in documents if d.form_key == key]
        live = [d for d in mine if d.id not in superseded]
        current = max(live, key=lambda d: (d.document_date, d.id), default=None)
        decided = {line.document_id: line.decision for line in reviews.get(key, [])}
        result[key] = FormDocuments(
            _document_line(current, workers, decided, states) if current is not None else None,
            tuple(_document_line(d, workers, decided, states) for d in mine),
            tuple(reviews.get(key, [])),
        )
    return result


def _reviews(
    session: Session,
    client_id: str,
    documents: Mapping[str, FormDocument],
    workers: Mapping[str, str],
) -> dict[FormKey, list[ReviewLine]]:
    """The client's reviews per form, oldest first (so a later decision overrides)."""
    query = (
        select(DocumentReview)
        .where(DocumentReview.client_id == client_id, DocumentReview.deleted_at.is_(None))
        .order_by(DocumentReview.reviewed_at, DocumentReview.id)
    )
    found: dict[FormKey, list[ReviewLine]] = {}
    for review in session.scalars(query):
        document = documents.get(review.document_id)
        if document is None:
            continue
        found.setdefault(document.form_key, []).append(
            ReviewLine(
                review.document_id, document.version_no, review.decision, review.note,
                workers.get(review.reviewer_id, ""), review.reviewed_at,
            )
        )  # fmt: skip
    return found


def _document_line(
    document: FormDocument,
    workers: Mapping[str, str],
    decided: Mapping[str, ReviewDecision],
    states: Mapping[str, RowSync],
) -> DocumentLine:
    return DocumentLine(
        document.id,
        document.form_key,
        document.version_no,
        document.status,
        document.document_date,
        workers.get(document.author_id or ""),
        document.review_due,
        decided.get(document.id),
        states.get(document.id),
    )
