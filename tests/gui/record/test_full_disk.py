"""A home visit saved while the disk is full: the dialog stays open with the notes,
says what happened and what to do, and saves the visit once there is room.

The store lives on a small tmpfs that the test fills, so this runs as root (CI does;
tests/diskkit.py skips it elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from astu_desktop.models import HomeVisit
from astu_desktop.store.casestore import CaseStore
from tests.diskkit import SmallDisk, small_disk
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, RecordClient
from tests.gui.windowkit import visit_dialog

NOW = datetime(2025, 3, 10, 9, 45, tzinfo=UTC)
NOTES = "Asunto siisti, vuokra maksettu. Sovittiin käynti Kelaan."


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", size_mib=16) as mounted:
        yield mounted


@pytest.fixture
def store_path(disk: SmallDisk) -> Path:
    """The `store` fixture's file, on the small disk."""
    return disk.root / "cases" / "astu.db"


def _visit_notes(store: CaseStore) -> list[str | None]:
    with store.session() as session:
        return list(session.scalars(select(HomeVisit.notes).where(HomeVisit.visited_at == NOW)))


def test_a_visit_saved_on_a_full_disk_stays_open_with_its_notes_and_saves_with_room(
    qtbot, runner, translations, caseload_store: CaseStore, record_client: RecordClient,
    disk: SmallDisk,
) -> None:  # fmt: skip
    dialog = visit_dialog(caseload_store, record_client.client_id, runner, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText(NOTES)
    caseload_store.fold_log()  # as after idle: the log holds no room to write into
    disk.fill()

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=LOAD_TIMEOUT_MS)
    assert dialog.error.text() == (
        "Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu työ on tallessa. "
        "Vapauta levytilaa niin, että vapaana on vähintään 200 Mt, ja yritä uudelleen. "
        "Kirjoittamasi teksti on yhä tallella: tallenna se uudelleen."
    )
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == NOTES
    assert dialog.save_button.isEnabled()
    assert _visit_notes(caseload_store) == []

    disk.make_room()
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    assert _visit_notes(caseload_store) == [NOTES]
