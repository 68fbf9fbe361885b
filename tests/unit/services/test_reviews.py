"""Reviews and handovers on one laptop: what a lead may do, and what is refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from astu_desktop.models import Client, DocumentReview, FormDocument, ServiceEpisode, Team, Worker
from astu_desktop.services.reassignment import NothingToHandOver, NotInTeam, reassign_client
from astu_desktop.services.reviews import (
    NoteRequired,
    NotReviewable,
    NotReviewer,
    returned_documents,
    review_document,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    ReviewDecision,
    Role,
    Service,
)

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@dataclass
class Team2:
    lead: str
    aino: str
    stranger: str
    client: str
    signed: str
    draft: str


@pytest.fixture
def team(store: CaseStore) -> Team2:
    with store.session() as s, s.begin():
        east, west = Team(name="Itä"), Team(name="Länsi")
        lead = Worker(username="leena", full_name="Leena", role=Role.TEAM_LEAD, team=east)
        aino = Worker(username="aino", full_name="Aino", team=east)
        stranger = Worker(username="cecilia", full_name="Cecilia", team=west)
        client = Client(first_names="Testi", last_name="Asiakas", hetu="131052-308T")
        s.add_all([east, west, lead, aino, stranger, client])
        s.flush()
        s.add(
            ServiceEpisode(
                client_id=client.id, service=Service.OUTREACH, status=EpisodeStatus.ACTIVE,
                responsible_worker_id=aino.id, start_date=date(2026, 1, 1),
            )
        )  # fmt: skip
        signed, draft = (
            FormDocument(
                client_id=client.id, form_key=FormKey.SERVICE_PLAN, form_version=1, answers={},
                status=status, document_date=date(2026, 11, 1), signed_by_id=aino.id,
            )
            for status in (DocumentStatus.SIGNED, DocumentStatus.DRAFT)
        )  # fmt: skip
        s.add_all([signed, draft])
        s.flush()
        return Team2(lead.id, aino.id, stranger.id, client.id, signed.id, draft.id)


def _review(store: CaseStore, document_id: str, reviewer: str, note: str | None = "Korjaa") -> None:
    with store.session() as s, s.begin():
        review_document(
            s, document_id, decision=ReviewDecision.RETURNED, note=note, reviewer_id=reviewer,
            now=NOW,
        )  # fmt: skip


def test_a_returned_plan_is_on_the_workers_list(store: CaseStore, team: Team2) -> None:
    _review(store, team.signed, team.lead)
    with store.session() as s:
        (returned,) = returned_documents(s, team.aino)
        assert (returned.document_id, returned.note, returned.reviewer) == (
            team.signed, "Korjaa", "Leena",
        )  # fmt: skip
        assert returned_documents(s, team.stranger) == []


@pytest.mark.parametrize(
    ("who", "document", "note", "refusal"),
    [
        ("aino", "signed", "Korjaa", NotReviewer),
        ("lead", "draft", "Korjaa", NotReviewable),
        ("lead", "signed", "   ", NoteRequired),
        ("lead", "signed", "x" * 2001, NoteRequired),
    ],
)
def test_refused_reviews_change_nothing(
    store: CaseStore, team: Team2, who: str, document: str, note: str, refusal: type[Exception]
) -> None:
    with pytest.raises(refusal):
        _review(store, getattr(team, document), getattr(team, who), note)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(DocumentReview)) == 0


def test_a_handover_needs_a_client_of_the_worker_and_a_worker_of_the_team(
    store: CaseStore, team: Team2
) -> None:
    with store.session() as s, s.begin(), pytest.raises(NotInTeam):
        reassign_client(
            s, team.client, from_worker_id=team.aino, to_worker_id=team.stranger,
            lead_id=team.lead,
        )  # fmt: skip
    with store.session() as s, s.begin(), pytest.raises(NothingToHandOver):
        reassign_client(
            s, team.client, from_worker_id=team.lead, to_worker_id=team.aino, lead_id=team.lead
        )
    with store.session() as s:
        workers = set(s.scalars(select(ServiceEpisode.responsible_worker_id)))
        assert workers == {team.aino}
