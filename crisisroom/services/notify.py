"""Reaching the crisis team (the Notify step): each try to reach a person and its outcome, the all-staff alert.

The window's Notify page and ``crisisroom notify`` call these. Each checks what it is given, words
the log entry and records one event (``domain/events/notify.py``) through ``storage.notifications``,
whose handlers write the tables.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.notify import PersonTried, StaffAlertSent
from crisisroom.domain.log import clean_author
from crisisroom.domain.notifications import Channel, Outcome, PersonNotification, StaffAlert
from crisisroom.domain.response_steps import clean_block, clean_line, local_text, short, stored_time
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import incidents, notifications
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

CHANGES = Changes.STEPS | Changes.LOG

# The log is English, as stored: "Ben Ode: no answer by phone at 2026-03-14 02:10 Europe/Paris".
_LOG_WORDS = {
    Outcome.NO_ANSWER: "no answer",
    Outcome.VOICEMAIL: "voicemail or message left",
    Outcome.REACHED: "reached",
    Outcome.ACKNOWLEDGED: "acknowledged",
}


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
) -> Done[PersonNotification]:
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
    current = notifications.person_or_none(database, incident.id, person_id)
    if outcome is Outcome.ACKNOWLEDGED and current is not None and current.acknowledged_at is not None:
        raise InvalidInputError(
            f"{current.person_name} already acknowledged at {local_text(current.acknowledged_at, clock)}"
        )
    name = current.person_name if current is not None else person_name
    event = PersonTried(
        incident=incident.id,
        attempt=str(uuid.uuid4()),
        person=person_id,
        name=person_name,
        outcome=outcome.value,
        channel=channel.value,
        at=at,
    )
    found = notifications.write_attempt(
        database,
        event,
        f"{name}: {_LOG_WORDS[outcome]} {channel.how} at {local_text(at, clock)}",
        author=author,
        occurred_at=at if occurred_at is not None else None,
    )
    return Done(found, CHANGES, incident.id)


def record_notification(
    database: Database,
    incident_id: str,
    person_id: str,
    person_name: str,
    channel: Channel | str,
    notified_at: datetime | None = None,
    *,
    author: str,
) -> Done[PersonNotification]:
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
) -> Done[PersonNotification]:
    """Record that someone already tried acknowledged (they are acting), on the channel last used; logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: nobody tried the person yet (use :func:`record_outcome` with their
            name), they already acknowledged, or the time is in the future.
    """
    current = notifications.person_or_none(database, incidents.get(database, incident_id).id, person_id)
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


def record_staff_alert(
    database: Database,
    incident_id: str,
    *,
    wording: str,
    do_not_say: str = "",
    sent_at: datetime | None = None,
    author: str,
) -> Done[StaffAlert]:
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
    event = StaffAlertSent(
        incident=incident.id, alert=str(uuid.uuid4()), wording=wording, do_not_say=do_not_say, sent_at=at
    )
    alert = notifications.write_staff_alert(
        database,
        event,
        f"All-staff alert sent at {local_text(at, clock_of(database, incident))}: “{short(wording, 200)}”",
        author=author,
        occurred_at=at if sent_at is not None else None,
    )
    return Done(alert, CHANGES, incident.id)
