"""The documents tab: the current version is the signed one, a draft is shown as a draft."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from astu_desktop.models import FormDocument
from astu_desktop.ui.labels import short_date
from astu_protocol.codes import DocumentStatus, FormKey
from tests.gui.record.conftest import MOVED_IN, TODAY


def test_an_amendment_being_written_is_a_draft_beside_the_signed_current_version(
    qtbot, open_record, record_client, caseload_store
):
    with caseload_store.session() as s, s.begin():
        signed = s.scalars(
            select(FormDocument).where(
                FormDocument.client_id == record_client.client_id,
                FormDocument.form_key == FormKey.ASSESSMENT_INTERVIEW,
            )
        ).one()
        s.add(
            FormDocument(
                client_id=record_client.client_id,
                form_key=FormKey.ASSESSMENT_INTERVIEW,
                form_version=1,
                answers={},
                status=DocumentStatus.DRAFT,
                version_no=2,
                supersedes_id=signed.id,
                document_date=TODAY,
            )
        )
    window = open_record(record_client.client_id)
    tab = window.document_tabs[FormKey.ASSESSMENT_INTERVIEW]
    window.tabs.setCurrentWidget(tab)
    assert tab.current_title.text() == "Voimassa oleva versio"
    assessed = short_date(MOVED_IN - timedelta(days=60))  # the fixture's signed assessment
    # the first line; a second says it is not on the server yet (this laptop never synced)
    assert tab.current.text().splitlines()[0] == f"{assessed}, versio 1, allekirjoitettu"
    assert tab.draft.isVisible()
    assert tab.draft.text() == f"Luonnos {short_date(TODAY)}, versio 2"
