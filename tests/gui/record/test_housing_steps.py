"""Moving a client's processes on from the Housing tab: each step is a small dialog."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLineEdit
from sqlalchemy import select

from astu_desktop.models import Placement, ServiceEpisode, TenancyEnding
from astu_desktop.ui.record.action_dialog import ActionDialog
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_protocol.codes import (
    EpisodeEndReason,
    EpisodeStatus,
    HousingType,
    OfferOutcome,
    SasOutcome,
    Service,
    TenancyEndReason,
)
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, TODAY


def _answer(qtbot, window: ClientRecordWindow, **values) -> None:
    """Fill the open step dialog by field key, press OK and wait for the fresh record."""
    dialog = window.steps.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.isVisible()
    for key, value in values.items():
        field = dialog.field(key)
        if isinstance(field, QComboBox):
            field.setCurrentIndex(field.findData(value))
        elif isinstance(field, QDateEdit):
            field.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(field, QLineEdit):
            field.setText(value)
        else:
            field.setPlainText(value)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ending_a_tenancy_records_the_reason_and_ends_outreach(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    tab = window.housing_tab
    window.tabs.setCurrentWidget(tab)
    tab.end_tenancy_button.click()
    assert window.steps.dialog is not None
    assert window.steps.dialog.field("reason").currentText() == "Suoravuokralaiseksi"
    _answer(
        qtbot,
        window,
        reason=TenancyEndReason.EVICTION_DISTURBANCE,
        ended_on=TODAY,
        notes="Häätö 1.6.",
    )
    with caseload_store.session() as session:
        ending = session.scalars(select(TenancyEnding)).one()
        placement = session.get(Placement, record_client.placement_id)
        outreach = session.scalars(
            select(ServiceEpisode).where(
                ServiceEpisode.client_id == record_client.client_id,
                ServiceEpisode.service == Service.OUTREACH,
            )
        ).one()
    assert (ending.reason, ending.ended_on, ending.notes) == (
        TenancyEndReason.EVICTION_DISTURBANCE,
        TODAY,
        "Häätö 1.6.",
    )
    assert placement is not None
    assert placement.ended_on == TODAY
    assert outreach.end_reason == EpisodeEndReason.TENANCY_ENDED
    assert window.housing_tab.housing.next_step.text() == "Aloita SAS-prosessi alkuarviolla."
    assert window.header.placement.text() == "Ei voimassa olevaa asumista"
    todays = [window.timeline.table.item(row, 1).text() for row in range(2)]
    assert sorted(todays) == [
        "Asuminen päättyi: Häätö: häiriöt",
        "Lähityö päättyi: Asuminen päättyi",
    ]
    assert not tab.end_tenancy_button.isVisible()


def test_a_client_goes_from_a_new_sas_process_to_moving_in(qtbot, open_record, caseload_store):
    with caseload_store.session() as session:
        nea = session.scalars(
            select(ServiceEpisode.client_id).where(ServiceEpisode.service == Service.SAS_ASSESSMENT)
        ).one()
    window = open_record(nea)
    tab = window.housing_tab
    window.tabs.setCurrentWidget(tab)
    stepper = tab.housing.stepper
    assert stepper.current_label == "Alkuarvio"  # the fixture's SAS episode is open
    tab.decision_button.click()
    _answer(qtbot, window, outcome=SasOutcome.PLACE, housing_type=HousingType.SMALL_APARTMENT)
    assert stepper.current_label == "Jono"
    assert tab.offer_button.isVisible()
    tab.offer_button.click()
    _answer(qtbot, window, street_address="Vaasankatu 7 A 3", postal_code="00500")
    assert stepper.current_label == "Asuntotarjous"
    tab.viewing_button.click()
    _answer(qtbot, window, outcome=OfferOutcome.ACCEPTED, viewing_on=TODAY - timedelta(days=1))
    assert stepper.current_label == "Asunnon näyttö"
    assert tab.housing.next_step.text() == "Tarjous hyväksytty: kirjaa muutto."
    tab.move_in_button.click()
    _answer(qtbot, window, landlord="Asuntoyksikkö")
    assert stepper.current_label == "Muuttanut"
    assert window.header.placement.text().startswith("Pienasunto, Vaasankatu 7 A 3")
    assert tab.outreach.isVisible()
    assert tab.outreach.stepper.current_label == "Alku"
    tab.start_work_button.click()
    qtbot.waitUntil(lambda: tab.outreach.stepper.current_label == "Työ", timeout=LOAD_TIMEOUT_MS)
    with caseload_store.session() as session:
        sas = session.scalars(
            select(ServiceEpisode).where(ServiceEpisode.service == Service.SAS_ASSESSMENT)
        ).one()
    assert (sas.status, sas.end_reason) == (EpisodeStatus.ENDED, EpisodeEndReason.PLACED)


def test_a_step_that_does_not_fit_is_explained_not_raised(qtbot, open_record, record_client):
    window = open_record(record_client.client_id)
    window.tabs.setCurrentWidget(window.housing_tab)
    window.housing_tab.end_tenancy_button.click()
    with qtbot.waitSignal(window.failed, timeout=LOAD_TIMEOUT_MS) as failure:
        dialog = window.steps.dialog
        assert dialog is not None
        dialog.field("ended_on").setDate(QDate(2000, 1, 1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert failure.args == ["Asuminen ei voi päättyä ennen muuttoa."]
    assert window.error.isVisible()


def test_an_offer_without_an_address_is_not_accepted(qtbot, open_record, caseload_store):
    with caseload_store.session() as session:
        nea = session.scalars(
            select(ServiceEpisode.client_id).where(ServiceEpisode.service == Service.SAS_ASSESSMENT)
        ).one()
    window = open_record(nea)
    window.tabs.setCurrentWidget(window.housing_tab)
    window.housing_tab.decision_button.click()
    _answer(qtbot, window, outcome=SasOutcome.PLACE)
    window.housing_tab.offer_button.click()
    dialog = window.steps.dialog
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Anna osoite."
    dialog.reject()
