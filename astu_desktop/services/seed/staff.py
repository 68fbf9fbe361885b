"""Teams and workers, and who of them is made responsible for a client."""

from __future__ import annotations

import math
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from astu_desktop.models import Team, Worker
from astu_desktop.models.base import new_id
from astu_desktop.services.seed.data.housing import OUTREACH_AREAS
from astu_desktop.services.seed.data.people import NAME_POOLS, WORKER_LANGUAGE_WEIGHTS
from astu_desktop.services.seed.data.staff import (
    SAS_AREAS,
    TEAM_KIND_CYCLE,
    TEAM_NAMES,
    TEAM_TITLES,
    WORKER_TITLES,
)
from astu_desktop.services.seed.draws import first_name, last_name, weighted
from astu_protocol.codes import Role

CLIENTS_PER_WORKER = 25
MIN_WORKERS = 4
# A team is a lead and about seven field workers (a team per 40 clients, with a worker per
# 25 clients, would leave most teams with a lead and nobody else).
WORKERS_PER_TEAM = 8
MIN_TEAMS = 2


@dataclass(frozen=True)
class TeamPlan:
    name: str
    kind: str  # sas, outreach, rent_debt or home_rehabilitation
    area: str | None


@dataclass(frozen=True)
class StaffMember:
    id: str
    team_id: str
    kind: str
    area: str | None
    role: Role


class Staff:
    """Who can be made responsible for what; picks draw from the caller's generator."""

    def __init__(self, members: list[StaffMember], team_count: int) -> None:
        self.members = members
        self.team_count = team_count
        self.field_workers = [m for m in members if m.role == Role.FIELD_WORKER] or members
        self._candidates: dict[tuple[str, str | None], list[str]] = {}
        self._teammates: dict[str, list[str]] = {}
        for member in members:
            self._teammates.setdefault(member.team_id, []).append(member.id)
        self._team_of = {member.id: member.team_id for member in members}

    def pick(self, rng: random.Random, kind: str, area: str | None = None) -> str:
        key = (kind, area)
        if key not in self._candidates:
            self._candidates[key] = self._find(kind, area)
        return rng.choice(self._candidates[key])

    def colleague(self, rng: random.Random, worker_id: str) -> str:
        """A pair-work partner: someone from the same team, or any field worker."""
        mates = [m for m in self._teammates[self._team_of[worker_id]] if m != worker_id]
        return rng.choice(mates or [m.id for m in self.field_workers])

    def busiest_field_worker(self, caseload: Counter[str]) -> str:
        outreach = [m for m in self.field_workers if m.kind == "outreach"] or self.field_workers
        return max(outreach, key=lambda member: caseload[member.id]).id

    def _find(self, kind: str, area: str | None) -> list[str]:
        same_kind = [m for m in self.field_workers if m.kind == kind]
        same_area = [m.id for m in same_kind if m.area == area]
        return same_area or [m.id for m in same_kind] or [m.id for m in self.field_workers]


def create_staff(session: Session, rng: random.Random, clients: int, usernames: set[str]) -> Staff:
    """Teams first (workers point at them); the first worker of each team leads it."""
    worker_count = max(MIN_WORKERS, round(clients / CLIENTS_PER_WORKER))
    plans = _team_plans(max(MIN_TEAMS, math.ceil(worker_count / WORKERS_PER_TEAM)))
    teams = [Team(id=new_id(), name=plan.name) for plan in plans]
    session.add_all(teams)
    session.flush()
    workers: list[Worker] = []
    members: list[StaffMember] = []
    for index in range(worker_count):
        plan, team = plans[index % len(plans)], teams[index % len(plans)]
        role = Role.TEAM_LEAD if index < len(plans) else Role.FIELD_WORKER
        worker = _new_worker(rng, role, plan, team.id, usernames)
        workers.append(worker)
        members.append(StaffMember(worker.id, team.id, plan.kind, plan.area, role))
    session.add_all(workers)
    session.flush()
    return Staff(members, len(teams))


def _team_plans(count: int) -> list[TeamPlan]:
    seen: Counter[str] = Counter()
    plans = []
    for index in range(count):
        kind = TEAM_KIND_CYCLE[index % len(TEAM_KIND_CYCLE)]
        seen[kind] += 1
        plans.append(_team_plan(kind, seen[kind]))
    return plans


def _team_plan(kind: str, nth: int) -> TeamPlan:
    """E.g. "Lähityö Itä 1", "SAS-arviointi Keskusta", "Vuokravelkatiimi"."""
    areas = len(OUTREACH_AREAS)
    if kind == "outreach":
        area = OUTREACH_AREAS[(nth - 1) % areas]
        return TeamPlan(f"Lähityö {area} {(nth - 1) // areas + 1}", kind, area)
    if kind == "sas":
        area = SAS_AREAS[(nth - 1) % len(SAS_AREAS)]
        return TeamPlan(_numbered(f"SAS-arviointi {area}", (nth - 1) // 4 + 1), kind, area)
    return TeamPlan(_numbered(TEAM_NAMES[kind], nth), kind, None)


def _numbered(name: str, nth: int) -> str:
    return name if nth == 1 else f"{name} {nth}"


def _new_worker(
    rng: random.Random, role: Role, plan: TeamPlan, team_id: str, usernames: set[str]
) -> Worker:
    pool = NAME_POOLS[weighted(rng, WORKER_LANGUAGE_WEIGHTS)]
    female = rng.random() < 0.75  # social work is a mostly female profession
    first, last = first_name(rng, pool, female), last_name(rng, pool, female)
    lead = role == Role.TEAM_LEAD
    return Worker(
        id=new_id(),
        username=_unique_username(first, last, usernames),
        full_name=f"{first} {last}",
        role=role,
        team_id=team_id,
        title=TEAM_TITLES["lead"] if lead else rng.choice(WORKER_TITLES[plan.kind]),
        phone=f"09 310 {rng.randint(10000, 99999)}",
    )


def _unique_username(first: str, last: str, taken: set[str]) -> str:
    base = f"{_ascii(first)}.{_ascii(last)}"
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}{number}"
    taken.add(name)
    return name


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if (c.isascii() and c.isalnum()) or c == "-")
