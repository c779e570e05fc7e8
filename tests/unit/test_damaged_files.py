"""Files that are missing, empty, damaged or odd: one plain line, exit 2 (or 1 for a check), nothing changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crisisroom.storage.database import open_database
from tests.unit.test_cli import run


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run(capsys, "--db", str(db), "incident", "new", "Kettles overheating")
    assert code == 0, err
    incident = out.strip()
    assert run(capsys, "--db", str(db), "log", "add", incident, "Recall decided")[0] == 0
    return incident


READERS = [("verify",), ("incident", "list"), ("log", "show", "abc"), ("status", "abc")]


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_readers_refuse_a_missing_file_and_create_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "typo.sqlite"
    code, _out, err = run(capsys, "--db", str(typo), *command)
    assert code == 2
    assert "no Crisis Room database" in err and str(typo) in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == []


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_readers_refuse_an_empty_file_and_leave_it_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, _, err = run(capsys, "--db", str(empty), *command)
    assert code == 2 and "empty" in err and len(err.strip().splitlines()) == 1
    assert empty.stat().st_size == 0


def test_restore_refuses_an_empty_file_and_changes_neither_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crisis.sqlite"
    incident = _made(capsys, db)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, _, err = run(capsys, "--db", str(db), "restore", str(empty))
    assert code == 2 and "empty" in err
    assert empty.stat().st_size == 0  # no schema written into the input
    code, out, _ = run(capsys, "--db", str(db), "log", "show", incident)
    assert code == 0 and "Recall decided" in out


def test_restore_refuses_a_backup_without_incidents_or_log(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    incident = _made(capsys, db)
    blank = tmp_path / "blank.sqlite"
    open_database(blank).close()  # what a writer makes of a new file: the schema, and nothing in it
    before = _digest(blank)
    code, _, err = run(capsys, "--db", str(db), "restore", str(blank))
    assert code == 2 and "blank database" in err and len(err.strip().splitlines()) == 1
    assert _digest(blank) == before
    assert "Recall decided" in run(capsys, "--db", str(db), "log", "show", incident)[1]


def test_restore_of_an_older_backup_does_not_write_into_the_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crisis.sqlite"
    incident = _made(capsys, db)
    backup = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(db), "backup", str(backup))[0] == 0
    before = _digest(backup)
    assert run(capsys, "--db", str(db), "log", "add", incident, "After the backup")[0] == 0
    code, _, err = run(capsys, "--db", str(db), "restore", str(backup))
    assert code == 0, err
    assert _digest(backup) == before
    shown = run(capsys, "--db", str(db), "log", "show", incident)[1]
    assert "Recall decided" in shown and "After the backup" not in shown


def test_a_lock_path_that_is_a_folder_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    Path(f"{db}.lock").mkdir()
    code, _, err = run(capsys, "--db", str(db), "incident", "new", "Outage")
    assert code == 2 and "is a folder" in err and len(err.strip().splitlines()) == 1


def test_a_missing_device_id_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    _made(capsys, db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'device_id'")
    for command in (("verify",), ("incident", "list"), ("incident", "new", "Second")):
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 2 and "device id is missing" in err and len(err.strip().splitlines()) == 1


def test_a_dropped_log_table_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    _made(capsys, db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA writable_schema = OFF")
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")]
        for name in names:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE name LIKE 'log_entries%'")]:
            conn.execute(f'DROP TABLE IF EXISTS "{table}"')
    for command in (("verify",), ("incident", "list")):
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 2, err
        assert "log_entries table is missing" in err and len(err.strip().splitlines()) == 1


def test_a_damaged_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """quick_check reports in several lines ("*** in database main ***", "2nd reference to page…")."""
    db = tmp_path / "crisis.sqlite"
    _made(capsys, db)
    with sqlite3.connect(db) as conn:
        meta_root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'meta'").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET rootpage = ? WHERE name = 'organisation_settings'", (meta_root,))
    before = _digest(db)
    for command in (("verify",), ("incident", "new", "Second")):
        code, _, err = run(capsys, "--db", str(db), *command)
        assert code == 2 and "is damaged (" in err and "restore" in err, err
        assert len(err.strip().splitlines()) == 1, err
    assert _digest(db) == before


def test_a_world_readable_database_is_made_private(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    incident = _made(capsys, db)
    os.chmod(db, 0o644)
    assert run(capsys, "--db", str(db), "log", "add", incident, "Holding statement out")[0] == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_fifo_as_the_database_is_refused_without_hanging(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--db", str(fifo), "verify")
    assert code == 2 and "not a regular file" in err
