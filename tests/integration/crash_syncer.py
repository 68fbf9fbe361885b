"""A sync run as its own process that kills itself at a chosen point; not a test module.

Usage: python -m tests.integration.crash_syncer STORE KILL_AT
with the passphrase in ASTU_PASSPHRASE. The process counts the SQL statements its
store runs and sends itself SIGKILL just before statement number KILL_AT (0: never),
so the kill lands at a chosen point inside a push, an acknowledgement, a page being
applied or the cursor being moved. Prints "synced" when the sync completed.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event

from astu_desktop.services.enrolment import sync_client
from astu_desktop.store.casestore import CaseStore
from astu_desktop.sync.engine import synchronise


def kill_at(store: CaseStore, number: int) -> None:
    seen = 0

    def count(*_args: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == number:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(store.engine, "before_cursor_execute", count)


def main() -> None:
    path, number = Path(sys.argv[1]), int(sys.argv[2])
    store = CaseStore.unlock(path, os.environ["ASTU_PASSPHRASE"])
    if number:
        kill_at(store, number)
    with sync_client(store) as client:
        synchronise(store, client)
    store.lock()
    print("synced", flush=True)


if __name__ == "__main__":
    main()
