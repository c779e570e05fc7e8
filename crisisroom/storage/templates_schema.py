"""The table of the user's own versions of message templates.

Kept apart from schema.py so it can be written while other migrations land; schema.py registers
:func:`create_template_tables` as a numbered migration.
"""

from __future__ import annotations

import sqlite_utils


def create_template_tables(db: sqlite_utils.Database) -> None:
    """Create ``template_overrides``: one row per template the user has edited.

    A row replaces our shipped template of the same name; deleting it restores ours. The SHA-256
    of our text at the time of the edit is kept, so the editor can say when an update of Crisis
    Room changed our version underneath the user's.
    """
    db.execute(
        """
        CREATE TABLE template_overrides (
            name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 300),
            source TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            shipped_sha256 TEXT
        ) STRICT
        """
    )
