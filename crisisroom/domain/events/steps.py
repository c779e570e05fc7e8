"""Events of the five response steps: a step committed, the roles named, the update rhythm, internal updates.

See :mod:`crisisroom.domain.events.base`. The calls of the Notify step are in
:mod:`crisisroom.domain.events.notify`, the Manage step's checklist in
:mod:`crisisroom.domain.events.checklist`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class StepCompleted(Event):
    """A step's page was committed (the ``wizard-step`` entry).

    ``summary`` is what the page recorded, as plain data. An Assess step's summary holds the
    assessment its entry records: ``what_happened``, ``source_links``, ``audiences`` and
    ``level_reason`` (beside the incident's own type, detection time and level).
    """

    TYPE = "step.completed"

    incident: str
    step: str
    number: int
    summary: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class RolesNamed(Event):
    """The crisis lead, scribe and spokesperson, each ``{"person": roster id, "name": name then}``."""

    TYPE = "step.roles-named"

    incident: str
    lead: dict[str, str]
    scribe: dict[str, str]
    spokesperson: dict[str, str]


@dataclass(frozen=True, kw_only=True)
class CadenceSet(Event):
    """The incident's own update rhythm (see :class:`crisisroom.domain.cadence.Cadence`)."""

    TYPE = "step.cadence-set"

    incident: str
    first_minutes: int
    then_every_minutes: int
    for_hours: int
    then_every_minutes_after: int


@dataclass(frozen=True, kw_only=True)
class InternalUpdateGiven(Event):
    """An internal update was given at ``at`` (a time a person may have typed), promising the next by
    ``next_update_at``."""

    TYPE = "step.internal-update"

    incident: str
    update: str
    text: str
    at: str
    next_update_at: str


def completed_step(payload: dict[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    """``(step, summary)`` of a ``wizard-step`` entry's payload, in this version's shape or the one before
    typed events (where the summary's keys sat beside ``event``, ``step`` and ``number``)."""
    if not payload:
        return None
    if payload.get("type") == StepCompleted.TYPE:
        return str(payload["step"]), dict(payload.get("summary") or {})
    if "type" not in payload and payload.get("event") == "wizard-step":
        summary = {key: value for key, value in payload.items() if key not in ("event", "step", "number")}
        return str(payload["step"]), summary
    return None
