"""A fourth form, dropped in as data, in the record, the editor, the paper, the command
and the sync protocol.

These tests run only in the copy of the program that tests/gui/test_a_fourth_form.py
makes: there `resources/forms/contact_note.json` (tests/data/forms/) is added and the
form's key is added to `FormKey`, and nothing else is changed. They fail if a fourth form
needs one more line of code anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from sqlalchemy import select

from astu_desktop.cli import main
from astu_desktop.models import Client, DeviceState, FormDocument
from astu_desktop.models.base import utcnow
from astu_desktop.printing import printouts
from astu_desktop.services import documents
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.tasks import TaskRunner
from astu_protocol import validation
from astu_protocol.codes import FormKey
from tests.gui.forms.conftest import opened_editor
from tests.gui.forms.filling import fill_view
from tests.support import PASSPHRASE, helsinki_today
from tests.unit.reports.pdfkit import flat, page_texts

CONTACT_NOTE = FormKey("contact_note")
ANSWERS = {
    "contact_date": "2025-03-03",
    "channel": "phone",
    "summary": "Sovittiin kotikäynti ensi tiistaina.",
    "follow_up": True,
}
LOAD_TIMEOUT_MS = 10_000


def first_client(store: CaseStore) -> tuple[str, str]:
    with store.session() as session:
        client_id = session.scalars(select(Client.id).order_by(Client.last_name)).first()
        state = session.get(DeviceState, 1)
        assert client_id is not None
        assert state is not None
        assert state.current_worker_id
        return client_id, state.current_worker_id


def test_the_record_has_a_tab_for_the_form_with_its_own_words(
    qtbot, runner: TaskRunner, translations, caseload_store: CaseStore
) -> None:
    client_id, _ = first_client(caseload_store)
    window = ClientRecordWindow(caseload_store, client_id, runner)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open()
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert "&Yhteydenottomuistio" in titles
    assert window.document_tabs[CONTACT_NOTE].new_button.text() == "&Uusi yhteydenottomuistio"
    window.close()
    runner.wait_until_idle()


def test_the_editor_shows_fills_and_saves_the_form(
    qtbot, runner: TaskRunner, translations, caseload_store: CaseStore
) -> None:
    client_id, _ = first_client(caseload_store)
    editor = opened_editor(qtbot, runner, caseload_store, client_id, CONTACT_NOTE)
    editor.autosaver.timer.setInterval(50)
    assert editor.windowTitle() == "Yhteydenottomuistio"
    with qtbot.waitSignal(editor.saved, timeout=LOAD_TIMEOUT_MS):
        fill_view(qtbot, editor.view, ANSWERS)
    editor.buttons.save_button.click()
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=LOAD_TIMEOUT_MS)
    with caseload_store.session() as session:
        stored = session.scalars(
            select(FormDocument).where(FormDocument.form_key == CONTACT_NOTE)
        ).one()
        assert stored.answers == ANSWERS
    if shiboken6.isValid(editor) and editor.isVisible():
        editor.close()
    runner.wait_until_idle()


@pytest.fixture
def signed_note(caseload_store: CaseStore) -> tuple[str, str]:
    client_id, me = first_client(caseload_store)
    with caseload_store.session() as session, session.begin():
        draft = documents.create_draft(
            session, client_id=client_id, form_key=CONTACT_NOTE, author_id=me, answers=ANSWERS,
            today=helsinki_today(),
        )  # fmt: skip
        documents.sign(session, draft.id, worker_id=me, now=utcnow())
        return client_id, draft.id


def test_the_paper_prints_the_form_in_the_chosen_language(
    caseload_store: CaseStore, signed_note: tuple[str, str]
) -> None:
    with caseload_store.session() as session:
        pdf = printouts.render_document(session, signed_note[1], "sv")
    text = flat(" ".join(page_texts(pdf.data)))
    assert "Kontaktanteckning" in text
    assert "Telefonsamtal" in text
    assert "Sovittiin kotikäynti ensi tiistaina." in text


def test_the_command_exports_the_form(
    caseload_store: CaseStore,
    store_path: Path,
    signed_note: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caseload_store.lock()
    monkeypatch.setenv("ASTU_LANG", "fi")
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "muistio.pdf"
    argv = ["export-pdf", "--db", str(store_path), "--client", signed_note[0]]
    status = main([*argv, "--document", "contact_note", "--out", str(out)])
    assert status == 0
    assert "Yhteydenottomuistio" in flat(" ".join(page_texts(out.read_bytes())))


def test_the_protocol_takes_the_forms_rows_and_refuses_a_key_nobody_declared() -> None:
    row = {"form_key": "contact_note", "form_version": 1, "answers": ANSWERS}
    assert validation.problems("form_document", row) == {}
    assert "form_key" in validation.problems("form_document", {**row, "form_key": "memo"})
