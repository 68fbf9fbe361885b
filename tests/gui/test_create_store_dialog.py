"""First run: the create-store dialog refuses weak passphrases and creates the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from astu_desktop.store.casestore import CaseStore
from astu_desktop.ui.create_store_dialog import CreateStoreDialog
from tests.support import FAST_KDF, PASSPHRASE, open_handles


def _dialog(qtbot, runner, path: Path) -> CreateStoreDialog:
    dialog = CreateStoreDialog(path, runner, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_both(qtbot, dialog: CreateStoreDialog, first: str, second: str | None = None) -> None:
    # QTest types ASCII only; `insert` is what typing does to the field's text and signals.
    dialog.first.insert(first)
    dialog.second.insert(first if second is None else second)


def test_a_short_passphrase_is_refused_with_its_reason(qtbot, runner, translations, store_path):
    dialog = _dialog(qtbot, runner, store_path)
    _type_both(qtbot, dialog, "lyhyt")

    assert not dialog.create_button.isEnabled()
    assert "Vähintään 12 merkkiä, nyt 5." in dialog.problems.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    dialog.create_store()
    assert not store_path.exists()
    assert dialog.isVisible()


def test_an_obvious_passphrase_is_refused_even_when_long(qtbot, runner, translations, store_path):
    dialog = _dialog(qtbot, runner, store_path)
    _type_both(qtbot, dialog, "salasana1234")

    assert not dialog.create_button.isEnabled()
    assert "Vältä ilmeisiä sanoja" in dialog.problems.text()
    assert dialog.strength_label.text() in ("Erittäin heikko", "Heikko")


def test_two_different_passphrases_are_refused(qtbot, runner, translations, store_path):
    dialog = _dialog(qtbot, runner, store_path)
    _type_both(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")

    assert not dialog.create_button.isEnabled()
    assert "Tunnuslauseet eivät ole samat." in dialog.problems.text()


def test_a_good_passphrase_creates_a_store_that_opens_with_it(
    qtbot, runner, translations, store_path
):
    dialog = _dialog(qtbot, runner, store_path)
    _type_both(qtbot, dialog, PASSPHRASE)
    assert dialog.problems.isHidden()
    assert dialog.meter.value() >= 3
    assert dialog.create_button.isEnabled()

    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    store: CaseStore = created.args[0]
    assert not store.is_locked
    assert not dialog.isVisible()
    assert dialog.first.text() == ""
    store.lock()
    CaseStore.unlock(store_path, PASSPHRASE).lock()


def test_the_strength_meter_grows_as_the_passphrase_grows(qtbot, runner, translations, store_path):
    dialog = _dialog(qtbot, runner, store_path)
    qtbot.keyClicks(dialog.first, "kissa")
    weak = dialog.meter.value()
    qtbot.keyClicks(dialog.first, " istuu ikkunalaudalla ja katsoo 3 lintua!")
    assert dialog.meter.value() > weak
    assert dialog.strength_label.text() == "Vahva"


def test_quitting_while_the_store_is_created_leaves_it_closed_and_it_opens_next_time(
    qtbot, runner, translations, store_path
):
    dialog = _dialog(qtbot, runner, store_path)
    created: list[object] = []
    dialog.created.connect(created.append)
    _type_both(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible()

    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    runner.wait_until_idle()  # the store was made and opened meanwhile

    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert open_handles(store_path) == []
    assert created == []
    store = CaseStore.unlock(store_path, PASSPHRASE)
    assert not store.is_locked
    store.lock()
