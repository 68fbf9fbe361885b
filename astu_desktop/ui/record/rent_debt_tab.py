"""The Rent debt tab: the payment plan, its instalments, the payments and the progress.

Two bars: how much of the debt is paid, and how far the (usually six-month) process
has come. A client may have had several follow-ups; the newest is shown first.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.record_progress import RentDebt
from astu_desktop.ui.labels import euros, short_date
from astu_desktop.ui.record.codes import code_label
from astu_desktop.ui.record.tables import MUTED, WARNING, fill, read_only_table
from astu_desktop.ui.widgets import bold, text_label


class RentDebtTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debts: tuple[RentDebt, ...] = ()
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _index: self._show_chosen())
        self.empty = text_label()
        self.summary = QFormLayout()
        self._captions = [QLabel() for _ in range(4)]
        self.debt, self.paid, self.remaining, self.stage = QLabel(), QLabel(), QLabel(), QLabel()
        for caption, value in zip(
            self._captions, (self.debt, self.paid, self.remaining, self.stage), strict=True
        ):
            caption.setBuddy(value)
            self.summary.addRow(caption, value)
        self.paid_bar = QProgressBar()
        self.months_bar = QProgressBar()
        bars = QFormLayout()
        self._bar_captions = [QLabel(), QLabel()]
        for caption, bar in zip(self._bar_captions, (self.paid_bar, self.months_bar), strict=True):
            caption.setBuddy(bar)
            bars.addRow(caption, bar)
        self.instalments_title, self.payments_title = QLabel(), QLabel()
        for title in (self.instalments_title, self.payments_title):
            title.setFont(bold(self.font()))
        self.instalments = read_only_table(3, "instalments")
        self.payments = read_only_table(3, "payments")
        tables = QHBoxLayout()
        for title, table in (
            (self.instalments_title, self.instalments),
            (self.payments_title, self.payments),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(table)
            tables.addLayout(column)
        top = QHBoxLayout()
        top.addLayout(self.summary, 1)
        top.addLayout(bars, 2)
        self.content = QWidget()  # hidden when there is no follow-up to show
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addLayout(tables, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addStretch(0)

    def show_debts(self, debts: tuple[RentDebt, ...]) -> None:
        self._debts = debts
        self.retranslate()

    @property
    def shown(self) -> RentDebt | None:
        index = self.choice.currentIndex()
        return self._debts[index] if 0 <= index < len(self._debts) else None

    def retranslate(self) -> None:
        captions = (
            self.tr("Debt at start"),
            self.tr("Paid"),
            self.tr("Remaining"),
            self.tr("Stage"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self._bar_captions[0].setText(self.tr("Debt paid"))
        self._bar_captions[1].setText(self.tr("Process"))
        self.instalments_title.setText(self.tr("Payment plan"))
        self.payments_title.setText(self.tr("Payments"))
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
        self._show_chosen()

    def _show_chosen(self) -> None:
        debt = self.shown
        for widget in (self.paid_bar, self.months_bar, self.instalments, self.payments):
            widget.setEnabled(debt is not None)
        if debt is None:
            for label in (self.debt, self.paid, self.remaining, self.stage):
                label.setText("–")
            fill(self.instalments, self._instalment_headers(), [])
            fill(self.payments, self._payment_headers(), [])
            return
        self.debt.setText(euros(debt.debt_at_start_cents))
        self.paid.setText(euros(debt.paid_cents))
        self.remaining.setText(euros(debt.remaining_cents))
        self.stage.setText(self._stage_text(debt))
        self._show_bars(debt)
        self._fill_tables(debt)

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
        fill(self.instalments, self._instalment_headers(), rows, colours=colours, right_aligned=[1])
        payments = [
            [short_date(p.paid_on), euros(p.amount_cents), code_label(p.source)]
            for p in reversed(debt.payments)
        ]
        fill(self.payments, self._payment_headers(), payments, right_aligned=[1])

    def _instalment_headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Amount"), self.tr("Status")]

    def _payment_headers(self) -> list[str]:
        return [self.tr("Paid on"), self.tr("Amount"), self.tr("Source")]
