"""Events of an incident's life: opened, details changed, severity set, closed and reopened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class IncidentOpened(Event):
    TYPE = "incident.opened"

    incident: str
    title: str
    category: str
    drill: bool
    level: int | None
    detected_at: str | None
    timezone: str


@dataclass(frozen=True, kw_only=True)
class IncidentDetailsChanged(Event):
    """The crisis type and/or the first-detection time changed; ``None`` leaves a field as it was."""

    TYPE = "incident.details-changed"

    incident: str
    category: str | None = None
    previous_category: str | None = None
    detected_at: str | None = None
    previous_detected_at: str | None = None


@dataclass(frozen=True, kw_only=True)
class SeveritySet(Event):
    """A person confirmed a severity level (``previous`` None: the first assessment).

    ``seen`` names what the writer had in front of them: the entry ids of the incident's current
    severity *heads* (the severity entries, or the opening with a level, that no later one it knew
    of had replaced). The new level replaces exactly those; a head it had not seen (set on another
    laptop meanwhile) stays beside it, and the incident's level is the highest head
    (``storage/incidents.py``). Version 1 had no ``seen``: it was written on one laptop, where the
    heads are always the one current level, so it replaces every head (``seen`` None).
    """

    TYPE = "incident.severity-set"
    VERSION = 2

    incident: str
    level: int
    previous: int | None
    seen: list[str] | None = None

    @classmethod
    def upgrade(cls, fields: dict[str, Any], version: int) -> dict[str, Any]:
        if version == 1:
            return {**fields, "seen": None}
        return super().upgrade(fields, version)


@dataclass(frozen=True, kw_only=True)
class IncidentResolved(Event):
    TYPE = "incident.resolved"

    incident: str


@dataclass(frozen=True, kw_only=True)
class IncidentReopened(Event):
    TYPE = "incident.reopened"

    incident: str


def severity_change(payload: dict[str, object] | None) -> tuple[int | None, int] | None:
    """``(from, to)`` of a severity entry's payload, in this version's shape or the one before typed events."""
    if not payload:
        return None
    if payload.get("type") == SeveritySet.TYPE:
        previous = payload.get("previous")
        return (previous if isinstance(previous, int) else None, int(payload["level"]))  # type: ignore[call-overload]
    if "to" in payload and "type" not in payload:
        before = payload.get("from")
        return (before if isinstance(before, int) else None, int(payload["to"]))  # type: ignore[call-overload]
    return None


def opened_level(payload: dict[str, object] | None) -> tuple[bool, int | None]:
    """Whether a payload records an incident's opening, and the level it was opened at."""
    if not payload:
        return False, None
    if payload.get("type") == IncidentOpened.TYPE or ("type" not in payload and payload.get("event") == "opened"):
        level = payload.get("level")
        return True, level if isinstance(level, int) else None
    return False, None
