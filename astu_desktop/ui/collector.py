"""Python's cycle collector runs on the GUI thread only.

Python collects reference cycles whenever enough objects have been made, on
whichever thread made them: on the store worker too, or on the sync's HTTP thread.
A cycle that holds a Qt object (a closed window and its callbacks) would then be
deleted on a thread that does not own it, and the app can crash. So automatic
collection is off, and a timer on the GUI thread collects instead, a generation at a
time when Python's own thresholds say it is due: the same work, on the one thread
allowed to do it (a known recipe of PyQt and PySide apps, such as OpenCue's
`GarbageCollector`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up for long, rare enough to cost nothing:
# a check is three integer comparisons unless a generation is due.
CHECK_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it lives and collects on its timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection back on (a test session that installed this ends)."""
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> None:
        """Collect the generations Python itself would have collected by now."""
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The app's one collector, made the first time it is asked for."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
