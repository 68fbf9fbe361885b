"""The team overview's figures worked out by hand: plain Python over the ORM rows.

Written from the issue's words, not from services/team_overview.py, so that the tests
compare two independent readings of the same seeded store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from astu_desktop.models import (
    DocumentReview,
    FormDocument,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    VisitWorker,
    Worker,
)
from astu_desktop.services.seed import seed_caseload
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    RentDebtStage,
    Role,
    Service,
    VisitKind,
)
from tests.support import new_store

TODAY = date(2026, 11, 16)
# The service day is Helsinki's: a visit at 00.30 on the 17th is on the 17th, not the 16th.
HELSINKI = ZoneInfo("Europe/Helsinki")
CLIENTS = 150
RANDOM_SEED = 3


def seeded_store(folder: Path) -> CaseStore:
    store = new_store(folder / "astu.db")
    seed_caseload(store, clients=CLIENTS, random_seed=RANDOM_SEED, today=TODAY)
    return store


@dataclass
class Expected:
    """Per worker id: the set of clients behind each figure (and the visit and debt sums)."""

    by_service: dict[str, dict[Service, set[str]]] = field(default_factory=dict)
    clients: dict[str, set[str]] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)
    visited: dict[str, set[str]] = field(default_factory=dict)
    not_visited: dict[str, set[str]] = field(default_factory=dict)
    review_soon: dict[str, set[str]] = field(default_factory=dict)
    review_overdue: dict[str, set[str]] = field(default_factory=dict)
    old_drafts: dict[str, set[str]] = field(default_factory=dict)
    debt_open: dict[str, set[str]] = field(default_factory=dict)
    debt_cents: dict[str, int] = field(default_factory=dict)
    debt_long: dict[str, set[str]] = field(default_factory=dict)
    awaiting_review: dict[str, set[str]] = field(default_factory=dict)


def busiest_team(session: Session) -> str:
    """The team whose field workers hold the most open episodes."""
    counts: dict[str, int] = defaultdict(int)
    workers = {w.id: w for w in session.scalars(select(Worker))}
    for episode in _open_episodes(session):
        worker = workers[episode.responsible_worker_id or ""]
        if worker.team_id is not None:
            counts[worker.team_id] += 1
    return max(counts, key=lambda team: counts[team])


def field_workers(session: Session, team_id: str) -> list[Worker]:
    return [
        w
        for w in session.scalars(select(Worker))
        if w.team_id == team_id and w.role == Role.FIELD_WORKER and w.deleted_at is None
    ]


def expected(session: Session, team_id: str, not_visited_days: int, draft_days: int) -> Expected:
    result = Expected()
    team = {w.id for w in field_workers(session, team_id)}
    for worker_id in team:
        result.by_service[worker_id] = defaultdict(set)
        for name in (
            "clients", "visited", "not_visited", "review_soon", "review_overdue", "old_drafts",
            "debt_open", "debt_long", "awaiting_review",
        ):  # fmt: skip
            getattr(result, name)[worker_id] = set()
        result.visits[worker_id] = 0
        result.debt_cents[worker_id] = 0
    last_visit = _last_visits(session)
    reviews = _review_dates(session)
    unreviewed = _unreviewed_clients(session)
    cutoff = datetime.combine(
        TODAY - timedelta(days=not_visited_days), datetime.min.time(), HELSINKI
    )
    responsible = _responsible_episodes(session)
    for episode in _open_episodes(session):
        worker = episode.responsible_worker_id
        if worker not in team:
            continue
        client = episode.client_id
        result.by_service[worker][episode.service].add(client)
        result.clients[worker].add(client)
        if episode.service in (Service.OUTREACH, Service.HOME_REHABILITATION):
            seen = last_visit.get(client)
            if seen is None or seen < cutoff:
                result.not_visited[worker].add(client)
        if responsible[client] is not episode:
            continue  # the plan and the documents are the client's: its one worker counts them
        if client in unreviewed:
            result.awaiting_review[worker].add(client)
        due = reviews.get(client)
        if due is not None and due < TODAY:
            result.review_overdue[worker].add(client)
        elif due is not None and due <= TODAY + timedelta(days=30):
            result.review_soon[worker].add(client)
    _count_visits(session, team, result)
    for document in session.scalars(select(FormDocument)):
        if (
            document.author_id in team
            and document.status == DocumentStatus.DRAFT
            and document.deleted_at is None
            and (TODAY - document.document_date).days > draft_days
        ):
            result.old_drafts[document.author_id].add(document.client_id)
    _rent_debts(session, team, result)
    return result


def _open_episodes(session: Session) -> Iterator[ServiceEpisode]:
    for episode in session.scalars(select(ServiceEpisode)):
        if (
            episode.status != EpisodeStatus.ENDED
            and episode.deleted_at is None
            and episode.responsible_worker_id is not None
        ):
            yield episode


_SERVICE_ORDER = (
    Service.OUTREACH, Service.HOME_REHABILITATION, Service.RENT_DEBT, Service.SAS_ASSESSMENT,
)  # fmt: skip


def _responsible_episodes(session: Session) -> dict[str, ServiceEpisode]:
    """Per client, the episode whose worker is responsible: first by service, then the
    latest started, then the latest created."""
    found: dict[str, ServiceEpisode] = {}
    for episode in sorted(
        _open_episodes(session),
        key=lambda e: (-_SERVICE_ORDER.index(e.service), e.start_date, e.id),
    ):
        found[episode.client_id] = episode  # the last in this order wins
    return found


def _current_documents(session: Session) -> list[FormDocument]:
    """Per client and form, the latest signed live document no signed amendment supersedes."""
    everything = [d for d in session.scalars(select(FormDocument)) if d.deleted_at is None]
    superseded = {d.supersedes_id for d in everything if d.status == DocumentStatus.SIGNED}
    current: dict[tuple[str, str], FormDocument] = {}
    for d in everything:
        if d.status != DocumentStatus.SIGNED or d.id in superseded:
            continue
        key = (d.client_id, d.form_key)
        held = current.get(key)
        if held is None or (d.document_date, d.version_no, d.id) > (
            held.document_date,
            held.version_no,
            held.id,
        ):
            current[key] = d
    return list(current.values())


def _unreviewed_clients(session: Session) -> set[str]:
    """Clients with an assessment or plan signed in the last 30 days that no lead reviewed."""
    reviewed = {
        r.document_id for r in session.scalars(select(DocumentReview)) if r.deleted_at is None
    }
    first_day = TODAY - timedelta(days=29)
    return {
        d.client_id
        for d in _current_documents(session)
        if d.form_key in (FormKey.ASSESSMENT_INTERVIEW, FormKey.SERVICE_PLAN)
        and d.signed_at is not None
        and d.signed_at.astimezone(HELSINKI).date() >= first_day
        and d.id not in reviewed
    }


def _last_visits(session: Session) -> dict[str, datetime]:
    last: dict[str, datetime] = {}
    for visit in session.scalars(select(HomeVisit)):
        if visit.deleted_at is None and visit.visited_at > last.get(
            visit.client_id, datetime.min.replace(tzinfo=UTC)
        ):
            last[visit.client_id] = visit.visited_at
    return last


def _review_dates(session: Session) -> dict[str, date]:
    """Signing a plan fixes its review date; the current plan's counts."""
    return {
        d.client_id: d.review_due
        for d in _current_documents(session)
        if d.form_key == FormKey.SERVICE_PLAN and d.review_due is not None
    }


def _count_visits(session: Session, team: set[str], result: Expected) -> None:
    visits = {v.id: v for v in session.scalars(select(HomeVisit))}
    first_day = TODAY - timedelta(days=29)
    for present in session.scalars(select(VisitWorker)):
        visit = visits[present.visit_id]
        if (
            present.worker_id in team
            and present.deleted_at is None
            and visit.deleted_at is None
            and visit.kind in (VisitKind.HOME_VISIT, VisitKind.JOINT_VISIT, VisitKind.NOT_AT_HOME)
            and first_day <= visit.visited_at.astimezone(HELSINKI).date() <= TODAY
        ):
            result.visits[present.worker_id] += 1
            result.visited[present.worker_id].add(visit.client_id)


def _rent_debts(session: Session, team: set[str], result: Expected) -> None:
    paid: dict[str, int] = defaultdict(int)
    for payment in session.scalars(select(RentPayment)):
        if payment.deleted_at is None:
            paid[payment.follow_up_id] += payment.amount_cents
    episodes = {e.id: e for e in session.scalars(select(ServiceEpisode))}
    six_months_ago = date(TODAY.year, TODAY.month - 6, TODAY.day)
    for follow_up in session.scalars(select(RentDebtFollowUp)):
        episode = episodes.get(follow_up.episode_id or "")
        if (
            episode is None
            or episode.deleted_at is not None
            or episode.responsible_worker_id not in team
            or follow_up.stage == RentDebtStage.ENDED
            or follow_up.deleted_at is not None
        ):
            continue
        worker = episode.responsible_worker_id
        result.debt_open[worker].add(follow_up.client_id)
        result.debt_cents[worker] += max(follow_up.debt_at_start_cents - paid[follow_up.id], 0)
        if follow_up.started_on < six_months_ago:
            result.debt_long[worker].add(follow_up.client_id)
