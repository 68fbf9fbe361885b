"""The endpoints: health, enrolment, push, pull, scope summary.

Handlers are plain functions (FastAPI runs them on its thread pool); each opens its
own session, one transaction per request. The device token decides who is calling;
nothing in a request body can widen what that caller may see or change.
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy.orm import Session, sessionmaker

from astu_protocol.messages import (
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorCode,
    Health,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RowsRequest,
    RowsResponse,
    ScopeSummary,
    SummaryRequest,
    TokenRequest,
    TokenResponse,
    UserInfo,
    Versioned,
    readable_page,
)
from astu_protocol.tables import TableSpec
from astu_protocol.versions import spoken, tables_at
from astu_server import devices, directory, disclosure, feed, merge, retention, scope, summary
from astu_server.db import FeedPositions
from astu_server.devices import Caller
from astu_server.http import ApiError
from astu_server.models import Device, User
from astu_server.security import LoginThrottle, verify_password

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 409, 413, 422, 429)
}
router = APIRouter(prefix="/api/v1", responses=ERRORS)
WRONG_CREDENTIALS = "wrong username, password or enrolment code"
__all__ = ["Caller", "router"]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def sessions_of(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessions
    return factory


def authenticated(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Caller:
    """The device behind the bearer token, as the gate found it before reading the body
    (`astu_server.gate`); the gate already refused unknown, revoked and disabled ones."""
    caller = getattr(request.state, "caller", None)
    if not isinstance(caller, Caller):
        raise ApiError(401, ErrorCode.UNAUTHORIZED)
    return caller


CallerDep = Annotated[Caller, Depends(authenticated)]


def server_version(request: Request) -> int:
    version: int = request.app.state.protocol_version
    return version


def refuse_too_old(request: Request, body: Versioned) -> None:
    """A laptop older than the oldest version this server still speaks is told to
    update. Called first in every handler of a versioned request, before the handler
    reads or writes anything: nothing of the request takes effect (a push stays in the
    outbox, an enrolment code is not spent). The gate before it has still noted the
    device as seen, as for any authenticated request."""
    oldest: int = request.app.state.oldest_protocol_version
    if body.protocol_version < oldest:
        raise ApiError(400, ErrorCode.PROTOCOL_MISMATCH, f"protocol version {oldest} or newer")


def known_to_both(request: Request, body: Versioned) -> dict[str, TableSpec]:
    """The tables and fields of the version the caller and this server both speak."""
    refuse_too_old(request, body)
    return tables_at(spoken(server_version(request), body.protocol_version))


@router.get("/health")
def health(request: Request) -> Health:
    """Also what a laptop asks first: which protocol version this server speaks."""
    return Health(protocol_version=server_version(request))


@router.post("/enrol")
def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
    """Username, password and a one-time code once; the laptop keeps the token inside
    its encrypted store. A request with a valid code is never refused by the sign-in
    limit (nobody can lock a named worker out); one without is counted by it."""
    refuse_too_old(request, body)
    throttle: LoginThrottle = request.app.state.login_throttle
    address = request.client.host if request.client else "unknown"
    with sessions_of(request)() as session, session.begin():
        user = directory.find_user(session, body.username)
        code = devices.claim_code_attempt(session, user, body.enrolment_code)
    if code is None or user is None:
        if not throttle.attempt(address, body.username):
            raise ApiError(429, ErrorCode.RATE_LIMITED, "too many failed sign-ins from here")
        # No password check without a valid code: a stranger's guesses cost a digest.
        raise ApiError(401, ErrorCode.UNAUTHORIZED, WRONG_CREDENTIALS)
    _check_user(user, body.password)
    with sessions_of(request)() as session, session.begin():
        device = session.get(Device, body.device_id)
        if device is not None and device.revoked_at is not None:
            raise ApiError(403, ErrorCode.DEVICE_REVOKED)
        if device is not None and device.user_id != user.id:
            raise ApiError(409, ErrorCode.INVALID_REQUEST, "device enrolled for another user")
        if not devices.spend_code(session, code):
            raise ApiError(401, ErrorCode.UNAUTHORIZED, WRONG_CREDENTIALS)
        if device is None:
            device = Device(
                id=body.device_id, user_id=user.id, token_hash="", name=body.device_name
            )
            session.add(device)
        token = devices.issue_token(device)
        request.state.caller = Caller(user.id, device.id, user.role)
    throttle.succeeded(address, body.username)
    return EnrolResponse(device_token=token, user=user_info(user), server_time_ms=now_ms())


def _check_user(user: User, password: str) -> None:
    if not verify_password(user.password_hash, password):
        raise ApiError(401, ErrorCode.UNAUTHORIZED, WRONG_CREDENTIALS)
    if user.disabled_at is not None:
        raise ApiError(403, ErrorCode.USER_DISABLED)
    if user.role not in scope.SYNCING_ROLES:
        raise ApiError(403, ErrorCode.ROLE_CANNOT_SYNC)


@router.post("/device/token")
def rotate_token(body: TokenRequest, request: Request, caller: CallerDep) -> TokenResponse:
    """A new token when the current one is due; the current one works until it is used."""
    refuse_too_old(request, body)
    with sessions_of(request)() as session, session.begin():
        device = session.get_one(Device, caller.device_id)
        return TokenResponse(device_token=devices.rotate_if_due(device))


def user_info(user: User) -> UserInfo:
    role: Literal["field_worker", "team_lead"] = (
        "team_lead" if user.role == scope.TEAM_LEAD else "field_worker"
    )
    return UserInfo(
        id=user.id, username=user.username, full_name=user.full_name, role=role,
        team_id=user.team_id,
    )  # fmt: skip


@router.get("/me")
def me(request: Request, caller: CallerDep) -> UserInfo:
    with sessions_of(request)() as session:
        return user_info(session.get_one(User, caller.user_id))


@router.post("/sync/push")
def push(body: PushRequest, request: Request, caller: CallerDep) -> PushResponse:
    """Apply one batch atomically; the same sequence number again gets the same answer."""
    tables = known_to_both(request, body)
    with sessions_of(request)() as session, session.begin():
        positions = FeedPositions(session)  # the feed lock comes first, then the device
        device = session.get_one(Device, caller.device_id)
        digest = merge.batch_digest(body)
        if body.seq == device.last_push_seq and device.last_push_response:
            if device.last_push_digest in (None, digest):  # None: answered before 0010
                return PushResponse.model_validate_json(device.last_push_response)
            raise ApiError(409, ErrorCode.PUSH_SEQUENCE_REUSED, "this sequence had other content",
                           last_seq=device.last_push_seq, last_stamp=device.last_stamp)  # fmt: skip
        if body.seq <= device.last_push_seq:
            raise ApiError(409, ErrorCode.PUSH_SEQUENCE_STALE, last_seq=device.last_push_seq,
                           last_stamp=device.last_stamp)  # fmt: skip
        batch = merge.Batch(session, merge.Pusher(caller.user_id, caller.device_id), positions,
                            now_ms(), tables)  # fmt: skip
        response = merge.apply_push(batch, body)
        device.last_push_seq = body.seq
        device.last_push_digest = digest
        device.last_stamp = merge.newest_stamp(device.last_stamp, body, batch.now_ms)
        device.last_push_response = response.model_dump_json()
        device.clock_ahead_ms = response.clock_ahead_ms
        request.app.state.hooks.before_push_commit(caller.device_id)
    request.state.client_ids = batch.touched_clients
    return response


@router.post("/sync/pull", response_model=PullResponse)
def pull(body: PullRequest, request: Request, caller: CallerDep) -> Response:
    """The next page of the caller's feed after `cursor` (rows in their current state)."""
    tables = known_to_both(request, body)
    with sessions_of(request)() as session, session.begin():
        device = session.get_one(Device, caller.device_id)  # read; written after the feed
        if body.holding is not None:  # first, for the lock order: the feed, then the device
            retention.retire_due(session, device, body.holding, request.app.state.retention)
        acknowledged = feed.Acknowledged(device.pull_cursor, device.last_push_seq,
                                         device.last_stamp)  # fmt: skip
        if device.pull_cursor != body.applied_cursor:
            device.pull_cursor = body.applied_cursor  # written only when it moved
        page = feed.pull_page(
            session, caller.user_id, "" if body.include_own else caller.device_id, body.cursor,
            body.limit, now_ms(), acknowledged,
        )  # fmt: skip
        disclosure.record_pull(session, caller.user_id, caller.device_id, page.client_ids)
    request.state.client_ids = page.client_ids
    answer = readable_page(page.response, tables)
    # Serialised once here; FastAPI would validate a thousand rows again on the way out.
    return Response(answer.model_dump_json(), media_type="application/json")


@router.post("/sync/summary")
def scope_summary(body: SummaryRequest, request: Request, caller: CallerDep) -> ScopeSummary:
    """Counts and an id hash of the caller's scope, to check a device holds just that."""
    tables = known_to_both(request, body)
    with sessions_of(request)() as session, session.begin():
        return summary.summarise(session, caller.user_id, set(body.exclude), tables)


@router.post("/sync/rows")
def scope_rows(body: RowsRequest, request: Request, caller: CallerDep) -> RowsResponse:
    """The current rows of the caller's scope in some buckets of the scope check."""
    tables = known_to_both(request, body)
    with sessions_of(request)() as session, session.begin():
        answer, clients = summary.rows_in_buckets(
            session, caller.user_id, set(body.buckets), set(body.exclude), tables
        )
    request.state.client_ids = clients
    return answer
