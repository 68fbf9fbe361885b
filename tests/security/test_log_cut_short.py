"""Deleting the newest access-log entries on a laptop is noticed on both sides.

Attack: with the passphrase and an SQLite tool, a worker dropped the append-only
triggers and deleted the newest entries before a sync; `check` said "all clean"
and the server was none the wiser. The laptop now keeps the server's acknowledged
head of its log, so `check` reports a log that no longer reaches it, and the next
entry it writes follows the acknowledged number but chains to the cut log: the
server keeps that fork as an integrity event.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, text

from astu_desktop.cli import main as desktop_cli
from astu_desktop.services.accesslog import record_access
from astu_protocol.codes import AccessAction
from astu_server.models import AccessLogIntegrityEvent
from tests.integration.serverkit import Laptop
from tests.security.hostile import Office
from tests.support import PASSPHRASE


def view(laptop: Laptop, client_id: str, times: int) -> None:
    with laptop.session() as session, session.begin():
        for _ in range(times):
            record_access(session, action=AccessAction.VIEW, client_id=client_id,
                          target="client:record")  # fmt: skip


def cut_the_newest(laptop: Laptop, count: int) -> None:
    """What a worker with the passphrase and an SQLite tool can do to the file."""
    with laptop.store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER access_log_no_delete"))
        newest = conn.scalar(text("SELECT MAX(seq) FROM access_log"))
        conn.execute(text("DELETE FROM access_log WHERE seq > :keep"), {"keep": newest - count})


def check(laptop: Laptop, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    laptop.store.lock()
    capsys.readouterr()
    status = desktop_cli(["check", "--db", str(laptop.store.paths.database)])
    return status, capsys.readouterr().out


def test_check_reports_a_log_cut_short_of_what_the_server_received(
    office: Office,
    laptops: Callable[[str], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASTU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASTU_LANG", "en")
    laptop = laptops("aino")
    view(laptop, office.client_x, 3)
    laptop.sync()
    cut_the_newest(laptop, 2)

    status, out = check(laptop, capsys)

    assert status != 0
    assert "lacks entries the server has already received" in out
    assert "all clean" not in out


def test_an_entry_written_after_a_cut_is_a_fork_on_the_server(
    office: Office, laptops: Callable[[str], Laptop]
) -> None:
    laptop = laptops("aino")
    view(laptop, office.client_x, 3)
    laptop.sync()
    cut_the_newest(laptop, 2)
    view(laptop, office.client_x, 1)  # follows the acknowledged number, not the cut log

    laptop.sync()

    with office.server.session() as session:
        query = select(AccessLogIntegrityEvent.kind, AccessLogIntegrityEvent.detail).where(
            AccessLogIntegrityEvent.device_id == laptop.device_id
        )
        assert session.execute(query).all() == [("fork", "prev_hash_differs")]
