"""The request boundary: who is calling is settled before a byte of the body is read.

An unauthenticated request costs the server a header check and one index probe, never
a body: a small gzip body that would inflate to gigabytes is answered 401 unread. A
body is then read within caps, compressed and inflated alike, and inflated as a stream
(`decompressobj` with `max_length`), so no request holds more than the cap in memory.
Only the public endpoints (health, enrolment, the OpenAPI document) take a request
without a token, and their bodies are capped tightly.
"""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from astu_protocol.messages import API_PREFIX, ErrorBody, ErrorCode
from astu_server.devices import Caller, Refusal, authenticate
from astu_server.http import ApiError, ASGIApp, Message, Receive, Scope, Send, error_response

MAX_COMPRESSED_BYTES = 8 * 1024 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024  # a push batch of ordinary rows fits many times over
MAX_PUBLIC_BODY_BYTES = 16 * 1024  # an enrolment is a few hundred bytes
PUBLIC_PATHS = frozenset(f"{API_PREFIX}/{name}" for name in ("health", "enrol", "openapi.json"))


class TooLarge(Exception):
    pass


class NotGzip(Exception):
    pass


class RequestGate:
    """ASGI middleware: authenticate by bearer token, then a bounded, inflated body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})  # shared with the access log outside
        public = scope["path"] in PUBLIC_PATHS
        headers = _headers(scope)
        if not public:
            refusal = await run_in_threadpool(_caller, scope["app"].state.sessions, headers)
            if isinstance(refusal, Caller):
                state["caller"] = refusal
            else:
                if refusal.caller is not None:
                    state["caller"] = refusal.caller
                await _answer(refusal.error.status, refusal.error.body, scope, receive, send)
                return
        limit = MAX_PUBLIC_BODY_BYTES if public else MAX_BODY_BYTES
        try:
            body = await _read_body(receive, headers, limit)
        except TooLarge:
            await _answer(413, ErrorBody(code=ErrorCode.TOO_LARGE), scope, receive, send)
            return
        except NotGzip:
            body_error = ErrorBody(code=ErrorCode.INVALID_REQUEST, detail="body is not gzip")
            await _answer(400, body_error, scope, receive, send)
            return
        # In place, not a copy: the route the router finds is seen by the access log.
        scope["headers"] = [
            (name, value)
            for name, value in scope.get("headers") or []
            if name not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        await self.app(scope, _replay(body, receive), send)


class _Refused:
    def __init__(self, error: ApiError, caller: Caller | None = None) -> None:
        self.error = error
        self.caller = caller


def _caller(factory: sessionmaker[Session], headers: dict[bytes, bytes]) -> Caller | _Refused:
    token = _bearer(headers.get(b"authorization", b"").decode("latin-1"))
    if token is None:
        return _Refused(ApiError(401, ErrorCode.UNAUTHORIZED))
    try:
        with factory() as session, session.begin():
            outcome = authenticate(session, token)
    except ApiError as error:
        return _Refused(error)
    if isinstance(outcome, Refusal):
        return _Refused(outcome.error, outcome.caller)
    return outcome


def _bearer(authorization: str) -> str | None:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {name.lower(): value for name, value in scope.get("headers") or []}


async def _read_body(receive: Receive, headers: dict[bytes, bytes], limit: int) -> bytes:
    """The whole body, at most `limit` bytes after inflating and at most
    `MAX_COMPRESSED_BYTES` on the wire; a gzip body is inflated chunk by chunk."""
    encoding = headers.get(b"content-encoding", b"identity").strip().lower()
    if encoding not in (b"gzip", b"identity"):
        raise NotGzip()
    wire_limit = (
        min(limit, MAX_COMPRESSED_BYTES) if encoding == b"identity" else (MAX_COMPRESSED_BYTES)
    )
    declared = headers.get(b"content-length", b"")
    if declared.isdigit() and int(declared) > wire_limit:
        raise TooLarge()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == b"gzip" else None
    body = bytearray()
    received = 0
    while True:
        message = await receive()
        chunk: bytes = message.get("body", b"")
        received += len(chunk)
        if received > wire_limit:
            raise TooLarge()
        if inflater is None:
            body += chunk
        else:
            body += _inflate(inflater, chunk, limit - len(body))
        if len(body) > limit:
            raise TooLarge()
        if not message.get("more_body"):
            break
    if inflater is not None and not inflater.eof:
        raise NotGzip()  # truncated
    return bytes(body)


def _inflate(inflater: Any, chunk: bytes, room: int) -> bytes:
    """At most `room + 1` bytes out of `chunk`: one byte more tells it is too large."""
    if inflater.eof:
        return b""  # bytes after the gzip member are ignored
    try:
        data: bytes = inflater.decompress(chunk, room + 1)
    except zlib.error:
        raise NotGzip() from None
    if len(data) > room:
        raise TooLarge()
    return data


async def _answer(status: int, body: ErrorBody, scope: Scope, receive: Receive, send: Send) -> None:
    await error_response(status, body)(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
