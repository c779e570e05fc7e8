"""Opening, checking and closing the one database file.

Every connection gets the same pragmas (foreign keys, WAL, ``synchronous=FULL``). A writer holds
an OS file lock for as long as it is open, so a second Crisis Room on the same file is told so
instead of becoming a silent second writer; the lock dies with the process, so a crash never
leaves a stale lock behind. Before anything is written, a file is checked: not SQLite, not ours,
corrupt (``quick_check``) or made by a newer version means it is refused and left as it was.

Several processes share the file (the window and its worker threads, command-line readers,
backups). SQLite coordinates them with POSIX advisory locks, which belong to the *process*:
closing any descriptor of the database file, even one opened only to read its header, drops every
lock that all of the process's connections hold on it, and another process then believes it is
the last one, checkpoints and deletes the WAL that this process is still writing into (SQLite's
"How To Corrupt An SQLite Database File", section 2.2). So this module never opens the database
file, its ``-wal`` or ``-shm`` outside SQLite: the header is checked by SQLite itself, readers open
read-only (``mode=ro``: a reader can never checkpoint or delete the WAL), and after every commit a
writer checks that the ground has not moved under it (the file or its WAL replaced or deleted, or
its lock lost) and stops writing if it has.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import filelock

from crisisroom.domain.clock import SYSTEM_CLOCK, Clock
from crisisroom.storage.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    GroundMovedError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StorageError,
    translated,
)
from crisisroom.storage.file_format import APPLICATION_ID, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
SIDE_FILES = ("-wal", "-shm", "-journal")
# Tables without which the file cannot be a usable Crisis Room database (checked at every open).
REQUIRED_TABLES = ("meta", "incidents", "log_entries")

# Database files with a connection open in this process, counted (the rule above is enforced by a
# test that watches every file this process opens while one of these is open).
_open_files: Counter[str] = Counter()
_open_files_guard = threading.Lock()


def open_files() -> set[str]:
    """The database files (and their side files) that a connection of this process has open."""
    with _open_files_guard:
        return {f"{name}{suffix}" for name in _open_files for suffix in ("", *SIDE_FILES)}


class Database:
    """An open Crisis Room database: the connection, its lock (when writing) and the device id."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: filelock.BaseFileLock | None,
        *,
        writable: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.path = path
        # Where every record written through this connection takes its time (domain/clock.py).
        self.clock: Clock = clock
        self.conn = conn
        self._lock = lock
        self._writable = writable or lock is not None
        self._moved: str | None = None
        self._kept = False
        self._parent: Database | None = None  # a sibling's stop is its parent's too (one file, one writer)
        self._settled = True
        # Signing (storage/signing.py): where the device key comes from (None: the keychain), and what
        # was found there; kept on the window's connection and shared by its siblings.
        self.keys: Any = None
        self.signer: Any = None
        self.signer_pending = False  # the signer's registration is in a transaction not yet committed
        self._after_commit: list[Callable[[], None]] = []
        _register(path)
        try:
            with translated(path):
                row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            if row is None or not row[0]:
                raise CorruptDatabaseError(
                    f"{path} is damaged: its device id is missing, so no entry can be checked or added. "
                    "It was left as it is; restore the latest backup with 'crisisroom restore'"
                )
            self._device_id: str = str(row[0])
            self._ground = _Ground(path) if self._writable else None
        except BaseException:
            _unregister(path)
            raise

    @property
    def device_id(self) -> str:
        """This device's id: whose chain new entries join (a sibling shares its parent's)."""
        return self._parent.device_id if self._parent is not None else self._device_id

    @device_id.setter
    def device_id(self, value: str) -> None:
        if self._parent is not None:
            self._parent.device_id = value
        else:
            self._device_id = value

    @property
    def root(self) -> Database:
        """The connection that holds this process's signing state (the parent of a sibling)."""
        return self._parent if self._parent is not None else self

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the current transaction has reached the file (never after a rollback).

        For what is kept outside the file (the log's heads): its failure is not the commit's.
        """
        self._after_commit.append(hook)

    @property
    def writable(self) -> bool:
        return self._writable and self.moved is None

    @property
    def moved(self) -> str | None:
        """Why this connection (or the window's connection it is a sibling of) stopped writing, or None."""
        if self._moved is None and self._parent is not None:
            return self._parent.moved
        return self._moved

    @property
    def kept_last(self) -> bool:
        """After a stop: whether what was saved last was found in the file."""
        return self._kept

    def sibling(self, *, clock: Clock | None = None) -> Database:
        """Another connection to the same file, for a worker thread of this process.

        It writes under this object's lock (the process is still the single writer); SQLite's
        own locking orders the two connections' transactions. It keeps this connection's clock
        unless given its own (the demo writes its story at the story's times).
        """
        self._check_writable()
        conn = _connect(self.path, read_only=False)
        try:
            _configure(conn, self.path, write=True)
            sibling = Database(self.path, conn, None, writable=True, clock=clock or self.clock)
        except BaseException:
            conn.close()
            raise
        sibling._parent = self
        return sibling

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested use joins the outer one.

        Known failures (disk full, read-only…) roll everything back and raise a StorageError. After
        the commit the file is checked: if another program deleted or replaced it or its WAL, or
        this process lost its lock, what was just committed may be lost, so a
        :class:`GroundMovedError` says so and this connection writes nothing more.
        """
        self._check_writable()
        if self.conn.in_transaction:
            yield self.conn
            return
        token = uuid.uuid4().hex
        try:
            with translated(self.path):
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                    # A token of this commit, looked up again after a stop to tell whether it reached the file.
                    self.conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('last_commit', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (token,),
                    )
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    self._rolled_back()
                    raise
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    self._rolled_back()
                    raise
        except sqlite3.Error as exc:
            # An I/O error or "corruption" in the middle of writing means the disk failed or the files
            # changed underneath: stop, rather than advise a restore that the file may not need.
            if _primary(exc) in (_SQLITE_IOERR, _SQLITE_CORRUPT):
                raise self._stop(_while_saving(exc), token=None) from exc
            raise
        except StorageError as exc:
            cause = exc.__cause__
            if isinstance(cause, sqlite3.Error) and _primary(cause) in (_SQLITE_IOERR, _SQLITE_CORRUPT):
                raise self._stop(_while_saving(cause), token=None) from exc
            raise
        if self._ground is not None:
            problem = self._ground.problem()
            if problem is not None:
                self._after_commit.clear()
                raise self._stop(problem, token=token)
        hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            with suppress(OSError):
                hook()

    def _rolled_back(self) -> None:
        """Forget what the rolled-back transaction set up: its hooks, and a device it started."""
        self._after_commit.clear()
        root = self.root
        if not root.signer_pending:
            return  # the signer was set up in an earlier transaction, which stands
        root.signer, root.signer_pending = None, False  # looked up again on the next entry
        with suppress(sqlite3.Error):
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            if row is not None:
                root._device_id = str(row[0])

    def _check_writable(self) -> None:
        moved = self.moved
        if moved is not None:
            raise GroundMovedError(moved)  # nothing of this call was attempted, so nothing of it was kept
        if not self._writable:
            raise StorageError(f"{self.path} was opened for reading only")

    def _stop(self, what: str, *, token: str | None) -> GroundMovedError:
        """Stop writing for good; reads go on through a fresh connection, so what is shown is the file.

        ``token`` is the token of a commit that returned: it is looked up again through the fresh
        connection, so the message can say whether that commit really reached the file. A failed
        commit (no token) was not saved, whatever the file holds.
        """
        if self._moved is None:
            readable = self._reconnect_for_reading()
            kept = token is not None and readable and self._last_commit() == token
            self._kept = kept
            outcome = (
                "What was saved last is in the file, but nothing more is written here"
                if kept
                else "What was saved last is NOT in the file: type it again once the file is open again"
            )
            self._moved = (
                f"Crisis Room stopped writing to {self.path}: {what}. {outcome}. "
                "Close this window (or command) and open the file again"
            )
            if self._parent is not None and self._parent._moved is None:
                # The parent's connection belongs to another thread: it reconnects in settle(), on its own.
                self._parent._moved = self._moved
                self._parent._settled = False
        return GroundMovedError(self._moved, kept=self._kept)

    def settle(self) -> None:
        """After a stop seen by a sibling: reconnect for reading on this connection's own thread."""
        if self._moved is not None and not self._settled:
            self._settled = True
            self._reconnect_for_reading()

    def _last_commit(self) -> str | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'last_commit'").fetchone()
        except (sqlite3.Error, StorageError):
            return None
        return None if row is None else str(row[0])

    def _reconnect_for_reading(self) -> bool:
        """Whether reads now come from the file; False when it is gone (the old view is all there is)."""
        if _identity(self.path) is None:
            return False
        # Closed first, while no other connection of ours is open, the old connection lets SQLite
        # checkpoint what it still holds into the file when no other process has it open (this
        # process holds the writer lock, so nothing else wrote to it in the meantime).
        with suppress(sqlite3.Error):
            self.conn.close()
        # Read-only first; SQLite refuses that while the -shm is there without its -wal, and then a
        # plain connection (which this object never writes through again) recreates the WAL.
        for read_only in (True, False):
            try:
                conn = _connect(self.path, read_only=read_only)
                conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except (StorageError, sqlite3.Error):
                continue
            self.conn = conn
            return True
        self.conn = _Unreadable(self.path)  # type: ignore[assignment]  # reads fail with one plain message
        return False

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows (errors translated)."""
        with translated(self.path):
            return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and release the writer lock."""
        if self.conn is None:
            return
        try:
            self.conn.close()
        finally:
            _unregister(self.path)
            self.conn = None  # type: ignore[assignment]
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self._writable = False

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(path: Path, *, write: bool = True, clock: Clock = SYSTEM_CLOCK) -> Database:
    """Open (creating when missing) and check a Crisis Room database.

    Args:
        path: the database file.
        clock: where the records written through it take their time (the system's clock).
        write: take the single-writer lock and bring the schema up to date. Readers skip the
            lock and open read-only; they refuse a missing or empty file rather than create one.
            A reader of an out-of-date file opens as a writer once to set it up.

    Raises:
        AlreadyOpenError: another Crisis Room holds the writer lock.
        MissingDatabaseError: a reader found no file, or an empty one.
        NotADatabaseError, CorruptDatabaseError, NewerSchemaError: the file is refused untouched.
        StorageError: other known failures (read-only folder, full disk…).
    """
    path = Path(path).expanduser().absolute()
    _check_kind(path, must_exist=not write)
    if not write:
        database = _open_checked(path, read_only=True, lock=None, upgrade=False, clock=clock)
        if database is not None:
            return database
    lock = _acquire_lock(path)
    try:
        database = _open_checked(path, read_only=False, lock=lock, upgrade=True, clock=clock)
        assert database is not None
        return database
    except BaseException:
        lock.release()
        raise


def open_copy(path: Path) -> Database:
    """Open another Crisis Room file (a backup to restore, a file handed over) strictly read-only.

    Nothing is written to it, not even a schema upgrade: an older file is opened as it is and
    :func:`schema_version` tells its version.
    """
    path = Path(path).expanduser().absolute()
    _check_kind(path, must_exist=True)
    database = _open_checked(path, read_only=True, lock=None, upgrade=None)
    assert database is not None
    return database


def schema_version(database: Database) -> int:
    with translated(database.path):
        return int(database.conn.execute("PRAGMA user_version").fetchone()[0])


def _open_checked(
    path: Path,
    *,
    read_only: bool,
    lock: filelock.BaseFileLock | None,
    upgrade: bool | None,
    clock: Clock = SYSTEM_CLOCK,
) -> Database | None:
    """Connect and check; None when a reader found a file that needs an upgrade (upgrade=False)."""
    conn = _connect(path, read_only=read_only)
    try:
        version = _check_contents(conn, path)
        if version == 0 and read_only:
            raise MissingDatabaseError(f"{path} holds no Crisis Room data (an empty database); nothing was read")
        if version < SCHEMA_VERSION and upgrade is False:
            conn.close()
            return None
        _configure(conn, path, write=not read_only)
        if version < SCHEMA_VERSION and upgrade:
            _migrate(conn, path)
        if version:
            _check_tables(conn, path)
        if not read_only:
            _make_private(path)
        return Database(path, conn, lock, writable=not read_only, clock=clock)
    except BaseException:
        conn.close()
        raise


def _check_kind(path: Path, *, must_exist: bool) -> None:
    """Refuse what cannot be a database file, looking only at its directory entry (never opening it)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if must_exist:
            raise MissingDatabaseError(
                f"there is no Crisis Room database at {path}; check the path (--db or CRISISROOM_DB), "
                "or make one by opening Crisis Room or with 'crisisroom incident new'"
            ) from None
        return
    except OSError as exc:
        raise StorageError(f"{path} cannot be read: {exc.strerror}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotADatabaseError(f"{path} is a folder, not a Crisis Room database")
    if not stat.S_ISREG(info.st_mode):
        raise NotADatabaseError(f"{path} is not a regular file, so it is not a Crisis Room database")
    if must_exist and info.st_size == 0:
        raise MissingDatabaseError(f"{path} is an empty file, not a Crisis Room database; nothing was read")


def _acquire_lock(path: Path) -> filelock.BaseFileLock:
    lock_path = Path(f"{path}.lock")
    if lock_path.is_dir():
        raise StorageError(
            f"{lock_path} is a folder, but Crisis Room keeps its writer lock there. "
            "Move that folder away and try again; the database was left as it is"
        )
    lock = filelock.FileLock(lock_path, mode=0o600)
    try:
        with translated(path):
            lock.acquire(timeout=0)
    except filelock.Timeout:
        raise AlreadyOpenError(
            f"{path} is already open in another Crisis Room window or command. "
            "Close it there (or wait for it to finish) and try again"
        ) from None
    except IsADirectoryError:
        raise StorageError(f"{lock_path} is a folder; move it away and try again") from None
    return lock


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection with the pragmas every connection needs; new files are private to the user."""
    created = not read_only and not path.exists()
    old_umask = os.umask(0o077)
    try:
        with translated(path):
            if read_only:
                uri = f"file:{urllib.parse.quote(os.fsencode(path))}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    finally:
        os.umask(old_umask)
    conn.row_factory = sqlite3.Row
    try:
        with translated(path):
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # 32 MB of page cache (SQLite's default is 2 MB): large imports keep their indexes in memory.
            conn.execute("PRAGMA cache_size = -32768")
    except BaseException:
        conn.close()
        raise
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
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except NotADatabaseError:
        raise NotADatabaseError(
            f"{path} is not a Crisis Room database (it is not an SQLite file); it was left as it is"
        ) from None
    except CorruptDatabaseError:
        raise CorruptDatabaseError(
            f"{path} is damaged and was left as it is. Restore the latest backup with 'crisisroom restore'"
        ) from None
    if tables and app_id != APPLICATION_ID:
        raise NotADatabaseError(
            f"{path} is an SQLite database of another program, not of Crisis Room; it was left as it is"
        )
    if problems != ["ok"]:
        first = " ".join(problems[0].split())
        more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise CorruptDatabaseError(
            f"{path} is damaged ({first}{more}) and was left as it is. "
            "Restore the latest backup with 'crisisroom restore'"
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer Crisis Room (schema {version}, this version knows {SCHEMA_VERSION}); "
            "it was left as it is. Update Crisis Room to open it"
        )
    return int(version)


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    with translated(path):
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    missing = [name for name in REQUIRED_TABLES if name not in present]
    if missing:
        raise CorruptDatabaseError(
            f"{path} is damaged: its {', '.join(missing)} table is missing. It was left as it is; "
            "restore the latest backup with 'crisisroom restore'"
        )


def _configure(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    """Durability settings: WAL is stored in the file, ``synchronous`` must be set per connection."""
    with translated(path):
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")


def _make_private(path: Path) -> None:
    """A crisis log is the user's alone: tighten a file that others can read (chmod never opens it)."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in SIDE_FILES)):
        try:
            mode = os.stat(name).st_mode
            if mode & 0o077:
                os.chmod(name, stat.S_IMODE(mode) & 0o700)
        except OSError:
            continue  # not there, or not ours to change: SQLite's own checks decide what happens next


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    import sqlite_utils  # only when a file is new or older: sqlite-utils pulls in numpy

    from crisisroom.storage.schema import migrations

    with translated(path):
        migrations.apply(sqlite_utils.Database(conn))


def migrate_in_place(database: Database) -> None:
    """Bring an open writer's schema up to date (after a restore from an older backup)."""
    _migrate(database.conn, database.path)


def _register(path: Path) -> None:
    with _open_files_guard:
        _open_files[os.path.abspath(path)] += 1


def _unregister(path: Path) -> None:
    with _open_files_guard:
        name = os.path.abspath(path)
        _open_files[name] -= 1
        if _open_files[name] <= 0:
            del _open_files[name]


_SQLITE_IOERR, _SQLITE_CORRUPT = 10, 11


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


class _Ground:
    """What a writer saw of its files when it opened them, to notice when they change underneath.

    Only directory entries are looked at (``stat``) and, on Linux, the kernel's list of locks:
    neither opens the database file, so the check cannot itself drop a lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = Path(f"{path}-wal")
        self.file = _identity(path)
        self.wal_file = _identity(self.wal)
        self.lock_seen = self.file is not None and _holds_lock(self.file)

    def problem(self) -> str | None:
        now = _identity(self.path)
        if now is None:
            return "the database file was deleted or moved away"
        if now != self.file:
            return "the database file was replaced by another file"
        wal = _identity(self.wal)
        if self.wal_file is None:
            self.wal_file = wal
        elif wal is None:
            return "its write-ahead log (the -wal file) was deleted"
        elif wal != self.wal_file:
            return "its write-ahead log (the -wal file) was replaced"
        if self.lock_seen and not _holds_lock(now):
            return "it lost its lock on the file (something in this process opened and closed the file directly)"
        return None


def _while_saving(exc: sqlite3.Error) -> str:
    return f"SQLite reported '{exc}' while saving (a disk error, or another program changed the file)"


class _Unreadable:
    """Stands in for the connection of a stopped writer whose file can no longer be read at all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.in_transaction = False

    def execute(self, *args: object, **kwargs: object) -> sqlite3.Cursor:
        raise StorageError(f"{self.path} can no longer be read; close this window and open the file again")

    def close(self) -> None:
        return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _holds_lock(identity: tuple[int, int]) -> bool:
    """Whether this process holds a POSIX lock on the file (Linux's /proc/locks; False elsewhere)."""
    if not sys.platform.startswith("linux"):
        return False
    # Matched on the inode alone: on btrfs, stat's device differs from the one /proc/locks prints.
    wanted = f":{identity[1]}"
    pid = str(os.getpid())
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            for line in handle:
                fields = line.split()
                # "1: POSIX  ADVISORY  READ 6071 fe:00:2148846 1073741826 1073742335"
                if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == pid and fields[5].endswith(wanted):
                    return True
    except OSError:
        return False
    return False
