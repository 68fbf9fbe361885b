"""Randomised convergence: three laptops and the server, edits offline, a flaky network.

Random edits, deletions and signings on three laptops of co-workers; syncs in random
order, with pull pages smaller than the push batches; push answers dropped or
duplicated, old requests replayed late, pull answers dropped; device clocks jumping;
a laptop's store put back from an older copy of its files; the client reassigned
away from a laptop with unsent edits, and back. Afterwards every laptop equals the server, no edit
the server took is lost, every concurrent edit of a field shows up in a conflict
(unless someone who had seen it changed it again) or waits in the quarantine of the
laptop whose client left, and no signed document changed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from astu_desktop.models import Base, Client, ContactPerson, FormDocument
from astu_desktop.models.hetu import check_character
from astu_desktop.sync import capture, conflicts
from astu_desktop.sync.client import HttpSyncClient, ServerUnreachable, SyncError
from astu_desktop.sync.engine import synchronise
from astu_desktop.sync.localstate import outbox, sync_quarantine, sync_state
from astu_desktop.sync.recordvalues import to_json_value
from astu_protocol import hlc
from astu_protocol.codes import DocumentStatus, FormKey
from astu_protocol.messages import (
    Health,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RowsRequest,
    RowsResponse,
    ScopeSummary,
    SummaryRequest,
)
from astu_server.models import Conflict, Record
from tests.integration.serverkit import Laptop, LiveServer, copy_of_files, put_back

EXAMPLES = int(os.environ.get("ASTU_CONVERGENCE_EXAMPLES", "6"))
STEPS = int(os.environ.get("ASTU_CONVERGENCE_STEPS", "16"))
FAULTS = ("none", "none", "drop_push", "duplicate_push", "replay_old_push", "drop_pull")
VALUES = ("040 1", "040 2", "050 3")
NOTES = ("soitettu", "käyty", "ei tavoitettu")
CLOCKS = (0, 0, -3_600_000, 7_200_000)  # a laptop an hour behind, or two hours ahead
PAGES = (None, 2)  # the engine's own page size, or two rows a page (fewer than a batch)
USERS = ("aino", "bertta", "cecilia")
_hetus = itertools.count(2)


def next_hetu() -> str:
    number = next(_hetus)
    day, individual = f"{1 + number % 28:02d}", f"{2 + number // 28:03d}"
    stem = f"{day}0385"
    return f"{stem}-{individual}{check_character(stem, individual)}"


class FlakyNetwork:
    """Stands between the engine and the server and misbehaves as told."""

    def __init__(self, inner: HttpSyncClient, fault: str, old_pushes: list[PushRequest]) -> None:
        self.inner, self.fault, self.old_pushes = inner, fault, old_pushes
        self.pushes = 0

    def push(self, request: PushRequest) -> PushResponse:
        self.pushes += 1
        if self.fault == "replay_old_push" and self.old_pushes:
            # A copy of an earlier request, delayed in the network, arrives now.
            with contextlib.suppress(SyncError):
                self.inner.push(self.old_pushes[0])
        self.old_pushes.append(request)
        response = self.inner.push(request)
        if self.fault == "duplicate_push":
            response = self.inner.push(request)
        if self.fault == "drop_push" and self.pushes == 1:
            raise ServerUnreachable("answer lost")
        return response

    def pull(self, request: PullRequest) -> PullResponse:
        response = self.inner.pull(request)
        if self.fault == "drop_pull":
            raise ServerUnreachable("answer lost")
        return response

    def summary(self, request: SummaryRequest) -> ScopeSummary:
        return self.inner.summary(request)

    def rows(self, request: RowsRequest) -> RowsResponse:
        return self.inner.rows(request)

    def health(self) -> Health:
        return self.inner.health()


@dataclass
class Edit:
    id: int
    device: int
    table: str
    row_id: str
    field: str
    value: Any
    seen: frozenset[int]
    outbox_seq: int
    on_server: bool = False


@dataclass
class Device:
    laptop: Laptop
    knowledge: set[int] = field(default_factory=set)
    old_pushes: list[PushRequest] = field(default_factory=list)
    clock_offset: int = 0
    copy: Copy | None = None
    assigned: bool = True


@dataclass
class Copy:
    """A copy of a laptop's files, and what the model knew of its edits then."""

    folder: Path
    knowledge: set[int]
    pending: dict[int, tuple[Any, int]]  # unsent edit -> (value, outbox seq) at the copy


class Convergence(RuleBasedStateMachine):
    server: ClassVar[LiveServer]
    laptops: ClassVar[list[Laptop]]

    def __init__(self) -> None:
        super().__init__()
        self.devices = [Device(laptop) for laptop in self.laptops]
        self.edits: list[Edit] = []
        self.signed: dict[str, Any] = {}  # signed document id -> answers, as first seen
        self.client_id = ""

    @initialize()
    def a_shared_client(self) -> None:
        first = self.devices[0].laptop
        with first.session() as session, session.begin():
            client = Client(first_names="Aino", last_name="Testi", hetu=next_hetu())
            session.add(client)
            session.flush()
            self.client_id = client.id
        first.sync()
        self.server.assign(self.client_id, "aino", "bertta", "cecilia")
        for device in self.devices:
            device.laptop.sync()

    # -- edits offline --------------------------------------------------------------

    def rows(self, device: Device, model: type[Any], **where: Any) -> list[Any]:
        with device.laptop.session() as session:
            query = select(model).where(model.deleted_at.is_(None))
            client_key = model.id if model is Client else model.client_id
            query = query.where(client_key == self.client_id)
            for name, value in where.items():
                query = query.where(getattr(model, name) == value)
            return list(session.scalars(query.order_by(model.id)))

    def write(self, number: int, model: type[Any], row_id: str, **values: Any) -> None:
        device = self.devices[number]
        with device.laptop.session() as session, session.begin():
            row = session.get(model, row_id)
            if row is None:
                return  # the client left this laptop's scope
            changed = {k: v for k, v in values.items() if getattr(row, k) != v}
            for name, value in changed.items():
                setattr(row, name, value)
        for name, value in changed.items():
            self.record_edit(number, model.__tablename__, row_id, name, to_json_value(value))

    def record_edit(self, number: int, table: str, row_id: str, name: str, value: Any) -> None:
        device = self.devices[number]
        seq = self.outbox_seq_of(device, table, row_id, name)
        if seq is None:
            return  # nothing captured: the value was already there
        key = (number, table, row_id, name)
        unsent = (e for e in self.edits if (e.device, e.table, e.row_id, e.field) == key)
        pending = next((e for e in unsent if not e.on_server), None)
        if pending is not None:  # compacted with the unsent edit: its base stays
            pending.value, pending.outbox_seq = value, seq
            return
        edit = Edit(len(self.edits), number, table, row_id, name, value,
                    frozenset(device.knowledge), seq)  # fmt: skip
        self.edits.append(edit)
        device.knowledge.add(edit.id)

    @staticmethod
    def outbox_seq_of(device: Device, table: str, row_id: str, name: str) -> int | None:
        """The newest outbox row of this record that holds an edit of `name`."""
        query = select(outbox.c.seq, outbox.c.fields).where(
            outbox.c.table_name == table, outbox.c.row_id == row_id
        )
        with device.laptop.session() as session:
            rows = session.execute(query.order_by(outbox.c.seq.desc())).all()
        return next((seq for seq, fields in rows if name in json.loads(fields)), None)

    @rule(number=st.integers(0, 2), name=st.sampled_from(["phone", "background_notes"]),
          value=st.sampled_from(VALUES))  # fmt: skip
    def edit_client(self, number: int, name: str, value: str) -> None:
        self.write(number, Client, self.client_id, **{name: value})

    @rule(number=st.integers(0, 2))
    def add_contact(self, number: int) -> None:
        laptop = self.devices[number].laptop
        if self.client_id not in laptop.client_ids():
            return
        with laptop.session() as session, session.begin():
            session.add(ContactPerson(client_id=self.client_id, name="Matti", relation="veli"))

    @rule(
        number=st.integers(0, 2),
        pick=st.integers(0, 9),
        name=st.sampled_from(["phone", "notes"]),
        value=st.sampled_from(NOTES),
    )
    def edit_contact(self, number: int, pick: int, name: str, value: str) -> None:
        contacts = self.rows(self.devices[number], ContactPerson)
        if contacts:
            self.write(number, ContactPerson, contacts[pick % len(contacts)].id, **{name: value})

    @rule(number=st.integers(0, 2), pick=st.integers(0, 9))
    def delete_contact(self, number: int, pick: int) -> None:
        contacts = self.rows(self.devices[number], ContactPerson)
        if contacts:
            moment = datetime(2026, 11, 1 + pick, tzinfo=UTC)
            self.write(number, ContactPerson, contacts[pick % len(contacts)].id, deleted_at=moment)

    @rule(number=st.integers(0, 2))
    def add_draft(self, number: int) -> None:
        laptop = self.devices[number].laptop
        if self.client_id not in laptop.client_ids():
            return
        with laptop.session() as session, session.begin():
            session.add(
                FormDocument(client_id=self.client_id, form_key=FormKey.SERVICE_PLAN,
                             form_version=1, answers={"services_notes": "alku"},
                             document_date=date(2026, 11, 5))
            )  # fmt: skip

    @rule(number=st.integers(0, 2), pick=st.integers(0, 9), value=st.sampled_from(NOTES))
    def edit_draft(self, number: int, pick: int, value: str) -> None:
        drafts = self.rows(self.devices[number], FormDocument, status=DocumentStatus.DRAFT)
        if drafts:
            self.write(
                number,
                FormDocument,
                drafts[pick % len(drafts)].id,
                answers={"services_notes": value},
            )

    @rule(number=st.integers(0, 2), pick=st.integers(0, 9))
    def sign_draft(self, number: int, pick: int) -> None:
        device = self.devices[number]
        drafts = self.rows(device, FormDocument, status=DocumentStatus.DRAFT)
        if drafts:
            worker = device.laptop.store.device_state()["current_worker_id"]
            self.write(number, FormDocument, drafts[pick % len(drafts)].id,
                       status=DocumentStatus.SIGNED, signed_by_id=worker,
                       signed_at=datetime.now(UTC))  # fmt: skip

    @rule(number=st.integers(0, 2), side=st.sampled_from(["a", "b"]))
    def resolve_a_conflict(self, number: int, side: str) -> None:
        device = self.devices[number]
        with device.laptop.session() as session:
            found = [
                c for c in conflicts.open_conflicts(session, self.client_id) if c.kind == "fields"
            ]
        if not found or found[0].table == "form_document":
            return
        chosen = found[0].values_a if side == "a" else found[0].values_b
        with device.laptop.session() as session, session.begin():
            conflicts.resolve(session, found[0].id, chosen)
        table, row_id = found[0].table, found[0].row_id
        for name, value in chosen.items():  # a person's decision: an edit that saw both
            self.record_edit(number, table, row_id, name, value)

    @rule(number=st.integers(0, 2), offset=st.sampled_from(CLOCKS))
    def clock_jumps(self, number: int, offset: int) -> None:
        device = self.devices[number]
        device.clock_offset = offset
        capture.set_wall_clock(device.laptop.store.engine, lambda: hlc.wall_clock_ms() + offset)

    # -- copies of the files, reassignment ------------------------------------------

    @rule(number=st.integers(0, 2))
    def copy_the_files(self, number: int) -> None:
        device = self.devices[number]
        folder = Path(tempfile.mkdtemp(prefix="astu-copy-")) / "store"
        copy_of_files(device.laptop, folder)
        self.keep_clock(device)
        pending = {
            edit.id: (edit.value, edit.outbox_seq)
            for edit in self.edits
            if edit.device == number and not edit.on_server
        }
        device.copy = Copy(folder, set(device.knowledge), pending)

    @rule(number=st.integers(0, 2))
    def put_the_copy_back(self, number: int) -> None:
        """The files go back to the copy: what was edited since and not sent is gone
        (the person chose that), what was sent is on the server, the rest waits again."""
        device = self.devices[number]
        if device.copy is None:
            return
        copy, device.copy = device.copy, None
        put_back(device.laptop, copy.folder)
        shutil.rmtree(copy.folder.parent, ignore_errors=True)
        self.keep_clock(device)
        kept = []
        for edit in self.edits:
            if edit.device == number and not edit.on_server:
                if edit.id not in copy.pending:
                    continue  # made after the copy and never sent: went with the files
                edit.value, edit.outbox_seq = copy.pending[edit.id]
            kept.append(edit)
        self.edits = kept
        device.knowledge = copy.knowledge & {edit.id for edit in kept}

    @staticmethod
    def keep_clock(device: Device) -> None:
        """The store was opened again: its engine keeps the laptop's (wrong) clock."""
        offset = device.clock_offset
        capture.set_wall_clock(device.laptop.store.engine, lambda: hlc.wall_clock_ms() + offset)

    @rule(number=st.integers(0, 2))
    def reassign_away(self, number: int) -> None:
        """A lead hands the client to the others while this laptop may have unsent edits."""
        self.devices[number].assigned = False
        self.assign()

    @rule()
    def reassign_to_everyone(self) -> None:
        for device in self.devices:
            device.assigned = True
        self.assign()

    def assign(self) -> None:
        workers = [USERS[n] for n, device in enumerate(self.devices) if device.assigned]
        if workers:
            self.server.assign(self.client_id, *workers)

    # -- syncing --------------------------------------------------------------------

    @rule(number=st.integers(0, 2), fault=st.sampled_from(FAULTS), page=st.sampled_from(PAGES))
    def sync(self, number: int, fault: str, page: int | None) -> None:
        self.sync_device(number, fault, page)

    def sync_device(self, number: int, fault: str = "none", page: int | None = None) -> None:
        device = self.devices[number]
        offset = device.clock_offset
        completed = True
        with device.laptop.client() as client:
            network = FlakyNetwork(client, fault, device.old_pushes)
            try:
                synchronise(
                    device.laptop.store, network, pull_limit=page,
                    wall_clock=lambda: hlc.wall_clock_ms() + offset,
                )  # fmt: skip
            except ServerUnreachable:
                completed = False
        self.note_pushed(number)
        if completed:
            device.knowledge |= {edit.id for edit in self.edits if edit.on_server}
        self.note_signed_documents()

    def note_pushed(self, number: int) -> None:
        """Edits whose outbox rows the server has: acknowledged, or in the batch sent."""
        device = self.devices[number]
        with device.laptop.session() as session:
            remaining = {
                (seq, name)
                for seq, fields in session.execute(select(outbox.c.seq, outbox.c.fields))
                for name in json.loads(fields)
            }
            sent_upto = session.scalar(select(sync_state.c.pending_push_upto)) or 0
        for edit in self.edits:
            if edit.device == number and not edit.on_server:
                waiting = (edit.outbox_seq, edit.field) in remaining
                edit.on_server = not waiting or edit.outbox_seq <= sent_upto

    def note_signed_documents(self) -> None:
        with self.server.session() as session:
            for record in session.scalars(
                select(Record).where(Record.table_name == "form_document")
            ):
                if record.data.get("status") == "signed":
                    self.signed.setdefault(record.row_id, record.data.get("answers"))

    @invariant()
    def signed_documents_never_change(self) -> None:
        with self.server.session() as session:
            for row_id, answers in self.signed.items():
                assert session.get_one(Record, ("form_document", row_id)).data["answers"] == answers

    # -- afterwards -----------------------------------------------------------------

    def teardown(self) -> None:
        if not self.client_id:
            return
        for device in self.devices:
            device.clock_offset = 0
            capture.set_wall_clock(device.laptop.store.engine, hlc.wall_clock_ms)
            if device.copy is not None:
                shutil.rmtree(device.copy.folder.parent, ignore_errors=True)
        self.reassign_to_everyone()
        for number in [0, 1, 2, 0, 1, 2]:
            self.sync_device(number)
        assert all(edit.on_server for edit in self.edits)
        server_rows = self.server_rows()
        for device in self.devices:
            assert self.device_rows(device) == server_rows
        self.check_no_edit_lost(server_rows)
        self.signed_documents_never_change()

    def server_rows(self) -> dict[tuple[str, str], dict[str, Any]]:
        with self.server.session() as session:
            query = select(Record).where(Record.client_id == self.client_id)
            return {
                (r.table_name, r.row_id): self.complete(r.table_name, r.data)
                for r in session.scalars(query)
            }

    @staticmethod
    def complete(table: str, data: dict[str, Any]) -> dict[str, Any]:
        columns = [
            c.name
            for c in Base.metadata.tables[table].c
            if c.name not in ("id", "created_at", "updated_at")
        ]
        return {name: data.get(name) for name in columns}

    def device_rows(self, device: Device) -> dict[tuple[str, str], dict[str, Any]]:
        rows = {}
        with device.laptop.session() as session:
            for table_name in ("client", "contact_person", "form_document"):
                table = Base.metadata.tables[table_name]
                key = table.c.id if table_name == "client" else table.c.client_id
                for row in session.execute(select(table).where(key == self.client_id)).mappings():
                    values = {
                        name: to_json_value(row[name]) for name in self.complete(table_name, {})
                    }
                    rows[(table_name, row["id"])] = values
        return rows

    def check_no_edit_lost(self, server_rows: dict[tuple[str, str], dict[str, Any]]) -> None:
        with self.server.session() as session:
            found = session.scalars(select(Conflict).where(Conflict.client_id == self.client_id))
            in_conflicts: dict[tuple[str, str], list[Any]] = {}
            for conflict in found:
                for name in conflict.fields:
                    key = (conflict.row_id, name)
                    in_conflicts.setdefault(key, []).extend(
                        [conflict.values_a.get(name), conflict.values_b.get(name)]
                    )
        document_answers = [
            values["answers"]
            for (table, _), values in server_rows.items()
            if table == "form_document"
        ]
        for edit in self.edits:
            if edit.field == "deleted_at" or (
                edit.table == "form_document" and edit.field != "answers"
            ):
                continue
            if edit.table == "form_document":  # a stale edit of a signed text: a new version
                kept = edit.value in document_answers
            else:
                row = server_rows.get((edit.table, edit.row_id), {})
                kept = edit.field in row and row[edit.field] == edit.value
            assert (
                kept
                or edit.value in in_conflicts.get((edit.row_id, edit.field), [])
                or self.seen_later(edit)
                or self.in_quarantine(edit)
            ), f"edit lost: {edit}"

    def in_quarantine(self, edit: Edit) -> bool:
        """Refused because the client had left that laptop: kept there for a person."""
        with self.devices[edit.device].laptop.session() as session:
            entries = session.scalars(
                select(sync_quarantine.c.fields).where(
                    sync_quarantine.c.table_name == edit.table,
                    sync_quarantine.c.row_id == edit.row_id,
                )
            )
            return any(entry.get(edit.field) == edit.value for entry in entries)

    def seen_later(self, edit: Edit) -> bool:
        """Someone who had seen this value changed the field again: not lost, superseded."""
        same_value = {
            e.id
            for e in self.edits
            if (e.row_id, e.field, e.value) == (edit.row_id, edit.field, edit.value)
        }
        return any(
            other.id != edit.id
            and other.row_id == edit.row_id
            and other.field == edit.field
            and other.seen & same_value
            for other in self.edits
        )


@pytest.mark.slow
def test_three_laptops_converge_through_the_server(
    server: LiveServer, laptops: Callable[[str], Laptop]
) -> None:
    server.add_team("Itä")
    for name in ("aino", "bertta", "cecilia"):
        server.add_user(name, team="Itä")
    Convergence.server = server
    Convergence.laptops = [laptops(name) for name in ("aino", "bertta", "cecilia")]
    run_state_machine_as_test(
        Convergence,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        ),
    )
