"""The dialogs behind the process buttons; each turns its answers into one store action.

A step's dialog collects what the step needs (a date, a reason, a flat) and, when
the worker presses OK, emits `step_ready` with a function of a session. The record
window runs that function on the background worker in one transaction and reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from astu_desktop.services import episode_actions, process_actions
from astu_desktop.services.visits import current_worker_id
from astu_desktop.ui.record.action_dialog import ActionDialog
from astu_protocol.codes import (
    EpisodeEndReason,
    HousingQueue,
    HousingType,
    OfferOutcome,
    SasOutcome,
    TenancyEndReason,
)

StoreStep = Callable[[Session], object]


class ProcessSteps(QObject):
    step_ready = Signal(object)  # a StoreStep

    def __init__(self, client_id: str, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._today = today
        self._window = parent
        self.dialog: ActionDialog | None = None

    # -- steps without questions -----------------------------------------------------

    def start_sas(self) -> None:
        client_id, on = self._client_id, self._today()

        def step(s: Session) -> object:
            worker = current_worker_id(s)
            return process_actions.start_sas(s, client_id=client_id, worker_id=worker, on=on)

        self.step_ready.emit(step)

    def start_work(self, episode_id: str) -> None:
        self.step_ready.emit(lambda s: episode_actions.start_episode_work(s, episode_id))

    # -- steps with a dialog ---------------------------------------------------------

    def record_sas_decision(self) -> None:
        dialog = self._dialog(self.tr("SAS decision"), self.tr("Record the SAS decision."))
        dialog.add_date("decided_on", self.tr("Decided on"), self._today())
        dialog.add_choice("outcome", self.tr("Decision"), list(SasOutcome))
        dialog.add_choice("housing_type", self.tr("Housing"), list(HousingType))
        dialog.add_choice("queue", self.tr("Queue"), list(HousingQueue), HousingQueue.ADULTS)
        dialog.add_text("reasoning", self.tr("Reasoning"), long=True)
        client_id = self._client_id
        self._when_accepted(
            dialog,
            lambda v: lambda s: process_actions.record_sas_decision(s, client_id=client_id, **v),
        )

    def record_offer(self) -> None:
        dialog = self._dialog(self.tr("Housing offer"), self.tr("A flat offered from the queue."))
        dialog.add_date("offered_on", self.tr("Offered on"), self._today())
        dialog.add_choice("housing_type", self.tr("Housing"), list(HousingType))
        dialog.add_text("street_address", self.tr("Street address"))
        dialog.add_text("postal_code", self.tr("Postal code"))
        dialog.add_date("viewing_on", self.tr("Viewing agreed for"), self._today(), optional=True)
        dialog.set_check(lambda v: None if v["street_address"] else self.tr("Give the address."))
        client_id = self._client_id
        self._when_accepted(
            dialog, lambda v: lambda s: process_actions.record_offer(s, client_id=client_id, **v)
        )

    def record_viewing(self, offer_id: str) -> None:
        dialog = self._dialog(self.tr("Viewing"), self.tr("The viewing and the client's answer."))
        dialog.add_date("viewing_on", self.tr("Viewing on"), self._today())
        outcomes = [o for o in OfferOutcome if o != OfferOutcome.PENDING] + [OfferOutcome.PENDING]
        dialog.add_choice("outcome", self.tr("Answer"), outcomes)
        self._when_accepted(
            dialog, lambda v: lambda s: process_actions.record_offer_outcome(s, offer_id, **v)
        )

    def record_move_in(self, offer_id: str) -> None:
        dialog = self._dialog(
            self.tr("Move-in"), self.tr("The client moves into the offered flat.")
        )
        dialog.add_date("move_in_on", self.tr("Moved in on"), self._today())
        dialog.add_text("landlord", self.tr("Landlord"))
        outreach = QCheckBox(self.tr("Start outreach with me as the named worker"))
        outreach.setChecked(True)
        dialog.form.addRow(outreach)

        def step_for(values: dict[str, Any]) -> StoreStep:
            start_outreach = outreach.isChecked()  # read here: the step runs off the GUI thread

            def step(s: Session) -> object:
                worker = current_worker_id(s) if start_outreach else None
                return process_actions.record_move_in(
                    s, offer_id, outreach_worker_id=worker, **values
                )

            return step

        self._when_accepted(dialog, step_for)

    def end_tenancy(self, placement_id: str) -> None:
        dialog = self._dialog(
            self.tr("End of tenancy"),
            self.tr("Why the tenancy ended is reported in the yearly statistics."),
        )
        dialog.add_date("ended_on", self.tr("Ended on"), self._today())
        dialog.add_choice("reason", self.tr("Reason"), list(TenancyEndReason))
        dialog.add_text("notes", self.tr("Notes"), long=True)
        self._when_accepted(
            dialog, lambda v: lambda s: process_actions.end_tenancy(s, placement_id, **v)
        )

    def end_episode(self, episode_id: str, suggested: EpisodeEndReason) -> None:
        dialog = self._dialog(self.tr("End of service"), self.tr("Why does the service end?"))
        dialog.add_date("on", self.tr("Ended on"), self._today())
        dialog.add_choice("reason", self.tr("Reason"), list(EpisodeEndReason), suggested)
        self._when_accepted(
            dialog, lambda v: lambda s: episode_actions.end_episode(s, episode_id, **v)
        )

    # -- plumbing --------------------------------------------------------------------

    def _dialog(self, title: str, intro: str) -> ActionDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ActionDialog(title, intro, self._window)
        return self.dialog

    def _when_accepted(
        self, dialog: ActionDialog, step_for: Callable[[dict[str, Any]], StoreStep]
    ) -> None:
        def accepted() -> None:
            values = dialog.values()
            for key, value in list(values.items()):
                if value == "":
                    values[key] = None
            self.step_ready.emit(step_for(values))
            dialog.deleteLater()
            self.dialog = None

        dialog.accepted.connect(accepted)
        dialog.open()
