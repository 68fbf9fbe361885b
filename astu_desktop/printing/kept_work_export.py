"""Exporting a client's kept work for the team lead: laid out, then saved as any PDF.

The rendered PDF goes through the same save path as the other exports
(`printouts.exported`): protected with the password given, and logged as an EXPORT of
TARGET_KEPT_WORK under the client's id. The file name says what and when, never whose.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from astu_desktop.messages import LANGUAGES
from astu_desktop.printing.printouts import RenderedPdf, UnknownLanguage
from astu_desktop.reports.kept_work_pdf import RecordNames, kept_work_pdf
from astu_desktop.reports.words import word
from astu_desktop.services.kept_work import TARGET_KEPT_WORK, kept_work
from astu_protocol.service_day import service_today


def render_kept_work(
    session: Session, client_id: str, language: str, names: RecordNames | None = None
) -> RenderedPdf:
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    today = service_today()
    data = kept_work_pdf(kept_work(session, client_id), language, today, names)
    return RenderedPdf(data, client_id, TARGET_KEPT_WORK, word("kept_title", language), today)
