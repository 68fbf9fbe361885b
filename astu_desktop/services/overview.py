"""A short factual overview of a store, for `astu-desktop stats` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    AccessLogEntry,
    Client,
    FormDocument,
    HomeVisit,
    OutboxChange,
    RentDebtFollowUp,
    ServiceEpisode,
    TenancyEnding,
    Worker,
)
from astu_protocol.codes import DocumentStatus, EpisodeStatus, RentDebtStage, Service
from astu_protocol.service_day import day_start, service_today


@dataclass(frozen=True)
class StoreOverview:
    clients: int
    workers: int
    open_episodes_by_service: dict[Service, int]
    visits_last_30_days: int
    drafts: int
    signed_documents: int
    open_rent_debt_follow_ups: int
    tenancy_endings_this_year: int
    changes_waiting_to_sync: int
    access_log_entries: int


def store_overview(session: Session, today: date | None = None) -> StoreOverview:
    today = today or service_today()
    since = day_start(today - timedelta(days=30))
    year_start = date(today.year, 1, 1)
    return StoreOverview(
        clients=_count(session, Client, Client.deleted_at.is_(None)),
        workers=_count(session, Worker, Worker.deleted_at.is_(None)),
        open_episodes_by_service=_open_episodes(session),
        visits_last_30_days=_count(
            session, HomeVisit, HomeVisit.visited_at >= since, HomeVisit.deleted_at.is_(None)
        ),
        drafts=_count(session, FormDocument, FormDocument.status == DocumentStatus.DRAFT),
        signed_documents=_count(
            session, FormDocument, FormDocument.status == DocumentStatus.SIGNED
        ),
        open_rent_debt_follow_ups=_count(
            session, RentDebtFollowUp, RentDebtFollowUp.stage != RentDebtStage.ENDED
        ),
        tenancy_endings_this_year=_count(
            session, TenancyEnding, TenancyEnding.ended_on >= year_start
        ),
        changes_waiting_to_sync=_count(session, OutboxChange),
        access_log_entries=_count(session, AccessLogEntry),
    )


def _count(session: Session, model: type, *conditions: object) -> int:
    statement = select(func.count()).select_from(model).where(*conditions)  # type: ignore[arg-type]
    return int(session.scalar(statement) or 0)


def _open_episodes(session: Session) -> dict[Service, int]:
    statement = (
        select(ServiceEpisode.service, func.count())
        .where(ServiceEpisode.status != EpisodeStatus.ENDED, ServiceEpisode.deleted_at.is_(None))
        .group_by(ServiceEpisode.service)
    )
    return {Service(service): int(count) for service, count in session.execute(statement)}
