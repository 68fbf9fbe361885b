"""Correcting or removing a saved visit, opened from the record's timeline.

The dialog shows the visit as it was saved: when, who was there, who else, what kind
of contact and the notes. Save writes the correction over it; "Remove the visit…"
asks why and leaves a tombstone with that reason. A visit whose living-skills check
is signed is shown as it is, locked, with what to do instead. Reading and saving run
on the background worker; the record window opens the dialog once the read is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.visit_corrections import VisitCorrection, VisitLocked
from astu_desktop.services.visit_work import (
    CorrectionSetup,
    save_correction,
    save_removal,
)
from astu_desktop.services.visits import (
    VisitInvalid,
    VisitProblem,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import shortcuts
from astu_desktop.ui.labels import code_label
from astu_desktop.ui.store_dialog import StoreActionDialog
from astu_desktop.ui.tasks import TaskRunner
from astu_desktop.ui.visit_fields import VisitFields
from astu_desktop.ui.widgets import bold, text_label
from astu_protocol.codes import CONTACT_KINDS, VisitRemovalReason


def locked_text() -> str:
    return QCoreApplication.translate(
        "VisitCorrectionDialog",
        "This visit is locked: the living-skills check done on it is signed. Write what "
        "needs correcting in a new version of the check.",
    )


class VisitCorrectionDialog(StoreActionDialog):
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
        form = QFormLayout()
        self.fields = VisitFields(
            form, when=visit.visited_at, workers=self.setup.workers, ticked=visit.worker_ids,
            contact=visit.kind in CONTACT_KINDS, kind=visit.kind,
            others=visit.others_present, notes=visit.notes,
        )  # fmt: skip
        self.when, self.worker_boxes = self.fields.when, self.fields.worker_boxes
        self.others, self.kind, self.notes = self.fields.others, self.fields.kind, self.fields.notes
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
        self.fields.set_read_only(self.locked)
        for button in (self.save_button, self.remove_button):
            button.setEnabled(not self.locked)
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
        self.fields.retranslate()
        self.save_button.setText(
            shortcuts.with_key(self.tr("&Save the correction"), self.save_shortcut.key())
        )
        self.remove_button.setText(self.tr("&Remove the visit…"))
        self.close_button.setText(self.tr("&Close") if self.locked else self.tr("Cancel"))

    def correction(self) -> VisitCorrection:
        return VisitCorrection(
            visit_id=self.setup.visit.visit_id,
            visited_at=self.fields.visited_at(),
            worker_ids=self.fields.worker_ids(),
            others_present=self.others.text(),
            notes=self.notes.toPlainText(),
            kind=self.fields.chosen_kind(),
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

    def failure_text(self, error: BaseException) -> str:
        if isinstance(error, VisitLocked):  # a sync brought the signed check meanwhile
            return locked_text()
        if isinstance(error, VisitInvalid) and error.problem is VisitProblem.EMPTY:
            return self.tr(
                "The correction leaves nothing in the visit: write in the notes what "
                "happened, or remove the visit."
            )
        if isinstance(error, VisitInvalid):
            return self.tr("The visit could not be saved: check the workers and time.")
        return super().failure_text(error)

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


class RemoveVisitDialog(StoreActionDialog):
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

    def failure_text(self, error: BaseException) -> str:
        return locked_text() if isinstance(error, VisitLocked) else super().failure_text(error)

    def remove(self) -> None:
        if not self.remove_button.isEnabled():
            return
        store, visit_id = self._store, self.setup.visit.visit_id
        reason = VisitRemovalReason(self.reason.currentData())
        self._run(lambda: save_removal(store, visit_id, reason))
