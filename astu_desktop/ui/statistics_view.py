"""The statistics view (tilastot): the yearly figures on screen, with charts.

Every figure comes from `services.statistics.year_statistics`, the same call the PDF
report makes, so the screen and the paper agree. The figures are read on the
background worker; choosing another year reads again. "Save or print" offers the
same figures as the yearly report PDF through the export dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.printing.printouts import render_statistics
from astu_desktop.services.statistics import YearStatistics, read_year_statistics
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui import shortcuts
from astu_desktop.ui.errors import describe
from astu_desktop.ui.labels import code_label, euros, short_date
from astu_desktop.ui.pdf_export import ExportDialog, ExportHooks, PdfJob
from astu_desktop.ui.record.tables import fill, read_only_table
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, bold, busy_bar, text_label
from astu_protocol.codes import Service
from astu_protocol.service_day import service_today

BAR = QColor("#0000bf")  # the City's blue, as on paper


class StatisticsWindow(QMainWindow):
    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: CaseStore,
        runner: TaskRunner,
        *,
        today: Callable[[], date] = service_today,
        export_hooks: ExportHooks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self._runner, self._today = store, runner, today
        self.export_hooks = export_hooks
        self.figures: YearStatistics | None = None
        self._years: list[int] = []
        self._build()
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)
        self.retranslate()
        self.resize(1100, 860)

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.year = QComboBox()
        self.year.activated.connect(lambda _index: self._load(self.chosen_year))
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.pdf_action = QAction(self)
        self.pdf_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.close_action = QAction(self)
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        self.close_action.triggered.connect(self.close)
        toolbar = QToolBar()
        toolbar.setObjectName("statistics_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.year_label)
        toolbar.addWidget(self.year)
        toolbar.addSeparator()
        toolbar.addAction(self.pdf_action)
        toolbar.addAction(self.close_action)
        self.addToolBar(toolbar)
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self.as_of = QLabel()
        self.endings_title, self.debt_title = self._title(), self._title()
        self.visits_title, self.caseload_title = self._title(), self._title()
        self.endings_chart, self.debt_chart = self._chart_view(300), self._chart_view(220)
        self.visits_chart = self._chart_view(220)
        self.debt_year = text_label()
        self.debt_table = read_only_table(3, "statistics_rent_debt")
        self.visits_total = QLabel()
        self.caseload_table = read_only_table(3 + len(Service), "statistics_caseload")
        self.overdue = text_label()
        for table in (self.debt_table, self.caseload_table):
            table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 8)
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in (
            self.as_of,
            self.endings_title,
            self.endings_chart,
            self.debt_title,
            self.debt_year,
            self.debt_chart,
            self.debt_table,
            self.visits_title,
            self.visits_chart,
            self.visits_total,
            self.caseload_title,
            self.overdue,
            self.caseload_table,
        ):
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.setCentralWidget(central)
        self.pdf_action.setEnabled(False)

    def _title(self) -> QLabel:
        label = QLabel()
        label.setFont(bold(self.font(), 1.15))
        return label

    def _chart_view(self, height: int) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(height)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics – ASTU Desktop"))
        self.year_label.setText(self.tr("&Year "))
        self.pdf_action.setText(self.tr("Save or print as PDF…"))
        self.close_action.setText(self.tr("Close"))
        for action in (self.pdf_action, self.close_action):
            shortcuts.show_key_on_toolbar(action)
        self.endings_title.setText(self.tr("Tenancy endings in small apartments by reason"))
        self.debt_title.setText(self.tr("Rent-debt follow-up: debtors and debts"))
        self.visits_title.setText(self.tr("Home visits per month"))
        self.caseload_title.setText(self.tr("Caseload per worker"))
        if self.figures is not None:
            self._show(self.figures)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------

    def open(self) -> None:
        self.show()
        self._load(None)

    @Slot(object)
    def on_store_changed(self, origin: object) -> None:
        """Something was saved in the store (here, in another window, or received in a
        sync): read again what this window shows, unless the write was its own."""
        if origin is not self and not self._work.stopped:
            self._load(self.chosen_year)

    @property
    def chosen_year(self) -> int:
        data = self.year.currentData()
        return int(data) if data is not None else self._today().year

    def choose_year(self, year: int) -> None:
        """Select a year and read its figures (what picking it in the list does)."""
        self.year.setCurrentIndex(self.year.findData(year))
        self._load(year)

    def _load(self, year: int | None) -> None:
        store, today = self.store, self._today()
        self._work.run(lambda: read_year_statistics(store, year, today), self._on_loaded)

    def _on_loaded(self, result: Any) -> None:
        years, figures = result
        self.error.hide()
        if years != self._years:
            self._years = years
            self.year.clear()
            for year in years:
                self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(figures.year))
        self.figures = figures
        self._show(figures)
        self.pdf_action.setEnabled(True)
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        text = describe(error)
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.year.setEnabled(not busy)
        self.pdf_action.setEnabled(not busy and self.figures is not None)

    # -- showing -------------------------------------------------------------------

    def _show(self, figures: YearStatistics) -> None:
        locale = QLocale()
        self.as_of.setText(self.tr("As of %1").replace("%1", short_date(figures.as_of)))
        reasons = list(figures.tenancy_endings)
        self.endings_chart.setChart(
            bar_chart(
                [code_label(reason) for reason in reasons],
                [figures.tenancy_endings[reason] for reason in reasons],
                horizontal=True,
            )
        )
        self._show_debts(figures, locale)
        months = list(figures.home_visits)
        self.visits_chart.setChart(
            bar_chart(
                [month_name(month, locale) for month in months],
                [figures.home_visits[month] for month in months],
            )
        )
        self.visits_total.setText(
            self.tr("In all: %n home visit(s)", "", figures.home_visits_total)
        )
        self._show_caseload(figures)

    def _show_debts(self, figures: YearStatistics, locale: QLocale) -> None:
        year = figures.rent_debt_year
        self.debt_year.setText(
            self.tr(
                "Followed up during the year: %n client(s); debt when their follow-up started "
                "%1, paid during the year %2, still owed %3.",
                "",
                year.debtors,
            )
            .replace("%1", euros(year.debt_at_start_cents, locale))
            .replace("%2", euros(year.paid_cents, locale))
            .replace("%3", euros(year.remaining_cents, locale))
        )
        months = figures.rent_debt_months
        self.debt_chart.setChart(
            bar_chart(
                [month_name(line.month, locale) for line in months],
                [line.debt_cents / 100 for line in months],
                value_labels=False,  # the table below gives the euros
            )
        )
        fill(
            self.debt_table,
            [self.tr("Month"), self.tr("Debtors at the month's end"), self.tr("Debt owed")],
            [
                [month_name(line.month, locale), str(line.debtors), euros(line.debt_cents, locale)]
                for line in months
            ],
            right_aligned=(1, 2),
        )

    def _show_caseload(self, figures: YearStatistics) -> None:
        services = list(Service)
        headers = [self.tr("Worker"), self.tr("Clients")]
        headers += [code_label(service) for service in services]
        headers.append(self.tr("Plan review overdue"))
        rows = [
            [
                line.name,
                str(line.clients),
                *(str(line.by_service.get(service, 0)) for service in services),
                str(line.plans_overdue),
            ]
            for line in figures.caseload
        ]
        fill(self.caseload_table, headers, rows, right_aligned=range(1, len(headers)))
        self.overdue.setText(
            self.tr(
                "Service plans overdue for review (a plan is reviewed within six months): %1"
            ).replace("%1", str(figures.plans_overdue))
        )

    # -- acting --------------------------------------------------------------------

    def export_pdf(self) -> ExportDialog | None:
        if self.figures is None:
            return None
        year, today = self.figures.year, self._today
        job = PdfJob(
            self.tr("Statistics %1").replace("%1", str(year)),
            lambda session, language: render_statistics(session, year, language, today=today()),
        )
        dialog = ExportDialog(self.store, self._runner, [job], hooks=self.export_hooks, parent=self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._work.stop()
        super().closeEvent(event)


def month_name(month: int, locale: QLocale) -> str:
    return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    horizontal: bool = False,
    value_labels: bool = True,
) -> QChart:
    """One series of bars, optionally labelled with their values; horizontal for long names.

    Horizontal bars run bottom-up in Qt, so their categories are given reversed and
    the first one reads at the top, as in the PDF.
    """
    if horizontal:
        labels, values = list(reversed(labels)), list(reversed(values))
    bars = QBarSet("")
    bars.setColor(BAR)
    bars.setLabelColor(QColor("#ffffff") if not horizontal else QColor("#000000"))
    for value in values:
        bars.append(float(value))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(value_labels)
    series.setLabelsFormat("@value")
    if horizontal:
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    categories = QBarCategoryAxis()
    categories.append(list(labels))
    categories.setTruncateLabels(False)
    amounts = QValueAxis()
    top, ticks = whole_axis(max(values, default=0))
    amounts.setRange(0, top)
    amounts.setTickCount(ticks)
    amounts.setLabelFormat("%d")
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(amounts, value_side)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    return chart


def whole_axis(highest: float) -> tuple[float, int]:
    """The axis end and tick count for ticks on whole, round numbers (1, 2, 5, 10, ...)."""
    rough = max(highest, 1) / 5
    step = 1.0
    while step * 10 <= rough:
        step *= 10
    step = next(step * f for f in (1, 2, 5, 10) if step * f >= rough)
    steps = int(highest // step) + 1
    return step * steps, steps + 1


def bar_values(chart: QChart) -> list[float]:
    """The bars' values in the order of their labels (tests read the charts with this)."""
    series = chart.series()[0]
    assert isinstance(series, QBarSeries | QHorizontalBarSeries)
    bars = series.barSets()[0]
    values = [bars.at(index) for index in range(bars.count())]
    return list(reversed(values)) if isinstance(series, QHorizontalBarSeries) else values


def bar_labels(chart: QChart) -> list[str]:
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    labels = list(axis.categories())
    series = chart.series()[0]
    return list(reversed(labels)) if isinstance(series, QHorizontalBarSeries) else labels
