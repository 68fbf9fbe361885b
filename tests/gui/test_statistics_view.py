"""The statistics view on a seeded store: the same figures as the query layer, any year."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry
from astu_desktop.services.seed import seed_caseload
from astu_desktop.services.statistics import year_statistics
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.labels import euros
from astu_desktop.ui.pdf_export import ExportHooks
from astu_desktop.ui.record.tables import column_texts
from astu_desktop.ui.statistics_view import StatisticsWindow, bar_labels, bar_values
from astu_protocol.codes import AccessAction
from tests.gui.windowkit import LOAD_TIMEOUT_MS, open_window
from tests.support import helsinki_today
from tests.unit.reports.pdfkit import flat, page_texts

TODAY = helsinki_today()


@pytest.fixture
def seeded(store: CaseStore) -> CaseStore:
    seed_caseload(store, clients=60, random_seed=4, today=TODAY)
    return store


@pytest.fixture
def statistics(qtbot, runner, translations, reporter, seeded) -> Iterator[StatisticsWindow]:
    main = open_window(qtbot, runner, translations, reporter, seeded)
    assert main.statistics_action.isEnabled()
    main.statistics_action.trigger()
    window = main.findChild(StatisticsWindow)
    assert window is not None
    qtbot.waitUntil(lambda: window.figures is not None, timeout=LOAD_TIMEOUT_MS)
    yield window
    if shiboken6.isValid(window):
        window.close()
    runner.wait_until_idle()


def expected(store: CaseStore, year: int):
    with store.session() as session:
        return year_statistics(session, year, TODAY)


def test_the_view_opens_on_this_year_and_shows_the_query_layers_figures(statistics, seeded):
    figures = expected(seeded, TODAY.year)
    assert statistics.chosen_year == TODAY.year
    assert statistics.figures == figures
    endings = statistics.endings_chart.chart()
    assert bar_values(endings) == [float(n) for n in figures.tenancy_endings.values()]
    assert bar_labels(endings)[0] == "Suoravuokralaiseksi"
    visits = statistics.visits_chart.chart()
    assert bar_values(visits) == [float(n) for n in figures.home_visits.values()]
    assert len(bar_labels(visits)) == TODAY.month
    assert column_texts(statistics.caseload_table, 0) == [line.name for line in figures.caseload]
    assert column_texts(statistics.caseload_table, 1) == [
        str(line.clients) for line in figures.caseload
    ]
    assert column_texts(statistics.debt_table, 2) == [
        euros(line.debt_cents) for line in figures.rent_debt_months
    ]
    assert statistics.overdue.text().endswith(f": {figures.plans_overdue}")
    assert statistics.windowTitle() == "Tilastot – ASTU Desktop"


def test_choosing_another_year_reads_its_figures(qtbot, statistics, seeded):
    year = TODAY.year - 1
    assert statistics.year.findData(year) >= 0
    with qtbot.waitSignal(statistics.loaded, timeout=LOAD_TIMEOUT_MS):
        statistics.choose_year(year)
    figures = expected(seeded, year)
    assert statistics.figures == figures
    assert statistics.as_of.text() == f"Tilanne 31.12.{year}"
    assert len(bar_labels(statistics.visits_chart.chart())) == 12
    assert bar_values(statistics.visits_chart.chart()) == [
        float(n) for n in figures.home_visits.values()
    ]


def test_the_yearly_report_is_saved_from_the_view_and_logged(
    qtbot, statistics, seeded, tmp_path: Path
):
    chosen: list[str] = []

    def choose_path(_parent, suggested: str) -> Path:
        chosen.append(suggested)
        return tmp_path / suggested

    statistics.export_hooks = ExportHooks(choose_path, lambda _parent: True)
    dialog = statistics.export_pdf()
    assert dialog is not None
    dialog.protect.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        dialog.save_button.click()
    assert chosen == [f"asumisen-tuen-tilastot-{TODAY.year}-{TODAY.isoformat()}.pdf"]
    text = flat(" ".join(page_texts(saved.args[0].read_bytes())))
    assert f"Asumisen tuen tilastot {TODAY.year}" in text
    with seeded.session() as session:
        query = select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)
        entries = list(session.scalars(query))
    assert [(e.client_id, e.target) for e in entries] == [(None, "statistics:report")]
