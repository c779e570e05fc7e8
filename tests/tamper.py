"""Changing a Crisis Room file underneath the application, as someone with the file (and sqlite3) could.

``careful`` puts the file's guards (the append-only triggers) back afterwards, as an attacker
covering their tracks would, so a test sees what the other evidence catches on its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crisisroom.domain.log import GENESIS_HASH, LogEntry, chain_hash
from crisisroom.domain.signing import sign_entry


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


ENTRY_COLUMNS = (
    "id, incident_id, device_id, device_seq, recorded_at, occurred_at, author, kind, text, payload, corrects, "
    "prev_hash, hash, signature"
)


def chain(conn: sqlite3.Connection, device_id: str) -> list[LogEntry]:
    """A device's entries in chain order, as LogEntry."""
    rows = conn.execute(
        f"SELECT {ENTRY_COLUMNS} FROM log_entries WHERE device_id = ? ORDER BY device_seq", (device_id,)
    ).fetchall()
    return [LogEntry(*row[:9], None if row[9] is None else json.loads(row[9]), *row[10:]) for row in rows]


def recompute(conn: sqlite3.Connection, device_id: str, *, signatures: str = "keep", key: bytes | None = None) -> None:
    """Give the device's chain correct links and hashes again (as it now stands, renumbered 1..n).

    ``signatures``, for the entries whose hash changes: ``keep`` the old ones, ``drop`` them, or
    ``sign`` them with ``key``.
    """
    prev = GENESIS_HASH
    for number, entry in enumerate(chain(conn, device_id), start=1):
        content = {**entry.content(), "device_seq": number}
        digest = chain_hash(prev, content)
        signature = {"keep": entry.signature, "drop": None}.get(signatures)
        if digest == entry.hash:
            signature = entry.signature
        elif signatures == "sign":
            assert key is not None
            signature = sign_entry(key, digest)
        conn.execute(
            "UPDATE log_entries SET device_seq = ?, prev_hash = ?, hash = ?, signature = ? WHERE id = ?",
            (number, prev, digest, signature, entry.id),
        )
        prev = digest
