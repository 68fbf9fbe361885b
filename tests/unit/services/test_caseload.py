"""The caseload query: whose clients, what is due, how they sort, what is searched."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from astu_desktop.models import (
    BookedVisit,
    Client,
    FormDocument,
    HomeVisit,
    RentDebtFollowUp,
    RentPayment,
    ServiceEpisode,
    Team,
    Worker,
)
from astu_desktop.models.base import new_id, utcnow
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services.bookings import NextVisit, NextVisitState
from astu_desktop.services.caseload import (
    CaseloadQuery,
    DueFilter,
    SortKey,
    caseload_ids,
    caseload_rows,
    responsible_workers,
)
from astu_desktop.store.casestore import CaseStore
from astu_protocol.codes import (
    BookingStatus,
    DocumentStatus,
    EpisodeStatus,
    FormKey,
    RentDebtStage,
    Service,
    VisitKind,
)

TODAY = date(2026, 11, 2)


@dataclass
class Office:
    """Two teams, three workers, and clients by last name."""

    session: object
    workers: dict[str, Worker] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)
    clients: dict[str, Client] = field(default_factory=dict)
    number: int = 900

    def client(self, last: str, worker: str, service: Service, **episode: object) -> Client:
        self.number += 1
        person = Client(
            id=new_id(),
            first_names="Testi",
            last_name=last,
            hetu=make_hetu(date(1970, 1, 1) + timedelta(days=self.number), self.number),
            city="Helsinki",
        )
        values = {"status": EpisodeStatus.ACTIVE, "start_date": TODAY - timedelta(days=200)}
        values.update(episode)
        self.session.add(person)  # type: ignore[attr-defined]
        self.session.add(  # type: ignore[attr-defined]
            ServiceEpisode(
                id=new_id(),
                client_id=person.id,
                service=service,
                responsible_worker_id=self.workers[worker].id,
                **values,
            )
        )
        self.clients[last] = person
        return person

    def visit(self, last: str, days_ago: int) -> None:
        when = datetime.combine(TODAY - timedelta(days=days_ago), time(10), tzinfo=UTC)
        self.session.add(  # type: ignore[attr-defined]
            HomeVisit(id=new_id(), client_id=self.clients[last].id, visited_at=when)
        )

    def booking(
        self, last: str, in_days: int, status: BookingStatus = BookingStatus.BOOKED
    ) -> None:
        """A booked visit at 10.00 Helsinki time (8.00 UTC in November)."""
        when = datetime.combine(TODAY + timedelta(days=in_days), time(8), tzinfo=UTC)
        self.session.add(  # type: ignore[attr-defined]
            BookedVisit(
                id=new_id(),
                client_id=self.clients[last].id,
                starts_at=when,
                duration_minutes=60,
                status=status,
            )
        )

    def plan(self, last: str, review_in_days: int, status: DocumentStatus) -> None:
        self.session.add(  # type: ignore[attr-defined]
            FormDocument(
                id=new_id(),
                client_id=self.clients[last].id,
                form_key=FormKey.SERVICE_PLAN,
                form_version=1,
                status=status,
                document_date=TODAY - timedelta(days=30),
                review_due=TODAY + timedelta(days=review_in_days),
            )
        )

    def debt(self, last: str, cents: int, paid: list[int], stage: RentDebtStage) -> None:
        follow_up = RentDebtFollowUp(
            id=new_id(),
            client_id=self.clients[last].id,
            started_on=TODAY - timedelta(days=40),
            debt_at_start_cents=cents,
            stage=stage,
        )
        self.session.add(follow_up)  # type: ignore[attr-defined]
        for amount in paid:
            self.session.add(  # type: ignore[attr-defined]
                RentPayment(
                    id=new_id(), follow_up_id=follow_up.id, paid_on=TODAY, amount_cents=amount
                )
            )


@pytest.fixture
def office(store: CaseStore) -> Office:
    with store.session() as session, session.begin():
        built = Office(session)
        for team in ("Itä", "Länsi"):
            built.teams[team] = Team(id=new_id(), name=team)
        for username, name, team in (
            ("outi", "Outi Miettinen", "Itä"),
            ("petri", "Petri Karjalainen", "Itä"),
            ("maarit", "Maarit Korhonen", "Länsi"),
            ("eino", "Eino Entinen", "Länsi"),
        ):
            built.workers[username] = Worker(
                id=new_id(), username=username, full_name=name, team_id=built.teams[team].id
            )
        session.add_all([*built.teams.values(), *built.workers.values()])
        session.flush()
        built.client("Aalto", "outi", Service.OUTREACH)
        built.visit("Aalto", days_ago=20)
        built.booking("Aalto", in_days=8)  # next visit in 8 days
        built.booking("Aalto", in_days=1, status=BookingStatus.CANCELLED)
        built.booking("Aalto", in_days=-20, status=BookingStatus.DONE)
        built.client("Berg", "outi", Service.OUTREACH)  # nothing booked
        built.visit("Berg", days_ago=3)  # a visit is no booking
        built.client("Ceder", "outi", Service.HOME_REHABILITATION)
        built.visit("Ceder", days_ago=40)
        built.booking("Ceder", in_days=-2)  # never recorded: overdue
        built.booking("Ceder", in_days=26)
        built.client("Dahl", "petri", Service.RENT_DEBT)
        built.debt("Dahl", 150_000, paid=[30_000, 20_000], stage=RentDebtStage.WORK)
        built.plan("Dahl", review_in_days=10, status=DocumentStatus.SIGNED)
        built.client("Eskola", "maarit", Service.SAS_ASSESSMENT, status=EpisodeStatus.STARTING)
        built.debt("Eskola", 80_000, paid=[], stage=RentDebtStage.ENDED)
        built.plan("Eskola", review_in_days=60, status=DocumentStatus.SIGNED)
        built.plan("Eskola", review_in_days=1, status=DocumentStatus.DRAFT)
        built.client(
            "Forsman",
            "eino",
            Service.OUTREACH,
            status=EpisodeStatus.ENDED,
            end_date=TODAY - timedelta(days=3),
        )
        built.client("Grön", "outi", Service.OUTREACH).deleted_at = utcnow()
        built.client("Hirvi", "outi", Service.OUTREACH, deleted_at=utcnow())
    return built


def names(store: CaseStore, **query: object) -> list[str]:
    with store.session() as session:
        ids = caseload_ids(session, CaseloadQuery(today=TODAY, **query))  # type: ignore[arg-type]
        return [row.name.split(",")[0] for row in caseload_rows(session, ids, TODAY)]


def worker_id(office: Office, username: str) -> str:
    return office.workers[username].id


def team_id(office: Office, name: str) -> str:
    return office.teams[name].id


def test_my_caseload_is_my_open_episodes_of_live_clients(store, office):
    assert names(store, worker_id=worker_id(office, "outi")) == ["Aalto", "Berg", "Ceder"]


def test_the_team_caseload_adds_my_colleagues_clients(store, office):
    mine_and_petris = ["Aalto", "Berg", "Ceder", "Dahl"]
    assert names(store, team_id=team_id(office, "Itä")) == mine_and_petris
    assert names(store, team_id=team_id(office, "Länsi")) == ["Eskola"]
    assert names(store) == [*mine_and_petris, "Eskola"]


def test_visit_due_lists_the_unbooked_the_overdue_and_those_booked_within_the_days(store, office):
    assert names(store, due=DueFilter.VISIT_DUE) == ["Aalto", "Berg", "Ceder"]
    assert names(store, due=DueFilter.VISIT_DUE, due_within_days=0) == ["Berg", "Ceder"]
    assert names(store, due=DueFilter.VISIT_DUE, due_within_days=8) == ["Aalto", "Berg", "Ceder"]
    assert names(store, due=DueFilter.VISIT_DUE, due_within_days=7) == ["Berg", "Ceder"]


def test_review_due_counts_signed_service_plans_only(store, office):
    assert names(store, due=DueFilter.REVIEW_DUE) == ["Dahl"]
    assert names(store, due=DueFilter.REVIEW_DUE, due_within_days=90) == ["Dahl", "Eskola"]


def test_open_rent_debt_is_the_debt_less_payments_of_follow_ups_not_ended(store, office):
    assert names(store, due=DueFilter.RENT_DEBT_OPEN) == ["Dahl"]
    with store.session() as session:
        ids = caseload_ids(session, CaseloadQuery(today=TODAY))
        debts = {row.name: row.open_rent_debt_cents for row in caseload_rows(session, ids, TODAY)}
    assert debts["Dahl, Testi"] == 100_000
    assert debts["Eskola, Testi"] == 0


def test_next_visit_sorts_the_overdue_first_and_the_unbooked_last(store, office):
    assert names(store, sort=SortKey.NEXT_VISIT) == ["Ceder", "Aalto", "Berg", "Dahl", "Eskola"]
    latest_first = names(store, sort=SortKey.NEXT_VISIT, descending=True)
    assert latest_first == ["Aalto", "Ceder", "Berg", "Dahl", "Eskola"]


def test_the_next_visit_is_the_earliest_open_booking(store, office):
    with store.session() as session:
        ids = caseload_ids(session, CaseloadQuery(today=TODAY, sort=SortKey.NEXT_VISIT))
        rows = caseload_rows(session, ids, TODAY)
    ten = time(8)  # 10.00 in Helsinki
    shown = {row.name.split(",")[0]: row.next_visit for row in rows}
    assert shown == {
        "Ceder": NextVisit(
            NextVisitState.OVERDUE, datetime.combine(date(2026, 10, 31), ten, tzinfo=UTC)
        ),
        "Aalto": NextVisit(
            NextVisitState.BOOKED, datetime.combine(date(2026, 11, 10), ten, tzinfo=UTC)
        ),
        "Berg": NextVisit(NextVisitState.NONE),
        "Dahl": NextVisit(NextVisitState.NONE),
        "Eskola": NextVisit(NextVisitState.NONE),
    }


def test_the_biggest_debt_sorts_first_and_clients_without_a_review_last(store, office):
    assert names(store, sort=SortKey.RENT_DEBT, descending=True)[0] == "Dahl"
    assert names(store, sort=SortKey.RENT_DEBT)[-1] == "Dahl"
    assert names(store, sort=SortKey.REVIEW_DUE) == ["Dahl", "Eskola", "Aalto", "Berg", "Ceder"]


def test_the_status_and_service_filters(store, office):
    assert names(store, status=EpisodeStatus.STARTING) == ["Eskola"]
    assert names(store, status=EpisodeStatus.ACTIVE) == ["Aalto", "Berg", "Ceder", "Dahl"]
    assert names(store, service=Service.HOME_REHABILITATION) == ["Ceder"]


def test_a_search_narrows_the_caseload_in_sql(store, office):
    assert names(store, search="ber") == ["Berg"]
    assert names(store, search="testi") == ["Aalto", "Berg", "Ceder", "Dahl", "Eskola"]
    assert names(store, search="testi", descending=True)[0] == "Eskola"
    assert names(store, search="grön") == []  # tombstoned
    assert names(store, search="dahl", worker_id=worker_id(office, "outi")) == []
    assert names(store, search="testi", worker_id=worker_id(office, "outi")) == [
        "Aalto",
        "Berg",
        "Ceder",
    ]
    assert names(store, search="testi", team_id=team_id(office, "Länsi")) == ["Eskola"]
    assert names(store, search="testi", sort=SortKey.RENT_DEBT, descending=True)[0] == "Dahl"
    assert names(store, search="   ") == names(store)


def test_the_worker_filter_lists_workers_with_open_episodes(store, office):
    with store.session() as session:
        everyone = [choice.name for choice in responsible_workers(session)]
        east = [choice.name for choice in responsible_workers(session, team_id(office, "Itä"))]
    assert everyone == ["Maarit Korhonen", "Outi Miettinen", "Petri Karjalainen"]
    assert east == ["Outi Miettinen", "Petri Karjalainen"]


def test_a_phone_call_or_a_message_is_no_last_visit(store, office):
    with store.session() as session:
        aalto = session.scalars(select(Client.id).where(Client.last_name == "Aalto")).one()
        (before,) = caseload_rows(session, [aalto], TODAY)
    with store.session() as session, session.begin():
        for kind in (VisitKind.PHONE, VisitKind.MESSAGE, VisitKind.PARTNER_MEETING):
            session.add(HomeVisit(client_id=aalto, visited_at=utcnow(), kind=kind))
    with store.session() as session:
        (row,) = caseload_rows(session, [aalto], TODAY)
    assert row.last_visit == before.last_visit  # as before the calls
