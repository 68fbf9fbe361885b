"""The demo's first window: progress while the demo is made, then worker or lead, remembered."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from astu_desktop import demo, paths
from astu_desktop.models import Worker
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.demo_start import DemoStartWindow
from astu_protocol.codes import Role

MAKE_TIMEOUT_MS = 120_000
CLIENTS = 5


@pytest.fixture
def start_window(
    qtbot, runner, translations, tmp_path: Path
) -> Iterator[Callable[[], DemoStartWindow]]:
    windows: list[DemoStartWindow] = []

    def make() -> DemoStartWindow:
        window = DemoStartWindow(demo.demo_files(tmp_path / "demo"), CLIENTS, runner)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    runner.wait_until_idle()
    for window in windows:
        window.close_server()


def test_the_window_shows_each_step_while_the_demo_is_made_then_opens_as_a_lead(
    qtbot, start_window
):
    window = start_window()
    assert window.windowTitle() == "ASTU Desktop – esittely"
    assert window.worker_button.text() == "Avaa &työntekijänä"
    assert window.lead_button.text() == "Avaa tiimin&vetäjänä"
    seen: list[str] = []
    bars: list[tuple[int, int]] = []
    window._relay.progressed.connect(lambda done, total: bars.append((done, total)))
    window._relay.staged.connect(lambda _stage: seen.append(window.status.text()))
    with qtbot.waitSignal(window.ready, timeout=MAKE_TIMEOUT_MS):
        window.start()
        assert window.isVisible()  # shown at once, the making runs behind it
    assert "Luodaan keksittyjä asiakkaita: 0/5" in seen
    assert "Käynnistetään paikallinen palvelin ja synkronoidaan…" in seen
    assert bars[-1] == (CLIENTS, CLIENTS)
    assert window.status.text() == "Esittely on valmis."
    with qtbot.waitSignal(window.chosen, timeout=MAKE_TIMEOUT_MS) as opened:
        qtbot.mouseClick(window.lead_button, Qt.MouseButton.LeftButton)
        assert window.status.text() == (
            "Valmistellaan tiiminvetäjän kannettavaa ja sen ensimmäistä synkronointia…"
        )
    files = window.files
    assert opened.args == [files.lead_store]
    store = CaseStore.unlock(files.lead_store, paths.DEMO_PASSPHRASE)
    try:
        with store.session() as session:
            lead = session.get_one(Worker, store.device_state()["current_worker_id"])
        assert lead.role == Role.TEAM_LEAD
    finally:
        store.lock()
    again = start_window()
    assert again.lead_button.isDefault()  # the choice is remembered
    assert not again.worker_button.isDefault()


def test_a_choice_made_while_the_demo_is_made_opens_it_when_ready(qtbot, start_window):
    window = start_window()
    assert window.worker_button.isDefault()
    with qtbot.waitSignal(window.chosen, timeout=MAKE_TIMEOUT_MS) as opened:
        window.start()
        qtbot.mouseClick(window.worker_button, Qt.MouseButton.LeftButton)
        assert window.status.text() == "Esittely avautuu heti, kun se on valmis."
    assert opened.args == [window.files.store]
    assert window.files.complete()
    assert not window.files.lead_complete()  # made only when asked for
