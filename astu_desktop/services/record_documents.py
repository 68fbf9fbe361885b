"""The client's documents for the record: per form, the current version and all others."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import DocumentReview, FormDocument
from astu_desktop.services.case_facts import current_document_ids
from astu_desktop.services.reviews import ReviewLine
from astu_desktop.services.sync_marks import RowSync, row_states
from astu_protocol.codes import DocumentStatus, FormKey, ReviewDecision

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
    """The current (latest signed) version, None before the first signature; every version,
    newest first; and the newest draft being written, shown as a draft beside the current."""

    current: DocumentLine | None
    versions: tuple[DocumentLine, ...]
    reviews: tuple[ReviewLine, ...] = ()  # every lead's decision on any version, oldest first
    draft: DocumentLine | None = None


def documents_by_form(
    session: Session, client_id: str, workers: Mapping[str, str]
) -> dict[FormKey, FormDocuments]:
    """Every form's documents, with the current version as services/case_facts.py says."""
    query = (
        select(FormDocument)
        .where(FormDocument.client_id == client_id, FormDocument.deleted_at.is_(None))
        .order_by(
            FormDocument.document_date.desc(),
            FormDocument.version_no.desc(),
            FormDocument.id.desc(),
        )
    )
    documents = list(session.scalars(query))  # newest first, as `open_draft` orders them
    current_ids = current_document_ids(session, client_id)
    reviews = _reviews(session, client_id, {d.id: d for d in documents}, workers)
    states = row_states(session, DOCUMENT_TABLE, [d.id for d in documents])
    result = {}
    for key in FormKey:
        decided = {line.document_id: line.decision for line in reviews.get(key, [])}
        lines = [
            _document_line(d, workers, decided, states) for d in documents if d.form_key == key
        ]
        result[key] = FormDocuments(
            next((line for line in lines if line.document_id == current_ids.get(key)), None),
            tuple(lines),
            tuple(reviews.get(key, [])),
            next((line for line in lines if line.status == DocumentStatus.DRAFT), None),
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
