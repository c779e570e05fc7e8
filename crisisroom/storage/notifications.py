"""Reaching the crisis team: attempts per person, acknowledgements, and the all-staff alert; all logged."""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.clock import now_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.notifications import Attempt, Channel, PersonNotification, StaffAlert
from crisisroom.domain.wizard import clean_block, clean_line, local_text, short, stored_time
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of


def record_notification(
    database: Database,
    incident_id: str,
    person_id: str,
    person_name: str,
    channel: Channel | str,
    notified_at: datetime | None = None,
    *,
    author: str,
) -> PersonNotification:
    """Record that a person was contacted (or tried), by which channel and when; logged.

    Call it once per attempt: a phone call that went to voicemail and the SMS after it are two
    attempts. The person's name is kept as given, so the record stays true if the roster changes.

    Args:
        database: the open database.
        incident_id: the incident.
        person_id: the roster's id of the person.
        person_name: their name as shown now.
        channel: phone, sms, email, in person or other.
        notified_at: when (aware datetime); None means now.
        author: who records it.

    Returns:
        Everything recorded about reaching that person, this attempt included.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty id or name, unknown channel, or a time in the future.
    """
    person_id = clean_line(person_id, "the person's id", limit=200)
    person_name = clean_line(person_name, "the person's name", limit=200)
    channel = Channel.parse(channel)
    author = clean_author(author)
    at = stored_time(notified_at, "the time they were notified")
    incident = incidents.get(database, incident_id)
    attempt_id = str(uuid.uuid4())
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO notified_people (incident_id, person_id, person_name) VALUES (?, ?, ?) "
            "ON CONFLICT (incident_id, person_id) DO NOTHING",
            (incident.id, person_id, person_name),
        )
        entry = log.append(
            database,
            incident.id,
            f"{person_name} notified {channel.how} at {local_text(at, clock_of(database, incident))}",
            kind=Kind.NOTIFICATION,
            author=author,
            occurred_at=at if notified_at is not None else None,
            payload={"event": "person-notified", "person": person_id, "channel": channel.value, "at": at},
        )
        conn.execute(
            "INSERT INTO notification_attempts (id, incident_id, person_id, channel, notified_at, recorded_at, "
            "recorded_by, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (attempt_id, incident.id, person_id, channel.value, at, now_iso(), author, entry.id),
        )
    return person(database, incident.id, person_id)


def record_acknowledged(
    database: Database,
    incident_id: str,
    person_id: str,
    acknowledged_at: datetime | None = None,
    *,
    author: str,
) -> PersonNotification:
    """Record that a notified person acknowledged (they are on it); logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: the person was not recorded as notified, already acknowledged, or the
            time is before their first notification or in the future.
    """
    author = clean_author(author)
    at = stored_time(acknowledged_at, "the time they acknowledged")
    incident = incidents.get(database, incident_id)
    current = _person_or_none(database, incident.id, person_id)
    if current is None:
        raise InvalidInputError(
            f"no one with id {person_id!r} was recorded as notified; record how they were reached first"
        )
    if current.acknowledged_at is not None:
        raise InvalidInputError(
            f"{current.person_name} already acknowledged at "
            f"{local_text(current.acknowledged_at, clock_of(database, incident))}"
        )
    if at < current.first_notified_at:
        raise InvalidInputError(
            f"{current.person_name} cannot have acknowledged before they were first notified "
            f"({local_text(current.first_notified_at, clock_of(database, incident))})"
        )
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"{current.person_name} acknowledged at {local_text(at, clock_of(database, incident))}",
            kind=Kind.NOTIFICATION,
            author=author,
            occurred_at=at if acknowledged_at is not None else None,
            payload={"event": "person-acknowledged", "person": current.person_id, "at": at},
        )
        conn.execute(
            "UPDATE notified_people SET acknowledged_at = ?, acknowledged_recorded_by = ?, ack_log_entry_id = ? "
            "WHERE incident_id = ? AND person_id = ?",
            (at, author, entry.id, incident.id, current.person_id),
        )
    return person(database, incident.id, current.person_id)


def notifications(database: Database, incident_id: str) -> list[PersonNotification]:
    """Everyone contacted for the incident, in the order they were first contacted, with status."""
    people = database.query(
        """
        SELECT p.person_id, p.person_name, p.acknowledged_at, p.acknowledged_recorded_by,
               (SELECT min(a.seq) FROM notification_attempts a
                WHERE a.incident_id = p.incident_id AND a.person_id = p.person_id) AS first_seq
        FROM notified_people p WHERE p.incident_id = ? ORDER BY first_seq
        """,
        (incident_id,),
    )
    attempts: dict[str, list[Attempt]] = {}
    for row in database.query(
        "SELECT id, person_id, channel, notified_at, recorded_by FROM notification_attempts "
        "WHERE incident_id = ? ORDER BY notified_at, seq",
        (incident_id,),
    ):
        attempts.setdefault(row["person_id"], []).append(
            Attempt(row["id"], Channel(row["channel"]), row["notified_at"], row["recorded_by"])
        )
    return [
        PersonNotification(
            incident_id=incident_id,
            person_id=row["person_id"],
            person_name=row["person_name"],
            attempts=tuple(attempts.get(row["person_id"], ())),
            acknowledged_at=row["acknowledged_at"],
            acknowledged_recorded_by=row["acknowledged_recorded_by"],
        )
        for row in people
    ]


def person(database: Database, incident_id: str, person_id: str) -> PersonNotification:
    """What was recorded about reaching one person.

    Raises:
        InvalidInputError: the person was not recorded as notified for this incident.
    """
    found = _person_or_none(database, incident_id, person_id)
    if found is None:
        raise InvalidInputError(f"no one with id {person_id!r} was recorded as notified")
    return found


def _person_or_none(database: Database, incident_id: str, person_id: str) -> PersonNotification | None:
    for item in notifications(database, incident_id):
        if item.person_id == person_id:
            return item
    return None


def record_staff_alert(
    database: Database,
    incident_id: str,
    *,
    wording: str,
    do_not_say: str = "",
    sent_at: datetime | None = None,
    author: str,
) -> StaffAlert:
    """Record the all-staff alert as sent: the wording staff may share and what not to say; logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty wording, or a send time in the future.
    """
    wording = clean_block(wording, "the all-staff alert's wording", limit=10_000)
    do_not_say = clean_block(do_not_say, "what staff should not say", required=False, limit=10_000)
    author = clean_author(author)
    at = stored_time(sent_at, "the time the all-staff alert was sent")
    incident = incidents.get(database, incident_id)
    alert_id = str(uuid.uuid4())
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"All-staff alert sent at {local_text(at, clock_of(database, incident))}: “{short(wording, 200)}”",
            kind=Kind.NOTIFICATION,
            author=author,
            occurred_at=at if sent_at is not None else None,
            payload={"event": "staff-alert", "alert": alert_id, "wording": wording, "do_not_say": do_not_say},
        )
        conn.execute(
            "INSERT INTO staff_alerts (id, incident_id, wording, do_not_say, sent_at, recorded_by, log_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (alert_id, incident.id, wording, do_not_say, at, author, entry.id),
        )
    return StaffAlert(alert_id, incident.id, wording, do_not_say, at, author)


def staff_alerts(database: Database, incident_id: str) -> list[StaffAlert]:
    """The all-staff alerts recorded for the incident, oldest first."""
    rows = database.query(
        "SELECT id, incident_id, wording, do_not_say, sent_at, recorded_by FROM staff_alerts "
        "WHERE incident_id = ? ORDER BY seq",
        (incident_id,),
    )
    return [StaffAlert(*row) for row in rows]
