"""A draft typed while the disk is full: the editor says so, keeps every word on screen,
and saves the draft by itself once there is room again.

The store lives on a small tmpfs that the test fills, so this runs as root (CI does;
tests/diskkit.py skips it elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from astu_desktop.services.documents import get_document
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import DiskFull
from astu_protocol.codes import FormKey
from tests.diskkit import SmallDisk, small_disk
from tests.gui.forms.filling import type_into


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=16) as mounted:
        yield mounted


@pytest.fixture
def store_path(disk: SmallDisk) -> Path:
    """The `store` fixture's file, on the small disk."""
    return disk.root / "cases" / "astu.db"


def _participants(store: CaseStore, document_id: str) -> str:
    with store.session() as session:
        return str(get_document(session, document_id).answers["participants"])


def test_an_autosave_on_a_full_disk_keeps_the_text_and_saves_it_once_there_is_room(
    qtbot, open_editor, caseload_store: CaseStore, disk: SmallDisk
) -> None:
    editor = open_editor(FormKey.SERVICE_PLAN)
    editor.autosaver.retry_timer.setInterval(50)
    box = editor.view.field("participants").text_box
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        type_into(qtbot, box, "Asiakas ja Outi")
    document_id = editor.autosaver.actions.state.document_id
    assert document_id is not None
    width = editor.width()
    caseload_store.fold_log()  # as after idle: the log holds no room to write into
    disk.fill()

    with qtbot.waitSignal(editor.autosaver.failed, timeout=10_000) as refused:
        type_into(qtbot, box, "Asiakas ja Outi sekä sisar")  # the line is typed anew
    assert isinstance(refused.args[0], DiskFull)
    assert editor.buttons.status.text() == (
        "Ei tallennettu: Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu työ on "
        "tallessa. Vapauta levytilaa niin, että vapaana on vähintään 200 Mt, ja yritä "
        "uudelleen. Kirjoittamasi teksti on yhä tallella, ja se tallentuu itsestään heti, kun "
        "levylle voi taas kirjoittaa."
    )
    assert box.text() == "Asiakas ja Outi sekä sisar"
    row = editor.buttons  # the long sentence wraps: Save and Close stay in the window
    qtbot.waitUntil(lambda: row.close_button.geometry().right() < row.width())
    assert editor.width() == width
    assert row.status.minimumSizeHint().width() < width
    assert editor.autosaver.pending
    assert _participants(caseload_store, document_id) == "Asiakas ja Outi"

    disk.make_room()
    qtbot.waitUntil(lambda: not editor.autosaver.pending, timeout=10_000)  # unasked
    assert _participants(caseload_store, document_id) == "Asiakas ja Outi sekä sisar"
