"""An incident's life: open it (or a drill), confirm or reassess its severity, change its details,
resolve and reopen it.

The window and the command line both call these, never the writers of :mod:`crisisroom.storage.incidents`,
so a change reads the same in the log whichever of them made it. Each returns a
:class:`~crisisroom.services.changes.Done` holding the incident as it is now stored.

Severity on a shared incident (DESIGN.md, "Merge rules"): levels set on laptops that had not seen
each other's are both kept as *heads*, and the higher stands (``storage/incidents.py``). While
they disagree, only the incident's crisis lead (named in Manage; anyone while no lead is named)
may set a level, and that level, having seen them all, replaces them: :func:`set_level` and
:func:`reassess` refuse anyone else with one line naming the lead. :func:`severity_conflict` says
what stands and why, for the window and ``crisisroom status``.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.severity import level as severity_level
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import incidents, log, organisation
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from crisisroom.storage.incidents import SeverityHead

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


@dataclass(frozen=True)
class SeverityConflict:
    """Levels set on laptops that had not seen each other's: all are shown, the highest stands.

    Attributes:
        heads: the levels set, highest first (two or more).
        level: the level that stands meanwhile (the highest).
        lead: the crisis lead named in Manage, who alone may settle differing levels (None: no
            lead is named, and anyone may).
    """

    heads: tuple[SeverityHead, ...]
    level: int
    lead: str | None

    @property
    def disagree(self) -> bool:
        """Whether the levels differ (two laptops that set the same level agree)."""
        return len({head.level for head in self.heads}) > 1

    def text(self) -> str:
        """One line: the levels, by whom and on which laptop, and what stands until when."""
        sets = "; ".join(f"level {h.level} by {h.set_by} on {h.laptop}" for h in self.heads)
        if not self.disagree:
            return f"level {self.level} was set on laptops that had not seen each other's ({sets})"
        who = f"the crisis lead, {self.lead}," if self.lead else "someone"
        return (
            f"levels set without seeing each other ({sets}): level {self.level}, the highest, stands "
            f"until {who} sets a level"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "disagree": self.disagree,
            "lead": self.lead,
            "heads": [
                {
                    "level": h.level,
                    "set_by": h.set_by,
                    "laptop": h.laptop,
                    "device": h.device_id,
                    "set_at": h.set_at,
                    "entry": h.entry_id,
                }
                for h in self.heads
            ],
        }


def severity_conflict(database: Database, incident_ref: str) -> SeverityConflict | None:
    """The incident's levels set without seeing each other, or None when one level stands alone.

    Raises:
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_ref)
    heads = incidents.severity_heads(database, incident.id)
    if len(heads) < 2:
        return None
    return SeverityConflict(tuple(heads), max(head.level for head in heads), _lead(database, incident.id))


def _lead(database: Database, incident_id: str) -> str | None:
    roles = steps_store.roles(database, incident_id)
    name = roles.lead.name.strip() if roles is not None else ""
    return name or None


def _require_lead_to_settle(database: Database, incident: Incident, author: str) -> None:
    """While the incident's levels disagree, only its crisis lead may set one (anyone when none is named).

    Raises:
        InvalidInputError: naming the levels and the lead.
    """
    conflict = severity_conflict(database, incident.id)
    if conflict is None or not conflict.disagree or conflict.lead is None:
        return
    if " ".join(author.split()).casefold() == " ".join(conflict.lead.split()).casefold():
        return
    levels = " and ".join(f"{h.level} ({h.set_by})" for h in conflict.heads)
    raise InvalidInputError(
        f"levels {levels} were set without seeing each other; only the crisis lead, {conflict.lead}, can settle it"
    )


def set_level(database: Database, incident_ref: str, level: int, *, author: str, reason: str = "") -> Done[Incident]:
    """Confirm a severity level (a person's decision), logged with the reason.

    The level it already has changes nothing and logs nothing (:attr:`Done.changes` is empty);
    :func:`reassess` keeps a same-level decision in the log. While levels set without seeing each
    other disagree (:func:`severity_conflict`), only the crisis lead may set one, and setting the
    level that stands is recorded too: it settles them.

    Raises:
        InvalidInputError: a level outside 1-5; levels disagree and ``author`` is not the lead.
        NotFoundError: no such incident.
    """
    severity_level(level)
    with database.transaction():  # the heads checked are the heads the new level replaces
        incident = incidents.get(database, incident_ref)
        _require_lead_to_settle(database, incident, author)
        if incident.level == level and severity_conflict(database, incident.id) is None:
            return Done(incident, Changes.NONE, incident.id)
        changed = incidents.set_level(database, incident.id, level, author=author, reason=reason)
    return Done(changed, CHANGED, incident.id)


def reassessment_text(level: int, reason: str) -> str:
    """The log's words for a severity assessed again and left where it was."""
    text = f"Severity reassessed, stays level {level}"
    return f"{text}: {reason.strip()}" if reason.strip() else text


def reassess(database: Database, incident_ref: str, level: int, *, author: str, reason: str = "") -> Done[Incident]:
    """Record an assessment of the severity: a new level is confirmed as by :func:`set_level`; the
    level it already has is logged as "Severity reassessed, stays level N: reason" (the decision to
    stay is worth keeping), the level unchanged. While levels set without seeing each other stand
    side by side, assessing is deciding between them: it goes through :func:`set_level` (the crisis
    lead's, while they disagree), which replaces them all.

    Raises:
        InvalidInputError: a level outside 1-5; levels disagree and ``author`` is not the lead.
        NotFoundError: no such incident.
    """
    severity_level(level)
    with database.transaction():  # the level read is the level the entry speaks of
        incident = incidents.get(database, incident_ref)
        if incident.level != level or severity_conflict(database, incident.id) is not None:
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
