"""Who sees which client, decided here and nowhere else.

A field worker's devices hold the clients the worker is responsible for or co-works
on; a team lead's devices hold the clients of every worker of the team. The answer is
kept materialised in `scope_grant`; whenever an assignment or a team changes, the
grants of the affected clients are recomputed, and every user who gains or loses a
client gets a scope event in the feed (grant: its rows; revoke: purge it). The
scope history keeps who held which client from when to when (the access log's check).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from astu_server.db import FeedPositions
from astu_server.models import (
    Assignment,
    ScopeEvent,
    ScopeGrant,
    ScopeHistory,
    ScopeRetirement,
    User,
    utcnow,
)

RESPONSIBLE = "responsible"
CO_WORKER = "co_worker"
TEAM_LEAD = "team_lead"
FIELD_WORKER = "field_worker"
ADMIN = "admin"
SYNCING_ROLES = (FIELD_WORKER, TEAM_LEAD)


def in_scope(session: Session, user_id: str, client_id: str) -> bool:
    grant = session.get(ScopeGrant, (user_id, client_id))
    return grant is not None


def scope_clients(user_id: str) -> Select[str]:
    return select(ScopeGrant.client_id).where(ScopeGrant.user_id == user_id)


def users_who_see(session: Session, client_id: str) -> set[str]:
    assigned = list(
        session.scalars(
            select(User)
            .join(Assignment, Assignment.user_id == User.id)
            .where(Assignment.client_id == client_id)
        )
    )
    teams = {user.team_id for user in assigned if user.team_id is not None}
    leads = session.scalars(select(User.id).where(User.role == TEAM_LEAD, User.team_id.in_(teams)))
    return ({user.id for user in assigned} | set(leads)) - retired_from(session, client_id)


def retired_from(session: Session, client_id: str) -> set[str]:
    """Who no longer holds this ended client after the retention time (retention.py)."""
    query = select(ScopeRetirement.user_id).where(ScopeRetirement.client_id == client_id)
    return set(session.scalars(query))


def refresh(
    session: Session, positions: FeedPositions, client_ids: Iterable[str], *, announce: bool = True
) -> None:
    """Bring the grants of these clients in line with assignments and teams."""
    for client_id in client_ids:
        wanted = users_who_see(session, client_id)
        held = set(
            session.scalars(select(ScopeGrant.user_id).where(ScopeGrant.client_id == client_id))
        )
        for user_id in sorted(wanted - held):
            session.add(ScopeGrant(user_id=user_id, client_id=client_id))
            session.add(ScopeHistory(user_id=user_id, client_id=client_id))
            if announce:
                _event(session, positions, user_id, client_id, "grant")
        retired = retired_from(session, client_id)
        for user_id in sorted(held - wanted):
            session.execute(
                delete(ScopeGrant).where(
                    ScopeGrant.user_id == user_id, ScopeGrant.client_id == client_id
                )
            )
            kind = "retire" if user_id in retired else "revoke"
            _event(session, positions, user_id, client_id, kind)
            _history_ends(session, user_id, client_id)
    session.flush()


def _history_ends(session: Session, user_id: str, client_id: str) -> None:
    session.execute(
        update(ScopeHistory)
        .where(
            ScopeHistory.user_id == user_id,
            ScopeHistory.client_id == client_id,
            ScopeHistory.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )


def _event(
    session: Session, positions: FeedPositions, user_id: str, client_id: str, kind: str
) -> None:
    session.add(
        ScopeEvent(position=positions.next(), user_id=user_id, client_id=client_id, kind=kind)
    )


def assign(
    session: Session,
    positions: FeedPositions,
    client_id: str,
    responsible: str | None,
    co_workers: Iterable[str] = (),
) -> None:
    """Replace the client's workers: one responsible worker and any co-workers."""
    session.execute(delete(Assignment).where(Assignment.client_id == client_id))
    session.flush()
    if responsible is not None:
        session.add(Assignment(client_id=client_id, user_id=responsible, kind=RESPONSIBLE))
    for user_id in set(co_workers) - {responsible}:
        session.add(Assignment(client_id=client_id, user_id=user_id, kind=CO_WORKER))
    session.flush()
    refresh(session, positions, [client_id])


def adopt_new_client(
    session: Session, positions: FeedPositions, client_id: str, creator: str
) -> None:
    """A client created on a device belongs to its creator until someone reassigns it.

    No scope event: the rows of a new client are new in the feed anyway.
    """
    session.add(Assignment(client_id=client_id, user_id=creator, kind=RESPONSIBLE))
    session.flush()
    refresh(session, positions, [client_id], announce=False)


def clients_of_team(session: Session, team_id: str) -> list[str]:
    query = (
        select(Assignment.client_id)
        .join(User, User.id == Assignment.user_id)
        .where(User.team_id == team_id)
        .distinct()
    )
    return list(session.scalars(query))


def clients_of_user(session: Session, user_id: str) -> list[str]:
    assigned = select(Assignment.client_id).where(Assignment.user_id == user_id)
    granted = select(ScopeGrant.client_id).where(ScopeGrant.user_id == user_id)
    return sorted(set(session.scalars(assigned)) | set(session.scalars(granted)))
