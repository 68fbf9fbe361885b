"""Failures reach the worker as calm, translated sentences; the log keeps no personal data."""

from __future__ import annotations

import sys

from astu_desktop import paths
from astu_desktop.store.errors import DatabaseDamaged
from astu_desktop.ui.errors import ErrorReporter


def _raise_and_catch(error: BaseException):
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_an_unexpected_error_is_a_calm_message_and_a_log_entry(qtbot, translations):
    reporter = ErrorReporter()
    secret = "Virtanen 131052-308T"
    reporter.handle(*_raise_and_catch(ValueError(f"bad row {secret}")))

    box = reporter.message_box
    assert box is not None
    assert box.isVisible()
    qtbot.addWidget(box)
    assert box.text().startswith("Jotain odottamatonta tapahtui.")
    log = (paths.log_dir() / "errors.log").read_text("utf-8")
    assert "builtins.ValueError" in log
    assert "_raise_and_catch" in log
    assert secret not in log


def test_a_store_error_is_explained_in_its_own_words(qtbot, translations):
    reporter = ErrorReporter()
    reporter.handle(*_raise_and_catch(DatabaseDamaged("damaged page")))
    box = reporter.message_box
    assert box is not None
    qtbot.addWidget(box)
    assert box.text().startswith("Asiakastietokanta on vioittunut")


def test_one_message_at_a_time(qtbot, translations):
    reporter = ErrorReporter()
    reporter.handle(*_raise_and_catch(RuntimeError("first")))
    first = reporter.message_box
    qtbot.addWidget(first)
    reporter.handle(*_raise_and_catch(RuntimeError("second")))
    assert reporter.message_box is first
    first.done(0)
    assert reporter.message_box is None


def test_installing_replaces_the_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    reporter = ErrorReporter()
    reporter.install()
    assert sys.excepthook == reporter.handle
