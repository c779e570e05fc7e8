"""Facts of an incident, verified or not: the rows the ``fact`` log entries leave behind.

Recording a fact and changing its verification are use cases (``services/record.py``); here are
the handlers that write the table for their events, and the reads.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.errors import NotFoundError
from crisisroom.domain.events.facts import FactRecorded, FactVerificationChanged
from crisisroom.domain.facts import Fact
from crisisroom.domain.log import LogEntry
from crisisroom.storage import events
from crisisroom.storage.database import Database

_COLUMNS = "id, incident_id, text, verified, recorded_at, recorded_by, verified_at, verified_by"


@events.handles(FactRecorded)
def _recorded(conn: sqlite3.Connection, entry: LogEntry, event: FactRecorded) -> None:
    # A fact is one per wording. Two laptops that record the same words without seeing each other
    # give it the same id (``services.record.fact_id``): the first recording stands, and a later one
    # that says otherwise about its verification counts as a change of it (the latest word stands).
    before = conn.total_changes
    conn.execute(
        f"INSERT INTO incident_facts ({_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?) "
        "ON CONFLICT DO NOTHING",
        (event.fact, event.incident, event.text, int(event.verified), entry.recorded_at, entry.author, entry.id),
    )
    if conn.total_changes == before:
        conn.execute(
            "UPDATE incident_facts SET verified = ?, verified_at = ?, verified_by = ? "
            "WHERE incident_id = ? AND text = ? AND verified != ?",
            (int(event.verified), entry.recorded_at, entry.author, event.incident, event.text, int(event.verified)),
        )


@events.handles(FactVerificationChanged)
def _verification_changed(conn: sqlite3.Connection, entry: LogEntry, event: FactVerificationChanged) -> None:
    # Verified on two laptops at once: the first verification stands (one laptop never sets the
    # state a fact already has); verified on one and doubted on another: the latest stands.
    conn.execute(
        "UPDATE incident_facts SET verified = ?, verified_at = ?, verified_by = ? WHERE id = ? AND verified != ?",
        (int(event.verified), entry.recorded_at, entry.author, event.fact, int(event.verified)),
    )


def get(database: Database, fact_id: str) -> Fact:
    """One fact by id.

    Raises:
        NotFoundError: no such fact.
    """
    rows = database.query(f"SELECT {_COLUMNS} FROM incident_facts WHERE id = ?", (fact_id,))
    if not rows:
        raise NotFoundError(f"no fact {fact_id}")
    return _fact(rows[0])


def find(database: Database, incident_id: str, text: str) -> Fact | None:
    """The incident's fact in exactly these words, or None."""
    rows = database.query(
        f"SELECT {_COLUMNS} FROM incident_facts WHERE incident_id = ? AND text = ?", (incident_id, text)
    )
    return _fact(rows[0]) if rows else None


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
