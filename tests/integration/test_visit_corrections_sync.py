"""A corrected or removed visit reaches the server; a visit its signed check locks does not
change there, whatever a laptop sends.

A worker corrects a visit until the living-skills check done on it is signed. A laptop
whose program was changed could still send an edit of a locked visit: the server
refuses it as `locked`, and the laptop keeps the edit visible in its refused list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select

from astu_desktop.models import HomeVisit, VisitWorker
from astu_desktop.services.visit_corrections import VisitCorrection, correct_visit, remove_visit
from astu_protocol.codes import VisitKind, VisitRemovalReason
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_reassignment import client_in_outreach, worker_id
from tests.integration.test_scope import HETU_X, two_teams
from tests.integration.test_visit_sync import VISITED, quarantined, sign_check, visit_with_check


def synced_visit_with_check(laptop: Laptop) -> tuple[str, str, str]:
    """(client, visit, check): the visit and its draft check on the server."""
    client_id = client_in_outreach(laptop, HETU_X)
    laptop.sync()
    visit_id, check_id = visit_with_check(laptop, client_id)
    assert laptop.sync().refused == 0
    return client_id, visit_id, check_id


def corrected_notes(laptop: Laptop, visit_id: str, notes: str) -> None:
    with laptop.session() as session, session.begin():
        correct_visit(
            session,
            VisitCorrection(
                visit_id=visit_id, visited_at=VISITED, worker_ids=[worker_id(laptop)],
                others_present="", notes=notes, kind=VisitKind.HOME_VISIT,
            ),
        )  # fmt: skip


def test_a_removed_visit_reaches_the_server_with_its_reason(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino = laptops("aino")
    _client, visit_id, check_id = synced_visit_with_check(aino)
    with aino.session() as session, session.begin():
        remove_visit(session, visit_id, reason=VisitRemovalReason.DUPLICATE)

    assert aino.sync().refused == 0
    on_server = server.record("home_visit", visit_id)
    assert on_server is not None
    assert on_server["deleted_at"] is not None
    assert on_server["removal_reason"] == "duplicate"
    assert server.record("form_document", check_id)["deleted_at"] is not None  # its draft


def test_a_correction_made_before_the_signature_arrives_with_it(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Offline: correct the visit, then sign its check; one push carries both."""
    two_teams(server)
    aino = laptops("aino")
    _client, visit_id, check_id = synced_visit_with_check(aino)
    corrected_notes(aino, visit_id, "Korjattu: asunto siisti, jääkaapissa ruokaa.")
    sign_check(aino, check_id, at=datetime.now(UTC))

    assert (aino.sync().refused, quarantined(aino)) == (0, [])
    assert server.record("home_visit", visit_id)["notes"] == (
        "Korjattu: asunto siisti, jääkaapissa ruokaa."
    )
    assert server.record("form_document", check_id)["status"] == "signed"


def test_a_visit_changed_after_its_check_was_signed_is_refused_as_locked(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """A changed program writes past the laptop's lock: the server holds the line."""
    two_teams(server)
    aino = laptops("aino")
    _client, visit_id, check_id = synced_visit_with_check(aino)
    sign_check(aino, check_id, at=datetime.now(UTC))
    assert aino.sync().refused == 0
    visit_before = server.record("home_visit", visit_id)
    with aino.session() as session, session.begin():  # around services.visit_corrections
        visit = session.get_one(HomeVisit, visit_id)
        visit.notes = "Muutettu allekirjoituksen jälkeen."
        for row in session.scalars(select(VisitWorker).where(VisitWorker.visit_id == visit_id)):
            row.deleted_at = datetime.now(UTC)

    report = aino.sync()

    assert (report.refused, report.refused_reasons) == (2, ["locked", "locked"])
    assert {table for table, _reason in quarantined(aino)} == {"home_visit", "visit_worker"}
    assert server.record("home_visit", visit_id) == visit_before
    with aino.session() as session:  # the laptop holds the server's values again
        assert session.get_one(HomeVisit, visit_id).notes == visit_before["notes"]
