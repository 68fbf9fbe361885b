"""The few preferences the GUI keeps between runs, all in one QSettings file.

Only layout, language and the auto-lock time live here: never names, codes or
anything else from the store, because the settings file is not encrypted.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

ORGANISATION = "Helsinki"
APPLICATION = "ASTU Desktop"
LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "main_window/geometry"
CASELOAD_HEADER_KEY = "caseload/header"
AUTOLOCK_KEY = "security/autolock_minutes"
MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES = 1, 60
DEMO_ROLE_KEY = "demo/role"  # worker or lead: how the demo opens


def app_settings() -> QSettings:
    """INI format in the user scope, so tests can redirect it with `QSettings.setPath`."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def saved_language(default: str) -> str:
    value = app_settings().value(LANGUAGE_KEY, default)
    return value if isinstance(value, str) else default


def save_language(code: str) -> None:
    app_settings().setValue(LANGUAGE_KEY, code)


def save_geometry(widget: QWidget) -> None:
    app_settings().setValue(GEOMETRY_KEY, widget.saveGeometry())


def restore_geometry(widget: QWidget) -> bool:
    """False when nothing was saved yet (the caller then picks a sensible size)."""
    value = app_settings().value(GEOMETRY_KEY)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return widget.restoreGeometry(value)
    return False


def saved_autolock_minutes(default: int) -> int:
    """The INI file gives back text; anything unreadable means the default. The file
    is not protected, so a value outside what the dialog offers (a week, or zero) is
    brought within it: nobody can make an unattended laptop stay open for long."""
    value = app_settings().value(AUTOLOCK_KEY, default)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool):
        return default
    return min(max(value, MIN_AUTOLOCK_MINUTES), MAX_AUTOLOCK_MINUTES)


def save_autolock_minutes(minutes: int) -> None:
    app_settings().setValue(AUTOLOCK_KEY, minutes)


def save_state(key: str, state: QByteArray) -> None:
    """A Qt `saveState()` blob (column widths, sort order) under `key`."""
    app_settings().setValue(key, state)


def saved_state(key: str) -> QByteArray | None:
    value = app_settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
