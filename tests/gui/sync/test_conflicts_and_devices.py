"""Conflicts, a revoked laptop and enrolment from the GUI, through a real server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from astu_desktop.services import enrolment
from astu_desktop.services.store_actions import read_opening
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import conflicts
from astu_desktop.ui.create_store_dialog import CreateStoreDialog
from astu_desktop.ui.start import StartFlow
from astu_desktop.ui.sync.conflict_dialog import ConflictDialog, ConflictListDialog
from astu_desktop.ui.sync.enrol_dialog import EnrolDialog
from tests.gui.sync.conftest import (
    FAST,
    SYNC_TIMEOUT_MS,
    edit_client,
    open_and_sync,
    shared_client,
    sync_window,
)
from tests.gui.windowkit import LOAD_TIMEOUT_MS, opened, unlock
from tests.integration.serverkit import PASSWORD, Laptop, LiveServer
from tests.support import FAST_KDF, PASSPHRASE


def _conflicting_phones(server: LiveServer, laptops: Callable[[str], Laptop]):
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(aino, client_id, phone="040 2")
    edit_client(bertta, client_id, phone="050 3")
    bertta.sync()
    return aino, bertta, client_id


def _open_conflict(qtbot, window) -> ConflictDialog:
    qtbot.waitUntil(window.sync_bar.conflicts_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert window.sync_bar.conflicts_button.text() == "1 ristiriita"
    qtbot.mouseClick(window.sync_bar.conflicts_button, Qt.MouseButton.LeftButton)
    listing = window.findChild(ConflictListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    cells = [listing.table.item(0, column).text() for column in range(3)]
    assert cells == ["Virtanen, Aino", "Asiakkaan tiedot", "Puhelin"]
    listing.resolve_selected()
    dialog = listing.findChild(ConflictDialog)
    assert dialog is not None
    return dialog


def _conflict_opened(qtbot, runner, translations, reporter, server, laptops):
    """Aino's window, synced, with the phone conflict open in its dialog."""
    aino, bertta, client_id = _conflicting_phones(server, laptops)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    return aino, bertta, client_id, window, _open_conflict(qtbot, window)


def test_a_same_field_conflict_is_listed_and_keeping_one_side_reaches_both_laptops(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    _aino, bertta, client_id, window, dialog = _conflict_opened(
        qtbot, runner, translations, reporter, server, laptops
    )

    own = dialog.row.own_side
    other = "b" if own == "a" else "a"
    assert "tällä tietokoneella" in dialog.side_titles[own].text()
    assert "Aino" in dialog.side_titles[own].text()
    assert "toisella tietokoneella" in dialog.side_titles[other].text()
    assert "Bertta" in dialog.side_titles[other].text()
    values = {side: dialog.value_labels[side][0].text() for side in ("a", "b")}
    assert values[own] == "040 2"
    assert values[other] == "050 3"

    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.keep_buttons[other], Qt.MouseButton.LeftButton)  # Bertta's

    assert server.record("client", client_id)["phone"] == "050 3"
    qtbot.waitUntil(lambda: not window.sync_bar.conflicts_button.isVisible())
    bertta.sync()
    with bertta.session() as session:
        assert conflicts.open_conflicts(session) == []


def test_a_value_of_ones_own_resolves_the_conflict_everywhere(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    _aino, bertta, client_id, window, dialog = _conflict_opened(
        qtbot, runner, translations, reporter, server, laptops
    )

    qtbot.mouseClick(dialog.own_button, Qt.MouseButton.LeftButton)
    dialog.own_edits[0].setText("045 999")
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_own_button, Qt.MouseButton.LeftButton)

    assert server.record("client", client_id)["phone"] == "045 999"
    bertta.sync()
    with bertta.session() as session:
        assert conflicts.open_conflicts(session) == []
    from tests.integration.test_conflicts import client_values

    assert client_values(bertta, client_id, "phone") == ("045 999",)


def test_a_revoked_laptop_says_why_erases_its_store_and_starts_over(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino = laptops("aino")
    paths = aino.store.paths
    server.revoke(aino.device_id)
    aino.store.lock()
    flow = StartFlow(paths.database, runner, translations, reporter, kdf=FAST_KDF,
                     sync_timings=FAST)  # fmt: skip
    flow.start()
    window = unlock(qtbot, flow)
    qtbot.addWidget(window)

    qtbot.waitUntil(lambda: window.revoked_message is not None, timeout=SYNC_TIMEOUT_MS)
    box = window.revoked_message
    assert box is not None
    assert "poistettu käytöstä" in box.text()
    assert "ilmoitettu kadonneeksi" in box.text()
    assert window.store is None
    assert aino.store.is_locked
    box.button(QMessageBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: isinstance(flow.dialog, CreateStoreDialog), timeout=LOAD_TIMEOUT_MS)
    for path in (paths.database, paths.keyfile, *paths.sidecars()):
        assert not path.exists()
    assert flow.window is None
    flow.dialog.close()


def test_a_revoked_store_is_erased_even_when_the_app_quits_during_the_message(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino = laptops("aino")
    paths = aino.store.paths
    server.revoke(aino.device_id)
    aino.store.lock()
    flow = StartFlow(paths.database, runner, translations, reporter, kdf=FAST_KDF,
                     sync_timings=FAST)  # fmt: skip
    flow.start()
    window = unlock(qtbot, flow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.revoked_message is not None, timeout=SYNC_TIMEOUT_MS)

    flow.shutdown()  # e.g. the session ends while the message is on the screen

    assert not paths.database.exists()
    assert not paths.keyfile.exists()


def _enrol_dialog(qtbot, runner, translations, reporter, store_path: Path):
    """The first run: create the store, then the optional step opens over the window."""
    flow = StartFlow(store_path, runner, translations, reporter, kdf=FAST_KDF, sync_timings=FAST)
    flow.start()
    create = flow.dialog
    assert isinstance(create, CreateStoreDialog)
    assert create.wants_server
    create.first.setText(PASSPHRASE)
    create.second.setText(PASSPHRASE)
    with qtbot.waitSignal(create.created, timeout=LOAD_TIMEOUT_MS):
        create.create_store()
    window = flow.window
    assert window is not None
    qtbot.addWidget(window)
    dialog = opened(qtbot, window, EnrolDialog)  # once whose laptop it is was read
    assert dialog.isVisible()
    return flow, window, dialog


def test_enrolment_from_the_first_run_refuses_a_wrong_password_then_connects(
    qtbot, runner, translations, reporter, server: LiveServer, store_path: Path
) -> None:
    flow, window, dialog = _enrol_dialog(qtbot, runner, translations, reporter, store_path)
    dialog.url.setText(server.url)
    dialog.username.setText("aino")
    dialog.password.setText("väärä salasana")
    assert not dialog.connect_button.isEnabled()  # the enrolment code is still missing
    dialog.code.setText(server.enrolment_code("aino"))
    dialog.connect_to_server()
    qtbot.waitUntil(dialog.message.isVisible, timeout=SYNC_TIMEOUT_MS)

    assert dialog.message.text() == (
        "Väärä käyttäjätunnus, salasana tai käyttöönottokoodi (koodi käy vain kerran)."
    )
    assert dialog.password.text() == ""
    store = window.store
    assert isinstance(store, CaseStore)
    with store.session() as session:
        assert not enrolment.is_enrolled(session)

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        dialog.connect_to_server()
    with store.session() as session:
        status = enrolment.sync_status(session)
    assert status.enrolled
    assert status.username == "aino"
    assert status.last_success_at is not None
    assert not window.enrol_action.isEnabled()
    flow.shutdown()


def test_cancel_while_the_server_says_yes_still_leaves_the_computer_connected(
    qtbot, runner, translations, reporter, server: LiveServer, store: CaseStore
) -> None:
    """The worker gave up waiting, but the server had already enrolled the laptop: the
    window must not keep offering "Connect" for a computer the server knows."""
    window = sync_window(qtbot, runner, translations, reporter)
    with qtbot.waitSignal(window.sync.status_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_store(store, read_opening(store))
    dialog = window.connect_to_server()
    assert dialog is not None
    dialog.url.setText(server.url)
    dialog.username.setText("aino")
    dialog.password.setText(PASSWORD)
    dialog.code.setText(server.enrolment_code("aino"))
    dialog.connect_to_server()
    assert dialog.busy.isVisible()
    assert dialog.cancel_button.isEnabled()  # a slow network does not hold her here
    dialog.reject()  # before the answer can reach the GUI thread
    assert not dialog.isVisible()

    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        pass  # the first sync starts once the enrolment's answer arrives
    with store.session() as session:
        status = enrolment.sync_status(session)
    assert status.enrolled
    assert status.username == "aino"
    assert not window.enrol_action.isEnabled()
    assert window.sync_action.isEnabled()
    window.close_store()


def test_enrolment_tells_when_the_server_does_not_answer(
    qtbot, runner, translations, reporter, store: CaseStore
) -> None:
    window = sync_window(qtbot, runner, translations, reporter)
    with qtbot.waitSignal(window.sync.status_loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_store(store, read_opening(store))
    assert window.enrol_action.isEnabled()
    assert window.sync_bar.label.text().startswith("Ei yhteyttä palvelimeen")
    dialog = window.connect_to_server()
    assert dialog is not None
    dialog.url.setText("http://10.20.30.40:8080")  # plain HTTP elsewhere: never tried
    dialog.username.setText("aino")
    dialog.password.setText(PASSWORD)
    dialog.code.setText("ABCDE-FGHJK")
    dialog.connect_to_server()
    assert dialog.message.text() == (
        "Palvelimen osoitteen pitää alkaa https://. Vain tämän koneen oma palvelin saa "
        "käyttää osoitetta http://."
    )
    dialog.url.setText("http://127.0.0.1:9")  # the discard port: nothing listens there
    dialog.connect_to_server()
    qtbot.waitUntil(
        lambda: dialog.message.text().startswith("Palvelimeen ei saada yhteyttä."),
        timeout=SYNC_TIMEOUT_MS,
    )
    with store.session() as session:
        assert not enrolment.is_enrolled(session)
    dialog.close()
    window.close_store()


def test_locking_closes_the_conflict_windows_and_a_language_switch_rewords_them(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    _aino, _bertta, _client_id, window, dialog = _conflict_opened(
        qtbot, runner, translations, reporter, server, laptops
    )
    listing = window.findChild(ConflictListDialog)
    assert listing is not None

    translations.choose("sv")
    qtbot.waitUntil(lambda: listing.table.item(0, 1).text() == "Klientens uppgifter")
    assert dialog.field_labels[0].text() == "Telefon"
    window.lock()

    assert not dialog.isVisible()
    assert not listing.isVisible()
    assert not window.sync_bar.isVisible()


def test_an_own_value_left_empty_for_a_required_field_is_asked_for_and_nothing_changes(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(aino, client_id, last_name="Virtanen-Aalto")
    edit_client(bertta, client_id, last_name="Virtanen-Berg")
    bertta.sync()
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    qtbot.waitUntil(window.sync_bar.conflicts_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    window.show_conflicts()
    listing = window.findChild(ConflictListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    listing.resolve_selected()
    dialog = listing.findChild(ConflictDialog)
    assert dialog is not None

    dialog.start_own_value()
    dialog.own_edits[0].setText("  ")
    dialog.save_own()

    assert dialog.message.text() == "Kirjoita arvo kohtaan: Sukunimi"
    assert dialog.isVisible()
    with aino.session() as session:
        assert len(conflicts.open_conflicts(session)) == 1


def test_a_list_that_cannot_be_read_again_offers_no_old_row_to_resolve(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, _bertta, _client_id, window, dialog = _conflict_opened(
        qtbot, runner, translations, reporter, server, laptops
    )
    dialog.reject()
    listing = window.findChild(ConflictListDialog)
    assert listing is not None
    assert listing.resolve_button.isEnabled()

    aino.store.lock()  # the store closed under the list (as on a failing disk)
    listing.load()

    qtbot.waitUntil(listing.message.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert listing.message.text() == "Asiakastietokanta on lukittu."
    assert listing.table.rowCount() == 0
    assert not listing.resolve_button.isEnabled()
