"""The Living skills tab: every check as a column of scores per area, and a trend per area.

The charts are built the first time the tab is shown (and again after a reload),
so opening a record does not pay for ten charts nobody looked at.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.record_progress import LivingSkills
from astu_desktop.ui.labels import new_document_label, short_date
from astu_desktop.ui.record.tables import RECORD_ID_ROLE, WARNING
from astu_desktop.ui.record.trend_charts import TrendCharts
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.forms import definition

_LANGUAGES = {QLocale.Language.Swedish: "sv", QLocale.Language.English: "en"}
LOW_SCORE = 2


def area_titles() -> dict[str, str]:
    """Each area's name as the form's section calls it, in the GUI's language."""
    language = _LANGUAGES.get(QLocale().language(), "fi")
    titles = {}
    for section in definition(FormKey.LIVING_SKILLS_CHECK).sections:
        for field in section.fields:
            if field.key.endswith("_score"):
                titles[field.key.removesuffix("_score")] = section.title.get(language)
    return titles


class LivingSkillsTab(QWidget):
    open_requested = Signal(object, object)  # (form key, document id or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skills = LivingSkills((), ())
        self._charts_stale = True
        self.checks = QTableWidget(0, 0)
        self.checks.setObjectName("living_skills_checks")
        self.checks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.checks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checks.horizontalHeader().sectionDoubleClicked.connect(self._open_column)
        self.trends = TrendCharts()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.trends)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.checks)
        splitter.addWidget(scroll)
        splitter.setSizes([220, 480])
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_column(self.checks.currentColumn()))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(
            lambda: self.open_requested.emit(FormKey.LIVING_SKILLS_CHECK, None)
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.new_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def show_skills(self, skills: LivingSkills) -> None:
        self._skills = skills
        self._charts_stale = True
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open check"))
        self.new_button.setText(new_document_label(FormKey.LIVING_SKILLS_CHECK))
        self.open_button.setEnabled(bool(self._skills.checks))
        self.checks.setAccessibleName(self.tr("Living-skills checks"))
        self.trends.setAccessibleName(self.tr("Living-skills trends"))
        self._fill_table()
        self._charts_stale = True
        if self.isVisible():
            self._build_charts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._charts_stale:
            self._build_charts()

    def _build_charts(self) -> None:
        self.trends.show_trends(self._skills, area_titles())
        self._charts_stale = False

    def _fill_table(self) -> None:
        """Areas down, checks across (newest first): one column reads as one visit."""
        skills, titles = self._skills, area_titles()
        checks = list(reversed(skills.checks))
        self.checks.clear()
        self.checks.setRowCount(len(skills.areas))
        self.checks.setColumnCount(len(checks))
        self.checks.setVerticalHeaderLabels([titles.get(area, area) for area in skills.areas])
        for column, check in enumerate(checks):
            heading = short_date(check.on)
            if check.status == DocumentStatus.DRAFT:
                heading += " " + self.tr("(draft)")
            header = QTableWidgetItem(heading)
            header.setData(RECORD_ID_ROLE, check.document_id)
            self.checks.setHorizontalHeaderItem(column, header)
            for row, area in enumerate(skills.areas):
                score = check.scores.get(area)
                item = QTableWidgetItem("" if score is None else str(score))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if score is not None and score <= LOW_SCORE:
                    item.setForeground(QBrush(WARNING))
                self.checks.setItem(row, column, item)
        self.checks.resizeColumnsToContents()

    def _open_column(self, column: int) -> None:
        header = self.checks.horizontalHeaderItem(column) if column >= 0 else None
        if header is not None:
            self.open_requested.emit(FormKey.LIVING_SKILLS_CHECK, header.data(RECORD_ID_ROLE))
