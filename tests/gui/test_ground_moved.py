"""The window notices when its file changes underneath and stops writing, with one plain message."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts
from crisisroom.gui.main_window import MainWindow
from crisisroom.services import incidents as incident_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="deletes the WAL through the C library")


def _type_entry(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.entry_edit, text)
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)


def test_the_window_stops_writing_when_its_wal_is_deleted(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Kettles overheating", category=Category.OPERATIONAL, author="Ana")
    window.reload_incidents(select_id=incident.id)
    _type_entry(qtbot, window, "Recall decided")
    assert window.entry_edit.text() == ""
    # Another program deletes the write-ahead log (what a reader did when the window had lost its locks).
    assert ctypes.CDLL(None).unlink(os.fsencode(f"{database.path}-wal")) == 0
    prompts.set_next_answer(None)
    _type_entry(qtbot, window, "Press release approved")
    title, text = prompts.shown[-1]
    assert title == "Crisis Room stopped writing"
    assert "write-ahead log" in text and "open the file again" in text
    assert "restore" not in text.lower() and "\n" not in text
    # Nothing more is written, and the window says so where people look.
    assert window.entry_edit.isReadOnly() and not window.add_button.isEnabled()
    assert window.stopped_label.isVisible()
    assert "Stopped writing" in window.stopped_label.text()
    # What the log shows is what the file holds. Here no other process had the file open, so SQLite
    # folded the entry into the file when the old connection closed: it is shown, and the line is cleared.
    assert database.kept_last and "is in the file" in text
    shown = [window.log_model.entry(row).text for row in range(window.log_model.rowCount())]
    assert "Press release approved" in shown
    assert window.entry_edit.text() == ""
    # A second attempt elsewhere does not pile up message boxes.
    count = len(prompts.shown)
    window.context.run(lambda: incident_service.set_level(database, incident.id, 3, author="Ana"))
    assert len(prompts.shown) == count
    assert Path(database.path).exists()


def test_an_entry_whose_save_failed_stays_in_the_line(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    """Another program damages the file under the window: the commit fails, the text is kept to type again."""
    incident = incidents.create(database, "Kettles overheating", category=Category.OPERATIONAL, author="Ana")
    window.reload_incidents(select_id=incident.id)
    _type_entry(qtbot, window, "Recall decided")
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_an_index_page(database)
    prompts.set_next_answer(None)
    _type_entry(qtbot, window, "The CEO will call the regulator at 14:00")
    title, text = prompts.shown[-1]
    assert title == "Crisis Room stopped writing"
    assert "is NOT in the file" in text
    assert window.entry_edit.text() == "The CEO will call the regulator at 14:00"
    assert window.entry_edit.isReadOnly()


def _damage_an_index_page(database: Database) -> None:
    """Another process writes junk over the first page of the log's first index."""
    import subprocess
    import sys

    root = database.conn.execute(
        "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND name = 'log_entries_incident'"
    ).fetchone()[0]
    size = database.conn.execute("PRAGMA page_size").fetchone()[0]
    junk = (
        "import os, sys; fd = os.open(sys.argv[1], os.O_WRONLY); "
        "os.pwrite(fd, b'\\xff' * 64, int(sys.argv[2])); os.close(fd)"
    )
    subprocess.run([sys.executable, "-c", junk, str(database.path), str((root - 1) * size)], check=True)
    database.conn.execute("PRAGMA shrink_memory")
