"""Engines, sessions, schema migrations and the feed lock, on PostgreSQL or SQLite.

PostgreSQL (through psycopg 3) in production; SQLite is the embedded default for local
trials. Engines hide SQL parameters in their errors: a parameter may be a client's
data, and an error's text ends up in logs. Every session is one transaction opened
by the caller. The feed lock serialises every transaction that hands out feed
positions, so transactions commit in the order of their positions and a cursor never
passes a position committed late.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from astu_server.models import FeedCounter

MIGRATIONS = Path(__file__).with_name("migrations")
# An arbitrary constant naming the feed lock among PostgreSQL's advisory locks.
FEED_LOCK_KEY = 0x41535455_0001
SQLITE_BUSY_TIMEOUT_S = 30


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8, hide_parameters=True)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy own the transactions; see the "begin" hook below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # Writers queue at BEGIN instead of failing later on a lock upgrade.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the server schema to the newest revision."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def lock_feed(session: Session) -> None:
    """Hold the feed lock until this transaction ends (SQLite: BEGIN IMMEDIATE did)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(FEED_LOCK_KEY)))


class FeedPositions:
    """Hands out feed positions inside one transaction that holds the feed lock."""

    def __init__(self, session: Session) -> None:
        lock_feed(session)
        counter = session.get(FeedCounter, 1, with_for_update=True)
        if counter is None:
            counter = FeedCounter(singleton=1, value=0)
            session.add(counter)
        self._counter = counter

    def next(self) -> int:
        self._counter.value += 1
        return self._counter.value


def feed_ceiling(session: Session) -> int:
    """The newest position whose transaction has committed (all below it have, too)."""
    return session.scalar(select(FeedCounter.value).where(FeedCounter.singleton == 1)) or 0
