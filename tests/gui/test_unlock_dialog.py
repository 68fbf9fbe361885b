"""Unlocking: wrong passphrase, the growing delay as a countdown, Caps Lock, the demo hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from astu_desktop import paths
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import WrongPassphrase
from astu_desktop.ui.unlock_dialog import UnlockDialog
from tests.support import FAST_KDF, PASSPHRASE, open_handles


@pytest.fixture
def locked_path(store, store_path):
    store.lock()
    return store_path


def _dialog(qtbot, runner, path, clock, demo=False) -> UnlockDialog:
    dialog = UnlockDialog(path, runner, demo=demo, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=10_000)


def test_quitting_while_the_key_is_derived_leaves_the_store_closed(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible()

    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    runner.wait_until_idle()  # the key was derived and the store opened meanwhile

    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert open_handles(locked_path) == []  # opened on the worker, and locked again
    assert unlocked == []
    assert not dialog.isVisible()


def test_the_right_passphrase_unlocks(qtbot, runner, translations, locked_path, clock):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    store: CaseStore = unlocked.args[0]
    assert not store.is_locked
    assert not dialog.isVisible()
    store.lock()


def test_a_wrong_passphrase_gets_a_plain_message_and_a_countdown(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    _try(qtbot, dialog, "ei tämä ole oikea lause")

    assert dialog.message.text() == "Väärä tunnuslause."
    assert dialog.isVisible()
    assert dialog.countdown.text() == (
        "Väärien tunnuslauseiden jälkeen voit yrittää uudelleen 1 sekunnin kuluttua."
    )
    assert not dialog.unlock_button.isEnabled()

    clock.advance(1.5)
    qtbot.waitUntil(dialog.unlock_button.isEnabled)
    assert dialog.countdown.isHidden()


def test_a_running_delay_is_shown_at_once_and_blocks_tries(
    qtbot, runner, translations, locked_path, clock
):
    for _ in range(3):  # 1 s, 2 s, then 4 s to wait
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(locked_path, "väärin väärin väärin", clock=clock)
        clock.advance(10)
    clock.advance(-10)

    dialog = _dialog(qtbot, runner, locked_path, clock)
    assert dialog.seconds_to_wait == 4
    assert "4 sekunnin kuluttua" in dialog.countdown.text()
    assert not dialog.unlock_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.attempt()
    assert dialog.busy.isHidden()  # nothing was tried

    clock.advance(2)
    qtbot.waitUntil(lambda: "2 sekunnin kuluttua" in dialog.countdown.text())
    clock.advance(2)
    qtbot.waitUntil(dialog.unlock_button.isEnabled)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        dialog.attempt()
    unlocked.args[0].lock()


def test_a_delay_raised_by_the_store_starts_the_countdown(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    with pytest.raises(WrongPassphrase):  # another program instance got it wrong meanwhile
        CaseStore.unlock(locked_path, "väärin väärin väärin", clock=clock)

    _try(qtbot, dialog, PASSPHRASE)

    assert dialog.seconds_to_wait == 1
    assert not dialog.unlock_button.isEnabled()
    assert dialog.isVisible()


def _press(widget, key: Qt.Key, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))


def test_caps_lock_is_noticed_from_the_typed_letters(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    assert dialog.caps_warning.isHidden()

    _press(dialog.passphrase, Qt.Key.Key_K, "K")
    assert dialog.caps_warning.text() == "Caps Lock näyttää olevan päällä."
    assert dialog.caps_warning.isVisible()
    _press(dialog.passphrase, Qt.Key.Key_1, "1")
    assert dialog.caps_warning.isVisible()
    _press(dialog.passphrase, Qt.Key.Key_K, "k", shift=True)
    assert dialog.caps_warning.isVisible()
    _press(dialog.passphrase, Qt.Key.Key_K, "K", shift=True)
    assert dialog.caps_warning.isHidden()
    _press(dialog.passphrase, Qt.Key.Key_A, "a")
    assert dialog.caps_warning.isHidden()


def test_the_demo_store_says_so_and_offers_its_passphrase(
    qtbot, runner, translations, tmp_path, clock
):
    path = tmp_path / "demo" / "astu-demo.db"
    CaseStore.create(path, paths.DEMO_PASSPHRASE, kdf=FAST_KDF, demo=True).lock()
    dialog = _dialog(qtbot, runner, path, clock, demo=True)

    assert dialog.windowTitle().endswith("– DEMO")
    assert dialog.demo_hint.isVisible()
    assert "vain keksittyjä henkilöitä" in dialog.demo_hint.text()
    assert paths.DEMO_PASSPHRASE in dialog.demo_hint.text()
    qtbot.mouseClick(dialog.use_demo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        dialog.attempt()
    unlocked.args[0].lock()


def test_a_plain_dialog_shows_no_demo_hint(qtbot, runner, translations, locked_path, clock):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    assert "DEMO" not in dialog.windowTitle()
    assert dialog.demo_hint.isHidden()
    assert dialog.use_demo_button.isHidden()


def test_after_a_wrong_passphrase_enter_tries_again_and_never_quits(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    _try(qtbot, dialog, "ei tämä ole oikea lause")
    clock.advance(2)
    qtbot.waitUntil(dialog.unlock_button.isEnabled)

    assert dialog.passphrase.hasFocus()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    unlocked.args[0].lock()


def test_esc_clears_the_typed_passphrase_and_never_quits(
    qtbot, runner, translations, locked_path, clock
):
    dialog = _dialog(qtbot, runner, locked_path, clock)
    quits: list[int] = []
    dialog.rejected.connect(lambda: quits.append(1))
    dialog.passphrase.setText("puoliksi kirjoitettu")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.passphrase.text() == ""
    assert quits == []
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [1]  # the Quit button still quits
