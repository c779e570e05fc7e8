"""The post-crisis review tables, as one migration step the schema registers.

Kept apart from ``schema.py`` like the team's tables; ``schema.py`` calls
:func:`create_review_tables` from a numbered migration and sets the version.
"""

from __future__ import annotations

import sqlite_utils


def create_review_tables(db: sqlite_utils.Database) -> None:
    """Create the tables for review notes, action items and plan adjustments.

    Does not touch ``PRAGMA user_version``: the migration that calls this sets it. Every row
    points at the log entry that recorded it, so the review stays part of the tamper-evident record.
    """
    # Kinds are checked here as well as in code: a report groups notes by kind and must not
    # meet one it cannot place.
    db.execute(
        """
        CREATE TABLE review_notes (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            kind TEXT NOT NULL CHECK (kind IN ('went-well', 'to-improve', 'lesson')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX review_notes_incident ON review_notes (incident_id, recorded_at)")
    db.execute(
        """
        CREATE TABLE review_actions (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
            due_date TEXT NOT NULL CHECK (date(due_date) IS due_date),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            done_at TEXT,
            done_by TEXT,
            done_log_entry_id TEXT REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX review_actions_incident ON review_actions (incident_id, due_date)")
    db.execute(
        """
        CREATE TABLE review_adjustments (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            area TEXT NOT NULL CHECK (length(trim(area)) > 0),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX review_adjustments_incident ON review_adjustments (incident_id, recorded_at)")
