"""One way for a window to run its store work: busy, failure and a closed window."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt

from astu_desktop.ui.sync.conflict_dialog import ConflictListDialog
from astu_desktop.ui.tasks import TaskRunner, WindowWork


class Shown:
    """What a window would show: its busy bar, its error line, its results."""

    def __init__(self) -> None:
        self.busy: list[bool] = []
        self.failures: list[str] = []
        self.results: list[object] = []

    def show_busy(self, busy: bool) -> None:
        self.busy.append(busy)

    def show_failure(self, error: BaseException) -> None:
        self.failures.append(str(error))


def _work(runner: TaskRunner, shown: Shown) -> WindowWork:
    return WindowWork(runner, show_busy=shown.show_busy, show_failure=shown.show_failure)


def test_busy_lasts_until_the_last_of_the_windows_work_ends(qtbot, runner) -> None:
    shown = Shown()
    work = _work(runner, shown)
    first_may_end, second_may_end = threading.Event(), threading.Event()
    work.run(lambda: first_may_end.wait() and "saved", shown.results.append)
    work.run(lambda: second_may_end.wait() and "read again", shown.results.append)
    assert (shown.busy, work.busy) == ([True], True)
    first_may_end.set()
    qtbot.waitUntil(lambda: shown.results == ["saved"])
    assert (shown.busy, work.busy) == ([True], True)  # the refresh still runs
    second_may_end.set()
    qtbot.waitUntil(lambda: shown.results == ["saved", "read again"])
    assert (shown.busy, work.busy) == ([True, False], False)


def test_a_failure_is_shown_once_and_busy_ends(qtbot, runner) -> None:
    shown = Shown()
    work = _work(runner, shown)

    def fails() -> None:
        raise OSError("disk")

    work.run(fails, shown.results.append)
    qtbot.waitUntil(lambda: not work.busy)
    assert (shown.failures, shown.busy, shown.results) == (["disk"], [True, False], [])

    own: list[str] = []
    work.run(fails, shown.results.append, on_failure=lambda error: own.append(str(error)))
    qtbot.waitUntil(lambda: not work.busy)
    assert (own, shown.failures) == (["disk"], ["disk"])  # the call's own way, not the window's


def test_nothing_shows_in_a_window_closed_while_its_work_ran(qtbot, runner) -> None:
    shown = Shown()
    work = _work(runner, shown)
    may_end = threading.Event()
    work.run(lambda: may_end.wait() and "rows", shown.results.append)
    work.stop()  # the worker closed the window
    may_end.set()
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy)
    work.run(lambda: "more rows", shown.results.append)  # asked after the close: not run
    assert (shown.results, shown.busy, shown.failures) == ([], [True], [])
    assert not runner.busy


def test_a_result_that_still_needs_something_gets_it_after_the_close(qtbot, runner) -> None:
    shown = Shown()
    work = _work(runner, shown)
    may_end = threading.Event()
    settled: list[object] = []
    work.run(
        lambda: may_end.wait() and "opened store",
        shown.results.append,
        after_close=settled.append,  # e.g. lock the store the work opened
    )
    work.stop()
    may_end.set()
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy)
    assert (shown.results, settled) == ([], ["opened store"])

    open_work = _work(runner, Shown())
    open_work.run(lambda: "opened store", shown.results.append, after_close=settled.append)
    qtbot.waitUntil(lambda: not open_work.busy)
    assert (shown.results, settled) == (["opened store"], ["opened store"])  # shown, not settled


def test_a_list_closed_while_it_was_read_is_left_alone(qtbot, runner, translations, store) -> None:
    dialog = ConflictListDialog(store, runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the main window opens it
    may_end = threading.Event()
    runner.run(may_end.wait, lambda _result: None, lambda _error: None)  # the worker is busy
    dialog.open()
    dialog.load()
    dialog.reject()  # Close, before the conflicts were read
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # deleted, as on close
    may_end.set()
    runner.wait_until_idle()
    qtbot.waitUntil(lambda: not runner.busy)  # the read's answer found no dialog: no error
