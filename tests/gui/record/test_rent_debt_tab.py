"""The rent-debt follow-up from start to end on the Rent debt tab, as the worker sees it.

Every step is a button of the tab and a small dialog; each saved step shows at once
in the tab (debt, paid, remaining, the plan against the debt, what is overdue, the
next step) and on the record's timeline. The clock is injected: the process moves
through its months without waiting for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import shiboken6
from sqlalchemy import select

from astu_desktop.models import Client, RentDebtFollowUp, RentPayment
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
)
from tests.gui.forms.filling import type_into
from tests.gui.record import rentdebt_driver as drive

START = date(2025, 3, 3)
NBSP = "\xa0"


def euros(text: str) -> str:
    """A sum as the Finnish UI writes it: non-breaking spaces in thousands and before €."""
    return text.replace(" ", NBSP) + NBSP + "€"


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def matti(caseload_store) -> str:
    with caseload_store.session() as session:
        return session.scalars(select(Client.id).where(Client.last_name == "Mäkinen")).one()


@pytest.fixture
def window(
    qtbot, runner, translations, caseload_store, matti, clock
) -> Iterator[ClientRecordWindow]:
    opened = ClientRecordWindow(caseload_store, matti, runner, today=clock)
    with qtbot.waitSignal(opened.loaded, timeout=drive.LOAD_TIMEOUT_MS):
        opened.open()
    opened.tabs.setCurrentWidget(opened.rent_debt_tab)
    yield opened
    for editor in opened.findChildren(drive.DocumentEditor):
        editor.close()
    if shiboken6.isValid(opened):
        opened.close()
    runner.wait_until_idle()


def _reload(qtbot, window: ClientRecordWindow) -> None:
    with qtbot.waitSignal(window.loaded, timeout=drive.LOAD_TIMEOUT_MS):
        window.reload()


def test_the_whole_follow_up_from_the_tab(qtbot, window, clock, caseload_store):
    tab = window.rent_debt_tab
    assert tab.empty.text() == "Ei vuokravelan seurantaa."
    assert tab.next_step.text() == "Aloita seuranta, kun vuokranantaja ilmoittaa vuokrarästeistä."
    visible = [b.text() for b in tab.findChildren(drive.QPushButton) if b.isVisible()]
    assert visible == ["Aloita seuranta…"]

    # Start: a negative sum is refused with a sentence, 1250.5 is 1 250,50 €.
    dialog = drive.open_dialog(window, tab.start_button)
    drive.fill(qtbot, dialog, started_on=START, notice_on=START - timedelta(days=5))
    drive.fill(qtbot, dialog, debt_cents="-50")
    assert drive.press_ok_refused(dialog) == "Summa ei voi olla negatiivinen."
    drive.fill(qtbot, dialog, debt_cents="1250.5", landlord="Asuntoyksikkö, Kallio")
    drive.press_ok(qtbot, window, dialog)
    assert tab.debt.text() == euros("1 250,50")
    assert tab.remaining.text() == euros("1 250,50")
    assert tab.landlord.text() == "Asuntoyksikkö, Kallio, ilmoitus 26.2.2025"
    assert tab.plan_total.text() == "ei vielä"
    assert tab.next_step.text() == (
        "Ota yhteyttä vuokralaiseen ja sovi maksusuunnitelmasta tai lisäajasta. Määräaika 3.9.2025."
    )
    assert f"Vuokravelka {euros('1 250,50')} seurannan alkaessa" in drive.timeline_titles(window)
    assert "Vuokravelan seuranta alkoi" in drive.timeline_titles(window)

    # The payment plan: five monthly instalments, their total against the debt.
    plan = drive.payment_plan(qtbot, window, agreed_on=START, count=5, first_due=date(2025, 4, 1))
    assert plan.total.text() == (
        f"Erät yhteensä {euros('1 250,50')}; velkaa jäljellä {euros('1 250,50')}."
    )
    type_into(qtbot, plan.amounts[0].edit, "1.234")
    assert drive.press_ok_refused(plan) == (
        "Tämän voi lukea kahdeksi eri summaksi. Erota tuhannet välilyönnillä: 1 234 tai 1,23."
    )
    type_into(qtbot, plan.amounts[0].edit, "300")
    assert drive.press_ok_refused(plan) == ("Erät ovat yhteensä enemmän kuin velkaa on jäljellä.")
    type_into(qtbot, plan.amounts[0].edit, "250,10")
    drive.press_ok(qtbot, window, plan)
    assert (
        tab.plan_total.text() == f"5 erää, yhteensä {euros('1 250,50')} velasta {euros('1 250,50')}"
    )
    assert drive.column(tab.instalments, 0) == [
        "1.4.2025", "1.5.2025", "1.6.2025", "1.7.2025", "1.8.2025",
    ]  # fmt: skip
    assert drive.column(tab.instalments, 1) == [euros("250,10")] * 5

    # The first payment arrives; two months on, the second instalment is overdue.
    drive.step(
        qtbot, window, tab.payment_button,
        paid_on=date(2025, 3, 28), amount_cents="250,10", source=PaymentSource.INTERMEDIARY_ACCOUNT,
    )  # fmt: skip
    assert (tab.paid.text(), tab.remaining.text()) == (euros("250,10"), euros("1 000,40"))
    clock.today = date(2025, 5, 10)
    _reload(qtbot, window)
    assert tab.overdue.text() == f"Myöhässä: 1 erä, {euros('250,10')}"
    assert drive.column(tab.instalments, 2)[:3] == ["maksettu", "myöhässä", "avoin"]
    assert tab.next_step.text() == (
        "Erä on myöhässä: ota yhteyttä vuokralaiseen ja vuokranantajaan. Määräaika 1.5.2025."
    )

    # A partner contact; an application for preventive income support and its decision.
    drive.step(
        qtbot, window, tab.contact_button,
        contacted_on=date(2025, 5, 10), partner=Partner.AREA_SOCIAL_WORK,
        channel=ContactChannel.PHONE, summary="Välitystili vuokranmaksuun sovittu.",
    )  # fmt: skip
    assert [drive.column(tab.contacts, n)[0] for n in range(4)] == [
        "10.5.2025",
        "Aluesosiaalityö (välitystili)",
        "Puhelin",
        "Välitystili vuokranmaksuun sovittu.",
    ]
    assert not tab.decision_button.isVisible()
    drive.step(
        qtbot, window, tab.application_button,
        kind=DecisionKind.PREVENTIVE_INCOME_SUPPORT, applied_on=date(2025, 5, 10),
    )  # fmt: skip
    assert drive.column(tab.decisions, 2) == ["Odottaa päätöstä"]
    dialog = drive.open_dialog(window, tab.decision_button)
    drive.fill(qtbot, dialog, decided_on=date(2025, 5, 20), outcome=DecisionOutcome.REJECTED)
    drive.fill(qtbot, dialog, amount_cents="750")
    assert drive.press_ok_refused(dialog) == "Summa kuuluu vain myönnetylle hakemukselle."
    drive.fill(qtbot, dialog, outcome=DecisionOutcome.GRANTED, amount_cents="750,40")
    drive.press_ok(qtbot, window, dialog)
    assert [drive.column(tab.decisions, n)[0] for n in range(4)] == [
        "10.5.2025",
        "Ehkäisevä toimeentulotuki",
        "Myönnetty 20.5.2025",
        euros("750,40"),
    ]
    assert not tab.decision_button.isVisible()

    # The home visit with the living-skills check, from the tab.
    assert tab.next_step.text().startswith("Erä on myöhässä")
    editor = drive.home_visit_with_check(qtbot, window)
    editor.close()
    titles = drive.timeline_titles(window)
    assert "Kotikäynti" in titles

    # The rest is paid: the follow-up ends as paid, and the service ends with it.
    drive.step(
        qtbot, window, tab.payment_button,
        paid_on=date(2025, 5, 25), amount_cents="750,40", source=PaymentSource.INCOME_SUPPORT,
    )  # fmt: skip
    drive.step(
        qtbot, window, tab.payment_button,
        paid_on=date(2025, 5, 26), amount_cents="250", source=PaymentSource.CLIENT,
    )  # fmt: skip
    assert tab.remaining.text() == euros("0,00")
    assert tab.next_step.text() == "Velka on maksettu: sovi jatkotyöstä ja päätä seuranta."
    clock.today = date(2025, 5, 27)
    dialog = drive.open_dialog(window, tab.end_button)
    assert dialog.field("outcome").currentText() == "Velka maksettu"
    drive.fill(qtbot, dialog, ended_on=date(2025, 5, 27), notes="Lähityö jatkuu.")
    drive.press_ok(qtbot, window, dialog)
    assert tab.stage.text() == "Päättyi 27.5.2025: Velka maksettu"
    assert tab.start_button.isVisible()
    assert not tab.payment_button.isVisible()
    titles = drive.timeline_titles(window)
    for expected in (
        "Vuokravelan seuranta päättyi: Velka maksettu",
        "Vuokravelan seuranta päättyi: Tavoitteet saavutettu",
        f"Vuokravelkaa maksettu {euros('250,00')} (Asiakas)",
        f"Päätös: Ehkäisevä toimeentulotuki, myönnetty {euros('750,40')}",
        "Haettu: Ehkäisevä toimeentulotuki",
        "Yhteydenotto: Aluesosiaalityö (välitystili) (puhelin)",
        f"Maksusuunnitelma: 5 erää, yhteensä {euros('1 250,50')}",
    ):
        assert expected in titles, expected
    with caseload_store.session() as session:
        follow_up = session.scalars(select(RentDebtFollowUp)).all()[-1]
        payments = session.scalars(
            select(RentPayment).where(RentPayment.follow_up_id == follow_up.id)
        )
        assert sorted(p.amount_cents for p in payments) == [250_00, 250_10, 750_40]
        assert (follow_up.debt_at_start_cents, follow_up.outcome) == (
            1250_50,
            RentDebtOutcome.DEBT_PAID,
        )


def test_an_ended_tenancy_offers_a_new_sas_process(qtbot, window, clock):
    tab = window.rent_debt_tab
    drive.step(qtbot, window, tab.start_button, started_on=START, debt_cents="900")
    drive.step(
        qtbot, window, tab.end_button,
        ended_on=date(2025, 4, 1), outcome=RentDebtOutcome.TENANCY_ENDED_NEW_SAS,
    )  # fmt: skip
    clock.today = date(2025, 4, 1)
    assert tab.next_step.text() == "Aloita SAS-prosessi alkuarviolla."
    assert tab.sas_button.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=drive.LOAD_TIMEOUT_MS):
        tab.sas_button.click()
    assert not tab.sas_button.isVisible()
    assert tab.next_step.text() == "Aloita seuranta, kun vuokranantaja ilmoittaa vuokrarästeistä."
    assert window.housing_tab.housing.next_step.text().startswith("Tee arviohaastattelu.")
