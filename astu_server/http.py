"""HTTP plumbing: errors as protocol bodies and the API access log.

Every refusal is an `ErrorBody` with a code the device understands; nothing the
server answers or logs carries personal data or a stack trace. Request bodies are
read at the gate (`astu_server.gate`), after the caller is known.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import insert
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from astu_protocol.messages import ErrorBody, ErrorCode
from astu_protocol.versions import OLDEST_PROTOCOL_VERSION
from astu_server.models import ApiAccess, ApiAccessClient

LOG = logging.getLogger("astu_server")
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
            detail = f"protocol version {OLDEST_PROTOCOL_VERSION} or newer"
            body = ErrorBody(code=ErrorCode.PROTOCOL_MISMATCH, detail=detail)
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


class AccessLog:
    """ASGI middleware, outermost: every request leaves an API access record, whatever
    its answer (refusals at the gate, failed sign-ins, 5xx included): method, route
    template, status, device and user or none, time; never a query string or body.

    An unexpected error is answered 500 here and logged by its type and route only:
    the exception's text may hold a database error's values (a henkilötunnus), and the
    ASGI server would print it with its traceback if it reached it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        answer = _Answer()

        async def recorded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer.status, answer.started = int(message["status"]), True
            final = message["type"] == "http.response.body" and not message.get("more_body")
            if final and not answer.recorded:
                answer.recorded = True  # before the answer leaves: a caller sees it
                await _record(scope, state, answer.status)
            await send(message)

        try:
            await self.app(scope, receive, recorded_send)
        except Exception as error:
            LOG.error(
                "internal error %s on %s %s",
                type(error).__name__, scope["method"], route_template(scope),
            )  # fmt: skip
            if not answer.started:
                response = error_response(500, ErrorBody(code=ErrorCode.INTERNAL))
                await response(scope, receive, recorded_send)
                return
        if not answer.recorded:
            await _record(scope, state, answer.status)


@dataclass
class _Answer:
    status: int = 500
    started: bool = False
    recorded: bool = False


def route_template(scope: Scope) -> str:
    """The matched route's path template (never a value from the URL); for a request
    refused before routing, its path when it is one of the API's, else "-"."""
    template = getattr(scope.get("route"), "path", None)
    if isinstance(template, str):
        return template[:200]
    path = str(scope.get("path", ""))
    return path if path in api_paths(scope.get("app")) else "-"


def api_paths(app: Any) -> frozenset[str]:
    """Every path the application serves (read once from its OpenAPI document)."""
    known: frozenset[str] | None = getattr(app.state, "api_paths", None) if app else None
    if known is None and app is not None:
        known = frozenset(app.openapi().get("paths", {})) | {app.openapi_url}
        app.state.api_paths = known
    return known or frozenset()


async def _record(scope: Scope, state: dict[str, Any], status: int) -> None:
    caller = state.get("caller")
    client_ids: set[str] = state.get("client_ids", set())
    entry = ApiAccess(
        user_id=getattr(caller, "user_id", None),
        device_id=getattr(caller, "device_id", None),
        method=str(scope["method"])[:10],
        path=route_template(scope),
        status=status,
        client_count=len(client_ids),
    )
    try:
        await run_in_threadpool(_write_access, scope["app"], entry, client_ids)
    except Exception as error:
        LOG.error("access record not written: %s", type(error).__name__)


def _write_access(app: FastAPI, entry: ApiAccess, client_ids: set[str]) -> None:
    with app.state.sessions() as session, session.begin():
        session.add(entry)
        session.flush()
        if client_ids:
            session.execute(
                insert(ApiAccessClient),
                [{"access_id": entry.id, "client_id": client_id} for client_id in client_ids],
            )
