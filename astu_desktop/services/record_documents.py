"""The client's documents of one form for the record: the current version and all others."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import FormDocument
from astu_desktop.models.codes import DocumentStatus, FormKey
from astu_desktop.services.documents import current_version


@dataclass(frozen=True)
class DocumentLine:
    document_id: str
    form_key: FormKey
    version_no: int
    status: DocumentStatus
    document_date: date
    author: str | None
    review_due: date | None


@dataclass(frozen=True)
class FormDocuments:
    """The current version (None before the first document) and every version, newest first."""

    current: DocumentLine | None
    versions: tuple[DocumentLine, ...]


def form_documents(
    session: Session, client_id: str, form_key: FormKey, workers: Mapping[str, str]
) -> FormDocuments:
    query = (
        select(FormDocument)
        .where(
            FormDocument.client_id == client_id,
            FormDocument.form_key == form_key,
            FormDocument.deleted_at.is_(None),
        )
        .order_by(
            FormDocument.document_date.desc(),
            FormDocument.version_no.desc(),
            FormDocument.id.desc(),
        )
    )
    versions = tuple(_document_line(d, workers) for d in session.scalars(query))
    current = current_version(session, client_id, form_key)
    shown = next((v for v in versions if current is not None and v.document_id == current.id), None)
    return FormDocuments(shown, versions)


def _document_line(document: FormDocument, workers: Mapping[str, str]) -> DocumentLine:
    return DocumentLine(
        document.id,
        document.form_key,
        document.version_no,
        document.status,
        document.document_date,
        workers.get(document.author_id or ""),
        document.review_due,
    )
