"""The client's documents for the record: per form, the current version and all others."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import FormDocument
from astu_desktop.models.codes import DocumentStatus, FormKey


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
    result = {}
    for key in FormKey:
        mine = [d for d in documents if d.form_key == key]
        live = [d for d in mine if d.id not in superseded]
        current = max(live, key=lambda d: (d.document_date, d.id), default=None)
        result[key] = FormDocuments(
            _document_line(current, workers) if current is not None else None,
            tuple(_document_line(d, workers) for d in mine),
        )
    return result


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
