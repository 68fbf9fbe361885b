"""A day in the life: a rent-debt follow-up run on the worker's laptop, seen on the lead's.

The real windows against the real server over HTTP on loopback. The worker opens the
client from the caseload and runs the follow-up from the Rent debt tab (start, payment
plan, payments, a partner contact, an application and its decision, the home visit
with the living-skills check, the end) and syncs; the team lead's laptop syncs and
sees each step on the client's Rent debt tab and timeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from astu_desktop.models.base import utcnow
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.record import ClientRecordWindow
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    Partner,
    PaymentSource,
)
from astu_protocol.service_day import service_day
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.gui.forms.conftest import _OFFSCREEN_RAISE
from tests.gui.record import rentdebt_driver as drive
from tests.gui.sync.conftest import SYNC_TIMEOUT_MS, open_and_sync, sync_window
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer, live_server, new_laptop
from tests.integration.test_reassignment import client_in_outreach

NBSP = "\xa0"
HETU = "131052-308T"


def euros(text: str) -> str:
    return text.replace(" ", NBSP) + NBSP + "€"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(f"sqlite:///{tmp_path / 'server.db'}") as running:
        running.add_team("Itä")
        running.add_user("aino", team="Itä")
        running.add_user("leena", role="team_lead", team="Itä")
        yield running


@pytest.fixture
def aino(tmp_path: Path, server: LiveServer) -> Iterator[Laptop]:
    laptop = new_laptop(tmp_path, server, "aino")
    yield laptop
    if not laptop.store.is_locked:
        laptop.store.lock()


@pytest.fixture
def leena(tmp_path: Path, server: LiveServer) -> Iterator[Laptop]:
    laptop = new_laptop(tmp_path, server, "leena")
    yield laptop
    if not laptop.store.is_locked:
        laptop.store.lock()


def _record(qtbot, window: MainWindow, client_id: str) -> ClientRecordWindow:
    window.open_client(client_id)
    record = window.findChild(ClientRecordWindow)
    assert record is not None
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    record.tabs.setCurrentWidget(record.rent_debt_tab)
    return record


def _sync_now(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        window.sync.sync_now()


# The living-skills check opens in an editor brought forward with raise(), which the
# offscreen test platform cannot do and says so (as in tests/gui/forms/conftest.py).
@pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE, extend=True)
def test_a_rent_debt_follow_up_from_start_to_end_reaches_the_lead(
    qtbot, runner, translations, reporter, server: LiveServer, aino: Laptop, leena: Laptop
) -> None:
    today = service_day(utcnow())
    start = today - timedelta(days=40)
    client_id = client_in_outreach(aino, HETU)

    # The worker: start and a payment plan, then a sync.
    worker = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, worker, aino)
    record = _record(qtbot, worker, client_id)
    tab = record.rent_debt_tab
    drive.step(
        qtbot, record, tab.start_button,
        started_on=start, debt_cents="900", notice_on=start - timedelta(days=3),
        landlord="Asuntoyksikkö",
    )  # fmt: skip
    plan = drive.payment_plan(
        qtbot, record, agreed_on=start, count=3, first_due=start + timedelta(days=14)
    )
    drive.press_ok(qtbot, record, plan)
    _sync_now(qtbot, worker)
    assert server.record("rent_debt_follow_up", tab.open_debt.follow_up_id) is not None

    # The lead sees the follow-up and its plan.
    lead = sync_window(qtbot, runner, translations, reporter)
    open_and_sync(qtbot, lead, leena)
    seen = _record(qtbot, lead, client_id)
    shown = seen.rent_debt_tab
    assert shown.debt.text() == euros("900,00")
    assert shown.landlord.text().startswith("Asuntoyksikkö, ilmoitus ")
    assert (
        shown.plan_total.text() == f"3 erää, yhteensä {euros('900,00')} velasta {euros('900,00')}"
    )
    assert drive.column(shown.instalments, 1) == [euros("300,00")] * 3
    assert f"Vuokravelka {euros('900,00')} seurannan alkaessa" in drive.timeline_titles(seen)

    # The worker: payments, a partner contact, an application and its decision, the
    # home visit with the living-skills check, the end; then a sync.
    drive.step(
        qtbot, record, tab.payment_button,
        paid_on=start + timedelta(days=10), amount_cents="300,00",
        source=PaymentSource.INTERMEDIARY_ACCOUNT,
    )  # fmt: skip
    drive.step(
        qtbot, record, tab.contact_button,
        contacted_on=start + timedelta(days=12), partner=Partner.KELA,
        channel=ContactChannel.PHONE, summary="Asumistuki tarkistettu.",
    )  # fmt: skip
    drive.step(
        qtbot, record, tab.application_button,
        kind=DecisionKind.SUPPLEMENTARY_INCOME_SUPPORT, applied_on=start + timedelta(days=12),
    )  # fmt: skip
    drive.step(
        qtbot, record, tab.decision_button,
        decided_on=start + timedelta(days=20), outcome=DecisionOutcome.GRANTED,
        amount_cents="600",
    )  # fmt: skip
    editor = drive.home_visit_with_check(qtbot, record)
    editor.close()
    drive.step(
        qtbot, record, tab.payment_button,
        paid_on=start + timedelta(days=21), amount_cents="600,00",
        source=PaymentSource.INCOME_SUPPORT,
    )  # fmt: skip
    assert tab.remaining.text() == euros("0,00")
    drive.step(qtbot, record, tab.end_button, ended_on=today, notes="Lähityö jatkuu.")
    assert tab.stage.text().endswith(": Velka maksettu")
    _sync_now(qtbot, worker)

    # The lead syncs: the open record shows every step.
    _sync_now(qtbot, lead)
    qtbot.waitUntil(
        lambda: shown.stage.text().endswith(": Velka maksettu"), timeout=LOAD_TIMEOUT_MS
    )
    assert (shown.paid.text(), shown.remaining.text()) == (euros("900,00"), euros("0,00"))
    assert drive.column(shown.payments, 1) == [euros("600,00"), euros("300,00")]
    assert drive.column(shown.contacts, 1) == ["Kela"]
    assert drive.column(shown.decisions, 3) == [euros("600,00")]
    titles = drive.timeline_titles(seen)
    for expected in (
        f"Vuokravelka {euros('900,00')} seurannan alkaessa",
        f"Maksusuunnitelma: 3 erää, yhteensä {euros('900,00')}",
        f"Vuokravelkaa maksettu {euros('300,00')} (Välitystili)",
        "Yhteydenotto: Kela (puhelin)",
        "Haettu: Täydentävä toimeentulotuki",
        f"Päätös: Täydentävä toimeentulotuki, myönnetty {euros('600,00')}",
        f"Vuokravelkaa maksettu {euros('600,00')} (Toimeentulotuki)",
        "Vuokravelan seuranta päättyi: Velka maksettu",
    ):
        assert expected in titles, expected
    for window in (seen, record):
        window.close()
