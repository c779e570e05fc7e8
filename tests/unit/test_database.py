"""Opening the database: pragmas, privacy, the single-writer lock, and refusing bad files untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crisisroom.domain.incidents import Category
from crisisroom.storage import incidents, log
from crisisroom.storage.database import open_database
from crisisroom.storage.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
)
from crisisroom.storage.file_format import SCHEMA_VERSION


def _fingerprint(folder: Path) -> dict[str, tuple[str, float]]:
    """Every file in the folder with its content hash and modification time.

    A read-only reader of a WAL file may leave SQLite's own shared-memory index and an empty WAL
    beside it (it may not delete them: another process could be using them); they hold no data.
    """
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.endswith((".lock", "-shm"))
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def _make_real_db(path: Path) -> None:
    with open_database(path) as db:
        incident = incidents.create(db, "Outage", category=Category.OPERATIONAL, author="Ana")
        for n in range(300):
            log.append(db, incident.id, f"entry {n} " + "x" * 200, author="Ana")


def test_every_connection_gets_the_pragmas(db_path: Path) -> None:
    with open_database(db_path) as db:
        assert db.query("PRAGMA foreign_keys")[0][0] == 1
        assert db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL
    with open_database(db_path, write=False) as reader:
        assert reader.query("PRAGMA synchronous")[0][0] == 2
        assert reader.query("PRAGMA foreign_keys")[0][0] == 1


def test_tables_are_strict(database) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.IntegrityError):
        database.conn.execute(
            "INSERT INTO incidents VALUES ('x', 't', 'operational', 'not a number', NULL, NULL, 'now', NULL, 'UTC')"
        )


def test_new_file_is_private_to_the_user(db_path: Path) -> None:
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_second_writer_is_refused_with_a_clear_message(db_path: Path) -> None:
    with open_database(db_path):
        with pytest.raises(AlreadyOpenError, match="already open in another Crisis Room"):
            open_database(db_path)
        # Readers are fine while a writer works: WAL lets them see committed entries.
        with open_database(db_path, write=False) as reader:
            assert reader.query("SELECT count(*) FROM incidents")[0][0] == 0
    open_database(db_path).close()  # the lock went with the first writer


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 20)
    before = _fingerprint(tmp_path)
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        open_database(path)
    assert _fingerprint(tmp_path) == before


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = _fingerprint(tmp_path)
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(path)
    assert _fingerprint(tmp_path) == before


def test_a_corrupt_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crisis.sqlite"
    _make_real_db(path)
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Scribble over the middle of the file, past the header and schema page.
    start = page_size * 3
    data[start : start + page_size * 2] = os.urandom(page_size * 2)
    path.write_bytes(bytes(data))
    before = _fingerprint(tmp_path)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(path)
    assert _fingerprint(tmp_path) == before


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "crisis.sqlite"
    _make_real_db(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _fingerprint(tmp_path)
    with pytest.raises(NewerSchemaError, match="newer Crisis Room"):
        open_database(path)
    with pytest.raises(NewerSchemaError):
        open_database(path, write=False)
    assert _fingerprint(tmp_path) == before


def test_a_full_disk_is_a_clear_error_and_saves_nothing(db_path: Path) -> None:
    with open_database(db_path) as db:
        incident = incidents.create(db, "Outage", category=Category.OPERATIONAL, author="Ana")
        pages = db.query("PRAGMA page_count")[0][0]
        # SQLite's own limit on the file size gives the same SQLITE_FULL a full disk does.
        db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFullError, match="full; nothing was saved"), db.transaction():
            for n in range(200):
                log.append(db, incident.id, f"entry {n} " + "y" * 2000, author="Ana")
        assert log.count(db, log.LogFilter(incident.id)) == 1
        assert log.verify(db)[1] == []


def test_a_read_only_connection_is_refused_as_read_only(db_path: Path) -> None:
    """Works as root too: SQLite's query_only makes every write fail with SQLITE_READONLY."""
    with open_database(db_path) as db:
        db.conn.execute("PRAGMA query_only = 1")
        with pytest.raises(ReadOnlyError, match="cannot be written"):
            incidents.create(db, "Outage", category=Category.OPERATIONAL, author="Ana")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(tmp_path)


def test_the_migrations_end_at_the_schema_version(db_path: Path) -> None:
    from crisisroom.storage.schema import migrations

    with open_database(db_path) as db:
        assert db.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        applied = [row[0] for row in db.query("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == [m.name for m in migrations._migrations]
    assert len(applied) == SCHEMA_VERSION
