"""Fixtures of the server suite: every server test runs on PostgreSQL and on SQLite."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.serverkit import (
    Laptop,
    LiveServer,
    PostgresMissing,
    live_server,
    new_laptop,
    postgres_schema,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    yield from _postgres()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """For the tests that are about PostgreSQL's concurrency itself."""
    yield from _postgres()


def _postgres() -> Iterator[str]:
    try:
        with postgres_schema() as url:
            yield url
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture
def server(server_db_url: str) -> Iterator[LiveServer]:
    with live_server(server_db_url) as running:
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
