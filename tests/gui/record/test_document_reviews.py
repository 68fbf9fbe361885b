"""A lead approves or returns a signed plan on the record; the worker sees what came back."""

from __future__ import annotations

import threading

from sqlalchemy import select

from astu_desktop.models import DeviceState, DocumentReview, FormDocument, Worker
from astu_desktop.services.reviews import returned_documents
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_desktop.ui.team.returned_dialog import ReturnedDocumentsDialog
from astu_protocol.codes import FormKey, ReviewDecision, Role
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import statement_threads

NOTE = "Lisää tavoitteisiin asumisen tuen kesto."


def _make_lead_current(store) -> str:
    with store.session() as s, s.begin():
        outi = s.scalars(select(Worker).where(Worker.username == "outi")).one()
        lead = Worker(username="leena", full_name="Leena Lahtinen", role=Role.TEAM_LEAD,
                      team_id=outi.team_id)  # fmt: skip
        s.add(lead)
        s.flush()
        s.get_one(DeviceState, 1).current_worker_id = lead.id
        return lead.id


def _be(store, worker_id: str) -> None:
    with store.session() as s, s.begin():
        s.get_one(DeviceState, 1).current_worker_id = worker_id


def _plan_id(store, client_id: str) -> str:
    with store.session() as s:
        return s.scalars(
            select(FormDocument.id).where(
                FormDocument.client_id == client_id, FormDocument.form_key == FormKey.SERVICE_PLAN
            )
        ).one()


def test_a_lead_returns_the_plan_with_a_note_and_the_worker_sees_it(
    qtbot, caseload_store, record_client, open_record
) -> None:
    lead_id = _make_lead_current(caseload_store)
    window = open_record(record_client.client_id)
    tab = window.document_tabs[FormKey.SERVICE_PLAN]
    assert not tab.return_button.isHidden()  # its tab is not the one in front
    assert tab.return_button.isEnabled()

    tab.return_button.click()
    dialog = window.return_dialog
    assert dialog is not None
    assert not dialog.buttons.buttons()[0].isEnabled()  # no note, no return
    dialog.note.setPlainText(NOTE)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.accept()

    assert tab.reviews.rowCount() == 1
    assert tab.reviews.item(0, 2).text() == "Palautettu"
    assert tab.reviews.item(0, 3).text() == "Leena Lahtinen"
    assert tab.reviews.item(0, 4).text() == NOTE
    assert tab.versions.item(0, 5).text() == "Palautettu"
    with caseload_store.session() as s:
        review = s.scalars(select(DocumentReview)).one()
        assert (review.decision, review.reviewer_id) == (ReviewDecision.RETURNED, lead_id)
        assert review.document_id == _plan_id(caseload_store, record_client.client_id)

    _be(caseload_store, record_client.me)
    with caseload_store.session() as s:
        returned = returned_documents(s, record_client.me)
    listed = ReturnedDocumentsDialog(returned)
    qtbot.addWidget(listed)
    assert listed.table.rowCount() == 1
    assert listed.table.item(0, 5).text() == NOTE
    with qtbot.waitSignal(listed.client_requested) as asked:
        listed.table.selectRow(0)
        listed.table.activated.emit(listed.table.model().index(0, 0))
    assert asked.args == [record_client.client_id]


def test_a_lead_approves_and_the_history_keeps_both_decisions(
    qtbot, caseload_store, record_client, open_record
) -> None:
    _make_lead_current(caseload_store)
    window = open_record(record_client.client_id)
    tab = window.document_tabs[FormKey.SERVICE_PLAN]
    tab.return_button.click()
    assert window.return_dialog is not None
    window.return_dialog.note.setPlainText(NOTE)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.return_dialog.accept()

    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        tab.approve_button.click()

    assert [tab.reviews.item(row, 2).text() for row in range(2)] == ["Hyväksytty", "Palautettu"]
    assert tab.versions.item(0, 5).text() == "Hyväksytty"


def test_a_field_worker_has_no_approve_or_return(caseload_store, record_client, open_record):
    window = open_record(record_client.client_id)
    assert window.document_tabs[FormKey.SERVICE_PLAN].approve_button.isHidden()
    assert window.document_tabs[FormKey.SERVICE_PLAN].return_button.isHidden()
    assert (
        window.document_tabs[FormKey.SERVICE_PLAN].versions.item(0, 5).text()
        == "Odottaa hyväksyntää"
    )


def test_a_leads_record_opens_with_approve_and_return_and_reads_nothing_on_the_gui_thread(
    qtbot, runner, caseload_store, record_client
) -> None:
    """Who may review is read on the store worker before the record shows."""
    _make_lead_current(caseload_store)
    with statement_threads(caseload_store.engine) as threads:
        window = ClientRecordWindow(caseload_store, record_client.client_id, runner)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
            window.open()
    tab = window.document_tabs[FormKey.SERVICE_PLAN]
    assert not tab.approve_button.isHidden()
    assert not tab.return_button.isHidden()
    assert threads, "the record read nothing"
    assert threading.main_thread() not in threads
