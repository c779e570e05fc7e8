"""An incident's life: open it (or a drill), confirm or reassess its severity, change its details,
resolve and reopen it.

The window and the command line both call these, never the writers of :mod:`crisisroom.storage.incidents`,
so a change reads the same in the log whichever of them made it. Each returns a
:class:`~crisisroom.services.changes.Done` holding the incident as it is now stored.
"""

from __future__ import annotations

from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.severity import level as severity_level
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import incidents, log, organisation
from crisisroom.storage.database import Database

CHANGED = Changes.INCIDENTS | Changes.LOG


def open_incident(
    database: Database,
    title: str,
    *,
    category: Category,
    author: str,
    drill: bool = False,
    level: int | None = None,
    detected_at: str | None = None,
    timezone: str | None = None,
) -> Done[Incident]:
    """Open an incident (a drill with ``drill``) and log that it was opened.

    ``detected_at`` is the stored (UTC ISO) form of when it was first detected; ``timezone`` None
    is the organisation's zone, else this computer's.

    Raises:
        InvalidInputError: an empty title, an unknown zone or level.
    """
    made = incidents.create(
        database,
        title,
        category=category,
        author=author,
        is_drill=drill,
        level=level,
        detected_at=detected_at,
        timezone=timezone or organisation.default_timezone(database),
    )
    return Done(made, CHANGED, made.id)


def set_level(database: Database, incident_ref: str, level: int, *, author: str, reason: str = "") -> Done[Incident]:
    """Confirm a severity level (a person's decision), logged with the reason.

    The level it already has changes nothing and logs nothing (:attr:`Done.changes` is empty);
    :func:`reassess` keeps a same-level decision in the log.

    Raises:
        InvalidInputError: a level outside 1-5.
        NotFoundError: no such incident.
    """
    severity_level(level)
    incident = incidents.get(database, incident_ref)
    if incident.level == level:
        return Done(incident, Changes.NONE, incident.id)
    return Done(incidents.set_level(database, incident.id, level, author=author, reason=reason), CHANGED, incident.id)


def reassessment_text(level: int, reason: str) -> str:
    """The log's words for a severity assessed again and left where it was."""
    text = f"Severity reassessed, stays level {level}"
    return f"{text}: {reason.strip()}" if reason.strip() else text


def reassess(database: Database, incident_ref: str, level: int, *, author: str, reason: str = "") -> Done[Incident]:
    """Record an assessment of the severity: a new level is confirmed as by :func:`set_level`; the
    level it already has is logged as "Severity reassessed, stays level N: reason" (the decision to
    stay is worth keeping), the level unchanged.

    Raises:
        InvalidInputError: a level outside 1-5.
        NotFoundError: no such incident.
    """
    severity_level(level)
    with database.transaction():  # the level read is the level the entry speaks of
        incident = incidents.get(database, incident_ref)
        if incident.level != level:
            return set_level(database, incident.id, level, author=author, reason=reason)
        log.append(database, incident.id, reassessment_text(level, reason), kind=Kind.SEVERITY, author=author)
    return Done(incident, Changes.LOG, incident.id)


def change_details(
    database: Database,
    incident_ref: str,
    *,
    author: str,
    category: Category | None = None,
    detected_at: str | None = None,
) -> Done[Incident]:
    """Change the crisis type and/or the first-detection time (stored UTC form), logged.

    ``None`` leaves a field as it is; values equal to the stored ones change and log nothing.

    Raises:
        NotFoundError: no such incident.
    """
    before = incidents.get(database, incident_ref)
    after = incidents.update_details(database, before.id, author=author, category=category, detected_at=detected_at)
    changed = (after.category, after.detected_at) != (before.category, before.detected_at)
    return Done(after, CHANGED if changed else Changes.NONE, after.id)


def resolve(database: Database, incident_ref: str, *, author: str, note: str = "") -> Done[Incident]:
    """Close an open incident, with an optional note for the log.

    Raises:
        InvalidInputError: it is already resolved.
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_ref)
    return Done(incidents.resolve(database, incident.id, author=author, note=note), CHANGED, incident.id)


def reopen(database: Database, incident_ref: str, *, author: str, note: str = "") -> Done[Incident]:
    """Reopen a resolved incident, with an optional note for the log.

    Raises:
        InvalidInputError: it is open.
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_ref)
    return Done(incidents.reopen(database, incident.id, author=author, note=note), CHANGED, incident.id)
