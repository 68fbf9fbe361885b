"""The FastAPI application over one database engine."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from astu_protocol.messages import API_PREFIX
from astu_protocol.versions import OLDEST_PROTOCOL_VERSION, PROTOCOL_VERSION
from astu_server import api
from astu_server.db import sessions
from astu_server.gate import RequestGate
from astu_server.http import AccessLog, install_error_handlers
from astu_server.retention import Retention
from astu_server.security import LoginThrottle

TITLE = "ASTU central server"
VERSION = "0.1.0"


@dataclass
class Hooks:
    """Seams for tests that must hold a transaction open at a chosen point."""

    def before_push_commit(self, device_id: str) -> None:
        return None


def create_app(
    engine: Engine,
    *,
    throttle: LoginThrottle | None = None,
    hooks: Hooks | None = None,
    retention: Retention | None = None,
    protocol_version: int = PROTOCOL_VERSION,
    oldest_protocol_version: int = OLDEST_PROTOCOL_VERSION,
) -> FastAPI:
    """`protocol_version`: the version this server speaks, and `oldest_protocol_version`
    the oldest it still answers (others only in tests of laptops a version behind or
    ahead of it, or too old for it)."""
    app = FastAPI(
        title=TITLE,
        version=VERSION,
        summary=f"Sync protocol {protocol_version}: enrolment, push, pull, scope summary.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.sessions = sessions(engine)
    app.state.protocol_version = protocol_version
    app.state.oldest_protocol_version = oldest_protocol_version
    app.state.login_throttle = throttle or LoginThrottle()
    app.state.hooks = hooks or Hooks()
    app.state.retention = retention or Retention.from_environment()
    install_error_handlers(app)
    # The last added runs first: the access record wraps everything, then the gate.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(RequestGate)
    app.add_middleware(AccessLog)
    app.include_router(api.router)
    return app


def openapi_document(app: FastAPI) -> dict[str, object]:
    return app.openapi()
