"""A record that has not reached the server says so on itself, and a refused one why.

Real windows, a real server over HTTP: the worker records a visit with a check in the
record window; until the next sync the caseload row, the timeline entry, the record's
banner and the status bar say it waits; after F5 they say nothing. A refusal is shown
in full, in the worker's language, with the client named in the refused list.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from astu_desktop.sync import outbox
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_desktop.ui.sync.marks import SYNC_MARK_ROLE
from astu_desktop.ui.sync.refused_dialog import RefusedListDialog
from astu_desktop.ui.visit_dialog import VisitDialog
from astu_protocol.codes import FormKey
from astu_protocol.messages import ChangeResult, Outcome, PushResponse, RefusalReason
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.forms.filling import type_into
from tests.gui.record.conftest import _OFFSCREEN_RAISE
from tests.gui.sync.conftest import SYNC_TIMEOUT_MS, open_and_sync, shared_client, sync_window
from tests.gui.windowkit import LOAD_TIMEOUT_MS, editor_on_screen, opened
from tests.integration.serverkit import Laptop, LiveServer

WAITING_ENTRY = "Tallennettu tälle tietokoneelle, ei vielä palvelimella."
NAME = "Virtanen, Aino"
# The check's editor is raised when it opens, which the offscreen platform reports.
OFFSCREEN = pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE)


def open_record(qtbot, window: MainWindow, client_id: str) -> ClientRecordWindow:
    window.open_client(client_id)
    record = window.findChild(ClientRecordWindow)
    assert record is not None
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    return record


def record_visit_with_check(qtbot, record: ClientRecordWindow) -> None:
    """New home visit, tick the check, Save; the check's editor opens and is closed."""
    record.visit_action.trigger()
    dialog = opened(qtbot, record, VisitDialog)
    dialog.living_skills.setChecked(True)
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    editor = editor_on_screen(qtbot)
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def visit_row(record: ClientRecordWindow) -> int:
    titles = [
        record.timeline.table.item(r, 1).text() for r in range(record.timeline.table.rowCount())
    ]
    return titles.index("Kotikäynti")


def caseload_name_cell(window: MainWindow, name: str):
    model = window.panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, Column.NAME).data() == name)
    return model.index(row, Column.NAME)


@OFFSCREEN
def test_a_visit_not_yet_sent_says_so_everywhere_until_the_sync(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    record = open_record(qtbot, window, client_id)
    assert record.sync_banner.isHidden()

    record_visit_with_check(qtbot, record)

    item = record.timeline.table.item(visit_row(record), 1)
    assert item.toolTip().startswith(WAITING_ENTRY)
    assert not item.icon().isNull()
    assert record.sync_banner.isVisible()
    assert record.sync_banner.text.text() == (  # the visit, its check and the next booking
        "3 tallennusta tästä asiakkaasta odottaa lähetystä palvelimelle; ne lähetetään "
        "seuraavassa synkronoinnissa."
    )
    check_tab = record.timeline.table  # the check is on the timeline as a document too
    titles = [check_tab.item(r, 1).text() for r in range(check_tab.rowCount())]
    check_row = titles.index("Asumistaitojen kartoitus, versio 1 (luonnos)")
    assert check_tab.item(check_row, 1).toolTip().startswith(WAITING_ENTRY)
    qtbot.waitUntil(lambda: "3 tallennusta odottaa lähetystä" in window.sync_bar.label.text())
    cell = caseload_name_cell(window, NAME)
    qtbot.waitUntil(lambda: cell.data(SYNC_MARK_ROLE) == "waiting", timeout=LOAD_TIMEOUT_MS)
    assert "ei ole vielä palvelimella" in cell.data(Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(record.loaded, timeout=SYNC_TIMEOUT_MS):  # "Synkronoi nyt"
        qtbot.mouseClick(window.sync_bar.sync_button, Qt.MouseButton.LeftButton)

    assert record.sync_banner.isHidden()
    assert record.timeline.table.item(visit_row(record), 1).icon().isNull()
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())
    cell = caseload_name_cell(window, NAME)
    qtbot.waitUntil(lambda: cell.data(SYNC_MARK_ROLE) is None, timeout=LOAD_TIMEOUT_MS)
    record.close()


@OFFSCREEN
def test_a_document_written_in_its_editor_counts_in_the_status_bar_once_it_closes(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Seen in a walk without a window manager: the record said "1 save waits", the main
    window "No unsent changes", because only the window's activation re-read the count."""
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())
    record = open_record(qtbot, window, client_id)

    record.document_tabs[FormKey.SERVICE_PLAN].new_button.click()
    editor = editor_on_screen(qtbot)
    with qtbot.waitSignal(editor.saved, timeout=LOAD_TIMEOUT_MS):
        type_into(qtbot, editor.view.field("participants").text_box, "Asiakas ja Aino")
        editor.buttons.save_button.click()
    editor.close()

    qtbot.waitUntil(
        lambda: "1 tallennus odottaa lähetystä" in window.sync_bar.label.text(),
        timeout=LOAD_TIMEOUT_MS,
    )
    record.close()


def refuse_the_visit(laptop: Laptop) -> None:
    """The server's answer to the next push: the visit and its worker row refused."""
    with laptop.session() as session, session.begin():
        batch = outbox.open_batch(session, max_rows=500)
        assert batch is not None
        results = [
            ChangeResult(
                table=change.table, row_id=change.row_id, outcome=Outcome.REFUSED,
                reason=reason, fields=[field],
            )
            for change in batch.request.changes
            for table, reason, field in (
                ("home_visit", RefusalReason.MISSING_REFERENCE, "living_skills_document_id"),
                ("visit_worker", RefusalReason.MISSING_PARENT, "visit_id"),
            )
            if change.table == table
        ]  # fmt: skip
        outbox.acknowledge(session, batch, PushResponse(seq=batch.seq, results=results,
                                                        server_time_ms=0))  # fmt: skip


@OFFSCREEN
def test_a_refused_visit_says_why_in_full_on_the_record_and_in_the_list(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    record = open_record(qtbot, window, client_id)
    record_visit_with_check(qtbot, record)
    refuse_the_visit(aino)
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        record.reload()

    banner = record.sync_banner.text.text()
    assert banner.startswith("<b>Palvelin hylkäsi 2 tämän asiakkaan tietoa:</b><br>Käynti: ")
    assert "Etsi se tästä luettelosta ja korjaa se ensin" in banner
    assert "ei ole asiakkainasi" not in banner
    tooltip = record.timeline.table.item(visit_row(record), 1).toolTip()
    assert tooltip.startswith("Palvelin hylkäsi tämän tiedon: Tämä tieto viittaa toiseen tietoon")
    translations.set_language("sv")
    swedish = "<b>Servern avvisade 2 uppgifter om den här klienten:</b><br>Besök: "
    qtbot.waitUntil(lambda: record.sync_banner.text.text().startswith(swedish))
    translations.set_language("fi")
    qtbot.waitUntil(lambda: record.sync_banner.text.text() == banner)

    window.after_write()
    qtbot.waitUntil(window.sync_bar.refused_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert window.sync_bar.refused_button.text() == "2 hylättyä"
    qtbot.mouseClick(window.sync_bar.refused_button, Qt.MouseButton.LeftButton)
    listing = window.findChild(RefusedListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 2, timeout=LOAD_TIMEOUT_MS)
    rows = [[listing.table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert [row[:2] for row in rows] == [[NAME, "Käynti"], [NAME, "Käynnin työntekijä"]]
    assert rows[1][2] == (
        "Asiakasta tai käyntiä, johon tämä tieto kuuluu, ei ole palvelimella (se hylättiin tai "
        "poistettiin). Etsi se tästä luettelosta ja korjaa se ensin; kerro tuelle, jos asiakas "
        "on poistettu. (Käynti)"
    )
    assert listing.table.wordWrap()
    line = listing.table.fontMetrics().lineSpacing()
    assert listing.table.rowHeight(1) > 2 * line  # the reason wraps instead of being cut
    listing.close()
    record.close()


def test_typing_a_search_does_not_read_the_sync_status_again(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """The status counts records after a write, a sync or a return to the window only."""
    aino, bertta = laptops("aino"), laptops("bertta")
    shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    read: list[object] = []
    window.sync.status_loaded.connect(read.append)
    runner.wait_until_idle()  # the reads the opening and its sync queued are answered
    QApplication.processEvents()
    read.clear()

    for typed in ("V", "Vi", "Vir"):
        with qtbot.waitSignal(window.panel.model.loaded, timeout=LOAD_TIMEOUT_MS):
            window.panel.search_box.setText(typed)
    assert window.panel.model.rowCount() == 1
    assert read == []

    window.after_write()  # a visit saved, say
    qtbot.waitUntil(lambda: len(read) == 1, timeout=LOAD_TIMEOUT_MS)
