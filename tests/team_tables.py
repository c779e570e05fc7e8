"""The team tables on a test database, until schema.py registers them as a numbered migration.

Once the migration exists, :func:`ensure_team_tables` finds the tables already there and does nothing,
so the tests keep working unchanged.
"""

from __future__ import annotations

import sqlite_utils

from crisisroom.storage.database import Database
from crisisroom.storage.team_schema import create_team_tables


def ensure_team_tables(database: Database) -> Database:
    if not database.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'team_people'"):
        with database.transaction() as conn:
            create_team_tables(sqlite_utils.Database(conn))
    return database
