"""Saving and printing PDFs: one dialog for the forms, the case summary and the statistics.

The PDF is laid out on the background worker (no log entry yet). Saving then asks
where (a file name with what and when, never whose), warns when the file will not be
password-protected, and on the worker writes the file and the EXPORT entry in one
transaction, so a file that could not be written is not logged as exported. Printing
asks for a printer, logs the PRINT and paints the very same PDF's pages through Qt
(QtPdf renders them), so paper and file never differ.

The file dialog, the warning and the print dialog are injected, so tests drive the
whole flow without a modal dialog blocking them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from astu_desktop.printing.printouts import (
    RenderedPdf,
    default_file_name,
    export_to_file,
    log_printing,
    render_in_session,
)
from astu_desktop.reports.protect import MIN_PASSWORD_LENGTH, PasswordTooShort
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.documents import DocumentNotFound
from astu_desktop.services.kept_work import NoKeptWork
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import describe
from astu_desktop.ui.i18n import LANGUAGES
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, busy_bar, text_label

WARNING_STYLE = "color: #7a4d00;"
PRINT_DPI = 300


@dataclass(frozen=True)
class PdfJob:
    """One thing the dialog can save or print: how to lay it out in a language."""

    label: str
    render: Callable[[Session, str], RenderedPdf]


ChoosePath = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget], bool]
ChoosePrinter = Callable[[QWidget], QPrinter | None]


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Save PDF"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_unprotected_ok(parent: QWidget) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("ExportDialog", "Save without a password?"),
        QCoreApplication.translate(
            "ExportDialog",
            "The PDF will not be password-protected: anyone who gets the file can read it. "
            "Keep it only on an encrypted disk and never send it by ordinary e-mail. "
            "Save it anyway?",
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def ui_document_language() -> str:
    """The document language a user most likely wants first: the UI's."""
    language = QLocale().language()
    if language == QLocale.Language.Finnish:
        return "fi"
    if language == QLocale.Language.Swedish:
        return "sv"
    return "en"


@dataclass(frozen=True)
class ExportHooks:
    """The three questions the flow asks a person; tests answer them without a modal."""

    choose_path: ChoosePath = ask_save_path
    confirm_unprotected: Confirm = ask_unprotected_ok
    choose_printer: ChoosePrinter = ask_printer


class ExportDialog(QDialog):
    saved = Signal(object)  # the Path written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)

    def __init__(
        self,
        store: CaseStore,
        runner: TaskRunner,
        jobs: list[PdfJob],
        *,
        hooks: ExportHooks | None = None,
        client_language: str | None = None,
        password_required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._password_required = password_required
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store, self._jobs = store, jobs
        self._client_language = client_language
        hooks = hooks or ExportHooks()
        self._choose_path = hooks.choose_path
        self._confirm_unprotected = hooks.confirm_unprotected
        self._choose_printer = hooks.choose_printer
        self._build()
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.retranslate()
        self._protection_changed()

    # -- building ------------------------------------------------------------------

    def _first_language(self) -> str:
        """The client's own language when documents print in it, else the UI's."""
        if self._client_language in LANGUAGES:
            return str(self._client_language)
        return ui_document_language()

    def _build(self) -> None:
        self.document = QComboBox()
        for job in self._jobs:
            self.document.addItem(job.label)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(self._first_language()))
        self.protect = QCheckBox()
        self.protect.setChecked(True)
        self.protect.toggled.connect(self._protection_changed)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_help = text_label()
        self.warning = text_label(shown=False, style=WARNING_STYLE)
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.busy = busy_bar()
        self.document_label, self.language_label = QLabel(), QLabel()
        self.password_label, self.repeat_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.document_label, self.document)
        form.addRow(self.language_label, self.language)
        form.addRow("", self.protect)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        # Some exports leave only as a protected file: no unprotected save, no paper.
        self.protect.setVisible(not self._password_required)
        self.document.setVisible(len(self._jobs) > 1)
        self.document_label.setVisible(len(self._jobs) > 1)
        self.save_button, self.print_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.print_button.setVisible(not self._password_required)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.password_help, self.warning, self.error, self.busy):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save or print a PDF"))
        self.document_label.setText(self.tr("&Document"))
        self.language_label.setText(self.tr("Document &language"))
        self.protect.setText(self.tr("&Protect the file with a password (AES-256)"))
        self.password_label.setText(self.tr("Pass&word"))
        self.repeat_label.setText(self.tr("&Repeat"))
        self.password_help.setText(
            self.tr(
                "At least %1 characters. Give the password to the recipient some other way "
                "than the file, for example by phone."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.warning.setText(self.tr("Without a password anyone who gets the file can read it."))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("Pr&int…"))
        self.close_button.setText(self.tr("Close"))
        for label, field in (
            (self.document_label, self.document),
            (self.language_label, self.language),
        ):
            label.setBuddy(field)
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)

    def _protection_changed(self) -> None:
        protected = self.protect.isChecked()
        for widget in (self.password, self.repeat, self.password_help):
            widget.setEnabled(protected)
        self.warning.setVisible(not protected)

    # -- acting --------------------------------------------------------------------

    @property
    def job(self) -> PdfJob:
        return self._jobs[max(self.document.currentIndex(), 0)]

    @property
    def document_language(self) -> str:
        return str(self.language.currentData())

    def save(self) -> None:
        usable, password = self._password()
        if not usable:
            return
        if password is None and not self._confirm_unprotected(self):
            return
        self._render(lambda rendered: self._save_rendered(rendered, password))

    def print_(self) -> None:
        if not self._password_required:
            self._render(self._print_rendered)

    def _password(self) -> tuple[bool, str | None]:
        """(usable, the password or None when unprotected); a message says what is wrong."""
        if not self.protect.isChecked() and not self._password_required:
            return True, None
        given = self.password.text()
        if len(given) < MIN_PASSWORD_LENGTH:
            self._show_error(self._too_short())
            return False, None
        if given != self.repeat.text():
            self._show_error(self.tr("The passwords do not match."))
            return False, None
        return True, given

    def _too_short(self) -> str:
        return self.tr("The password needs at least %1 characters.").replace(
            "%1", str(MIN_PASSWORD_LENGTH)
        )

    def _render(self, then: Callable[[RenderedPdf], None]) -> None:
        store, job, language = self._store, self.job, self.document_language
        self.error.hide()
        self._work.run(lambda: render_in_session(store, job.render, language), then)

    def _save_rendered(self, rendered: RenderedPdf, password: str | None) -> None:
        path = self._choose_path(self, default_file_name(rendered.title, rendered.on))
        if path is None:
            return
        store = self._store
        self.error.hide()
        self._work.run(lambda: export_to_file(store, rendered, password, path), self._on_saved)

    def _print_rendered(self, rendered: RenderedPdf) -> None:
        printer = self._choose_printer(self)
        if printer is None:
            return
        store = self._store

        def log() -> bytes:
            return log_printing(store, rendered)

        def paint(data: Any) -> None:
            try:
                pages = paint_pdf(bytes(data), printer)
            except (ValueError, OSError):
                text = self.tr("The printer could not print the document. Check the printer.")
                self._show_error(text)
                self.failed.emit(text)
                return
            self.printed.emit(pages)
            self.accept()

        self.error.hide()
        self._work.run(log, paint)

    def _on_saved(self, path: Any) -> None:
        self.saved.emit(path)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, PasswordTooShort):
            text = self._too_short()
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written. Choose another folder.")
        elif isinstance(error, ClientNotFound | DocumentNotFound | NoKeptWork):
            text = self.tr("This is no longer in the store. Reload the record.")
        else:
            text = describe(error)
        self._show_error(text)
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.save_button, self.print_button):
            button.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        self._work.stop()
        self.password.clear()
        self.repeat.clear()
        super().done(result)


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF onto the printer, each scaled to fit its page.

    Pages are rendered at PRINT_DPI, not at the printer's own resolution: a 1200 dpi
    A4 page would be a half-gigabyte image.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages == 0:
        buffer.close()
        raise ValueError("the PDF could not be read for printing")
    painter = QPainter()
    if not painter.begin(printer):
        buffer.close()
        raise OSError("the printer could not be started")
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page)
            image = document.render(
                page,
                QSize(round(size.width() * PRINT_DPI / 72), round(size.height() * PRINT_DPI / 72)),
            )
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRect(
                area.x(), area.y(), round(size.width() * scale), round(size.height() * scale)
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages
