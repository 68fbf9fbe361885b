"""Saving and printing PDFs from the client record, on a real store, with no modal dialog."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry
from astu_desktop.ui.pdf_export import ExportDialog, ExportHooks
from astu_protocol.codes import AccessAction, FormKey
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, TODAY
from tests.unit.reports.pdfkit import flat, page_texts

PASSWORD = "Sininen talo 44"


class Answers:
    """Stands in for the person at the file dialog, the warning and the print dialog."""

    def __init__(self, folder: Path, *, save_unprotected: bool = True) -> None:
        self.folder = folder
        self.save_unprotected = save_unprotected
        self.suggested: list[str] = []
        self.warned = 0
        self.printer: QPrinter | None = None

    def hooks(self) -> ExportHooks:
        return ExportHooks(self.choose_path, self.confirm, self.choose_printer)

    def choose_path(self, _parent: object, suggested: str) -> Path:
        self.suggested.append(suggested)
        return self.folder / suggested

    def confirm(self, _parent: object) -> bool:
        self.warned += 1
        return self.save_unprotected

    def choose_printer(self, _parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / "printed.pdf"))
        self.printer = printer
        return printer


def logged(store, action: AccessAction) -> list[AccessLogEntry]:
    with store.session() as s:
        query = select(AccessLogEntry).where(AccessLogEntry.action == action)
        return list(s.scalars(query))


def open_dialog(open_record, record_client, answers: Answers) -> ExportDialog:
    window = open_record(record_client.client_id)
    window.export_hooks = answers.hooks()
    dialog = window.export_pdf()
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_saving_the_case_summary_unprotected_warns_then_writes_and_logs_one_export(
    qtbot, open_record, record_client, caseload_store, tmp_path
):
    answers = Answers(tmp_path)
    dialog = open_dialog(open_record, record_client, answers)
    assert dialog.document.currentText() == "Asiakkuuden yhteenveto"
    assert dialog.document_language == "fi"
    dialog.protect.setChecked(False)
    assert dialog.warning.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        dialog.save_button.click()
    path = saved.args[0]
    assert answers.warned == 1
    assert answers.suggested == [f"asiakkuuden-yhteenveto-{TODAY.isoformat()}.pdf"]
    text = flat(" ".join(page_texts(path.read_bytes())))
    assert "Asiakkuuden yhteenveto" in text
    assert "Anna Aalto" in text
    exports = logged(caseload_store, AccessAction.EXPORT)
    assert [(e.client_id, e.target) for e in exports] == [
        (record_client.client_id, "client:summary")
    ]


def test_a_protected_service_plan_in_swedish_opens_only_with_its_password(
    qtbot, open_record, record_client, caseload_store, tmp_path
):
    answers = Answers(tmp_path)
    dialog = open_dialog(open_record, record_client, answers)
    dialog.document.setCurrentText("Palvelusuunnitelma")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.protect.isChecked()  # protected unless the worker says otherwise
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        dialog.save_button.click()
    data = saved.args[0].read_bytes()
    assert answers.warned == 0
    assert answers.suggested[0].startswith("serviceplan-for-stodboende-")
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    assert reader.trailer["/Encrypt"]["/R"] == 6
    assert "Serviceplan för stödboende" in flat(page_texts(data, PASSWORD)[0])
    exports = logged(caseload_store, AccessAction.EXPORT)
    assert [e.target for e in exports] == ["form_document:service_plan"]


def test_a_mistyped_password_or_a_declined_warning_saves_and_logs_nothing(
    qtbot, open_record, record_client, caseload_store, tmp_path
):
    answers = Answers(tmp_path, save_unprotected=False)
    dialog = open_dialog(open_record, record_client, answers)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD + "x")
    dialog.save_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Salasanat eivät täsmää."
    dialog.password.setText("lyhyt")
    dialog.repeat.setText("lyhyt")
    dialog.save_button.click()
    assert dialog.error.text() == "Salasanassa pitää olla vähintään 8 merkkiä."
    dialog.protect.setChecked(False)
    dialog.save_button.click()
    assert answers.warned == 1
    assert answers.suggested == []
    assert list(tmp_path.glob("*.pdf")) == []
    assert logged(caseload_store, AccessAction.EXPORT) == []


def test_printing_paints_every_page_of_the_same_pdf_and_logs_the_print(
    qtbot, open_record, record_client, caseload_store, tmp_path
):
    answers = Answers(tmp_path)
    dialog = open_dialog(open_record, record_client, answers)
    with qtbot.waitSignal(dialog.printed, timeout=LOAD_TIMEOUT_MS) as printed:
        dialog.print_button.click()
    output = tmp_path / "printed.pdf"
    assert printed.args[0] >= 1
    assert len(PdfReader(io.BytesIO(output.read_bytes())).pages) == printed.args[0]
    prints = logged(caseload_store, AccessAction.PRINT)
    assert [(e.client_id, e.target) for e in prints] == [
        (record_client.client_id, "client:summary")
    ]
    assert logged(caseload_store, AccessAction.EXPORT) == []


def test_the_documents_tab_exports_the_chosen_version_only(
    qtbot, open_record, record_client, tmp_path
):
    window = open_record(record_client.client_id)
    window.export_hooks = Answers(tmp_path).hooks()
    window.document_tabs[FormKey.SERVICE_PLAN].export_button.click()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.job.label == "Palvelusuunnitelma"
    assert not dialog.document.isVisibleTo(dialog)
    dialog.close()
