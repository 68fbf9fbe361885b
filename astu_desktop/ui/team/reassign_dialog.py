"""Choosing who takes a client (or a whole caseload) over: a worker of the same team."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ReassignDialog(QDialog):
    def __init__(
        self, question: str, workers: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over"))
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.workers = QComboBox()
        for worker_id, name in workers:
            self.workers.addItem(name, worker_id)
        self.note = QLabel(
            self.tr(
                "The change syncs at the next sync: the client leaves the old worker's laptop "
                "and reaches the new worker's."
            )
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Hand over"))
        ok.setEnabled(bool(workers))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.workers, self.note, self.buttons):
            layout.addWidget(widget)

    def chosen_worker(self) -> str:
        return str(self.workers.currentData() or "")
