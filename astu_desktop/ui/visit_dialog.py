"""Recording a home visit: pick the client, "New home visit", write a note, Save.

The same dialog records a contact that is not a visit (a phone call, a message, a
meeting with a partner) from the record's "New contact": two clicks and the note.

Everything a typical visit needs is already filled in: now, this laptop's worker
ticked, a home visit. Colleagues of the team are one tick away, and a living-skills
check can be started from here: it is saved as a draft linked to the visit and
opened in the form editor. A visit booked for today (or overdue) is marked done by
it, and the next visit is offered four weeks on, booked in the same transaction.
Both the read that fills the dialog in and the save run on the background worker:
`open_visit_dialog` reads first and opens the dialog with what it read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services import visits
from astu_desktop.services.bookings import (
    BookingInvalid,
    suggested_next_start,
)
from astu_desktop.services.visit_work import VisitSetup, read_setup, save_visit
from astu_desktop.services.visits import (
    VisitInput,
    VisitInvalid,
    VisitProblem,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import shortcuts
from astu_desktop.ui.booking_dialog import booking_time_edit, from_helsinki
from astu_desktop.ui.booking_texts import when_text
from astu_desktop.ui.errors import describe_unsaved
from astu_desktop.ui.forms import open_document_editor
from astu_desktop.ui.tasks import OnFailure, TaskRunner, WindowWork, open_after_reading
from astu_desktop.ui.visit_fields import VisitFields
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label
from astu_protocol.codes import FormKey
from astu_protocol.service_day import now_utc, service_day


class VisitDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        setup: VisitSetup,
        store: CaseStore,
        client_id: str,
        runner: TaskRunner,
        *,
        now: Callable[[], datetime] = now_utc,
        contact: bool = False,
        on_check_failed: OnFailure,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._on_check_failed = on_check_failed
        self.setModal(True)
        self._store, self._client_id, self._runner, self._now = store, client_id, runner, now
        self.contact = contact  # a call, a message or a meeting, not a visit
        self.setup = setup
        self._build()
        # A save may finish after a lock closed the dialog, or after Cancel.
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.finished.connect(self._work.stop)
        self.retranslate()

    def _build(self) -> None:
        self.client = QLabel(self.setup.client_name)
        self.client.setFont(bold(self.client.font(), scale=1.2))
        self.living_skills = QCheckBox()
        self.for_booking = QCheckBox()
        self.for_booking.setChecked(self.setup.booking is not None)
        self.for_booking.setVisible(self.setup.booking is not None)
        self.book_next = QCheckBox()
        self.book_next.setChecked(not self.setup.later_booked)
        self.next_when = booking_time_edit(suggested_next_start(self._now()))
        self.next_when.setEnabled(self.book_next.isChecked())
        self.book_next.toggled.connect(self.next_when.setEnabled)
        self.form = QFormLayout()
        self.fields = VisitFields(
            self.form, when=self._now(), workers=self.setup.workers,
            ticked={self.setup.me} if self.setup.me else set(), contact=self.contact,
        )  # fmt: skip
        self.when, self.worker_boxes = self.fields.when, self.fields.worker_boxes
        self.others, self.kind, self.notes = self.fields.others, self.fields.kind, self.fields.notes
        self.form.addRow(self.living_skills)
        self.form.addRow(self.for_booking)
        self.form.addRow(self.book_next, self.next_when)
        self.living_skills.setVisible(not self.contact)
        if self.contact:  # a call or a message neither fulfils nor books a visit
            for box in (self.for_booking, self.book_next):
                box.setChecked(False)
                box.setVisible(False)
            self.next_when.setVisible(False)
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

    def retranslate(self) -> None:
        if self.contact:
            self.setWindowTitle(self.tr("New contact – ASTU Desktop"))
        else:
            self.setWindowTitle(self.tr("New home visit – ASTU Desktop"))
        self.save_button.setText(shortcuts.with_key(self.tr("&Save"), self.save_shortcut.key()))
        self.fields.retranslate()
        self.living_skills.setText(self.tr("Add a living-skills check"))
        if self.setup.booking is not None:
            self.for_booking.setText(
                self.tr("This is the visit booked for %1").replace(
                    "%1", when_text(self.setup.booking.starts_at)
                )
            )
        self.book_next.setText(self.tr("Book the next visit"))
        self.next_when.setAccessibleName(self.tr("Time of the next visit"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._work.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving --------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        return VisitInput(
            client_id=self._client_id,
            visited_at=self.fields.visited_at(),
            worker_ids=self.fields.worker_ids(),
            others_present=self.others.text(),
            notes=self.notes.toPlainText(),
            kind=self.fields.chosen_kind(),
            with_living_skills=self.living_skills.isChecked() and not self.contact,
            booking_id=(
                self.setup.booking.booking_id
                if self.setup.booking is not None and self.for_booking.isChecked()
                else None
            ),
            next_starts_at=(
                from_helsinki(self.next_when.dateTime()) if self.book_next.isChecked() else None
            ),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        visit = self.visit_input()
        if not visit.worker_ids:
            self._show_error(self.tr("Tick at least one worker who was there."))
            return
        if visits.is_empty(visit):
            self._show_empty()
            return
        store, today = self._store, service_day(self._now())
        self._work.run(lambda: save_visit(store, visit, today), self._on_saved)

    def _on_saved(self, check_id: object) -> None:
        self.saved.emit()
        self.accept()
        if isinstance(check_id, str):
            # The dialog is gone when the check is read: its window hears of a failure.
            open_document_editor(
                self.parentWidget(), self._store, self._runner,
                client_id=self._client_id, form_key=FormKey.LIVING_SKILLS_CHECK,
                document_id=check_id, on_failed=self._on_check_failed,
            )  # fmt: skip

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, VisitInvalid) and error.problem is VisitProblem.EMPTY:
            self._show_empty()
        elif isinstance(error, VisitInvalid | BookingInvalid):
            self._show_error(self.tr("The visit could not be saved: check the workers and time."))
        else:
            self._show_error(describe_unsaved(error))

    def _show_empty(self) -> None:
        """Nothing was written: saving would keep a record that says nothing."""
        self._show_error(
            self.tr(
                "Nothing to save yet: write in the notes what happened (or who else was "
                "there, or add a living-skills check)."
            )
        )
        self.notes.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)


def open_visit_dialog(
    parent: QWidget,
    store: CaseStore,
    client_id: str,
    runner: TaskRunner,
    *,
    still_wanted: Callable[[], bool],
    on_saved: Callable[[], None],
    on_failed: Callable[[BaseException], None],
    contact: bool = False,
    with_check: bool = False,
) -> None:
    """Open the visit dialog once the client, the workers and today's booking are read."""
    today = service_day(now_utc())

    def build(setup: VisitSetup) -> VisitDialog:
        dialog = VisitDialog(
            setup, store, client_id, runner,
            contact=contact, on_check_failed=on_failed, parent=parent,
        )  # fmt: skip
        dialog.living_skills.setChecked(with_check)
        dialog.saved.connect(on_saved)
        return dialog

    open_after_reading(
        runner, parent, VisitDialog, lambda: read_setup(store, client_id, today), build,
        still_wanted=still_wanted, on_failed=on_failed,
    )  # fmt: skip
