"""``crisisroom verify --state``: the tables are what the log says, and a table changed underneath is named.

The log's own evidence cannot see a state table edited with sqlite3 while the log is left alone
(the level of an incident set to 5 without an entry saying so); rebuilding the tables from the log
alone and comparing can, table by table.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crisisroom.cli import main
from crisisroom.domain.incidents import Category
from crisisroom.services import incidents, log
from crisisroom.storage.database import open_database
from tests.tamper import unguarded


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(db_path), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def room(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "room.sqlite"
    with open_database(path) as database:
        made = incidents.open_incident(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        incidents.set_level(database, made.value.id, 3, author="Ana", reason="spreading")
        log.add_entry(database, made.value.id, "Called the grid operator", author="Ana")
    return path, made.value.id


def test_a_file_written_by_crisis_room_is_what_its_log_says(
    room: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, room[0], "verify", "--state")
    assert code == 0, err
    assert "The state is what the log says" in out


def test_a_level_changed_underneath_is_named_and_fails_the_check(
    room: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, incident_id = room
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE incidents SET level = 5 WHERE id = ?", (incident_id,))
    # The log itself is untouched, so the log's check alone still passes…
    code, _, _ = run(capsys, path, "verify")
    assert code == 0
    # …and the state check names the table.
    code, _, err = run(capsys, path, "verify", "--state")
    assert code == 1
    assert err.strip().splitlines() == [
        "crisisroom: state does not match the log: the table incidents is not what the log says: "
        "1 row the log does not explain, 1 row the log has and the table lacks"
    ]
    code, out, _ = run(capsys, path, "verify", "--state", "--json")
    document = json.loads(out)
    assert code == 1 and document["ok"] is False
    assert document["state"]["differences"] == [{"table": "incidents", "only_in_file": 1, "only_in_log": 1}]


def test_a_row_added_underneath_is_found(room: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, incident_id = room
    with unguarded(path) as conn:
        entry = conn.execute("SELECT id FROM log_entries WHERE incident_id = ? LIMIT 1", (incident_id,)).fetchone()[0]
        conn.execute(
            "INSERT INTO incident_facts (id, incident_id, text, verified, recorded_at, recorded_by, log_entry_id) "
            "VALUES ('f1', ?, 'Invented fact', 1, '2026-01-01T00:00:00.000Z', 'Eve', ?)",
            (incident_id, entry),
        )
    code, _, err = run(capsys, path, "verify", "--state")
    assert code == 1 and "incident_facts" in err and "1 row the log does not explain" in err


def test_a_file_begun_by_an_older_version_says_why_its_state_is_not_compared(
    room: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = room
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '42' WHERE key = 'entries_before_events'")
    code, out, _ = run(capsys, path, "verify", "--state")
    assert code == 0
    assert "Note: the state was not compared with the log: 42 entries were written by an older Crisis Room" in out


def test_a_file_begun_before_events_without_entries_is_not_compared_either(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older version's file with no entries yet: its example team and settings are not in its log."""
    import sqlite_utils

    from crisisroom.storage.schema import migrations

    path = tmp_path / "v16.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(sqlite_utils.Database(conn), stop_before="0017_organisation_log")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 16
    # Older versions gave the example team random ids (a new file's are fixed).
    conn.execute("UPDATE team_people SET id = 'old-' || id, backup_id = 'old-' || backup_id")
    conn.execute("UPDATE team_roles SET person_id = 'old-' || person_id")
    conn.execute("UPDATE team_levels SET person_id = 'old-' || person_id")
    conn.close()
    with open_database(path):
        pass  # upgraded by the writer, as the window or any writing command does
    code, out, _ = run(capsys, path, "verify", "--state")
    assert code == 0
    assert "Note: the state was not compared with the log: the file was begun by an older Crisis Room" in out


def test_a_new_file_is_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    with open_database(path):
        pass
    code, out, _ = run(capsys, path, "verify", "--state")
    assert code == 0 and "The state is what the log says" in out


def test_a_window_writing_during_the_check_is_not_taken_for_tampering(
    room: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window changes the level while ``verify --state`` replays: the log replayed and the tables
    compared are one moment of the file, so the check still agrees."""
    from crisisroom.services import verification
    from crisisroom.storage import events

    path, incident_id = room
    replay = events.rebuild_copy

    def and_meanwhile(source, target):  # type: ignore[no-untyped-def]
        rebuilt = replay(source, target)
        with open_database(path) as window:  # another connection commits a real change, through the log
            incidents.set_level(window, incident_id, 5, author="Ana", reason="national news")
        return rebuilt

    monkeypatch.setattr(events, "rebuild_copy", and_meanwhile)
    with open_database(path, write=False) as reader:
        check = verification.check_state(reader)
    assert check.ok, check.lines()
