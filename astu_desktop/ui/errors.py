"""Every failure reaches the worker as a calm sentence, never as a traceback.

Store errors carry a code that selects a translated sentence. Anything unexpected is
written to the log folder for support and answered with one general message. The
log keeps the exception's type and the code lines only: an exception's message may
quote SQL parameters, which can be personal data.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from astu_desktop import paths
from astu_desktop.store import space
from astu_desktop.store.errors import (
    DiskFull,
    NotEnoughRoom,
    StoppedPartWay,
    StorageFailed,
    StoreError,
)

_CONTEXT = "StoreErrors"
_STORE_MESSAGES = {
    "wrong_passphrase": QT_TRANSLATE_NOOP("StoreErrors", "Wrong passphrase."),
    "unlock_throttled": QT_TRANSLATE_NOOP("StoreErrors", "Too many wrong attempts."),
    "store_not_found": QT_TRANSLATE_NOOP("StoreErrors", "The case store was not found."),
    "store_exists": QT_TRANSLATE_NOOP("StoreErrors", "A case store already exists there."),
    "keyfile_damaged": QT_TRANSLATE_NOOP(
        "StoreErrors", "The key file is missing or damaged. Please contact support."
    ),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "StoreErrors", "The key file does not belong to this case store. Please contact support."
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The case store is damaged or has been changed outside the application. "
        "Please contact support and do not delete any files.",
    ),
    "store_too_new": QT_TRANSLATE_NOOP(
        "StoreErrors", "The case store was written by a newer version. Please update ASTU Desktop."
    ),
    "store_locked": QT_TRANSLATE_NOOP("StoreErrors", "The case store is locked."),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The passphrase is too weak: at least 12 characters, no obvious words or repetition.",
    ),
    "storage_failed": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk could not be written to (a disk error, or it is read-only), so this was not "
        "saved. Work saved before is safe. Try again once the disk works; if it happens again, "
        "contact support.",
    ),
}
_DISK_FULL = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "The disk is full, so this was not saved. Work saved before is safe. Free disk space "
    "until at least %1 MB is free, and try again.",
)
_NOT_ENOUGH_ROOM = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "There is not enough free disk space for this (%1 MB free, %2 MB needed), so it was not "
    "started. Work saved before is safe. Free disk space and try again.",
)
_STOPPED_PART_WAY = {
    "rows": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "It stopped part way: %n row(s) received before the error were saved and are safe. "
        "The next sync goes on from there.",
    ),
    "clients": QT_TRANSLATE_NOOP(
        "StoreErrors",
        "It stopped part way: %n client(s) were saved before the error and are safe; "
        "the rest were not saved.",
    ),
}
# Said after a full or failing disk's sentence where what the worker typed is on screen.
_STILL_OPEN = QT_TRANSLATE_NOOP("StoreErrors", "What you typed is still here: save it again.")
_SAVED_BY_ITSELF = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "What you typed is still here, and it is saved by itself as soon as the disk can take it.",
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Something unexpected went wrong. Your saved work is safe. "
    "The details were written to the log for support.",
)
_log = logging.getLogger(__name__)


def store_error_text(error: StoreError) -> str:
    if isinstance(error, StoppedPartWay):
        sentence = _STOPPED_PART_WAY.get(error.unit, _STOPPED_PART_WAY["rows"])
        done = QCoreApplication.translate(_CONTEXT, str(sentence), "", error.saved)
        return f"{store_error_text(error.cause)} {done}"
    if isinstance(error, NotEnoughRoom):
        text = QCoreApplication.translate(_CONTEXT, str(_NOT_ENOUGH_ROOM))
        return text.replace("%1", _mb(error.free_bytes or 0, up=False)).replace(
            "%2", _mb(error.needed_bytes or 0)
        )
    if isinstance(error, DiskFull):
        return disk_full_text(error.needed_bytes)
    source = _STORE_MESSAGES.get(error.code, _UNEXPECTED)
    return QCoreApplication.translate(_CONTEXT, str(source))


def disk_full_text(needed_bytes: int | None) -> str:
    """The disk-full sentence, with the free space to make (MIN_FREE_BYTES when the
    write that failed did not know how much it needed)."""
    needed = needed_bytes or space.MIN_FREE_BYTES
    text = QCoreApplication.translate(_CONTEXT, str(_DISK_FULL))
    return text.replace("%1", _mb(needed))


def _mb(count: int, *, up: bool = True) -> str:
    """Whole megabytes: what is needed rounded up, what is free rounded down."""
    return str(-(-count // space.MB) if up else count // space.MB)


def is_disk_failure(error: BaseException) -> bool:
    """A full or failing disk (the store's, or a file's): the work can simply be redone."""
    disk = error if isinstance(error, StoreError) else space.storage_error(error)
    return isinstance(disk, DiskFull | StorageFailed)


def describe_unsaved(error: BaseException, *, saves_itself: bool = False) -> str:
    """`describe`, and for a disk failure that the typed text is still on screen."""
    text = describe(error)
    if not is_disk_failure(error):
        return text
    after = _SAVED_BY_ITSELF if saves_itself else _STILL_OPEN
    return f"{text} {QCoreApplication.translate(_CONTEXT, str(after))}"


def unexpected_text() -> str:
    return QCoreApplication.translate(_CONTEXT, str(_UNEXPECTED))


def describe(error: BaseException) -> str:
    """The sentence for any failure of store work; unexpected ones are logged first."""
    if isinstance(error, StoreError):
        return store_error_text(error)
    disk = space.storage_error(error)  # an OSError of a file written outside the store
    if disk is not None:
        return store_error_text(disk)
    # Imported here, after the store's own errors: the unlock dialog uses this module
    # and must paint (and answer a wrong passphrase) without the models, the sync
    # schema and the document code these two bring along.
    from astu_desktop.ui.sync.texts import not_saved_text
    from astu_protocol.validation import InvalidValue

    if isinstance(error, InvalidValue):
        return not_saved_text({name: problem.value for name, problem in error.problems.items()})
    log_unexpected(type(error), error, error.__traceback__)
    return unexpected_text()


def failure_shown_in(label: QLabel) -> Callable[[BaseException], None]:
    """A window's way to show a failure of its store work: the sentence in `label`."""

    def show(error: BaseException) -> None:
        label.setText(describe(error))
        label.show()

    return show


def log_unexpected(
    kind: type[BaseException], _error: BaseException | None, trace: TracebackType | None
) -> None:
    """Append the type and the stack (no message) to errors.log in the log folder."""
    try:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        lines = traceback.format_list(traceback.extract_tb(trace, limit=30))
        with (directory / "errors.log").open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat()} {kind.__module__}.{kind.__name__}\n")
            log.writelines(lines)
    except OSError:
        _log.warning("could not write the error log")


class ErrorReporter:
    """The GUI's `sys.excepthook`: log, then a non-blocking message box."""

    def __init__(self) -> None:
        self._showing: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, StoreError):
            self.show(store_error_text(error))
            return
        disk = space.storage_error(error)
        if disk is not None:
            self.show(store_error_text(disk))
            return
        log_unexpected(kind, error, trace)
        self.show(unexpected_text())

    def show(self, text: str) -> None:
        if QApplication.instance() is None or self._showing is not None:
            return  # one message at a time; a cascade of the same failure says nothing new
        box = QMessageBox(QMessageBox.Icon.Warning, "ASTU Desktop", text, parent=_active_window())
        box.finished.connect(self._forget)
        self._showing = box
        box.open()

    @property
    def message_box(self) -> QMessageBox | None:
        return self._showing

    def _forget(self) -> None:
        if self._showing is not None:
            self._showing.deleteLater()
        self._showing = None


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()
