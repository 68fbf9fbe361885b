"""Actions on service episodes, and the pieces every process action shares.

An episode (asiakkuus) goes start -> work -> end; ending one always records why.
Functions take the caller's session and never commit.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    HousingOffer,
    Placement,
    SasDecision,
    ServiceEpisode,
    TenancyEnding,
)
from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction, EpisodeEndReason, EpisodeStatus, Service


class ProcessStepRefused(Exception):
    """The step does not fit the process as it stands; `reason` says why, as a code."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def end_episode(
    session: Session, episode_id: str, *, on: date, reason: EpisodeEndReason
) -> ServiceEpisode:
    episode = live_record(session, ServiceEpisode, episode_id)
    if not episode.is_open:
        raise ProcessStepRefused("episode_already_ended")
    if on < episode.start_date:
        raise ProcessStepRefused("ends_before_start")
    close_episode(episode, on, reason)
    return save_logged(session, episode, episode.client_id, AccessAction.UPDATE, "service_episode")


def start_episode_work(session: Session, episode_id: str) -> ServiceEpisode:
    """Start -> work: the first meeting is behind and the actual work begins."""
    episode = live_record(session, ServiceEpisode, episode_id)
    if episode.status != EpisodeStatus.STARTING:
        raise ProcessStepRefused("episode_not_starting")
    episode.status = EpisodeStatus.ACTIVE
    return save_logged(session, episode, episode.client_id, AccessAction.UPDATE, "service_episode")


# -- shared by the process actions ------------------------------------------------


_Record = TypeVar("_Record", ServiceEpisode, SasDecision, HousingOffer, Placement, TenancyEnding)


def save_logged(
    session: Session, record: _Record, client_id: str, action: AccessAction, target: str
) -> _Record:
    session.add(record)
    session.flush()
    record_access(session, action=action, client_id=client_id, target=target)
    return record


def live_record(session: Session, kind: type[_Record], record_id: str) -> _Record:
    record = session.get(kind, record_id)
    if record is None or record.is_deleted:
        raise ProcessStepRefused("not_found")
    return record


def open_episode(session: Session, client_id: str, service: Service) -> ServiceEpisode | None:
    query = (
        select(ServiceEpisode)
        .where(
            ServiceEpisode.client_id == client_id,
            ServiceEpisode.service == service,
            ServiceEpisode.status != EpisodeStatus.ENDED,
            ServiceEpisode.deleted_at.is_(None),
        )
        .order_by(ServiceEpisode.start_date.desc(), ServiceEpisode.id.desc())
    )
    return session.scalars(query).first()


def close_episode(episode: ServiceEpisode, on: date, reason: EpisodeEndReason) -> None:
    episode.status = EpisodeStatus.ENDED
    episode.end_date = on
    episode.end_reason = reason
