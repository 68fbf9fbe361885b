"""Three facts about a client that every view shows, each defined once, here.

The caseload, the record (header and form tabs), the team overview, the statistics,
the case summary and the form PDFs all read these expressions, so they cannot
disagree about them:

- **Responsible worker** (vastuutyöntekijä): the responsible worker of the client's
  *responsible episode*, which is, among the client's open (not ended), live episodes
  that name a responsible worker, the first by service in the order of
  `RESPONSIBLE_SERVICES` (outreach, whose worker supports the whole tenancy, before
  home rehabilitation, the rent-debt follow-up and the SAS assessment), and within a
  service the one started most recently; on the same start day the one created last
  (episode ids are uuid7, so they order by creation). Episodes without a named worker
  never make one. Each episode keeps its own worker (the Episodes tab lists them);
  only this one is "the" responsible worker.
- **Current version of a form** (voimassa oleva versio): the client's latest *signed*,
  live document of the form that no live signed amendment supersedes; latest by
  document date, then version number, then creation. A draft (a new document or an
  amendment being written) is never the current version: it is shown as a draft.
- **Plan review date**: the review date of the current version of the service plan
  (the date signing fixed, `documents.service_plan_review_due`); no signed plan, no
  review date.

Every fact is a correlated scalar subquery over a client id column, so a list asks it
one index lookup per row it shows, and set-wise helpers wrap the same expression.
Functions take the caller's session and never commit.

Building these expressions (aliases within aliases) costs more Python than running
them; the statements a caseload page runs for each new page are built once, with
the page's client ids as an expanding parameter (`CLIENT_IDS`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, exists, or_, select
from sqlalchemy.orm import Session, aliased

from astu_desktop.models import FormDocument, ServiceEpisode, Worker
from astu_protocol.codes import DocumentStatus, EpisodeStatus, FormKey, Service

_CHUNK = 500  # well under SQLite's limit of bound parameters per statement
CLIENT_IDS = "client_ids"  # the expanding parameter of the statements built once
RESPONSIBLE_SERVICES = (
    Service.OUTREACH,
    Service.HOME_REHABILITATION,
    Service.RENT_DEBT,
    Service.SAS_ASSESSMENT,
)


# -- the responsible worker ------------------------------------------------------------


def _open_episode(episode: Any, as_of: date | None) -> list[ColumnElement[bool]]:
    """Open today (not ended), or, for a figure as of a past day, ongoing on that day."""
    live = [episode.deleted_at.is_(None), episode.responsible_worker_id.is_not(None)]
    if as_of is None:
        return [*live, episode.status != EpisodeStatus.ENDED]
    return [
        *live,
        episode.start_date <= as_of,
        or_(episode.end_date.is_(None), episode.end_date > as_of),
    ]


def _service_rank(service: Any) -> Any:
    ranks = {value: rank for rank, value in enumerate(RESPONSIBLE_SERVICES)}
    return case(ranks, value=service, else_=len(ranks))


def responsible_episode_id(client_id: Any, as_of: date | None = None) -> Any:
    """The id of the client's responsible episode (see the module docstring), or NULL."""
    episode = aliased(ServiceEpisode)
    return (
        select(episode.id)
        .where(episode.client_id == client_id, *_open_episode(episode, as_of))
        .order_by(_service_rank(episode.service), episode.start_date.desc(), episode.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def responsible_worker_id(client_id: Any, as_of: date | None = None) -> Any:
    """The id of the client's responsible worker, or NULL when no open episode names one."""
    episode = aliased(ServiceEpisode)
    return (
        select(episode.responsible_worker_id)
        .where(
            episode.client_id == client_id,  # each level correlates with the one around it
            episode.id == responsible_episode_id(episode.client_id, as_of),
        )
        .scalar_subquery()
    )


def responsible_worker_names(session: Session, client_ids: Iterable[str]) -> dict[str, str]:
    """Client id -> the responsible worker's name, for the clients that have one."""
    wanted = list(dict.fromkeys(client_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = {CLIENT_IDS: wanted[start : start + _CHUNK]}
        rows = session.execute(_responsible_worker_names(), chunk)
        found.update((client_id, name) for client_id, name in rows)
    return found


@functools.cache
def _responsible_worker_names() -> Select[str, str]:
    episode = ServiceEpisode
    return (
        select(episode.client_id, Worker.full_name)
        .join(Worker, Worker.id == episode.responsible_worker_id)
        .where(
            episode.client_id.in_(bindparam(CLIENT_IDS, expanding=True)),
            episode.id == responsible_episode_id(episode.client_id),
        )
    )


# -- the current version of a form -----------------------------------------------------


def _current_candidates(document: Any, as_of: date | None) -> list[ColumnElement[bool]]:
    amendment = aliased(FormDocument)
    superseding = [
        amendment.supersedes_id == document.id,
        amendment.status == DocumentStatus.SIGNED,
        amendment.deleted_at.is_(None),
    ]
    if as_of is not None:
        superseding.append(amendment.document_date <= as_of)
    found = [
        document.status == DocumentStatus.SIGNED,
        document.deleted_at.is_(None),
        ~exists().where(and_(*superseding)),
    ]
    if as_of is not None:
        found.append(document.document_date <= as_of)
    return found


def current_document_id(client_id: Any, form_key: Any, as_of: date | None = None) -> Any:
    """The id of the client's current (latest signed, not superseded) document of a form.

    With `as_of`, the current version as it stood on that day (for past figures).
    """
    document = aliased(FormDocument)
    return (
        select(document.id)
        .where(
            document.client_id == client_id,
            document.form_key == form_key,
            *_current_candidates(document, as_of),
        )
        .order_by(document.document_date.desc(), document.version_no.desc(), document.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def current_document(session: Session, client_id: str, form_key: FormKey) -> FormDocument | None:
    """The current version itself; None while the form has no signed document."""
    statement = select(FormDocument).where(
        FormDocument.id == current_document_id(client_id, form_key)
    )
    return session.scalars(statement).first()


def current_document_ids(session: Session, client_id: str) -> dict[FormKey, str]:
    """Form -> id of the client's current version, for every form that has one."""
    statement = select(FormDocument.form_key, FormDocument.id).where(
        FormDocument.client_id == client_id,
        FormDocument.id == current_document_id(client_id, FormDocument.form_key),
    )
    return {FormKey(key): document_id for key, document_id in session.execute(statement)}


def open_draft(session: Session, client_id: str, form_key: FormKey) -> FormDocument | None:
    """The client's newest live, unsigned document of a form (what "continue" opens)."""
    statement = (
        select(FormDocument)
        .where(
            FormDocument.client_id == client_id,
            FormDocument.form_key == form_key,
            FormDocument.status == DocumentStatus.DRAFT,
            FormDocument.deleted_at.is_(None),
        )
        .order_by(
            FormDocument.document_date.desc(),
            FormDocument.version_no.desc(),
            FormDocument.id.desc(),
        )
        .limit(1)
    )
    return session.scalars(statement).first()


# -- the plan review date -------------------------------------------------------------


def plan_review_due(client_id: Any, as_of: date | None = None) -> Any:
    """The client's plan review date (of the current signed service plan), or NULL."""
    plan = aliased(FormDocument)
    return (
        select(plan.review_due)
        .where(
            plan.client_id == client_id,  # each level correlates with the one around it
            plan.id == current_document_id(plan.client_id, FormKey.SERVICE_PLAN, as_of),
        )
        .scalar_subquery()
    )


def plan_review_dues(as_of: date | None = None) -> Select[str, date | None]:
    """(client_id, review_due) of every client with a current signed service plan."""
    plan = FormDocument
    return select(plan.client_id, plan.review_due.label("review_due")).where(
        plan.form_key == FormKey.SERVICE_PLAN,
        plan.id == current_document_id(plan.client_id, FormKey.SERVICE_PLAN, as_of),
    )


@functools.cache
def plan_review_dues_of_clients() -> Select[str, date | None]:
    """`plan_review_dues()` of the clients bound to `CLIENT_IDS` (built once)."""
    return plan_review_dues().where(
        FormDocument.client_id.in_(bindparam(CLIENT_IDS, expanding=True))
    )
