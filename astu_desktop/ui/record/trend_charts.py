"""Small line charts of living-skills scores over time, one per area (QtCharts).

Every chart shares the same time axis, so a worker can read down the grid and see
which areas moved together. Scores are 1-5; a single check shows as one point.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from astu_desktop.services.record_progress import LivingSkills

LINE = QColor("#0062b9")
COLUMNS = 2
_PADDING = timedelta(days=20)


def _msecs(day: date) -> float:
    return float(QDateTime(_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


def point_date(point: QPointF) -> date:
    """The day a chart point stands for (the inverse of how points are placed)."""
    shown = QDateTime.fromMSecsSinceEpoch(round(point.x())).date()
    return date(shown.year(), shown.month(), shown.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TrendCharts(QWidget):
    """A grid of charts; `series(area)` is the area's line (tests read its points)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setSpacing(6)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        self._series: dict[str, QLineSeries] = {}
        self._views: list[QChartView] = []

    def show_trends(self, skills: LivingSkills, titles: Mapping[str, str]) -> None:
        self._clear()
        days = [check.on for check in skills.checks]
        if not days:
            return
        first, last = min(days) - _PADDING, max(days) + _PADDING
        for index, area in enumerate(skills.areas):
            view = self._chart(area, titles.get(area, area), skills.trend(area), first, last)
            self._grid.addWidget(view, index // COLUMNS, index % COLUMNS)
            self._views.append(view)

    def series(self, area: str) -> QLineSeries:
        return self._series[area]

    @property
    def areas(self) -> list[str]:
        return list(self._series)

    def _chart(
        self, area: str, title: str, trend: list[tuple[date, int]], first: date, last: date
    ) -> QChartView:
        series = QLineSeries()
        series.setName(title)
        series.setPointsVisible(True)
        series.setPen(QPen(LINE, 2))
        for day, score in trend:
            series.append(_msecs(day), score)
        self._series[area] = series
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        self._axes(chart, series, first, last)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(170)
        view.setAccessibleName(title)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def _axes(self, chart: QChart, series: QLineSeries, first: date, last: date) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        time_axis = QDateTimeAxis()
        time_axis.setFormat("M/yy")
        time_axis.setTickCount(4)
        time_axis.setRange(
            QDateTime(_qdate(first), QTime(0, 0)), QDateTime(_qdate(last), QTime(0, 0))
        )
        time_axis.setLabelsFont(small)
        score_axis = QValueAxis()
        score_axis.setRange(0.5, 5.5)  # a point at 1 or 5 stays clear of the frame
        score_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        score_axis.setTickAnchor(1.0)
        score_axis.setTickInterval(1.0)
        score_axis.setLabelFormat("%d")
        score_axis.setLabelsFont(small)
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(score_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(time_axis)
        series.attachAxis(score_axis)

    def _clear(self) -> None:
        for view in self._views:
            self._grid.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self._series.clear()
