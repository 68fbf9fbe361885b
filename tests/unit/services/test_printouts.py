"""Exporting a stored document: the PDF, its protection and its access-log entry."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from sqlalchemy import func, select

from astu_desktop.models import AccessLogEntry
from astu_desktop.printing import printouts
from astu_desktop.reports.protect import PasswordTooShort
from astu_desktop.services import documents
from astu_desktop.services.accesslog import verify_chain
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import AccessAction, FormKey
from tests.unit.reports.pdfkit import flat, page_texts
from tests.unit.reports.samples import service_plan_answers
from tests.unit.services.recordkit import NOW, TODAY, People, add_people

PASSWORD = "Kesä-ilta Töölössä 7"


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_people(store)


@pytest.fixture
def plan_id(store: CaseStore, people: People) -> str:
    with store.session() as s, s.begin():
        draft = documents.create_draft(
            s,
            client_id=people.client_id,
            form_key=FormKey.SERVICE_PLAN,
            author_id=people.me,
            answers=service_plan_answers(),
            today=TODAY,
        )
    return draft.id


def export(store: CaseStore, document_id: str, language: str = "fi", **kw: str) -> bytes:
    with store.session() as s, s.begin():
        return printouts.document_pdf(s, document_id, language, **kw)


def log_entries(store: CaseStore) -> list[AccessLogEntry]:
    with store.session() as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq)))


def test_an_export_prints_the_stored_answers_names_and_status(
    store: CaseStore, people: People, plan_id: str
) -> None:
    text = flat(" ".join(page_texts(export(store, plan_id))))
    assert "Aino Maria Virtanen" in text
    assert "Outi Miettinen" in text  # the author
    assert "Vuokra maksetaan ajallaan joka kuukausi." in text
    assert "LUONNOS" in text
    with store.session() as s, s.begin():
        documents.sign(s, plan_id, worker_id=people.me, now=NOW)
    signed = flat(" ".join(page_texts(export(store, plan_id, "sv"))))
    assert "UTKAST" not in signed
    assert "Undertecknat 10.3.2025 (Outi Miettinen)" in signed
    assert "Granskas senast 29.8.2025" in signed


def test_an_export_writes_exactly_one_access_log_entry(
    store: CaseStore, people: People, plan_id: str
) -> None:
    before = len(log_entries(store))
    export(store, plan_id)
    entries = log_entries(store)
    assert len(entries) == before + 1
    entry = entries[-1]
    assert entry.action == AccessAction.EXPORT
    assert entry.client_id == people.client_id
    assert entry.worker_id == people.me
    assert entry.target == "form_document:service_plan"
    with store.session() as s:
        assert verify_chain(s) is None


def test_a_protected_pdf_opens_only_with_its_password_and_uses_aes_256(
    store: CaseStore, plan_id: str
) -> None:
    data = export(store, plan_id, password=PASSWORD)
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        _ = reader.pages[0].extract_text()
    assert PdfReader(io.BytesIO(data)).decrypt("wrong password") == 0
    encryption = reader.trailer["/Encrypt"].get_object()
    assert encryption["/Filter"] == "/Standard"
    assert encryption["/V"] == 5
    assert encryption["/R"] == 6
    assert encryption["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert b"Virtanen" not in data
    text = flat(" ".join(page_texts(data, password=PASSWORD)))
    assert "Aino Maria Virtanen" in text


def test_a_too_short_password_is_refused_and_nothing_is_logged(
    store: CaseStore, plan_id: str
) -> None:
    before = len(log_entries(store))
    with pytest.raises(PasswordTooShort):
        export(store, plan_id, password="lyhyt")
    assert len(log_entries(store)) == before


def test_an_unknown_language_is_refused(store: CaseStore, plan_id: str) -> None:
    with pytest.raises(printouts.UnknownLanguage):
        export(store, plan_id, "de")


def test_a_print_is_logged_as_a_print(store: CaseStore, people: People) -> None:
    with store.session() as s, s.begin():
        printouts.record_print(s, people.client_id, printouts.document_target(FormKey.SERVICE_PLAN))
    with store.session() as s:
        count = s.scalar(select(func.count()).where(AccessLogEntry.action == AccessAction.PRINT))
    assert count == 1


def test_default_file_names_say_what_and_when_never_whose() -> None:
    name = printouts.default_file_name("Tuetun asumisen palvelusuunnitelma", TODAY)
    assert name == "tuetun-asumisen-palvelusuunnitelma-2025-03-10.pdf"
    assert printouts.default_file_name("Kartläggning av boendefärdigheter", TODAY) == (
        "kartlaggning-av-boendefardigheter-2025-03-10.pdf"
    )
