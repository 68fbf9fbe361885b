"""The document editor on a real encrypted store: autosave, signing, amending, the access log."""

from __future__ import annotations

import dataclasses
import re

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.services.documents import get_document, history
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.autolock import open_draft_savers
from astu_desktop.ui.forms import DocumentEditor, open_editors, save_and_close_editors
from astu_protocol.codes import AccessAction, DocumentStatus, FormKey
from tests.gui.forms.conftest import FORM_KEYS, filled_answers
from tests.gui.forms.filling import fill_view, type_into
from tests.support import PASSPHRASE

_FIRST_TEXT = {
    FormKey.ASSESSMENT_INTERVIEW: "housing_history_notes",
    FormKey.SERVICE_PLAN: "participants",
    FormKey.LIVING_SKILLS_CHECK: "hygiene_note",
}


def _stored(store: CaseStore, editor: DocumentEditor):
    document_id = editor.autosaver.actions.state.document_id
    assert document_id is not None
    with store.session() as session:
        document = get_document(session, document_id)
        session.expunge(document)
        return document


def _accept_signing(qtbot, editor: DocumentEditor) -> None:
    box = editor.confirm_box
    assert box is not None
    with qtbot.waitSignal(editor.signed, timeout=10_000):
        box.sign_button.click()


def _amend(qtbot, editor: DocumentEditor, reason: str) -> None:
    editor.buttons.amend_button.click()
    dialog = editor.amend_dialog
    assert dialog is not None
    type_into(qtbot, dialog.reason_box, reason)
    with qtbot.waitSignal(editor.amended, timeout=10_000):
        dialog.accept()


def _log(store: CaseStore, client_id: str) -> list[tuple[AccessAction, str | None]]:
    with store.session() as session:
        entries = entries_for_client(session, client_id)
        return [(entry.action, entry.target) for entry in reversed(entries)]


@pytest.mark.parametrize("form_key", FORM_KEYS)
def test_fill_save_sign_and_amend_each_form(qtbot, open_editor, caseload_store, form_key):
    editor = open_editor(form_key)
    answers = filled_answers(form_key)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        fill_view(qtbot, editor.view, answers)
    editor.buttons.save_button.click()  # Save writes whatever the last autosave missed
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=10_000)
    assert _stored(caseload_store, editor).answers == answers
    assert re.fullmatch(r"Tallennettu klo \d{1,2}\.\d{2}", editor.buttons.status.text())

    editor.buttons.sign_button.click()
    _accept_signing(qtbot, editor)
    signed = _stored(caseload_store, editor)
    assert signed.status == DocumentStatus.SIGNED
    assert editor.view.read_only
    assert not editor.buttons.sign_button.isVisibleTo(editor)
    assert editor.buttons.amend_button.isVisibleTo(editor)

    _amend(qtbot, editor, "Tarkennettu tavoitteita")
    assert not editor.view.read_only
    text = editor.view.field(_FIRST_TEXT[form_key]).text_box
    type_into(qtbot, text, " Lisäys.")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.buttons.save_action.trigger()
    amendment = _stored(caseload_store, editor)
    assert amendment.version_no == 2
    assert amendment.supersedes_id == signed.id
    assert amendment.amendment_reason == "Tarkennettu tavoitteita"
    assert amendment.answers[_FIRST_TEXT[form_key]].endswith(" Lisäys.")
    with caseload_store.session() as session:
        assert [d.version_no for d in history(session, signed.id)] == [1, 2]


def test_closing_while_the_signature_is_written_keeps_it_and_shows_nothing_after(
    qtbot, open_editor, caseload_store
):
    """Sign, then close at once (Ctrl+W before the worker answered): the signature
    reaches the disk and the closed window is not spoken to afterwards."""
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    answers = filled_answers(FormKey.LIVING_SKILLS_CHECK)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        fill_view(qtbot, editor.view, answers)
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=10_000)
    document_id = editor.state.document_id
    signals: list[str] = []
    editor.signed.connect(lambda: signals.append("signed"))
    editor.buttons.sign_button.click()
    box = editor.confirm_box
    assert box is not None
    box.sign_button.click()
    assert editor.view.read_only  # busy while the signature is written
    assert not editor.buttons.isEnabled()
    assert editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor), timeout=10_000)

    assert signals == []
    assert document_id is not None
    with caseload_store.session() as session:
        document = get_document(session, document_id)
        assert document.status == DocumentStatus.SIGNED
        assert document.answers == answers


def test_required_answers_are_asked_for_only_at_signing(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.SERVICE_PLAN)
    type_into(qtbot, editor.view.field("participants").text_box, "Asiakas ja Outi")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        pass  # an incomplete draft saves without a word about missing answers
    assert editor.header.banner.isHidden()
    assert _stored(caseload_store, editor).answers == {"participants": "Asiakas ja Outi"}

    editor.buttons.sign_action.trigger()
    assert editor.confirm_box is None  # nothing is offered for signing
    rows = editor.view.scope.rows
    for key in ("plan_start", "goals", "review_date", "client_view"):
        assert rows[key].problem.isVisibleTo(editor), key
        assert rows[key].problem.text() == "Pakollinen allekirjoitettaessa."
    assert rows["participants"].problem.isHidden()
    assert "5 vastausta" in editor.header.banner.text()
    assert editor.view.field("plan_start").date_input.edit.hasFocus()
    assert _stored(caseload_store, editor).status == DocumentStatus.DRAFT


def test_a_problem_inside_a_group_row_is_shown_in_that_row(qtbot, open_editor):
    editor = open_editor(FormKey.SERVICE_PLAN)
    answers = filled_answers(FormKey.SERVICE_PLAN)
    answers["goals"] = [{"goal": "Vuokra maksetaan ajallaan"}, {"measures": "Budjetti"}]
    fill_view(qtbot, editor.view, answers)
    editor.sign()
    goals = editor.view.field("goals")
    assert goals.rows[1].scope.rows["goal"].problem.isVisibleTo(editor)
    assert goals.rows[0].scope.rows["goal"].problem.isHidden()
    assert goals.rows[1].scope.rows["goal"].widget.text_box.hasFocus()


def test_a_draft_survives_a_crash(qtbot, open_editor, caseload_store, store_path):
    editor = open_editor(FormKey.ASSESSMENT_INTERVIEW)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        type_into(qtbot, editor.view.field("daily_routine").text_box, "Päivärytmi säännöllinen")
    # The crash: the window is dropped without closing and the store without locking.
    editor.deleteLater()
    qtbot.waitUntil(lambda: not open_editors(), timeout=5_000)

    reopened = CaseStore.unlock(store_path, PASSPHRASE)
    try:
        again = open_editor(FormKey.ASSESSMENT_INTERVIEW, store=reopened)
        assert again.view.answers() == {"daily_routine": "Päivärytmi säännöllinen"}
        assert again.header.state.text().startswith("Luonnos")
        again.close()
    finally:
        reopened.lock()


def test_closing_saves_what_the_autosave_had_not_reached(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    editor.autosaver.timer.setInterval(60_000)
    type_into(qtbot, editor.view.field("next_steps").text_box, "Kotikäynti kuukauden päästä")
    assert editor.autosaver.pending
    editor.close()
    again = open_editor(FormKey.LIVING_SKILLS_CHECK)
    assert again.view.answers() == {"next_steps": "Kotikäynti kuukauden päästä"}


def test_locking_saves_every_open_draft_and_closes_its_window(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.SERVICE_PLAN)
    editor.autosaver.timer.setInterval(60_000)
    type_into(qtbot, editor.view.field("participants").text_box, "Outi")
    assert save_and_close_editors(caseload_store)
    assert open_editors() == []
    again = open_editor(FormKey.SERVICE_PLAN)
    assert again.view.answers() == {"participants": "Outi"}


def test_opening_a_form_twice_brings_the_same_window_forward(open_editor):
    first = open_editor(FormKey.SERVICE_PLAN)
    assert open_editor(FormKey.SERVICE_PLAN) is first


def test_every_open_save_sign_and_amend_is_in_the_access_log(
    qtbot, open_editor, caseload_store, client_id
):
    target = "form_document:living_skills_check"
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        fill_view(qtbot, editor.view, filled_answers(FormKey.LIVING_SKILLS_CHECK))
    editor.sign()
    _accept_signing(qtbot, editor)
    _amend(qtbot, editor, "Korjattu arvio")
    editor.close()
    reopened = open_editor(FormKey.LIVING_SKILLS_CHECK)
    with qtbot.waitSignal(reopened.saved, timeout=10_000):
        type_into(qtbot, reopened.view.field("next_steps").text_box, " Soitto.")

    actions = [action for action, logged in _log(caseload_store, client_id) if logged == target]
    assert actions == [
        AccessAction.VIEW,
        AccessAction.CREATE,
        AccessAction.SIGN,
        AccessAction.CREATE,
        AccessAction.VIEW,
        AccessAction.UPDATE,
    ]


def test_a_signed_document_opens_read_only(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        fill_view(qtbot, editor.view, filled_answers(FormKey.LIVING_SKILLS_CHECK))
    editor.sign()
    _accept_signing(qtbot, editor)
    document_id = editor.state.document_id
    editor.close()
    shown = open_editor(FormKey.LIVING_SKILLS_CHECK, document_id=document_id)
    assert shown.view.read_only
    assert shown.header.state.text().startswith("Allekirjoitettu ")
    assert not shown.buttons.save_action.isEnabled()
    shown.buttons.sign_action.trigger()
    assert shown.confirm_box is None


def test_cancelling_the_signing_leaves_a_draft(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        fill_view(qtbot, editor.view, filled_answers(FormKey.LIVING_SKILLS_CHECK))
    editor.sign()
    box = editor.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not editor.view.read_only
    assert _stored(caseload_store, editor).status == DocumentStatus.DRAFT


def test_ctrl_s_saves_and_ctrl_shift_s_asks_to_sign(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    editor.autosaver.timer.setInterval(60_000)
    fill_view(qtbot, editor.view, filled_answers(FormKey.LIVING_SKILLS_CHECK))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.autosaver.pending
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.view, Qt.Key.Key_S, shift_control)
    assert editor.confirm_box is not None
    assert editor.confirm_box.isVisible()
    editor.confirm_box.reject()


def test_the_language_can_change_mid_form_without_losing_anything(qtbot, open_editor, translations):
    editor = open_editor(FormKey.SERVICE_PLAN)
    editor.autosaver.timer.setInterval(60_000)
    type_into(qtbot, editor.view.field("participants").text_box, "Asiakas ja Outi")
    translations.set_language("sv")
    qtbot.waitUntil(lambda: editor.view.language == "sv")
    assert editor.windowTitle() == "Serviceplan för stödboende"
    assert editor.buttons.save_button.text() == "&Spara (Ctrl+S)"
    assert editor.view.answers() == {"participants": "Asiakas ja Outi"}
    assert editor.autosaver.pending  # still to be saved, not forgotten


def test_a_failed_save_is_said_in_words_and_retried(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.SERVICE_PLAN)
    editor.autosaver.actions.state = dataclasses.replace(
        editor.autosaver.actions.state, document_id="no-such-document"
    )
    with qtbot.waitSignal(editor.autosaver.failed, timeout=10_000):
        type_into(qtbot, editor.view.field("participants").text_box, "Outi")
    assert editor.buttons.status.text() == (
        "Ei tallennettu: Asiakirjaa ei enää ole asiakastietokannassa."
    )
    assert editor.autosaver.pending


def test_auto_lock_finds_the_editor_and_its_draft_is_saved_at_once(
    qtbot, open_editor, caseload_store
):
    editor = open_editor(FormKey.SERVICE_PLAN)
    editor.autosaver.timer.setInterval(60_000)
    type_into(qtbot, editor.view.field("participants").text_box, "Outi ja asiakas")
    assert any(saver is editor for saver in open_draft_savers())
    editor.save_draft_now()
    assert not editor.autosaver.pending
    assert _stored(caseload_store, editor).answers == {"participants": "Outi ja asiakas"}


def test_typing_without_a_pause_still_saves(qtbot, open_editor, caseload_store):
    editor = open_editor(FormKey.LIVING_SKILLS_CHECK)
    editor.autosaver.timer.setInterval(60_000)  # the pause that never comes
    editor.autosaver.max_wait_ms = 0
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        type_into(qtbot, editor.view.field("next_steps").text_box, "Soitto")
    assert _stored(caseload_store, editor).answers["next_steps"].startswith("S")


def test_a_review_before_the_plan_starts_is_shown_at_the_field_and_cannot_be_signed(
    qtbot, open_editor, caseload_store
):
    editor = open_editor(FormKey.SERVICE_PLAN)
    answers = filled_answers(FormKey.SERVICE_PLAN)
    fill_view(
        qtbot, editor.view, answers | {"plan_start": "2025-03-10", "review_date": "2025-03-01"}
    )
    review = editor.view.scope.rows["review_date"]
    qtbot.waitUntil(lambda: review.has_problem, timeout=10_000)  # as soon as the draft saved
    assert review.problem.text() == "Ei voi olla ennen kohtaa ”Suunnitelmakausi alkaa”."
    editor.buttons.sign_button.click()
    assert editor.confirm_box is None  # nothing to confirm: the plan cannot be signed
    assert review.problem.text() == "Ei voi olla ennen kohtaa ”Suunnitelmakausi alkaa”."
    type_into(qtbot, editor.view.field("review_date").date_input.edit, "10.10.2025")
    editor.buttons.sign_button.click()
    assert editor.confirm_box is None
    assert review.problem.text() == "Enintään 6 kuukautta kohdan ”Suunnitelmakausi alkaa” jälkeen."
    type_into(qtbot, editor.view.field("review_date").date_input.edit, "9.9.2025")
    editor.buttons.sign_button.click()
    _accept_signing(qtbot, editor)
    assert _stored(caseload_store, editor).answers["review_date"] == "2025-09-09"
