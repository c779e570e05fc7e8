"""The organisation's own settings: its name, its home time zone and its default update rhythm.

Domain settings live in the database (view state lives in the GUI's QSettings), so a backup, a
restore or a second laptop with a copy of the file carries them along. One row per key in
``organisation_settings`` with who changed it and when. Every change is one event in the
organisation's part of the log (:mod:`crisisroom.domain.events.organisation`), applied by the
handlers below, the only code that writes the table. A change that alters what open incidents say
or promise (the name statements sign with, the rhythm an incident without its own follows) is also
written into the crisis log of every open incident, in the same transaction, as it always was:
those entries tell the people working on the incident, and carry no event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from crisisroom.domain.cadence import DEFAULT_CADENCE, Cadence
from crisisroom.domain.clock import local_zone_name, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.organisation import DefaultCadenceSet, OrganisationNameSet, OrganisationTimezoneSet
from crisisroom.domain.log import Kind, LogEntry, clean_author
from crisisroom.domain.response_steps import clean_line
from crisisroom.storage import events, log
from crisisroom.storage.database import Database

NAME, TIMEZONE, CADENCE = "name", "timezone", "cadence"
KEYS = (NAME, TIMEZONE, CADENCE)
NAME_LIMIT = 200


@dataclass(frozen=True)
class OrganisationSettings:
    """Everything the organisation set, as stored.

    Attributes:
        name: who statements speak for ("" until someone types it).
        timezone: the IANA zone new incidents start in ("" means this computer's zone).
        cadence: the update rhythm for incidents that have not set their own.
    """

    name: str
    timezone: str
    cadence: Cadence

    @property
    def effective_timezone(self) -> str:
        return self.timezone or local_zone_name()


def load(database: Database) -> OrganisationSettings:
    """All the organisation's settings, defaults filled in."""
    return OrganisationSettings(name(database), timezone_setting(database), default_cadence(database))


def name(database: Database) -> str:
    """Who the statements speak for; "" when nobody has said yet."""
    return _get(database, NAME) or ""


def timezone_setting(database: Database) -> str:
    """The stored home zone, "" when it follows this computer's zone."""
    return _get(database, TIMEZONE) or ""


def default_timezone(database: Database) -> str:
    """The zone a new incident starts in: the organisation's, else this computer's."""
    return timezone_setting(database) or local_zone_name()


def default_cadence(database: Database) -> Cadence:
    """The rhythm of updates for an incident without its own (PagerDuty's by default)."""
    stored = _get(database, CADENCE)
    if not stored:
        return DEFAULT_CADENCE
    return Cadence(*(int(part) for part in stored.split(",")))


def clean_name(text: str) -> str:
    """Tidy an organisation name (whitespace runs become one space).

    Raises:
        InvalidInputError: a name over 200 characters or with control characters.
    """
    tidy = clean_line(text, "the organisation's name", required=False, limit=NAME_LIMIT)
    if any(ord(ch) < 32 for ch in tidy):
        raise InvalidInputError("the organisation's name cannot contain control characters")
    return tidy


def clean_timezone(text: str) -> str:
    """An IANA zone name (or "" for this computer's zone), checked.

    Raises:
        InvalidInputError: a name that is not a time zone.
    """
    tidy = text.strip()
    if tidy:
        zone_from_name(tidy)
    return tidy


def set_name(database: Database, new: str, *, author: str) -> str:
    """Set who statements speak for; logged into every open incident. The same name again logs nothing.

    Raises:
        InvalidInputError: see :func:`clean_name`.
    """
    new = clean_name(new)
    author = clean_author(author)
    if new == name(database):
        return new
    text = f"Statements now speak for {new}" if new else "The organisation's name was cleared"
    with database.transaction():
        events.record(database, None, OrganisationNameSet(name=new), text, kind=Kind.DECISION, author=author)
        _log_open_incidents(database, text, author, {"event": "organisation-name", "name": new})
    return new


@events.handles(OrganisationNameSet)
def _name_set(conn: sqlite3.Connection, entry: LogEntry, event: OrganisationNameSet) -> None:
    _put(conn, entry, NAME, event.name)


def set_timezone(database: Database, new: str, *, author: str) -> str:
    """Set the home zone of new incidents ("" follows this computer). Existing incidents keep theirs.

    Raises:
        InvalidInputError: an unknown zone.
    """
    new = clean_timezone(new)
    author = clean_author(author)
    if new != timezone_setting(database):
        text = f"New incidents now start in {new}" if new else "New incidents now start in the computer's time zone"
        events.record(database, None, OrganisationTimezoneSet(timezone=new), text, kind=Kind.DECISION, author=author)
    return new


@events.handles(OrganisationTimezoneSet)
def _timezone_set(conn: sqlite3.Connection, entry: LogEntry, event: OrganisationTimezoneSet) -> None:
    _put(conn, entry, TIMEZONE, event.timezone)


def set_default_cadence(database: Database, new: Cadence, *, author: str) -> Cadence:
    """Set the default update rhythm; logged into each open incident that follows it.

    Raises:
        InvalidInputError: a cadence that cannot work (see :meth:`Cadence.validate`).
    """
    new.validate()
    author = clean_author(author)
    if new == default_cadence(database):
        return new
    following = [
        row["id"]
        for row in database.query(
            "SELECT id FROM incidents WHERE closed_at IS NULL "
            "AND id NOT IN (SELECT incident_id FROM update_cadences) ORDER BY opened_at"
        )
    ]
    value = _cadence_value(new)
    text = f"The organisation's update rhythm changed: {new.describe()}"
    event = DefaultCadenceSet(
        first_minutes=new.first_minutes,
        then_every_minutes=new.then_every_minutes,
        for_hours=new.for_hours,
        then_every_minutes_after=new.then_every_minutes_after,
    )
    with database.transaction():
        events.record(database, None, event, text, kind=Kind.DECISION, author=author)
        for incident_id in following:
            log.append(
                database,
                incident_id,
                text,
                kind=Kind.DECISION,
                author=author,
                payload={"event": "organisation-cadence", "cadence": value},
            )
    return new


@events.handles(DefaultCadenceSet)
def _cadence_set(conn: sqlite3.Connection, entry: LogEntry, event: DefaultCadenceSet) -> None:
    cadence = Cadence(event.first_minutes, event.then_every_minutes, event.for_hours, event.then_every_minutes_after)
    _put(conn, entry, CADENCE, _cadence_value(cadence))


def _cadence_value(cadence: Cadence) -> str:
    """The stored form of a rhythm: ``5,20,2,60``."""
    parts = (cadence.first_minutes, cadence.then_every_minutes, cadence.for_hours, cadence.then_every_minutes_after)
    return ",".join(str(part) for part in parts)


def set_value(database: Database, key: str, text: str, *, author: str) -> OrganisationSettings:
    """Set one setting from text, as the command line gives it (cadence as ``5,20,2,60``).

    Raises:
        InvalidInputError: an unknown key or a value it cannot take; nothing is changed.
    """
    if key == NAME:
        set_name(database, text, author=author)
    elif key == TIMEZONE:
        set_timezone(database, text, author=author)
    elif key == CADENCE:
        set_default_cadence(database, parse_cadence(text), author=author)
    else:
        raise InvalidInputError(f"unknown setting {key!r}; use one of {', '.join(KEYS)}")
    return load(database)


def parse_cadence(text: str) -> Cadence:
    """``5,20,2,60``: first within 5 min, then every 20 for 2 h, then every 60.

    Raises:
        InvalidInputError: not four whole numbers, or a rhythm that cannot work.
    """
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        raise InvalidInputError(
            f"{text!r} is not a rhythm; give four whole numbers: first, then every, for hours, then every "
            "(e.g. 5,20,2,60)"
        )
    return Cadence(*(int(p) for p in parts)).validate()


def _get(database: Database, key: str) -> str | None:
    rows = database.query("SELECT value FROM organisation_settings WHERE key = ?", (key,))
    return rows[0]["value"] if rows else None


def _put(conn: sqlite3.Connection, entry: LogEntry, key: str, value: str) -> None:
    """One setting as an event left it: changed when and by whom its entry says."""
    conn.execute(
        "INSERT OR REPLACE INTO organisation_settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)",
        (key, value, entry.recorded_at, entry.author),
    )


def _log_open_incidents(database: Database, text: str, author: str, payload: dict[str, str]) -> None:
    for row in database.query("SELECT id FROM incidents WHERE closed_at IS NULL ORDER BY opened_at"):
        log.append(database, row["id"], text, kind=Kind.STATUS, author=author, payload=payload)
