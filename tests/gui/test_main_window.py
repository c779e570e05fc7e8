"""The main window as a person uses it: start an incident, log, correct, search, set the level."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts
from crisisroom.gui.correction_dialog import CorrectionDialog
from crisisroom.gui.incident_dialog import IncidentDialog
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.models.lazy_table import PAGE_SIZE
from crisisroom.gui.models.log_model import TEXT
from crisisroom.gui.view_state import settings
from crisisroom.storage import incidents, log, rules
from crisisroom.storage.database import Database


def _start_incident(qtbot: QtBot, window: MainWindow, title: str, *, level_index: int = 0, drill: bool = False) -> str:
    dialog = window.new_incident(drill=drill)
    assert isinstance(dialog, IncidentDialog)
    qtbot.keyClicks(dialog.ui.title_edit, title)
    dialog.ui.level_combo.setCurrentIndex(level_index)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.incident is not None
    return window.incident.id


def _type_entry(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.entry_edit, text)
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)


def test_a_new_user_starts_an_incident_and_logs_entries(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    assert window.pages.currentIndex() == 0  # the empty state invites starting one
    qtbot.mouseClick(window.findChild(object, "start_incident_button"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(IncidentDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.ui.title_edit, "Delayed refunds trending")
    dialog.ui.level_combo.setCurrentIndex(3)
    dialog.ui.category_combo.setCurrentIndex(dialog.ui.category_combo.findData(Category.CUSTOMER_SERVICE.value))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    stored = incidents.list_incidents(database)
    assert [(i.title, i.level, i.category) for i in stored] == [
        ("Delayed refunds trending", 3, Category.CUSTOMER_SERVICE)
    ]
    assert window.pages.currentIndex() == 1
    assert window.header.title_label.text() == "Delayed refunds trending"
    assert window.header.gauge.level() == 3
    assert window.entry_edit.hasFocus()

    window.author_edit.setText("Maya (scribe)")
    window.kind_combo.setCurrentIndex(window.kind_combo.findData("decision"))
    _type_entry(qtbot, window, "Holding statement goes out at 10:15")
    entries = log.entries(database, stored[0].id)
    assert [(e.kind, e.author, e.text) for e in entries[1:]] == [
        ("decision", "Maya (scribe)", "Holding statement goes out at 10:15")
    ]
    assert window.entry_edit.text() == ""
    assert window.log_model.index(0, TEXT).data() == "Holding statement goes out at 10:15"
    assert "2 log entries" in window.header.counts_label.text()
    assert settings().value("log/author") == "Maya (scribe)"


def test_author_is_remembered_across_windows(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    _start_incident(qtbot, window, "Outage")
    window.author_edit.setText("Jon")
    _type_entry(qtbot, window, "Status page updated")
    window.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    assert again.author_edit.text() == "Jon"
    assert again.incident is not None and again.incident.title == "Outage"


def test_an_entry_without_author_is_not_logged_and_stays_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident_id = _start_incident(qtbot, window, "Outage")
    window.author_edit.clear()
    _type_entry(qtbot, window, "Something important")
    assert log.count(database, log.LogFilter(incident_id)) == 1
    assert window.entry_edit.text() == "Something important"
    assert "Say who is writing" in window.statusBar().currentMessage()


def test_a_storage_failure_shows_a_message_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident_id = _start_incident(qtbot, window, "Outage")
    pages = database.query("PRAGMA page_count")[0][0]
    database.conn.execute(f"PRAGMA max_page_count = {pages}")
    prompts.set_next_answer(None)
    window.entry_edit.setText("x" * 19_000)
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)
    assert prompts.shown[-1][0] == "Nothing was saved" and "full" in prompts.shown[-1][1]
    assert window.entry_edit.text() == "x" * 19_000
    assert log.count(database, log.LogFilter(incident_id)) == 1


def test_correcting_an_entry_keeps_the_original(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _start_incident(qtbot, window, "Outage")
    _type_entry(qtbot, window, "Spokesperson: Bo")
    dialog = window.correct_entry(0)
    assert isinstance(dialog, CorrectionDialog)
    dialog.ui.correction_edit.setPlainText("Spokesperson: Cy")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    entries = log.entries(database, incident_id)
    assert [e.text for e in entries[1:]] == ["Spokesperson: Bo", "Spokesperson: Cy"]
    assert entries[2].corrects == entries[1].id
    assert window.log_model.index(0, TEXT).data() == "Correction: Spokesperson: Cy"
    original = window.log_model.index(1, TEXT)
    assert original.data(Qt.ItemDataRole.FontRole).strikeOut()


def test_search_and_kind_filter(qtbot: QtBot, window: MainWindow) -> None:
    _start_incident(qtbot, window, "Press enquiry")
    for text in ("Herald journalist called", "Refund FAQ published", "Herald asked again"):
        _type_entry(qtbot, window, text)
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "herald")
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 2)
    assert {window.log_model.entry(r).text for r in range(2)} == {"Herald journalist called", "Herald asked again"}
    qtbot.waitUntil(lambda: window.match_label.text() == "2 matching")
    window.search_edit.clear()
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 4)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("status"))
    assert window.log_model.rowCount() == 1
    qtbot.waitUntil(lambda: window.match_label.text() == "1 matching")


def test_the_log_fetches_lazily(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Busy", category=Category.OPERATIONAL, author="Ana")
    with database.transaction():
        for n in range(1000):
            log.append(database, incident.id, f"entry {n}", author="Ana")
    window.reload_incidents(select_id=incident.id)
    model = window.log_model
    assert model.count_matches() == 1001
    assert model.rowCount() == PAGE_SIZE
    window.log_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    assert model.rowCount() < 1001


def test_drills_carry_the_exercise_banner_and_stay_out_of_the_real_list(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    _start_incident(qtbot, window, "Real outage")
    drill_id = _start_incident(qtbot, window, "Recall rehearsal", drill=True)
    assert window.banner.isVisible()
    assert window.windowTitle().startswith("[EXERCISE] Recall rehearsal")
    assert window.header.title_label.text() == "[EXERCISE] Recall rehearsal"
    dialog = window.correct_entry(0)
    assert dialog is not None and dialog.ui.exercise_label.isVisible()
    dialog.reject()
    real = incidents.list_incidents(database)[0]
    window.open_incident(real.id)
    assert not window.banner.isVisible()
    window.reload_incidents()
    items = [window.incident_combo.itemData(i) for i in range(window.incident_combo.count())]
    assert drill_id not in items
    window.show_drills_action.trigger()
    items = [window.incident_combo.itemData(i) for i in range(window.incident_combo.count())]
    assert drill_id in items


def test_setting_the_level_is_confirmed_and_logged(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _start_incident(qtbot, window, "Recall", level_index=2)
    prompts.set_next_answer("National press picked it up")
    window.level_actions[3].trigger()
    assert incidents.get(database, incident_id).level == 4
    assert window.header.gauge.level() == 4
    assert window.level_actions[3].isChecked() and not window.level_actions[1].isChecked()
    last = log.entries(database, incident_id)[-1]
    assert last.kind == "severity" and "National press picked it up" in last.text
    prompts.set_next_answer(None)  # cancelled: nothing changes
    window.level_actions[4].trigger()
    assert incidents.get(database, incident_id).level == 4


def test_resolve_and_reopen(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _start_incident(qtbot, window, "Outage")
    prompts.set_next_answer("Service restored, all-clear sent")
    window.resolve_action.trigger()
    assert not incidents.get(database, incident_id).is_open
    assert window.reopen_action.isEnabled() and not window.resolve_action.isEnabled()
    assert "Resolved" in window.header.meta_label.text()
    prompts.set_next_answer("")
    window.reopen_action.trigger()
    assert incidents.get(database, incident_id).is_open


def test_status_bar_shows_the_path_and_the_chain_check(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    _start_incident(qtbot, window, "Outage")
    assert window.db_label.text() == str(database.path)
    with qtbot.waitSignal(window.chain_checked, timeout=10_000) as blocker:
        window.verify_log()
    assert blocker.args == [True]
    assert window.chain_label.text().startswith("✓ Log verified: 1 entry of this incident, all chains intact (")
    database.conn.execute("DROP TRIGGER log_entries_no_update")
    database.conn.execute("UPDATE log_entries SET text = 'forged'")
    with qtbot.waitSignal(window.chain_checked, timeout=10_000) as blocker:
        window.verify_log()
    assert blocker.args == [False]
    assert "does NOT verify" in window.chain_label.text()


def test_shortcuts_focus_entry_and_search(qtbot: QtBot, window: MainWindow) -> None:
    _start_incident(qtbot, window, "Outage")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.log_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.entry_edit.hasFocus()


def test_window_state_is_saved(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1000, 700)
    window.close()
    assert settings().value("window/geometry") is not None


def test_an_entry_written_afterwards_keeps_when_it_happened(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime

    incident_id = _start_incident(qtbot, window, "Outage")
    qtbot.mouseClick(window.earlier_button, Qt.MouseButton.LeftButton)
    assert window.occurred_edit.isVisible()
    moment = datetime(2026, 11, 20, 23, 15, tzinfo=UTC)
    window.occurred_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    _type_entry(qtbot, window, "Night shift saw the first complaints")
    last = log.entries(database, incident_id)[-1]
    assert last.occurred_at == "2026-11-20T23:15:00.000Z"
    assert last.recorded_at > last.occurred_at
    assert not window.earlier_button.isChecked() and not window.occurred_edit.isVisible()


def test_opening_a_hidden_drill_lists_it_in_the_switcher(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    _start_incident(qtbot, window, "Real outage")
    drill = incidents.create(database, "Tabletop", category=Category.OPERATIONAL, author="Ana", is_drill=True)
    assert not window.show_drills_action.isChecked()
    window.open_incident(drill.id)
    assert window.incident is not None and window.incident.id == drill.id
    assert window.incident_combo.currentData() == drill.id
    assert window.banner.isVisible()


def test_a_resolved_incident_shows_no_alert_banner(window: MainWindow, database: Database) -> None:
    from tests.gui.test_chain_of_command_gui import _negatives, _only, _store

    incident = incidents.create(database, "Viral review", category=Category.REPUTATION, author="Ana", level=2)
    _only(database, {"assign"})
    _store(database, incident.id, _negatives(0, 8))
    assert rules.evaluate(database, incident.id)
    window.reload_incidents(select_id=incident.id)
    assert window.alert_banner.isVisible()  # an alert nobody acknowledged
    incidents.resolve(database, incident.id, author="Ana")
    window.reload_incidents(select_id=incident.id)
    assert not window.alert_banner.isVisible()  # a resolved incident calls nobody
    incidents.reopen(database, incident.id, author="Ana")
    window.reload_incidents(select_id=incident.id)
    assert window.alert_banner.isVisible()


def test_the_match_count_follows_an_entry_logged_while_searching(qtbot: QtBot, window: MainWindow) -> None:
    _start_incident(qtbot, window, "Press enquiry")
    _type_entry(qtbot, window, "Herald journalist called")
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "herald")
    qtbot.waitUntil(lambda: window.match_label.text() == "1 matching")
    _type_entry(qtbot, window, "Herald asked again")
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 2)
    qtbot.waitUntil(lambda: window.match_label.text() == "2 matching")
