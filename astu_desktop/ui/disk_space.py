"""The status bar's warning that the store's disk is running out of room.

A laptop after a long week offline may have a nearly full disk; on a full disk a
save fails and the write-ahead log cannot fold back. The warning comes while there is
still room for a day's work and a checkpoint (`space.working_room`): at unlock, after
each sync, after each save and once a minute. Reading the free space is one statvfs
and two stats, so it runs here and never waits for the store's worker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from astu_desktop.store import space
from astu_desktop.store.storepaths import StorePaths

CHECK_EVERY_MS = 60_000


class DiskSpaceWarning(QLabel):
    """Hidden while there is room; says how much is free and how much to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskSpaceWarning")
        self.setStyleSheet("QLabel#diskSpaceWarning { color: #9c1c1c; font-weight: bold; }")
        self._paths: StorePaths | None = None
        self._room: space.Room | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.hide()

    def watch(self, paths: StorePaths | None) -> None:
        """Follow the disk of an unlocked store (None: the store was locked)."""
        self._paths = paths
        if paths is None:
            self._timer.stop()
            self._room = None
            self.hide()
            return
        self._timer.start()
        self.check()

    def check(self) -> None:
        if self._paths is None:
            return
        try:
            self._room = space.room(self._paths)
        except OSError:
            self._room = None  # the folder went away (a removed stick): the saves say so
        self._show()

    @property
    def room(self) -> space.Room | None:
        return self._room

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        room = self._room
        if room is None or not room.low:
            self.hide()
            return
        self.setText(self.tr("Low disk space: %1 MB free.").replace("%1", _mb(room.free_bytes)))
        self.setToolTip(
            self.tr(
                "The disk of this computer has %1 MB free. Keep at least %2 MB free so that "
                "the day's work and the sync can be saved: remove or move files you do not "
                "need. Work saved so far is safe."
            )
            .replace("%1", _mb(room.free_bytes))
            .replace("%2", _mb(room.needed_bytes))
        )
        self.show()


def _mb(count: int) -> str:
    return str(count // space.MB)
