"""Changing a Crisis Room file underneath the application, as someone with the file (and sqlite3) could.

``careful`` puts the file's guards (the append-only triggers) back afterwards, as an attacker
covering their tracks would, so a test sees what the other evidence catches on its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def unguarded(db: Path, *, careful: bool = True) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to ``db`` with every trigger dropped; with ``careful``, restored after."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").fetchall()
        guards = [(name, sql) for name, sql in triggers if "RAISE(ABORT" in sql.upper()]
        conn.execute("BEGIN")
        for name, _ in guards:
            conn.execute(f'DROP TRIGGER "{name}"')
        yield conn
        if careful:
            for _, sql in guards:
                conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()
