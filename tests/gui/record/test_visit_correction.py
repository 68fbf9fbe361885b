"""A saved visit is corrected or removed from the timeline, until a signed check locks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from astu_desktop.models import FormDocument, HomeVisit
from astu_desktop.ui.record.visit_correction_dialog import RemoveVisitDialog, VisitCorrectionDialog
from astu_protocol.codes import DocumentStatus, FormKey, VisitRemovalReason
from tests.gui.record.conftest import LOAD_TIMEOUT_MS
from tests.gui.windowkit import type_text


def timeline_titles(window) -> list[str]:
    table = window.timeline.table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def open_visit(qtbot, window) -> VisitCorrectionDialog:
    """Choose the home visit on the timeline and press Enter, as a worker would."""
    table = window.timeline.table
    table.setFocus()
    table.setCurrentCell(timeline_titles(window).index("Kotikäynti"), 1)
    assert "korjata tai poistaa" in window.timeline.preview.text()
    QTest.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(VisitCorrectionDialog) is not None, timeout=5000)
    dialog = window.findChild(VisitCorrectionDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def visit_of(store, client_id: str) -> HomeVisit:
    with store.session() as session:
        return session.scalars(select(HomeVisit).where(HomeVisit.client_id == client_id)).one()


def test_a_visit_is_corrected_from_the_timeline(qtbot, open_record, record_client, caseload_store):
    window = open_record(record_client.client_id)
    dialog = open_visit(qtbot, window)
    assert dialog.windowTitle() == "Korjaa käynti – ASTU Desktop"
    assert dialog.notes.toPlainText() == "Asunto siisti, vuokra maksettu."
    ticked = {box.text(): box.isChecked() for box in dialog.worker_boxes.values()}
    assert ticked == {"Outi Miettinen": True, "Petri Karjalainen": False}
    dialog.notes.selectAll()
    type_text(dialog.notes, "Asunto siisti. Vuokra maksettu, jääkaappi tyhjä.")

    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    row = timeline_titles(window).index("Kotikäynti")
    assert "jääkaappi tyhjä" in window.timeline.table.item(row, 2).text()
    assert visit_of(caseload_store, record_client.client_id).notes == (
        "Asunto siisti. Vuokra maksettu, jääkaappi tyhjä."
    )


def test_a_visit_is_removed_with_a_reason_and_leaves_the_timeline(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    dialog = open_visit(qtbot, window)
    assert dialog.remove_button.text() == "&Poista käynti…"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    removal = dialog.findChild(RemoveVisitDialog)
    assert removal is not None
    assert removal.keep_button.isDefault()  # Enter keeps the visit
    reasons = [removal.reason.itemText(i) for i in range(removal.reason.count())]
    assert "Sama käynti kirjattiin kahdesti" in reasons
    removal.reason.setCurrentIndex(reasons.index("Sama käynti kirjattiin kahdesti"))

    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(removal.remove_button, Qt.MouseButton.LeftButton)

    assert "Kotikäynti" not in timeline_titles(window)
    assert window.statusBar().currentMessage() == "Käynti poistettiin."
    with caseload_store.session() as session:
        visit = session.scalars(select(HomeVisit)).one()
        assert (visit.is_deleted, visit.removal_reason) == (True, VisitRemovalReason.DUPLICATE)


def test_a_visit_whose_check_is_signed_opens_locked(
    qtbot, open_record, record_client, caseload_store
):
    with caseload_store.session() as session, session.begin():
        visit = session.scalars(select(HomeVisit)).one()
        check = session.scalars(
            select(FormDocument).where(
                FormDocument.client_id == record_client.client_id,
                FormDocument.form_key == FormKey.LIVING_SKILLS_CHECK,
                FormDocument.status == DocumentStatus.SIGNED,
            )
        ).first()
        assert check is not None
        visit.living_skills_document_id = check.id
    window = open_record(record_client.client_id)
    dialog = open_visit(qtbot, window)

    assert dialog.lock_note.isVisible()
    assert dialog.lock_note.text().startswith("Käynti on lukittu")
    assert not dialog.save_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert dialog.notes.isReadOnly()
    dialog.close()
    assert visit_of(caseload_store, record_client.client_id).deleted_at is None


def test_a_check_signed_while_the_dialog_was_open_keeps_the_visit_as_it_was(
    qtbot, open_record, record_client, caseload_store
):
    """A sync brings the signed check meanwhile: Save says the visit is locked."""
    window = open_record(record_client.client_id)
    dialog = open_visit(qtbot, window)
    with caseload_store.session() as session, session.begin():
        visit = session.scalars(select(HomeVisit)).one()
        visit.living_skills_document_id = session.scalars(
            select(FormDocument.id).where(FormDocument.status == DocumentStatus.SIGNED)
        ).first()
    dialog.notes.setPlainText("Muutettu.")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert dialog.error.text().startswith("Käynti on lukittu")
    assert visit_of(caseload_store, record_client.client_id).notes == (
        "Asunto siisti, vuokra maksettu."
    )
