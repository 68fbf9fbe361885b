"""The client (asiakas) and the people around them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from astu_desktop.models.base import Base, SyncedRecord, str_enum
from astu_desktop.models.hetu import Sex, parse_hetu


class Client(SyncedRecord, Base):
    __tablename__ = "client"

    first_names: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120), index=True)
    # All 11 characters as entered (upper-cased); `-` and `Y` codes are different people.
    hetu: Mapped[str] = mapped_column(String(11), unique=True)
    birth_date: Mapped[date] = mapped_column()
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, 10))
    phone: Mapped[str | None] = mapped_column(String(40))
    street_address: Mapped[str | None] = mapped_column(String(160))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(254))  # migration 0008
    languages: Mapped[list[str]] = mapped_column(default=list)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    background_notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[ContactPerson]] = relationship(back_populates="client")

    @validates("hetu")
    def _derive_from_hetu(self, _key: str, value: str) -> str:
        """Validate the code and keep birth date and sex consistent with it."""
        parsed = parse_hetu(value)
        self.birth_date = parsed.birth_date
        self.sex = parsed.sex
        return parsed.code

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.last_name}"

    def age_on(self, day: date) -> int:
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class ContactPerson(SyncedRecord, Base):
    """A relative, guardian (edunvalvoja) or professional the client wants contacted."""

    __tablename__ = "contact_person"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    relation: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    organisation: Mapped[str | None] = mapped_column(String(160))
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="contacts")
