"""One path for every change: write a state change as a log entry, and apply it to the state tables.

Every change of state goes through :func:`record`: in one transaction it appends the log entry
that carries the typed event (``domain/events``) and runs the event's handler, which writes the
state tables. The handler is the only code that writes those tables, and it reads nothing but
the event and its entry (never the clock, never the settings), so :func:`replay` can run the
same handlers over the log alone and get the same tables back (DESIGN.md, "The log is the
source of truth").

Storage modules register their handlers with :func:`handles`; :data:`HANDLER_MODULES` lists them
so a replay finds every handler without the caller importing them.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from crisisroom.domain.events import Event, event_of
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.storage import log
from crisisroom.storage.database import Database

E = TypeVar("E", bound=Event)
Handler = Callable[[sqlite3.Connection, LogEntry, Any], None]

_HANDLERS: dict[str, Handler] = {}

# The storage modules that hold handlers (imported before a replay).
HANDLER_MODULES = (
    "crisisroom.storage.incidents",
    "crisisroom.storage.mentions",
    "crisisroom.storage.rules",
    "crisisroom.storage.facts",
    "crisisroom.storage.coverage",
    "crisisroom.storage.review",
    "crisisroom.storage.public_summaries",
    "crisisroom.storage.updates",
    "crisisroom.storage.response_steps",
    "crisisroom.storage.notifications",
    "crisisroom.storage.checklist",
    "crisisroom.storage.messages",
    "crisisroom.storage.team",
    "crisisroom.storage.organisation",
    "crisisroom.storage.templates",
    "crisisroom.storage.chain_of_command",
    "crisisroom.storage.drills",
    "crisisroom.storage.sharing",
)


def handles(event_class: type[E]) -> Callable[[Callable[[sqlite3.Connection, LogEntry, E], None]], Handler]:
    """Register the function that applies ``event_class`` to the state tables."""

    def register(handler: Callable[[sqlite3.Connection, LogEntry, E], None]) -> Handler:
        if event_class.TYPE in _HANDLERS and _HANDLERS[event_class.TYPE] is not handler:
            raise TypeError(f"two handlers for {event_class.TYPE}")
        _HANDLERS[event_class.TYPE] = handler
        return handler

    return register


def record(
    database: Database,
    incident_id: str | None,
    event: Event,
    text: str,
    *,
    kind: Kind | str,
    author: str,
    occurred_at: str | None = None,
    corrects: str | None = None,
) -> LogEntry:
    """Append ``event``'s log entry and apply it, together or not at all.

    ``incident_id`` None writes to the organisation's part of the log (the team, settings and
    templates every incident shares). Inside an open :meth:`Database.transaction` both join it.
    """
    handler = _HANDLERS.get(event.TYPE)
    if handler is None:
        raise TypeError(f"no handler applies {event.TYPE}; register one with storage.events.handles")
    with database.transaction() as conn:
        # A handler may make the row its own entry points at (an incident's): checked at the commit.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        entry = log.append(
            database,
            incident_id,
            text,
            kind=kind,
            author=author,
            occurred_at=occurred_at,
            payload=event.payload(),
            corrects=corrects,
        )
        handler(conn, entry, event)
    return entry


_RESETS: dict[str, Callable[[sqlite3.Connection], None]] = {}


def carried_reset(table: str) -> Callable[[Callable[[sqlite3.Connection], None]], Callable[[sqlite3.Connection], None]]:
    """Register what puts a copy of a carried table's rows back as they were carried (before a replay)."""

    def register(reset: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
        _RESETS[table] = reset
        return reset

    return register


def load_handlers() -> None:
    for name in HANDLER_MODULES:
        importlib.import_module(name)


def apply(conn: sqlite3.Connection, entries: Iterable[LogEntry]) -> int:
    """Run the handlers of ``entries`` (already stored, in the signed order, after everything applied);
    how many carried an event."""
    load_handlers()
    applied = 0
    for entry in entries:
        event = event_of(entry.payload)
        if event is not None:
            _HANDLERS[event.TYPE](conn, entry, event)
            applied += 1
    return applied


def replay(database: Database) -> int:
    """Apply every event of the log, in the log's signed order, to the (empty) state tables.

    For rebuilding the tables from the log alone: the caller starts from a database whose state
    tables are empty. Returns how many events were applied.

    Raises:
        ValueError: an event of a type or version this version cannot read.
    """
    with database.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        return apply(conn, log.all_entries(database))


# What each table of the file is, for a rebuild (see DESIGN.md, "The log is the source of truth").
# The log itself: entries, their search index, the register of devices, the file's identity.
LOG_TABLES = frozenset(
    {
        "log_entries",
        "log_entries_fts",
        "log_entries_fts_config",
        "log_entries_fts_data",
        "log_entries_fts_docsize",
        "log_entries_fts_idx",
        "devices",
        "log_links",
        "meta",
        "_sqlite_migrations",
    }
)
# Rows an entry carries, too many to put in its payload: each import's entry names its batch and the
# SHA-256 of the rows as imported, which a rebuild copies with the log.
CARRIED_TABLES = frozenset({"mentions"})
# This laptop's own, never part of an incident's record: the vault's accounts (their secrets are in
# this computer's keychain, and shared only by a handover) and what is being typed in a wizard page.
# wizard_progress: the page this laptop's wizard reopens on (moved by Back and Next, never logged).
# shares, share_segments, share_alarms, received_batches: this laptop's part in shared incidents
# (the folders, the team key wrapped for it, what it wrote and read; storage/sharing.py).
LOCAL_TABLES = frozenset(
    {
        "vault_accounts",
        "vault_secrets",
        "vault_checklist",
        "vault_audit",
        "wizard_drafts",
        "wizard_progress",
        "shares",
        "share_segments",
        "share_alarms",
        "received_batches",
    }
)


def state_tables(database: Database) -> list[str]:
    """The tables :func:`replay` rebuilds: every table that is not the log, carried or local."""
    names = [row[0] for row in database.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return sorted(set(names) - LOG_TABLES - CARRIED_TABLES - LOCAL_TABLES)


def entries_before_events(database: Database) -> int:
    """How many entries an older Crisis Room wrote before changes were typed events (0 for a file made since).

    Their changes are in the tables but not in a form a replay can read, so such a file's state
    cannot be rebuilt from its log alone.
    """
    row = database.conn.execute("SELECT value FROM meta WHERE key = 'entries_before_events'").fetchone()
    return int(row[0]) if row else 0


def begun_before_events(database: Database) -> bool:
    """Whether an older Crisis Room began this file: then its first state (the team it started with,
    settings changed before) is not in its log as events, even when it has no entries before."""
    rows = database.conn.execute(
        "SELECT key FROM meta WHERE key = 'begun_before_events' OR (key = 'entries_before_events' AND value != '0')"
    ).fetchall()
    return bool(rows)


@dataclass(frozen=True)
class StateDifference:
    """A table whose rows are not what the log says: rows only in the file, rows only in the replay."""

    table: str
    only_in_file: int
    only_in_log: int


def compare_state(source: Database, rebuilt: Database) -> list[StateDifference]:
    """The state (and carried) tables of ``source`` that differ from ``rebuilt`` (see :func:`rebuild_copy`)."""
    conn = source.conn
    found = []
    conn.execute("ATTACH DATABASE ? AS rebuilt", (str(rebuilt.path),))
    try:
        for table in [*state_tables(source), *sorted(CARRIED_TABLES)]:
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA main.table_info("{table}")'))
            mine = f'SELECT {columns} FROM main."{table}"'
            theirs = f'SELECT {columns} FROM rebuilt."{table}"'
            only_mine = conn.execute(f"SELECT count(*) FROM ({mine} EXCEPT {theirs})").fetchone()[0]
            only_theirs = conn.execute(f"SELECT count(*) FROM ({theirs} EXCEPT {mine})").fetchone()[0]
            if only_mine or only_theirs:
                found.append(StateDifference(table, only_mine, only_theirs))
    finally:
        conn.execute("DETACH DATABASE rebuilt")
    return found


def rebuild_copy(source: Database, target_path: Path) -> Database:
    """A new file at ``target_path`` holding ``source``'s log and carried rows, its state replayed.

    The state tables of the result come from the log alone; comparing them with ``source``'s is
    how the tests (and anyone in doubt) check that the tables are what the log says.
    """
    from crisisroom.storage.database import open_database

    load_handlers()
    target = open_database(target_path)
    conn = target.conn
    conn.execute("ATTACH DATABASE ? AS source", (str(source.path),))
    try:
        # One transaction: the entries point at incidents that only the replay makes.
        with target.transaction():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in ("log_entries", "log_links", "devices", *sorted(CARRIED_TABLES)):
                columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA source.table_info({table})"))
                conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table}")
                if table in _RESETS:
                    _RESETS[table](conn)  # as carried: what later events changed is replayed
            replay(target)
    finally:
        conn.execute("DETACH DATABASE source")
    return target


_SEED: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}


def _seed_rows() -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """What a new file's state tables hold before any event (the example team, the default rules and
    chain of command, as shipped): the same in every file (see migration 0019), read once per process."""
    if not _SEED:
        import tempfile

        from crisisroom.storage.database import open_database

        with tempfile.TemporaryDirectory(prefix="crisisroom-seed-") as folder:
            seed = open_database(Path(folder) / "seed.db")
            try:
                for table in state_tables(seed):
                    columns = [row[1] for row in seed.conn.execute(f'PRAGMA table_info("{table}")')]
                    rows = [tuple(row) for row in seed.conn.execute(f'SELECT * FROM "{table}"')]
                    _SEED[table] = (columns, rows)
            finally:
                seed.close()
    return _SEED


@contextmanager
def guards_lifted(conn: sqlite3.Connection, tables: list[str]) -> Iterator[None]:
    """Inside the caller's transaction: the triggers that keep ``tables`` append-only are dropped, and put
    back exactly as they were before the transaction can commit (so no other connection sees them gone).

    For the two writers that may rewrite such rows: a rebuild of the state from the log, and a post
    kept once across laptops (storage/sharing.py).
    """
    if not conn.in_transaction:
        raise RuntimeError("guards are lifted only inside a transaction")
    guards = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (SELECT value FROM json_each(?))",
        (json.dumps(tables),),
    ).fetchall()
    for name, _ in guards:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in guards:
        conn.execute(sql)


def rebuild_in_place(database: Database) -> int:
    """Rebuild this file's state tables from its log, inside the caller's (or a new) transaction.

    For entries that arrived from another laptop and fall before what was applied: the tables go
    back to what a new file starts with, the carried rows to how they were carried, and every
    event is applied again in the signed order. The guards that keep some state tables append-only
    are lifted for the rebuild and put back before the commit, so no other connection ever sees
    the tables without them. Returns how many events were applied.

    Raises:
        ValueError: the file was begun by an older version (its early state is not in its log).
    """
    if begun_before_events(database):
        raise ValueError("this file was begun by an older Crisis Room: its state cannot be rebuilt from its log")
    load_handlers()
    seed = _seed_rows()
    with database.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        tables = state_tables(database)
        with guards_lifted(conn, tables):
            for table in tables:  # all first: deleting a person cascades to their roles and levels
                conn.execute(f'DELETE FROM "{table}"')
            for table in tables:
                if table in seed and seed[table][1]:
                    columns, rows = seed[table]
                    names = ", ".join(f'"{c}"' for c in columns)
                    conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)
            for reset in _RESETS.values():
                reset(conn)
            return apply(conn, log.all_entries(database))
