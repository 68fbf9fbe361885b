"""Home visits and other contacts, with notes, pair work and living-skills checks;
the next visit of each open episode booked."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from astu_desktop.models import (
    BookedVisit,
    BookedVisitWorker,
    FormDocument,
    HomeVisit,
    ServiceEpisode,
    VisitWorker,
)
from astu_desktop.models.base import new_id
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
from astu_desktop.services.seed.story import VISIT_HISTORY_DAYS, Story
from astu_protocol.codes import BookingStatus, FormKey, VisitKind
from astu_protocol.service_day import at_helsinki, service_day

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
    visited = first
    while day <= last:
        kind = weighted(story.rng, VISIT_KIND_WEIGHTS)
        check = kind == VisitKind.HOME_VISIT and day >= check_due
        add_visit(story, day, worker, kind, living_skills=check)
        if check:
            check_due = day + story.days(150, 210)
        visited = day
        day += timedelta(days=max(3, interval + story.rng.randint(-3, 5)))
    if episode.end_date is None:
        book_next_visit(story, worker, visited + timedelta(days=interval))


def book_next_visit(story: Story, worker_id: str, due: date) -> None:
    """The next visit booked around when it is due; about one in ten was missed (overdue).

    Drawn from a generator of its own, so the bookings leave every other draw of the
    client's story as it was.
    """
    rng = random.Random(f"{story.client.hetu}:booking")
    if rng.random() < 0.1:
        day = story.today - timedelta(days=rng.randint(1, 6))
    else:
        day = max(due, story.today) + timedelta(days=rng.randint(0, 6))
    starts_at = _working_hours(story, day, rng)
    if service_day(starts_at) < story.today and day >= story.today:
        starts_at += timedelta(days=7)  # a weekend moved back to Friday: the next week then
    booking = BookedVisit(
        id=new_id(),
        client_id=story.client.id,
        starts_at=starts_at,
        duration_minutes=rng.choice((45, 60, 60, 90)),
        status=BookingStatus.BOOKED,
        booked_by_id=worker_id,
    )
    story.batch.add(booking)
    story.batch.add(BookedVisitWorker(id=new_id(), booking_id=booking.id, worker_id=worker_id))


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


def _working_hours(story: Story, day: date, rng: random.Random | None = None) -> datetime:
    """A weekday (weekends move to Friday), 8-15 o'clock Helsinki time, stored in UTC."""
    rng = rng or story.rng
    weekday = day.weekday()
    if weekday >= 5:
        day -= timedelta(days=weekday - 4)
    moment = time(rng.randint(8, 15), rng.choice((0, 15, 30, 45)))
    return at_helsinki(day, moment)
