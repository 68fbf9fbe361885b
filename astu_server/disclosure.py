"""The server's disclosure log (luovutusloki): whose data went to which device, and when.

Written in the same transaction as what it records, so the data never leaves without
its line: one row per client per pull page (not per row or field, so its cost follows
the page), and one when a device asked to register a person the server already had
(a duplicate henkilötunnus), on the existing client's record: who asked, when.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.orm import Session

from astu_server.models import Disclosure, utcnow

PULL = "pull"
DUPLICATE_REFUSED = "duplicate_refused"


def record_pull(session: Session, user_id: str, device_id: str, clients: Iterable[str]) -> None:
    now = utcnow()
    rows = [
        {"at": now, "device_id": device_id, "user_id": user_id, "client_id": client, "kind": PULL}
        for client in sorted(clients)
    ]
    if rows:
        session.execute(insert(Disclosure), rows)


def record_duplicate_refused(
    session: Session, user_id: str, device_id: str, client_id: str
) -> None:
    session.add(
        Disclosure(
            device_id=device_id, user_id=user_id, client_id=client_id, kind=DUPLICATE_REFUSED
        )
    )
