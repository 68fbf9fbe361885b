"""From the record: edit contact details, start a service, and the PDF's language."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from astu_desktop.models import Client, ServiceEpisode
from astu_protocol.codes import Service
from tests.gui.record.conftest import LOAD_TIMEOUT_MS, TODAY
from tests.gui.windowkit import type_text


def test_contact_details_are_refused_under_the_field_then_saved_and_shown(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    assert window.header.language.text() == "ei kirjattu"
    dialog = window.edit_contact_details()
    assert dialog is not None
    details = dialog.details
    details.postal_code.clear()
    type_text(details.postal_code, "0051")
    details.language.setCurrentIndex(details.language.findData("sv"))
    details.interpreter.setChecked(True)

    dialog.save()
    qtbot.waitUntil(lambda: details.rows["postal_code"].error.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert details.rows["postal_code"].error.text() == "Postinumero on viisi numeroa, esim. 00510."
    with caseload_store.session() as s:
        client = s.get_one(Client, record_client.client_id)
        assert (client.postal_code, client.preferred_language) == ("00100", None)

    type_text(details.postal_code, "0")
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save()
    assert window.header.language.text() == "ruotsi – tarvitsee tulkin"
    assert window.header.address.text() == "Testikatu 1, 00510 Helsinki"
    export = window.export_pdf()
    assert export is not None
    assert export.document_language == "sv"  # the client's language, whatever the UI's
    export.reject()


def test_a_service_is_started_from_the_record_with_me_as_responsible_worker(
    qtbot, open_record, record_client, caseload_store
):
    window = open_record(record_client.client_id)
    dialog = window.start_service()
    dialog.field("service").setCurrentIndex(dialog.field("service").findData(Service.RENT_DEBT))
    tomorrow = TODAY + timedelta(days=1)
    dialog.field("on").setDate(dialog.field("on").date().addDays(1))
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Palvelu ei voi alkaa tulevaisuudessa."
    dialog.field("on").setDate(dialog.field("on").date().addDays(-1))

    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.buttons.accepted.emit()
    assert window.header.services.text() == "Lähityö, Vuokravelan seuranta"
    with caseload_store.session() as s:
        started = s.scalars(
            select(ServiceEpisode).where(
                ServiceEpisode.client_id == record_client.client_id,
                ServiceEpisode.service == Service.RENT_DEBT,
            )
        ).one()
        assert started.responsible_worker_id == record_client.me
        assert started.start_date < tomorrow
