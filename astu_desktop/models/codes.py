"""The codes the desktop derives from stored rows and never stores or syncs.

A process's stage, phase and next step are read from its events (services/processes.py);
the screen and the paper word them (astu_desktop.code_words). The stored code lists are
in `astu_protocol.codes`, shared with the server.
"""

from __future__ import annotations

import enum


class HousingStage(enum.StrEnum):
    """The SAS and housing process, in order; each stage is the last one reached."""

    NOT_STARTED = "not_started"
    INITIAL_ASSESSMENT = "initial_assessment"
    SAS_DECISION = "sas_decision"
    QUEUE = "queue"
    OFFER = "offer"
    VIEWING = "viewing"
    MOVED_IN = "moved_in"
    SERVICE_PLAN = "service_plan"
    ENDED = "ended"  # the last tenancy or SAS episode is over


class Phase(enum.StrEnum):
    """Start -> work -> end: outreach and rent-debt follow-up as the seed draws them."""

    START = "start"
    WORK = "work"
    END = "end"


class NextStep(enum.StrEnum):
    START_SAS = "start_sas"
    ASSESSMENT_INTERVIEW = "assessment_interview"
    SAS_DECISION = "sas_decision"
    AWAIT_STATEMENTS = "await_statements"
    END_SAS_EPISODE = "end_sas_episode"
    HOUSING_OFFER = "housing_offer"
    VIEWING = "viewing"
    MOVE_IN = "move_in"
    SERVICE_PLAN = "service_plan"
    PLAN_REVIEW = "plan_review"
    START_OUTREACH_WORK = "start_outreach_work"
    HOME_VISIT = "home_visit"
    PAYMENT_PLAN = "payment_plan"
    FOLLOW_PAYMENT_PLAN = "follow_payment_plan"
    OVERDUE_INSTALMENT = "overdue_instalment"
    CHECK_LIVING_SKILLS = "check_living_skills"
    END_FOLLOW_UP = "end_follow_up"
    END_PAID_FOLLOW_UP = "end_paid_follow_up"
    NONE = "none"
