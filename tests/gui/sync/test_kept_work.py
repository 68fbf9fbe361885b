"""Work kept for a client who left the caseload, decided on in the refused-changes list.

From a real sync: Aino edits her client offline while the client is handed to Bertta.
The list offers "export for the team lead" and "discard" for that kept work only.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.sync_work import RefusedRow
from astu_desktop.ui.pdf_export import ExportDialog, ExportHooks
from astu_desktop.ui.sync.refused_dialog import RefusedListDialog
from tests.gui.sync.conftest import edit_client, shared_client
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer
from tests.unit.reports.pdfkit import flat, page_texts

PASSWORD = "Kesä-ilta Töölössä 7"
OTHER_HETU = make_hetu(date(1980, 5, 17), 923)


@pytest.fixture
def aino(server: LiveServer, laptops: Callable[[str], Laptop]) -> tuple[Laptop, str]:
    """Aino's laptop with one refusal kept for a client who left and one ordinary refusal."""
    aino, bertta = laptops("aino"), laptops("bertta")
    client_id = shared_client(server, aino, bertta)
    server.assign(client_id, "bertta")  # handed over while Aino works offline
    edit_client(aino, client_id, phone="050 765 4321")
    with bertta.session() as session, session.begin():
        session.add(Client(first_names="Eero", last_name="Laine", hetu=OTHER_HETU))
    bertta.sync()
    with aino.session() as session, session.begin():  # the same person entered twice
        session.add(Client(first_names="Eero", last_name="Laine", hetu=OTHER_HETU))
    aino.sync()
    return aino, client_id


def listing_of(qtbot, runner, laptop: Laptop, **hooks: object) -> RefusedListDialog:
    listing = RefusedListDialog(laptop.store, runner, **hooks)  # type: ignore[arg-type]
    qtbot.addWidget(listing)
    listing.show()
    listing.load()
    qtbot.waitUntil(lambda: listing.table.rowCount() == 2, timeout=LOAD_TIMEOUT_MS)
    return listing


def select_reason(listing: RefusedListDialog, reason: str) -> None:
    row = next(i for i, r in enumerate(listing.rows) if r.reason == reason)
    listing.table.selectRow(row)


def log_of(laptop: Laptop) -> list[tuple[str, str | None, str | None]]:
    with laptop.session() as session:
        entries = session.query(AccessLogEntry).order_by(AccessLogEntry.seq)
        return [(e.action, e.client_id, e.target) for e in entries]


def test_the_decision_buttons_are_offered_only_for_work_of_a_client_who_left(
    qtbot, runner, translations, aino
) -> None:
    laptop, _client_id = aino
    listing = listing_of(qtbot, runner, laptop)

    assert listing.export_button.text() == "&Vie tiedostoon tiiminvetäjälle…"
    assert listing.discard_button.text() == "&Hylkää…"
    assert not listing.export_button.isEnabled()  # nothing selected yet
    select_reason(listing, "duplicate")
    assert not listing.export_button.isEnabled()
    assert not listing.discard_button.isEnabled()
    select_reason(listing, "left_scope")
    assert listing.export_button.isEnabled()
    assert listing.discard_button.isEnabled()


def test_the_export_for_the_lead_is_a_protected_pdf_with_the_kept_values_and_logged(
    qtbot, runner, translations, aino, tmp_path: Path
) -> None:
    laptop, client_id = aino
    chosen: list[str] = []

    def choose(_parent: QWidget, suggested: str) -> Path:
        chosen.append(suggested)
        return tmp_path / suggested

    listing = listing_of(qtbot, runner, laptop, export_hooks=ExportHooks(choose_path=choose))
    select_reason(listing, "left_scope")
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    export = listing.findChild(ExportDialog)
    assert export is not None
    assert not export.protect.isVisible()  # no unprotected file of this
    assert not export.print_button.isVisible()
    export.password.setText(PASSWORD)
    export.repeat.setText(PASSWORD)
    with qtbot.wait_signal(export.saved, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)

    assert chosen[0].startswith("sailytetyt-muutokset-")  # what and when, never whose
    data = (tmp_path / chosen[0]).read_bytes()
    with pytest.raises(FileNotDecryptedError):
        PdfReader(io.BytesIO(data)).pages[0].extract_text()
    text = flat(" ".join(page_texts(data, PASSWORD)))
    assert "Virtanen, Aino" in text
    assert "050 765 4321" in text
    assert "Asiakkaan tiedot Puhelin 050 765 4321" in text  # named, not coded
    assert log_of(laptop)[-1] == ("export", client_id, "kept_work")
    assert listing.table.rowCount() == 2  # exporting decides nothing: the work stays


def test_a_short_password_is_refused_and_nothing_is_written(
    qtbot, runner, translations, aino, tmp_path: Path
) -> None:
    laptop, _client_id = aino
    hooks = ExportHooks(choose_path=lambda _parent, name: tmp_path / name)
    listing = listing_of(qtbot, runner, laptop, export_hooks=hooks)
    select_reason(listing, "left_scope")
    before = log_of(laptop)
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    export = listing.findChild(ExportDialog)
    assert export is not None
    export.password.setText("lyhyt")
    export.repeat.setText("lyhyt")
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)

    assert export.error.isVisible()
    assert export.error.text() == "Salasanassa pitää olla vähintään 8 merkkiä."
    assert list(tmp_path.glob("*.pdf")) == []
    assert log_of(laptop) == before
    export.close()


def test_discard_asks_first_saying_the_work_is_lost_then_removes_it_and_logs(
    qtbot, runner, translations, aino
) -> None:
    laptop, client_id = aino
    asked: list[tuple[str, int]] = []
    answer = [False]

    def confirm(_parent: QWidget, row: RefusedRow, count: int) -> bool:
        asked.append((row.client_name, count))
        return answer[0]

    listing = listing_of(qtbot, runner, laptop, confirm_discard=confirm)
    select_reason(listing, "left_scope")
    before = log_of(laptop)
    qtbot.mouseClick(listing.discard_button, Qt.MouseButton.LeftButton)
    assert asked == [("Virtanen, Aino", 1)]
    assert listing.table.rowCount() == 2  # "cancel" keeps everything
    assert log_of(laptop) == before

    answer[0] = True
    qtbot.mouseClick(listing.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert [row.reason for row in listing.rows] == ["duplicate"]
    assert log_of(laptop)[-1] == ("update", client_id, "kept_work:discard")


def test_the_confirmation_says_plainly_that_the_work_is_lost(translations) -> None:
    from PySide6.QtCore import QCoreApplication

    one = QCoreApplication.translate(
        "RefusedListDialog",
        "The %n change(s) kept for %1 will be removed from this laptop. They are not on "
        "the server, so they will be lost for good. Export them for your team lead first "
        "if they may still be needed. Discard them?",
        None,
        1,
    )
    two = QCoreApplication.translate(
        "RefusedListDialog",
        "The %n change(s) kept for %1 will be removed from this laptop. They are not on "
        "the server, so they will be lost for good. Export them for your team lead first "
        "if they may still be needed. Discard them?",
        None,
        2,
    )
    assert "1 muutos poistetaan" in one
    assert "menetetään lopullisesti" in one
    assert "2 muutosta poistetaan" in two


def test_the_record_and_field_are_named_in_the_document_language_not_the_ui_one(
    qtbot, runner, translations, aino, tmp_path: Path
) -> None:
    laptop, _client_id = aino
    hooks = ExportHooks(choose_path=lambda _parent, name: tmp_path / name)
    listing = listing_of(qtbot, runner, laptop, export_hooks=hooks)
    select_reason(listing, "left_scope")
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    export = listing.findChild(ExportDialog)
    assert export is not None
    export.language.setCurrentIndex(export.language.findData("sv"))
    export.password.setText(PASSWORD)
    export.repeat.setText(PASSWORD)
    with qtbot.wait_signal(export.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)

    text = flat(" ".join(page_texts(Path(saved.args[0]).read_bytes(), PASSWORD)))
    assert "Sparade ändringar" in text
    assert "Klientens uppgifter Telefon 050 765 4321" in text
