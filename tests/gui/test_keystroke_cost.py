"""A keystroke in the caseload search costs the rows it shows, never the size of a table.

The statements one search runs are caught on the store's engine and each SELECT is
asked for its query plan: a plan that walks a whole synced table, or the outbox by
anything less than (table, row), would grow with the store (1.9 M outbox rows in a
seeded 10,000-client store) and is a failure here, on a store of a few rows, where
no timing could see it.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.caseload_panel import Scope
from tests.gui.windowkit import LOAD_TIMEOUT_MS, open_window, type_search

# Tables of one row, the search index itself, and the access log's newest entry (read
# backwards by its key, one row) may be walked: none grows with the caseload.
SMALL_OR_KEYED = ("sync_state", "device_state", "access_log", "client_search VIRTUAL TABLE")
OUTBOX = "outbox_change"


def caught_statements(qtbot, runner, window, store, action) -> list[tuple[str, object]]:
    qtbot.waitUntil(window.isActiveWindow)  # its own status refresh is not the keystroke's
    runner.wait_until_idle()
    seen: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        action()
        runner.wait_until_idle()
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    return seen


def plans(store, statements: list[tuple[str, object]]) -> list[tuple[str, str]]:
    """(statement, plan line) for every SELECT."""
    found = []
    with store.engine.connect() as conn:
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            if reads_one_row(statement, parameters):
                continue  # "is the outbox empty?": a walk that stops at its first row
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters):
                found.append((" ".join(statement.split())[:120], str(row[-1])))
    return found


def reads_one_row(statement: str, parameters: object) -> bool:
    """A statement with no filter and LIMIT 1: whatever its plan, it reads one row."""
    plain = re.fullmatch(r"SELECT [\w.]+ FROM \w+ LIMIT \? OFFSET \?", " ".join(statement.split()))
    return plain is not None and tuple(parameters)[-2:] == (1, 0)  # type: ignore[arg-type]


def walks_a_table(line: str) -> bool:
    match = re.match(r"SCAN (\w+( VIRTUAL TABLE)?)", line)
    if match is None or match.group(1).startswith(("anon_", "CONSTANT")):
        return False
    return not match.group(1).startswith(SMALL_OR_KEYED)


def walks_the_outbox(line: str) -> bool:
    return OUTBOX in line and "row_id=?" not in line


def refresh_the_page(qtbot, window) -> None:
    """What a save elsewhere does: the page's rows (and their sync marks) read again,
    as the list paints them."""
    model = window.panel.model
    with qtbot.waitSignal(model.loaded, timeout=LOAD_TIMEOUT_MS):
        model.reload()
    assert all(model.index(row, Column.NAME).data() for row in range(model.rowCount()))


def a_keystroke(qtbot, window) -> None:
    type_search(qtbot, window, "v")


# Over all clients with no search the list is every client's id in name order (the
# lazy model's rows are read a page at a time); a search there reads its matches only.
@pytest.mark.parametrize(
    ("scope", "action"),
    [
        pytest.param(Scope.MINE, a_keystroke, id="keystroke"),
        pytest.param(Scope.ALL, a_keystroke, id="keystroke over all clients"),
        pytest.param(Scope.MINE, refresh_the_page, id="page refresh"),
    ],
)
def test_the_caseload_reads_by_index_only(
    qtbot, runner, translations, reporter, caseload_store, scope, action
):
    """Over all clients too: a first letter's matches are sorted, never every client walked."""
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    window.panel.set_scope(scope)
    qtbot.waitUntil(lambda: not window.panel.model.loading)
    statements = caught_statements(
        qtbot, runner, window, caseload_store, lambda: action(qtbot, window)
    )
    found = plans(caseload_store, statements)

    assert window.panel.model.rowCount() >= 1  # it found what it shows
    assert 0 < len(statements) <= 40
    assert [(s, line) for s, line in found if walks_a_table(line)] == []
    assert [(s, line) for s, line in found if walks_the_outbox(line)] == []
    assert not [s for s, _ in statements if re.search(r"count\(\*\).*outbox_change", s, re.S)]
    window.close_store()
