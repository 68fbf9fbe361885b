"""Fixtures of the client-record tests: one client of `caseload_store` with a full history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from sqlalchemy import select

from astu_desktop.models import (
    Client,
    FormDocument,
    HomeVisit,
    Instalment,
    Placement,
    RentDebtFollowUp,
    RentPayment,
    VisitWorker,
    Worker,
)
from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.record import ClientRecordWindow
from astu_protocol.codes import DocumentStatus, FormKey, HousingType, RentDebtStage, VisitKind
from tests.gui.conftest import _OFFSCREEN_ONLY
from tests.support import helsinki_today

LOAD_TIMEOUT_MS = 10_000
TODAY = helsinki_today()
MOVED_IN = TODAY - timedelta(days=200)
# The living-skills scores of the two checks, oldest first (the other areas unscored).
CHECKS = (
    (TODAY - timedelta(days=150), {"hygiene_score": 2, "food_score": 3, "safety_score": 4}),
    (TODAY - timedelta(days=20), {"hygiene_score": 4, "food_score": 3, "safety_score": 5}),
)
_OFFSCREEN_RAISE = r"^This plugin does not support raise\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            ignored = pytest.mark.qt_log_ignore(_OFFSCREEN_ONLY, _OFFSCREEN_RAISE, extend=True)
            item.add_marker(ignored, append=False)  # pytest-qt reads the first marker only


@dataclass(frozen=True)
class RecordClient:
    client_id: str
    placement_id: str
    me: str


@pytest.fixture
def record_client(caseload_store: CaseStore) -> RecordClient:
    """Anna Aalto: housed, a signed plan, two living-skills checks, a rent debt, a visit."""
    with caseload_store.session() as s, s.begin():
        client = s.scalars(select(Client).where(Client.last_name == "Aalto")).one()
        me = s.scalars(select(Worker).where(Worker.username == "outi")).one()
        placement = Placement(
            client_id=client.id,
            housing_type=HousingType.SMALL_APARTMENT,
            street_address="Vaasankatu 7 A 3",
            postal_code="00500",
            landlord="Helsingin kaupunki, Asuntoyksikkö",
            move_in_on=MOVED_IN,
        )
        s.add(placement)
        s.flush()
        _document(s, client.id, FormKey.ASSESSMENT_INTERVIEW, MOVED_IN - timedelta(days=60), {})
        review_due = MOVED_IN + timedelta(days=190)
        _document(s, client.id, FormKey.SERVICE_PLAN, MOVED_IN + timedelta(days=10), {}, review_due)
        for on, scores in CHECKS:
            _document(s, client.id, FormKey.LIVING_SKILLS_CHECK, on, scores)
        _rent_debt(s, client.id, placement.id)
        visit = HomeVisit(
            client_id=client.id,
            visited_at=datetime.combine(TODAY - timedelta(days=3), datetime.min.time(), UTC)
            + timedelta(hours=9),
            kind=VisitKind.HOME_VISIT,
            notes="Asunto siisti, vuokra maksettu.",
        )
        s.add(visit)
        s.flush()
        s.add(VisitWorker(visit_id=visit.id, worker_id=me.id))
        return RecordClient(client.id, placement.id, me.id)


def _document(
    s, client_id: str, key: FormKey, on: date, answers: dict, review_due: date | None = None
) -> FormDocument:
    document = FormDocument(
        client_id=client_id,
        form_key=key,
        form_version=1,
        answers=answers,
        status=DocumentStatus.SIGNED,
        document_date=on,
        signed_at=datetime.combine(on, datetime.min.time(), UTC),
        review_due=review_due,
    )
    s.add(document)
    s.flush()
    return document


def _rent_debt(s, client_id: str, placement_id: str) -> None:
    """900 € in three instalments; the first paid, the second overdue."""
    follow_up = RentDebtFollowUp(
        client_id=client_id,
        placement_id=placement_id,
        started_on=TODAY - timedelta(days=75),
        debt_at_start_cents=90000,
        stage=RentDebtStage.WORK,
        plan_agreed_on=TODAY - timedelta(days=70),
    )
    s.add(follow_up)
    s.flush()
    for days in (60, 30, -5):
        due = TODAY - timedelta(days=days)
        s.add(Instalment(follow_up_id=follow_up.id, due_on=due, amount_cents=30000))
    s.add(
        RentPayment(
            follow_up_id=follow_up.id, paid_on=TODAY - timedelta(days=58), amount_cents=30000
        )
    )


OpenRecord = Callable[..., ClientRecordWindow]


@pytest.fixture
def open_record(qtbot, runner, translations, caseload_store) -> Iterator[OpenRecord]:
    opened: list[ClientRecordWindow] = []

    def opener(client_id: str) -> ClientRecordWindow:
        window = ClientRecordWindow(caseload_store, client_id, runner)
        opened.append(window)
        with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
            window.open()
        return window

    yield opener
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
    runner.wait_until_idle()
