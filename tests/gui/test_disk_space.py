"""The status bar warns while there is still room: at unlock, and as the disk fills."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from astu_desktop.store import space
from astu_desktop.store.casestore import CaseStore
from tests.diskkit import SmallDisk, small_disk
from tests.gui.windowkit import open_window


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=16) as mounted:
        yield mounted


@pytest.fixture
def store_path(disk: SmallDisk) -> Path:
    return disk.root / "cases" / "astu.db"


def test_a_store_on_a_disk_short_of_room_shows_a_warning_with_what_to_keep_free(
    qtbot, runner, translations, reporter, caseload_store: CaseStore, disk: SmallDisk
) -> None:
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    warning = window.disk_warning
    assert warning.isVisible()
    assert re.fullmatch(r"Levytila vähissä: (1[0-6]) Mt vapaana\.", warning.text())
    assert warning.toolTip().endswith(
        "Pidä vapaana vähintään 200 Mt, jotta päivän työ ja synkronointi voidaan tallentaa: "
        "poista tai siirrä tiedostoja, joita et tarvitse. Tähän asti tallennettu työ on tallessa."
    )

    translations.set_language("sv")
    qtbot.waitUntil(
        lambda: re.fullmatch(r"Lite diskutrymme: (1[0-6]) MB ledigt\.", warning.text()) is not None
    )

    disk.fill()
    warning.check()  # as its minute timer does
    assert warning.text() == "Lite diskutrymme: 0 MB ledigt."
    disk.make_room()
    window.after_write()  # a save reads the free space again
    assert re.fullmatch(r"Lite diskutrymme: (1[0-6]) MB ledigt\.", warning.text())

    window.lock()
    assert not warning.isVisible()


def test_a_disk_with_room_shows_no_warning(
    qtbot, runner, translations, reporter, caseload_store: CaseStore, monkeypatch
) -> None:
    monkeypatch.setattr(space, "MIN_FREE_BYTES", 1000)
    monkeypatch.setattr(space, "WAL_LIMIT_BYTES", 1000)
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    assert not window.disk_warning.isVisible()
    assert window.disk_warning.room is not None
    assert not window.disk_warning.room.low
