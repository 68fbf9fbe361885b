"""Registering a client from the main window, as a worker would, in Finnish."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from astu_desktop.models import Client, ContactPerson, ServiceEpisode
from astu_desktop.models.hetu import make_hetu
from astu_desktop.ui.new_client_dialog import NewClientDialog
from astu_desktop.ui.record import ClientRecordWindow
from astu_protocol.codes import Service
from tests.gui.windowkit import LOAD_TIMEOUT_MS, open_window, type_text

HETU = make_hetu(date(1978, 11, 2), 908)  # 021178-908K


def _dialog(qtbot, window) -> NewClientDialog:
    window.new_client_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewClientDialog))
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: NewClientDialog, hetu: str) -> None:
    type_text(dialog.first_names, "Pekka")
    type_text(dialog.last_name, "Koekäyttäjä")
    type_text(dialog.hetu, hetu)
    type_text(dialog.details.phone, "050 765 4321")
    dialog.details.language.setCurrentIndex(dialog.details.language.findData("sv"))
    dialog.details.interpreter.setChecked(True)


def test_a_new_client_is_saved_with_a_contact_and_an_episode_and_opens(
    qtbot, runner, translations, reporter, caseload_store
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert window.new_client_action.text() == "&Uusi asiakas…"
    assert window.new_client_action.shortcut().toString() == "Ctrl+Shift+N"
    dialog = _dialog(qtbot, window)
    _fill(dialog, HETU)
    dialog.add_contact_row()
    dialog.set_contact(0, "Liisa Koekäyttäjä", "sisar", "040 111 2222")
    dialog.episode_box.setChecked(True)
    dialog.service.setCurrentIndex(dialog.service.findData(Service.RENT_DEBT))

    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()

    record = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ClientRecordWindow))
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    assert record.header.name.text() == "Pekka Koekäyttäjä"
    assert record.header.language.text() == "ruotsi – tarvitsee tulkin"
    assert record.header.worker.text() == "Outi Miettinen"
    assert record.header.contacts.text() == "Liisa Koekäyttäjä, sisar, 040 111 2222"
    with caseload_store.session() as s:
        client = s.scalars(select(Client).where(Client.hetu == HETU)).one()
        assert [c.name for c in s.scalars(select(ContactPerson))] == ["Liisa Koekäyttäjä"]
        episode = s.scalars(
            select(ServiceEpisode).where(ServiceEpisode.client_id == client.id)
        ).one()
        assert episode.service == Service.RENT_DEBT
    record.close()


def test_a_wrong_check_character_is_named_under_the_field_and_nothing_is_saved(
    qtbot, runner, translations, reporter, caseload_store
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    dialog = _dialog(qtbot, window)
    _fill(dialog, HETU[:-1] + "X")
    type_text(dialog.details.postal_code, "510")

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.rows["hetu"].error.isVisible(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.rows["hetu"].error.text() == (
        "Tarkistusmerkki ei täsmää: tarkista kirjoitusvirhe."
    )
    assert dialog.details.rows["postal_code"].error.text() == (
        "Postinumero on viisi numeroa, esim. 00510."
    )
    assert not dialog.rows["first_names"].error.isVisible()
    with caseload_store.session() as s:
        assert s.scalars(select(Client).where(Client.last_name == "Koekäyttäjä")).all() == []
    dialog.reject()


def test_a_client_already_here_is_offered_and_not_made_twice(
    qtbot, runner, translations, reporter, caseload_store
):
    with caseload_store.session() as s:
        existing = s.scalars(select(Client).where(Client.last_name == "Aalto")).one()
        existing_id, existing_hetu = existing.id, existing.hetu
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    dialog = _dialog(qtbot, window)
    _fill(dialog, existing_hetu.lower())

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.open_existing.isVisible(), timeout=LOAD_TIMEOUT_MS)

    assert dialog.duplicate.text().startswith(
        "Asiakas, jolla on tämä henkilötunnus, on jo tällä koneella."
    )
    with qtbot.waitSignal(dialog.open_requested, timeout=LOAD_TIMEOUT_MS) as opened:
        dialog.open_existing.click()
    assert opened.args == [existing_id]
    with caseload_store.session() as s:
        assert len(s.scalars(select(Client).where(Client.hetu == existing_hetu)).all()) == 1
    for record in QApplication.topLevelWidgets():
        if isinstance(record, ClientRecordWindow):
            qtbot.waitUntil(lambda r=record: r.record is not None, timeout=LOAD_TIMEOUT_MS)
            record.close()
