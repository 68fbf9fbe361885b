"""One sync of this device with the server: push, then pull, then check.

Push before pull: the outbox goes first in numbered batches, so what the worker did
offline reaches the server before the server's news overwrites anything. Then the
feed is pulled page by page; each page is applied, and the cursor moved, in one local
transaction, so a sync killed at any point resumes without losing or repeating
anything. Last, the device compares a hash of every row's values with the server's, in
buckets of row ids; the rows of a bucket that differs are downloaded again (unsent
local edits are kept). That check reads every row of the scope, so it runs on the
first sync, then after syncs that received something, at most once per VERIFY_EVERY.

First the device asks which protocol version the server speaks: with a server a
version behind, it sends, receives and compares only the tables and fields that version
knows, and its edits of newer ones wait in the outbox until the server is updated
(`astu_protocol.versions`).

A store that went back in time (put back from an older copy of its files) is noticed
by what the server acknowledged for this device: it drops what the server already
has, keeps what is truly unsent, and downloads its scope again.

This runs without Qt: the GUI calls it from a background worker, the CLI directly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, RowMapping, select, update
from sqlalchemy.orm import Session

from astu_desktop.models import Base, DeviceState
from astu_desktop.models.base import utcnow
from astu_desktop.store import space
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import StoppedPartWay, StoreError
from astu_desktop.sync import apply, capture, outbox, received
from astu_desktop.sync.client import ServerRefused, SyncError, SyncTransport
from astu_desktop.sync.localstate import outbox as outbox_table
from astu_desktop.sync.localstate import sync_quarantine, sync_state
from astu_desktop.sync.recordvalues import to_json_value
from astu_protocol import hlc
from astu_protocol.messages import (
    CLOCK_SKEW_LIMIT_MS,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    SCOPE_BUCKETS,
    TABLES,
    ChangeResult,
    ErrorCode,
    Outcome,
    PullRequest,
    PullResponse,
    RowChange,
    RowsRequest,
    RowState,
    SummaryRequest,
    TableSpec,
    bucket_digests,
    knows_everything,
    row_version,
)
from astu_protocol.versions import PROTOCOL_VERSION, spoken, tables_at

PUSH_ROWS = 500  # outbox rows per batch (compacted per record before sending)
# The scope check reads every row of the scope on both sides, which costs in proportion
# to the store (a few seconds for 10,000 clients): it runs after a sync that received
# something, at most this often, and always after the scope was downloaded again.
VERIFY_EVERY = timedelta(hours=1)
MAX_SEQUENCE_REPAIRS = 2
# A sync that received this many rows folds the log back into the database at once;
# one that sent or received a few rows leaves little and costs no extra fsync.
FOLD_AFTER_ROWS = 1000
FOLD_WAIT_MS = 250
# More buckets than this differing: the scope is downloaded again instead, in pages.
MAX_REPAIR_BUCKETS = SCOPE_BUCKETS // 4
Progress = Callable[[str, int, int | None], None]


class NotEnrolled(SyncError):
    code = "not_enrolled"


@dataclass
class SyncReport:
    pushed_changes: int = 0
    refused: int = 0
    conflicts_on_push: int = 0
    new_versions: int = 0
    pulled_rows: int = 0
    purged_clients: int = 0
    # Of those: clients whose episodes ended longer ago than the retention time (the
    # server keeps their record).
    retired_clients: int = 0
    kept_from_purged: int = 0  # refused or unsent work on them, kept in quarantine
    joined_duplicates: int = 0  # local records of a person the server already had
    set_aside: int = 0  # pulled rows this device could not store (in the quarantine)
    conflicts_received: int = 0
    clock_ahead_ms: int | None = None
    verified: bool | None = None
    resynced: bool = False
    repaired_rows: int = 0  # rows the scope check found differing and downloaded again
    # The store had gone back in time (restored from an older copy of its files); it was
    # downloaded again, keeping only what was truly unsent.
    restored: bool = False
    refused_reasons: list[str] = field(default_factory=list)
    # The protocol version of this sync: the older of the device's and the server's.
    protocol_version: int = PROTOCOL_VERSION
    # Changes left in the outbox because the server does not know their table or field
    # yet (it speaks an older version): they go once it is updated.
    held_back: int = 0


def _no_progress(_phase: str, _done: int, _total: int | None) -> None:
    return None


@dataclass
class Sync:
    store: CaseStore
    transport: SyncTransport
    progress: Progress = _no_progress
    push_rows: int = PUSH_ROWS
    # Rows per pull page; None: large pages for a download of the whole scope (a first
    # sync, or after a failed check), where each page's transaction costs the most,
    # and a few hundred for the day's news.
    pull_limit: int | None = None
    verify: bool = True
    verify_every: timedelta = VERIFY_EVERY
    wall_clock: Callable[[], int] = field(default=lambda: hlc.wall_clock_ms())  # looked up late
    protocol_version: int = PROTOCOL_VERSION  # what this device speaks (another in tests)
    report: SyncReport = field(default_factory=SyncReport)
    # The tables and fields of the version this sync speaks with the server.
    _known: Mapping[str, TableSpec] = field(default_factory=lambda: TABLES, init=False)
    _downloading_scope: bool = field(default=False, init=False)
    _quiet_cursor: tuple[int, int] | None = field(default=None, init=False)
    # (the server's clock in ms, this device's clock minus it) at the last answer
    _server_clock: tuple[int, int] | None = field(default=None, init=False)

    def run(self) -> SyncReport:
        self._mark_attempt()
        try:
            rose = self._agree_version()
            self.push_all()
            if rose:
                self._download_scope_again()
            self.pull_all(include_own=self.report.restored or rose)
            if self.report.joined_duplicates:
                self.push_all()  # what was recorded on a joined duplicate goes now, not later
            if self.verify and (rose or self._check_due()):
                self._save_quiet_cursor()
                self.check_scope()
        except SyncError as failure:
            self._mark_failure(failure.code)
            raise
        self._mark_success()
        if self.report.purged_clients or self.report.pulled_rows >= FOLD_AFTER_ROWS:
            # A pull's pages (and a purge's old pages) leave the log: it does not keep
            # their space on the laptop's disk until the app closes. Briefly: a screen
            # reading meanwhile makes it wait for the next time, never the worker.
            self.store.fold_log(wait_ms=FOLD_WAIT_MS)
        return self.report

    def _agree_version(self) -> bool:
        """Speak the older of this device's version and the server's; True when that is
        newer than the last sync's (the server was updated, or this laptop).

        The server is asked (one more round trip, and an access record on the server)
        only while the last sync spoke an older version than this laptop's: once a server
        spoke it, the laptop speaks it without asking, as servers are not put back to an
        older release. (One that was would refuse the newer fields as unknown: they wait in
        the refused list, not lost.)"""
        with self.store.session() as session:
            last = session.scalar(select(sync_state.c.spoken_version))
        if last is not None and last >= self.protocol_version:
            version = self.protocol_version
        else:
            version = spoken(self.protocol_version, self.transport.health().protocol_version)
        self.report.protocol_version = version
        self._known = tables_at(version)
        return last is not None and version > last

    def _download_scope_again(self) -> None:
        """The fields, tables and conflicts the older version left out were passed over by
        the cursor: the scope comes again, once, in the new version."""
        with self.store.session() as session, session.begin():
            session.execute(update(sync_state).values(pull_cursor=0))
        self.report.resynced = True

    # -- push ---------------------------------------------------------------------

    def push_all(self) -> None:
        repairs = 0
        after = 0  # the outbox rows up to here went in a batch of this sync
        while True:
            with self.store.session() as session, session.begin():
                batch = outbox.open_batch(
                    session, self.push_rows, spoken=self.report.protocol_version, after=after,
                    protocol_version=self.protocol_version,
                )  # fmt: skip
                if batch is None:
                    self._count_held_back(session)
                    return
            self.progress("push", self.report.pushed_changes, None)
            try:
                response = self.transport.push(batch.request)
            except ServerRefused as refused:
                repairs += 1
                if refused.error is None or not _went_back(refused.error.code):
                    raise
                if repairs > MAX_SEQUENCE_REPAIRS:
                    raise
                self._recover_restored(refused.error.last_seq or 0, refused.error.last_stamp)
                continue
            self._heard_server(response.server_time_ms)
            with self.store.session() as session, session.begin():
                refused_changes = outbox.acknowledge(session, batch, response)
                self._bound_clock(session)
            if batch.version == self.report.protocol_version:
                after = max(after, batch.upto)  # else: what it held back may go now
            self._count_push(batch.request.changes, response.results, refused_changes)
            self.report.clock_ahead_ms = response.clock_ahead_ms

    def _count_held_back(self, session: Session) -> None:
        """What the last batch left unsent, counted in the transaction that found nothing
        more to send: an edit the worker saves meanwhile is not counted as held back."""
        if not knows_everything(self._known):
            self.report.held_back = outbox.held_back(session)

    def _count_push(
        self, changes: list[RowChange], results: list[ChangeResult], refused: list[RowChange]
    ) -> None:
        self.report.pushed_changes += len(changes)
        self.report.refused += len(refused)
        for result in results:
            if result.outcome is Outcome.CONFLICT:
                self.report.conflicts_on_push += 1
            elif result.outcome is Outcome.NEW_VERSION:
                self.report.new_versions += 1
            elif result.outcome is Outcome.REFUSED and result.reason is not None:
                self.report.refused_reasons.append(result.reason.value)

    # -- pull ---------------------------------------------------------------------

    def pull_all(self, *, include_own: bool = False) -> None:
        """Pages in order; the next one is fetched while this one is written.

        The server's work for a page and the laptop's writing of the one before it then
        overlap (they take about as long each), which halves a first sync. A page is
        still applied only after the one before it, each in its own transaction.
        """
        cursor = self._cursor()
        self._downloading_scope = cursor == 0
        space.ensure_room(self.store.paths.database.parent, space.working_room(self.store.paths))
        page = self._fetch(cursor, include_own, cursor, holding=self._holding())
        self._heard_server(page.server_time_ms)
        if not include_own and self._store_went_back(page, cursor):
            self._recover_restored(page.device_push_seq, page.device_stamp)
            self.pull_all(include_own=True)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="astu-pull") as fetcher:
            while True:
                # `cursor` is what the store holds for sure while the next page is fetched
                coming = (
                    fetcher.submit(self._fetch, page.next_cursor, include_own, cursor)
                    if page.has_more
                    else None
                )
                self._apply_if_room(cursor, page)
                self.progress("pull", self.report.pulled_rows, None)
                if coming is None:
                    return
                cursor = page.next_cursor
                page = coming.result()
                self._heard_server(page.server_time_ms)

    def _fetch(
        self, cursor: int, include_own: bool, applied: int, holding: list[str] | None = None
    ) -> PullResponse:
        request = PullRequest(
            cursor=cursor, limit=self._page_size(), include_own=include_own,
            applied_cursor=applied, holding=holding, protocol_version=self.protocol_version,
        )  # fmt: skip
        return self.transport.pull(request)

    def _holding(self) -> list[str]:
        """What the server must not retire from this device's scope (a sync's first page)."""
        with self.store.session() as session:
            return apply.clients_with_unsent(session.connection())

    def _store_went_back(self, page: PullResponse, cursor: int) -> bool:
        """Whether the server had acknowledged more than this store holds: a push sequence
        or a pull cursor ahead of it means its files were put back from an older copy."""
        with self.store.session() as session:
            push_seq = session.scalar(select(sync_state.c.push_seq)) or 0
        return page.device_cursor > cursor or page.device_push_seq > push_seq

    def _recover_restored(self, last_seq: int, last_stamp: str | None) -> None:
        """Drop what the server already has, keep what is truly unsent, and download the
        scope again (from cursor 0, own changes included): the copy's rows are old."""
        with self.store.session() as session, session.begin():
            outbox.forget_delivered(session, last_seq, last_stamp, self.report.protocol_version)
            session.execute(update(sync_state).values(pull_cursor=0))
        self.report.restored = True

    def _page_size(self) -> int:
        if self.pull_limit is not None:
            return self.pull_limit
        downloading = self._downloading_scope
        return MAX_PULL_LIMIT if downloading else DEFAULT_PULL_LIMIT

    def _apply_if_room(self, cursor: int, page: PullResponse) -> None:
        """Apply a page if it fits on the disk; stop the pull before it if it does not.

        What the pages before it brought is committed and stays; the report says how
        many rows that was, and the next sync goes on from there.
        """
        rows = len(page.rows) + sum(len(event.rows) for event in page.events)
        needed = rows * space.ROOM_PER_PULLED_ROW + space.WAL_LIMIT_BYTES
        try:
            space.ensure_room(self.store.paths.database.parent, needed)
            self.apply_page(cursor, page)
        except StoreError as failed:
            if not self.report.pulled_rows:
                raise
            raise StoppedPartWay(failed, self.report.pulled_rows) from failed

    def apply_page(self, cursor: int, page: PullResponse) -> None:
        if not (page.rows or page.events or page.conflicts or page.withheld):
            if page.next_cursor != cursor and not page.has_more:
                # Only the cursor moved (past this device's own changes): it is saved
                # with the sync's outcome, one transaction (and fsync) fewer per sync.
                self._quiet_cursor = (cursor, page.next_cursor)
            if page.next_cursor == cursor or not page.has_more:
                return
        with self.store.session() as session, session.begin():
            if self._cursor(session) != cursor:
                return  # another sync of this device applied it meanwhile
            conn = session.connection()
            with capture.applying_remote(session):
                apply.begin_remote_apply(conn)
                pending = apply.pending_fields(conn)
                screened = received.screen(conn, page)
                outcome = apply.apply_page_items(
                    conn, screened.rows, screened.events, pending, self._known
                )
                apply.end_remote_apply(conn)
            self.report.conflicts_received += apply.store_conflicts(conn, page.conflicts)
            self._receive_clock(session, page)
            self._bound_clock(session)
            session.execute(update(sync_state).values(pull_cursor=page.next_cursor))
        self.report.pulled_rows += len(page.rows) + sum(len(e.rows) for e in page.events)
        self.report.purged_clients += len(outcome.purged)
        self.report.retired_clients += len(outcome.retired)
        self.report.kept_from_purged += outcome.kept_from_purged
        self.report.joined_duplicates += len(outcome.joined)
        self.report.set_aside += screened.set_aside

    def _heard_server(self, server_time_ms: int) -> None:
        """The server's clock, and how far this device's clock is from it, as last heard."""
        self._server_clock = (server_time_ms, self.wall_clock() - server_time_ms)

    def _bound_clock(self, session: Session) -> None:
        """Bring a device clock that ran ahead of the server's (beyond the skew) back to
        the server's time.

        A stamp never goes back on one device, so a clock that ran ahead (a year, say)
        would otherwise stamp every edit a year ahead long after it was corrected, and
        those edits would beat real later ones. Only the wall part comes back; the
        counter is kept, so the next stamp still follows every stamp the server took
        from this device (the server clamped those to its time, too).
        """
        if self._server_clock is None:
            return
        server_ms = self._server_clock[0]
        session.execute(
            update(DeviceState)
            .where(DeviceState.hlc_wall_ms > server_ms + CLOCK_SKEW_LIMIT_MS)
            .values(hlc_wall_ms=server_ms)
        )

    def _clock_ahead_now(self) -> int | None:
        """How far this device's clock is ahead of the server's, if beyond the skew."""
        if self._server_clock is None:
            return self.report.clock_ahead_ms
        ahead = self._server_clock[1]
        return ahead if ahead > CLOCK_SKEW_LIMIT_MS else None

    def _receive_clock(self, session: Session, page: PullResponse) -> None:
        """Advance the device clock past the stamps it saw (not past a far-ahead one)."""
        now = self.wall_clock()
        stamps = [row.stamp for row in page.rows] + [r.stamp for e in page.events for r in e.rows]
        newest = _newest_stamp(stamps)
        if newest is None:
            return
        remote = hlc.Stamp.decode(newest)
        if remote.wall_ms > now + CLOCK_SKEW_LIMIT_MS:
            return
        device = session.execute(select(DeviceState.hlc_wall_ms, DeviceState.hlc_counter)).one()
        wall, counter = hlc.receive(device[0], device[1], remote.wall_ms, remote.counter, now)
        session.execute(update(DeviceState).values(hlc_wall_ms=wall, hlc_counter=counter))

    # -- check --------------------------------------------------------------------

    def check_scope(self) -> None:
        """Compare the rows' versions with the server's, bucket by bucket; download the
        rows of the buckets that differ again (all of the scope if many differ).

        Both sides hash every row's synced values (`row_version`), so a row that holds
        an old value here is found, not only a row that is missing. Rows with unsent
        or refused changes are left out on both sides, and an edit made meanwhile is
        kept when the rows are written.
        """
        with self.store.session() as session:
            exclude = unsettled_rows(session)
            cursor = self._cursor(session)
        server = self.transport.summary(
            SummaryRequest(exclude=sorted(exclude), protocol_version=self.protocol_version)
        )
        if server.cursor != cursor:
            return  # the feed moved on meanwhile: not comparable now, next time
        with self.store.session() as session:
            local = local_buckets(session, exclude, self._known)
        differing = [n for n, digest in enumerate(server.buckets) if local[n] != digest]
        self.report.verified = bool(server.buckets) and not differing
        with self.store.session() as session, session.begin():
            session.execute(update(sync_state).values(last_verified_at=_naive_now()))
        if self.report.verified:
            return
        self.report.resynced = True
        if not server.buckets or len(differing) > MAX_REPAIR_BUCKETS:
            with self.store.session() as session, session.begin():
                session.execute(update(sync_state).values(pull_cursor=0))
            self.pull_all(include_own=True)
            return
        self._repair(differing, exclude)

    def _repair(self, buckets: list[int], exclude: set[str]) -> None:
        """Write the server's state of the rows in `buckets` that differ from it here."""
        request = RowsRequest(
            buckets=buckets, exclude=sorted(exclude), protocol_version=self.protocol_version
        )
        answer = self.transport.rows(request)
        with self.store.session() as session, session.begin():
            conn = session.connection()
            stale = [row for row in answer.rows if _differs(conn, row, self._known)]
            with capture.applying_remote(session):
                apply.begin_remote_apply(conn)
                apply.apply_rows(conn, stale, apply.pending_fields(conn), self._known)
                apply.end_remote_apply(conn)
        self.report.repaired_rows += len(stale)

    def _check_due(self) -> bool:
        with self.store.session() as session:
            last = session.scalar(select(sync_state.c.last_verified_at))
        if last is None or not self.verify_every or self.report.restored:
            return True  # never checked yet, or asked to check after every sync
        received = self.report.pulled_rows or self.report.purged_clients
        return bool(received) and _naive_now() - last >= self.verify_every

    # -- state --------------------------------------------------------------------

    def _cursor(self, session: Session | None = None) -> int:
        if session is None:
            with self.store.session() as own:
                return self._cursor(own)
        cursor = session.scalar(select(sync_state.c.pull_cursor))
        if cursor is None:
            raise NotEnrolled()
        return int(cursor)

    def _mark_attempt(self) -> None:
        """Only a check: the outcome is written at the end (one fsync fewer per sync)."""
        with self.store.session() as session:
            if session.execute(select(sync_state.c.singleton)).first() is None:
                raise NotEnrolled()

    def _mark_failure(self, code: str) -> None:
        if self.store.is_locked:
            return
        with self.store.session() as session, session.begin():
            session.execute(
                update(sync_state).values(last_error=code[:40], last_attempt_at=_naive_now())
            )

    def _save_quiet_cursor(self, session: Session | None = None) -> None:
        """The cursor of a last page that brought nothing, unless another sync moved it."""
        if self._quiet_cursor is None:
            return
        if session is None:
            with self.store.session() as own, own.begin():
                self._save_quiet_cursor(own)
            return
        since, cursor = self._quiet_cursor
        session.execute(
            update(sync_state).where(sync_state.c.pull_cursor == since).values(pull_cursor=cursor)
        )
        self._quiet_cursor = None

    def _mark_success(self) -> None:
        now = _naive_now()
        self.report.clock_ahead_ms = self._clock_ahead_now()
        with self.store.session() as session, session.begin():
            self._save_quiet_cursor(session)
            self._bound_clock(session)
            session.execute(
                update(sync_state).values(
                    last_success_at=now, last_attempt_at=now, last_error=None,
                    clock_ahead_ms=self.report.clock_ahead_ms,
                    spoken_version=self.report.protocol_version,
                )
            )  # fmt: skip


def synchronise(
    store: CaseStore, transport: SyncTransport, progress: Progress | None = None, **options: Any
) -> SyncReport:
    """Push, pull and check once; raises `SyncError` (e.g. `DeviceRevoked`) on failure."""
    sync = Sync(store, transport, progress or _no_progress, **options)
    return sync.run()


def unsettled_rows(session: Session) -> set[str]:
    """Rows the server may not know as they are here: unsent or refused changes."""
    unsent = set(session.scalars(select(outbox_table.c.row_id)))
    refused = set(session.scalars(select(sync_quarantine.c.row_id)))
    return unsent | refused


def local_buckets(
    session: Session, exclude: set[str], known: Mapping[str, TableSpec] = TABLES
) -> list[str]:
    """This device's side of the scope check: `bucket_digests` of its rows' versions,
    over the tables and fields of `known` (what the server compares, too)."""
    versions: list[tuple[str, str, str]] = []
    for table_name, spec in known.items():
        table = Base.metadata.tables.get(table_name)
        if table is None:
            continue
        for row in session.execute(select(table)).mappings():
            if row["id"] not in exclude:
                versions.append((table_name, row["id"], local_version(spec, row)))
    return bucket_digests(versions)


def local_version(spec: TableSpec, row: RowMapping) -> str:
    return row_version(spec, {n: to_json_value(row[n]) for n in spec.by_name if n in row})


def _differs(conn: Connection, state: RowState, known: Mapping[str, TableSpec]) -> bool:
    spec = known.get(state.table)
    table = Base.metadata.tables.get(state.table)
    if spec is None or table is None:
        return False
    row = conn.execute(select(table).where(table.c.id == state.row_id)).mappings().first()
    return row is None or local_version(spec, row) != row_version(spec, state.fields)


def _went_back(code: ErrorCode) -> bool:
    return code in (ErrorCode.PUSH_SEQUENCE_STALE, ErrorCode.PUSH_SEQUENCE_REUSED)


def _newest_stamp(stamps: list[str]) -> str | None:
    """Encoded stamps sort as they order (fixed-width fields), so one decode suffices;
    a malformed stamp among them is passed over."""
    if not stamps:
        return None
    newest = max(stamps)
    return newest if _is_stamp(newest) else max((s for s in stamps if _is_stamp(s)), default=None)


def _is_stamp(text: str) -> bool:
    try:
        hlc.Stamp.decode(text)
    except ValueError:
        return False
    return True


def _naive_now() -> datetime:
    return utcnow().replace(tzinfo=None)
