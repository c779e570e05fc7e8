"""The schema, as an ordered set of sqlite-utils migrations.

``PRAGMA user_version`` mirrors the number of applied migrations so that an older Crisis Room
can tell, before it writes anything, that a file was made by a newer one and refuse it.
"""

from __future__ import annotations

import uuid

import sqlite_utils
from sqlite_utils import Migrations

from crisisroom.domain.clock import now_iso

# "CRM1": marks the file as ours, so another program's SQLite database is refused.
APPLICATION_ID = 0x43524D31

migrations = Migrations("crisisroom")


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["meta"].create({"key": str, "value": str}, pk="key", not_null={"value"}, strict=True)
    db["meta"].insert_all([{"key": "device_id", "value": str(uuid.uuid4())}, {"key": "created_at", "value": now_iso()}])
    db.execute(
        """
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            category TEXT NOT NULL
                CHECK (category IN ('customer-service', 'reputation', 'security-breach', 'operational')),
            is_drill INTEGER NOT NULL CHECK (is_drill IN (0, 1)),
            level INTEGER CHECK (level BETWEEN 1 AND 5),
            detected_at TEXT,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            timezone TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE log_entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            recorded_at TEXT NOT NULL,
            occurred_at TEXT,
            author TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            payload TEXT,
            corrects TEXT REFERENCES log_entries(id),
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            UNIQUE (device_id, device_seq)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX log_entries_incident ON log_entries (incident_id, seq)")
    db.execute("CREATE INDEX log_entries_incident_kind ON log_entries (incident_id, kind, seq)")
    db.execute("CREATE INDEX log_entries_corrects ON log_entries (corrects) WHERE corrects IS NOT NULL")
    # The log is append-only: a correction is a new entry that points at the old one.
    db.execute(
        """
        CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'the crisis log is append-only: entries cannot be changed'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'the crisis log is append-only: entries cannot be deleted'); END
        """
    )
    db["log_entries"].enable_fts(["text", "author"], fts_version="FTS5", create_triggers=True)
    db.execute("PRAGMA user_version = 1")


SCHEMA_VERSION = 1
