"""Exporting and printing client documents: gather, lay out, protect, log.

Every export and every print writes one access-log entry in the caller's transaction,
with the kind of document as its target code; the PDF itself is made in memory and
handed back as bytes, so nothing personal touches a temporary file. Default file
names say what and when, never whose: a file list must not reveal a client.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlalchemy.orm import Session

from astu_desktop.models import Client, Worker
from astu_desktop.models.codes import AccessAction, FormKey
from astu_desktop.reports.case_summary_pdf import case_summary_pdf
from astu_desktop.reports.form_pdf import PrintableDocument, form_document_pdf
from astu_desktop.reports.protect import protect_pdf
from astu_desktop.reports.statistics_pdf import statistics_pdf
from astu_desktop.reports.words import LANGUAGES
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.case_summary import TARGET_CASE_SUMMARY, case_summary
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import current_version, form_of, get_document
from astu_desktop.services.statistics import year_statistics

TARGET_PREFIX = "pdf:"
TARGET_STATISTICS = "pdf:statistics"


class UnknownLanguage(ValueError):
    """Documents print in Finnish, Swedish or English."""


def printable_document(session: Session, document_id: str) -> PrintableDocument:
    document = get_document(session, document_id)
    client = session.get(Client, document.client_id)
    if client is None or client.is_deleted:
        raise ClientNotFound()
    return PrintableDocument(
        form=form_of(document),
        answers=dict(document.answers),
        client_name=client.full_name,
        client_hetu=client.hetu,
        document_date=document.document_date,
        version_no=document.version_no,
        signed_on=document.signed_at.date() if document.signed_at else None,
        signed_by=_worker_name(session, document.signed_by_id),
        author=_worker_name(session, document.author_id),
        review_due=document.review_due,
        amendment_reason=document.amendment_reason,
    )


def current_document_id(session: Session, client_id: str, form_key: FormKey) -> str | None:
    """The version a user means by "the client's service plan": the current one."""
    document = current_version(session, client_id, form_key)
    return document.id if document is not None else None


def document_pdf(
    session: Session, document_id: str, language: str, *, password: str | None = None
) -> bytes:
    """The document as PDF bytes (AES-256 protected when a password is given); logged."""
    _check_language(language)
    printable = printable_document(session, document_id)
    data = form_document_pdf(printable, language)
    if password is not None:
        data = protect_pdf(data, password)
    document = get_document(session, document_id)
    record_access(
        session,
        action=AccessAction.EXPORT,
        client_id=document.client_id,
        target=document_target(document.form_key),
    )
    return data


def case_summary_report_pdf(
    session: Session, client_id: str, language: str, *, today: date, password: str | None = None
) -> bytes:
    """The client's case summary as PDF; logged like a document export."""
    _check_language(language)
    data = case_summary_pdf(case_summary(session, client_id, today), language)
    if password is not None:
        data = protect_pdf(data, password)
    record_access(
        session, action=AccessAction.EXPORT, client_id=client_id, target=TARGET_CASE_SUMMARY
    )
    return data


def statistics_report_pdf(
    session: Session, year: int, language: str, *, today: date, password: str | None = None
) -> bytes:
    """The yearly statistics as PDF; logged without a client, since it names none."""
    _check_language(language)
    data = statistics_pdf(year_statistics(session, year, today), language)
    if password is not None:
        data = protect_pdf(data, password)
    record_access(session, action=AccessAction.EXPORT, client_id=None, target=TARGET_STATISTICS)
    return data


def record_print(session: Session, client_id: str | None, target: str) -> None:
    """A print goes to the log like an export: the paper copy leaves the store too."""
    record_access(session, action=AccessAction.PRINT, client_id=client_id, target=target)


def document_target(form_key: FormKey) -> str:
    return f"{TARGET_PREFIX}{form_key}"


def default_file_name(title: str, on: date) -> str:
    """`tuetun-asumisen-palvelusuunnitelma-2025-03-10.pdf`: what and when, never whose."""
    return f"{slug(title)}-{on.isoformat()}.pdf"


def slug(text: str) -> str:
    """ASCII, lower case, words joined by dashes: safe on every file system."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "document"


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UnknownLanguage(language)


def _worker_name(session: Session, worker_id: str | None) -> str | None:
    if worker_id is None:
        return None
    worker = session.get(Worker, worker_id)
    return worker.full_name if worker is not None else None
