"""SQLite and file-system failures mapped to errors a person can act on.

As in qutebrowser's sql module, a small set of known conditions (disk full, read-only, locked,
corrupt, not a database) become :class:`~crisisroom.domain.errors.UserError` subclasses with a
plain message; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crisisroom.domain.errors import UserError


class StorageError(UserError):
    """A problem with the database file that the user can do something about."""


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class BusyError(StorageError):
    pass


class AlreadyOpenError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NotADatabaseError(StorageError):
    pass


class NewerSchemaError(StorageError):
    pass


class MissingDatabaseError(StorageError):
    """A reader was pointed at a file that is not there or is empty: it refuses rather than create one."""


class GroundMovedError(StorageError):
    """The database file, its WAL or this process's lock on it changed while it was open: stop writing.

    ``kept`` says whether what was saved last was found in the file afterwards.
    """

    def __init__(self, message: str, *, kept: bool = False) -> None:
        super().__init__(message)
        self.kept = kept


# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def map_sqlite_error(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """The user-facing error for a known SQLite failure, or None when it is a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL:
        return DiskFullError(f"the disk holding {path} is full; nothing was saved. Free some space and try again")
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return ReadOnlyError(f"{path} cannot be written (read-only file, folder or disk); nothing was saved")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return BusyError(f"{path} is busy in another program; nothing was saved. Try again in a moment")
    if primary == _SQLITE_CORRUPT:
        # Seen at run time, this is often the file changing underneath rather than real damage:
        # the check at opening (quick_check) tells which, and only then is a restore advised.
        return CorruptDatabaseError(
            f"SQLite reports damage in {path}. Close Crisis Room and open the file again: "
            "the check at opening tells whether it is really damaged"
        )
    if primary == _SQLITE_NOTADB:
        return NotADatabaseError(
            f"{path} is not a Crisis Room database (it is not an SQLite file); it was left as it is"
        )
    if primary == _SQLITE_CANTOPEN:
        return ReadOnlyError(f"{path} cannot be opened: check that its folder exists and is writable")
    if primary == _SQLITE_IOERR:
        return StorageError(f"reading or writing {path} failed (input/output error); nothing was saved")
    return None


def map_os_error(exc: OSError, path: Path) -> StorageError | None:
    """The user-facing error for a known file-system failure, or None."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"the disk holding {path} is full; nothing was saved")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(f"{path} cannot be written: {exc.strerror}")
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Run a block, turning known SQLite and OS failures into :class:`StorageError`."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = map_sqlite_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except OSError as exc:
        mapped = map_os_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
