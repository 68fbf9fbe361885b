"""A read-only summary of one client, opened from the caseload (a logged VIEW).

A stand-in for the full client record: who the client is, how to reach them, their
service episodes and their latest visits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.ui.labels import service_label, short_date, status_label, visit_kind_label
from astu_desktop.ui.store_actions import ClientSummary
from astu_desktop.ui.widgets import bold


class ClientSummaryDialog(QDialog):
    def __init__(self, summary: ClientSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.name = QLabel(self.summary.name)
        self.name.setFont(bold(self.name.font(), scale=1.4))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.age = QLabel()
        self.phone = QLabel(self.summary.phone or "–")
        self.address = QLabel(self.summary.address or "–")
        for label in (self.phone, self.address):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFormLayout()
        self.detail_labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.detail_labels, (self.age, self.phone, self.address), strict=True
        ):
            label.setBuddy(field)
            self.details.addRow(label, field)
        self.episodes_title = QLabel()
        self.episodes_title.setFont(bold(self.font()))
        self.episodes = _read_only_table(5)
        self.visits_title = QLabel()
        self.visits_title.setFont(bold(self.font()))
        self.visits = _read_only_table(3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(self.details)
        for widget in (self.episodes_title, self.episodes, self.visits_title, self.visits):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Client – ASTU Desktop"))
        self.age.setText(self.tr("%n year(s)", "", self.summary.age))
        texts = (self.tr("Age"), self.tr("Phone"), self.tr("Address"))
        for label, text in zip(self.detail_labels, texts, strict=True):
            label.setText(text)
        self.episodes_title.setText(self.tr("Service episodes"))
        self.visits_title.setText(self.tr("Latest visits"))
        self._fill_episodes()
        self._fill_visits()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_episodes(self) -> None:
        headers = [
            self.tr("Service"),
            self.tr("Status"),
            self.tr("Started"),
            self.tr("Ended"),
            self.tr("Responsible worker"),
        ]
        rows = [
            [
                service_label(e.service),
                status_label(e.status),
                short_date(e.start_date),
                short_date(e.end_date),
                e.worker or "",
            ]
            for e in self.summary.episodes
        ]
        _fill(self.episodes, headers, rows)

    def _fill_visits(self) -> None:
        headers = [self.tr("Date"), self.tr("Kind"), self.tr("Duration")]
        rows = [
            [
                short_date(v.visited_at),
                visit_kind_label(v.kind),
                self.tr("%n min", "", v.duration_minutes) if v.duration_minutes else "",
            ]
            for v in self.summary.visits
        ]
        _fill(self.visits, headers, rows)


def _read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row_number, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row_number, column, QTableWidgetItem(value))
