"""The ASTU domain model. Importing this package registers every table on `Base`."""

from astu_desktop.models.accesslog import AccessLogEntry
from astu_desktop.models.base import Base, SyncedRecord
from astu_desktop.models.bookings import BookedVisit, BookedVisitWorker
from astu_desktop.models.client import Client, ContactPerson
from astu_desktop.models.documents import FormDocument
from astu_desktop.models.episodes import ServiceEpisode
from astu_desktop.models.housing import HousingOffer, Placement, SasDecision, TenancyEnding
from astu_desktop.models.people import Team, Worker
from astu_desktop.models.rentdebt import (
    Instalment,
    PartnerContact,
    RentDebtDecision,
    RentDebtFollowUp,
    RentPayment,
)
from astu_desktop.models.reviews import DocumentReview
from astu_desktop.models.syncstate import DeviceState, OutboxChange
from astu_desktop.models.visits import HomeVisit, VisitWorker

__all__ = [
    "AccessLogEntry",
    "Base",
    "BookedVisit",
    "BookedVisitWorker",
    "Client",
    "ContactPerson",
    "DeviceState",
    "DocumentReview",
    "FormDocument",
    "HomeVisit",
    "HousingOffer",
    "Instalment",
    "OutboxChange",
    "PartnerContact",
    "Placement",
    "RentDebtDecision",
    "RentDebtFollowUp",
    "RentPayment",
    "SasDecision",
    "ServiceEpisode",
    "SyncedRecord",
    "Team",
    "TenancyEnding",
    "VisitWorker",
    "Worker",
]
