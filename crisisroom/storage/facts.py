"""Facts of an incident, verified or not; recording one and changing its verification are logged."""

from __future__ import annotations

import sqlite3
import uuid

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.facts import MAX_FACT_LENGTH, Fact
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.response_steps import clean_line
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

_COLUMNS = "id, incident_id, text, verified, recorded_at, recorded_by, verified_at, verified_by"


def clean_fact(text: str) -> str:
    """Validate the words of a fact (one line, at most :data:`MAX_FACT_LENGTH` characters).

    Raises:
        InvalidInputError: for an empty or overlong fact.
    """
    return clean_line(text, "a fact", limit=MAX_FACT_LENGTH)


def add(database: Database, incident_id: str, text: str, *, verified: bool, author: str) -> Fact:
    """Record a fact, marked verified or not yet verified, with a ``fact`` log entry.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text, or the same fact is already recorded for the incident.
    """
    text, author = clean_fact(text), clean_author(author)
    incident = incidents.get(database, incident_id)
    fact = Fact(str(uuid.uuid4()), incident.id, text, bool(verified), database.clock.now_iso(), author)
    with database.transaction() as conn:
        if conn.execute(
            "SELECT 1 FROM incident_facts WHERE incident_id = ? AND text = ?", (incident.id, text)
        ).fetchone():
            raise InvalidInputError(f"this fact is already recorded: {text}")
        entry = log.append(
            database,
            incident.id,
            f"Fact, {'verified' if fact.verified else 'not yet verified'}: {text}",
            kind=Kind.FACT,
            author=author,
            payload={"event": "fact-recorded", "fact": fact.id, "verified": fact.verified},
        )
        conn.execute(
            f"INSERT INTO incident_facts ({_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
            (fact.id, fact.incident_id, fact.text, int(fact.verified), fact.recorded_at, fact.recorded_by, entry.id),
        )
    return fact


def set_verified(database: Database, fact_id: str, verified: bool, *, author: str) -> Fact:
    """Mark a fact verified (confirmed) or unverified (in doubt again), with a ``fact`` log entry.

    Setting the state it already has changes and logs nothing.

    Raises:
        NotFoundError: no such fact.
    """
    author = clean_author(author)
    fact = get(database, fact_id)
    if fact.verified == bool(verified):
        return fact
    at = database.clock.now_iso()
    with database.transaction() as conn:
        conn.execute(
            "UPDATE incident_facts SET verified = ?, verified_at = ?, verified_by = ? WHERE id = ?",
            (int(bool(verified)), at, author, fact.id),
        )
        log.append(
            database,
            fact.incident_id,
            f"Fact now verified: {fact.text}" if verified else f"Fact no longer counted as verified: {fact.text}",
            kind=Kind.FACT,
            author=author,
            payload={"event": "fact-verification", "fact": fact.id, "verified": bool(verified)},
        )
    return get(database, fact.id)


def get(database: Database, fact_id: str) -> Fact:
    """One fact by id.

    Raises:
        NotFoundError: no such fact.
    """
    rows = database.query(f"SELECT {_COLUMNS} FROM incident_facts WHERE id = ?", (fact_id,))
    if not rows:
        raise NotFoundError(f"no fact {fact_id}")
    return _fact(rows[0])


def facts(database: Database, incident_id: str) -> list[Fact]:
    """The incident's facts in the order they were recorded."""
    rows = database.query(f"SELECT {_COLUMNS} FROM incident_facts WHERE incident_id = ? ORDER BY seq", (incident_id,))
    return [_fact(row) for row in rows]


def _fact(row: sqlite3.Row) -> Fact:
    return Fact(
        id=row["id"],
        incident_id=row["incident_id"],
        text=row["text"],
        verified=bool(row["verified"]),
        recorded_at=row["recorded_at"],
        recorded_by=row["recorded_by"],
        verified_at=row["verified_at"],
        verified_by=row["verified_by"],
    )
