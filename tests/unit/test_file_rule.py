"""The rule that keeps several processes safe, and the watch that enforces it across the suite.

A process that opens and closes an open database file itself drops every POSIX lock its SQLite
connections hold; another process then deletes the WAL this one still writes into. These tests
show the watch catches that (so every other test in the suite is checked by it), that the paths
which used to break the rule no longer do, and that a writer which loses its ground stops.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from crisisroom.domain.incidents import Category
from crisisroom.storage import backups, file_guard, incidents, log
from crisisroom.storage.database import open_database, open_files
from crisisroom.storage.errors import GroundMovedError


def _incident(db) -> str:  # type: ignore[no-untyped-def]
    return incidents.create(db, "Kettles overheating", category=Category.OPERATIONAL, author="Ana").id


def test_the_watch_refuses_opening_an_open_database_outside_sqlite(db_path: Path) -> None:
    with open_database(db_path):
        assert str(db_path) in open_files()
        with pytest.raises(file_guard.FileRuleBroken):
            db_path.open("rb").close()
        with pytest.raises(file_guard.FileRuleBroken):
            shutil.copyfile(db_path, db_path.with_suffix(".copy"))
        with pytest.raises(file_guard.FileRuleBroken):
            Path(f"{db_path}-wal").unlink()
    assert file_guard.broken  # the fixture would fail this test; the next line keeps it green
    file_guard.broken.clear()
    assert str(db_path) not in open_files()
    db_path.open("rb").close()  # closed: no connection, no rule
    assert not file_guard.broken


def test_a_worker_reader_keeps_the_writers_locks(db_path: Path) -> None:
    """What the window does (verify and back up on a worker thread) leaves its connection's locks alone."""
    with open_database(db_path) as db:
        incident = _incident(db)
        log.append(db, incident, "first", author="Ana")
        found: list[int] = []

        def work() -> None:
            with open_database(db_path, write=False) as reader:
                found.append(log.verify(reader)[0])
                backups.auto_backup(reader)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert found and found[0] >= 2
        # A reader in another process closes: it must not checkpoint and delete our WAL.
        subprocess.run([sys.executable, "-m", "crisisroom", "--db", str(db_path), "incident", "list"], check=True)
        for n in range(5):
            log.append(db, incident, f"more {n}", author="Ana")  # raises GroundMovedError if the ground moved
        assert Path(f"{db_path}-wal").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the lock check reads Linux's /proc/locks")
def test_a_writer_that_lost_its_lock_stops_writing(db_path: Path) -> None:
    with open_database(db_path) as db:
        incident = _incident(db)
        # Break the rule on purpose, past the watch: a descriptor opened and closed by the OS directly.
        fd = _raw_open(db_path)
        os.close(fd)
        with pytest.raises(GroundMovedError, match="lost its lock"):
            log.append(db, incident, "typed after the ground moved", author="Ana")
        with pytest.raises(GroundMovedError, match="stopped writing"):
            log.append(db, incident, "and again", author="Ana")
        assert not db.writable


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's unlink")
def test_a_writer_whose_wal_was_deleted_stops_writing(db_path: Path) -> None:
    with open_database(db_path) as db:
        incident = _incident(db)
        _raw_unlink(Path(f"{db_path}-wal"))
        with pytest.raises(GroundMovedError, match="write-ahead log"):
            log.append(db, incident, "lost", author="Ana")


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's rename")
def test_a_writer_whose_file_was_replaced_stops_writing(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as db:
        incident = _incident(db)
        other = tmp_path / "other.sqlite"
        other.write_bytes(b"")
        _raw_replace(other, db_path)
        with pytest.raises(GroundMovedError, match="replaced"):
            log.append(db, incident, "lost", author="Ana")


# The three helpers below break the rule on purpose, through the C library so that the watch (a
# Python audit hook) does not see them: they are the faults another process or library could cause.


def _raw_open(path: Path) -> int:
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.open(os.fsencode(path), os.O_RDONLY))


def _raw_unlink(path: Path) -> None:
    import ctypes

    assert ctypes.CDLL(None).unlink(os.fsencode(path)) == 0


def _raw_replace(source: Path, target: Path) -> None:
    import ctypes

    assert ctypes.CDLL(None).rename(os.fsencode(source), os.fsencode(target)) == 0


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's unlink")
def test_after_stopping_the_window_reads_the_file_as_it_is(db_path: Path) -> None:
    """Once stopped, reads go through a fresh connection: what is shown is what the file holds."""
    with open_database(db_path) as db:
        incident = _incident(db)
        log.append(db, incident, "saved", author="Ana")
        _raw_unlink(Path(f"{db_path}-wal"))
        with pytest.raises(GroundMovedError):
            log.append(db, incident, "typed after the WAL was deleted", author="Ana")
        shown = [entry.text for entry in log.entries(db, incident)]
        assert "saved" in shown
    with open_database(db_path, write=False) as fresh:
        assert [entry.text for entry in log.entries(fresh, incident)] == shown


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's unlink")
def test_the_stop_says_plainly_when_the_last_entry_is_not_in_the_file(db_path: Path) -> None:
    """Another process still has the file open, so the orphaned WAL cannot be folded back in: lost, and said so."""
    with open_database(db_path) as db:
        incident = _incident(db)
        log.append(db, incident, "saved", author="Ana")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as the other process did before deleting the WAL
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
            _raw_unlink(Path(f"{db_path}-wal"))
            with pytest.raises(GroundMovedError, match="is NOT in the file: type it again") as stopped:
                log.append(db, incident, "typed after the WAL was deleted", author="Ana")
            assert stopped.value.kept is False and not db.kept_last
        finally:
            holder.communicate("", timeout=30)
    with open_database(db_path, write=False) as fresh:
        assert [entry.text for entry in log.entries(fresh, incident)][-1] == "saved"


_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
conn.execute("SELECT count(*) FROM log_entries").fetchone()
print("open", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's unlink")
def test_a_stop_seen_by_a_worker_connection_stops_the_window_connection_too(db_path: Path) -> None:
    with open_database(db_path) as db:
        incident = _incident(db)
        worker = db.sibling()
        try:
            _raw_unlink(Path(f"{db_path}-wal"))
            with pytest.raises(GroundMovedError):
                log.append(worker, incident, "imported on the worker", author="Ana")
        finally:
            worker.close()
        assert db.moved is not None and not db.writable
        db.settle()
        with pytest.raises(GroundMovedError) as refused:
            log.append(db, incident, "typed in the window", author="Ana")
        assert refused.value.kept is False  # nothing of this call was attempted


def test_a_reader_opens_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"crisis-\xff.sqlite")
    with open_database(odd) as db:
        _incident(db)
    with open_database(odd, write=False) as reader:
        assert reader.query("SELECT count(*) FROM incidents")[0][0] == 1


@pytest.mark.skipif(os.name != "posix", reason="uses the C library's unlink")
def test_the_stop_judges_any_write_not_only_log_entries(db_path: Path) -> None:
    """A change that writes no log entry (the roster) is judged by its own commit, not by the newest entry."""
    from crisisroom.storage import team

    with open_database(db_path) as db:
        _incident(db)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        someone = db.query("SELECT id FROM team_people LIMIT 1")[0][0]
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
            _raw_unlink(Path(f"{db_path}-wal"))
            with pytest.raises(GroundMovedError, match="is NOT in the file") as stopped:
                team.remove(db, someone)
            assert stopped.value.kept is False
        finally:
            holder.communicate("", timeout=30)
