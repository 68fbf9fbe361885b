"""The overview table: one row per worker and a team row, one column per figure.

Each figure cell carries the `Cell` and the worker it counts (`CELL_ROLE`), so the
window can open the list behind any number without knowing the column order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from astu_desktop.services.team_overview import Cell, Measure, WorkerFigures
from astu_desktop.ui.labels import code_label, euros
from astu_protocol.codes import Service

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
WORKER_ROLE = Qt.ItemDataRole.UserRole + 2
_CONTEXT = "TeamFiguresModel"
AnyIndex = QModelIndex | QPersistentModelIndex


def _noop(marked: object) -> str:
    """A text marked for translation (by QT_TRANSLATE_NOOP), translated when shown."""
    return str(marked)


@dataclass(frozen=True)
class FigureColumn:
    cell: Cell
    title: str  # a source text of _CONTEXT; "" for a service column (the service's label)
    money: bool = False


COLUMNS: tuple[FigureColumn, ...] = (
    FigureColumn(Cell(Measure.CLIENTS), _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Clients"))),
    *(FigureColumn(Cell(Measure.CLIENTS, service), "") for service in Service),
    FigureColumn(
        Cell(Measure.HOME_VISITS),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Home visits, 30 days")),
    ),
    FigureColumn(
        Cell(Measure.NOT_VISITED),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "No visit in %1 days")),
    ),
    FigureColumn(
        Cell(Measure.REVIEW_SOON),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Plan review in 30 days")),
    ),
    FigureColumn(
        Cell(Measure.REVIEW_OVERDUE),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Plan review overdue")),
    ),
    FigureColumn(
        Cell(Measure.OLD_DRAFTS),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Drafts older than %1 days")),
    ),
    FigureColumn(
        Cell(Measure.AWAITING_REVIEW),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Awaiting approval")),
    ),
    FigureColumn(
        Cell(Measure.RENT_DEBT_OPEN),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Rent-debt follow-ups")),
    ),
    FigureColumn(
        Cell(Measure.RENT_DEBT_OPEN),
        _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Debt owed")),
        True,
    ),
    FigureColumn(
        Cell(Measure.RENT_DEBT_LONG), _noop(QT_TRANSLATE_NOOP("TeamFiguresModel", "Past 6 months"))
    ),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAP_FROM = 12


def column_title(column: FigureColumn, not_visited_days: int, draft_days: int) -> str:
    if not column.title:
        return code_label(column.cell.service or Service.OUTREACH)
    days = {Measure.NOT_VISITED: not_visited_days, Measure.OLD_DRAFTS: draft_days}
    text = QCoreApplication.translate(_CONTEXT, column.title)
    return text.replace("%1", str(days.get(column.cell.measure, "")))


def two_lines(title: str) -> str:
    """A long column title on two lines, broken at the space nearest the middle."""
    spaces = [index for index, char in enumerate(title) if char == " "]
    if len(title) < WRAP_FROM or not spaces:
        return title
    middle = min(spaces, key=lambda index: abs(index - len(title) / 2))
    return title[:middle] + "\n" + title[middle + 1 :]


class TeamFiguresModel(QAbstractTableModel):
    """Column 0 is the worker; the last row is the whole team."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkerFigures] = []
        self._total = WorkerFigures("", "")
        self.not_visited_days = 0
        self.draft_days = 0

    def set_figures(
        self, rows: list[WorkerFigures], total: WorkerFigures, not_visited: int, drafts: int
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.not_visited_days, self.draft_days = not_visited, drafts
        self.endResetModel()

    def clear(self) -> None:
        self.set_figures([], WorkerFigures("", ""), self.not_visited_days, self.draft_days)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def figures(self, row: int) -> WorkerFigures:
        return self._rows[row] if row < len(self._rows) else self._total

    def is_team_row(self, row: int) -> bool:
        return row == len(self._rows)

    def value(self, row: int, column: int) -> int:
        spec = COLUMNS[column - 1]
        figures = self.figures(row)
        return figures.open_debt_cents if spec.money else figures.value(spec.cell)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        figures = self.figures(row)
        team = self.is_team_row(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Whole team") if team else figures.name
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and team:
            font = QFont()
            font.setBold(True)
            return font
        if role == CELL_ROLE and column > 0:
            return COLUMNS[column - 1].cell
        if role == WORKER_ROLE:
            return None if team else figures.worker_id
        return None

    def _text(self, row: int, column: int) -> str:
        value = self.value(row, column)
        if COLUMNS[column - 1].money:
            return euros(value) if value else ""
        return QLocale().toString(value)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Worker")
        return two_lines(column_title(COLUMNS[section - 1], self.not_visited_days, self.draft_days))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
