"""Correcting or removing a saved visit, opened from the record's timeline.

The dialog shows the visit as it was saved: when, who was there, who else, what kind
of contact and the notes. Save writes the correction over it; "Remove the visit…"
asks why and leaves a tombstone with that reason. A visit whose living-skills check
is signed is shown as it is, locked, with what to do instead. Reading and saving run
on the background worker; the record window opens the dialog once the read is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.models import Client, Worker
from astu_desktop.models.codes import CONTACT_KINDS, VisitKind, VisitRemovalReason
from astu_desktop.services import visit_corrections
from astu_desktop.services.visit_corrections import SavedVisit, VisitCorrection, VisitLocked
from astu_desktop.services.visits import (
    VisitInvalid,
    VisitProblem,
    WorkerChoice,
    current_worker_id,
    visit_workers,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import shortcuts
from astu_desktop.ui.booking_dialog import booking_time_edit, from_helsinki
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import visit_kind_label
from astu_desktop.ui.record.codes import code_label
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label


@dataclass(frozen=True)
class CorrectionSetup:
    client_name: str
    visit: SavedVisit
    workers: list[WorkerChoice]


def read_correction_setup(store: CaseStore, visit_id: str) -> CorrectionSetup:
    """The saved visit and the workers who could have been on it (one small read)."""
    with store.session() as session:
        visit = visit_corrections.saved_visit(session, visit_id)
        client = session.get(Client, visit.client_id)
        workers = visit_workers(session, current_worker_id(session))
        known = {choice.worker_id for choice in workers}
        for worker_id in visit.worker_ids:  # one who has left the team since stays ticked
            worker = session.get(Worker, worker_id) if worker_id not in known else None
            if worker is not None:
                workers.append(WorkerChoice(worker.id, worker.full_name))
        return CorrectionSetup(client.full_name if client else "", visit, workers)


def save_correction(store: CaseStore, correction: VisitCorrection) -> None:
    with store.session() as session, session.begin():
        visit_corrections.correct_visit(session, correction)


def save_removal(store: CaseStore, visit_id: str, reason: VisitRemovalReason) -> None:
    with store.session() as session, session.begin():
        visit_corrections.remove_visit(session, visit_id, reason=reason)


class _StoreDialog(QDialog):
    """The busy bar, the error line and one store action on the background worker."""

    saved = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self._runner = runner
        self._closed = False
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _run(self, work: object) -> None:
        self._set_busy(True)
        self._runner.run(work, self._on_saved, self._on_failed)  # type: ignore[arg-type]

    def _on_saved(self, _result: object) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.saved.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        self.show_error(self._failure_text(error))

    def _failure_text(self, error: BaseException) -> str:
        if isinstance(error, VisitLocked):
            return locked_text()
        return describe(error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)


def locked_text() -> str:
    return QCoreApplication.translate(
        "VisitCorrectionDialog",
        "This visit is locked: the living-skills check done on it is signed. Write what "
        "needs correcting in a new version of the check.",
    )


class VisitCorrectionDialog(_StoreDialog):
    """The saved visit, to correct or to remove."""

    removed = Signal()

    def __init__(
        self,
        store: CaseStore,
        setup: CorrectionSetup,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._store, self.setup = store, setup
        self.locked = setup.visit.locked
        self._build()
        self.retranslate()

    def _build(self) -> None:
        visit = self.setup.visit
        self.client = QLabel(self.setup.client_name)
        self.client.setFont(bold(self.client.font(), scale=1.2))
        self.lock_note = text_label(shown=self.locked)
        self.when = booking_time_edit(visit.visited_at)
        self.worker_boxes: dict[str, QCheckBox] = {}
        workers = QVBoxLayout()
        workers.setSpacing(2)
        for choice in self.setup.workers:
            box = QCheckBox(choice.name)
            box.setChecked(choice.worker_id in visit.worker_ids)
            self.worker_boxes[choice.worker_id] = box
            workers.addWidget(box)
        self.others = QLineEdit(visit.others_present)
        self.kind = QComboBox()
        contact = visit.kind in CONTACT_KINDS
        for kind in VisitKind:
            if (kind in CONTACT_KINDS) == contact:
                self.kind.addItem("", kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(visit.kind)))
        self.notes = QPlainTextEdit(visit.notes)
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        self._captions = [QLabel() for _ in range(5)]
        fields: tuple[QWidget | QVBoxLayout, ...] = (
            self.when, workers, self.others, self.kind, self.notes,
        )  # fmt: skip
        for caption, field in zip(self._captions, fields, strict=True):
            if isinstance(field, QWidget):
                caption.setBuddy(field)
            form.addRow(caption, field)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.ask_removal)
        self.close_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        for widget in (self.when, self.others, self.kind, self.save_button, self.remove_button):
            widget.setEnabled(not self.locked)
        self.notes.setReadOnly(self.locked)
        for box in self.worker_boxes.values():
            box.setEnabled(not self.locked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client)
        layout.addWidget(self.lock_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.resize(520, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a visit – ASTU Desktop"))
        self.lock_note.setText(locked_text())
        captions = (
            self.tr("&When"),
            self.tr("Workers present"),
            self.tr("&Others present"),
            self.tr("&Kind"),
            self.tr("&Notes"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, visit_kind_label(self.kind.itemData(index)))
        self.save_button.setText(
            shortcuts.with_key(self.tr("&Save the correction"), self.save_shortcut.key())
        )
        self.remove_button.setText(self.tr("&Remove the visit…"))
        self.close_button.setText(self.tr("&Close") if self.locked else self.tr("Cancel"))
        for field, name in (
            (self.when, self.tr("When")),
            (self.others, self.tr("Others present")),
            (self.kind, self.tr("Kind")),
            (self.notes, self.tr("Notes")),
        ):
            field.setAccessibleName(name)

    def correction(self) -> VisitCorrection:
        return VisitCorrection(
            visit_id=self.setup.visit.visit_id,
            visited_at=from_helsinki(self.when.dateTime()),
            worker_ids=[wid for wid, box in self.worker_boxes.items() if box.isChecked()],
            others_present=self.others.text(),
            notes=self.notes.toPlainText(),
            kind=VisitKind(self.kind.currentData()),
        )

    def save(self) -> None:
        if self.locked or not self.save_button.isEnabled():
            return
        correction = self.correction()
        if not correction.worker_ids:
            self.show_error(self.tr("Tick at least one worker who was there."))
            return
        store = self._store
        self._run(lambda: save_correction(store, correction))

    def _failure_text(self, error: BaseException) -> str:
        if isinstance(error, VisitInvalid) and error.problem is VisitProblem.EMPTY:
            return self.tr(
                "The correction leaves nothing in the visit: write in the notes what "
                "happened, or remove the visit."
            )
        if isinstance(error, VisitInvalid):
            return self.tr("The visit could not be saved: check the workers and time.")
        return super()._failure_text(error)

    def ask_removal(self) -> RemoveVisitDialog | None:
        if self.locked:
            return None
        dialog = RemoveVisitDialog(self._store, self.setup, self._runner, parent=self)
        dialog.saved.connect(self._on_removed)
        dialog.open()
        return dialog

    def _on_removed(self) -> None:
        self.removed.emit()
        self.saved.emit()
        self.accept()


class RemoveVisitDialog(_StoreDialog):
    """Why the visit goes: the reason is kept with its tombstone."""

    def __init__(
        self,
        store: CaseStore,
        setup: CorrectionSetup,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._store, self.setup = store, setup
        self.summary = text_label()
        self.reason = QComboBox()
        for reason in VisitRemovalReason:
            self.reason.addItem("", reason)
        self._caption = QLabel()
        self._caption.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self._caption, self.reason)
        self.buttons = QDialogButtonBox()
        # Not the accept role: the box would make it the default, taken by Enter.
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button.clicked.connect(self.remove)
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.keep_button.setDefault(True)  # in the dialog now: Enter keeps the visit
        self.retranslate()
        self.resize(460, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove a visit – ASTU Desktop"))
        self.summary.setText(
            self.tr(
                "Remove this visit from %1's record? It disappears from the record and the "
                "lists on every laptop after the next sync; the removal and its reason stay "
                "in the access log."
            ).replace("%1", self.setup.client_name)
        )
        self._caption.setText(self.tr("&Reason"))
        for index in range(self.reason.count()):
            self.reason.setItemText(
                index, code_label(VisitRemovalReason(self.reason.itemData(index)))
            )
        self.remove_button.setText(self.tr("&Remove the visit"))
        self.keep_button.setText(self.tr("&Keep it"))

    def remove(self) -> None:
        if not self.remove_button.isEnabled():
            return
        store, visit_id = self._store, self.setup.visit.visit_id
        reason = VisitRemovalReason(self.reason.currentData())
        self._run(lambda: save_removal(store, visit_id, reason))
