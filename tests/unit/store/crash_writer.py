"""A writer for the kill -9 test, run as its own process; not a test module.

Usage: python -m tests.unit.store.crash_writer STORE CLIENT_ID FIRST_COUNTER
with the passphrase in the ASTU_PASSPHRASE environment variable (never in argv,
where any user could read it). Commits one small transaction after another and
prints each counter only after its commit returned: a printed counter is a promise
that the visit is saved, and the test holds the store to it after a SIGKILL.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from astu_desktop.models import Client, HomeVisit
from astu_desktop.store.casestore import CaseStore


def commit_visit(store: CaseStore, client_id: str, counter: int) -> None:
    """One visit, and every third time an edit of the client too (inserts and updates)."""
    with store.session() as session, session.begin():
        session.add(
            HomeVisit(client_id=client_id, visited_at=datetime.now(UTC), notes=f"counter {counter}")
        )
        if counter % 3 == 0:
            session.get_one(Client, client_id).phone = f"040 {counter}"


def main() -> None:
    path, client_id, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = CaseStore.unlock(path, os.environ["ASTU_PASSPHRASE"])
    counter = first
    while True:
        commit_visit(store, client_id, counter)
        sys.stdout.write(f"{counter}\n")
        sys.stdout.flush()
        counter += 1


if __name__ == "__main__":
    main()
