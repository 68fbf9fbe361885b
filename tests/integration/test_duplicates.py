"""Two records of one person: a local duplicate is joined into the server's record.

Two workers register the same person offline; the server keeps the first. The second
worker's laptop must not fail every sync on the clashing henkilötunnus, and nothing it
recorded about the person may be lost: it ends up on the person's real record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, select

from astu_desktop.models import Client, HomeVisit
from astu_desktop.services.accesslog import record_access
from astu_desktop.sync.conflicts import open_conflicts
from astu_desktop.sync.engine import Sync
from astu_desktop.sync.localstate import outbox, sync_quarantine
from astu_protocol.codes import AccessAction
from astu_protocol.messages import PullRequest, PullResponse
from astu_server.accessreport import access_report
from tests.integration.serverkit import Laptop, LiveServer
from tests.integration.test_scope import HETU_X, HETU_Y, new_client, two_teams


def add_visit(laptop: Laptop, client_id: str, note: str) -> str:
    with laptop.session() as session, session.begin():
        visit = HomeVisit(
            client_id=client_id, visited_at=datetime(2026, 11, 3, 9, tzinfo=UTC), notes=note
        )
        session.add(visit)
        session.flush()
        return visit.id


def clients_with_hetu(laptop: Laptop, hetu: str) -> list[str]:
    with laptop.session() as session:
        return list(session.scalars(select(Client.id).where(Client.hetu == hetu)))


def count(laptop: Laptop, table: object) -> int:
    with laptop.session() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


def test_a_duplicate_registered_offline_is_joined_into_the_servers_record(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    kept = new_client(aino, HETU_X, last_name="Korhonen")
    aino.sync()
    duplicate = new_client(bertta, HETU_X, last_name="Korhonen")
    with bertta.session() as session, session.begin():
        session.get(Client, duplicate).phone = "040 123 4567"  # type: ignore[union-attr]
    visit = add_visit(bertta, duplicate, "Kotikäynti: jääkaappi tyhjä, soitettu Kelaan.")
    with bertta.session() as session, session.begin():
        record_access(
            session, action=AccessAction.VIEW, client_id=duplicate, target="client:record"
        )

    first = bertta.sync()  # the server refuses the second registration
    assert first.refused >= 1
    server.assign(kept, "aino", "bertta")  # the lead makes Bertta a co-worker
    report = bertta.sync()

    assert report.joined_duplicates == 1
    assert clients_with_hetu(bertta, HETU_X) == [kept]
    assert count(bertta, sync_quarantine) == 0
    assert count(bertta, outbox) == 0  # the joined visit went to the server in the same sync
    visit_on_server = server.record("home_visit", visit)
    assert visit_on_server is not None
    assert visit_on_server["client_id"] == kept
    assert server.record("client", kept)["phone"] == "040 123 4567"  # type: ignore[index]
    with bertta.session() as session:  # and on the laptop that joined it
        assert session.get_one(Client, kept).phone == "040 123 4567"
    with server.session() as session:  # the person's right to know who saw their data
        seen = [(line.source, line.username, line.action) for line in access_report(session, kept)]
    assert ("device", "bertta", "view") in seen
    aino.sync()
    with aino.session() as session:
        received = session.get(HomeVisit, visit)
        assert received is not None
        assert received.client_id == kept
        assert received.notes == "Kotikäynti: jääkaappi tyhjä, soitettu Kelaan."


def test_a_person_registered_while_a_sync_brings_their_record_is_joined_into_it(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """Bertta registers the person while her sync is pulling Aino's record of them. Her
    record is not sent yet, so no server holds it: it is a local duplicate, joined into
    the person's record as the page arrives, and what she recorded goes there."""
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    kept = new_client(aino, HETU_X, last_name="Korhonen")
    aino.sync()
    server.assign(kept, "aino", "bertta")
    typed: list[str] = []
    with bertta.client() as transport:
        pull = transport.pull

        def pull_while_she_registers(request: PullRequest) -> PullResponse:
            if not typed:
                typed.append(new_client(bertta, HETU_X, last_name="Korhonen"))
                with bertta.session() as session, session.begin():
                    session.get_one(Client, typed[0]).phone = "040 123 4567"
                add_visit(bertta, typed[0], "Tavattu ensimmäistä kertaa.")
            return pull(request)

        transport.pull = pull_while_she_registers  # type: ignore[method-assign]
        report = Sync(bertta.store, transport).run()
    [duplicate] = typed
    assert report.joined_duplicates == 1
    assert clients_with_hetu(bertta, HETU_X) == [kept]

    assert bertta.sync().refused == 0  # the joined visit and phone go now

    assert count(bertta, sync_quarantine) == 0
    assert count(bertta, outbox) == 0
    assert server.record("client", duplicate) is None
    assert server.record("client", kept)["phone"] == "040 123 4567"  # type: ignore[index]
    with bertta.session() as session:
        (visit,) = session.scalars(select(HomeVisit).where(HomeVisit.client_id == kept))
        assert visit.notes == "Tavattu ensimmäistä kertaa."
    visit_on_server = server.record("home_visit", visit.id)
    assert visit_on_server is not None
    assert visit_on_server["client_id"] == kept


def test_a_refused_henkilotunnus_edit_is_put_back_and_kept_for_the_worker(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    theirs = new_client(bertta, HETU_X, last_name="Nieminen")
    bertta.sync()
    mine = new_client(aino, HETU_Y, last_name="Mäkinen")
    aino.sync()
    with aino.session() as session, session.begin():
        session.get(Client, mine).hetu = HETU_X  # type: ignore[union-attr]

    aino.sync()
    assert clients_with_hetu(aino, HETU_Y) == [mine]  # back as the server holds it
    with aino.session() as session:
        kept = session.execute(select(sync_quarantine.c.row_id, sync_quarantine.c.fields)).all()
    assert [(row_id, fields["hetu"]) for row_id, fields in kept] == [(mine, HETU_X)]

    server.assign(theirs, "bertta", "aino")  # the person with that code comes into scope
    report = aino.sync()
    assert report.joined_duplicates == 0
    assert clients_with_hetu(aino, HETU_X) == [theirs]
    assert clients_with_hetu(aino, HETU_Y) == [mine]


def test_values_both_records_hold_differently_become_a_conflict_on_both_laptops(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    kept = new_client(aino, HETU_X, last_name="Korhonen")
    aino.sync()
    duplicate = new_client(bertta, HETU_X, last_name="Korhonen-Virtanen")
    bertta.sync()
    server.assign(kept, "aino", "bertta")

    assert bertta.sync().joined_duplicates == 1
    bertta.sync()  # the conflict the push made comes back with the next pull
    aino.sync()
    for laptop in (aino, bertta):
        with laptop.session() as session:
            found = [(c.row_id, c.fields) for c in open_conflicts(session)]
        assert found == [(kept, ["last_name"])]
        with laptop.session() as session:
            conflict = open_conflicts(session)[0]
        assert {conflict.values_a["last_name"], conflict.values_b["last_name"]} == {
            "Korhonen",
            "Korhonen-Virtanen",
        }
    assert clients_with_hetu(bertta, HETU_X) == [kept]
    assert duplicate not in bertta.client_ids()


def test_a_duplicate_deleted_here_gives_its_visits_but_never_deletes_the_person(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    kept = new_client(aino, HETU_X, last_name="Korhonen")
    aino.sync()
    duplicate = new_client(bertta, HETU_X, last_name="Korhonen")
    visit = add_visit(bertta, duplicate, "Tavattu kotona.")
    bertta.sync()
    with bertta.session() as session, session.begin():
        session.get_one(Client, duplicate).deleted_at = datetime(2026, 11, 4, tzinfo=UTC)
    server.assign(kept, "aino", "bertta")

    assert bertta.sync().joined_duplicates == 1
    assert server.record("client", kept).get("deleted_at") is None  # type: ignore[union-attr]
    assert server.record("home_visit", visit)["client_id"] == kept  # type: ignore[index]
    aino.sync()
    with aino.session() as session:
        assert session.get_one(Client, kept).deleted_at is None


def test_a_henkilotunnus_moved_to_another_client_on_the_server_never_stalls_a_sync(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    """The new holder of the code can arrive before the old one's correction does."""
    two_teams(server)
    aino, bertta = laptops("aino"), laptops("bertta")
    first = new_client(aino, HETU_X, last_name="Nieminen")
    aino.sync()
    server.assign(first, "aino", "bertta")
    bertta.sync()
    with aino.session() as session, session.begin():
        session.get_one(Client, first).hetu = HETU_Y  # the code was mistyped
    aino.sync()
    second = new_client(aino, HETU_X, last_name="Mäkinen")  # the code's real owner
    aino.sync()
    server.assign(second, "aino", "bertta")
    with aino.session() as session, session.begin():
        session.get_one(Client, first).phone = "040 222 3333"  # the first moves on in the feed
    aino.sync()

    report = bertta.sync(pull_limit=1)  # one row a page: the second arrives first

    assert report.refused == 0
    assert clients_with_hetu(bertta, HETU_X) == [second]
    assert clients_with_hetu(bertta, HETU_Y) == [first]
