"""The status's details from real syncs: refused records, deletion conflicts, a fast clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from astu_desktop.models import Client
from astu_desktop.ui.sync.conflict_dialog import ConflictDialog, ConflictListDialog
from astu_desktop.ui.sync.refused_dialog import RefusedListDialog
from astu_protocol import hlc
from astu_protocol.hlc import wall_clock_ms
from tests.gui.sync.conftest import (
    FAST,
    HETU,
    SYNC_TIMEOUT_MS,
    edit_client,
    open_and_sync,
    shared_client,
    sync_window,
)
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer


def test_a_refused_record_is_counted_and_listed_with_its_reason(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    with aino.session() as session, session.begin():
        session.add(Client(first_names="Aino", last_name="Virtanen", hetu=HETU))
    aino.sync()
    with bertta.session() as session, session.begin():  # the same person entered twice
        session.add(Client(first_names="Aino", last_name="Virtanen", hetu=HETU))
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, bertta)

    qtbot.waitUntil(window.sync_bar.refused_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert window.sync_bar.refused_button.text() == "1 hylätty"
    qtbot.mouseClick(window.sync_bar.refused_button, Qt.MouseButton.LeftButton)
    listing = window.findChild(RefusedListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert listing.table.item(0, 1).text() == "Asiakkaan tiedot"
    assert listing.table.item(0, 2).text().startswith("Sama tieto on jo palvelimella")
    listing.close()


def test_a_deletion_against_an_edit_is_shown_as_such(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    edit_client(bertta, client_id, deleted_at=datetime.now(UTC))
    bertta.sync()
    edit_client(aino, client_id, phone="040 9")
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)

    qtbot.waitUntil(window.sync_bar.conflicts_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    window.show_conflicts()
    listing = window.findChild(ConflictListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert listing.table.item(0, 2).text() == "Poistettu yhdellä tietokoneella, muokattu toisella"
    listing.resolve_selected()
    dialog = listing.findChild(ConflictDialog)
    assert dialog is not None
    assert "poistettiin yhdellä tietokoneella" in dialog.explanation.text()
    keeps = {button.text() for button in dialog.keep_buttons.values()}
    assert keeps == {"Poista tieto", "Säilytä tieto"}
    assert not dialog.own_button.isVisible()

    keep = next(s for s, b in dialog.keep_buttons.items() if b.text() == "Säilytä tieto")
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.keep_buttons[keep], Qt.MouseButton.LeftButton)
    record = server.record("client", client_id)
    assert record is not None
    assert record["deleted_at"] is None
    assert record["phone"] == "040 9"


def test_a_laptop_clock_ahead_of_the_server_is_warned_about(
    qtbot,
    runner,
    translations,
    reporter,
    server: LiveServer,
    laptops: Callable[[str], Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    five_minutes = int(timedelta(minutes=5).total_seconds() * 1000)
    monkeypatch.setattr(hlc, "wall_clock_ms", lambda: wall_clock_ms() + five_minutes)
    edit_client(aino, client_id, phone="040 8")
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)

    warning = window.sync_bar.clock_warning
    qtbot.waitUntil(warning.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert warning.text() == "Kello on 5 min edellä!"
    assert "kello on 5 minuuttia edellä palvelinta" in warning.toolTip()


def test_the_sync_repeats_on_its_own_every_few_minutes(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino = laptops("aino")
    window = sync_window(qtbot, runner, translations, reporter)
    window.sync.timings = replace(FAST, every_ms=30)
    successes: list[object] = []
    window.sync.succeeded.connect(successes.append)
    open_and_sync(qtbot, window, aino)

    qtbot.waitUntil(lambda: len(successes) >= 3, timeout=SYNC_TIMEOUT_MS)
    assert window.sync.failures == 0
