"""Opening a form document from the record: read on the store worker, then shown.

Opening is a logged VIEW (a read and a write). On the GUI thread it met the worker's
commit between the two and failed at once with "database is locked", in front of the
worker; these tests hold it to the worker's thread.
"""

from __future__ import annotations

import threading

from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.ui.forms import DocumentEditor, open_editors
from astu_protocol.codes import AccessAction, FormKey
from tests.gui.windowkit import editor_on_screen, statement_threads


def test_opening_a_check_runs_no_sql_on_the_gui_thread_and_logs_one_view(
    qtbot, runner, caseload_store, record_client, open_record
):
    record = open_record(record_client.client_id)
    runner.wait_until_idle()
    with statement_threads(caseload_store.engine) as threads:
        record.tabs.setCurrentWidget(record.living_skills_tab)
        record.living_skills_tab.new_button.click()
        editor = editor_on_screen(qtbot)
    assert editor.windowTitle() == "Asumistaitojen kartoitus"
    assert (editor.state.client_id, editor.state.form_key) == (
        record_client.client_id,
        FormKey.LIVING_SKILLS_CHECK,
    )
    assert threads, "opening read nothing"
    assert threading.main_thread() not in threads
    with caseload_store.session() as session:
        views = [
            entry.target
            for entry in entries_for_client(session, record_client.client_id)
            if entry.action is AccessAction.VIEW
        ]
    assert views.count("form_document:living_skills_check") == 1
    editor.close()


def test_pressing_new_twice_opens_one_editor(qtbot, runner, record_client, open_record):
    record = open_record(record_client.client_id)
    record.tabs.setCurrentWidget(record.living_skills_tab)
    record.living_skills_tab.new_button.click()
    record.living_skills_tab.new_button.click()  # before the first read is back
    editor = editor_on_screen(qtbot)
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy)
    assert open_editors() == [editor]
    editor.close()


def test_a_document_gone_meanwhile_is_said_so_and_nothing_opens(
    qtbot, runner, record_client, open_record
):
    record = open_record(record_client.client_id)
    record.open_document(FormKey.SERVICE_PLAN, "no-such-document")
    qtbot.waitUntil(lambda: record.statusBar().currentMessage() != "")
    assert record.statusBar().currentMessage() == "Asiakirjaa ei enää ole asiakastietokannassa."
    assert record.findChildren(DocumentEditor) == []


def test_an_editor_read_after_the_record_closed_does_not_open(
    qtbot, runner, record_client, open_record
):
    record = open_record(record_client.client_id)
    record.living_skills_tab.new_button.click()
    record.close()  # before the read is back
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy)
    assert open_editors() == []
