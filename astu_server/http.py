"""HTTP plumbing: errors as protocol bodies, gzip request bodies, the API access log.

Every refusal is an `ErrorBody` with a code the device understands; nothing the
server answers carries personal data or a stack trace. Request bodies may come
gzip-compressed (the push of a long offline day compresses well) and are bounded.
"""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import insert
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from astu_desktop.sync.protocol import ErrorBody, ErrorCode
from astu_server.models import ApiAccess, ApiAccessClient

MAX_BODY_BYTES = 64 * 1024 * 1024
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ApiError(Exception):
    def __init__(self, status: int, code: ErrorCode, detail: str = "", **extra: Any) -> None:
        super().__init__(code.value)
        self.status = status
        self.body = ErrorBody(code=code, detail=detail, **extra)


def error_response(status: int, body: ErrorBody) -> JSONResponse:
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.body)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = error.errors()
        if any(problem.get("loc", ())[-1:] == ("protocol_version",) for problem in problems):
            body = ErrorBody(code=ErrorCode.PROTOCOL_MISMATCH, detail="protocol version 1 only")
            return error_response(400, body)
        return error_response(
            422, ErrorBody(code=ErrorCode.INVALID_REQUEST, detail=_summary(problems))
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = ErrorCode.NOT_FOUND if error.status_code == 404 else ErrorCode.INVALID_REQUEST
        return error_response(error.status_code, ErrorBody(code=code, detail=str(error.detail)))


def _summary(problems: Any) -> str:
    """Where and what, never the offending value (it may be a client's data)."""
    parts = []
    for problem in jsonable_encoder(problems)[:5]:
        location = ".".join(str(part) for part in problem.get("loc", ()))
        parts.append(f"{location}: {problem.get('type', 'invalid')}")
    return "; ".join(parts)


class RequestBodies:
    """ASGI middleware: bounded request bodies, gzip ones decompressed."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        gzipped = headers.get(b"content-encoding", b"").lower() == b"gzip"
        raw = await self._read(receive)
        body = self._gunzip(raw) if raw is not None and gzipped else raw
        if body is None:
            response = error_response(413, ErrorBody(code=ErrorCode.TOO_LARGE))
            await response(scope, receive, send)
            return
        if isinstance(body, ErrorBody):
            await error_response(400, body)(scope, receive, send)
            return
        scope.setdefault("state", {})  # shared with the outer middleware (the access log)
        scope = dict(scope)
        scope["headers"] = [
            (name, value)
            for name, value in scope.get("headers") or []
            if name not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        chunks, size = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    def _gunzip(self, body: bytes) -> bytes | ErrorBody | None:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = inflater.decompress(body, self.max_bytes + 1)
        except zlib.error:
            return ErrorBody(code=ErrorCode.INVALID_REQUEST, detail="body is not gzip")
        if len(data) > self.max_bytes or inflater.unconsumed_tail:
            return None
        return data


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def install_access_log(app: FastAPI) -> None:
    """Every API call leaves a line: who, which device, what, the answer, whose data."""

    @app.middleware("http")
    async def _log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        caller = getattr(request.state, "caller", None)
        client_ids: set[str] = getattr(request.state, "client_ids", set())
        entry = ApiAccess(
            user_id=getattr(caller, "user_id", None),
            device_id=getattr(caller, "device_id", None),
            method=request.method[:10],
            path=request.url.path[:200],
            status=response.status_code,
            client_count=len(client_ids),
        )
        await run_in_threadpool(_write_access, request.app, entry, client_ids)
        return response


def _write_access(app: FastAPI, entry: ApiAccess, client_ids: set[str]) -> None:
    with app.state.sessions() as session, session.begin():
        session.add(entry)
        session.flush()
        if client_ids:
            session.execute(
                insert(ApiAccessClient),
                [{"access_id": entry.id, "client_id": client_id} for client_id in client_ids],
            )
