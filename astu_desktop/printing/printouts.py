"""Exporting and printing client documents: gather, lay out, protect, log.

Every export and every print writes one access-log entry in the caller's transaction,
with the kind of document as its target code; the PDF itself is made in memory and
handed back as bytes, so nothing personal touches a temporary file. Default file
names say what and when, never whose: a file list must not reveal a client.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from astu_desktop.messages import LANGUAGES
from astu_desktop.models import Client, Worker
from astu_desktop.reports.case_summary_pdf import case_summary_pdf
from astu_desktop.reports.form_pdf import PrintableDocument, form_document_pdf
from astu_desktop.reports.protect import protect_pdf
from astu_desktop.reports.statistics_pdf import statistics_pdf
from astu_desktop.reports.words import word
from astu_desktop.services.accesslog import record_access
from astu_desktop.services.case_facts import current_document, open_draft
from astu_desktop.services.case_summary import TARGET_CASE_SUMMARY, case_summary
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import form_of, get_document
from astu_desktop.services.drafts import document_target
from astu_desktop.services.statistics import year_statistics
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.files import write_atomically
from astu_protocol.codes import AccessAction, FormKey
from astu_protocol.service_day import service_day

TARGET_STATISTICS = "statistics:report"


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
        signed_on=service_day(document.signed_at) if document.signed_at else None,
        signed_by=_worker_name(session, document.signed_by_id),
        author=_worker_name(session, document.author_id),
        review_due=document.review_due,
        amendment_reason=document.amendment_reason,
    )


def current_document_id(session: Session, client_id: str, form_key: FormKey) -> str | None:
    """The version a user means by "the client's service plan": the current (signed) one;
    before the first signature the draft, which prints with its DRAFT watermark."""
    document = current_document(session, client_id, form_key) or open_draft(
        session, client_id, form_key
    )
    return document.id if document is not None else None


@dataclass(frozen=True)
class RenderedPdf:
    """A laid-out PDF, not yet exported or printed, with what its log entry names."""

    data: bytes
    client_id: str | None
    target: str
    title: str  # the document's title in its language: the default file name's words
    on: date  # the document's date (or the day of the report)


def render_document(session: Session, document_id: str, language: str) -> RenderedPdf:
    _check_language(language)
    printable = printable_document(session, document_id)
    document = get_document(session, document_id)
    return RenderedPdf(
        form_document_pdf(printable, language),
        document.client_id,
        document_target(document.form_key),
        printable.form.title.get(language),
        document.document_date,
    )


def render_case_summary(
    session: Session, client_id: str, language: str, *, today: date
) -> RenderedPdf:
    _check_language(language)
    data = case_summary_pdf(case_summary(session, client_id, today), language)
    return RenderedPdf(data, client_id, TARGET_CASE_SUMMARY, word("summary_title", language), today)


def render_statistics(session: Session, year: int, language: str, *, today: date) -> RenderedPdf:
    _check_language(language)
    data = statistics_pdf(year_statistics(session, year, today), language)
    title = word("stats_title", language, year=year)
    return RenderedPdf(data, None, TARGET_STATISTICS, title, today)


def exported(session: Session, rendered: RenderedPdf, password: str | None = None) -> bytes:
    """The bytes to save (AES-256 protected when a password is given); logged as EXPORT."""
    data = rendered.data if password is None else protect_pdf(rendered.data, password)
    record_access(
        session, action=AccessAction.EXPORT, client_id=rendered.client_id, target=rendered.target
    )
    return data


def printed(session: Session, rendered: RenderedPdf) -> bytes:
    """The bytes to print; logged as PRINT (a paper copy leaves the store like a file)."""
    record_access(
        session, action=AccessAction.PRINT, client_id=rendered.client_id, target=rendered.target
    )
    return rendered.data


def document_pdf(
    session: Session, document_id: str, language: str, *, password: str | None = None
) -> bytes:
    return exported(session, render_document(session, document_id, language), password)


def case_summary_report_pdf(
    session: Session, client_id: str, language: str, *, today: date, password: str | None = None
) -> bytes:
    rendered = render_case_summary(session, client_id, language, today=today)
    return exported(session, rendered, password)


def statistics_report_pdf(
    session: Session, year: int, language: str, *, today: date, password: str | None = None
) -> bytes:
    """The yearly statistics; logged without a client, since the report names none."""
    rendered = render_statistics(session, year, language, today=today)
    return exported(session, rendered, password)


def record_print(session: Session, client_id: str | None, target: str) -> None:
    record_access(session, action=AccessAction.PRINT, client_id=client_id, target=target)


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


# -- units of work: the export dialog runs each on the store worker ------------------


def render_in_session(
    store: CaseStore, render: Callable[[Session, str], RenderedPdf], language: str
) -> RenderedPdf:
    """Lay a printout out in `language` in a session of its own (nothing is logged yet)."""
    with store.session() as session:
        return render(session, language)


def export_to_file(
    store: CaseStore, rendered: RenderedPdf, password: str | None, path: Path
) -> Path:
    """Write the printout to `path` (protected when a password is given) and log the
    export, in one transaction: a file that was not written is not logged."""
    with store.session() as session, session.begin():
        write_atomically(path, exported(session, rendered, password))
    return path


def log_printing(store: CaseStore, rendered: RenderedPdf) -> bytes:
    """Log the printing in a transaction of its own; the bytes to paint."""
    with store.session() as session, session.begin():
        return printed(session, rendered)
