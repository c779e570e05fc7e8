"""The incidents table. Every change of state writes its log entry in the same transaction.

**Severity heads** (``severity_heads``, DESIGN.md "Merge rules"): an incident's level is not
simply the latest level set. Each level set (and an opening with a level) is a *head* until a
later level set that had seen it replaces it; a level set names the heads its writer had
(:attr:`SeveritySet.seen`). On one laptop every set has seen the one head there is, so there is
always one head, the latest, and the level is what was set last. Laptops sharing an incident may
set levels without seeing each other: then both sets stay heads, both are shown
(:func:`severity_heads`), and the incident's level is the **highest** head, on every laptop
whatever order the entries arrived in, until a level set that has seen all of them replaces them
(while they disagree, ``services/incidents.py`` lets only the crisis lead write that one).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, replace

from crisisroom.domain.clock import format_local, from_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.incidents import (
    IncidentDetailsChanged,
    IncidentOpened,
    IncidentReopened,
    IncidentResolved,
    SeveritySet,
)
from crisisroom.domain.incidents import Category, Incident, clean_title
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.severity import level as severity_level
from crisisroom.storage import events
from crisisroom.storage.database import Database

_COLUMNS = "id, title, category, is_drill, level, detected_at, opened_at, closed_at, timezone"


def create(
    database: Database,
    title: str,
    *,
    category: Category,
    author: str,
    is_drill: bool = False,
    level: int | None = None,
    detected_at: str | None = None,
    timezone: str = "UTC",
) -> Incident:
    """Open a new incident (or drill) and log that it was opened."""
    title = clean_title(title)
    zone_from_name(timezone)  # validates
    if level is not None:
        severity_level(level)
    what = "Drill started" if is_drill else "Incident opened"
    details = [category.label]
    if level is not None:
        details.append(severity_level(level).label)
    incident_id = str(uuid.uuid4())
    event = IncidentOpened(
        incident=incident_id,
        title=title,
        category=category.value,
        drill=is_drill,
        level=level,
        detected_at=detected_at,
        timezone=timezone,
    )
    events.record(
        database,
        incident_id,
        event,
        f"{what}: {title} ({', '.join(details)})",
        kind=Kind.STATUS,
        author=author,
        occurred_at=detected_at,
    )
    return get(database, incident_id)


@events.handles(IncidentOpened)
def _opened(conn: sqlite3.Connection, entry: LogEntry, event: IncidentOpened) -> None:
    conn.execute(
        f"INSERT INTO incidents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        (
            event.incident,
            event.title,
            event.category,
            int(event.drill),
            event.level,
            event.detected_at,
            entry.recorded_at,
            event.timezone,
        ),
    )
    if event.level is not None:  # the level it was opened at is its first head
        _add_head(conn, event.incident, entry, event.level)


def list_incidents(database: Database, *, include_drills: bool = False, include_closed: bool = True) -> list[Incident]:
    """Incidents, open ones first, newest first. Drills only when asked for."""
    where = []
    if not include_drills:
        where.append("is_drill = 0")
    if not include_closed:
        where.append("closed_at IS NULL")
    sql = f"SELECT {_COLUMNS} FROM incidents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY closed_at IS NOT NULL, opened_at DESC"
    return [_incident(row) for row in database.query(sql)]


def get(database: Database, id_or_prefix: str) -> Incident:
    """An incident by id or by an unambiguous prefix of it.

    Raises:
        NotFoundError: no incident matches.
        InvalidInputError: the prefix matches more than one.
    """
    key = id_or_prefix.strip().lower()
    if not key:
        raise InvalidInputError("name an incident by its id (or the first characters of it)")
    rows = database.query(
        f"SELECT {_COLUMNS} FROM incidents WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 3",
        (key, key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
    )
    exact = [row for row in rows if row["id"] == key]
    if exact:
        return _incident(exact[0])
    if not rows:
        raise NotFoundError(f"no incident with an id starting {id_or_prefix!r}; see 'crisisroom incident list'")
    if len(rows) > 1:
        raise InvalidInputError(f"{id_or_prefix!r} matches several incidents; give more of the id")
    return _incident(rows[0])


def set_level(database: Database, incident_id: str, level: int, *, author: str, reason: str = "") -> Incident:
    """Confirm a severity level (a person's decision), logged with the reason.

    The new level replaces every head this laptop has (:func:`severity_heads`). The level the
    incident already has changes nothing, unless there are several heads: then setting it is the
    decision that settles them, and is recorded.
    """
    new = severity_level(level)
    with database.transaction():  # the heads read are the heads the entry names
        incident = get(database, incident_id)
        heads = severity_heads(database, incident.id)
        if incident.level == level and len(heads) < 2:
            return incident
        if len(heads) > 1:
            before = "settling " + " and ".join(f"level {h.level} set by {h.set_by} on {h.laptop}" for h in heads)
        else:
            before = f"from level {incident.level}" if incident.level else "first assessment"
        text = f"Severity set to {new.label} ({before})"
        if reason.strip():
            text += f": {reason.strip()}"
        events.record(
            database,
            incident.id,
            SeveritySet(incident=incident.id, level=level, previous=incident.level, seen=[h.entry_id for h in heads]),
            text,
            kind=Kind.SEVERITY,
            author=author,
        )
    return get(database, incident.id)


@events.handles(SeveritySet)
def _severity_set(conn: sqlite3.Connection, entry: LogEntry, event: SeveritySet) -> None:
    if event.seen is None:  # written on one laptop before heads were named: it had seen them all
        conn.execute("DELETE FROM severity_heads WHERE incident_id = ?", (event.incident,))
    else:
        conn.execute(
            "DELETE FROM severity_heads WHERE incident_id = ? AND entry_id IN (SELECT value FROM json_each(?))",
            (event.incident, json.dumps(event.seen)),
        )
    _add_head(conn, event.incident, entry, event.level)


def _add_head(conn: sqlite3.Connection, incident_id: str, entry: LogEntry, level: int) -> None:
    """Make ``entry``'s level a head of the incident; its level becomes the highest head."""
    conn.execute(
        "INSERT INTO severity_heads (incident_id, entry_id, level, set_by, device_id, set_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (incident_id, entry.id, level, entry.author, entry.device_id, entry.recorded_at),
    )
    conn.execute(
        "UPDATE incidents SET level = (SELECT max(level) FROM severity_heads WHERE incident_id = ?) WHERE id = ?",
        (incident_id, incident_id),
    )


@dataclass(frozen=True)
class SeverityHead:
    """A level set that no later level set replaced (one of an incident's severity heads).

    Attributes:
        entry_id: the log entry that set it (or opened the incident at it).
        level: the level it set.
        set_by: the author of that entry.
        device_id: the laptop that wrote it.
        laptop: that laptop's name in the incident's team, else the first characters of its id.
        set_at: when it was recorded (stored form).
    """

    entry_id: str
    level: int
    set_by: str
    device_id: str
    laptop: str
    set_at: str


def severity_heads(database: Database, incident_id: str) -> list[SeverityHead]:
    """The incident's severity heads, highest level first (then the latest first).

    One head (or none, before a level was set) is the usual case and the only one on a laptop
    alone. Two or more mean that levels were set on laptops that had not seen each other's: the
    incident's level is the highest of them until someone sets a level after seeing them all.
    """
    rows = database.query(
        """
        SELECT h.entry_id, h.level, h.set_by, h.device_id, h.set_at, l.laptop
        FROM severity_heads h LEFT JOIN share_laptops l ON l.incident_id = h.incident_id AND l.device_id = h.device_id
        WHERE h.incident_id = ? ORDER BY h.level DESC, h.set_at DESC, h.device_id DESC
        """,
        (incident_id,),
    )
    return [
        SeverityHead(
            entry_id=row["entry_id"],
            level=row["level"],
            set_by=row["set_by"],
            device_id=row["device_id"],
            laptop=row["laptop"] or f"laptop {row['device_id'][:8]}",
            set_at=row["set_at"],
        )
        for row in rows
    ]


def update_details(
    database: Database,
    incident_id: str,
    *,
    author: str,
    category: Category | None = None,
    detected_at: str | None = None,
) -> Incident:
    """Change the crisis type and/or the first-detection time (stored UTC form), logged.

    ``None`` leaves a field as it is; a value equal to the stored one changes and logs nothing. A
    detection time is equal when it names the same minute (the editor and the log show minutes, so
    a stored ``10:32:45`` given back as ``10:32`` is not a change), in whatever ISO form it comes.
    """
    incident = get(database, incident_id)
    changes: list[str] = []
    event = IncidentDetailsChanged(incident=incident.id)
    if category is not None and category != incident.category:
        changes.append(f"type {category.label} (was {incident.category.label})")
        event = replace(event, category=category.value, previous_category=incident.category.value)
    if detected_at is not None and not _same_minute(detected_at, incident.detected_at):
        zone = zone_from_name(incident.timezone)
        was = format_local(incident.detected_at, zone, seconds=False) if incident.detected_at else "not recorded"
        changes.append(
            f"first detected {format_local(detected_at, zone, seconds=False)} {incident.timezone} (was {was})"
        )
        event = replace(event, detected_at=detected_at, previous_detected_at=incident.detected_at)
    if not changes:
        return incident
    events.record(
        database, incident.id, event, "Incident details changed: " + "; ".join(changes), kind=Kind.STATUS, author=author
    )
    return get(database, incident.id)


@events.handles(IncidentDetailsChanged)
def _details_changed(conn: sqlite3.Connection, entry: LogEntry, event: IncidentDetailsChanged) -> None:
    if event.category is not None:
        conn.execute("UPDATE incidents SET category = ? WHERE id = ?", (event.category, event.incident))
    if event.detected_at is not None:
        conn.execute("UPDATE incidents SET detected_at = ? WHERE id = ?", (event.detected_at, event.incident))


def _same_minute(new: str, stored: str | None) -> bool:
    """Whether two stored-form times name the same minute (a time against none never does)."""
    if stored is None:
        return False
    if new == stored:
        return True
    try:
        return from_iso(new).replace(second=0, microsecond=0) == from_iso(stored).replace(second=0, microsecond=0)
    except ValueError:
        return False


def resolve(database: Database, incident_id: str, *, author: str, note: str = "") -> Incident:
    """Close an open incident."""
    incident = get(database, incident_id)
    if not incident.is_open:
        raise InvalidInputError(f"{incident.title!r} is already resolved")
    return _set_closed(database, incident, IncidentResolved(incident=incident.id), "Incident resolved", author, note)


def reopen(database: Database, incident_id: str, *, author: str, note: str = "") -> Incident:
    """Reopen a resolved incident."""
    incident = get(database, incident_id)
    if incident.is_open:
        raise InvalidInputError(f"{incident.title!r} is already open")
    return _set_closed(database, incident, IncidentReopened(incident=incident.id), "Incident reopened", author, note)


def _set_closed(
    database: Database,
    incident: Incident,
    event: IncidentResolved | IncidentReopened,
    what: str,
    author: str,
    note: str,
) -> Incident:
    text = f"{what}: {note.strip()}" if note.strip() else what
    events.record(database, incident.id, event, text, kind=Kind.STATUS, author=author)
    return get(database, incident.id)


@events.handles(IncidentResolved)
def _resolved(conn: sqlite3.Connection, entry: LogEntry, event: IncidentResolved) -> None:
    # Resolved on two laptops that had not seen each other: it was resolved at the first.
    conn.execute(
        "UPDATE incidents SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (entry.recorded_at, event.incident)
    )


@events.handles(IncidentReopened)
def _reopened(conn: sqlite3.Connection, entry: LogEntry, event: IncidentReopened) -> None:
    conn.execute("UPDATE incidents SET closed_at = NULL WHERE id = ?", (event.incident,))


@dataclass(frozen=True)
class IncidentCounts:
    """Figures the dashboard header shows."""

    entries: int
    decisions: int
    actions: int
    corrections: int
    last_entry_at: str | None


def counts(database: Database, incident_id: str) -> IncidentCounts:
    row = database.query(
        """
        SELECT count(*) AS entries,
               sum(kind = 'decision') AS decisions,
               sum(kind = 'action') AS actions,
               sum(kind = 'correction') AS corrections,
               max(recorded_at) AS last_entry_at
        FROM log_entries WHERE incident_id = ?
        """,
        (incident_id,),
    )[0]
    return IncidentCounts(
        entries=row["entries"],
        decisions=row["decisions"] or 0,
        actions=row["actions"] or 0,
        corrections=row["corrections"] or 0,
        last_entry_at=row["last_entry_at"],
    )


def _incident(row: sqlite3.Row) -> Incident:
    return Incident(
        id=row["id"],
        title=row["title"],
        category=Category(row["category"]),
        is_drill=bool(row["is_drill"]),
        level=row["level"],
        detected_at=row["detected_at"],
        opened_at=row["opened_at"],
        closed_at=row["closed_at"],
        timezone=row["timezone"],
    )
