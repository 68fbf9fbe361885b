"""The client record read from real stores: hand-built clients and a seeded caseload."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from astu_desktop.models import (
    Client,
    HomeVisit,
    Instalment,
    Placement,
    RentDebtFollowUp,
    RentPayment,
    TenancyEnding,
    VisitWorker,
)
from astu_desktop.services.client_record import load_client_record, open_client_record
from astu_desktop.services.clients import ClientNotFound
from astu_desktop.services.processes import HousingStage
from astu_desktop.services.record_progress import months_between
from astu_desktop.services.record_timeline import TimelineKind
from astu_desktop.services.seed import seed_caseload
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    AccessAction,
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    HousingType,
    PaymentSource,
    RentDebtStage,
    Service,
    TenancyEndReason,
    VisitKind,
)
from tests.unit.services.recordkit import TODAY, People, add_document, add_episode, add_people


@pytest.fixture
def people(store: CaseStore) -> People:
    return add_people(store)


def _record(store: CaseStore, client_id: str, today: date = TODAY):
    with store.session() as s:
        return load_client_record(s, client_id, today)


def _add_history(store: CaseStore, people: People) -> None:
    """Moved in 2024-03-01, outreach since, a visit in pair work, a plan, an old ending."""
    with store.session() as s, s.begin():
        old = Placement(
            client_id=people.client_id,
            housing_type=HousingType.SUPPORT_HOME,
            street_address="Tukikodintie 1",
            move_in_on=date(2022, 5, 1),
            ended_on=date(2024, 2, 29),
        )
        s.add(old)
        s.flush()
        s.add(
            TenancyEnding(
                placement_id=old.id,
                client_id=people.client_id,
                ended_on=date(2024, 2, 29),
                reason=TenancyEndReason.OTHER_HOUSING_SERVICE,
            )
        )
        s.add(
            Placement(
                client_id=people.client_id,
                housing_type=HousingType.SMALL_APARTMENT,
                street_address="Vaasankatu 7 A 3",
                landlord="Helsingin kaupunki, Asuntoyksikkö",
                move_in_on=date(2024, 3, 1),
            )
        )
        add_episode(s, people.client_id, Service.RENT_DEBT, date(2024, 10, 1), people.colleague)
        add_episode(s, people.client_id, Service.OUTREACH, date(2024, 2, 26), people.me)
        add_document(
            s,
            people.client_id,
            FormKey.SERVICE_PLAN,
            date(2024, 3, 10),
            review_due=date(2024, 9, 10),
            author_id=people.me,
        )
        visit = HomeVisit(
            client_id=people.client_id,
            visited_at=datetime(2025, 3, 3, 22, 30, tzinfo=UTC),  # 4 March in Helsinki
            kind=VisitKind.HOME_VISIT,
            notes="Asunto siisti.",
        )
        s.add(visit)
        s.flush()
        s.add_all(
            [
                VisitWorker(visit_id=visit.id, worker_id=people.me),
                VisitWorker(visit_id=visit.id, worker_id=people.colleague),
            ]
        )


def test_the_header_names_the_client_the_flat_and_the_responsible_worker(store, people):
    _add_history(store, people)
    header = _record(store, people.client_id).header
    assert header.name == "Aino Maria Virtanen"
    assert header.hetu_masked.startswith("170580")
    assert "923" not in header.hetu_masked
    assert header.age == 44
    assert header.phone == "040 123 4567"
    assert header.address == "Kalliolanrinne 4 B 12, 00510 Helsinki"
    assert header.placement is not None
    assert (header.placement.street_address, header.placement.move_in_on) == (
        "Vaasankatu 7 A 3",
        date(2024, 3, 1),
    )
    # Outreach names the responsible worker before the rent-debt follow-up does.
    assert header.responsible_worker == "Outi Miettinen"
    assert header.services == (Service.OUTREACH, Service.RENT_DEBT)


def test_the_timeline_is_newest_first_with_every_kind_of_event(store, people):
    _add_history(store, people)
    entries = _record(store, people.client_id).timeline
    assert [(e.kind, e.on, e.subject) for e in entries] == [
        (TimelineKind.VISIT, date(2025, 3, 4), VisitKind.HOME_VISIT),
        (TimelineKind.EPISODE_STARTED, date(2024, 10, 1), Service.RENT_DEBT),
        (TimelineKind.DOCUMENT, date(2024, 3, 10), FormKey.SERVICE_PLAN),
        (TimelineKind.MOVED_IN, date(2024, 3, 1), HousingType.SMALL_APARTMENT),
        (TimelineKind.TENANCY_ENDED, date(2024, 2, 29), TenancyEndReason.OTHER_HOUSING_SERVICE),
        (TimelineKind.EPISODE_STARTED, date(2024, 2, 26), Service.OUTREACH),
        (TimelineKind.MOVED_IN, date(2022, 5, 1), HousingType.SUPPORT_HOME),
    ]
    visit = entries[0]
    assert visit.people == ("Outi Miettinen", "Petri Karjalainen")
    assert visit.detail == "Asunto siisti."
    assert entries[2].qualifier == DocumentStatus.SIGNED


def test_the_service_plan_has_a_current_version_and_a_history(store, people):
    with store.session() as s, s.begin():
        first = add_document(s, people.client_id, FormKey.SERVICE_PLAN, date(2024, 3, 10))
        add_document(
            s,
            people.client_id,
            FormKey.SERVICE_PLAN,
            date(2024, 4, 2),
            signed=False,
            supersedes=first,
        )
    plans = _record(store, people.client_id).documents[FormKey.SERVICE_PLAN]
    assert plans.current is not None  # the signed one; the amendment is a draft still
    assert (plans.current.version_no, plans.current.status) == (1, DocumentStatus.SIGNED)
    assert plans.draft is not None
    assert (plans.draft.version_no, plans.draft.document_date) == (2, date(2024, 4, 2))
    assert [v.version_no for v in plans.versions] == [2, 1]
    assessment = _record(store, people.client_id).documents[FormKey.ASSESSMENT_INTERVIEW]
    assert assessment.current is None
    assert assessment.versions == ()


def test_living_skills_give_a_trend_per_area_and_count_an_amended_check_once(store, people):
    with store.session() as s, s.begin():
        add_document(
            s,
            people.client_id,
            FormKey.LIVING_SKILLS_CHECK,
            date(2024, 4, 1),
            answers={"hygiene_score": 2, "food_score": 3, "hygiene_note": "Apua pyykkiin."},
        )
        second = add_document(
            s,
            people.client_id,
            FormKey.LIVING_SKILLS_CHECK,
            date(2024, 10, 1),
            answers={"hygiene_score": 3, "food_score": 3},
        )
        add_document(
            s,
            people.client_id,
            FormKey.LIVING_SKILLS_CHECK,
            date(2024, 10, 1),
            answers={"hygiene_score": 4, "food_score": 3, "safety_score": 5},
            supersedes=second,
        )
    skills = _record(store, people.client_id).living_skills
    assert skills.areas[:3] == ("hygiene", "food", "money_management")
    assert len(skills.areas) == 10
    assert len(skills.checks) == 2
    assert skills.trend("hygiene") == [(date(2024, 4, 1), 2), (date(2024, 10, 1), 4)]
    assert skills.trend("safety") == [(date(2024, 10, 1), 5)]
    assert skills.trend("leisure") == []


def test_rent_debt_totals_instalments_and_months_of_the_process(store, people):
    with store.session() as s, s.begin():
        follow_up = RentDebtFollowUp(
            client_id=people.client_id,
            started_on=date(2024, 11, 20),
            debt_at_start_cents=120000,
            stage=RentDebtStage.WORK,
            plan_agreed_on=date(2024, 12, 1),
        )
        s.add(follow_up)
        s.flush()
        for due in (date(2024, 12, 15), date(2025, 1, 15), date(2025, 3, 15)):
            s.add(Instalment(follow_up_id=follow_up.id, due_on=due, amount_cents=40000))
        s.add(
            RentPayment(follow_up_id=follow_up.id, paid_on=date(2024, 12, 14), amount_cents=40000)
        )
        s.add(
            RentPayment(
                follow_up_id=follow_up.id,
                paid_on=date(2025, 1, 20),
                amount_cents=30000,
                source=PaymentSource.INCOME_SUPPORT,
            )
        )
    (debt,) = _record(store, people.client_id).rent_debts
    assert (debt.paid_cents, debt.remaining_cents) == (70000, 50000)
    assert [(i.paid, i.overdue) for i in debt.instalments] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    assert [p.source for p in debt.payments] == [PaymentSource.CLIENT, PaymentSource.INCOME_SUPPORT]
    assert (debt.months_elapsed, debt.process_months) == (3, 6)


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2025, 1, 15), date(2025, 1, 15), 0),
        (date(2025, 1, 15), date(2025, 2, 14), 0),
        (date(2025, 1, 15), date(2025, 2, 15), 1),
        (date(2025, 1, 31), date(2025, 2, 28), 1),
        (date(2025, 1, 15), date(2025, 7, 15), 6),
        (date(2025, 3, 1), date(2025, 2, 1), 0),
    ],
)
def test_months_are_counted_in_whole_months(start, end, months):
    assert months_between(start, end) == months


def test_opening_the_record_logs_the_view_and_shows_it_in_the_access_log(store, people):
    with store.session() as s, s.begin():
        record = open_client_record(s, people.client_id, TODAY)
    (line,) = record.access_log
    assert (line.action, line.worker, line.target) == (
        AccessAction.VIEW,
        "Outi Miettinen",
        "client:record",
    )


def test_a_removed_client_cannot_be_opened(store, people):
    with store.session() as s, s.begin():
        client = s.get(Client, people.client_id)
        assert client is not None
        client.deleted_at = datetime(2025, 1, 1, tzinfo=UTC)
    with store.session() as s, s.begin(), pytest.raises(ClientNotFound):
        open_client_record(s, people.client_id, TODAY)
    with store.session() as s:
        assert list(s.scalars(select(Client.id).where(Client.deleted_at.is_(None)))) == []


def test_every_seeded_record_reads_consistently(store):
    today = date(2025, 6, 2)
    seed_caseload(store, clients=25, random_seed=7, today=today)
    with store.session() as s:
        client_ids = list(s.scalars(select(Client.id)))
        records = [load_client_record(s, client_id, today) for client_id in client_ids]
    assert len(records) == 25
    for record in records:
        keys = [entry.sort_key for entry in record.timeline]
        assert keys == sorted(keys, reverse=True)
        for debt in record.rent_debts:
            assert debt.remaining_cents == max(debt.debt_at_start_cents - debt.paid_cents, 0)
        housed = record.header.placement is not None
        at_home = record.processes.housing.stage in (
            HousingStage.MOVED_IN,
            HousingStage.SERVICE_PLAN,
        )
        assert housed == at_home
        assert all(e.status != EpisodeStatus.ENDED for e in record.episodes if e.end_date is None)
    assert any(record.living_skills.checks for record in records)
    assert any(record.rent_debts for record in records)


def test_the_timeline_names_the_signer_and_marks_a_replaced_version(store, people):
    with store.session() as s, s.begin():
        first = add_document(
            s, people.client_id, FormKey.SERVICE_PLAN, date(2024, 3, 10), author_id=people.me
        )
        second = add_document(
            s,
            people.client_id,
            FormKey.SERVICE_PLAN,
            date(2024, 6, 1),
            author_id=people.colleague,
            supersedes=first,
        )
        add_document(
            s, people.client_id, FormKey.SERVICE_PLAN, date(2024, 9, 1), signed=False,
            supersedes=second,
        )  # fmt: skip
    documents = [
        (entry.version_no, entry.signed_by, entry.superseded)
        for entry in _record(store, people.client_id).timeline
        if entry.kind == TimelineKind.DOCUMENT
    ]
    assert documents == [
        (3, None, False),  # a draft: nobody signed it yet
        (2, "Petri Karjalainen", False),  # in force: the draft after it is not signed
        (1, "Outi Miettinen", True),
    ]


def test_every_kind_of_timeline_entry_names_its_table():
    """The sync mark of an entry is read from its table: a kind without one breaks the record."""
    from astu_desktop.services.record_timeline import _ENTRY_TABLES

    assert set(_ENTRY_TABLES) == set(TimelineKind)
