"""Backups through SQLite's online backup API: on demand, automatic with rotation, and restore.

A backup is written to a temporary name, checked, then renamed into place, so a half-written
backup (full disk, crash) never shadows a good one.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crisisroom.domain.clock import now_utc
from crisisroom.domain.signing import Head
from crisisroom.storage import heads, signing
from crisisroom.storage.database import Database, migrate_in_place, open_copy, schema_version
from crisisroom.storage.errors import CorruptDatabaseError, StorageError, translated
from crisisroom.storage.file_format import SCHEMA_VERSION
from crisisroom.system import paths

AUTO_PREFIX = "crisisroom-"
AUTO_SUFFIX = ".sqlite"
AUTO_KEEP = 12
AUTO_INTERVAL = timedelta(hours=1)


def backup_to(database: Database, target: Path) -> Path:
    """Copy the live database to ``target`` (a file path or an existing folder) and check the copy.

    Raises:
        StorageError: the target cannot be written (full disk, read-only…); no partial file is left.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / _stamped_name()
    if target.resolve() == database.path.resolve():
        raise StorageError("a backup cannot overwrite the database it is a copy of")
    partial = target.with_name(target.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        with translated(target):
            dest = sqlite3.connect(partial)
            try:
                database.conn.backup(dest)
                ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                # A standalone copy: no WAL side files to carry along.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            if not ok:
                raise CorruptDatabaseError(f"the backup written to {target} did not pass its check")
            os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        os.umask(old_umask)
    return target


def heads_in(backup: Path) -> list[Head]:
    """The log's heads as a backup holds them: what it proves the log said when it was made.

    A backup never changes once written, so each is read once (verify looks at the newest one after
    every change in the window); a file replaced under the same name has another size or time.

    Raises:
        StorageError, sqlite3.Error: the backup cannot be read.
    """
    info = Path(backup).stat()
    return list(_heads_in(str(backup), info.st_size, info.st_mtime_ns))


@functools.lru_cache(maxsize=16)
def _heads_in(path: str, size: int, mtime_ns: int) -> tuple[Head, ...]:
    with open_copy(Path(path)) as copy:
        return tuple(heads.log_heads(copy))


def auto_backup(database: Database, *, keep: int = AUTO_KEEP, interval: timedelta = AUTO_INTERVAL) -> Path | None:
    """Write an automatic backup when the newest one is older than ``interval``; keep the newest ``keep``."""
    folder = paths.backup_dir(database.path)
    existing = list_backups(database.path)
    if existing and now_utc() - _stamp_of(existing[0]) < interval:
        return None
    made = backup_to(database, folder / _stamped_name())
    for old in list_backups(database.path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of a database, newest first."""
    folder = paths.backup_dir(db_path)
    found = [p for p in folder.glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}") if _stamp_or_none(p) is not None]
    return sorted(found, key=_stamp_of, reverse=True)


def made_at(path: Path) -> datetime:
    """When an automatic backup (one of :func:`list_backups`) was made, from its name (UTC)."""
    return _stamp_of(path)


def restore(database: Database, source: Path) -> Path:
    """Replace the live database's contents with a backup, after checking the backup.

    The current contents are first saved as a backup of their own, so a restore can be undone.

    Returns:
        The path of that safety backup.

    Raises:
        StorageError: the source is missing, not ours, damaged, newer, or its log does not verify;
            the live database is then unchanged.
    """
    source = Path(source).expanduser()
    if not source.is_file():
        raise StorageError(f"there is no backup file at {source}")
    if source.resolve() == database.path.resolve():
        raise StorageError("that file is the open database itself, not a backup of it")
    # Read-only: the backup is checked as it is, never upgraded or otherwise written to.
    with open_copy(source) as candidate:
        older = schema_version(candidate) < SCHEMA_VERSION
        held = _holdings(candidate)
        if held is not None:
            raise StorageError(
                f"{source} holds {held}: it is a blank database, not a backup to restore; the database was not changed"
            )
        from crisisroom.storage.evidence import examine

        breaks = examine(candidate, record=False, backup=False).breaks
        if breaks:
            raise CorruptDatabaseError(f"{source} does not verify ({breaks[0].line}); the database was not changed")
        safety = backup_to(database, paths.backup_dir(database.path) / _stamped_name("before-restore-"))
        before = heads.current_heads(database)
        with translated(database.path):
            candidate.conn.backup(database.conn)
            database.conn.execute("PRAGMA journal_mode = WAL")
    if older:
        migrate_in_place(database)
    _continue_after_restore(database, source, before)
    return safety


def _continue_after_restore(database: Database, source: Path, before: dict[str, tuple[int, str]]) -> None:
    """Keep the story straight after going back to a backup.

    The restored file names this laptop's old chain, whose later entries (those after the backup)
    may already have been printed or shared. Writing on from the backup's end would give those
    entry numbers a second content, so this laptop continues as a new device, registered as
    following the old chain from where the backup ends; this computer's record notes the restore,
    so verify tells it from an older copy put back in secret.
    """
    with translated(database.path):
        row = database.conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    database.root.signer = None
    database.device_id = str(row[0])
    with database.transaction() as conn:
        signing.take_over(database, conn, signing.RESTORED, note=source.name)
    heads.note_restore(database, before, source.name)


# Tables that hold what people entered (the rest are derived from them, or defaults a new file gets,
# such as the example team).
_ENTERED = ("incidents", "log_entries", "organisation_settings", "vault_accounts", "template_overrides")


def _holdings(candidate: Database) -> str | None:
    """Why a backup holds nothing worth restoring (a blank database), or None when it holds something."""
    with translated(candidate.path):
        present = {row[0] for row in candidate.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        for table in _ENTERED:
            if table in present and candidate.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
                return None
    return "no incident, no log entry and no settings, shared account or template of its own"


def _stamped_name(prefix: str = AUTO_PREFIX) -> str:
    return f"{prefix}{now_utc().strftime('%Y%m%dT%H%M%S%fZ')}{AUTO_SUFFIX}"


def _stamp_or_none(path: Path) -> datetime | None:
    stamp = path.name.removeprefix(AUTO_PREFIX).removesuffix(AUTO_SUFFIX)
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def _stamp_of(path: Path) -> datetime:
    stamp = _stamp_or_none(path)
    assert stamp is not None
    return stamp
