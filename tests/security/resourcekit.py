"""The real `astu-server serve` in a process of its own, for the attacks on the
server's resources and on devices: its memory can be read from /proc and everything
it writes to stdout and stderr is kept in a file to search for personal data.

Also the server-suite fixtures (SQLite and PostgreSQL, an in-thread server and its
laptops) for the tests in this folder, which has no conftest of its own.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from astu_protocol.messages import API_PREFIX
from astu_server import directory
from astu_server.db import make_engine, sessions
from astu_server.models import Team
from tests.integration.serverkit import (
    PASSWORD,
    Laptop,
    LiveServer,
    PostgresMissing,
    live_server,
    migrated_engine,
    new_laptop,
    postgres_schema,
)

START_RETRIES = 12


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    try:
        with postgres_schema() as url:
            yield url
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture
def server(db_url: str) -> Iterator[LiveServer]:
    with live_server(db_url) as running:
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
        laptop.store.lock()


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    log: Path
    db_url: str

    def memory_kib(self) -> tuple[int, int]:
        """(VmHWM, VmRSS): the peak and current resident memory, in KiB."""
        fields = {}
        status = Path(f"/proc/{self.process.pid}/status").read_text(encoding="ascii")
        for line in status.splitlines():
            name, _, value = line.partition(":")
            fields[name] = value.strip()
        return int(fields["VmHWM"].split()[0]), int(fields["VmRSS"].split()[0])

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def add_user(self, username: str, team: str = "Itä") -> None:
        engine = make_engine(self.db_url)
        try:
            with sessions(engine)() as session, session.begin():
                if directory.find_user(session, username) is None:
                    if session.scalar(select(Team.id).where(Team.name == team)) is None:
                        directory.add_team(session, team)
                    directory.add_user(
                        session, username=username, full_name=username.title(),
                        role="field_worker", password=PASSWORD, team_name=team,
                    )  # fmt: skip
        finally:
            engine.dispose()

    def enrolment_code(self, username: str) -> str:
        engine = make_engine(self.db_url)
        try:
            with sessions(engine)() as session, session.begin():
                return directory.enrolment_code(session, username)
        finally:
            engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server_process(db_url: str, folder: Path, *serve_args: str) -> Iterator[ServerProcess]:
    """`astu-server serve` on a free loopback port until the block ends."""
    migrated_engine(db_url).dispose()
    port = free_port()
    log = folder / f"server-{port}.log"
    command = [sys.executable, "-m", "astu_server", "--db-url", db_url, "serve",
               "--host", "127.0.0.1", "--port", str(port), *serve_args]  # fmt: skip
    environment = {key: value for key, value in os.environ.items() if key != "FORWARDED_ALLOW_IPS"}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=environment)
    url = f"http://127.0.0.1:{port}"
    try:
        patient = httpx.HTTPTransport(retries=START_RETRIES)
        with httpx.Client(transport=patient, timeout=10) as probe:
            assert probe.get(f"{url}{API_PREFIX}/health").status_code == 200
        yield ServerProcess(process, url, log, db_url)
    finally:
        process.terminate()
        process.wait(timeout=30)
