"""The clock an incident's times are shown on (see crisisroom.domain.incident_time), read from its log."""

from __future__ import annotations

from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.storage import log
from crisisroom.storage.database import Database


def clock_of(database: Database, incident: Incident) -> IncidentClock:
    """The incident's clock: its zone, and for a drill played from a scenario its drill clock."""
    if not incident.is_drill:
        return IncidentClock(incident.timezone or "UTC")
    return IncidentClock.of(incident.timezone, log.entries(database, incident.id))
