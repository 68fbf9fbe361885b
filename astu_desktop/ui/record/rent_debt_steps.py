"""The dialogs behind the Rent debt tab's buttons; each becomes one store action.

Like `ProcessSteps`, a dialog collects what the step needs and, on OK, emits
`step_ready` with a function of a session that the record window runs on the
background worker in one transaction. Every sum goes through the one money parser.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from astu_desktop.services import rent_debt_actions
from astu_desktop.services.record_progress import DecisionLine, RentDebt
from astu_desktop.services.visits import current_worker_id
from astu_desktop.ui.labels import code_label, short_date
from astu_desktop.ui.record.payment_plan_dialog import PaymentPlanDialog
from astu_desktop.ui.record.process_steps import ProcessSteps, StoreStep
from astu_protocol.codes import (
    ContactChannel,
    DecisionKind,
    DecisionOutcome,
    Partner,
    PaymentSource,
    RentDebtOutcome,
)


class RentDebtSteps(ProcessSteps):
    visit_requested = Signal()  # the home visit with the living-skills check ticked

    def __init__(self, client_id: str, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(client_id, today, parent)

    def start(self) -> None:
        dialog = self._dialog(
            self.tr("Start rent-debt follow-up"),
            self.tr("The landlord's notice of rent arrears starts the follow-up."),
        )
        dialog.add_date("started_on", self.tr("Started on"), self._today())
        dialog.add_money("debt_cents", self.tr("Rent debt (€)"))
        dialog.add_date("notice_on", self.tr("Landlord's notice on"), self._today(), optional=True)
        dialog.add_text("landlord", self.tr("Landlord"), text=self.tr("Asuntoyksikkö"))
        client_id = self._client_id

        def step_for(values: dict[str, Any]) -> StoreStep:
            def step(s: Session) -> object:
                return rent_debt_actions.start_follow_up(
                    s, client_id=client_id, worker_id=current_worker_id(s), **values
                )

            return step

        self._when_accepted(dialog, step_for)

    def payment_plan(self, debt: RentDebt) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = PaymentPlanDialog(debt.remaining_cents, self._today(), self._window)
        self.dialog = dialog
        follow_up_id = debt.follow_up_id

        def step_for(values: dict[str, Any]) -> StoreStep:
            planned = dialog.instalments()  # read here: the step runs off the GUI thread
            return lambda s: rent_debt_actions.agree_payment_plan(
                s, follow_up_id, agreed_on=values["agreed_on"], instalments=planned
            )

        self._when_accepted(dialog, step_for)

    def payment(self, debt: RentDebt) -> None:
        dialog = self._dialog(self.tr("Payment received"), self.tr("A payment seen in SAP."))
        dialog.add_date("paid_on", self.tr("Paid on"), self._today())
        dialog.add_money("amount_cents", self.tr("Amount (€)"))
        dialog.add_choice("source", self.tr("Paid by"), list(PaymentSource))
        follow_up_id = debt.follow_up_id
        self._when_accepted(
            dialog, lambda v: lambda s: rent_debt_actions.record_payment(s, follow_up_id, **v)
        )

    def partner_contact(self, debt: RentDebt) -> None:
        dialog = self._dialog(
            self.tr("Contact with a partner"),
            self.tr("Landlord, debt counselling, area social work, Kela, enforcement, ..."),
        )
        dialog.add_date("contacted_on", self.tr("Contacted on"), self._today())
        dialog.add_choice("partner", self.tr("Partner"), list(Partner))
        dialog.add_choice("channel", self.tr("How"), list(ContactChannel), ContactChannel.PHONE)
        dialog.add_text("summary", self.tr("What was agreed"), long=True)
        dialog.set_check(
            lambda v: self.tr("At most 400 characters.") if len(v["summary"]) > 400 else None
        )
        follow_up_id = debt.follow_up_id
        self._when_accepted(
            dialog,
            lambda v: lambda s: rent_debt_actions.record_partner_contact(s, follow_up_id, **v),
        )

    def application(self, debt: RentDebt) -> None:
        dialog = self._dialog(
            self.tr("Application"),
            self.tr("Supplementary or preventive income support, more time, limited enforcement."),
        )
        dialog.add_choice("kind", self.tr("Application for"), list(DecisionKind))
        dialog.add_date("applied_on", self.tr("Applied on"), self._today())
        follow_up_id = debt.follow_up_id
        self._when_accepted(
            dialog,
            lambda v: lambda s: rent_debt_actions.apply_for_decision(s, follow_up_id, **v),
        )

    def decision(self, debt: RentDebt) -> None:
        pending = debt.pending_decisions
        dialog = self._dialog(self.tr("Decision"), self.tr("The decision on an application."))
        dialog.add_choice(
            "decision_id",
            self.tr("Application"),
            [(self._application_text(line), line.decision_id) for line in pending],
        )
        dialog.add_date("decided_on", self.tr("Decided on"), self._today())
        outcomes = [DecisionOutcome.GRANTED, DecisionOutcome.REJECTED]
        dialog.add_choice("outcome", self.tr("Decision"), outcomes)
        dialog.add_money("amount_cents", self.tr("Amount granted (€)"), required=False)
        dialog.set_check(self._decision_problem)
        self._when_accepted(
            dialog,
            lambda v: lambda s: rent_debt_actions.record_decision(s, v.pop("decision_id"), **v),
        )

    def end(self, debt: RentDebt) -> None:
        dialog = self._dialog(
            self.tr("End of rent-debt follow-up"),
            self.tr("Agree on further work with the tenant; the outcome goes to the statistics."),
        )
        dialog.add_date("ended_on", self.tr("Ended on"), self._today())
        suggested = (
            RentDebtOutcome.DEBT_PAID
            if debt.remaining_cents == 0
            else RentDebtOutcome.CONTINUES_WITH_OUTREACH
        )
        dialog.add_choice("outcome", self.tr("Outcome"), list(RentDebtOutcome), suggested)
        dialog.add_text("notes", self.tr("Further work agreed"), long=True)
        follow_up_id = debt.follow_up_id

        def step_for(values: dict[str, Any]) -> StoreStep:
            def step(s: Session) -> object:
                return rent_debt_actions.end_follow_up(
                    s, follow_up_id, worker_id=current_worker_id(s), **values
                )

            return step

        self._when_accepted(dialog, step_for)

    def new_sas(self) -> None:
        """The tenancy ended: the tenant is guided into a new SAS process."""
        self.start_sas()

    def home_visit(self) -> None:
        self.visit_requested.emit()

    def _application_text(self, line: DecisionLine) -> str:
        return f"{code_label(line.kind)}, {short_date(line.applied_on)}"

    def _decision_problem(self, values: dict[str, Any]) -> str | None:
        granted = values["outcome"] == DecisionOutcome.GRANTED
        if values["amount_cents"] is not None and not granted:
            return self.tr("A sum belongs only to a granted application.")
        return None
