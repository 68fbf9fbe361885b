"""Printing: the case summary PDF of a client with two years of history, and the yearly
statistics PDF on a 10,000-client store.

Goals: case summary <= 200 ms, yearly statistics PDF <= 2 s (p95, the work a user waits
for after pressing Save: reading the store and laying out the PDF). Each is shown next
to a baseline measured in the same run on the same store, so a slow machine shows as
itself and not as a regression: the case summary against opening the client record
(the same reads the record window does), the statistics PDF against the store
overview of `astu-desktop stats`.

The store is a copy of the run's seeded store (bench/template.py); set
ASTU_REPORT_BENCH_CLIENTS for a smaller one.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from astu_desktop.models import FormDocument, HomeVisit, ServiceEpisode
from astu_desktop.reports.case_summary_pdf import case_summary_pdf
from astu_desktop.reports.statistics_pdf import statistics_pdf
from astu_desktop.services.case_summary import case_summary
from astu_desktop.services.client_record import load_client_record
from astu_desktop.services.overview import store_overview
from astu_desktop.services.statistics import year_statistics
from astu_desktop.store.casestore import CaseStore
from astu_protocol.service_day import service_today
from bench.template import PASSPHRASE, seeded_copy

CLIENTS = int(os.environ.get("ASTU_REPORT_BENCH_CLIENTS", "10000"))
SUMMARY_GOAL_MS = 200.0
STATISTICS_GOAL_MS = 2000.0
SUMMARY_ROUNDS = 30
STATISTICS_ROUNDS = 7
TODAY = service_today()


def build_store(folder: Path) -> CaseStore:
    path, _seeded = seeded_copy(folder / "cases", CLIENTS, TODAY)
    return CaseStore.unlock(path, PASSPHRASE)


def two_year_client(store: CaseStore) -> tuple[str, int, int]:
    """The client with the most visits among those whose first episode is 2+ years old."""
    with store.session() as session:
        first = func.min(ServiceEpisode.start_date)
        old = (
            select(ServiceEpisode.client_id)
            .group_by(ServiceEpisode.client_id)
            .having(first <= date(TODAY.year - 2, TODAY.month, min(TODAY.day, 28)))
        )
        visits = func.count(HomeVisit.id)
        row = session.execute(
            select(HomeVisit.client_id, visits)
            .where(HomeVisit.client_id.in_(old))
            .group_by(HomeVisit.client_id)
            .order_by(visits.desc(), HomeVisit.client_id)
            .limit(1)
        ).one()
        documents = session.scalar(select(func.count()).where(FormDocument.client_id == row[0]))
        return str(row[0]), int(row[1]), int(documents or 0)


def timings_ms(work: Callable[[], object], rounds: int) -> list[float]:
    work()  # the first call warms SQLite's page cache and ReportLab's fonts
    found = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        found.append((time.perf_counter() - started) * 1000)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="astu-report-bench-") as folder:
        store = build_store(Path(folder))
        try:
            measure(store)
        finally:
            store.lock()


def measure(store: CaseStore) -> None:
    client_id, visits, documents = two_year_client(store)
    year = TODAY.year - 1

    def record() -> object:
        with store.session() as session:
            return load_client_record(session, client_id, TODAY)

    def summary() -> bytes:
        with store.session() as session:
            return case_summary_pdf(case_summary(session, client_id, TODAY), "fi")

    def overview() -> object:
        with store.session() as session:
            return store_overview(session, TODAY)

    def report() -> bytes:
        with store.session() as session:
            return statistics_pdf(year_statistics(session, year, TODAY), "fi")

    results = [
        (
            f"case summary PDF ({visits} visits, {documents} documents)",
            timings_ms(summary, SUMMARY_ROUNDS),
            SUMMARY_GOAL_MS,
            timings_ms(record, SUMMARY_ROUNDS),
            "opening the record",
        ),
        (
            f"yearly statistics PDF {year}, {CLIENTS:,} clients",
            timings_ms(report, STATISTICS_ROUNDS),
            STATISTICS_GOAL_MS,
            timings_ms(overview, STATISTICS_ROUNDS),
            "store overview",
        ),
    ]
    print(f"\n{'(ms)':52} {'p50':>7} {'p95':>7} {'goal':>6}  verdict   baseline p95   ratio")
    for label, timings, goal, baseline, baseline_name in results:
        p95, base = percentile(timings, 0.95), percentile(baseline, 0.95)
        verdict = "meets" if p95 <= goal else "misses"
        print(
            f"{label:52} {percentile(timings, 0.5):7.1f} {p95:7.1f} {goal:6.0f}  {verdict:8}  "
            f"{base:8.1f} ({baseline_name})  {p95 / base:5.2f}"
        )
