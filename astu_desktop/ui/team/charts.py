"""The overview's three charts (QtCharts): caseload per worker, home visits per week,
rent debt over time. Tests read the series they draw through the properties."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTabWidget, QWidget

from astu_desktop.services.team_overview import WorkerFigures
from astu_desktop.ui.labels import code_label, short_date
from astu_protocol.codes import Service

SERVICE_COLOURS = {
    Service.SAS_ASSESSMENT: QColor("#9fc9eb"),
    Service.OUTREACH: QColor("#0062b9"),
    Service.RENT_DEBT: QColor("#f5a3c7"),
    Service.HOME_REHABILITATION: QColor("#009246"),
}
VISITS = QColor("#0062b9")
DEBT = QColor("#bd2719")


class TeamCharts(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload_sets: dict[Service, QBarSet] = {}
        self.visit_set = QBarSet("")
        self.debt_series = QLineSeries()
        self.caseload_view = _view()
        self.visits_view = _view()
        self.debt_view = _view()
        for view in (self.caseload_view, self.visits_view, self.debt_view):
            self.addTab(view, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Caseload per worker"))
        self.setTabText(1, self.tr("Home visits per week"))
        self.setTabText(2, self.tr("Rent debt over time"))

    def show_caseloads(self, figures: list[WorkerFigures]) -> None:
        # Horizontal bars are laid out from the bottom up: reversed, the first name is on top.
        shown = list(reversed(figures))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.55)
        self.caseload_sets = {}
        for service in Service:
            bars = QBarSet(code_label(service))
            bars.setColor(SERVICE_COLOURS[service])
            bars.append([float(row.by_service.get(service, 0)) for row in shown])
            series.append(bars)
            self.caseload_sets[service] = bars
        names = [row.name for row in shown]
        chart = _chart(series, legend=True)
        workers = QBarCategoryAxis()
        workers.append(names)
        chart.addAxis(workers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(workers)
        top = max((sum(row.by_service.values()) for row in figures), default=0)
        _value_axis(chart, series, Qt.AlignmentFlag.AlignBottom, "%d", top)
        self.caseload_view.setChart(chart)
        self.caseload_view.setMinimumHeight(max(220, 28 * len(names) + 90))

    def show_visits(self, weeks: list[tuple[date, int]]) -> None:
        self.visit_set = QBarSet(self.tr("Home visits"))
        self.visit_set.setColor(VISITS)
        self.visit_set.append([float(count) for _monday, count in weeks])
        series = QBarSeries()
        series.append(self.visit_set)
        chart = _chart(series, legend=False)
        axis = QBarCategoryAxis()
        axis.append([short_date(monday) for monday, _count in weeks])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        top = max((count for _monday, count in weeks), default=0)
        _value_axis(chart, series, Qt.AlignmentFlag.AlignLeft, "%d", top)
        self.visits_view.setChart(chart)

    def show_debt(self, months: list[tuple[date, int]]) -> None:
        self.debt_series = QLineSeries()
        self.debt_series.setName(self.tr("Rent debt owed (€)"))
        self.debt_series.setPen(QPen(DEBT, 2))
        self.debt_series.setPointsVisible(True)
        for index, (_day, cents) in enumerate(months):
            self.debt_series.append(float(index), cents / 100)
        chart = _chart(self.debt_series, legend=False)
        axis = QBarCategoryAxis()
        axis.append([short_date(day) for day, _cents in months])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        self.debt_series.attachAxis(axis)
        top = max((cents for _day, cents in months), default=0) / 100
        _value_axis(chart, self.debt_series, Qt.AlignmentFlag.AlignLeft, "%.0f €", top)
        self.debt_view.setChart(chart)


def _view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setMinimumHeight(220)
    return view


def _chart(
    series: QBarSeries | QHorizontalStackedBarSeries | QLineSeries, *, legend: bool
) -> QChart:
    chart = QChart()
    chart.addSeries(series)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _value_axis(
    chart: QChart,
    series: QBarSeries | QHorizontalStackedBarSeries | QLineSeries,
    where: Qt.AlignmentFlag,
    label_format: str,
    top: float,
) -> None:
    axis = QValueAxis()
    axis.setLabelFormat(label_format)
    chart.addAxis(axis, where)
    series.attachAxis(axis)
    axis.setRange(0, max(top * 1.1, 1.0))
    axis.applyNiceNumbers()
