"""The lazy caseload model: Qt's model checks, paging, SQL sorting, locale formatting."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from astu_desktop.services.bookings import NextVisit, NextVisitState
from astu_desktop.services.caseload import CaseloadQuery, CaseloadRow
from astu_desktop.services.store_actions import StoreCaseloadSource
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_model import CLIENT_ID_ROLE, PAGE_SIZE, CaseloadModel
from astu_protocol.codes import EpisodeStatus, Service
from tests.gui.conftest import CASELOAD


@pytest.fixture
def model(qtbot, runner, translations, caseload_store):
    loaded = CaseloadModel(runner)
    loaded.set_source(StoreCaseloadSource(caseload_store))
    with qtbot.waitSignal(loaded.loaded, timeout=10_000):
        loaded.reload()
    return loaded


def _names(model: CaseloadModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_the_model_passes_qts_model_tester(qtbot, model):
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.retranslate()
    model.clear()


def test_every_client_with_an_open_episode_is_listed_by_name(model):
    assert _names(model) == sorted(CASELOAD.everyone)


def test_sorting_by_name_descending_happens_in_sql(qtbot, model):
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model) == sorted(CASELOAD.everyone, reverse=True)
    assert model.query.descending


def test_columns_without_a_sort_key_do_not_requery(model):
    before = model.query
    model.sort(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert model.query == before
    assert not model.loading


def test_open_rent_debt_is_in_finnish_euros_and_right_aligned(model):
    row = _names(model).index(CASELOAD.debtor)
    cell = model.index(row, Column.RENT_DEBT)
    assert cell.data() == "1\N{NO-BREAK SPACE}234,56\N{NO-BREAK SPACE}€"
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    others = [model.index(r, Column.RENT_DEBT).data() for r in range(model.rowCount()) if r != row]
    assert others == [""] * (model.rowCount() - 1)


def test_codes_are_shown_as_words_and_the_hetu_masked(model):
    first = {column: model.index(0, column).data() for column in Column}
    assert first[Column.SERVICES] == "Lähityö"
    assert first[Column.STATUS] == "Aktiivinen"
    assert first[Column.HETU].endswith("-****")
    assert first[Column.WORKER] == "Outi Miettinen"
    assert model.headerData(Column.HETU, Qt.Orientation.Horizontal) == "Henkilötunnus"


class CountingSource:
    """Many synthetic rows, counting how often rows are fetched."""

    def __init__(self, count: int) -> None:
        self.client_ids = [f"id-{n:05d}" for n in range(count)]
        self.fetches: list[int] = []
        self.on_gui_thread: list[str] = []  # the reads a click or a scroll would wait for

    def ids(self, query: CaseloadQuery) -> list[str]:
        self._note("ids")
        return list(self.client_ids)

    def rows(self, client_ids: list[str]) -> list[CaseloadRow]:
        self._note("rows")
        self.fetches.append(len(client_ids))
        return [_row(client_id) for client_id in client_ids]

    def _note(self, read: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(read)


def _row(client_id: str) -> CaseloadRow:
    return CaseloadRow(
        client_id=client_id,
        name=f"Asiakas {client_id}",
        hetu_masked="010180-****",
        age=45,
        services=(Service.OUTREACH,),
        status=EpisodeStatus.ACTIVE,
        responsible_worker=None,
        last_visit=None,
        next_visit=NextVisit(NextVisitState.BOOKED, datetime(2026, 1, 31, 8, 0, tzinfo=UTC)),
        review_due=None,
        open_rent_debt_cents=0,
    )


def test_rows_are_fetched_a_page_at_a_time_on_the_worker(qtbot, runner, translations):
    source = CountingSource(PAGE_SIZE * 3 + 5)
    model = CaseloadModel(runner)
    model.set_source(source)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == PAGE_SIZE * 3 + 5
    assert source.fetches == [PAGE_SIZE]  # the first page came with the ids

    assert model.index(0, Column.NAME).data() == "Asiakas id-00000"
    # the next page, read ahead once the list has held still
    qtbot.waitUntil(lambda: source.fetches == [PAGE_SIZE, PAGE_SIZE] and not runner.busy)
    assert model.index(PAGE_SIZE, Column.AGE).data() == "45"
    qtbot.waitUntil(lambda: source.fetches == [PAGE_SIZE, PAGE_SIZE, PAGE_SIZE] and not runner.busy)

    last = model.index(PAGE_SIZE * 3 + 4, Column.NEXT_VISIT)
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert last.data() is None  # a jump: blank until its page arrives from the worker
    assert last.data() == "la 31.1.2026 klo 10.00"
    qtbot.waitUntil(lambda: not runner.busy)
    assert source.fetches == [PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 5]
    assert model.index(2, 0).data(CLIENT_ID_ROLE) == "id-00002"
    assert source.fetches == [PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 5]
    assert source.on_gui_thread == []


def test_a_page_asked_for_twice_is_read_once(qtbot, runner, translations):
    source = CountingSource(PAGE_SIZE * 2)
    model = CaseloadModel(runner)
    model.set_source(source)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        cells = [model.index(row, Column.NAME).data() for row in range(PAGE_SIZE, PAGE_SIZE * 2)]
        assert cells == [None] * PAGE_SIZE
    assert source.fetches == [PAGE_SIZE, PAGE_SIZE]
    assert (
        model.index(PAGE_SIZE * 2 - 1, Column.NAME).data() == f"Asiakas id-{PAGE_SIZE * 2 - 1:05d}"
    )


def test_clearing_forgets_everything_and_ignores_a_late_answer(qtbot, runner, translations):
    source = CountingSource(10)
    model = CaseloadModel(runner)
    model.set_source(source)
    model.reload()
    model.clear()
    runner.wait_until_idle()
    qtbot.wait_until(lambda: not runner.busy)
    assert model.rowCount() == 0


def test_a_reload_reads_only_the_rows_the_view_shows(qtbot, runner, translations):
    source = CountingSource(PAGE_SIZE)  # one page: nothing else to read ahead
    model = CaseloadModel(runner)
    model.set_source(source)
    model.set_rows_in_view(23)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert source.fetches == [23]
    assert model.index(22, Column.NAME).data() == "Asiakas id-00022"
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert model.index(23, Column.NAME).data() is None  # below the screenful: asked now
    assert model.index(23, Column.NAME).data() == "Asiakas id-00023"
    assert source.fetches == [23, PAGE_SIZE - 23]


def test_a_search_overtaken_by_the_next_keystroke_is_never_run(qtbot, runner, translations):
    source = CountingSource(5)
    asked: list[str | None] = []
    counted_ids = source.ids

    def ids(query: CaseloadQuery) -> list[str]:
        asked.append(query.search)
        return counted_ids(query)

    source.ids = ids  # type: ignore[method-assign]
    model = CaseloadModel(runner)
    model.set_source(source)
    release = threading.Event()
    runner.run(release.wait, lambda _result: None, lambda _error: None)  # the worker is busy
    model.set_query(CaseloadQuery(search="v"), keep_rows=True)
    model.set_query(CaseloadQuery(search="vi"), keep_rows=True)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(CaseloadQuery(search="vir"), keep_rows=True)
        release.set()
    assert asked == ["vir"]
    assert model.rowCount() == 5


def test_pages_are_read_ahead_only_once_typing_pauses(qtbot, runner, translations):
    source = CountingSource(PAGE_SIZE * 2)
    model = CaseloadModel(runner)
    model.set_source(source)
    for typed in ("p", "pe", "pet"):
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_query(CaseloadQuery(search=typed), keep_rows=True)
        assert model.index(0, Column.NAME).data() == "Asiakas id-00000"  # painted
        runner.wait_until_idle()
        qtbot.wait_until(lambda: not runner.busy)
        assert source.fetches == [PAGE_SIZE]  # the first page, kept while typing
    qtbot.wait_until(lambda: source.fetches == [PAGE_SIZE, PAGE_SIZE] and not runner.busy)
