"""Where the application keeps its files. Names never carry personal data."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "astu-desktop"
APP_AUTHOR = "Helsinki"
# The demo store holds synthetic people only; its passphrase is public on purpose.
DEMO_PASSPHRASE = "ASTU demo – ei oikeita asiakkaita"  # noqa: S105


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR)


def default_store_path() -> Path:
    return data_dir() / "astu.db"


def demo_store_path() -> Path:
    return data_dir() / "demo" / "astu-demo.db"


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)
