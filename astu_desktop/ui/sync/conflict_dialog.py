"""Conflicts as a worker decides them: the list, and the two values side by side.

Two laptops changed the same thing while apart; the server kept both values and
nothing was lost. The worker sees who made each value, on which computer, and
keeps one of them or types a value of their own. The decision is written to the
record like any edit, so it reaches the server and the other laptop at the next sync.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.models import Base
from astu_desktop.services import sync_work
from astu_desktop.services.sync_work import ConflictRow
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.errors import failure_shown_in
from astu_desktop.ui.labels import code_label, short_date
from astu_desktop.ui.sync.status_bar import when
from astu_desktop.ui.sync.texts import field_label, fields_label, table_label
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, bold, text_label
from astu_protocol.messages import table_spec

DELETED_AT = "deleted_at"
_YES_NO = (QT_TRANSLATE_NOOP("ConflictDialog", "Yes"), QT_TRANSLATE_NOOP("ConflictDialog", "No"))


class ConflictListDialog(QDialog):
    """Every open conflict of this store; Resolve opens the side-by-side dialog."""

    resolved = Signal()

    def __init__(self, store: CaseStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.rows: list[ConflictRow] = []
        self.intro = text_label()
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.resolve_selected)
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resolve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._show_failure)
        self.finished.connect(self._work.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts – ASTU Desktop"))
        self.intro.setText(
            self.tr(
                "The same information was changed on two computers before they synced. Both "
                "values are kept until you choose which one is right."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Record"), self.tr("Information"), self.tr("Noticed")]
        )
        self.resolve_button.setText(self.tr("Resolve…"))
        if self.rows:
            self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        store = self._store
        self._work.run(lambda: sync_work.conflict_rows(store), self._show)

    def _set_busy(self, busy: bool) -> None:
        self.resolve_button.setEnabled(not busy and bool(self.rows))

    def _show_failure(self, error: BaseException) -> None:
        """The list could not be read again: the rows shown before may be settled
        already, so none is left to resolve; the sentence says why."""
        self._show([])
        failure_shown_in(self.message)(error)

    def _show(self, rows: list[ConflictRow]) -> None:
        self.message.hide()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            conflict = row.conflict
            what = fields_label([f for f in conflict.fields if f != DELETED_AT])
            if conflict.kind == "delete_edit":
                what = self.tr("Deleted on one computer, edited on another")
            cells = [
                row.client_name or "–",
                table_label(conflict.table),
                what,
                when(conflict.created_at),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self.resolve_button.setEnabled(bool(rows))

    def resolve_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or not self.rows:
            return
        dialog = ConflictDialog(self.rows[selected[0].row()], self._store, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._on_resolved)
        dialog.open()

    def _on_resolved(self) -> None:
        self.resolved.emit()
        self.load()


class ConflictDialog(QDialog):
    """One conflict: the two values side by side; keep one, or write a value of one's own."""

    resolved = Signal()

    def __init__(
        self, row: ConflictRow, store: CaseStore, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        self._store = store
        conflict = row.conflict
        self.fields = list(conflict.fields)
        spec = table_spec(conflict.table)
        self.specs = {field.name: field for field in spec.fields} if spec is not None else {}
        self.deletion = conflict.kind == "delete_edit"
        self.title = QLabel()
        self.title.setFont(bold(self.font(), 1.15))
        self.explanation = text_label()
        self.grid = QGridLayout()
        self.side_titles = {"a": text_label(), "b": text_label()}
        self.side_titles["a"].setFont(bold(self.font()))
        self.side_titles["b"].setFont(bold(self.font()))
        self.grid.addWidget(self.side_titles["a"], 0, 1)
        self.grid.addWidget(self.side_titles["b"], 0, 2)
        self.field_labels: list[QLabel] = []
        self.value_labels: dict[str, list[QLabel]] = {"a": [], "b": []}
        self.own_edits: list[QLineEdit] = []
        for index, name in enumerate(self.fields, start=1):
            caption = QLabel()
            self.field_labels.append(caption)
            self.grid.addWidget(caption, index, 0, Qt.AlignmentFlag.AlignTop)
            for column, side in ((1, "a"), (2, "b")):
                value = text_label()
                value.setFrameShape(QFrame.Shape.StyledPanel)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.value_labels[side].append(value)
                self.grid.addWidget(value, index, column)
            own = QLineEdit(_text_value(self._current_value(name)))
            limit = self.specs[name].max_length if name in self.specs else None
            if limit:
                own.setMaxLength(limit)
            own.setVisible(False)
            self.own_edits.append(own)
            self.grid.addWidget(own, index, 3)
        below = len(self.fields) + 1
        self.keep_buttons = {"a": QPushButton(), "b": QPushButton()}
        for button in self.keep_buttons.values():
            button.setAutoDefault(False)  # neither side is the default: a person chooses
        self.keep_buttons["a"].clicked.connect(lambda: self.keep("a"))
        self.keep_buttons["b"].clicked.connect(lambda: self.keep("b"))
        self.grid.addWidget(self.keep_buttons["a"], below, 1)
        self.grid.addWidget(self.keep_buttons["b"], below, 2)
        self.own_title = QLabel()
        self.own_title.setFont(bold(self.font()))
        self.own_title.setVisible(False)
        self.grid.addWidget(self.own_title, 0, 3)
        self.save_own_button = QPushButton()
        self.save_own_button.setVisible(False)
        self.save_own_button.clicked.connect(self.save_own)
        self.grid.addWidget(self.save_own_button, below, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.message = text_label(shown=False, style=ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.own_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.own_button.setVisible(row.editable)
        self.own_button.clicked.connect(self.start_own_value)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self._work = WindowWork(
            runner, show_busy=self._set_busy, show_failure=failure_shown_in(self.message)
        )
        self.finished.connect(self._work.stop)
        self.retranslate()

    def retranslate(self) -> None:
        row, conflict = self.row, self.row.conflict
        self.setWindowTitle(self.tr("Resolve a conflict – ASTU Desktop"))
        self.title.setText(f"{row.client_name or '–'} · {table_label(conflict.table)}")
        if self.deletion:
            self.explanation.setText(
                self.tr(
                    "This record was deleted on one computer and edited on another. The edit "
                    "was kept and the record restored; delete it again only if that is right."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "This information was changed on two computers before they synced "
                    "(noticed %1). Choose the value that is right, or write the right one."
                ).replace("%1", when(conflict.created_at))
            )
        for side in ("a", "b"):
            self.side_titles[side].setText(self._side_title(side))
            self.keep_buttons[side].setText(self._keep_text(side))
        for index, name in enumerate(self.fields):
            self.field_labels[index].setText(
                self.tr("Record") if name == DELETED_AT else field_label(name)
            )
            for side in ("a", "b"):
                values = conflict.values_a if side == "a" else conflict.values_b
                self.value_labels[side][index].setText(self._value_text(name, values.get(name)))
            self.own_edits[index].setAccessibleName(
                self.tr("Your value: %1").replace("%1", field_label(name))
            )
        self.own_button.setText(self.tr("Write my own value…"))
        self.own_title.setText(self.tr("Your value"))
        self.save_own_button.setText(self.tr("Keep my value"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _side_title(self, side: str) -> str:
        row = self.row
        worker = row.worker_a if side == "a" else row.worker_b
        computer = self.tr("this computer") if row.own_side == side else self.tr("another computer")
        who = worker or self.tr("unknown worker")
        title = self.tr("%1, on %2").replace("%1", who).replace("%2", computer)
        if row.conflict.current == side:
            title += "\n" + self.tr("(now in the record)")
        return title

    def _keep_text(self, side: str) -> str:
        if self.deletion:
            values = self.row.conflict.values_a if side == "a" else self.row.conflict.values_b
            if values.get(DELETED_AT) is not None:
                return self.tr("Delete the record")
            return self.tr("Keep the record")
        return self.tr("Keep this")

    def _value_text(self, name: str, value: Any) -> str:
        if name == DELETED_AT:
            if value is None:
                return self.tr("Edited (the record is kept)")
            return self.tr("Deleted %1").replace("%1", _moment_text(value))
        if isinstance(value, dict):  # a form's answers: what differs is read in the document
            return self.tr("%n answer(s)", "", len(value))
        return display_value(self.row.conflict.table, name, value) or "–"

    def _current_value(self, name: str) -> Any:
        conflict = self.row.conflict
        values = conflict.values_a if conflict.current == "a" else conflict.values_b
        return values.get(name)

    # -- deciding ------------------------------------------------------------------

    def keep(self, side: str) -> None:
        store, conflict_id = self._store, self.row.id
        self._run(lambda: sync_work.keep_side(store, conflict_id, side))

    def start_own_value(self) -> None:
        self.own_title.setVisible(True)
        self.save_own_button.setVisible(True)
        for edit in self.own_edits:
            edit.setVisible(True)
        self.own_edits[0].setFocus()
        self.own_edits[0].selectAll()

    def own_values(self) -> dict[str, Any]:
        return {
            name: (edit.text().strip() or None)
            for name, edit in zip(self.fields, self.own_edits, strict=True)
        }

    def save_own(self) -> None:
        store, conflict_id, values = self._store, self.row.id, self.own_values()
        missing = [n for n, v in values.items() if v is None and n in self.specs
                   and self.specs[n].required]  # fmt: skip
        if missing:
            self.message.setText(
                self.tr("Please write a value for: %1").replace("%1", fields_label(missing))
            )
            self.message.show()
            return
        self._run(lambda: sync_work.resolve(store, conflict_id, values))

    def _run(self, work: Any) -> None:
        self._work.run(work, self._on_done)

    def _on_done(self, _result: object) -> None:
        self.resolved.emit()
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for button in (*self.keep_buttons.values(), self.save_own_button, self.own_button):
            button.setEnabled(not busy)


def display_value(table: str, name: str, value: Any) -> str:
    """A value in its JSON form as the record would show it (codes, dates, yes/no)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        answer = "Yes" if value else "No"
        return QCoreApplication.translate("ConflictDialog", answer)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    column = Base.metadata.tables[table].c.get(name) if table in Base.metadata.tables else None
    codes = getattr(column.type, "enum_class", None) if column is not None else None
    if isinstance(value, str) and isinstance(codes, type) and issubclass(codes, enum.StrEnum):
        try:
            return code_label(codes(value))
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return short_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _moment_text(value: Any) -> str:
    try:
        return when(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _text_value(value: Any) -> str:
    return value if isinstance(value, str) else ""
