"""Deadlines the law sets, as clocks on an incident: when they started, when they fall due, whether they were met.

One clock exists today: GDPR Article 33 asks that a personal-data breach be notified to the
supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware
of it (a later notification says why it is late). The clock starts when the organisation became
aware of the breach, which the team can set; until then it is the incident's detection time (or,
without one, its opening). It stops when the checklist's notification item is ticked.

A product recall has no such clock: the General Product Safety Regulation asks for the
market-surveillance authority to be informed "without undue delay", which is no number of hours,
so the recall's item stands on the checklist without a countdown.

Every time here is on the incident's clock (:class:`crisisroom.domain.incident_time.IncidentClock`):
in a drill, on the drill clock, so a drill's deadline runs in drill time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

BREACH_NOTICE = timedelta(hours=72)
"""GDPR Article 33: notify the supervisory authority within 72 hours of becoming aware."""
BREACH_SOON = timedelta(hours=24)
"""From this much time left, the breach deadline is near: the Next list and the views warn."""


class AwareBasis(StrEnum):
    """Where the moment of becoming aware comes from."""

    SET = "set"  # the team entered it
    DETECTION = "detection"  # the incident's detection time
    OPENING = "opening"  # no detection time: when the incident was opened


class DeadlineState(StrEnum):
    """Where a deadline stands at a moment."""

    RUNNING = "running"  # more than BREACH_SOON left
    NEAR = "near"  # BREACH_SOON or less left
    OVERDUE = "overdue"  # past due, not done
    MET = "met"  # done by the due time
    LATE = "late"  # done, after the due time


@dataclass(frozen=True)
class Deadline:
    """The breach-notification clock of one incident, on the incident's clock.

    Attributes:
        item_key: the checklist item whose tick meets the deadline.
        aware_at: when the organisation became aware (the clock's start).
        basis: where ``aware_at`` comes from.
        done_at: when the item was ticked, None while it is open.
        done_by: who ticked it.
        period: how long the law allows.
    """

    item_key: str
    aware_at: datetime
    basis: AwareBasis
    done_at: datetime | None = None
    done_by: str | None = None
    period: timedelta = BREACH_NOTICE

    @property
    def due_at(self) -> datetime:
        return self.aware_at + self.period

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def left(self, now: datetime) -> timedelta:
        """Time left before the deadline (negative once past it); once done, the margin it was met with."""
        return self.due_at - (self.done_at if self.done_at is not None else now)

    def state(self, now: datetime) -> DeadlineState:
        left = self.left(now)
        if self.done_at is not None:
            return DeadlineState.MET if left >= timedelta(0) else DeadlineState.LATE
        if left < timedelta(0):
            return DeadlineState.OVERDUE
        return DeadlineState.NEAR if left <= BREACH_SOON else DeadlineState.RUNNING


def hours_minutes(span: timedelta) -> tuple[int, int]:
    """A span as whole hours and minutes (its absolute value, rounded down to the minute)."""
    minutes = int(abs(span).total_seconds() // 60)
    return divmod(minutes, 60)


def breach_deadline(
    category: str,
    item_key: str,
    aware_at: datetime,
    basis: AwareBasis,
    done_at: datetime | None = None,
    done_by: str | None = None,
) -> Deadline | None:
    """The 72-hour clock for an incident of ``category`` (a security breach), else None."""
    if category != "security-breach":
        return None
    return Deadline(item_key, aware_at, basis, done_at, done_by)
