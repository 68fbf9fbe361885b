"""Booked visits travel like every record: to the co-worker and the lead, and only to them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import select

from astu_desktop.models import BookedVisit, BookedVisitWorker, Client
from astu_desktop.services.bookings import (
    NextVisit,
    NextVisitState,
    book_visit,
    cancel_booking,
    next_visits,
    worker_bookings,
)
from astu_protocol.codes import BookingChangeReason, BookingStatus
from tests.integration.serverkit import Laptop, LiveServer

STARTS = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)  # Tuesday 10.00 in Helsinki
TUESDAY = date(2026, 11, 3)


def _worker_id(laptop: Laptop) -> str:
    worker_id = laptop.store.device_state()["current_worker_id"]
    assert isinstance(worker_id, str)
    return worker_id


def test_a_booking_reaches_the_co_worker_and_the_lead_and_a_cancellation_comes_back(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Lähityö Itä")
    server.add_team("Lähityö Länsi")
    server.add_user("aino", team="Lähityö Itä")
    server.add_user("bertta", team="Lähityö Itä")
    server.add_user("leena", role="team_lead", team="Lähityö Itä")
    server.add_user("veikko", team="Lähityö Länsi")
    aino, bertta, leena = laptops("aino"), laptops("bertta"), laptops("leena")
    veikko = laptops("veikko")
    aino_id, bertta_id = _worker_id(aino), _worker_id(bertta)
    with aino.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T")
        session.add(client)
        session.flush()
        client_id = client.id
        booking_id = book_visit(
            session,
            client_id=client_id,
            starts_at=STARTS,
            duration_minutes=45,
            place="Kirjasto Oodi",
            worker_ids=[aino_id, bertta_id],
            booked_by_id=aino_id,
        ).id
    pushed = aino.sync()
    assert pushed.refused == 0
    server.assign(client_id, "aino", "bertta")
    for laptop in (bertta, leena, veikko):
        laptop.sync()

    with bertta.session() as session:
        (line,) = worker_bookings(session, bertta_id, TUESDAY, 1)
        assert (line.booking_id, line.starts_at, line.duration_minutes, line.place) == (
            booking_id,
            STARTS,
            45,
            "Kirjasto Oodi",
        )
        assert line.workers == ("Aino", "Bertta")
    with leena.session() as session:
        booking = session.get_one(BookedVisit, booking_id)
        assert (booking.status, booking.booked_by_id) == (BookingStatus.BOOKED, aino_id)
        assert next_visits(session, [client_id], TUESDAY)[client_id] == NextVisit(
            NextVisitState.BOOKED, STARTS
        )
    with veikko.session() as session:  # another team's worker never receives it
        assert session.scalars(select(BookedVisit)).all() == []
        assert session.scalars(select(BookedVisitWorker)).all() == []

    with bertta.session() as session, session.begin():
        cancel_booking(session, booking_id, reason=BookingChangeReason.CLIENT_IN_CARE)
    assert bertta.sync().refused == 0
    aino.sync()
    with aino.session() as session:
        booking = session.get_one(BookedVisit, booking_id)
        assert (booking.status, booking.change_reason) == (
            BookingStatus.CANCELLED,
            BookingChangeReason.CLIENT_IN_CARE,
        )
        assert worker_bookings(session, aino_id, TUESDAY, 1) == []
        assert next_visits(session, [client_id], TUESDAY)[client_id].state == NextVisitState.NONE
