"""Sync from the GUI through a real server on loopback: edits travel, status tells the truth."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from sqlalchemy import select

from astu_desktop.models import Client
from astu_desktop.services import enrolment
from astu_desktop.services.store_actions import read_opening
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.localstate import sync_state
from astu_desktop.ui.record import ClientRecordWindow
from tests.gui.sync.conftest import (
    SYNC_TIMEOUT_MS,
    FlakyTransport,
    PullGate,
    edit_client,
    open_and_sync,
    shared_client,
    sync_window,
)
from tests.gui.windowkit import LOAD_TIMEOUT_MS, names
from tests.integration.serverkit import Laptop, LiveServer
from tests.support import PASSPHRASE


def test_a_sync_sends_the_local_edit_and_brings_the_other_laptops_into_the_caseload(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(aino, client_id, phone="040 2")  # made offline on Aino's laptop
    edit_client(bertta, client_id, last_name="Virtanen-Laine")
    bertta.sync()
    window = sync_window(qtbot, runner, translations, reporter)
    phases: list[str] = []
    progress_texts: list[str] = []

    def note(phase: str, _done: int, _total: object) -> None:
        phases.append(phase)
        progress_texts.append(window.sync_bar.label.text())

    window.sync.progressed.connect(note)
    open_and_sync(qtbot, window, aino)

    assert server.record("client", client_id)["phone"] == "040 2"
    qtbot.waitUntil(lambda: names(window) == ["Virtanen-Laine, Aino"], timeout=LOAD_TIMEOUT_MS)
    assert {"push", "pull"} <= set(phases)
    assert any(text.startswith("Lähetetään muutoksia") for text in progress_texts)
    assert any(text.startswith("Vastaanotetaan muutoksia") for text in progress_texts)
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())
    assert "Synkronoitu viimeksi" in window.sync_bar.label.text()
    assert not window.sync_bar.progress.isVisible()
    assert window.sync_bar.sync_button.isEnabled()


def test_records_waiting_are_counted_and_go_to_zero_on_sync_now(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    edit_client(aino, client_id, phone="040 7", city="Helsinki")
    window.after_write()  # what a saved edit does
    # Two fields of one record: one record waits, not two changes.
    qtbot.waitUntil(lambda: "1 tallennus odottaa lähetystä" in window.sync_bar.label.text())

    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(window.sync_bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())
    assert server.record("client", client_id)["city"] == "Helsinki"

    edit_client(aino, client_id, city="Vantaa")
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert server.record("client", client_id)["city"] == "Vantaa"


def test_an_open_client_record_shows_what_a_sync_brought(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)
    window.open_client(client_id)
    record = window.findChild(ClientRecordWindow)
    assert record is not None
    qtbot.waitUntil(lambda: record.header.phone.text() == "040 1", timeout=LOAD_TIMEOUT_MS)

    edit_client(bertta, client_id, phone="050 77")
    bertta.sync()
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()

    qtbot.waitUntil(lambda: record.header.phone.text() == "050 77", timeout=LOAD_TIMEOUT_MS)
    record.close()


def test_a_network_failure_is_told_plainly_and_retried_with_growing_pauses(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(aino, client_id, phone="040 5")
    network = FlakyTransport(failures=3)
    window = sync_window(qtbot, runner, translations, reporter, transport=network)
    pauses: list[int] = []
    shown: list[str] = []
    explained: list[str] = []

    def note_failure(_code: str) -> None:
        pauses.append(window.sync.retry_delay_ms())
        shown.append(window.sync_bar.label.text())
        explained.append(window.sync_bar.label.toolTip())

    window.sync.failed.connect(note_failure)
    open_and_sync(qtbot, window, aino)

    assert pauses == [20, 40, 80]  # doubling, capped at max_retry_ms
    assert all(text.startswith("Palvelin ei vastaa. Seuraava yritys ") for text in shown)
    assert all(text.startswith("Palvelimeen ei saada yhteyttä.") for text in explained)
    assert "1 tallennus odottaa lähetystä" in shown[-1]
    assert server.record("client", client_id)["phone"] == "040 5"
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())
    assert "Palvelin ei vastaa" not in window.sync_bar.label.text()
    assert window.sync.failures == 0
    assert threading.main_thread() not in network.threads  # never on the GUI thread


def test_locking_in_the_middle_of_a_sync_does_not_wait_for_the_server_and_the_store_is_whole(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(aino, client_id, phone="040 6")
    edit_client(bertta, client_id, city="Espoo")
    bertta.sync()
    gate = PullGate()
    window = sync_window(qtbot, runner, translations, reporter, transport=gate)
    started: list[bool] = []
    window.sync.started.connect(lambda: started.append(True))
    window.open_store(aino.store, read_opening(aino.store))
    window.show()
    qtbot.waitUntil(gate.reached.is_set, timeout=SYNC_TIMEOUT_MS)
    assert window.sync.running
    qtbot.keyClick(window, Qt.Key.Key_F5)  # "Sync now" while one runs: still only one
    assert started == [True]
    assert not window.sync_bar.sync_button.isEnabled()

    try:
        window.lock()  # Ctrl+L while the server keeps the pull request waiting
        assert aino.store.is_locked  # the lock did not wait for the server
        assert not window.sync.running
    finally:
        gate.release.set()
    reopened = CaseStore.unlock(aino.store.paths.database, PASSPHRASE)
    try:
        assert reopened.check().ok
        with reopened.session() as session:
            state = session.execute(select(sync_state)).mappings().one()
            status = enrolment.sync_status(session)
        assert state["last_error"] is None  # a lock is not a failure
        assert status.records_waiting == 0  # the push finished before the lock
        assert server.record("client", client_id)["phone"] == "040 6"
        Laptop(reopened, "aino again").sync()  # the next sync goes on from where it stopped
        with reopened.session() as session:
            city = session.scalar(select(Client.city).where(Client.id == client_id))
        assert city == "Espoo"
    finally:
        reopened.lock()
