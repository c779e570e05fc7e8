"""The template table on a test database, until schema.py registers it as a numbered migration.

Once the migration exists, :func:`ensure_template_tables` finds the table already there and does
nothing, so the tests keep working unchanged.
"""

from __future__ import annotations

import sqlite_utils

from crisisroom.storage.database import Database
from crisisroom.storage.templates_schema import create_template_tables


def ensure_template_tables(database: Database) -> Database:
    if not database.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'template_overrides'"):
        with database.transaction() as conn:
            create_template_tables(sqlite_utils.Database(conn))
    return database
