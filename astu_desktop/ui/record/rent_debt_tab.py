"""The Rent debt tab: the whole follow-up, and a button for each step that fits now.

At the top, the next step in words and the buttons (start, payment plan, payment,
partner contact, application and decision, the home visit with the living-skills
check, the end; a new SAS process after a tenancy ended). Below, the debt, what is
paid and what remains, the plan's total against the debt, what is overdue, two bars
(debt paid, months of the usually six-month process) and the tables: instalments,
payments, partner contacts and decisions. A client may have had several follow-ups;
the newest is shown first, and the steps always act on the open one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.processes import NextStep, PhaseProcess
from astu_desktop.services.record_progress import RentDebt
from astu_desktop.ui.labels import code_label, euros, short_date
from astu_desktop.ui.record.rent_debt_steps import RentDebtSteps
from astu_desktop.ui.record.tables import MUTED, WARNING, fill, read_only_table
from astu_desktop.ui.widgets import ERROR_STYLE, bold, text_label


class RentDebtTab(QWidget):
    def __init__(self, steps: RentDebtSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._debts: tuple[RentDebt, ...] = ()
        self._process: PhaseProcess | None = None
        self.next_step = text_label()
        self.next_step.setFont(bold(self.next_step.font()))
        self._build_buttons()
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _index: self._show_chosen())
        self.empty = text_label()
        self.summary = QFormLayout()
        self._captions = [QLabel() for _ in range(6)]
        self.debt, self.paid, self.remaining = QLabel(), QLabel(), QLabel()
        self.plan_total, self.landlord, self.stage = QLabel(), text_label(), text_label()
        values = (self.debt, self.paid, self.remaining, self.plan_total, self.landlord, self.stage)
        for caption, value in zip(self._captions, values, strict=True):
            caption.setBuddy(value)
            self.summary.addRow(caption, value)
        self.overdue = text_label(shown=False, style=ERROR_STYLE)
        self.paid_bar = QProgressBar()
        self.months_bar = QProgressBar()
        bars = QFormLayout()
        self._bar_captions = [QLabel(), QLabel()]
        for caption, bar in zip(self._bar_captions, (self.paid_bar, self.months_bar), strict=True):
            caption.setBuddy(bar)
            bars.addRow(caption, bar)
        bars.addRow(self.overdue)
        self._build_tables()
        top = QHBoxLayout()
        top.addLayout(self.summary, 1)
        top.addLayout(bars, 1)
        self.content = QWidget()  # hidden when there is no follow-up to show
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addLayout(self.tables, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_step)
        layout.addLayout(self.button_row)
        layout.addWidget(self.choice)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addStretch(0)

    def _build_buttons(self) -> None:
        steps = self._steps
        self.button_row = QVBoxLayout()
        rows = (QHBoxLayout(), QHBoxLayout())  # hidden buttons leave no gaps
        for row in rows:
            self.button_row.addLayout(row)
        first, second = rows
        self.start_button = self._button(first, steps.start)
        self.plan_button = self._button(first, lambda: steps.payment_plan(self._open()))
        self.payment_button = self._button(first, lambda: steps.payment(self._open()))
        self.contact_button = self._button(first, lambda: steps.partner_contact(self._open()))
        self.sas_button = self._button(first, steps.new_sas)
        self.visit_button = self._button(second, steps.home_visit)
        self.application_button = self._button(second, lambda: steps.application(self._open()))
        self.decision_button = self._button(second, lambda: steps.decision(self._open()))
        self.end_button = self._button(second, lambda: steps.end(self._open()))
        for row in rows:
            row.addStretch(1)

    def _button(self, row: QHBoxLayout, action: object) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        button.clicked.connect(action)
        row.addWidget(button)
        return button

    def _build_tables(self) -> None:
        self.instalments_title, self.payments_title = QLabel(), QLabel()
        self.contacts_title, self.decisions_title = QLabel(), QLabel()
        self.instalments = read_only_table(3, "instalments")
        self.payments = read_only_table(3, "payments")
        self.contacts = read_only_table(4, "partner_contacts")
        self.decisions = read_only_table(4, "decisions")
        self.tables = QGridLayout()
        pairs = (
            (self.instalments_title, self.instalments),
            (self.payments_title, self.payments),
            (self.contacts_title, self.contacts),
            (self.decisions_title, self.decisions),
        )
        for index, (title, table) in enumerate(pairs):
            title.setFont(bold(self.font()))
            title.setBuddy(table)
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(table)
            self.tables.addLayout(column, index // 2, index % 2)

    # -- showing ---------------------------------------------------------------------

    def show_debts(self, debts: tuple[RentDebt, ...], process: PhaseProcess | None = None) -> None:
        self._debts = debts
        self._process = process
        self.retranslate()

    @property
    def shown(self) -> RentDebt | None:
        index = self.choice.currentIndex()
        return self._debts[index] if 0 <= index < len(self._debts) else None

    @property
    def open_debt(self) -> RentDebt | None:
        """The follow-up the steps act on: the one not ended yet."""
        return next((debt for debt in self._debts if debt.outcome is None), None)

    def _open(self) -> RentDebt:
        debt = self.open_debt
        assert debt is not None, "the buttons of an open follow-up show only with one"
        return debt

    def retranslate(self) -> None:
        self._retranslate_buttons()
        captions = (
            self.tr("Debt at start"),
            self.tr("Paid"),
            self.tr("Remaining"),
            self.tr("Payment plan"),
            self.tr("Landlord"),
            self.tr("Stage"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self._bar_captions[0].setText(self.tr("Debt paid"))
        self._bar_captions[1].setText(self.tr("Process"))
        self.instalments_title.setText(self.tr("Instalments"))
        self.payments_title.setText(self.tr("Payments"))
        self.contacts_title.setText(self.tr("Partner contacts"))
        self.decisions_title.setText(self.tr("Applications and decisions"))
        self.empty.setText(self.tr("No rent-debt follow-up."))
        chosen = max(self.choice.currentIndex(), 0)
        self.choice.blockSignals(True)
        self.choice.clear()
        for debt in self._debts:
            self.choice.addItem(
                self.tr("Follow-up from %1").replace("%1", short_date(debt.started_on))
            )
        self.choice.setCurrentIndex(min(chosen, len(self._debts) - 1))
        self.choice.blockSignals(False)
        self.choice.setVisible(len(self._debts) > 1)
        self.empty.setVisible(not self._debts)
        self.content.setVisible(bool(self._debts))
        self._show_next_step()
        self._show_chosen()

    def _retranslate_buttons(self) -> None:
        texts = {
            self.start_button: self.tr("Start follow-up…"),
            self.plan_button: self.tr("Payment plan…"),
            self.payment_button: self.tr("Payment received…"),
            self.contact_button: self.tr("Partner contact…"),
            self.visit_button: self.tr("Home visit with living-skills check…"),
            self.application_button: self.tr("Application…"),
            self.decision_button: self.tr("Decision…"),
            self.end_button: self.tr("End follow-up…"),
            self.sas_button: self.tr("Start a new SAS process"),
        }
        for button, text in texts.items():
            button.setText(text)

    def _show_next_step(self) -> None:
        debt, process = self.open_debt, self._process
        step = process.next_step if process is not None else NextStep.NONE
        if debt is None and step != NextStep.START_SAS:
            text = self.tr("Start a follow-up when the landlord warns of rent arrears.")
        else:
            assert process is not None
            text = code_label(step)
            if process.due is not None and step != NextStep.NONE:
                text += " " + self.tr("Due %1.").replace("%1", short_date(process.due))
        self.next_step.setText(text)
        is_open = debt is not None
        shown = {
            self.start_button: not is_open,
            self.plan_button: is_open,
            self.payment_button: is_open,
            self.contact_button: is_open,
            self.visit_button: is_open,
            self.application_button: is_open,
            self.decision_button: is_open and bool(debt and debt.pending_decisions),
            self.end_button: is_open,
            self.sas_button: step == NextStep.START_SAS,
        }
        for button, visible in shown.items():
            button.setVisible(visible)

    def _show_chosen(self) -> None:
        debt = self.shown
        for widget in (self.paid_bar, self.months_bar, self.instalments, self.payments):
            widget.setEnabled(debt is not None)
        if debt is None:
            for label in (self.debt, self.paid, self.remaining, self.plan_total, self.stage):
                label.setText("–")
            self.landlord.setText("–")
            self.overdue.hide()
            for table, headers in self._headers().items():
                fill(table, headers, [])
            return
        self.debt.setText(euros(debt.debt_at_start_cents))
        self.paid.setText(euros(debt.paid_cents))
        self.remaining.setText(euros(debt.remaining_cents))
        self.plan_total.setText(self._plan_text(debt))
        self.landlord.setText(self._landlord_text(debt))
        self.stage.setText(self._stage_text(debt))
        self._show_overdue(debt)
        self._show_bars(debt)
        self._fill_tables(debt)

    def _plan_text(self, debt: RentDebt) -> str:
        if not debt.instalments:
            return self.tr("none yet")
        return (
            self.tr("%n instalment(s), together %1 of the debt %2", "", len(debt.instalments))
            .replace("%1", euros(debt.planned_cents))
            .replace("%2", euros(debt.debt_at_start_cents))
        )

    def _landlord_text(self, debt: RentDebt) -> str:
        name = debt.landlord or "–"
        if debt.notice_on is None:
            return name
        return (
            self.tr("%1, notice %2").replace("%1", name).replace("%2", short_date(debt.notice_on))
        )

    def _stage_text(self, debt: RentDebt) -> str:
        if debt.outcome is not None:
            return (
                self.tr("Ended %1: %2")
                .replace("%1", short_date(debt.ended_on))
                .replace("%2", code_label(debt.outcome))
            )
        if debt.plan_agreed_on is not None:
            return self.tr("Payment plan agreed %1").replace("%1", short_date(debt.plan_agreed_on))
        return self.tr("Started %1, no payment plan yet").replace("%1", short_date(debt.started_on))

    def _show_overdue(self, debt: RentDebt) -> None:
        late = debt.overdue
        self.overdue.setVisible(bool(late))
        if late:
            cents = sum(line.amount_cents for line in late)
            self.overdue.setText(
                self.tr("Overdue: %n instalment(s), %1", "", len(late)).replace("%1", euros(cents))
            )

    def _show_bars(self, debt: RentDebt) -> None:
        self.paid_bar.setRange(0, max(debt.debt_at_start_cents, 1))
        self.paid_bar.setValue(min(debt.paid_cents, debt.debt_at_start_cents))
        self.paid_bar.setFormat(f"{euros(debt.paid_cents)} / {euros(debt.debt_at_start_cents)}")
        self.months_bar.setRange(0, debt.process_months)
        self.months_bar.setValue(min(debt.months_elapsed, debt.process_months))
        self.months_bar.setFormat(
            self.tr("month %1 of %2")
            .replace("%1", str(debt.months_elapsed))
            .replace("%2", str(debt.process_months))
        )

    def _fill_tables(self, debt: RentDebt) -> None:
        headers = self._headers()
        rows, colours = [], []
        for line in debt.instalments:
            if line.paid:
                status, colour = self.tr("paid"), MUTED
            elif line.overdue:
                status, colour = self.tr("overdue"), WARNING
            else:
                status, colour = self.tr("open"), None
            rows.append([short_date(line.due_on), euros(line.amount_cents), status])
            colours.append(colour)
        fill(self.instalments, headers[self.instalments], rows, colours=colours, right_aligned=[1])
        payments = [
            [short_date(p.paid_on), euros(p.amount_cents), code_label(p.source)]
            for p in reversed(debt.payments)
        ]
        fill(self.payments, headers[self.payments], payments, right_aligned=[1])
        contacts = [
            [
                short_date(c.contacted_on),
                code_label(c.partner),
                code_label(c.channel),
                c.summary or "",
            ]
            for c in debt.contacts
        ]
        fill(self.contacts, headers[self.contacts], contacts)
        decisions = [
            [
                short_date(d.applied_on),
                code_label(d.kind),
                code_label(d.outcome) + (f" {short_date(d.decided_on)}" if d.decided_on else ""),
                euros(d.amount_cents) if d.amount_cents is not None else "",
            ]
            for d in debt.decisions
        ]
        fill(self.decisions, headers[self.decisions], decisions, right_aligned=[3])

    def _headers(self) -> dict[QTableWidget, list[str]]:
        return {
            self.instalments: [self.tr("Due"), self.tr("Amount"), self.tr("Status")],
            self.payments: [self.tr("Paid on"), self.tr("Amount"), self.tr("Source")],
            self.contacts: [self.tr("Date"), self.tr("Partner"), self.tr("How"), self.tr("Agreed")],
            self.decisions: [
                self.tr("Applied"),
                self.tr("Application"),
                self.tr("Decision"),
                self.tr("Amount"),
            ],
        }
