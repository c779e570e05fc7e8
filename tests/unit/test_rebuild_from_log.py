"""The log is the source of truth: every state table comes back from the log alone.

Each scenario writes through the same calls the window and the command line use, then rebuilds
a copy from the log entries (and the mention rows they carry) and compares every state table.
"""

from __future__ import annotations

from pathlib import Path

from crisisroom.domain.incidents import Category
from crisisroom.storage import events, incidents
from crisisroom.storage.database import open_database
from tests.unit.rebuild_support import differences


def test_every_table_of_the_file_is_classified(tmp_path: Path) -> None:
    """A new table must be said to be state (rebuilt), the log, carried or local: none is forgotten."""
    with open_database(tmp_path / "room.sqlite") as database:
        names = {row[0] for row in database.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        state = set(events.state_tables(database))
    assert names == state | events.LOG_TABLES | events.CARRIED_TABLES | events.LOCAL_TABLES
    assert "incidents" in state and "log_entries" not in state


def test_an_incident_s_life_is_rebuilt_from_the_log(tmp_path: Path) -> None:
    with open_database(tmp_path / "room.sqlite") as database:
        made = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        incidents.set_level(database, made.id, 4, author="Ana", reason="spreading")
        incidents.update_details(database, made.id, author="Ana", category=Category.REPUTATION)
        incidents.resolve(database, made.id, author="Ana")
        incidents.reopen(database, made.id, author="Ana", note="back")
        assert "incidents" not in differences(database, tmp_path)


def test_a_change_made_behind_the_log_s_back_is_found(tmp_path: Path) -> None:
    """The comparison can fail: a level changed in the table but not in the log shows up."""
    with open_database(tmp_path / "room.sqlite") as database:
        made = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        database.conn.execute("UPDATE incidents SET level = 5 WHERE id = ?", (made.id,))
        found = differences(database, tmp_path)
    assert "incidents" in found
