"""The team tables, as one migration step the schema registers.

Kept apart from ``schema.py`` so the team's tables can be reviewed (and tested) on their own;
``schema.py`` calls :func:`create_team_tables` from a numbered migration and sets the version.
"""

from __future__ import annotations

import sqlite_utils

from crisisroom.domain.team import example_roster


def create_team_tables(db: sqlite_utils.Database) -> None:
    """Create the roster tables and fill them with the example team a new user can replace.

    The example team is part of a new file's initial content, not of its log: the same people with
    the same ids in every file (``domain/team.py``), so a file rebuilt from its log starts from the
    same rows as the original did, and the roster's events apply over them alike.
    Does not touch ``PRAGMA user_version``: the migration that calls this sets it.
    """
    # One row per person. A backup who is removed leaves the link empty, never dangling.
    db.execute(
        """
        CREATE TABLE team_people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            phone TEXT NOT NULL,
            email TEXT NOT NULL,
            backup_id TEXT REFERENCES team_people(id) ON DELETE SET NULL,
            notes TEXT NOT NULL,
            CHECK (backup_id IS NULL OR backup_id <> id)
        ) STRICT
        """
    )
    # Backups are found by name in CSV files, so a name is unique on the roster (the code also
    # compares case-insensitively beyond ASCII; this index is the last guard).
    db.execute("CREATE UNIQUE INDEX team_people_name ON team_people (name COLLATE NOCASE)")
    db.execute("CREATE INDEX team_people_backup ON team_people (backup_id) WHERE backup_id IS NOT NULL")
    # Role keys are checked in code (domain/team.py ROLES), so a new role needs no migration.
    db.execute(
        """
        CREATE TABLE team_roles (
            person_id TEXT NOT NULL REFERENCES team_people(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            PRIMARY KEY (person_id, role)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE team_levels (
            person_id TEXT NOT NULL REFERENCES team_people(id) ON DELETE CASCADE,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            PRIMARY KEY (person_id, level)
        ) STRICT, WITHOUT ROWID
        """
    )
    # Plain SQL rather than storage/team.py: that code follows the newest schema, while this
    # step must keep working on the tables exactly as created above.
    example = example_roster()
    db.conn.executemany(
        "INSERT INTO team_people (id, name, phone, email, backup_id, notes) VALUES (?, ?, ?, ?, NULL, ?)",
        [(p.id, p.name, p.phone, p.email, p.notes) for p in example],
    )
    db.conn.executemany("UPDATE team_people SET backup_id = ? WHERE id = ?", [(p.backup_id, p.id) for p in example])
    db.conn.executemany("INSERT INTO team_roles VALUES (?, ?)", [(p.id, r) for p in example for r in p.roles])
    db.conn.executemany("INSERT INTO team_levels VALUES (?, ?)", [(p.id, n) for p in example for n in p.levels])
