"""Who acted comes from the authenticated device: a push naming someone else is refused.

Attack: a worker's own laptop pushed a document as already signed, naming another
worker as signer and a third as author; `recorded_by`, `decided_by` and the
responsible worker were equally free. Each such row is now refused alone, with a
reason the laptop shows, and the rest of the push goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from astu_desktop.models import HomeVisit
from astu_desktop.services import visits
from astu_desktop.sync.localstate import sync_quarantine
from astu_protocol.codes import VisitKind
from tests.integration.serverkit import Laptop
from tests.security.hostile import Office, document, moment, now, row, service_day, stamp


def test_a_document_signed_in_another_workers_name_is_refused(office: Office) -> None:
    aino, bertta, leena = office["aino"], office.user_id("bertta"), office.user_id("leena")
    forged = document(office.client_x, status="signed", author_id=leena, signed_by_id=bertta,
                      signed_at=moment())  # fmt: skip
    signed_by_other = document(office.client_x, status="signed", author_id=aino.user_id,
                               signed_by_id=bertta, signed_at=moment())  # fmt: skip

    assert aino.results(forged, signed_by_other) == [
        ("refused", "other_person", ["author_id"]),
        ("refused", "other_person", ["signed_by_id"]),
    ]
    assert office.server.record("form_document", forged["row_id"]) is None
    assert office.server.record("form_document", signed_by_other["row_id"]) is None


def test_a_signature_in_the_future_or_before_the_document_is_refused(office: Office) -> None:
    aino = office["aino"]
    own = {"status": "signed", "author_id": aino.user_id, "signed_by_id": aino.user_id}
    future = document(office.client_x, **own, signed_at=moment(timedelta(hours=1)))
    too_early = document(office.client_x, **own, signed_at=moment(-timedelta(days=3)))
    honest = document(office.client_x, **own, signed_at=moment())

    assert aino.results(future, too_early, honest) == [
        ("refused", "signing_time", ["signed_at"]),
        ("refused", "signing_time", ["signed_at"]),
    ]
    assert office.server.record("form_document", honest["row_id"])["status"] == "signed"  # type: ignore[index]


def test_a_signature_just_after_helsinki_midnight_is_on_its_documents_day(office: Office) -> None:
    """The document's day begins at midnight on Helsinki's clock, not at UTC's (02.00 or 03.00)."""
    aino = office["aino"]
    own = {"status": "signed", "author_id": aino.user_id, "signed_by_id": aino.user_id}
    yesterday = service_day() - timedelta(days=1)
    helsinki = ZoneInfo("Europe/Helsinki")
    just_after = datetime.combine(yesterday, time(0, 30), helsinki)
    day_before = datetime.combine(yesterday - timedelta(days=1), time(23, 30), helsinki)
    signed_after_midnight = document(office.client_x, **own, document_date=yesterday.isoformat(),
                                     signed_at=just_after.isoformat())  # fmt: skip
    signed_the_day_before = document(office.client_x, **own, document_date=yesterday.isoformat(),
                                     signed_at=day_before.isoformat())  # fmt: skip

    assert aino.results(signed_after_midnight, signed_the_day_before) == [
        ("refused", "signing_time", ["signed_at"]),
    ]
    assert office.server.record("form_document", signed_after_midnight["row_id"]) is not None
    assert office.server.record("form_document", signed_the_day_before["row_id"]) is None


def test_signing_a_draft_on_the_server_in_another_name_is_refused(office: Office) -> None:
    aino, bertta = office["aino"], office.user_id("bertta")
    draft = document(office.client_x, author_id=aino.user_id)
    assert aino.results(draft) == []
    signing = {**draft, "stamp": stamp(), "fields": {"status": "signed", "signed_by_id": bertta,
                                                     "signed_at": moment()}}  # fmt: skip
    renamed = {**draft, "stamp": stamp(), "fields": {"author_id": bertta}}  # later changes

    assert aino.results(signing) == [("refused", "other_person", ["signed_by_id"])]
    assert aino.results(renamed) == [("refused", "other_person", ["author_id"])]
    assert office.server.record("form_document", draft["row_id"])["status"] == "draft"  # type: ignore[index]


def test_recorded_by_and_decided_by_name_only_the_pusher(office: Office) -> None:
    aino, bertta = office["aino"], office.user_id("bertta")
    visit = row("home_visit", {"client_id": office.client_x, "visited_at": moment(),
                               "kind": "home_visit", "recorded_by_id": bertta})  # fmt: skip
    decision = row("sas_decision", {"client_id": office.client_x, "outcome": "not_placed",
                                    "decided_on": service_day().isoformat(),
                                    "decided_by_id": bertta})  # fmt: skip
    own = {"client_id": office.client_x, "visited_at": moment(), "kind": "home_visit",
           "recorded_by_id": aino.user_id}  # fmt: skip
    own_visit = row("home_visit", own)

    assert aino.results(visit, decision, own_visit) == [
        ("refused", "other_person", ["recorded_by_id"]),
        ("refused", "other_person", ["decided_by_id"]),
    ]
    assert office.server.record("home_visit", own_visit["row_id"]) is not None


def test_workers_present_at_a_visit_are_of_the_clients_team(office: Office) -> None:
    aino = office["aino"]
    visit = row("home_visit", {"client_id": office.client_x, "visited_at": moment(),
                               "kind": "joint_visit", "recorded_by_id": aino.user_id})  # fmt: skip
    colleague = row("visit_worker", {"visit_id": visit["row_id"],
                                     "worker_id": office.user_id("bertta")})  # fmt: skip
    stranger = row("visit_worker", {"visit_id": visit["row_id"],
                                    "worker_id": office.user_id("cecilia")})  # fmt: skip

    assert aino.results(visit, colleague, stranger) == [
        ("refused", "not_team_worker", ["worker_id"])
    ]


def test_a_new_episode_for_another_worker_follows_the_reassignment_rules(office: Office) -> None:
    def episode(worker: str) -> dict[str, object]:
        return row("service_episode", {"client_id": office.client_x, "service": "outreach",
                                       "status": "starting", "responsible_worker_id": worker,
                                       "start_date": service_day().isoformat()})  # fmt: skip

    bertta, cecilia = office.user_id("bertta"), office.user_id("cecilia")
    assert office["aino"].results(episode(bertta)) == [
        ("refused", "lead_only", ["responsible_worker_id"])
    ]
    assert office["leena"].results(episode(cecilia)) == [
        ("refused", "not_permitted", ["responsible_worker_id"])
    ]
    assert office["leena"].results(episode(bertta)) == []  # the lead of the team may
    assert office["aino"].results(episode(office.user_id("aino"))) == []


def test_the_laptop_quarantines_a_row_in_another_name_and_keeps_the_rest(
    laptops: Callable[[str], Laptop], office: Office
) -> None:
    laptop = laptops("aino")  # Aino's second laptop: it receives her client X
    bertta = office.user_id("bertta")
    with laptop.session() as session, session.begin():
        mine, forged = (
            visits.record_visit(
                session, client_id=office.client_x, visited_at=now() - timedelta(hours=1),
                worker_ids=[office.user_id("aino")], others_present=None, notes=None,
                kind=VisitKind.HOME_VISIT,
            )
            for _ in range(2)
        )  # fmt: skip
        session.get_one(HomeVisit, forged.id).recorded_by_id = bertta  # a hand-edited store

    report = laptop.sync()

    assert "other_person" in report.refused_reasons
    with laptop.session() as session:
        kept = session.execute(
            select(sync_quarantine.c.row_id, sync_quarantine.c.reason).where(
                sync_quarantine.c.table_name == "home_visit"
            )
        ).all()
    assert [tuple(kept_row) for kept_row in kept] == [(forged.id, "other_person")]
    assert office.server.record("home_visit", mine.id) is not None
    assert office.server.record("home_visit", forged.id) is None


def test_a_draft_cannot_name_another_person_as_its_signer(office: Office) -> None:
    """Not signed yet, but a signer named: the field is read as fact by every view."""
    aino, bertta = office["aino"], office.user_id("bertta")
    draft = document(office.client_x, author_id=aino.user_id, signed_by_id=bertta)
    assert aino.results(draft) == [("refused", "other_person", ["signed_by_id"])]
