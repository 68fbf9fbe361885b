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


def test_a_full_disk_says_how_much_room_to_make_and_that_saved_work_is_safe(translations):
    from astu_desktop.store.errors import DiskFull
    from astu_desktop.ui.errors import describe

    text = describe(DiskFull(needed_bytes=250_400_000, free_bytes=3_000_000))
    assert text == (
        "Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu työ on tallessa. "
        "Vapauta levytilaa niin, että vapaana on vähintään 251 Mt, ja yritä uudelleen."
    )


def test_a_file_written_to_a_full_or_failing_disk_is_told_as_the_disk_and_not_logged(
    translations,
):
    import errno

    from astu_desktop.ui.errors import describe

    log = paths.log_dir() / "errors.log"
    logged_before = log.read_text("utf-8") if log.exists() else ""
    full = describe(OSError(errno.ENOSPC, "No space left on device"))
    read_only = describe(OSError(errno.EROFS, "Read-only file system"))
    assert full.startswith("Levy on täynnä, joten tätä ei tallennettu.")
    assert read_only.startswith("Levylle ei voitu kirjoittaa (levyvirhe tai levy on vain luku")
    assert (log.read_text("utf-8") if log.exists() else "") == logged_before


def test_work_that_stopped_part_way_says_how_much_was_saved(translations):
    from astu_desktop.store.errors import DiskFull, StoppedPartWay
    from astu_desktop.ui.errors import describe

    pulled = describe(StoppedPartWay(DiskFull(), 1))
    seeded = describe(StoppedPartWay(DiskFull(), 40, 2000, unit="clients"))
    assert pulled.endswith(
        "Se keskeytyi: ennen virhettä vastaanotettu 1 rivi tallennettiin, ja se on tallessa. "
        "Seuraava synkronointi jatkaa siitä."
    )
    assert seeded.endswith(
        "Se keskeytyi: 40 asiakasta tallennettiin ennen virhettä, ja he ovat tallessa; loput "
        "jäivät tallentamatta."
    )
