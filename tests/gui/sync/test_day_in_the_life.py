"""A field worker's day and the team lead's review, in the real windows over real HTTP.

The worker records a home visit with a living-skills check in the visit dialog, fills
and signs the check in the editor and syncs; the lead's laptop syncs and shows the
visit and the signed check in the record; the lead approves the client's service plan
from the record's approval buttons and syncs; the worker's next sync shows the
approval. Each step is a helper of its own, so that the steps other work adds
(registering the client, booking the visit) slot in between; every step checks what
a person would see on the screen.

Living-skills checks are not reviewed by leads (`REVIEWED_FORMS`: the assessment and
the service plan), so the approval step approves the plan the worker signed earlier.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.models.codes import EpisodeStatus, FormKey, Service
from astu_desktop.models.forms import definition
from astu_desktop.services import documents
from astu_desktop.services.seed import synthetic_answers
from astu_desktop.ui.forms import DocumentEditor
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_desktop.ui.visit_dialog import VisitDialog
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.forms.filling import fill_view
from tests.gui.record.conftest import _OFFSCREEN_RAISE
from tests.gui.sync.conftest import SYNC_TIMEOUT_MS, open_and_sync, sync_window
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer

HETU = "131052-308T"
TODAY = date.today()
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
    """Aino's client in outreach with a signed service plan; both laptops synced.

    (The step that registers the client in the new-client dialog replaces this.)
    """
    server.add_user("leena", role="team_lead", team="Itä")
    worker, lead = laptops("aino"), laptops("leena")
    me = str(worker.store.device_state()["current_worker_id"])
    plan = synthetic_answers(definition(FormKey.SERVICE_PLAN), random.Random(5), around=TODAY)
    with worker.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU)
        session.add(client)
        session.flush()
        session.add(
            ServiceEpisode(
                client_id=client.id, service=Service.OUTREACH, status=EpisodeStatus.ACTIVE,
                responsible_worker_id=me, start_date=TODAY - timedelta(days=30),
            )
        )  # fmt: skip
        draft = documents.create_draft(
            session, client_id=client.id, form_key=FormKey.SERVICE_PLAN, author_id=me,
            answers=plan, today=TODAY - timedelta(days=30),
        )  # fmt: skip
        documents.sign(session, draft.id, worker_id=me, now=datetime.now(UTC))
        client_id = client.id
    worker.sync()
    lead.sync()
    return Day(server, worker, lead, client_id)


def open_record(qtbot, window: MainWindow, client_id: str) -> ClientRecordWindow:
    window.open_client(client_id)
    record = next(w for w in window.findChildren(ClientRecordWindow) if w.client_id == client_id)
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    return record


def record_visit_with_check(qtbot, record: ClientRecordWindow) -> DocumentEditor:
    """New home visit, a note, "Lisää asumistaitojen kartoitus", Save: the editor opens."""
    record.visit_action.trigger()
    dialog = record.findChild(VisitDialog)
    assert dialog is not None
    assert dialog.living_skills.text() == "Lisää asumistaitojen kartoitus"
    dialog.notes.setPlainText("Asunto siisti, laskut maksettu.")
    dialog.living_skills.setChecked(True)
    with qtbot.waitSignal(record.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentEditor))
    qtbot.waitUntil(editor.isVisible, timeout=LOAD_TIMEOUT_MS)
    return editor


def fill_and_sign_check(qtbot, editor: DocumentEditor) -> None:
    answers = synthetic_answers(definition(FormKey.LIVING_SKILLS_CHECK), random.Random(3))
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
    tab = record.service_plan_tab
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
    assert record.service_plan_tab.versions.item(0, 5).text() == "Hyväksytty"
    reviews = record.service_plan_tab.reviews
    assert (reviews.item(0, 2).text(), reviews.item(0, 3).text()) == ("Hyväksytty", "Leena")


# -- the day ------------------------------------------------------------------------------


@OFFSCREEN
def test_a_visit_with_a_check_reaches_the_lead_and_the_approval_comes_back(
    qtbot, runner, translations, reporter, server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    day = start_the_day(server, laptops)
    worker = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, worker, day.worker)
    worker_record = open_record(qtbot, worker, day.client_id)

    editor = record_visit_with_check(qtbot, worker_record)
    fill_and_sign_check(qtbot, editor)
    sync_now(qtbot, worker)
    see_the_visit_and_the_signed_check(qtbot, worker_record)

    lead = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, lead, day.lead)
    lead_record = open_record(qtbot, lead, day.client_id)
    see_the_visit_and_the_signed_check(qtbot, lead_record)
    approve_the_service_plan(qtbot, lead_record)
    sync_now(qtbot, lead)

    sync_now(qtbot, worker)
    see_the_approval(qtbot, worker_record)
    for record in (worker_record, lead_record):
        record.close()
