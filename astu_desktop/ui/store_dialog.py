"""The dialog that saves one thing: its busy bar, its error line, its store work.

A dialog of this kind runs one store action on the background worker when its main
button is pressed, shows a busy bar meanwhile with its buttons disabled, closes when
the action succeeds and says why in its error line when it fails. A result that
arrives after the dialog was closed (a lock closed it) is dropped (`WindowWork`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from astu_desktop.ui.errors import describe
from astu_desktop.ui.tasks import TaskRunner, WindowWork
from astu_desktop.ui.widgets import ERROR_STYLE, busy_bar, text_label


class StoreActionDialog(QDialog):
    saved = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self._runner = runner
        self.busy = busy_bar()
        self.error = text_label(shown=False, style=ERROR_STYLE)
        self._work = WindowWork(runner, show_busy=self._set_busy, show_failure=self._on_failed)

    def retranslate(self) -> None:
        raise NotImplementedError

    def failure_text(self, error: BaseException) -> str:
        """The sentence for a failed action; dialogs name their own refusals first."""
        return describe(error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self._work.stop()
        super().done(result)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _run(self, work: Callable[[], Any]) -> None:
        self._work.run(work, self._on_saved)

    def _on_saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.show_error(self.failure_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                button.setEnabled(not busy)
