"""Work kept for a client who left the caseload: exported for the lead or discarded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from sqlalchemy import select

from astu_desktop.models import AccessLogEntry, Client
from astu_desktop.printing.kept_work_export import render_kept_work
from astu_desktop.printing.printouts import default_file_name, exported
from astu_desktop.services import sync_work
from astu_desktop.services.accesslog import verify_chain
from astu_desktop.services.kept_work import NoKeptWork, discard_kept_work, kept_work
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync import capture
from astu_desktop.sync.apply import begin_remote_apply, end_remote_apply, purge_client
from astu_protocol.codes import AccessAction
from tests.unit.reports.pdfkit import flat, page_texts
from tests.unit.services.recordkit import People, add_people

PASSWORD = "Kesä-ilta Töölössä 7"


@pytest.fixture
def people(store: CaseStore) -> People:
    """A client of this laptop, edited offline, then gone from its caseload."""
    found = add_people(store)
    with store.session() as s, s.begin():
        s.get_one(Client, found.client_id).phone = "050 765 4321"
    with store.session() as s, s.begin(), capture.applying_remote(s):
        connection = s.connection()
        begin_remote_apply(connection)
        purge_client(connection, found.client_id)
        end_remote_apply(connection)
    return found


def log_entries(store: CaseStore) -> list[tuple[str, str | None, str | None]]:
    with store.session() as s:
        entries = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.seq))
        return [(e.action, e.client_id, e.target) for e in entries]


def test_the_kept_work_names_the_client_and_keeps_the_values_typed(store, people):
    with store.session() as s:
        kept = kept_work(s, people.client_id)
    assert kept.client_label == "Virtanen, Aino Maria"
    assert [change.table for change in kept.changes] == ["client"]
    assert kept.changes[0].fields["phone"] == "050 765 4321"


def test_the_export_is_protected_holds_the_values_and_is_logged_under_the_client(store, people):
    with store.session() as s, s.begin():
        rendered = render_kept_work(s, people.client_id, "fi")
        data = exported(s, rendered, PASSWORD)

    with pytest.raises(FileNotDecryptedError):
        PdfReader(io.BytesIO(data)).pages[0].extract_text()
    text = flat(" ".join(page_texts(data, PASSWORD)))
    assert "Säilytetyt muutokset" in text
    assert "Virtanen, Aino Maria" in text
    assert "050 765 4321" in text
    assert "Kalliolanrinne 4 B 12" in text
    assert log_entries(store)[-1] == ("export", people.client_id, "kept_work")
    name = default_file_name(rendered.title, rendered.on)
    assert name.startswith("sailytetyt-muutokset-")
    assert "virtanen" not in name.lower()


def test_the_export_is_in_swedish_when_asked(store, people):
    with store.session() as s:
        rendered = render_kept_work(s, people.client_id, "sv")
    assert "Sparade ändringar" in flat(" ".join(page_texts(rendered.data)))


def test_discarding_removes_the_kept_work_and_logs_it(store, people):
    with store.session() as s, s.begin():
        assert discard_kept_work(s, people.client_id) == 1

    assert sync_work.refused_rows(store) == []
    assert log_entries(store)[-1] == (AccessAction.UPDATE, people.client_id, "kept_work:discard")
    with store.session() as s:
        assert verify_chain(s) is None
        with pytest.raises(NoKeptWork):
            kept_work(s, people.client_id)


def test_discarding_twice_changes_nothing_the_second_time(store, people):
    with store.session() as s, s.begin():
        discard_kept_work(s, people.client_id)
    before = log_entries(store)
    with store.session() as s, s.begin(), pytest.raises(NoKeptWork):
        discard_kept_work(s, people.client_id)
    assert log_entries(store) == before


def test_the_refused_list_offers_the_decision_only_for_kept_work(store, people):
    [row] = sync_work.refused_rows(store)
    assert row.reason == "left_scope"
    assert row.kept_client_id == people.client_id
    assert row.kept_for_decision
