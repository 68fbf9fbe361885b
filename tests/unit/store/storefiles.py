"""Helpers for the store tests: file snapshots, child processes, and sample records."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from astu_desktop.models import Client, HomeVisit
from astu_desktop.store.casestore import CaseStore

REPO_ROOT = Path(__file__).resolve().parents[3]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (recursively) by relative name, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def child_environment(passphrase: str | None = None) -> dict[str, str]:
    """The environment for a child Python: this checkout importable, passphrase not in argv."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [environment.get("PYTHONPATH")])]
    )
    environment.pop("ASTU_PASSPHRASE", None)
    if passphrase is not None:
        environment["ASTU_PASSPHRASE"] = passphrase
    return environment


def run_python(
    code: str, *args: str, passphrase: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run `code` in a separate Python process (no state shared with this one)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=child_environment(passphrase),
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )


def add_client_with_visit(store: CaseStore, notes: str = "Kotikäynti, kaikki hyvin.") -> str:
    """One client with one home visit; returns the client's id."""
    with store.session() as session, session.begin():
        client = Client(first_names="Aino", last_name="Virtanen", hetu="131052-308T")
        session.add(client)
        session.flush()
        session.add(HomeVisit(client_id=client.id, visited_at=datetime.now(UTC), notes=notes))
    return client.id


def visit_notes(store: CaseStore) -> list[str | None]:
    with store.session() as session:
        return list(session.scalars(select(HomeVisit.notes).order_by(HomeVisit.id)))
