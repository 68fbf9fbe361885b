"""The access log's hash chain and its closed sets of codes, shared by laptop and server.

An entry's hash covers its content and the previous entry's hash. Chain version 2
(store migration 0011) also covers its `seq`, so an entry cannot be renumbered to
hide that the ones before it were removed; version 1 entries, written before that,
keep the hash they were written with and stay verifiable.

The actions, outcomes and targets an entry may name are closed sets: the server
stores an entry as fact only when it names them, never free text a laptop made up.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Final

from astu_protocol.codes import FormKey

GENESIS_HASH: Final = "0" * 64
CHAIN_V1: Final = 1
CHAIN_V2: Final = 2  # seq is part of the hash
CURRENT_CHAIN: Final = CHAIN_V2

ACTIONS: Final = frozenset(
    {"view", "search", "create", "update", "sign", "export", "print", "reveal", "import"}
)
OUTCOMES: Final = frozenset({"ok", "denied", "failed"})
# What a laptop may name as touched; a form document and a review by their form key.
TARGETS: Final = frozenset(
    {
        "client:details", "client:record", "client:summary", "client:hetu", "client:hetu_copy",
        "home_visit", "home_visit:removal", "service_episode", "service_episode:reassign",
        "sas_decision", "housing_offer", "placement", "tenancy_ending", "rent_debt_follow_up",
        "booked_visit", "booked_visit:calendar",
        "caseload:search", "statistics:report", "kept_work", "kept_work:discard",
        *(f"form_document:{key}" for key in FormKey),
        *(f"document_review:{key}" for key in FormKey),
    }
)  # fmt: skip


def known_target(target: str | None) -> bool:
    return target is None or target in TARGETS


def canonical(
    *,
    version: int,
    seq: int,
    entry_id: str,
    at: datetime,
    worker_id: str | None,
    device_id: str,
    client_id: str | None,
    action: str,
    outcome: str,
    target: str | None,
    prev_hash: str,
) -> bytes:
    """The entry's canonical JSON, the bytes its hash is computed over."""
    body: dict[str, object] = {
        "id": entry_id,
        "at": at.astimezone(UTC).isoformat(),
        "worker_id": worker_id,
        "device_id": device_id,
        "client_id": client_id,
        "action": action,
        "outcome": outcome,
        "target": target,
        "prev_hash": prev_hash,
    }
    if version >= CHAIN_V2:
        body["seq"] = seq
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entry_hash(canonical_json: bytes) -> str:
    """The SHA-256 both sides compute over one entry's canonical JSON."""
    return hashlib.sha256(canonical_json).hexdigest()
