"""A field worker's day and the team lead's review, in the real windows over real HTTP.

The worker registers a new client in the new-client dialog, writes and signs the
service plan, books a visit for today, records it with a living-skills check in the
visit dialog (the next visit is booked four weeks on), fills and signs the check in
the editor and syncs; the lead's laptop syncs and shows the visit, the signed check
and the next booking in the record; the lead approves the service plan from the
record's approval buttons and syncs; the worker's next sync shows the approval. Each
step is a helper of its own, and every step checks what a person would see.

Living-skills checks are not reviewed by leads (`REVIEWED_FORMS`: the assessment and
the service plan), so the approval step approves the plan the worker signed earlier.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from astu_desktop.services.seed import synthetic_answers
from astu_desktop.ui.booking_dialog import BookingDialog
from astu_desktop.ui.forms import DocumentEditor
from astu_desktop.ui.labels import short_date
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.new_client_dialog import NewClientDialog
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_desktop.ui.visit_dialog import VisitDialog
from astu_protocol.codes import FormKey, Service
from astu_protocol.forms import definition
from astu_protocol.service_day import HELSINKI
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.forms.filling import fill_view
from tests.gui.record.conftest import _OFFSCREEN_RAISE
from tests.gui.sync.conftest import SYNC_TIMEOUT_MS, open_and_sync, sync_window
from tests.gui.windowkit import LOAD_TIMEOUT_MS, editor_on_screen, opened, type_text
from tests.integration.serverkit import Laptop, LiveServer

HETU = "131052-308T"
TODAY = datetime.now(HELSINKI).date()
SIGNED_CHECK = "Asumistaitojen kartoitus, versio 1 (allekirjoitettu)"
# Editors are raised when they open, which the offscreen platform reports.
OFFSCREEN = pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE)


@dataclass
class Day:
    """The people of the day: the server, the worker's and the lead's laptops."""

    server: LiveServer
    worker: Laptop
    lead: Laptop
    client_id: str


# -- the steps ---------------------------------------------------------------------------


def start_the_day(server: LiveServer, laptops: Callable[[str], Laptop]) -> Day:
    """Aino the worker and Leena her team lead, both laptops enrolled and empty."""
    server.add_user("leena", role="team_lead", team="Itä")
    worker, lead = laptops("aino"), laptops("leena")
    return Day(server, worker, lead, client_id="")


def register_the_client(qtbot, window: MainWindow, day: Day) -> ClientRecordWindow:
    """File → New client: name, henkilötunnus, phone, outreach from today; Save.

    The record opens on the new client, with the worker as the responsible one."""
    window.new_client_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewClientDialog))
    qtbot.waitExposed(dialog)
    type_text(dialog.first_names, "Aino")
    type_text(dialog.last_name, "Virtanen")
    type_text(dialog.hetu, HETU)
    type_text(dialog.details.phone, "040 123 4567")
    dialog.episode_box.setChecked(True)
    dialog.service.setCurrentIndex(dialog.service.findData(Service.OUTREACH))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS) as saved:
        dialog.save_button.click()
    day.client_id = str(saved.args[0])
    record = open_record(qtbot, window, day.client_id)
    assert record.header.name.text() == "Aino Virtanen"
    assert record.header.worker.text() == "Aino"
    assert record.header.next_visit.text() == "Ei varattua käyntiä"
    return record


def write_and_sign_the_service_plan(qtbot, record: ClientRecordWindow) -> None:
    """Palvelusuunnitelma → Uusi: the plan written in the editor and signed."""
    record.tabs.setCurrentWidget(record.document_tabs[FormKey.SERVICE_PLAN])
    record.document_tabs[FormKey.SERVICE_PLAN].new_button.click()
    editor = editor_on_screen(qtbot)
    plan = synthetic_answers(definition(FormKey.SERVICE_PLAN), random.Random(5), around=TODAY)
    sign_in_editor(qtbot, editor, plan)
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        record.reload()
    assert (
        record.document_tabs[FormKey.SERVICE_PLAN].versions.item(0, 5).text()
        == "Odottaa hyväksyntää"
    )


def book_the_visit(qtbot, record: ClientRecordWindow) -> None:
    """Varaa käynti: today at the hour that began, at the client's; the header shows it."""
    record.book_visit()
    dialog = opened(qtbot, record, BookingDialog)
    now = datetime.now(HELSINKI)
    dialog.when.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, 0)))
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    qtbot.waitUntil(
        lambda: record.header.next_visit.text().endswith(f"klo {now.hour}.00"),
        timeout=LOAD_TIMEOUT_MS,
    )


def open_record(qtbot, window: MainWindow, client_id: str) -> ClientRecordWindow:
    window.open_client(client_id)
    record = next(w for w in window.findChildren(ClientRecordWindow) if w.client_id == client_id)
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    return record


def record_visit_with_check(qtbot, record: ClientRecordWindow) -> DocumentEditor:
    """New home visit, a note, "Lisää asumistaitojen kartoitus", Save: the editor opens.

    The visit is the one booked for today, and the next is booked four weeks on."""
    record.visit_action.trigger()
    dialog = opened(qtbot, record, VisitDialog)
    assert dialog.living_skills.text() == "Lisää asumistaitojen kartoitus"
    assert dialog.for_booking.isChecked()
    assert dialog.for_booking.text().startswith("Tämä on käynti, joka oli varattu")
    assert dialog.book_next.isChecked()
    dialog.notes.setPlainText("Asunto siisti, laskut maksettu.")
    dialog.living_skills.setChecked(True)
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return editor_on_screen(qtbot)


def sign_in_editor(qtbot, editor: DocumentEditor, answers: dict[str, object]) -> None:
    with qtbot.waitSignal(editor.saved, timeout=LOAD_TIMEOUT_MS):
        fill_view(qtbot, editor.view, answers)
    editor.buttons.sign_button.click()
    box = editor.confirm_box
    assert box is not None
    with qtbot.waitSignal(editor.signed, timeout=LOAD_TIMEOUT_MS):
        box.sign_button.click()
    assert editor.view.read_only  # signed: it can only be amended from here on
    editor.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def fill_and_sign_check(qtbot, editor: DocumentEditor) -> None:
    answers = synthetic_answers(definition(FormKey.LIVING_SKILLS_CHECK), random.Random(3))
    sign_in_editor(qtbot, editor, answers)


def sync_now(qtbot, window: MainWindow) -> None:
    """ "Synkronoi nyt" in the status bar; the bar then says nothing waits."""
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(window.sync_bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ei lähettämättömiä muutoksia" in window.sync_bar.label.text())


def timeline_titles(record: ClientRecordWindow) -> list[str]:
    table = record.timeline.table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def see_the_visit_and_the_signed_check(qtbot, record: ClientRecordWindow) -> None:
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        record.reload()
    titles = timeline_titles(record)
    assert "Kotikäynti" in titles
    assert SIGNED_CHECK in titles
    row = titles.index("Kotikäynti")
    assert record.timeline.table.item(row, 1).icon().isNull()  # on the server
    assert record.sync_banner.isHidden()


def approve_the_service_plan(qtbot, record: ClientRecordWindow) -> None:
    tab = record.document_tabs[FormKey.SERVICE_PLAN]
    record.tabs.setCurrentWidget(tab)  # the "Palvelusuunnitelma" tab
    assert tab.approve_button.isVisible()
    assert tab.approve_button.isEnabled()
    assert tab.versions.item(0, 5).text() == "Odottaa hyväksyntää"
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    assert tab.versions.item(0, 5).text() == "Hyväksytty"


def see_the_approval(qtbot, record: ClientRecordWindow) -> None:
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        record.reload()
    assert record.document_tabs[FormKey.SERVICE_PLAN].versions.item(0, 5).text() == "Hyväksytty"
    reviews = record.document_tabs[FormKey.SERVICE_PLAN].reviews
    assert (reviews.item(0, 2).text(), reviews.item(0, 3).text()) == ("Hyväksytty", "Leena")


# -- the day ------------------------------------------------------------------------------


@OFFSCREEN
def test_a_visit_with_a_check_reaches_the_lead_and_the_approval_comes_back(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    day = start_the_day(server, laptops)
    worker = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, worker, day.worker)
    worker_record = register_the_client(qtbot, worker, day)
    write_and_sign_the_service_plan(qtbot, worker_record)
    book_the_visit(qtbot, worker_record)

    editor = record_visit_with_check(qtbot, worker_record)
    fill_and_sign_check(qtbot, editor)
    sync_now(qtbot, worker)
    see_the_visit_and_the_signed_check(qtbot, worker_record)
    next_visit = worker_record.header.next_visit.text()
    assert short_date(TODAY + timedelta(days=28)) in next_visit  # booked on saving the visit

    lead = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, lead, day.lead)
    lead_record = open_record(qtbot, lead, day.client_id)
    see_the_visit_and_the_signed_check(qtbot, lead_record)
    assert lead_record.header.next_visit.text() == next_visit
    approve_the_service_plan(qtbot, lead_record)
    sync_now(qtbot, lead)

    sync_now(qtbot, worker)
    see_the_approval(qtbot, worker_record)
    for record in (worker_record, lead_record):
        record.close()
