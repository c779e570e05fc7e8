"""The facilitator's drill window: a shipped scenario played at 60× by calling tick(), no real waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crisisroom.domain.log import Kind
from crisisroom.drills.scenario import MessageInject
from crisisroom.gui import prompts
from crisisroom.gui.drill.window import DrillWindow
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.report_preview import ReportPreview
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database


def drill_window(qtbot: QtBot, database: Database, scenario: str = "viral-review", speed: int = 60) -> DrillWindow:
    window = DrillWindow(database, author="Facilitator")
    qtbot.addWidget(window)
    window.scenario_combo.setCurrentIndex(window.scenario_combo.findData(scenario))
    window.speed_combo.setCurrentIndex(window.speed_combo.findData(speed))
    window.show()
    return window


def started(qtbot: QtBot, window: DrillWindow) -> str:
    with qtbot.waitSignal(window.drill_started) as signal:
        window.start_button.click()
    window.timer.stop()  # the test ticks the clock itself
    assert window.incident_id == signal.args[0]
    return signal.args[0]


def offset_minutes(window: DrillWindow) -> float:
    assert window.run is not None
    now = window.simulated_now()
    assert now is not None
    return (now - window.run.start).total_seconds() / 60


def test_choosing_a_scenario_shows_its_briefing(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database, "data-breach")
    assert window.scenario is not None and window.scenario.id == "data-breach"
    assert window.briefing_label.text() == window.scenario.briefing
    assert window.pending_list.count() == len(window.scenario.injects)
    assert window.banner.isVisible()
    assert not window.end_button.isEnabled() and window.start_button.isEnabled()


def test_a_scenario_file_can_be_opened(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    text = resources.files("crisisroom.drills").joinpath("scenarios/viral-review.toml").read_text(encoding="utf-8")
    path = tmp_path / "mine.toml"
    path.write_text(text.replace('id = "viral-review"', 'id = "my-drill"'), encoding="utf-8")
    window = drill_window(qtbot, database)
    prompts.set_next_answer(str(path))
    scenario = window.open_scenario_file()
    assert scenario is not None and scenario.id == "my-drill"
    assert window.scenario is scenario and "mine.toml" in window.scenario_combo.currentText()


def test_a_drill_plays_into_the_real_stores_at_60x(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    incident_id = started(qtbot, window)
    incident = incidents.get(database, incident_id)
    assert incident.is_drill and incident.level == 2
    assert mentions.count(database, incident_id)[0] == 0

    with qtbot.waitSignal(window.injects_fired) as signal:
        window.tick(6)  # 6 real seconds at 60× = 6 simulated minutes: the first shares begin
    assert offset_minutes(window) == pytest.approx(6)
    assert [a.inject.id for a in signal.args[0]] == ["first-shares"]
    assert mentions.count(database, incident_id)[0] > 0

    window.tick(60)  # one simulated hour on: the pile-on, the journalist and the trend
    assert offset_minutes(window) == pytest.approx(66)
    total, negative = mentions.count(database, incident_id)
    assert total == 52 and negative > 40
    fired = rules.firings(database, incident_id)
    assert fired, "a rule fires on the pile-on"
    assert window.run is not None
    first = datetime.fromisoformat(fired[0].firing.fired_at)
    assert window.run.start <= first <= window.simulated_now()

    # The journalist's e-mail: a toast in the window and a drill-inject entry in the log.
    assert [m.id for m in window.popups] == ["journalist"]
    assert window.toast.isVisible()
    assert "Northport Ledger" in window.toast_title.text()
    entries = [e for e in log.entries(database, incident_id) if e.kind == Kind.DRILL_INJECT]
    assert any("inject journalist" in e.text and "Northport Ledger" in e.text for e in entries)
    assert window.pending_list.count() == 0
    assert window.played_list.count() == 4


def test_pause_stops_the_clock_and_resume_goes_on(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    started(qtbot, window)
    window.tick(2)
    window.pause_button.click()
    assert window.pause_button.text() == "Resume" and not window.timer.isActive()
    window.tick(30)
    assert offset_minutes(window) == pytest.approx(2)
    assert window.run is not None and window.run.applied == []
    window.pause_button.click()
    window.timer.stop()
    window.tick(4)
    assert offset_minutes(window) == pytest.approx(6)


def test_jump_to_next_fires_the_next_inject(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database, speed=1)
    started(qtbot, window)
    with qtbot.waitSignal(window.injects_fired):
        window.jump_button.click()
    assert offset_minutes(window) == pytest.approx(5)
    assert window.run is not None and [a.inject.id for a in window.run.applied] == ["first-shares"]
    window.jump_to_next()
    assert offset_minutes(window) == pytest.approx(30)
    assert [a.inject.id for a in window.run.applied] == ["first-shares", "pile-on"]


def test_fire_now_and_ad_hoc_injects(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    incident_id = started(qtbot, window)
    window.tick(1)
    assert window.pending_list.item(2).text().startswith("+00:45")
    window.pending_list.setCurrentRow(2)  # the journalist, 45 minutes early
    assert window.fire_button.isEnabled()
    with qtbot.waitSignal(window.injects_fired):
        window.fire_button.click()
    assert window.run is not None and [a.inject.id for a in window.run.applied] == ["journalist"]
    assert window.popups[-1].id == "journalist"
    assert window.pending_list.count() == 3

    applied = window.add_message("Sam Ortiz, CEO", "Why is {brand} trending?", "Call me now.")
    assert applied is not None and isinstance(applied.inject, MessageInject)
    assert window.toast_title.text().endswith("Why is {brand} trending?")  # typed braces stay as typed
    assert any("Sam Ortiz" in e.text for e in log.entries(database, incident_id))

    before = mentions.count(database, incident_id)[0]
    window.add_burst(20, 1.0, 2)
    window.tick(3)
    assert mentions.count(database, incident_id)[0] == before + 20


def test_the_ad_hoc_dialog_fires_a_message(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    started(qtbot, window)
    dialog = window.open_adhoc()
    assert dialog is not None
    dialog.sender_edit.setText("Board member")
    dialog.subject_edit.setText("Statement?")
    dialog.body_edit.setPlainText("Where is our statement?")
    dialog.accept()
    assert window.popups[-1].sender == "Board member"


def test_end_drill_then_the_after_action_report(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    incident_id = started(qtbot, window)
    window.tick(40)
    assert not window.after_action_button.isEnabled()
    prompts.set_next_answer(True)
    with qtbot.waitSignal(window.drill_ended):
        window.end_button.click()
    assert not window.running and window.run is not None and window.run.ended_at is not None
    assert window.tick(10) == []
    assert window.after_action_button.isEnabled() and window.lessons_button.isEnabled()
    window.after_action_button.click()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, ReportPreview) and dialog.kind == "after-action"
    assert "after-action" in dialog.browser.toPlainText().lower()
    dialog.close()
    window.lessons_button.click()
    assert window.dialogs[-1].incident_id == incident_id
    window.dialogs[-1].close()


def test_the_main_window_opens_the_drill_with_its_banner(qtbot: QtBot, window: MainWindow) -> None:
    assert window.drill_action.shortcut().toString() == "Ctrl+Shift+D"
    window.drill_action.trigger()
    drills = window.findChild(DrillWindow)
    assert drills is not None and drills.isVisible()
    drills.speed_combo.setCurrentIndex(drills.speed_combo.findData(60))
    incident_id = started(qtbot, drills)
    assert window.incident is not None and window.incident.id == incident_id
    assert window.banner.isVisible()
    drills.tick(40)
    total, _ = mentions.count(window.database, incident_id)
    assert total > 0
    assert window.tabs.tabText(1) == f"Mentions ({total:,})"
    assert window.alert_banner.isVisible()
    drills.close()
    assert drills.clock is not None and drills.clock.paused
    window.drill_action.trigger()
    assert window.findChild(DrillWindow) is drills and drills.isVisible()


def test_another_drill_can_start_after_one_ended(qtbot: QtBot, database: Database) -> None:
    window = drill_window(qtbot, database)
    first = started(qtbot, window)
    assert window.end_drill(confirm=False)
    window.scenario_combo.setCurrentIndex(window.scenario_combo.findData("data-breach"))
    assert window.briefing_label.text().startswith("A security researcher")
    second = started(qtbot, window)
    assert second != first and window.run is not None and window.run.scenario.id == "data-breach"
    assert window.played_list.count() == 0


def _answer_the_end_question(qtbot: QtBot, window: DrillWindow, click: str, seen: dict[str, object]) -> None:
    """While the real "End the drill?" box is open: note the clock's state, let real time pass, then click."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        assert window.clock is not None
        seen["paused"] = window.clock.paused
        seen["timer"] = window.timer.isActive()
        seen["pause_text"] = window.pause_button.text()
        before = window.simulated_now()
        window.tick(30)  # half a real minute with the question open: 30 drill minutes at 60×, if it ran
        seen["moved"] = window.simulated_now() != before
        seen["text"] = box.text()
        wanted = next(b for b in box.buttons() if b.text() == click)
        wanted.click()

    QTimer.singleShot(0, answer)


def test_the_end_question_pauses_the_drill_clock_and_cancel_resumes_it(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRISISROOM_PROMPTS_FAIL")  # the real question box, answered by a click
    window = drill_window(qtbot, database)
    incident_id = started(qtbot, window)
    window.timer.start()  # running, as in a real drill
    window.tick(10)
    assert offset_minutes(window) == pytest.approx(10)

    seen: dict[str, object] = {}
    _answer_the_end_question(qtbot, window, "Cancel", seen)
    assert not window.end_drill()
    assert (seen["paused"], seen["timer"], seen["pause_text"], seen["moved"]) == (True, False, "Resume", False)
    assert "paused while you decide" in str(seen["text"])
    # Cancelled: the clock runs on from where it stood; the time the question was open does not count.
    assert window.running and window.clock is not None and not window.clock.paused and window.timer.isActive()
    assert offset_minutes(window) == pytest.approx(10, abs=0.5)
    changes = [(e.payload or {}).get("change") for e in log.entries(database, incident_id)]
    assert [c for c in changes if c] == ["paused", "resumed"]
    window.timer.stop()

    _answer_the_end_question(qtbot, window, "End drill", seen)
    assert window.end_drill()
    assert seen["paused"] is True and seen["moved"] is False
    assert window.run is not None and window.run.ended_at is not None
    assert offset_minutes(window) == pytest.approx(10, abs=0.5)  # ended where the question was asked


def test_end_drill_closes_the_incident_and_stops_the_clocks_in_both_windows(qtbot: QtBot, window: MainWindow) -> None:
    window.drill_action.trigger()
    drills = window.findChild(DrillWindow)
    assert drills is not None
    drills.speed_combo.setCurrentIndex(drills.speed_combo.findData(60))
    incident_id = started(qtbot, drills)
    drills.tick(20)
    window._countdown_timer.timeout.emit()
    assert window.wizard_strip.countdown_label.text().startswith("Next internal update due in")
    assert window.resolve_action.isEnabled()

    prompts.set_next_answer(True)
    with qtbot.waitSignal(drills.drill_ended):
        drills.end_button.click()
    incident = incidents.get(window.database, incident_id)
    assert not incident.is_open
    # The drill window: the clock stands still and says the incident is closed.
    assert not drills.timer.isActive() and drills.clock is not None and drills.clock.paused
    ended_at = drills.simulated_now()
    drills.tick(120)
    assert drills.simulated_now() == ended_at
    assert "ended" in drills.time_label.text() and "incident is closed" in drills.next_label.text()
    # The main window: the drill shown resolved, no countdown, the drill clock standing at the end.
    assert window.incident is not None and window.incident.id == incident_id and not window.incident.is_open
    assert window.reopen_action.isEnabled() and not window.resolve_action.isEnabled()
    window._countdown_timer.timeout.emit()
    assert window.wizard_strip.countdown_label.text() == ""
    assert "(resolved)" in window.incident_combo.currentText()
    assert window.clock.now(datetime.now(UTC) + timedelta(hours=1)) == ended_at
