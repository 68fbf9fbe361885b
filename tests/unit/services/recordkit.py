"""Hand-built clients for the record, process and visit tests: every date is known."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from astu_desktop.models import (
    Client,
    DeviceState,
    FormDocument,
    ServiceEpisode,
    Team,
    Worker,
)
from astu_desktop.models.hetu import make_hetu
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import DocumentStatus, EpisodeStatus, FormKey, Service

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class People:
    client_id: str
    me: str  # the worker this laptop belongs to
    colleague: str
    stranger: str  # a worker of another team


def add_people(store: CaseStore) -> People:
    with store.session() as s, s.begin():
        east, west = Team(name="Itä"), Team(name="Länsi")
        s.add_all([east, west])
        s.flush()
        me = Worker(username="outi", full_name="Outi Miettinen", team_id=east.id)
        colleague = Worker(username="petri", full_name="Petri Karjalainen", team_id=east.id)
        stranger = Worker(username="maarit", full_name="Maarit Korhonen", team_id=west.id)
        client = Client(
            first_names="Aino Maria",
            last_name="Virtanen",
            hetu=make_hetu(date(1980, 5, 17), 923),
            phone="040 123 4567",
            street_address="Kalliolanrinne 4 B 12",
            postal_code="00510",
            city="Helsinki",
        )
        s.add_all([me, colleague, stranger, client])
        s.flush()
        state = s.get(DeviceState, 1)
        assert state is not None
        state.current_worker_id = me.id
        return People(client.id, me.id, colleague.id, stranger.id)


def add_outreach_people(store: CaseStore) -> People:
    """The people of `add_people`, the client in outreach with `me` since 2.1.2025."""
    people = add_people(store)
    with store.session() as s, s.begin():
        add_episode(s, people.client_id, Service.OUTREACH, date(2025, 1, 2), people.me)
    return people


def add_episode(
    s: Session,
    client_id: str,
    service: Service,
    start: date,
    worker_id: str | None,
    status: EpisodeStatus = EpisodeStatus.ACTIVE,
) -> ServiceEpisode:
    episode = ServiceEpisode(
        client_id=client_id,
        service=service,
        status=status,
        responsible_worker_id=worker_id,
        start_date=start,
    )
    s.add(episode)
    s.flush()
    return episode


def add_document(
    s: Session,
    client_id: str,
    form_key: FormKey,
    on: date,
    *,
    signed: bool = True,
    answers: dict[str, Any] | None = None,
    review_due: date | None = None,
    author_id: str | None = None,
    supersedes: FormDocument | None = None,
) -> FormDocument:
    """A document as a sync would bring it in (signed documents arrive already signed)."""
    document = FormDocument(
        client_id=client_id,
        form_key=form_key,
        form_version=1,
        answers=answers or {},
        status=DocumentStatus.SIGNED if signed else DocumentStatus.DRAFT,
        version_no=supersedes.version_no + 1 if supersedes else 1,
        supersedes_id=supersedes.id if supersedes else None,
        author_id=author_id,
        document_date=on,
        signed_at=datetime.combine(on, datetime.min.time(), tzinfo=UTC) if signed else None,
        signed_by_id=author_id if signed else None,
        review_due=review_due,
    )
    s.add(document)
    s.flush()
    return document
