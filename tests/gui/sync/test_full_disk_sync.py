"""A sync on a laptop whose disk lacks room: it does not start, the status bar says why
and what to do, and once there is room the sync goes on by itself.

The laptop's store lives on a small tmpfs, so this runs as root (CI does;
tests/diskkit.py skips it elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from astu_desktop.models import Client
from astu_desktop.services.store_actions import read_opening
from astu_desktop.store import space
from astu_desktop.sync.localstate import sync_state
from tests.diskkit import SmallDisk, small_disk
from tests.gui.sync.conftest import SYNC_TIMEOUT_MS, edit_client, shared_client, sync_window
from tests.integration.serverkit import Laptop, LiveServer, new_laptop


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=16) as mounted:
        yield mounted


def test_a_sync_without_room_does_not_start_says_so_and_goes_on_once_there_is_room(
    qtbot,
    runner,
    translations,
    reporter,
    server: LiveServer,
    laptops: Callable[[str], Laptop],
    disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as roomy:  # enrolled while the disk still had room
        roomy.setattr(space, "MIN_FREE_BYTES", 0)
        roomy.setattr(space, "WAL_LIMIT_BYTES", 0)
        aino = new_laptop(disk.root, server, "aino")
        bertta = laptops("bertta")
        client_id = shared_client(server, aino, bertta)
    edit_client(bertta, client_id, phone="040 7")
    bertta.sync()
    with aino.session() as session:
        cursor_before = session.scalar(
            sync_state.select().with_only_columns(sync_state.c.pull_cursor)
        )
    window = sync_window(qtbot, runner, translations, reporter)
    codes: list[str] = []
    window.sync.failed.connect(codes.append)

    with qtbot.waitSignal(window.sync.failed, timeout=SYNC_TIMEOUT_MS):
        window.open_store(aino.store, read_opening(aino.store))
        window.show()

    assert codes[0] == "not_enough_room"
    assert window.sync_bar.label.text().startswith("Levytila ei riitä synkronointiin.")
    assert window.sync_bar.label.toolTip().startswith(
        "Tietokoneen levytila ei riitä synkronointiin, joten se ei alkanut. Kaikki tallennettu "
        "on tallessa. Vapauta levytilaa niin, että vapaana on vähintään 200 Mt; synkronointi "
        "jatkuu sitten itsestään."
    )
    assert window.disk_warning.isVisible()
    assert _cursor(aino) == cursor_before  # nothing of the pull started

    disk.grow(400)  # the worker freed room
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        pass  # the retry after the failure, unasked
    window.disk_warning.check()
    assert not window.disk_warning.isVisible()
    with aino.session() as session:
        assert session.get_one(Client, client_id).phone == "040 7"
    window.lock()


def _cursor(laptop: Laptop) -> int | None:
    with laptop.session() as session:
        return session.scalar(select(sync_state.c.pull_cursor))
