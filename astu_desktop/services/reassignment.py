"""A lead hands a client, or a worker's whole caseload, to another worker of the team.

The responsible worker of a client is the `responsible_worker_id` of its open service
episodes; handing over changes those, offline, and the change syncs like any other.
The server checks it (only a lead of the team, only to a worker of the team), moves
its own assignment to match, and the scope follows: the old worker's laptop purges
the client at its next sync and the new worker's laptop receives it. Each client
handed over gets an access-log entry in the same transaction.

Functions take the caller's session and never commit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import ServiceEpisode, Worker
from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction, EpisodeStatus, Role

REASSIGN_TARGET = "service_episode:reassign"


class ReassignmentRefused(Exception):
    """Base of the refusals a lead can meet when handing clients over."""


class NotTeamLead(ReassignmentRefused):
    """Only a team lead hands clients over."""


class NotInTeam(ReassignmentRefused):
    """The new worker (or the old one) is not a field worker of the lead's team."""


class NothingToHandOver(ReassignmentRefused):
    """The worker has no open episode of this client (or no caseload at all)."""


def team_members(session: Session, team_id: str) -> list[Worker]:
    """The active field workers of the team, who can take clients over."""
    statement = (
        select(Worker)
        .where(
            Worker.team_id == team_id,
            Worker.role == Role.FIELD_WORKER,
            Worker.active.is_(True),
            Worker.deleted_at.is_(None),
        )
        .order_by(Worker.full_name)
    )
    return list(session.scalars(statement))


def reassign_client(
    session: Session, client_id: str, *, from_worker_id: str, to_worker_id: str, lead_id: str
) -> int:
    """Hand the client's open episodes of one worker to another; the number handed over."""
    _check(session, lead_id, from_worker_id, to_worker_id)
    episodes = _open_episodes(session, from_worker_id, client_id)
    if not episodes:
        raise NothingToHandOver()
    _hand_over(session, episodes, to_worker_id)
    return len(episodes)


def reassign_caseload(
    session: Session, *, from_worker_id: str, to_worker_id: str, lead_id: str
) -> list[str]:
    """Hand a worker's whole caseload over (a leave, a move); the clients handed over."""
    _check(session, lead_id, from_worker_id, to_worker_id)
    episodes = _open_episodes(session, from_worker_id)
    if not episodes:
        raise NothingToHandOver()
    return _hand_over(session, episodes, to_worker_id)


def _check(session: Session, lead_id: str, from_worker_id: str, to_worker_id: str) -> None:
    lead = session.get(Worker, lead_id)
    if lead is None or lead.role != Role.TEAM_LEAD or lead.team_id is None:
        raise NotTeamLead()
    members = {worker.id for worker in team_members(session, lead.team_id)}
    old = session.get(Worker, from_worker_id)
    if to_worker_id not in members or to_worker_id == from_worker_id:
        raise NotInTeam()
    if old is None or old.team_id != lead.team_id:
        raise NotInTeam()


def _open_episodes(
    session: Session, worker_id: str, client_id: str | None = None
) -> list[ServiceEpisode]:
    statement = select(ServiceEpisode).where(
        ServiceEpisode.responsible_worker_id == worker_id,
        ServiceEpisode.status != EpisodeStatus.ENDED,
        ServiceEpisode.deleted_at.is_(None),
    )
    if client_id is not None:
        statement = statement.where(ServiceEpisode.client_id == client_id)
    return list(session.scalars(statement.order_by(ServiceEpisode.client_id)))


def _hand_over(session: Session, episodes: list[ServiceEpisode], to_worker_id: str) -> list[str]:
    clients = list(dict.fromkeys(episode.client_id for episode in episodes))
    for episode in episodes:
        episode.responsible_worker_id = to_worker_id
    session.flush()
    for client_id in clients:
        record_access(
            session, action=AccessAction.UPDATE, client_id=client_id, target=REASSIGN_TARGET
        )
    return clients
