"""`make run`: the demo store beside a local server, in sync from the first start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from astu_desktop import cli, demo, paths
from astu_desktop.models import Client, ServiceEpisode, Worker
from astu_desktop.services import enrolment
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import sync_quarantine, sync_state
from astu_protocol.codes import Role
from astu_server.db import make_engine, sessions
from astu_server.models import ScopeGrant
from tests.support import FAST_KDF


def test_the_demo_store_holds_its_workers_scope_and_syncs_with_its_server(tmp_path: Path):
    files = demo.demo_files(tmp_path / "demo")
    demo.create_demo(files, clients=40)
    assert files.complete()

    with demo.demo_server(files) as url:
        store = CaseStore.unlock(files.store, paths.DEMO_PASSPHRASE)
        try:
            with store.session() as session:
                assert session.scalar(select(sync_state.c.server_url)) == url
                user_id = session.scalar(select(sync_state.c.user_id))
                local = set(session.scalars(select(Client.id)))
                mine = set(
                    session.scalars(
                        select(ServiceEpisode.client_id).where(
                            ServiceEpisode.responsible_worker_id == user_id
                        )
                    )
                )
                assert enrolment.sync_status(session).records_waiting == 0
                assert session.scalar(select(func.count()).select_from(sync_quarantine)) == 0
            engine = make_engine(files.server_url)
            with sessions(engine)() as server:
                granted = set(
                    server.scalars(
                        select(ScopeGrant.client_id).where(ScopeGrant.user_id == user_id)
                    )
                )
            engine.dispose()
            assert 0 < len(local) < 40  # the worker's own caseload, not every seeded client
            assert local == granted
            assert mine <= local
            with enrolment.sync_client(store) as client:
                report = synchronise(store, client, verify_every=None)
            assert report.verified is True
            assert report.refused == 0
        finally:
            store.lock()


def test_a_demo_cut_short_is_made_again(tmp_path: Path):
    files = demo.demo_files(tmp_path)
    CaseStore.create(files.store, paths.DEMO_PASSPHRASE, demo=True).lock()
    files.server_db.write_bytes(b"")  # both files, but the making never finished
    assert not files.complete()
    demo.create_demo(files, clients=5)
    assert files.complete()
    store = CaseStore.unlock(files.store, paths.DEMO_PASSPHRASE)
    try:
        with store.session() as session:
            assert enrolment.is_enrolled(session)
    finally:
        store.lock()


def test_the_demo_command_never_takes_another_store(tmp_path: Path, monkeypatch, capsys):
    real = tmp_path / "astu.db"
    CaseStore.create(real, "oikea tunnuslause 2026 kotikäynnit", kdf=FAST_KDF).lock()
    before = real.read_bytes()
    monkeypatch.setenv("ASTU_LANG", "en")
    assert cli.main(["demo", "--db", str(real)]) == cli.EXIT_FAILED
    assert "folder of its own" in capsys.readouterr().out
    assert real.read_bytes() == before


def test_the_demo_opens_as_a_lead_of_the_demo_workers_team_holding_the_team(tmp_path: Path):
    files = demo.demo_files(tmp_path / "demo")
    demo.create_demo(files, clients=40)
    assert not files.lead_complete()
    with demo.demo_server(files) as url:
        demo.create_lead_demo(files, url)
        assert files.lead_complete()
        worker_store = CaseStore.unlock(files.store, paths.DEMO_PASSPHRASE)
        lead_store = CaseStore.unlock(files.lead_store, paths.DEMO_PASSPHRASE)
        try:
            with worker_store.session() as session:
                worker = session.get_one(Worker, worker_store.device_state()["current_worker_id"])
                workers_clients = set(session.scalars(select(Client.id)))
            with lead_store.session() as session:
                lead = session.get_one(Worker, lead_store.device_state()["current_worker_id"])
                leads_clients = set(session.scalars(select(Client.id)))
                assert enrolment.sync_status(session).records_waiting == 0
            assert (lead.role, lead.team_id) == (Role.TEAM_LEAD, worker.team_id)
            assert workers_clients  # the lead sees the worker's clients among the team's
            assert workers_clients <= leads_clients
        finally:
            worker_store.lock()
            lead_store.lock()
    with demo.demo_server(files):  # the next start points both laptops at the new port
        store = CaseStore.unlock(files.lead_store, paths.DEMO_PASSPHRASE)
        try:
            with enrolment.sync_client(store) as client:
                assert synchronise(store, client, verify_every=None).refused == 0
        finally:
            store.lock()


def test_making_the_demo_again_removes_the_leads_laptop_too(tmp_path: Path):
    files = demo.demo_files(tmp_path / "demo")
    demo.create_demo(files, clients=5)
    with demo.demo_server(files) as url:
        demo.create_lead_demo(files, url)
    files.ready.unlink()  # as if the worker's demo had been cut short
    stages: list[demo.DemoStage] = []
    demo.create_demo(files, clients=5, stage=stages.append)
    assert stages == [demo.DemoStage.SEEDING, demo.DemoStage.SYNCING]
    assert files.complete()
    assert not files.lead_complete()
    assert not files.lead_store.exists()
