"""Reaching the crisis team: every try per person and its outcome, and the all-staff alert.

Each try and each all-staff alert is one event (``domain/events/notify.py``), checked and worded by
``services.notify`` and recorded here; the handlers are the only writers of ``notified_people``,
``notification_attempts`` and ``staff_alerts``.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.notify import PersonTried, StaffAlertSent
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.notifications import Attempt, ChainState, Channel, Outcome, PersonNotification, StaffAlert
from crisisroom.storage import chain_of_command, events
from crisisroom.storage.database import Database


def write_attempt(
    database: Database, event: PersonTried, text: str, *, author: str, occurred_at: str | None
) -> PersonNotification:
    """Record one try to reach a person as a ``notification`` entry; returns all that is known of reaching them."""
    events.record(database, event.incident, event, text, kind=Kind.NOTIFICATION, author=author, occurred_at=occurred_at)
    return person(database, event.incident, event.person)


@events.handles(PersonTried)
def _person_tried(conn: sqlite3.Connection, entry: LogEntry, event: PersonTried) -> None:
    # The name first given stays: the record is true to the time of the first call.
    conn.execute(
        "INSERT INTO notified_people (incident_id, person_id, person_name) VALUES (?, ?, ?) "
        "ON CONFLICT (incident_id, person_id) DO NOTHING",
        (event.incident, event.person, event.name),
    )
    conn.execute(
        "INSERT INTO notification_attempts (id, incident_id, person_id, outcome, channel, occurred_at, "
        "recorded_at, recorded_by, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.attempt,
            event.incident,
            event.person,
            event.outcome,
            event.channel,
            event.at,
            entry.recorded_at,
            entry.author,
            entry.id,
        ),
    )


def notifications(database: Database, incident_id: str) -> list[PersonNotification]:
    """Everyone tried for the incident, in the order they were first recorded, each with every try."""
    people = database.query(
        """
        SELECT p.person_id, p.person_name,
               (SELECT min(a.seq) FROM notification_attempts a
                WHERE a.incident_id = p.incident_id AND a.person_id = p.person_id) AS first_seq
        FROM notified_people p WHERE p.incident_id = ? ORDER BY first_seq
        """,
        (incident_id,),
    )
    attempts: dict[str, list[Attempt]] = {}
    for row in database.query(
        "SELECT id, person_id, outcome, channel, occurred_at, recorded_at, recorded_by FROM notification_attempts "
        "WHERE incident_id = ? ORDER BY occurred_at, seq",
        (incident_id,),
    ):
        attempts.setdefault(row["person_id"], []).append(
            Attempt(
                row["id"],
                Outcome(row["outcome"]),
                Channel(row["channel"]),
                row["occurred_at"],
                row["recorded_at"],
                row["recorded_by"],
            )
        )
    return [
        PersonNotification(
            incident_id=incident_id,
            person_id=row["person_id"],
            person_name=row["person_name"],
            attempts=tuple(attempts.get(row["person_id"], ())),
        )
        for row in people
    ]


def person(database: Database, incident_id: str, person_id: str) -> PersonNotification:
    """What was recorded about reaching one person.

    Raises:
        InvalidInputError: nobody tried the person for this incident.
    """
    found = person_or_none(database, incident_id, person_id)
    if found is None:
        raise InvalidInputError(f"no one with id {person_id!r} was recorded as tried")
    return found


def person_or_none(database: Database, incident_id: str, person_id: str) -> PersonNotification | None:
    """What was recorded about reaching one person, None when nobody tried them yet."""
    for item in notifications(database, incident_id):
        if item.person_id == person_id:
            return item
    return None


def chain_states(database: Database, incident: Incident) -> list[ChainState]:
    """The incident's chain of command, in order, each person with their backup and how far they were reached.

    Empty until a level is confirmed. The one place that pairs the chain with the record of calls,
    for the Notify page, the Next list, ``crisisroom status`` and ``crisisroom notify list``.
    """
    if incident.level is None:
        return []
    found = {n.person_id: n for n in notifications(database, incident.id)}
    # Who is called depends on the level and the crisis type (storage/chain_of_command.py).
    return [
        ChainState(call.person, call.backup, found.get(call.person.id))
        for call in chain_of_command.for_incident(database, incident).calls
    ]


def write_staff_alert(
    database: Database, event: StaffAlertSent, text: str, *, author: str, occurred_at: str | None
) -> StaffAlert:
    """Record the all-staff alert as a ``notification`` entry (checked and worded by ``services.notify``)."""
    entry = events.record(
        database, event.incident, event, text, kind=Kind.NOTIFICATION, author=author, occurred_at=occurred_at
    )
    return StaffAlert(event.alert, event.incident, event.wording, event.do_not_say, event.sent_at, entry.author)


@events.handles(StaffAlertSent)
def _staff_alert_sent(conn: sqlite3.Connection, entry: LogEntry, event: StaffAlertSent) -> None:
    conn.execute(
        "INSERT INTO staff_alerts (id, incident_id, wording, do_not_say, sent_at, recorded_by, log_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.alert, event.incident, event.wording, event.do_not_say, event.sent_at, entry.author, entry.id),
    )


def staff_alerts(database: Database, incident_id: str) -> list[StaffAlert]:
    """The all-staff alerts recorded for the incident, oldest first."""
    rows = database.query(
        "SELECT id, incident_id, wording, do_not_say, sent_at, recorded_by FROM staff_alerts "
        "WHERE incident_id = ? ORDER BY seq",
        (incident_id,),
    )
    return [StaffAlert(*row) for row in rows]
