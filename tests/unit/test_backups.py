"""Backups through the SQLite backup API, rotation, and restore."""

from __future__ import annotations

import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from crisisroom.domain.incidents import Category
from crisisroom.storage import backups, incidents, log
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.errors import CorruptDatabaseError, NotADatabaseError, StorageError
from crisisroom.system import paths


def _fill(db: Database, title: str, entries: int) -> str:
    incident = incidents.create(db, title, category=Category.REPUTATION, author="Ana")
    for n in range(entries):
        log.append(db, incident.id, f"{title} entry {n}", author="Ana")
    return incident.id


def test_backup_and_restore_round_trip(database: Database, tmp_path: Path) -> None:
    first = _fill(database, "Before", 5)
    copy = backups.backup_to(database, tmp_path / "copy.sqlite")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    _fill(database, "After the backup", 3)
    safety = backups.restore(database, copy)
    titles = [i.title for i in incidents.list_incidents(database)]
    assert titles == ["Before"]
    assert log.count(database, log.LogFilter(first)) == 6
    assert log.verify(database)[1] == []
    # The contents before the restore were kept and can be restored in turn.
    with open_database(safety, write=False) as kept:
        assert len(incidents.list_incidents(kept)) == 2


def test_backup_into_a_folder_gets_a_stamped_name(database: Database, tmp_path: Path) -> None:
    made = backups.backup_to(database, tmp_path)
    assert made.parent == tmp_path and made.name.startswith("crisisroom-")
    assert not list(tmp_path.glob("*.partial"))


def test_restore_refuses_a_bad_file_and_changes_nothing(database: Database, tmp_path: Path) -> None:
    _fill(database, "Live", 2)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotADatabaseError):
        backups.restore(database, junk)
    with pytest.raises(StorageError, match="no backup file"):
        backups.restore(database, tmp_path / "missing.sqlite")
    assert [i.title for i in incidents.list_incidents(database)] == ["Live"]


def test_restore_refuses_a_backup_whose_log_does_not_verify(database: Database, tmp_path: Path) -> None:
    _fill(database, "Live", 2)
    copy = backups.backup_to(database, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER log_entries_no_update")
    conn.execute("UPDATE log_entries SET text = 'forged' WHERE device_seq = 2")
    conn.commit()
    conn.close()
    _fill(database, "Newer", 1)
    with pytest.raises(CorruptDatabaseError, match="does not verify"):
        backups.restore(database, copy)
    assert len(incidents.list_incidents(database)) == 2


def test_automatic_backups_rotate(database: Database) -> None:
    _fill(database, "Live", 1)
    made = [backups.auto_backup(database, keep=3, interval=timedelta(0)) for _ in range(5)]
    assert all(made)
    kept = backups.list_backups(database.path)
    assert len(kept) == 3
    assert kept[0] == made[-1]
    assert kept[0].parent == paths.backup_dir(database.path)


def test_automatic_backup_waits_for_its_interval(database: Database) -> None:
    assert backups.auto_backup(database) is not None
    assert backups.auto_backup(database) is None
    assert len(backups.list_backups(database.path)) == 1
