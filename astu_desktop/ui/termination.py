"""A polite end on SIGTERM, SIGHUP and SIGINT: a log-out, a shutdown or `kill` quits the app as
its Quit does, so open drafts are saved, the store is locked and its log folded back.

Without this the interpreter's default would end the process at once, with typed text
only in the draft's last autosave and the write-ahead log left beside the database.
Qt's event loop does not run Python signal handlers by itself: the signal's byte is
written to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier watches, so the
handler runs on the GUI thread within the loop, without polling.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

# Ctrl+C in the terminal that started it ends it as politely (no traceback dialog);
# SIGHUP does not exist on Windows.
SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)
_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


@contextmanager
def quit_on_termination(app: QApplication) -> Iterator[None]:
    """While the block runs, these signals quit `app`; the old handlers come back.

    A window may still refuse to close (a draft that cannot be saved on a full disk
    keeps its editor open); the app then stays until the worker decides.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: _drain(reader))
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous: dict[int, _Handler] = {}
    for number in SIGNALS:
        previous[number] = signal.signal(number, lambda *_: app.quit())
    try:
        yield
    finally:
        for restored, handler in previous.items():
            signal.signal(restored, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()


def _drain(reader: socket.socket) -> None:
    """Empty the wakeup socket; returning to Python runs the pending handler."""
    try:
        while reader.recv(64):
            pass
    except BlockingIOError:
        return
