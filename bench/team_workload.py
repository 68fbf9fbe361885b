"""The team overview on a 10,000-client store: every figure and every list behind one.

The store is a copy of the run's seeded store (bench/template.py; the seeder
makes a worker per 25 clients, so about 400 workers: more than ASTU's 236, a harder
case). Then, on the team with the most clients, each part of the overview is timed
(median and worst of several runs, goal <= 300 ms each): the per-worker figures, the
team row, the two chart series, and the drill-down list of every figure (client ids in
name order and the first page of rows, as the lazy list shows it) for the busiest worker
and for the whole team. The figures of every worker at once (all teams, which no screen
shows) are timed last, apart from the goal.

The baseline, measured in the same run, is what a worker's own caseload screen does:
the caseload ids of the busiest worker and the rows of the first page.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from astu_desktop.models import ServiceEpisode, Worker
from astu_desktop.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from astu_desktop.services.team_overview import (
    Cell,
    Measure,
    OverviewQuery,
    drill_down,
    team_figures,
    team_total,
)
from astu_desktop.services.team_trends import home_visits_per_week, rent_debt_by_month
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import EpisodeStatus, Service
from astu_protocol.service_day import service_today
from bench.template import PASSPHRASE, seeded_copy

CLIENTS = int(os.environ.get("ASTU_TEAM_BENCH_CLIENTS", "10000"))
RUNS = 7
GOAL_MS = 300.0
TODAY = service_today()  # the day the run's seeded store was seeded around
PAGE = 50


def build_store(folder: Path) -> CaseStore:
    path, _seeded = seeded_copy(folder, CLIENTS, TODAY)
    return CaseStore.unlock(path, PASSPHRASE)


def busiest(session: Session) -> tuple[str, str]:
    """The team with the most open episodes, and its busiest worker."""
    count = func.count(ServiceEpisode.id)
    worker_id, team_id = session.execute(
        select(ServiceEpisode.responsible_worker_id, Worker.team_id)
        .join(Worker, Worker.id == ServiceEpisode.responsible_worker_id)
        .where(ServiceEpisode.status != EpisodeStatus.ENDED)
        .group_by(ServiceEpisode.responsible_worker_id, Worker.team_id)
        .order_by(count.desc())
        .limit(1)
    ).one()
    return str(team_id), str(worker_id)


def timed(store: CaseStore, work: Callable[[Session], object]) -> tuple[float, float]:
    """Median and worst milliseconds of RUNS runs, each in a fresh session."""
    times = []
    for _ in range(RUNS):
        with store.session() as session:
            started = time.perf_counter()
            work(session)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def cells() -> list[Cell]:
    return [
        Cell(Measure.CLIENTS),
        *(Cell(Measure.CLIENTS, service) for service in Service),
        *(Cell(measure) for measure in Measure if measure is not Measure.CLIENTS),
    ]


def listed(query: OverviewQuery, cell: Cell, worker_id: str | None) -> Callable[[Session], object]:
    """A drill-down as the window shows it: the ids in name order, then the first page."""

    def work(session: Session) -> object:
        return caseload_rows(session, drill_down(session, query, cell, worker_id)[:PAGE], TODAY)

    return work


def main() -> None:
    kept = os.environ.get("ASTU_TEAM_BENCH_STORE")  # a folder to keep the store in between runs
    if kept:
        run_on(Path(kept))
        return
    with tempfile.TemporaryDirectory(prefix="astu-team-bench-") as folder:
        run_on(Path(folder))


def run_on(folder: Path) -> None:
    if (folder / "astu.db").exists():
        print(f"reusing the store in {folder}", flush=True)
        store = CaseStore.unlock(folder / "astu.db", PASSPHRASE)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        store = build_store(folder)
    try:
        report(store)
    finally:
        store.lock()


def report(store: CaseStore) -> None:
    with store.session() as session:
        team_id, worker_id = busiest(session)
        workers = session.scalar(select(func.count(Worker.id))) or 0
        team_size = session.scalar(select(func.count(Worker.id)).where(Worker.team_id == team_id))
    query = OverviewQuery(team_id, TODAY)
    everyone = OverviewQuery(None, TODAY)

    def baseline(session: Session) -> object:
        ids = caseload_ids(session, CaseloadQuery(worker_id=worker_id, today=TODAY))
        return caseload_rows(session, ids[:PAGE], TODAY)

    base, _ = timed(store, baseline)
    print(f"{CLIENTS:,} clients, {workers} workers; the team shown has {team_size} workers")
    print(f"baseline: a worker's caseload (ids + first page) {base:7.1f} ms")
    print(f"{'operation':52} {'median ms':>9} {'worst ms':>9} {'ratio':>6}  goal <= {GOAL_MS:.0f}")
    operations: list[tuple[str, Callable[[Session], object]]] = [
        ("figures of every worker of the team", lambda s: team_figures(s, query)),
        ("the team row", lambda s: team_total(s, query)),
        ("home visits per week (chart)", lambda s: home_visits_per_week(s, team_id, TODAY)),
        ("rent debt by month (chart)", lambda s: rent_debt_by_month(s, team_id, TODAY)),
    ]
    for cell in cells():
        name = cell.measure.value + (f"/{cell.service.value}" if cell.service else "")
        operations.append((f"list: {name}, busiest worker", listed(query, cell, worker_id)))
        operations.append((f"list: {name}, whole team", listed(query, cell, None)))
    misses = 0
    for name, work in operations:
        median, worst = timed(store, work)
        verdict = "ok" if worst <= GOAL_MS else "MISS"
        misses += verdict == "MISS"
        print(f"{name:52} {median:9.1f} {worst:9.1f} {median / base:6.2f}  {verdict}")
    print(f"{len(operations) - misses}/{len(operations)} operations within {GOAL_MS:.0f} ms")
    median, worst = timed(store, lambda s: team_figures(s, everyone))
    print(
        f"not in the app (no screen shows it): every worker of every team at once, "
        f"median {median:.0f} ms, worst {worst:.0f} ms"
    )
