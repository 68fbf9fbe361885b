"""Shared fixtures. Every test runs with its own user directories, never the real ones."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports platformdirs or Qt: a private home for every user directory.
_SANDBOX = Path(tempfile.mkdtemp(prefix="astu-test-home-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SANDBOX / _variable.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("ASTU_PASSPHRASE", None)

import pytest  # noqa: E402

from astu_desktop.store.casestore import CaseStore  # noqa: E402
from tests.support import FAST_KDF, PASSPHRASE  # noqa: E402


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "cases" / "astu.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[CaseStore]:
    opened = CaseStore.create(store_path, PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.lock()
