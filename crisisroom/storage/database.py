"""Opening, checking and closing the one database file.

Every connection gets the same pragmas (foreign keys, WAL, ``synchronous=FULL``). A writer holds
an OS file lock for as long as it is open, so a second Crisis Room on the same file is told so
instead of becoming a silent second writer; the lock dies with the process, so a crash never
leaves a stale lock behind. Before anything is written, a file is checked: not SQLite, not ours,
corrupt (``quick_check``) or made by a newer version means it is refused and left as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock

from crisisroom.storage.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StorageError,
    translated,
)
from crisisroom.storage.file_format import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Database:
    """An open Crisis Room database: the connection, its lock (when writing) and the device id."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: filelock.BaseFileLock | None, *, writable: bool = False
    ) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._writable = writable or lock is not None
        with translated(path):
            row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        self.device_id: str = row[0]

    @property
    def writable(self) -> bool:
        return self._writable

    def sibling(self) -> Database:
        """Another connection to the same file, for a worker thread of this process.

        It writes under this object's lock (the process is still the single writer); SQLite's
        own locking orders the two connections' transactions.
        """
        if not self.writable:
            raise StorageError(f"{self.path} was opened for reading only")
        conn = _connect(self.path)
        _configure(conn, self.path, write=True)
        return Database(self.path, conn, None, writable=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested use joins the outer one.

        Known failures (disk full, read-only…) roll everything back and raise a StorageError.
        """
        if not self.writable:
            raise StorageError(f"{self.path} was opened for reading only")
        if self.conn.in_transaction:
            yield self.conn
            return
        with translated(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows (errors translated)."""
        with translated(self.path):
            return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and release the writer lock."""
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self._writable = False

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(path: Path, *, write: bool = True) -> Database:
    """Open (creating when missing) and check a Crisis Room database.

    Args:
        path: the database file.
        write: take the single-writer lock and bring the schema up to date. Readers skip the
            lock; a reader of a missing or out-of-date file opens as a writer once to set it up.

    Raises:
        AlreadyOpenError: another Crisis Room holds the writer lock.
        NotADatabaseError, CorruptDatabaseError, NewerSchemaError: the file is refused untouched.
        StorageError: other known failures (read-only folder, full disk…).
    """
    path = Path(path).expanduser().absolute()
    _check_header(path)
    lock = _acquire_lock(path) if write else None
    try:
        conn = _connect(path)
        try:
            version = _check_contents(conn, path)
            if version < SCHEMA_VERSION and lock is None:
                conn.close()
                return open_database(path, write=True)
            _configure(conn, path, write=lock is not None)
            if version < SCHEMA_VERSION:
                _migrate(conn, path)
            return Database(path, conn, lock)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite can touch it."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a Crisis Room database")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a Crisis Room database (it is not an SQLite file); it was left as it is"
        )


def _acquire_lock(path: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(f"{path}.lock", mode=0o600)
    try:
        with translated(path):
            lock.acquire(timeout=0)
    except filelock.Timeout:
        raise AlreadyOpenError(
            f"{path} is already open in another Crisis Room window or command. "
            "Close it there (or wait for it to finish) and try again"
        ) from None
    return lock


def _connect(path: Path) -> sqlite3.Connection:
    """A connection with the pragmas every connection needs; new files are private to the user."""
    created = not path.exists()
    old_umask = os.umask(0o077)
    try:
        with translated(path):
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    finally:
        os.umask(old_umask)
    conn.row_factory = sqlite3.Row
    with translated(path):
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # 32 MB of page cache (SQLite's default is 2 MB): large imports keep their indexes in memory.
        conn.execute("PRAGMA cache_size = -32768")
    if created:
        os.chmod(path, 0o600)
    return conn


def _check_contents(conn: sqlite3.Connection, path: Path) -> int:
    """Read-only checks; returns the schema version (0 for a new, empty file)."""
    try:
        with translated(path):
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except CorruptDatabaseError:
        raise CorruptDatabaseError(
            f"{path} is damaged and was left as it is. Restore the latest backup with 'crisisroom restore'"
        ) from None
    if tables and app_id != APPLICATION_ID:
        raise NotADatabaseError(
            f"{path} is an SQLite database of another program, not of Crisis Room; it was left as it is"
        )
    if problems != ["ok"]:
        raise CorruptDatabaseError(
            f"{path} is damaged ({problems[0]}) and was left as it is. "
            "Restore the latest backup with 'crisisroom restore'"
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer Crisis Room (schema {version}, this version knows {SCHEMA_VERSION}); "
            "it was left as it is. Update Crisis Room to open it"
        )
    return int(version)


def _configure(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    """Durability settings: WAL is stored in the file, ``synchronous`` must be set per connection."""
    with translated(path):
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    import sqlite_utils  # only when a file is new or older: sqlite-utils pulls in numpy

    from crisisroom.storage.schema import migrations

    with translated(path):
        migrations.apply(sqlite_utils.Database(conn))
