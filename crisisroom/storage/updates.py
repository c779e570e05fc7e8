"""The update rhythm of an incident: its cadence, the internal updates given, and when the next is due.

Two things count as an update and restart the countdown: an internal update recorded here (a team
call, a chat message to staff) and the release of a holding statement or an update from the
message grid. The countdown in the main window and its reminder read :func:`next_update_due`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.cadence import Cadence, InternalUpdate
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.message_flow import UPDATE_PHASES
from crisisroom.domain.response_steps import clean_block, local_text, short, stored_time
from crisisroom.storage import incidents, log, messages, organisation
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

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


def set_cadence(database: Database, incident_id: str, new: Cadence, *, author: str) -> Cadence:
    """Set the incident's cadence, logged as a decision; the same cadence again logs nothing.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: a cadence that cannot work.
    """
    new.validate()
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    stored = database.query("SELECT 1 FROM update_cadences WHERE incident_id = ?", (incident.id,))
    if stored and cadence(database, incident.id) == new:
        return new
    with database.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO update_cadences VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                incident.id,
                new.first_minutes,
                new.then_every_minutes,
                new.for_hours,
                new.then_every_minutes_after,
                database.clock.now_iso(),
                author,
            ),
        )
        log.append(
            database,
            incident.id,
            f"Update rhythm set: {new.describe()}",
            kind=Kind.DECISION,
            author=author,
            payload={
                "event": "cadence-set",
                "first_minutes": new.first_minutes,
                "then_every_minutes": new.then_every_minutes,
                "for_hours": new.for_hours,
                "then_every_minutes_after": new.then_every_minutes_after,
            },
        )
    return new


def record_internal_update(
    database: Database,
    incident_id: str,
    *,
    text: str,
    author: str,
    released_at: datetime | None = None,
    next_update_at: datetime | None = None,
) -> InternalUpdate:
    """Record an internal update that was given (a team call, a chat message to staff…); logged.

    Every update says when the next one comes: ``next_update_at`` is that promise. Left out, it is
    what the cadence asks for, which the page can show before the update goes out
    (:func:`next_update_after`).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text, a release time in the future, or a promise not after it.
    """
    text = clean_block(text, "what the update said", limit=10_000)
    author = clean_author(author)
    at = stored_time(released_at, "the time of the update", database.clock.now())
    incident = incidents.get(database, incident_id)
    promise = to_iso(next_update_at) if next_update_at is not None else next_update_after(database, incident.id, at)
    if promise <= at:
        raise InvalidInputError("the next update must come after this one")
    update = InternalUpdate(str(uuid.uuid4()), incident.id, text, at, promise, author)
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"Internal update given; next one by {_promise_text(database, incident, at, promise, next_update_at)}: "
            f"{short(text, 300)}",
            kind=Kind.MESSAGE,
            author=author,
            occurred_at=at if released_at is not None else None,
            payload={"event": "internal-update", "update": update.id, "at": at, "next_update_at": promise},
        )
        conn.execute(
            f"INSERT INTO internal_updates ({_UPDATE_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (update.id, update.incident_id, update.text, update.released_at, update.next_update_at, author, entry.id),
        )
    return update


def _promise_text(database: Database, incident: Incident, at: str, promise: str, given: datetime | None) -> str:
    """The promised time for the log text, on the incident's clock: in a drill, drill minutes after the update."""
    clock = clock_of(database, incident)
    if not clock.is_drill_clock:
        return local_text(promise, clock)
    done = clock.moment(at)
    if given is None:
        due = cadence(database, incident.id).next_due(clock.moment(incident.opened_at), done)
    else:
        due = done + (from_iso(promise) - from_iso(at))
    return local_text(to_iso(due), IncidentClock(incident.timezone)) + " (drill clock)"


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
