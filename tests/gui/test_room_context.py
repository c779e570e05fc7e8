"""The room: one guard for the window's changes, one signal the window redraws from, and one table of actions.

``RoomContext.run`` shows a problem once and announces nothing, or announces a success once with its
Done; a change made through a use case while the window is open shows in the log and the dashboard
with no other refresh; and every action of the window is declared once, with text and its own key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts, workers
from crisisroom.gui.context import RoomContext
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.main_window.actions import ACTIONS
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage.database import Database
from crisisroom.storage.errors import GroundMovedError


def _incident(database: Database, title: str = "Outage") -> str:
    return incident_service.open_incident(database, title, category=Category.OPERATIONAL, author="Ana").value.id


def _listen(context: RoomContext) -> list[Done[Any]]:
    seen: list[Done[Any]] = []
    context.changed.connect(seen.append)
    return seen


# 1. The guard


def test_a_problem_is_shown_once_and_nothing_is_announced(qtbot: QtBot, database: Database) -> None:
    context = RoomContext(database, author="Ana")
    seen = _listen(context)

    def refused() -> Done[None]:
        raise InvalidInputError("the entry is empty; nothing was logged")

    prompts.set_next_answer(None)
    assert context.run(refused, title="The entry was not logged") is None
    assert prompts.shown == [("The entry was not logged", "the entry is empty; nothing was logged")]
    assert seen == []
    prompts.set_next_answer(None)
    assert context.run(refused) is None  # the window's own title, as before
    assert prompts.shown[-1][0] == "Nothing was saved"
    assert seen == []


def test_a_success_is_announced_once_with_its_done(qtbot: QtBot, database: Database) -> None:
    incident_id = _incident(database)
    context = RoomContext(database, author="Ana")
    seen = _listen(context)
    entry = context.run(lambda: log_service.add_entry(database, incident_id, "Press line opened", author="Ana"))
    assert entry is not None and entry.text == "Press line opened"
    assert len(seen) == 1
    assert (seen[0].value, seen[0].changes, seen[0].incident_id) == (entry, Changes.LOG, incident_id)
    assert prompts.shown == []
    # A call that changes nothing in the room goes through the same guard and announces nothing.
    assert context.call(lambda: 42) == 42
    assert len(seen) == 1


def test_a_stop_goes_to_the_window_or_is_said_like_any_problem(qtbot: QtBot, database: Database) -> None:
    def moved() -> Done[None]:
        raise GroundMovedError("the database file was replaced", kept=True)

    alone = RoomContext(database)  # a dialog used without the window says it itself
    prompts.set_next_answer(None)
    assert alone.run(moved, title="Not saved") is None
    assert prompts.shown == [("Not saved", "the database file was replaced")] and alone.last_kept

    held = RoomContext(database)
    stops: list[str] = []
    held.stopped.connect(stops.append)  # the window's stop_writing, the one place that says it
    assert held.run(moved) is None
    assert stops == ["the database file was replaced"] and len(prompts.shown) == 1


def test_a_dialog_finds_the_room_of_its_window(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    assert RoomContext.of(dialog, database) is window.context
    alone = QWidget()
    qtbot.addWidget(alone)
    own = RoomContext.of(alone, database)
    assert own is not window.context and RoomContext.of(alone, database) is own


def test_a_refused_entry_stays_in_the_line(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.reload_incidents(select_id=_incident(database))
    window.author_edit.setText("Ana")
    seen = _listen(window.context)

    def refuse(*_args: object, **_kwargs: object) -> Done[None]:
        raise InvalidInputError("that kind of entry is not known")

    monkeypatch.setattr(log_service, "add_entry", refuse)
    qtbot.keyClicks(window.entry_edit, "Recall decided")
    prompts.set_next_answer(None)
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)
    assert prompts.shown == [("Nothing was saved", "that kind of entry is not known")]
    assert window.entry_edit.text() == "Recall decided" and seen == []


# 2. The window redraws from the room's one signal


def test_a_change_through_the_room_shows_in_the_log_and_the_dashboard(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    rows = window.log_model.rowCount()
    assert "0 decisions" in window.header.counts_label.text()

    entry = window.context.run(
        lambda: log_service.add_entry(database, incident_id, "Recall batch 4471", kind="decision", author="Ben")
    )

    assert entry is not None
    assert window.log_model.rowCount() == rows + 1
    assert [window.log_model.entry(row).id for row in range(window.log_model.rowCount())].count(entry.id) == 1
    assert "1 decision" in window.header.counts_label.text()
    assert f"{rows + 1} log entries" in window.header.counts_label.text()
    assert window.status.verify_timer.isActive() or window.status.verifying  # the chain is checked again

    # Another incident's change leaves the one on screen as it is; its level shows in the switcher.
    other = _incident(database, "Phone lines down")
    window.reload_incidents(select_id=incident_id)
    window.context.run(lambda: incident_service.set_level(database, other, 4, author="Ana", reason="Spreading"))
    assert window.incident is not None and window.incident.id == incident_id
    assert window.log_model.rowCount() == rows + 1
    assert any(
        window.incident_combo.itemText(i).startswith("L4 · Phone lines down")
        for i in range(window.incident_combo.count())
    )


# 3. The actions, declared once


def test_every_action_has_text_and_its_own_key(qtbot: QtBot, window: MainWindow) -> None:
    assert [spec.name for spec in ACTIONS] == list(window.named_actions)
    keys: list[str] = []
    for spec in ACTIONS:
        action = getattr(window, spec.name)
        assert isinstance(action, QAction) and action is window.named_actions[spec.name]
        assert action.text().replace("&", "").strip(), spec.name
        key = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        assert bool(key) <= (spec.shortcut is not None), spec.name  # keys come from the keyboard map only
        if key:  # a platform may have no standard key for one (Quit, Preferences)
            keys.append(key)
    assert len(keys) >= 18 and len(keys) == len(set(keys)), sorted(keys)
    assert window.level_actions == [window.named_actions[f"level_{n}_action"] for n in range(1, 6)]


def test_every_enabled_action_can_be_triggered(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    window.reload_incidents(select_id=_incident(database))
    assert window.resolve_action.isEnabled() and not window.reopen_action.isEnabled()
    answers: dict[str, list[object]] = {
        "backup_action": [None],  # where to save: cancelled
        "restore_action": [None],  # which backup: cancelled
        "resolve_action": [None],  # the note for the log: cancelled
        "level_1_action": [None],  # why this level: cancelled
        "level_2_action": [None],
        "level_3_action": [None],
        "level_4_action": [None],
        "level_5_action": [None],
    }
    triggered = []
    for spec in ACTIONS:
        action = window.named_actions[spec.name]
        if spec.name == "quit_action" or not action.isEnabled():
            continue
        for answer in answers.get(spec.name, []):
            prompts.set_next_answer(answer)
        action.trigger()
        triggered.append(spec.name)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and widget.parent() is window:
                widget.close()
        workers.wait_for_all()
    assert "reopen_action" not in triggered and "assess_action" in triggered, triggered
    assert len(triggered) == len(ACTIONS) - 2  # all but Reopen (the incident is open) and Quit, last
    assert window.isVisible()
    window.quit_action.trigger()
    assert not window.isVisible()
