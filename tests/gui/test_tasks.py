"""The store worker never frees what a window's work held: that happens on the GUI thread.

A Qt object (a caseload model, a window) deleted on a thread that does not own it can
crash the app. When the work of a window that has gone is the last thing holding the
window, the worker must not be where that last reference is dropped.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QObject

from astu_desktop.ui.tasks import TaskRunner


class Held:
    """Stands for what work holds: a window, a model."""


def _freed_on(held: Held) -> list[str]:
    """The names of the threads `held` was freed on (one, once it is)."""
    threads: list[str] = []
    weakref.finalize(held, lambda: threads.append(threading.current_thread().name))
    return threads


def _returning(held: Held) -> Callable[[], int]:
    return lambda: id(held)


def _raising(held: Held) -> Callable[[], int]:
    def work() -> int:
        holder = held
        raise OSError(f"the disk is full ({id(holder)})")

    return work


def test_what_finished_work_held_is_freed_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    held = Held()
    freed_on = _freed_on(held)
    answers: list[int] = []
    runner.run(_returning(held), answers.append, pytest.fail)
    del held  # the window has gone: its work is all that holds it now

    qtbot.waitUntil(lambda: bool(answers) and bool(freed_on), timeout=10_000)
    assert freed_on == [threading.main_thread().name]


def test_what_failed_work_held_is_freed_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    """The failure's traceback holds the work's frames, and so what they held."""
    held = Held()
    freed_on = _freed_on(held)
    failures: list[BaseException] = []
    runner.run(_raising(held), lambda _result: pytest.fail("the work failed"), failures.append)
    del held

    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], OSError)
    assert "the disk is full" in str(failures[0])
    failures.clear()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
    assert freed_on == [threading.main_thread().name]


def test_the_answer_comes_once_and_the_runner_is_idle_after(qtbot, runner: TaskRunner) -> None:
    answers: list[int] = []
    runner.run(lambda: 42, answers.append, pytest.fail)
    assert runner.busy
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert answers == [42]


class Receiver(QObject):
    """A Qt object whose method takes the answer (an autosaver, a dialog)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[int] = []

    def take(self, answer: int) -> None:
        self.answers.append(answer)


def test_a_qt_object_deleted_meanwhile_is_not_given_the_answer(qtbot, runner: TaskRunner) -> None:
    """As with a Qt connection: an editor closed while its save ran hears nothing."""
    receiver, alive = Receiver(), Receiver()
    runner.run(lambda: 7, receiver.take, pytest.fail)
    runner.run(lambda: 8, alive.take, pytest.fail)
    shiboken6.delete(receiver)

    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert receiver.answers == []
    assert alive.answers == [8]
