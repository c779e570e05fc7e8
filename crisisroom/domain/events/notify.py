"""Events of the Notify step: each try to reach a person and its outcome, and the all-staff alert.

See :mod:`crisisroom.domain.events.base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class PersonTried(Event):
    """One try to reach a person (``attempt`` its id), what came of it, and when it happened (``at``).

    ``name`` is the person's name as given with this try; the record keeps the name first given.
    """

    TYPE = "notify.outcome"

    incident: str
    attempt: str
    person: str
    name: str
    outcome: str
    channel: str
    at: str


@dataclass(frozen=True, kw_only=True)
class StaffAlertSent(Event):
    """The all-staff alert as sent at ``sent_at``: what staff may share and what not to say."""

    TYPE = "notify.staff-alert"

    incident: str
    alert: str
    wording: str
    do_not_say: str
    sent_at: str


def person_outcome(payload: dict[str, Any] | None) -> tuple[str, str, str] | None:
    """``(person id, outcome, channel)`` of a notification entry's payload, in this version's shape or the one
    before typed events."""
    if not payload:
        return None
    if payload.get("type") == PersonTried.TYPE or ("type" not in payload and payload.get("event") == "person-outcome"):
        return str(payload["person"]), str(payload["outcome"]), str(payload["channel"])
    return None
