"""Cycles are collected on the GUI thread, never on the store worker.

Python collects cycles on whichever thread has made enough objects. A cycle that holds
a Qt object (a closed window with callbacks that point back at it) freed on the store
worker is a Qt object deleted on a thread that does not own it: the app can crash.
"""

from __future__ import annotations

import threading
import weakref

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from astu_desktop.ui.collector import collect_on_gui_thread
from astu_desktop.ui.tasks import TaskRunner


class ClosedWindow:
    """A cycle holding a Qt object, as a closed window and its callbacks make."""

    def __init__(self) -> None:
        self.itself = self
        self.widget = QObject()


def _many_objects() -> list[list[int]]:
    """Far more new objects than Python's first generation holds before it collects."""
    return [[n] for n in range(50_000)]


def test_a_cycle_left_behind_is_collected_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    freed_on: list[str] = []
    window = ClosedWindow()
    weakref.finalize(window, lambda: freed_on.append(threading.current_thread().name))
    del window
    kept: list[list[list[int]]] = []

    runner.run(_many_objects, kept.append, pytest.fail)
    runner.wait_until_idle()
    assert freed_on == [], "the store worker collected the cycle"

    qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
    assert freed_on == [threading.main_thread().name]
    assert len(kept[0]) == 50_000


def test_the_app_has_one_collector_however_often_it_is_asked(qapp: QApplication) -> None:
    assert collect_on_gui_thread(qapp) is collect_on_gui_thread(qapp)
