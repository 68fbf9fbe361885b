"""The client record window: header card, timeline and the tabs of the client's work.

All store work (reading the record, the process steps) runs on the background
worker; the window shows a busy bar meanwhile and fills itself from the frozen record
when it arrives. Opening the window writes the VIEW to the access log in the same
transaction as the read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.models.base import utcnow
from astu_desktop.printing.printouts import render_case_summary, render_document
from astu_desktop.services.bookings import BookingLine, next_full_hour
from astu_desktop.services.client_record import ClientRecord
from astu_desktop.services.client_registration import start_service
from astu_desktop.services.record_work import load_record, run_step
from astu_desktop.services.reviews import review_document
from astu_desktop.services.team_work import LeadScope, lead_scope
from astu_desktop.services.visit_work import CorrectionSetup, read_correction_setup
from astu_desktop.services.visits import current_worker_id
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import shortcuts
from astu_desktop.ui.booking_dialog import (
    BookingDialog,
    CancelBookingDialog,
    MoveBookingDialog,
    open_booking_dialog,
)
from astu_desktop.ui.client_fields import problem_sentence
from astu_desktop.ui.labels import code_label, with_mnemonic
from astu_desktop.ui.pdf_export import ExportDialog, ExportHooks, PdfJob
from astu_desktop.ui.record.access_tab import AccessTab
from astu_desktop.ui.record.action_dialog import ActionDialog
from astu_desktop.ui.record.bookings_tab import BookingsTab
from astu_desktop.ui.record.contact_dialog import ContactDetailsDialog
from astu_desktop.ui.record.documents_tab import DocumentsTab
from astu_desktop.ui.record.editing import open_editor
from astu_desktop.ui.record.header import HeaderCard
from astu_desktop.ui.record.housing_tab import HousingTab
from astu_desktop.ui.record.living_skills_tab import LivingSkillsTab
from astu_desktop.ui.record.loading import failure_text
from astu_desktop.ui.record.process_steps import ProcessSteps, StoreStep
from astu_desktop.ui.record.rent_debt_steps import RentDebtSteps
from astu_desktop.ui.record.rent_debt_tab import RentDebtTab
from astu_desktop.ui.record.return_dialog import ReturnDialog
from astu_desktop.ui.record.sync_banner import SyncBanner
from astu_desktop.ui.record.timeline import TimelinePanel
from astu_desktop.ui.record.visit_correction_dialog import VisitCorrectionDialog
from astu_desktop.ui.tasks import TaskRunner, WindowWork, open_after_reading
from astu_desktop.ui.visit_dialog import VisitDialog, open_visit_dialog
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label
from astu_protocol.codes import FormKey, ReviewDecision, Service
from astu_protocol.service_day import service_today

STATUS_MESSAGE_MS = 8000
# Forms whose documents a richer tab shows; every other form gets a DocumentsTab.
FORMS_WITH_A_TAB_OF_THEIR_OWN = frozenset({FormKey.LIVING_SKILLS_CHECK})


class ClientRecordWindow(QMainWindow):
    loaded = Signal()
    failed = Signal(str)
    changed = Signal()  # something was saved: the caseload may show other due dates

    def __init__(
        self,
        store: CaseStore,
        client_id: str,
        runner: TaskRunner,
        *,
        today: Callable[[], date] = service_today,
        export_hooks: ExportHooks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.export_hooks = export_hooks
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.client_id = store, client_id
        self._runner, self._today = runner, today
        self.record: ClientRecord | None = None
        self.return_dialog: ReturnDialog | None = None
        self.steps = ProcessSteps(client_id, today, self)
        self.steps.step_ready.connect(self.run_step)
        self.rent_steps = RentDebtSteps(client_id, today, self)
        self.rent_steps.step_ready.connect(self.run_step)
        self.rent_steps.visit_requested.connect(lambda: self.new_visit(with_check=True))
        self._build()
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._show_failure)
        self.retranslate()
        self.resize(1280, 860)

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.header = HeaderCard()
        self.sync_banner = SyncBanner()
        self.timeline_title = QLabel()
        self.timeline_title.setFont(bold(self.font()))
        self.timeline = TimelinePanel()
        self.timeline.document_activated.connect(self.open_document)
        self.timeline.visit_activated.connect(self.correct_visit)
        self.tabs = QTabWidget()
        # A tab for each form, in the code list's order; the living-skills check's
        # documents are in the living-skills tab, beside the skills they measure.
        self.document_tabs = {
            key: DocumentsTab(key) for key in FormKey if key not in FORMS_WITH_A_TAB_OF_THEIR_OWN
        }
        self.living_skills_tab = LivingSkillsTab()
        self.rent_debt_tab = RentDebtTab(self.rent_steps)
        self.housing_tab = HousingTab(self.steps)
        self.access_tab = AccessTab()
        self.bookings_tab = BookingsTab()
        self.bookings_tab.book_requested.connect(self.book_visit)
        self.bookings_tab.move_requested.connect(self.move_booking)
        self.bookings_tab.cancel_requested.connect(self.cancel_booking)
        self.living_skills_tab.open_requested.connect(self.open_document)
        for documents_tab in self.document_tabs.values():
            documents_tab.open_requested.connect(self.open_document)
            documents_tab.export_requested.connect(self.export_document)
            documents_tab.set_can_review(False)  # until `open` has read who this user is
            documents_tab.review_requested.connect(self.review)
        for page in self._tabs():
            self.tabs.addTab(page, "")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.timeline_title)
        column.addWidget(self.timeline, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 780])
        central = QWidget()
        layout = QVBoxLayout(central)
        for widget in (self.busy, self.error, self.header, self.sync_banner):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()

    def _build_actions(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("record_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.visit_action = QAction(self)
        self.visit_action.setShortcut(shortcuts.sequence(shortcuts.NEW_VISIT))
        self.visit_action.triggered.connect(lambda: self.new_visit())
        self.new_contact_action = QAction(self)
        self.new_contact_action.setShortcut(shortcuts.sequence(shortcuts.NEW_CONTACT))
        self.new_contact_action.triggered.connect(lambda: self.new_contact())
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.close_action = QAction(self)
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        self.close_action.triggered.connect(self.close)
        self.book_action = QAction(self)
        self.book_action.setShortcut(shortcuts.sequence(shortcuts.BOOK_VISIT))
        self.book_action.triggered.connect(self.book_visit)
        self.pdf_action = QAction(self)
        self.pdf_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.service_action = QAction(self)
        self.service_action.triggered.connect(self.start_service)
        self.contact_action = QAction(self)
        self.contact_action.triggered.connect(self.edit_contact_details)
        for action in (
            self.visit_action, self.new_contact_action, self.book_action, self.service_action,
            self.contact_action, self.pdf_action, self.reload_action, self.close_action,
        ):  # fmt: skip
            self.toolbar.addAction(action)
        for action in self._record_actions():
            action.setEnabled(False)

    def _record_actions(self) -> tuple[QAction, ...]:
        """The actions that need the record loaded."""
        return (
            self.visit_action, self.new_contact_action, self.book_action, self.service_action,
            self.contact_action, self.pdf_action,
        )  # fmt: skip

    def _tabs(self) -> list[QWidget]:
        return [
            *self.document_tabs.values(),
            self.living_skills_tab,
            self.rent_debt_tab,
            self.housing_tab,
            self.access_tab,
            self.bookings_tab,
        ]

    def retranslate(self) -> None:
        # Never the client's name: window titles reach task bars and screen recorders.
        self.setWindowTitle(self.tr("Client record – ASTU Desktop"))
        self.timeline_title.setText(self.tr("Timeline"))
        texts = (
            *(with_mnemonic(code_label(key)) for key in self.document_tabs),
            self.tr("&Living skills"),
            self.tr("&Rent debt"),
            self.tr("&Housing"),
            self.tr("Access lo&g"),
            self.tr("Boo&ked visits"),
        )
        for index, text in enumerate(texts):
            self.tabs.setTabText(index, text)
        self.visit_action.setText(self.tr("New home visit"))
        self.visit_action.setToolTip(self.tr("Record a home visit (Ctrl+N)"))
        self.book_action.setText(self.tr("Book a visit"))
        self.book_action.setToolTip(self.tr("Book the next visit: time, place, who goes (Ctrl+B)"))
        self.new_contact_action.setText(self.tr("New contact"))
        self.new_contact_action.setToolTip(
            self.tr("Record a phone call, a message or a meeting with a partner (Ctrl+Shift+K)")
        )
        self.pdf_action.setText(self.tr("Save or print as PDF…"))
        self.pdf_action.setToolTip(
            self.tr("The case summary or a document as PDF: save or print (Ctrl+P)")
        )
        self.service_action.setText(self.tr("Start a service…"))
        self.service_action.setToolTip(
            self.tr("Start an episode of a service with you as the responsible worker")
        )
        self.contact_action.setText(self.tr("Contact details…"))
        self.contact_action.setToolTip(self.tr("Edit the address, phone, e-mail and language"))
        self.reload_action.setText(self.tr("Reload"))
        self.close_action.setText(self.tr("Close"))
        for action in self.toolbar.actions():
            shortcuts.show_key_on_toolbar(action)
        self.header.retranslate()
        self.sync_banner.retranslate()
        self.timeline.retranslate()
        for tab in self._tabs():
            tab.retranslate()  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------

    def open(self) -> None:
        """Show the window and read the record; this read is the logged VIEW.

        Whether this user may review is read first, on the same worker, so the review
        buttons are settled before the record shows."""
        self.show()
        store = self.store
        self._work.run(lambda: lead_scope(store), self._show_review_rights)
        self._load(log_view=True)

    def _show_review_rights(self, lead: LeadScope | None) -> None:
        for documents_tab in self.document_tabs.values():
            documents_tab.set_can_review(lead is not None and lead.is_lead)

    def reload(self) -> None:
        self._load(log_view=False)

    @Slot(object)
    def on_store_changed(self, origin: object) -> None:
        """Something was saved in the store (here, in another window, or received in a
        sync): read again what this window shows, unless the write was its own."""
        if origin is not self and self.is_open() and self.record is not None:
            self.reload()

    def _load(self, *, log_view: bool) -> None:
        store, client_id, today = self.store, self.client_id, self._today()
        self._work.run(
            lambda: load_record(store, client_id, today, log_view=log_view), self._on_loaded
        )

    def _on_loaded(self, record: Any) -> None:
        self.record = record
        self.error.hide()
        self.header.show_header(record.header)
        self.sync_banner.show_sync(record.sync)
        self.timeline.show_entries(record.timeline)
        for key, documents_tab in self.document_tabs.items():
            documents_tab.show_documents(record.documents[key])
        self.living_skills_tab.show_skills(record.living_skills)
        self.rent_debt_tab.show_debts(record.rent_debts, record.processes.rent_debt)
        self.housing_tab.show_record(record)
        self.access_tab.show_lines(record.access_log)
        self.bookings_tab.show_bookings(record.bookings)
        for action in self._record_actions():
            action.setEnabled(True)
        self.retranslate()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        """A failure of work the window asked of others (a dialog's read or save)."""
        if self.is_open():
            self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        text = failure_text(error)
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.tabs.setEnabled(not busy)
        for action in self._record_actions():
            action.setEnabled(not busy and self.record is not None)

    # -- acting ----------------------------------------------------------------------

    def run_step(self, step: StoreStep) -> None:
        """One process step in one transaction on the worker, then a fresh record."""
        store = self.store
        self._work.run(lambda: run_step(store, step), self._on_step_done)

    def _on_step_done(self, _result: object) -> None:
        self.say(self.tr("Saved."))
        self.changed.emit()
        self.reload()

    def start_service(self) -> ActionDialog:
        """An episode of a service, with this laptop's worker as its responsible worker."""
        today = self._today()
        dialog = ActionDialog(
            self.tr("Start a service"),
            self.tr("You become the responsible worker of the new episode."),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        services = [(code_label(service), service) for service in Service]
        dialog.add_choice("service", self.tr("Se&rvice"), services, Service.OUTREACH)
        dialog.add_date("on", self.tr("S&tarts on"), today)
        dialog.set_check(
            lambda values: problem_sentence("start_in_future") if values["on"] > today else None
        )
        dialog.accepted.connect(lambda: self._start_service(dialog.values(), today))
        dialog.open()
        return dialog

    def _start_service(self, values: dict[str, Any], today: date) -> None:
        client_id = self.client_id
        self.run_step(
            lambda session: start_service(
                session, client_id=client_id, service=values["service"], on=values["on"],
                worker_id=current_worker_id(session), today=today,
            )
        )  # fmt: skip

    def edit_contact_details(self) -> ContactDetailsDialog | None:
        if self.record is None:
            return None
        dialog = ContactDetailsDialog(
            self.store, self.client_id, self.record.header.contact_details, self._runner, self
        )
        dialog.saved.connect(lambda: self._on_step_done(None))
        dialog.open()
        return dialog

    def review(self, document_id: str, decision: ReviewDecision) -> None:
        """A lead approves the current version, or returns it with a note."""
        if decision is ReviewDecision.APPROVED:
            self._decide(document_id, decision, None)
            return
        self.return_dialog = ReturnDialog(self)
        self.return_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog = self.return_dialog
        dialog.accepted.connect(lambda: self._decide(document_id, decision, dialog.text()))
        dialog.open()

    def _decide(self, document_id: str, decision: ReviewDecision, note: str | None) -> None:
        self.run_step(
            lambda session: review_document(
                session, document_id, decision=decision, note=note,
                reviewer_id=current_worker_id(session) or "", now=utcnow(),
            )
        )  # fmt: skip

    def open_document(self, form_key: FormKey, document_id: str | None) -> None:
        open_editor(self, form_key, document_id)

    def export_pdf(self) -> ExportDialog | None:
        """The case summary and the current version of each form the client has."""
        if self.record is None:
            return None
        client_id, today = self.client_id, self._today
        jobs = [
            PdfJob(
                self.tr("Case summary"),
                lambda session, language: render_case_summary(
                    session, client_id, language, today=today()
                ),
            )
        ]
        for form_key in FormKey:
            documents = self.record.documents[form_key]
            printed = documents.current or documents.draft  # as printouts.current_document_id
            if printed is not None:
                jobs.append(self._document_job(form_key, printed.document_id))
        return self._open_export(jobs)

    def export_document(self, form_key: FormKey, document_id: str) -> ExportDialog:
        return self._open_export([self._document_job(form_key, document_id)])

    def _document_job(self, form_key: FormKey, document_id: str) -> PdfJob:
        return PdfJob(
            code_label(form_key),
            lambda session, language: render_document(session, document_id, language),
        )

    def _open_export(self, jobs: list[PdfJob]) -> ExportDialog:
        language = self.record.header.language if self.record is not None else None
        dialog = ExportDialog(
            self.store,
            self._runner,
            jobs,
            hooks=self.export_hooks,
            client_language=language,
            parent=self,
        )
        dialog.saved.connect(lambda _path: self.say(self.tr("PDF saved; the export was logged.")))
        dialog.printed.connect(lambda _pages: self.say(self.tr("Sent to the printer; logged.")))
        dialog.open()
        return dialog

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_open(self) -> bool:
        """False once the window has closed (work coming back then shows nothing)."""
        return not self._work.stopped

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def new_visit(self, *, with_check: bool = False, contact: bool = False) -> None:
        """Open the visit dialog once its client and workers are read.

        `with_check`: the rent-debt home visit, with the living-skills check ticked;
        `contact`: a phone call, a message or a meeting, not a visit."""
        open_visit_dialog(
            self, self.store, self.client_id, self._runner,
            still_wanted=self.is_open, on_saved=self._on_visit_saved,
            on_failed=self._on_failed, contact=contact, with_check=with_check,
        )  # fmt: skip

    def book_visit(self) -> None:
        """Book a visit, by default at the next full hour from now."""
        open_booking_dialog(
            self, self.store, self.client_id, self._runner, starts_at=next_full_hour(),
            still_wanted=self.is_open, on_saved=self._on_visit_saved,
            on_failed=self._on_failed,
        )  # fmt: skip

    def move_booking(self, booking: BookingLine) -> MoveBookingDialog:
        dialog = MoveBookingDialog(self.store, booking, self._runner, parent=self)
        dialog.saved.connect(self._on_visit_saved)
        dialog.open()
        return dialog

    def cancel_booking(self, booking: BookingLine) -> CancelBookingDialog:
        dialog = CancelBookingDialog(self.store, booking, self._runner, parent=self)
        dialog.saved.connect(self._on_visit_saved)
        dialog.open()
        return dialog

    def correct_visit(self, visit_id: str) -> None:
        """Open a saved visit or contact to correct or remove it, once it is read."""
        store = self.store

        def build(setup: CorrectionSetup) -> VisitCorrectionDialog:
            dialog = VisitCorrectionDialog(store, setup, self._runner, parent=self)
            dialog.saved.connect(self._on_visit_saved)
            dialog.removed.connect(lambda: self.say(self.tr("The visit was removed.")))
            return dialog

        open_after_reading(
            self._runner, self, VisitCorrectionDialog,
            lambda: read_correction_setup(store, visit_id), build,
            still_wanted=self.is_open, on_failed=self._on_failed,
        )  # fmt: skip

    def new_contact(self) -> None:
        """A phone call, a message or a meeting with a partner: not a visit."""
        self.new_visit(contact=True)

    def _on_visit_saved(self) -> None:
        self.changed.emit()
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._work.stop()
        self.record = None
        super().closeEvent(event)


def close_client_windows(parent: QWidget) -> None:
    """Before the store locks: close every record window and visit dialog it parents."""
    for dialog in parent.findChildren(VisitDialog):
        dialog.close()
    for correction in parent.findChildren(VisitCorrectionDialog):
        correction.close()
    for booking in parent.findChildren(QDialog):
        if isinstance(booking, BookingDialog | MoveBookingDialog | CancelBookingDialog):
            booking.close()
    for window in parent.findChildren(ClientRecordWindow):
        window.close()
