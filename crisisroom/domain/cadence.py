"""The rhythm of updates during a crisis, and when the next one is due.

PagerDuty's guide, which teams commonly follow: the first message within 5 minutes of opening,
then at least every 20 minutes for the first two hours, then (our default) every hour. Each
update restarts the clock, so the due time is counted from the last update, with the interval
that applies at the time of that update.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from crisisroom.domain.errors import InvalidInputError


@dataclass(frozen=True)
class Cadence:
    """How often the team must say something, as the crisis lead set it.

    Attributes:
        first_minutes: the first update is due this long after the incident was opened.
        then_every_minutes: then at least this often…
        for_hours: …for this many hours after opening (0: straight to the later rhythm);
        then_every_minutes_after: and at least this often after that.
    """

    first_minutes: int = 5
    then_every_minutes: int = 20
    for_hours: int = 2
    then_every_minutes_after: int = 60

    def validate(self) -> Cadence:
        """Return the cadence when it can work.

        Raises:
            InvalidInputError: for intervals outside a minute to a day, or more than three days at
                the first rhythm.
        """
        for minutes, what in (
            (self.first_minutes, "the first update"),
            (self.then_every_minutes, "the early interval"),
            (self.then_every_minutes_after, "the later interval"),
        ):
            if not 1 <= minutes <= 24 * 60:
                raise InvalidInputError(f"{what} must be 1 minute to 24 hours, not {minutes} minutes")
        if not 0 <= self.for_hours <= 72:
            raise InvalidInputError(f"the early rhythm lasts 0 to 72 hours, not {self.for_hours}")
        return self

    def describe(self) -> str:
        """``first within 5 min, then every 20 min for 2 h, then every 60 min``."""
        text = f"first within {self.first_minutes} min"
        if self.for_hours:
            text += f", then every {self.then_every_minutes} min for {self.for_hours} h"
        return f"{text}, then every {self.then_every_minutes_after} min"

    def interval_after(self, opened_at: datetime, update_at: datetime) -> timedelta:
        """How long after an update at ``update_at`` the next one is due.

        The early interval applies to updates given in the first ``for_hours`` after opening, so
        an update at 1 h 50 min is followed 20 minutes later, not an hour later.
        """
        if update_at < opened_at + timedelta(hours=self.for_hours):
            return timedelta(minutes=self.then_every_minutes)
        return timedelta(minutes=self.then_every_minutes_after)

    def next_due(self, opened_at: datetime, last_update_at: datetime | None) -> datetime:
        """When the next update is due, given the last one (None: none yet).

        A missed due time is returned as it is (in the past), so a countdown can say how late
        the team is rather than quietly moving the deadline on.
        """
        if last_update_at is None:
            return opened_at + timedelta(minutes=self.first_minutes)
        return last_update_at + self.interval_after(opened_at, last_update_at)


DEFAULT_CADENCE = Cadence()


@dataclass(frozen=True)
class InternalUpdate:
    """An update given to the team or staff outside the message grid (a call, a chat message…).

    Attributes:
        id: its id.
        incident_id: the incident.
        text: what was said, in short.
        released_at: stored UTC time it was given.
        next_update_at: stored UTC time it promised the next one by (every update says when).
        recorded_by: who recorded it.
    """

    id: str
    incident_id: str
    text: str
    released_at: str
    next_update_at: str
    recorded_by: str
