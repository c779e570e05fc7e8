"""Telling the crisis team: who was contacted, how, when, and who acknowledged.

People are named by the roster's person id plus the name they had when they were called, so the
record stays true when the roster changes later.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

# From this level the whole staff is told (domain.md: "From level 4, an internal alert to all
# staff, so they hear it from the company first").
STAFF_ALERT_LEVEL = 4


class Channel(StrEnum):
    """How someone was reached."""

    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    IN_PERSON = "in person"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "phone": QT_TRANSLATE_NOOP("Notifications", "phone"),
            "sms": QT_TRANSLATE_NOOP("Notifications", "SMS"),
            "email": QT_TRANSLATE_NOOP("Notifications", "e-mail"),
            "in person": QT_TRANSLATE_NOOP("Notifications", "in person"),
            "other": QT_TRANSLATE_NOOP("Notifications", "other"),
        }[self.value]

    @property
    def how(self) -> str:
        """Completes "notified …": ``by phone``, ``in person``, ``by other means``."""
        return {
            "phone": QT_TRANSLATE_NOOP("Notifications", "by phone"),
            "sms": QT_TRANSLATE_NOOP("Notifications", "by SMS"),
            "email": QT_TRANSLATE_NOOP("Notifications", "by e-mail"),
            "in person": QT_TRANSLATE_NOOP("Notifications", "in person"),
            "other": QT_TRANSLATE_NOOP("Notifications", "by other means"),
        }[self.value]

    @classmethod
    def parse(cls, text: str) -> Channel:
        """Accept a channel by its value, in any case (``in-person`` too).

        Raises:
            InvalidInputError: naming the channels.
        """
        wanted = " ".join(str(text).strip().lower().replace("-", " ").replace("_", " ").split())
        wanted = {"e mail": "email", "text": "sms"}.get(wanted, wanted)
        try:
            return cls(wanted)
        except ValueError:
            choices = ", ".join(c.value for c in cls)
            raise InvalidInputError(f"unknown channel {text!r}; choose one of {choices}") from None


class ContactStatus(StrEnum):
    """Where a person is: contacted (no answer yet) or acknowledged."""

    NOTIFIED = "notified"
    ACKNOWLEDGED = "acknowledged"


@dataclass(frozen=True)
class Attempt:
    """One attempt to reach a person: the channel and when (stored UTC)."""

    id: str
    channel: Channel
    notified_at: str
    recorded_by: str


@dataclass(frozen=True)
class PersonNotification:
    """Everything recorded about reaching one person for one incident.

    Attributes:
        incident_id: the incident.
        person_id: the roster's id for the person.
        person_name: the name as it was when they were contacted.
        attempts: every attempt, oldest first (never empty).
        acknowledged_at: stored UTC time they acknowledged, or None.
        acknowledged_recorded_by: who recorded the acknowledgement.
    """

    incident_id: str
    person_id: str
    person_name: str
    attempts: tuple[Attempt, ...]
    acknowledged_at: str | None = None
    acknowledged_recorded_by: str | None = None

    @property
    def status(self) -> ContactStatus:
        return ContactStatus.ACKNOWLEDGED if self.acknowledged_at else ContactStatus.NOTIFIED

    @property
    def first_notified_at(self) -> str:
        return self.attempts[0].notified_at

    @property
    def last_attempt(self) -> Attempt:
        return self.attempts[-1]


@dataclass(frozen=True)
class StaffAlert:
    """The all-staff alert as sent: the wording staff may share and what they should not say."""

    id: str
    incident_id: str
    wording: str
    do_not_say: str
    sent_at: str
    recorded_by: str
