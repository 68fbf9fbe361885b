"""A home visit saved after the kernel turned the disk read-only (an error on it): the
dialog stays open with the notes and says what happened.

The store lives on an ext4 on a loop device, mounted errors=remount-ro, so this runs as
root (CI does; tests/diskkit.py skips it elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from astu_desktop.store.casestore import CaseStore
from tests.diskkit import FailingDisk, failing_disk
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, RecordClient
from tests.gui.windowkit import visit_dialog

NOW = datetime(2025, 3, 10, 9, 45, tzinfo=UTC)
NOTES = "Asunto siisti, vuokra maksettu. Sovittiin käynti Kelaan."


@pytest.fixture
def read_only_soon(tmp_path: Path) -> Iterator[FailingDisk]:
    with failing_disk(tmp_path / "ext4", tmp_path / "disk.img") as mounted:
        yield mounted


@pytest.fixture
def store_path(read_only_soon: FailingDisk) -> Path:
    """The `store` fixture's file, on the disk that is to fail."""
    return read_only_soon.root / "cases" / "astu.db"


def test_a_visit_saved_after_the_disk_turned_read_only_stays_open_with_its_notes(
    qtbot, runner, translations, caseload_store: CaseStore, record_client: RecordClient,
    read_only_soon: FailingDisk,
) -> None:  # fmt: skip
    dialog = visit_dialog(caseload_store, record_client.client_id, runner, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText(NOTES)
    read_only_soon.fail()

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=LOAD_TIMEOUT_MS)
    assert dialog.error.text() == (
        "Levylle ei voitu kirjoittaa (levyvirhe tai levy on vain luku -tilassa), joten tätä ei "
        "tallennettu. Aiemmin tallennettu työ on tallessa. Yritä uudelleen, kun levy toimii; "
        "jos virhe toistuu, ota yhteys tukeen. Kirjoittamasi teksti on yhä tallella: tallenna "
        "se uudelleen."
    )
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == NOTES
