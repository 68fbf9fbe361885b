"""`make run`: the demo store beside a local server, in sync from the first start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from astu_desktop import cli, demo, paths
from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.services import enrolment
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import sync_quarantine, sync_state
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
