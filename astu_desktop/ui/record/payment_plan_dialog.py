"""The payment plan: instalments with due dates and sums, their total against the debt.

The worker chooses how many monthly instalments and the first due date; the rows are
filled with the debt split evenly (the last one takes the cents left over) and each
due date and sum can then be changed. The total is shown against what is still owed
as the worker types; a plan asking more than that is refused before OK.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QGridLayout, QLabel, QSpinBox, QWidget

from astu_desktop.services.rent_debt_actions import PlannedInstalment
from astu_desktop.ui.date_inputs import WholeTextDateEdit
from astu_desktop.ui.forms.inputs import MoneyInput
from astu_desktop.ui.forms.texts import problem_text
from astu_desktop.ui.labels import euros
from astu_desktop.ui.record.action_dialog import ActionDialog
from astu_desktop.ui.widgets import ERROR_STYLE, text_label
from astu_protocol.dates import add_months
from astu_protocol.forms import AnswerProblem

MAX_INSTALMENTS = 24


class PaymentPlanDialog(ActionDialog):
    def __init__(self, remaining_cents: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Payment plan"),
            self.tr("Agree on instalments with the tenant; a new plan replaces the earlier one."),
            parent,
        )
        self.remaining_cents = remaining_cents
        self.agreed = self.add_date("agreed_on", self.tr("Agreed on"), today)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_INSTALMENTS)
        self.count.setValue(6)
        self.first_due = WholeTextDateEdit(_qdate(add_months(today, 1)))
        self.first_due.setCalendarPopup(True)
        for label, widget in (
            (self.tr("Monthly instalments"), self.count),
            (self.tr("First due on"), self.first_due),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label)
            self.form.addRow(caption, widget)
        self.rows = QGridLayout()
        self.form.addRow(self.rows)
        self.total = text_label()
        self.form.addRow(self.total)
        self.due_edits: list[QDateEdit] = []
        self.amounts: list[MoneyInput] = []
        self._numbers: list[QLabel] = []
        self.count.valueChanged.connect(lambda _count: self._split())
        self.first_due.dateChanged.connect(lambda _day: self._split())
        self._split()
        self.set_check(lambda _values: self._plan_problem())

    def instalments(self) -> list[PlannedInstalment]:
        planned = []
        for due, amount in zip(self.due_edits, self.amounts, strict=True):
            day = due.date().toPython()
            cents = amount.cents()
            if isinstance(day, date) and cents is not None:
                planned.append(PlannedInstalment(day, cents))
        return planned

    def _split(self) -> None:
        """Even instalments, monthly from the first due date."""
        count = self.count.value()
        share, left_over = divmod(self.remaining_cents, count)
        first = self.first_due.date().toPython()
        assert isinstance(first, date)
        self._make_rows(count)
        for index, (due, amount) in enumerate(zip(self.due_edits, self.amounts, strict=True)):
            due.setDate(_qdate(add_months(first, index)))
            amount.set_cents(share + (left_over if index == count - 1 else 0))
        self._show_total()

    def _make_rows(self, count: int) -> None:
        while len(self.due_edits) > count:
            for widget in (self._numbers.pop(), self.due_edits.pop(), self.amounts.pop()):
                self.rows.removeWidget(widget)
                widget.hide()  # out of the layout it would cover the dialog until deleted
                widget.deleteLater()
        while len(self.due_edits) < count:
            number = len(self.due_edits) + 1
            due = WholeTextDateEdit()
            due.setCalendarPopup(True)
            due.setAccessibleName(self.tr("Due date of instalment %1").replace("%1", str(number)))
            amount = MoneyInput()
            amount.edit.setAccessibleName(self.tr("Instalment %1").replace("%1", str(number)))
            amount.changed.connect(self._show_total)
            label = QLabel(f"{number}.")
            self._numbers.append(label)
            self.rows.addWidget(label, number, 0)
            self.rows.addWidget(due, number, 1)
            self.rows.addWidget(amount, number, 2)
            self.due_edits.append(due)
            self.amounts.append(amount)

    def _planned_cents(self) -> int:
        return sum(amount.cents() or 0 for amount in self.amounts)

    def _show_total(self) -> None:
        planned = self._planned_cents()
        text = (
            self.tr("Instalments together %1; still owed %2.")
            .replace("%1", euros(planned))
            .replace("%2", euros(self.remaining_cents))
        )
        self.total.setText(text)
        self.total.setStyleSheet(ERROR_STYLE if planned > self.remaining_cents else "")

    def _plan_problem(self) -> str | None:
        for amount in self.amounts:
            refused = amount.problem()
            if refused is not None:
                amount.edit.setFocus()
                return problem_text(AnswerProblem(refused.value))
        if any(amount.cents() is None for amount in self.amounts):
            return self.tr("Give the sum of every instalment.")
        if self._planned_cents() > self.remaining_cents:
            return self.tr("The instalments add up to more than is still owed.")
        return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
