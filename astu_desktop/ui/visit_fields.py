"""The rows a visit is written in, new or corrected: when, who was there, who else,
what kind of contact, and the notes.

The new-visit dialog and the correction dialog show the same rows with the same words
(kept in the "VisitDialog" context of the catalogue, where they were first written),
so a worker meets one form for one visit. Times are on Helsinki's clock.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.visits import WorkerChoice
from astu_desktop.ui.booking_dialog import booking_time_edit, from_helsinki
from astu_desktop.ui.labels import code_label
from astu_protocol.codes import CONTACT_KINDS, VisitKind


class VisitFields:
    """The five rows, added to `form`; `contact` offers the kinds that are not visits."""

    def __init__(
        self,
        form: QFormLayout,
        *,
        when: datetime,
        workers: list[WorkerChoice],
        ticked: Collection[str],
        contact: bool,
        kind: VisitKind | None = None,
        others: str = "",
        notes: str = "",
    ) -> None:
        self.when = booking_time_edit(when)
        self.worker_boxes: dict[str, QCheckBox] = {}
        worker_rows = QVBoxLayout()
        worker_rows.setSpacing(2)
        for choice in workers:
            box = QCheckBox(choice.name)
            box.setChecked(choice.worker_id in ticked)
            self.worker_boxes[choice.worker_id] = box
            worker_rows.addWidget(box)
        self.others = QLineEdit(others)
        self.kind = QComboBox()
        for each in VisitKind:
            if (each in CONTACT_KINDS) == contact:
                self.kind.addItem("", each)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.notes = QPlainTextEdit(notes)
        self.notes.setTabChangesFocus(True)
        self._captions = [QLabel() for _ in range(5)]
        fields: tuple[QWidget | QVBoxLayout, ...] = (
            self.when, worker_rows, self.others, self.kind, self.notes,
        )  # fmt: skip
        for caption, field in zip(self._captions, fields, strict=True):
            if isinstance(field, QWidget):
                caption.setBuddy(field)
            form.addRow(caption, field)

    def retranslate(self) -> None:
        """Literal contexts, so Qt's lupdate (and the catalogue test) sees every text."""
        captions = (
            QCoreApplication.translate("VisitDialog", "&When"),
            QCoreApplication.translate("VisitDialog", "Workers present"),
            QCoreApplication.translate("VisitDialog", "&Others present"),
            QCoreApplication.translate("VisitDialog", "&Kind"),
            QCoreApplication.translate("VisitDialog", "&Notes"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.others.setPlaceholderText(
            QCoreApplication.translate("VisitDialog", "e.g. a relative, the landlord's caretaker")
        )
        for index in range(self.kind.count()):
            self.kind.setItemText(index, code_label(VisitKind(self.kind.itemData(index))))
        for field, name in (
            (self.when, QCoreApplication.translate("VisitDialog", "When")),
            (self.others, QCoreApplication.translate("VisitDialog", "Others present")),
            (self.kind, QCoreApplication.translate("VisitDialog", "Kind")),
            (self.notes, QCoreApplication.translate("VisitDialog", "Notes")),
        ):
            field.setAccessibleName(name)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.when, self.others, self.kind, *self.worker_boxes.values()):
            widget.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)

    def visited_at(self) -> datetime:
        return from_helsinki(self.when.dateTime())

    def worker_ids(self) -> list[str]:
        return [wid for wid, box in self.worker_boxes.items() if box.isChecked()]

    def chosen_kind(self) -> VisitKind:
        return VisitKind(self.kind.currentData())
