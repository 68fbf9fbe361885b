"""The server inside another program: on a thread, on a free loopback port.

For `make run` (a local server beside the demo app, so sync works out of the box),
for the benchmarks and for the tests. Production runs `astu-server serve` instead.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

START_TIMEOUT_S = 30.0


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@contextmanager
def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` until the block ends; yields its base URL."""
    config = uvicorn.Config(
        app, log_level="error", lifespan="off", access_log=False, ws="none",
        proxy_headers=False,  # no proxy in front: X-Forwarded-For is a caller's claim
    )  # fmt: skip
    server = _Server(config)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    thread = threading.Thread(
        target=lambda: asyncio.run(server.serve(sockets=[listener])),
        name="astu-server",
        daemon=True,
    )
    thread.start()
    try:
        if not server.ready.wait(START_TIMEOUT_S):
            raise RuntimeError("the embedded server did not start")
        yield f"http://{host}:{listener.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT_S)
        listener.close()
