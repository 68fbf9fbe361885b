"""Home visits and other contacts, with notes, pair work and living-skills checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from astu_desktop.models import FormDocument, HomeVisit, ServiceEpisode, VisitWorker
from astu_desktop.models.base import new_id
from astu_desktop.models.codes import FormKey, VisitKind
from astu_desktop.services.documents import add_months
from astu_desktop.services.seed.data.visits import (
    OTHERS_PRESENT,
    VISIT_DURATIONS,
    VISIT_KIND_WEIGHTS,
    VISIT_NEXT_STEPS,
    VISIT_OBSERVATIONS,
    VISIT_OPENINGS,
    VISIT_TOPICS,
)
from astu_desktop.services.seed.documents import add_document
from astu_desktop.services.seed.draws import weighted
from astu_desktop.services.seed.story import HELSINKI, VISIT_HISTORY_DAYS, Story

_PAIR_WORK = frozenset({VisitKind.HOME_VISIT, VisitKind.NOT_AT_HOME, VisitKind.JOINT_VISIT})


def add_support_visits(story: Story, episode: ServiceEpisode, interval: int) -> None:
    """Visits every `interval` days or so; a living-skills check about twice a year."""
    worker = episode.responsible_worker_id
    first = max(episode.start_date, story.today - timedelta(days=VISIT_HISTORY_DAYS))
    last = min(episode.end_date or story.today, story.today - timedelta(days=1))
    if worker is None or first > last:
        return
    check_due = _first_check_due(story, episode, first)
    day = first + story.days(0, interval)
    while day <= last:
        kind = weighted(story.rng, VISIT_KIND_WEIGHTS)
        check = kind == VisitKind.HOME_VISIT and day >= check_due
        add_visit(story, day, worker, kind, living_skills=check)
        if check:
            check_due = day + story.days(150, 210)
        day += timedelta(days=max(3, interval + story.rng.randint(-3, 5)))


def add_visit(
    story: Story, day: date, worker_id: str, kind: VisitKind, *, living_skills: bool = False
) -> None:
    workers = _visit_workers(story, worker_id, kind)
    document = _living_skills_check(story, day, worker_id) if living_skills else None
    low, high = VISIT_DURATIONS.get(kind, (30, 120))
    visit = HomeVisit(
        id=new_id(),
        client_id=story.client.id,
        visited_at=_working_hours(story, day),
        duration_minutes=5 * story.rng.randint(low // 5, high // 5),
        kind=kind,
        others_present=OTHERS_PRESENT.get(kind),
        notes=_visit_note(story, kind, living_skills),
        living_skills_document_id=document.id if document is not None else None,
        recorded_by_id=worker_id,
    )
    story.batch.add(visit)
    for worker in dict.fromkeys(workers):
        story.batch.add(VisitWorker(id=new_id(), visit_id=visit.id, worker_id=worker))


def _first_check_due(story: Story, episode: ServiceEpisode, first_visit: date) -> date:
    """A month or two into the episode, then every half year; half-years before `first_visit`
    are skipped."""
    check_due = episode.start_date + story.days(30, 60)
    while check_due + timedelta(days=180) < first_visit:
        check_due += timedelta(days=180)
    return check_due


def _visit_workers(story: Story, worker_id: str, kind: VisitKind) -> list[str]:
    """About a third of the visits in person are pair work with a colleague."""
    workers = [worker_id]
    if kind in _PAIR_WORK and story.rng.random() < 0.35:
        workers.append(story.ctx.staff.colleague(story.rng, worker_id))
    return workers


def _living_skills_check(story: Story, day: date, worker_id: str) -> FormDocument | None:
    facts = {"next_check_date": add_months(day, 6).isoformat()}
    return add_document(story, FormKey.LIVING_SKILLS_CHECK, day, worker_id, facts=facts)


def _visit_note(story: Story, kind: VisitKind, living_skills: bool) -> str:
    """A few sentences from fragments: opening, what was seen, what was done, next step."""
    rng = story.rng
    parts = [rng.choice(VISIT_OPENINGS[kind])]
    if kind == VisitKind.NOT_AT_HOME:
        return parts[0]
    if kind in (VisitKind.HOME_VISIT, VisitKind.JOINT_VISIT):
        parts.append(rng.choice(VISIT_OBSERVATIONS))
    parts += rng.sample(VISIT_TOPICS, rng.randint(1, 2))
    if living_skills:
        parts.append("Tehtiin asumistaitojen kartoitus yhdessä asiakkaan kanssa.")
    parts.append(rng.choice(VISIT_NEXT_STEPS))
    return " ".join(parts)


def _working_hours(story: Story, day: date) -> datetime:
    """A weekday (weekends move to Friday), 8-15 o'clock Helsinki time, stored in UTC."""
    weekday = day.weekday()
    if weekday >= 5:
        day -= timedelta(days=weekday - 4)
    moment = time(story.rng.randint(8, 15), story.rng.choice((0, 15, 30, 45)))
    return datetime.combine(day, moment, tzinfo=HELSINKI).astimezone(UTC)
