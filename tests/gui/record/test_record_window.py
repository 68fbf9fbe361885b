"""The client record window on a real store: header, timeline, every tab, the access log."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from astu_desktop.models import FormDocument
from astu_desktop.services.accesslog import entries_for_client
from astu_desktop.ui.caseload_columns import Column
from astu_desktop.ui.labels import euros, short_date
from astu_desktop.ui.record import ClientRecordWindow
from astu_desktop.ui.record.tables import column_texts
from astu_desktop.ui.record.trend_charts import point_date
from astu_protocol.codes import AccessAction, FormKey
from tests.gui.record.conftest import CHECKS, LOAD_TIMEOUT_MS, MOVED_IN, TODAY
from tests.gui.windowkit import editor_on_screen, open_window


def test_enter_on_a_caseload_row_opens_the_record_and_logs_one_view(
    qtbot, runner, translations, reporter, caseload_store, record_client
):
    window = open_window(qtbot, runner, translations, reporter, caseload_store)
    table = window.panel.table
    table.setCurrentIndex(window.panel.model.index(0, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    record = window.findChild(ClientRecordWindow)
    assert record is not None
    qtbot.waitUntil(lambda: record.record is not None, timeout=LOAD_TIMEOUT_MS)
    assert record.isVisible()
    assert record.header.name.text() == "Anna Aalto"
    assert record.windowTitle() == "Asiakaskertomus – ASTU Desktop"  # never the name
    with caseload_store.session() as session:
        entries = entries_for_client(session, record_client.client_id)
    assert [(e.action, e.target) for e in entries] == [(AccessAction.VIEW, "client:record")]
    window.close_store()
    assert window.findChild(ClientRecordWindow) is None or not record.isVisible()


def test_the_header_card_shows_the_flat_and_the_responsible_worker(open_record, record_client):
    window = open_record(record_client.client_id)
    header = window.header
    assert header.phone.text() == "040 123 4567"
    assert header.address.text() == "Testikatu 1, 00100 Helsinki"
    assert header.placement.text() == (
        f"Pienasunto, Vaasankatu 7 A 3 (alkaen {short_date(MOVED_IN)})"
    )
    assert header.worker.text() == "Outi Miettinen"
    assert header.services.text() == "Lähityö"


def test_the_timeline_lists_the_newest_event_first_and_previews_it(open_record, record_client):
    window = open_record(record_client.client_id)
    table = window.timeline.table
    assert column_texts(table, 1)[:3] == [
        "Kotikäynti",
        "Asumistaitojen kartoitus, versio 1 (allekirjoitettu)",
        "Vuokravelkaa maksettu 300,00\xa0€ (Asiakas)",  # the rent-debt steps are events too
    ]
    assert column_texts(table, 0)[:2] == [
        short_date(TODAY - timedelta(days=3)),
        short_date(CHECKS[1][0]),
    ]
    table.setCurrentCell(0, 1)
    assert "Asunto siisti, vuokra maksettu." in window.timeline.preview.text()
    assert "Outi Miettinen" in window.timeline.preview.text()


def test_the_service_plan_tab_shows_the_current_version_and_opens_it(
    qtbot, open_record, record_client
):
    window = open_record(record_client.client_id)
    tab = window.document_tabs[FormKey.SERVICE_PLAN]
    window.tabs.setCurrentWidget(tab)
    plan_day = MOVED_IN + timedelta(days=10)
    assert tab.current.text().startswith(f"{short_date(plan_day)}, versio 1, allekirjoitettu")
    assert column_texts(tab.versions, 0) == [short_date(plan_day)]
    tab.versions.setCurrentCell(0, 0)
    tab.open_button.click()
    editor = editor_on_screen(qtbot)
    assert editor.state.document_id is not None
    editor.close()


def test_the_living_skills_tab_has_every_check_and_one_trend_per_area(open_record, record_client):
    window = open_record(record_client.client_id)
    tab = window.living_skills_tab
    window.tabs.setCurrentWidget(tab)
    newest, oldest = CHECKS[1], CHECKS[0]
    headers = [tab.checks.horizontalHeaderItem(c).text() for c in range(tab.checks.columnCount())]
    assert headers == [short_date(newest[0]), short_date(oldest[0])]
    assert tab.checks.verticalHeaderItem(0).text() == "Hygienia"
    assert [tab.checks.item(0, c).text() for c in range(2)] == ["4", "2"]
    charts = tab.trends
    assert len(charts.areas) == 10
    hygiene = charts.series("hygiene").points()
    assert [(point_date(p), p.y()) for p in hygiene] == [(oldest[0], 2.0), (newest[0], 4.0)]
    assert charts.series("leisure").points() == []


def test_the_rent_debt_tab_shows_the_plan_payments_and_progress(open_record, record_client):
    window = open_record(record_client.client_id)
    tab = window.rent_debt_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.debt.text() == euros(90000)
    assert tab.paid.text() == euros(30000)
    assert tab.remaining.text() == euros(60000)
    assert column_texts(tab.instalments, 2) == ["maksettu", "myöhässä", "avoin"]
    assert column_texts(tab.payments, 1) == [euros(30000)]
    assert (tab.months_bar.value(), tab.months_bar.maximum()) == (2, 6)
    assert tab.months_bar.text() == "kuukausi 2/6"
    assert (tab.paid_bar.value(), tab.paid_bar.maximum()) == (30000, 90000)


def test_the_housing_tab_draws_the_process_with_the_current_stage(open_record, record_client):
    window = open_record(record_client.client_id)
    tab = window.housing_tab
    window.tabs.setCurrentWidget(tab)
    stepper = tab.housing.stepper
    assert len(stepper.labels) == 7
    assert stepper.current_label == "Palvelusuunnitelma"
    review = short_date(MOVED_IN + timedelta(days=190))
    assert tab.housing.next_step.text() == f"Tarkista palvelusuunnitelma. Määräaika {review}."
    assert tab.outreach.stepper.current_label == "Työ"
    assert tab.rent_debt.stepper.current_label == "Työ"
    assert tab.end_tenancy_button.isVisible()
    assert not tab.offer_button.isVisible()


def test_the_access_log_tab_shows_who_opened_the_record(open_record, record_client):
    window = open_record(record_client.client_id)
    tab = window.access_tab
    assert column_texts(tab.table, 1) == ["Outi Miettinen"]
    assert column_texts(tab.table, 2) == ["Katsoi"]
    assert column_texts(tab.table, 3) == ["Asiakaskertomus"]


def test_a_new_living_skills_check_opens_an_editor_for_the_client(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    window.tabs.setCurrentWidget(window.living_skills_tab)
    window.living_skills_tab.new_button.click()
    editor = editor_on_screen(qtbot)
    assert editor.state.form_key == FormKey.LIVING_SKILLS_CHECK
    assert editor.state.client_id == record_client.client_id
    with caseload_store.session() as session:
        checks = session.scalars(
            select(FormDocument.id).where(FormDocument.form_key == FormKey.LIVING_SKILLS_CHECK)
        ).all()
    assert len(checks) >= len(CHECKS)
    editor.close()


def test_the_record_loads_in_the_background_behind_a_busy_bar(
    qtbot, runner, translations, caseload_store, record_client
):
    window = ClientRecordWindow(caseload_store, record_client.client_id, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open()
        assert window.busy.isVisible()
        assert window.record is None
        assert not window.tabs.isEnabled()
    assert not window.busy.isVisible()
    assert window.tabs.isEnabled()


def test_the_record_follows_a_language_switch(qtbot, open_record, record_client, translations):
    window = open_record(record_client.client_id)
    translations.set_language("sv")
    qtbot.waitUntil(lambda: window.tabs.tabText(4) == "Bo&ende")
    assert window.housing_tab.housing.stepper.current_label == "Serviceplan"
    assert window.header.placement.text().startswith("Småbostad, Vaasankatu 7 A 3")
    assert window.rent_debt_tab.months_bar.text() == "månad 2 av 6"
    translations.set_language("fi")
    qtbot.waitUntil(lambda: window.tabs.tabText(4) == "As&uminen")
