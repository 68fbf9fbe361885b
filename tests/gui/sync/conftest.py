"""A real server on loopback (SQLite) and enrolled laptops for the GUI's sync tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from astu_desktop.models import Client, ServiceEpisode
from astu_desktop.services.store_actions import read_opening
from astu_desktop.ui.main_window import MainWindow
from astu_desktop.ui.sync.scheduler import SyncTimings
from astu_protocol.codes import EpisodeStatus, Service
from tests.gui.windowkit import LOAD_TIMEOUT_MS
from tests.integration.serverkit import Laptop, LiveServer, live_server, new_laptop
from tests.support import helsinki_today

# Retries after 20, 40, then at most 80 ms; no periodic sync during a test.
FAST = SyncTimings(every_ms=3_600_000, first_retry_ms=20, max_retry_ms=80, start_delay_ms=0)
SYNC_TIMEOUT_MS = 20_000
HETU = "131052-308T"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(f"sqlite:///{tmp_path / 'server.db'}") as running:
        running.add_team("Itä")
        running.add_user("aino", team="Itä")
        running.add_user("bertta", team="Itä")
        yield running


@pytest.fixture
def laptops(tmp_path: Path, server: LiveServer) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Laptop] = []

    def make(username: str) -> Laptop:
        laptop = new_laptop(tmp_path, server, username)
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        if not laptop.store.is_locked:
            laptop.store.lock()


def shared_client(server: LiveServer, aino: Laptop, bertta: Laptop) -> str:
    """A client of Aino's caseload whom Bertta co-works on, on both laptops."""
    with aino.session() as session, session.begin():
        worker_id = aino.store.device_state()["current_worker_id"]
        client = Client(first_names="Aino", last_name="Virtanen", hetu=HETU, phone="040 1")
        session.add(client)
        session.flush()
        session.add(
            ServiceEpisode(
                client_id=client.id,
                service=Service.OUTREACH,
                status=EpisodeStatus.ACTIVE,
                responsible_worker_id=worker_id,
                start_date=helsinki_today() - timedelta(days=30),
            )
        )
        client_id = client.id
    aino.sync()
    server.assign(client_id, "aino", "bertta")
    aino.sync()
    bertta.sync()
    return client_id


def edit_client(laptop: Laptop, client_id: str, **values: object) -> None:
    with laptop.session() as session, session.begin():
        client = session.get_one(Client, client_id)
        for name, value in values.items():
            setattr(client, name, value)


def sync_window(
    qtbot, runner, translations, reporter, transport: httpx.BaseTransport | None = None
) -> MainWindow:
    window = MainWindow(runner, translations, reporter, sync_timings=FAST, sync_transport=transport)
    qtbot.addWidget(window)
    return window


def open_and_sync(qtbot, window: MainWindow, laptop: Laptop) -> None:
    """Open the store; the first sync starts on its own. Waits until it succeeded."""
    with qtbot.waitSignal(window.sync.succeeded, timeout=SYNC_TIMEOUT_MS):
        window.open_store(laptop.store, read_opening(laptop.store))
        window.show()
    qtbot.waitUntil(lambda: not window.panel.model.loading, timeout=LOAD_TIMEOUT_MS)


class FlakyTransport(httpx.HTTPTransport):
    """The network is down for the first `failures` requests, then it works again."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures
        self.requests = 0
        self.threads: set[threading.Thread] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.threads.add(threading.current_thread())
        if self.requests <= self.failures:
            raise httpx.ConnectError("network down", request=request)
        return super().handle_request(request)


class PullGate(httpx.HTTPTransport):
    """A server that stops answering: the first pull request hangs until `release` is set.

    That puts a lock exactly in the middle of a sync, between push and pull, without
    timing; the test releases the request only after the lock returned.
    """

    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()
        self.release = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull") and not self.reached.is_set():
            self.reached.set()
            self.release.wait(timeout=60)
        return super().handle_request(request)
