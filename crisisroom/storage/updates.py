"""The update rhythm of an incident: its cadence, the internal updates given, and when the next is due.

Two things count as an update and restart the countdown: an internal update recorded here (a team
call, a chat message to staff) and the release of a holding statement or an update from the
message grid. The countdown in the main window and its reminder read :func:`next_update_due`.

Changes are checked and worded by ``services.response_steps`` and recorded here as events, whose
handlers are the only writers of ``update_cadences`` and ``internal_updates``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from crisisroom.domain.cadence import Cadence, InternalUpdate
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.events.steps import CadenceSet, InternalUpdateGiven
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.message_flow import UPDATE_PHASES
from crisisroom.storage import events, incidents, messages, organisation
from crisisroom.storage.database import Database

_UPDATE_COLUMNS = "id, incident_id, text, released_at, next_update_at, recorded_by"


def cadence(database: Database, incident_id: str) -> Cadence:
    """The incident's cadence, or the organisation's default (out of the box: 5 min, then 20 min for 2 h,
    then hourly) when the incident set none."""
    rows = database.query(
        "SELECT first_minutes, then_every_minutes, for_hours, then_every_minutes_after FROM update_cadences "
        "WHERE incident_id = ?",
        (incident_id,),
    )
    return Cadence(*rows[0]) if rows else organisation.default_cadence(database)


def has_own_cadence(database: Database, incident_id: str) -> bool:
    """Whether the incident set its own cadence (else it follows the organisation's default)."""
    return bool(database.query("SELECT 1 FROM update_cadences WHERE incident_id = ?", (incident_id,)))


def write_cadence(database: Database, event: CadenceSet, text: str, *, author: str) -> Cadence:
    """Record the incident's cadence as a ``decision`` entry (checked and worded by ``services.response_steps``)."""
    events.record(database, event.incident, event, text, kind=Kind.DECISION, author=author)
    return cadence(database, event.incident)


@events.handles(CadenceSet)
def _cadence_set(conn: sqlite3.Connection, entry: LogEntry, event: CadenceSet) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO update_cadences VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            event.incident,
            event.first_minutes,
            event.then_every_minutes,
            event.for_hours,
            event.then_every_minutes_after,
            entry.recorded_at,
            entry.author,
        ),
    )


def write_internal_update(
    database: Database, event: InternalUpdateGiven, text: str, *, author: str, occurred_at: str | None
) -> InternalUpdate:
    """Record an internal update as a ``message`` entry (checked and worded by ``services.response_steps``)."""
    entry = events.record(
        database, event.incident, event, text, kind=Kind.MESSAGE, author=author, occurred_at=occurred_at
    )
    return InternalUpdate(event.update, event.incident, event.text, event.at, event.next_update_at, entry.author)


@events.handles(InternalUpdateGiven)
def _internal_update(conn: sqlite3.Connection, entry: LogEntry, event: InternalUpdateGiven) -> None:
    conn.execute(
        f"INSERT INTO internal_updates ({_UPDATE_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.update, event.incident, event.text, event.at, event.next_update_at, entry.author, entry.id),
    )


def internal_updates(database: Database, incident_id: str) -> list[InternalUpdate]:
    """The internal updates of an incident, in the order they were given."""
    rows = database.query(
        f"SELECT {_UPDATE_COLUMNS} FROM internal_updates WHERE incident_id = ? ORDER BY released_at, seq",
        (incident_id,),
    )
    return [InternalUpdate(*row) for row in rows]


def next_update_after(database: Database, incident_id: str, update_at: str) -> str:
    """When the update after one given at ``update_at`` (stored form) is due by the cadence.

    For the "next update by …" line of a statement or internal update being written now.
    """
    incident = incidents.get(database, incident_id)
    due = cadence(database, incident.id).next_due(from_iso(incident.opened_at), from_iso(update_at))
    return to_iso(due)


def next_update_due(database: Database, incident_id: str, now: datetime) -> datetime | None:
    """When the team's next update is due, as of ``now``; None once the incident is closed.

    Counted from the latest update given at or before ``now`` (an internal update, or a released
    holding statement or update), with the interval the cadence sets for that moment; before any
    update, from the incident's opening (first within 5 minutes by default). When the latest
    update was an internal one that promised an earlier time than the cadence asks, the promise
    counts. A missed time is returned as it is, in the past: the countdown shows how late it is.

    Args:
        database: the open database.
        incident_id: the incident.
        now: the moment to answer for (aware datetime; the countdown passes the current time).
            Updates recorded as given later than this are not counted yet.

    Returns:
        The due time in UTC, or None for a closed incident.

    Raises:
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_id)
    if not incident.is_open:
        return None
    as_of = to_iso(now)
    released = messages.latest_release_at(database, incident.id, UPDATE_PHASES, as_of=as_of)
    rows = database.query(
        "SELECT released_at, next_update_at FROM internal_updates WHERE incident_id = ? AND released_at <= ? "
        "ORDER BY released_at DESC, seq DESC LIMIT 1",
        (incident.id, as_of),
    )
    internal, promise = (rows[0]["released_at"], rows[0]["next_update_at"]) if rows else (None, None)
    last = max((t for t in (released, internal) if t is not None), default=None)
    due = cadence(database, incident.id).next_due(from_iso(incident.opened_at), from_iso(last) if last else None)
    if promise is not None and last == internal:
        due = min(due, from_iso(promise))
    return due
