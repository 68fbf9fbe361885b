"""A value refused or set aside during a real sync is listed with a sentence, not a code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from astu_desktop.models import Client, HomeVisit
from astu_desktop.ui.sync.refused_dialog import RefusedListDialog
from tests.gui.sync.conftest import HETU, open_and_sync, sync_window
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer
from tests.outboxkit import put_value_behind_the_checks


def queue_a_visit_in_year_one(laptop: Laptop) -> None:
    """As an older version without the checks could have queued it."""
    with laptop.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU)
        session.add(client)
        session.flush()
        visit = HomeVisit(client_id=client.id, visited_at=datetime(2026, 11, 3, tzinfo=UTC))
        session.add(visit)
        session.flush()
        put_value_behind_the_checks(session, visit.id, "visited_at", "0001-01-01T00:00:00+00:00")


def test_a_visit_refused_for_its_time_is_listed_with_the_limit_it_broke(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    aino = laptops("aino")
    queue_a_visit_in_year_one(aino)
    window = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, window, aino)

    qtbot.waitUntil(window.sync_bar.refused_button.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert window.sync_bar.refused_button.text() == "1 hylätty"
    qtbot.mouseClick(window.sync_bar.refused_button, Qt.MouseButton.LeftButton)
    listing = window.findChild(RefusedListDialog)
    assert listing is not None
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert listing.table.item(0, 0).text() == "Virtanen, Aino"
    assert listing.table.item(0, 1).text() == "Käynti"
    assert listing.table.item(0, 2).text() == (
        "Luku, päivämäärä tai aika on sallitun välin ulkopuolella "
        "(päivämäärät vuosilta 1900–2100). (Käynnin aika)"
    )
    translations.set_language("sv")
    swedish = "Ett tal, ett datum eller en tid ligger utanför det tillåtna intervallet"
    qtbot.waitUntil(lambda: listing.table.item(0, 2).text().startswith(swedish))
    listing.close()
