"""Reaching the crisis team: every try per person and its outcome, and the all-staff alert; all logged."""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.notifications import Attempt, ChainState, Channel, Outcome, PersonNotification, StaffAlert
from crisisroom.domain.response_steps import clean_block, clean_line, local_text, short, stored_time
from crisisroom.storage import chain_of_command, incidents, log
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of


def record_outcome(
    database: Database,
    incident_id: str,
    person_id: str,
    person_name: str,
    outcome: Outcome | str,
    channel: Channel | str = Channel.PHONE,
    occurred_at: datetime | None = None,
    *,
    author: str,
) -> PersonNotification:
    """Record one try to reach a person and what came of it, with its log entry; one transaction.

    Call it once per try: no answer at 02:10 and reached at 02:25 are two tries, both kept. A try
    made earlier can be written down later: ``occurred_at`` is when it happened (the log entry's
    ``occurred_at``), while the recorded time stays the system's. The person's name is kept as
    first given, so the record stays true if the roster changes.

    Args:
        database: the open database.
        incident_id: the incident.
        person_id: the roster's id of the person.
        person_name: their name as shown now.
        outcome: no answer, voicemail (a message left), reached or acknowledged.
        channel: phone, sms, email, in person or other.
        occurred_at: when it happened (aware datetime); None means now.
        author: who records it.

    Returns:
        Everything recorded about reaching that person, this try included.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty id or name, unknown outcome or channel, a time in the future, or
            an acknowledgement for someone who already acknowledged; nothing is stored.
    """
    person_id = clean_line(person_id, "the person's id", limit=200)
    person_name = clean_line(person_name, "the person's name", limit=200)
    outcome = Outcome.parse(outcome)
    channel = Channel.parse(channel)
    author = clean_author(author)
    at = stored_time(occurred_at, "the time of the call", database.clock.now())
    incident = incidents.get(database, incident_id)
    clock = clock_of(database, incident)
    current = _person_or_none(database, incident.id, person_id)
    if outcome is Outcome.ACKNOWLEDGED and current is not None and current.acknowledged_at is not None:
        raise InvalidInputError(
            f"{current.person_name} already acknowledged at {local_text(current.acknowledged_at, clock)}"
        )
    name = current.person_name if current is not None else person_name
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
            f"{name}: {_LOG_WORDS[outcome]} {channel.how} at {local_text(at, clock)}",
            kind=Kind.NOTIFICATION,
            author=author,
            occurred_at=at if occurred_at is not None else None,
            payload={
                "event": "person-outcome",
                "person": person_id,
                "outcome": outcome.value,
                "channel": channel.value,
                "at": at,
                "attempt": attempt_id,
            },
        )
        conn.execute(
            "INSERT INTO notification_attempts (id, incident_id, person_id, outcome, channel, occurred_at, "
            "recorded_at, recorded_by, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attempt_id,
                incident.id,
                person_id,
                outcome.value,
                channel.value,
                at,
                database.clock.now_iso(),
                author,
                entry.id,
            ),
        )
    return person(database, incident.id, person_id)


# The log is English, as stored: "Ben Ode: no answer by phone at 2026-03-14 02:10 Europe/Paris".
_LOG_WORDS = {
    Outcome.NO_ANSWER: "no answer",
    Outcome.VOICEMAIL: "voicemail or message left",
    Outcome.REACHED: "reached",
    Outcome.ACKNOWLEDGED: "acknowledged",
}


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
    """Record that a person was reached (spoken to), by which channel and when; logged.

    The same as :func:`record_outcome` with :attr:`Outcome.REACHED`.
    """
    return record_outcome(
        database, incident_id, person_id, person_name, Outcome.REACHED, channel, notified_at, author=author
    )


def record_acknowledged(
    database: Database,
    incident_id: str,
    person_id: str,
    acknowledged_at: datetime | None = None,
    *,
    author: str,
) -> PersonNotification:
    """Record that someone already tried acknowledged (they are acting), on the channel last used; logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: nobody tried the person yet (use :func:`record_outcome` with their
            name), they already acknowledged, or the time is in the future.
    """
    current = _person_or_none(database, incidents.get(database, incident_id).id, person_id)
    if current is None:
        raise InvalidInputError(
            f"no one with id {person_id!r} was recorded as tried; record how they were reached first"
        )
    return record_outcome(
        database,
        current.incident_id,
        current.person_id,
        current.person_name,
        Outcome.ACKNOWLEDGED,
        current.last_attempt.channel,
        acknowledged_at,
        author=author,
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
    found = _person_or_none(database, incident_id, person_id)
    if found is None:
        raise InvalidInputError(f"no one with id {person_id!r} was recorded as tried")
    return found


def _person_or_none(database: Database, incident_id: str, person_id: str) -> PersonNotification | None:
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
    at = stored_time(sent_at, "the time the all-staff alert was sent", database.clock.now())
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
