"""Running a rent-debt follow-up from the Rent debt tab as a worker does: click, fill, OK.

Shared by the tab's own tests and the day-in-the-life test against the real server.
Each function presses the tab's button, fills the dialog it opened by field key (sums
typed as a worker types them) and waits for the record to reload.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from astu_desktop.ui.forms import DocumentEditor
from astu_desktop.ui.forms.inputs import MoneyInput
from astu_desktop.ui.record.action_dialog import ActionDialog
from astu_desktop.ui.record.payment_plan_dialog import PaymentPlanDialog
from astu_desktop.ui.record.window import ClientRecordWindow
from astu_desktop.ui.visit_dialog import VisitDialog
from tests.gui.forms.filling import type_into
from tests.gui.windowkit import opened

LOAD_TIMEOUT_MS = 15_000


def open_dialog(window: ClientRecordWindow, button: QPushButton) -> ActionDialog:
    window.tabs.setCurrentWidget(window.rent_debt_tab)
    assert button.isVisible(), button.text()
    button.click()
    dialog = window.rent_steps.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.isVisible()
    return dialog


def fill(qtbot, dialog: ActionDialog, **values: Any) -> None:
    for key, value in values.items():
        field = dialog.field(key)
        if isinstance(field, MoneyInput):
            type_into(qtbot, field.edit, value)
        elif isinstance(field, QComboBox):
            index = field.findData(value)
            assert index >= 0, (key, value)
            field.setCurrentIndex(index)
        elif isinstance(field, QDateEdit):
            switch = dialog._fields.get(f"{key}?")
            if isinstance(switch, QCheckBox):
                switch.setChecked(True)
            field.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(field, QLineEdit):
            field.setText(value)
        elif isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        else:
            raise AssertionError(f"no way to fill {key}")


def press_ok(qtbot, window: ClientRecordWindow, dialog: ActionDialog) -> None:
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def press_ok_refused(dialog: ActionDialog) -> str:
    """OK that the dialog refuses: the sentence it shows, the dialog still open."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    return dialog.error.text()


def step(qtbot, window: ClientRecordWindow, button: QPushButton, **values: Any) -> None:
    dialog = open_dialog(window, button)
    fill(qtbot, dialog, **values)
    press_ok(qtbot, window, dialog)


def payment_plan(
    qtbot, window: ClientRecordWindow, *, agreed_on: date, count: int, first_due: date
) -> PaymentPlanDialog:
    dialog = open_dialog(window, window.rent_debt_tab.plan_button)
    assert isinstance(dialog, PaymentPlanDialog)
    fill(qtbot, dialog, agreed_on=agreed_on)
    dialog.count.setValue(count)
    dialog.first_due.setDate(QDate(first_due.year, first_due.month, first_due.day))
    return dialog


def home_visit_with_check(qtbot, window: ClientRecordWindow) -> DocumentEditor:
    """The tab's home visit: the visit dialog opens with the check ticked; saved, the
    living-skills check opens in the editor."""
    window.tabs.setCurrentWidget(window.rent_debt_tab)
    window.rent_debt_tab.visit_button.click()
    dialog = opened(qtbot, window, VisitDialog)
    assert dialog.living_skills.isChecked()
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(DocumentEditor)), timeout=LOAD_TIMEOUT_MS)
    (editor,) = window.findChildren(DocumentEditor)
    return editor


def column(table: Any, number: int) -> list[str]:
    return [table.item(row, number).text() for row in range(table.rowCount())]


def timeline_titles(window: ClientRecordWindow) -> list[str]:
    return column(window.timeline.table, 1)
