"""The HTTP side of the sync: protocol messages in, protocol messages out (httpx).

Failures become a few exceptions the engine and the user can act on: the server is
not reachable (try again later), this device was revoked (wipe), the token is no
longer accepted (enrol again), or the server refused the request with a code.
Larger request bodies are gzip-compressed; the byte counters let the benchmark (and
a curious status line) tell what a sync cost on the wire.
"""

from __future__ import annotations

import functools
import gzip
import os
import ssl
from typing import Protocol, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from astu_protocol.messages import (
    API_PREFIX,
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
)

TIMEOUT_S = 30.0
GZIP_FROM_BYTES = 1024
Reply = TypeVar("Reply", bound=BaseModel)


def tls_context() -> ssl.SSLContext:
    """The TLS settings every client of this process shares.

    Building them reads the whole CA bundle (tens of milliseconds, more than a short
    sync's own work), and one `SSLContext` is safe to share between clients and
    threads. The CA an admin points `SSL_CERT_FILE` or `SSL_CERT_DIR` at is read as
    httpx reads it; a changed setting builds a context of its own.
    """
    return _tls_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _tls_context_for(_cert_file: str | None, _cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()


class SyncError(Exception):
    """A sync problem with a message code for the UI and CLI (no personal data)."""

    code = "sync_failed"


class ServerUnreachable(SyncError):
    code = "server_unreachable"


class DeviceRevoked(SyncError):
    code = "device_revoked"


class NotAuthorised(SyncError):
    code = "sync_unauthorised"


class UpdateRequired(SyncError):
    """The server no longer speaks this laptop's protocol version: only an update of
    ASTU Desktop helps. Nothing was sent or received; the outbox waits for it."""

    code = "update_required"


class ServerRefused(SyncError):
    code = "server_refused"

    def __init__(self, status: int, error: ErrorBody | None) -> None:
        super().__init__(error.code.value if error else f"http {status}")
        self.status = status
        self.error = error


class SyncTransport(Protocol):
    """What the engine needs from a server; tests may stand in for the network."""

    def push(self, request: PushRequest) -> PushResponse: ...

    def pull(self, request: PullRequest) -> PullResponse: ...

    def summary(self, request: SummaryRequest) -> ScopeSummary: ...

    def rows(self, request: RowsRequest) -> RowsResponse: ...

    def health(self) -> Health: ...


class HttpSyncClient:
    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        timeout: float = TIMEOUT_S,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Accept-Encoding": "gzip"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=server_url.rstrip("/") + API_PREFIX,
            headers=headers,
            timeout=timeout,
            transport=transport,
            verify=tls_context(),
        )
        self.bytes_sent = 0
        self.bytes_received = 0

    def __enter__(self) -> HttpSyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._post("/enrol", request, EnrolResponse)

    def push(self, request: PushRequest) -> PushResponse:
        return self._post("/sync/push", request, PushResponse)

    def rotate_token(self) -> str | None:
        """A new device token when the server rotated it; None when not yet due."""
        return self._post("/device/token", TokenRequest(), TokenResponse).device_token

    def use_token(self, token: str) -> None:
        self._http.headers["Authorization"] = f"Bearer {token}"

    def pull(self, request: PullRequest) -> PullResponse:
        return self._post("/sync/pull", request, PullResponse)

    def summary(self, request: SummaryRequest) -> ScopeSummary:
        return self._post("/sync/summary", request, ScopeSummary)

    def rows(self, request: RowsRequest) -> RowsResponse:
        return self._post("/sync/rows", request, RowsResponse)

    def health(self) -> Health:
        """The server's state, and the protocol version it speaks."""
        try:
            response = self._http.get("/health")
        except httpx.HTTPError as error:
            raise ServerUnreachable(type(error).__name__) from None
        self._count(response, 0)
        return self._answer(response, Health)

    def _post(self, path: str, request: BaseModel, reply: type[Reply]) -> Reply:
        body = request.model_dump_json().encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if len(body) >= GZIP_FROM_BYTES:
            body = gzip.compress(body, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        try:
            response = self._http.post(path, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise ServerUnreachable(type(error).__name__) from None
        self._count(response, len(body))
        return self._answer(response, reply)

    def _answer(self, response: httpx.Response, reply: type[Reply]) -> Reply:
        if response.status_code != 200:
            raise refusal(response)
        try:
            return reply.model_validate_json(response.content)
        except ValidationError:
            raise ServerRefused(response.status_code, None) from None

    def _count(self, response: httpx.Response, body_bytes: int) -> None:
        request = response.request
        self.bytes_sent += body_bytes + _header_bytes(request.headers) + len(str(request.url))
        self.bytes_received += response.num_bytes_downloaded + _header_bytes(response.headers)


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(name) + len(value) + 4 for name, value in headers.raw)


def refusal(response: httpx.Response) -> SyncError:
    try:
        error: ErrorBody | None = ErrorBody.model_validate_json(response.content)
    except ValidationError:
        error = None
    code = error.code if error else None
    if code is ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked()
    if code in (ErrorCode.UNAUTHORIZED, ErrorCode.USER_DISABLED, ErrorCode.TOKEN_EXPIRED):
        return NotAuthorised(code.value if code else "")
    if code is ErrorCode.PROTOCOL_MISMATCH:
        return UpdateRequired()
    return ServerRefused(response.status_code, error)
