"""Telling the crisis team: each try to reach a person, how, when, and what came of it.

A call tree keeps every try (no answer at 02:10, reached at 02:25, acknowledged at 02:30); a
person's state is their most advanced outcome, and "not tried yet" until someone tries them.

People are named by the roster's person id plus the name they had when they were called, so the
record stays true when the roster changes later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person
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


class Outcome(StrEnum):
    """What came of one try to reach a person, from the least to the most progress.

    A person's state is their most advanced outcome (:attr:`PersonNotification.state`): someone
    reached at 02:25 stays reached when a later call goes unanswered, and acknowledged stays
    acknowledged.
    """

    NO_ANSWER = "no answer"
    VOICEMAIL = "voicemail"  # a voicemail, or a message left by SMS, e-mail or with someone
    REACHED = "reached"
    ACKNOWLEDGED = "acknowledged"  # they confirmed they are acting

    @property
    def rank(self) -> int:
        """1 (no answer) to 4 (acknowledged): how far a try got."""
        return _OUTCOME_ORDER.index(self) + 1

    @property
    def is_reached(self) -> bool:
        """Spoken to (or confirmed): the person knows. No answer and a message left do not count."""
        return self in (Outcome.REACHED, Outcome.ACKNOWLEDGED)

    @property
    def label(self) -> str:
        """What happened, lower case, to follow a time or a name: ``02:10 no answer``."""
        return {
            "no answer": QT_TRANSLATE_NOOP("Notifications", "no answer"),
            "voicemail": QT_TRANSLATE_NOOP("Notifications", "message left"),
            "reached": QT_TRANSLATE_NOOP("Notifications", "reached"),
            "acknowledged": QT_TRANSLATE_NOOP("Notifications", "acknowledged"),
        }[self.value]

    @classmethod
    def parse(cls, text: str) -> Outcome:
        """Accept an outcome by its value in any case, with ``-`` or ``_`` for spaces (``no-answer``);
        ``message`` is a voicemail.

        Raises:
            InvalidInputError: naming the outcomes.
        """
        wanted = " ".join(str(text).strip().lower().replace("-", " ").replace("_", " ").split())
        wanted = {"message": "voicemail", "message left": "voicemail", "noanswer": "no answer"}.get(wanted, wanted)
        try:
            return cls(wanted)
        except ValueError:
            choices = ", ".join(c.value.replace(" ", "-") for c in cls)
            raise InvalidInputError(f"unknown outcome {text!r}; choose one of {choices}") from None


_OUTCOME_ORDER = (Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.REACHED, Outcome.ACKNOWLEDGED)
# Someone of the chain nobody has tried yet: not an outcome, but a state the counts and views show.
NOT_TRIED = QT_TRANSLATE_NOOP("Notifications", "not yet tried")


def needs_reaching(state: Outcome | None) -> bool:
    """Nobody has spoken to them yet: not tried, no answer, or only a message left."""
    return state is None or not state.is_reached


@dataclass(frozen=True)
class Attempt:
    """One try to reach a person: what came of it, the channel, and when.

    Attributes:
        id: the attempt's id.
        outcome: what came of it.
        channel: how they were tried.
        occurred_at: when it happened (stored UTC); it may have been entered afterwards.
        recorded_at: when it was written down (the system time).
        recorded_by: who wrote it down.
    """

    id: str
    outcome: Outcome
    channel: Channel
    occurred_at: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class PersonNotification:
    """Everything recorded about reaching one person for one incident.

    Attributes:
        incident_id: the incident.
        person_id: the roster's id for the person.
        person_name: the name as it was when they were first tried.
        attempts: every attempt, in the order they happened (never empty).
    """

    incident_id: str
    person_id: str
    person_name: str
    attempts: tuple[Attempt, ...]

    @property
    def current(self) -> Attempt:
        """The attempt that gives the state: the most advanced outcome, the latest of equals."""
        return max(self.attempts, key=lambda a: (a.outcome.rank, a.occurred_at))

    @property
    def state(self) -> Outcome:
        """The person's state: reached at 02:25 stays reached after a later unanswered call."""
        return self.current.outcome

    @property
    def reached_at(self) -> str | None:
        """When someone first spoke to them (reached or acknowledged), or None."""
        return next((a.occurred_at for a in self.attempts if a.outcome.is_reached), None)

    @property
    def acknowledged_at(self) -> str | None:
        """When they confirmed they are acting, or None."""
        return next((a.occurred_at for a in self.attempts if a.outcome is Outcome.ACKNOWLEDGED), None)

    @property
    def last_attempt(self) -> Attempt:
        """The latest attempt by the time it happened."""
        return self.attempts[-1]


@dataclass(frozen=True)
class ChainState:
    """One person of the incident's chain of command, their backup, and how far they were reached."""

    person: Person
    backup: Person | None
    notification: PersonNotification | None

    @property
    def state(self) -> Outcome | None:
        """Their most advanced outcome; None when nobody has tried them yet."""
        return self.notification.state if self.notification is not None else None


@dataclass(frozen=True)
class ChainCounts:
    """How far the people of a chain of command were reached: one count per state.

    ``5 in the chain: 2 acknowledged, 1 reached, 1 no answer, 1 not yet tried``.
    """

    acknowledged: int = 0
    reached: int = 0
    voicemail: int = 0
    no_answer: int = 0
    not_tried: int = 0

    @classmethod
    def of(cls, states: Iterable[Outcome | None]) -> ChainCounts:
        listed = list(states)
        return cls(
            acknowledged=listed.count(Outcome.ACKNOWLEDGED),
            reached=listed.count(Outcome.REACHED),
            voicemail=listed.count(Outcome.VOICEMAIL),
            no_answer=listed.count(Outcome.NO_ANSWER),
            not_tried=listed.count(None),
        )

    @property
    def total(self) -> int:
        return self.acknowledged + self.reached + self.voicemail + self.no_answer + self.not_tried

    def items(self) -> list[tuple[str, int]]:
        """``(key, count)`` for the states that anyone is in, the most advanced first."""
        pairs = [
            ("acknowledged", self.acknowledged),
            ("reached", self.reached),
            ("voicemail", self.voicemail),
            ("no_answer", self.no_answer),
            ("not_tried", self.not_tried),
        ]
        return [(key, count) for key, count in pairs if count]

    def as_dict(self) -> dict[str, int]:
        return {
            "total": self.total,
            "acknowledged": self.acknowledged,
            "reached": self.reached,
            "voicemail": self.voicemail,
            "no_answer": self.no_answer,
            "not_tried": self.not_tried,
        }

    def text(self) -> str:
        """In English, for the command line: ``5 in the chain: 2 acknowledged, 1 reached, 1 no answer``."""
        if not self.total:
            return "nobody in the chain"
        words = {
            "acknowledged": "acknowledged",
            "reached": "reached",
            "voicemail": "message left",
            "no_answer": "no answer",
            "not_tried": "not yet tried",
        }
        return f"{self.total} in the chain: " + ", ".join(f"{count} {words[key]}" for key, count in self.items())


@dataclass(frozen=True)
class StaffAlert:
    """The all-staff alert as sent: the wording staff may share and what they should not say."""

    id: str
    incident_id: str
    wording: str
    do_not_say: str
    sent_at: str
    recorded_by: str
