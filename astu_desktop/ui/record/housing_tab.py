"""The Housing tab: the SAS process, outreach and rent-debt follow-up as steppers.

Each process shows where the client is, the next step in words, and the buttons for
the steps that fit now. Below, the client's flats and offers, with the action to end
the current tenancy (its reason goes to the yearly statistics).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from astu_desktop.services.client_record import ClientRecord
from astu_desktop.services.processes import (
    HOUSING_STEPS,
    HousingProcess,
    HousingStage,
    NextStep,
    Phase,
    PhaseProcess,
)
from astu_desktop.ui.labels import code_label, short_date
from astu_desktop.ui.record.process_steps import ProcessSteps
from astu_desktop.ui.record.stepper import Stepper
from astu_desktop.ui.record.tables import fill, read_only_table
from astu_desktop.ui.widgets import bold, text_label
from astu_protocol.codes import EpisodeEndReason, EpisodeStatus, Service


class ProcessBox(QGroupBox):
    """One process: stepper, the next step and a row of step buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stepper = Stepper()
        self.next_step = text_label()
        self.next_step.setFont(bold(self.next_step.font()))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stepper)
        layout.addWidget(self.next_step)
        layout.addLayout(self.buttons)

    def button(self) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class HousingTab(QWidget):
    def __init__(self, steps: ProcessSteps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._record: ClientRecord | None = None
        self.housing = ProcessBox()
        self.start_sas_button = self.housing.button()
        self.decision_button = self.housing.button()
        self.offer_button = self.housing.button()
        self.viewing_button = self.housing.button()
        self.move_in_button = self.housing.button()
        self.end_sas_button = self.housing.button()
        self.outreach = ProcessBox()
        self.start_work_button = self.outreach.button()
        self.end_outreach_button = self.outreach.button()
        self.rent_debt = ProcessBox()
        self.flats_title = QLabel()
        self.flats_title.setFont(bold(self.font()))
        self.flats = read_only_table(5, "flats")
        self.end_tenancy_button = QPushButton()
        self.end_tenancy_button.setAutoDefault(False)
        self._connect()
        flats_row = QHBoxLayout()
        flats_row.addWidget(self.flats_title)
        flats_row.addStretch(1)
        flats_row.addWidget(self.end_tenancy_button)
        layout = QVBoxLayout(self)
        for box in (self.housing, self.outreach, self.rent_debt):
            layout.addWidget(box)
        layout.addLayout(flats_row)
        layout.addWidget(self.flats, 1)

    def _connect(self) -> None:
        steps = self._steps
        self.start_sas_button.clicked.connect(steps.start_sas)
        self.decision_button.clicked.connect(steps.record_sas_decision)
        self.offer_button.clicked.connect(steps.record_offer)
        self.viewing_button.clicked.connect(lambda: steps.record_viewing(self._offer_id()))
        self.move_in_button.clicked.connect(lambda: steps.record_move_in(self._offer_id()))
        self.end_sas_button.clicked.connect(
            lambda: steps.end_episode(self._open_episode(Service.SAS_ASSESSMENT), _SAS_END)
        )
        self.start_work_button.clicked.connect(lambda: steps.start_work(self._outreach_id()))
        self.end_outreach_button.clicked.connect(
            lambda: steps.end_episode(self._outreach_id(), EpisodeEndReason.DIRECT_TENANCY)
        )
        self.end_tenancy_button.clicked.connect(lambda: steps.end_tenancy(self._placement_id()))

    def show_record(self, record: ClientRecord | None) -> None:
        self._record = record
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.start_sas_button: self.tr("Start SAS process"),
            self.decision_button: self.tr("SAS decision…"),
            self.offer_button: self.tr("Housing offer…"),
            self.viewing_button: self.tr("Viewing and answer…"),
            self.move_in_button: self.tr("Move-in…"),
            self.end_sas_button: self.tr("End SAS episode…"),
            self.start_work_button: self.tr("Start outreach work"),
            self.end_outreach_button: self.tr("End outreach…"),
            self.end_tenancy_button: self.tr("End tenancy…"),
        }
        for button, text in texts.items():
            button.setText(text)
        self.housing.setTitle(self.tr("SAS and housing"))
        self.outreach.setTitle(self.tr("Outreach"))
        self.rent_debt.setTitle(self.tr("Rent-debt follow-up"))
        self.flats_title.setText(self.tr("Flats and offers"))
        if self._record is not None:
            self._show_processes(self._record)
            self._fill_flats(self._record)

    # -- showing ---------------------------------------------------------------------

    @property
    def _housing(self) -> HousingProcess:
        assert self._record is not None
        return self._record.processes.housing

    def _show_processes(self, record: ClientRecord) -> None:
        housing = record.processes.housing
        labels = [code_label(stage) for stage in HOUSING_STEPS]
        current = HOUSING_STEPS.index(housing.stage) if housing.stage in HOUSING_STEPS else -1
        if housing.stage == HousingStage.ENDED:
            current = len(HOUSING_STEPS)
        self.housing.stepper.set_steps(labels, current)
        self.housing.next_step.setText(self._step_text(housing.next_step, housing.due))
        shown = {
            self.start_sas_button: housing.next_step == NextStep.START_SAS,
            self.decision_button: housing.stage
            in (HousingStage.INITIAL_ASSESSMENT, HousingStage.SAS_DECISION),
            self.offer_button: housing.stage == HousingStage.QUEUE,
            self.viewing_button: housing.next_step == NextStep.VIEWING,
            self.move_in_button: housing.next_step == NextStep.MOVE_IN,
            self.end_sas_button: housing.sas_episode_id is not None,
            self.end_tenancy_button: housing.placement_id is not None,
        }
        for button, visible in shown.items():
            button.setVisible(visible)
        self._show_phase(self.outreach, record.processes.outreach)
        self._show_phase(self.rent_debt, record.processes.rent_debt)
        outreach = record.processes.outreach
        self.start_work_button.setVisible(outreach is not None and outreach.phase == Phase.START)
        self.end_outreach_button.setVisible(outreach is not None and outreach.phase != Phase.END)

    def _show_phase(self, box: ProcessBox, process: PhaseProcess | None) -> None:
        box.setVisible(process is not None)
        if process is None:
            return
        box.stepper.set_steps(
            [code_label(phase) for phase in Phase], list(Phase).index(process.phase)
        )
        text = self._step_text(process.next_step, process.due)
        if process.ended_because is not None:
            text = f"{code_label(process.ended_because)}. {text}"
        box.next_step.setText(text)

    def _step_text(self, step: NextStep, due: object) -> str:
        text = code_label(step)
        if due is not None and step != NextStep.NONE:
            text += " " + self.tr("Due %1.").replace("%1", short_date(due))  # type: ignore[arg-type]
        return text

    def _fill_flats(self, record: ClientRecord) -> None:
        headers = [
            self.tr("Date"),
            self.tr("What"),
            self.tr("Housing"),
            self.tr("Address"),
            self.tr("Until / answer"),
        ]
        dated = [
            (
                p.move_in_on,
                short_date(p.move_in_on),
                self.tr("Tenancy"),
                code_label(p.housing_type),
                p.street_address,
                short_date(p.ended_on) if p.ended_on else self.tr("current"),
            )
            for p in record.placements
        ] + [
            (
                o.offered_on,
                short_date(o.offered_on),
                self.tr("Offer"),
                code_label(o.housing_type),
                o.street_address,
                code_label(o.outcome),
            )
            for o in record.offers
        ]
        dated.sort(key=lambda row: row[0], reverse=True)
        fill(self.flats, headers, [row[1:] for row in dated])

    def _open_episode(self, service: Service) -> str:
        assert self._record is not None
        return next(
            e.episode_id
            for e in self._record.episodes
            if e.service == service and e.status != EpisodeStatus.ENDED
        )

    def _offer_id(self) -> str:
        assert self._housing.offer_id is not None
        return self._housing.offer_id

    def _placement_id(self) -> str:
        assert self._housing.placement_id is not None
        return self._housing.placement_id

    def _outreach_id(self) -> str:
        assert self._record is not None
        assert self._record.processes.outreach is not None
        return self._record.processes.outreach.record_id


_SAS_END = EpisodeEndReason.CLIENT_DECLINED
