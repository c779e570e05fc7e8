"""A drill played fast while the team answers through the crisis steps, then the after-action's figures.

The system clock is a test clock: each ``pass_real(seconds)`` moves it on and ticks the drill
window by the same real seconds, as the window's timer does. At 60× one real second is one
simulated minute, so the team's clicks land at known drill times, and the after-action must
report exactly those times.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain import clock as clock_module
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.events.drills import DRILL_ENDED, drill_event
from crisisroom.domain.log import Kind
from crisisroom.domain.platform_lengths import Platform
from crisisroom.domain.response_steps import Step
from crisisroom.drills import runner
from crisisroom.drills.clock import simulated_at
from crisisroom.drills.offsets import format_offset
from crisisroom.gui import workers
from crisisroom.gui.drill.window import DrillWindow
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.report_preview import ReportPreview
from crisisroom.services.reports import drill_scoring, load_source
from crisisroom.storage import incidents, log, messages, notifications
from crisisroom.storage.database import Database

T0 = datetime(2026, 11, 21, 1, 30, tzinfo=UTC)  # 2 a.m. in Stockholm: when drills feel real


class FakeClock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = T0
        monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: self.now)


@pytest.fixture
def test_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    return FakeClock(monkeypatch)


@pytest.fixture
def main(qtbot: QtBot, database: Database, test_clock: FakeClock) -> Iterator[MainWindow]:
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workers.wait_for_all()


def start_drill(qtbot: QtBot, main: MainWindow, scenario: str, speed: int) -> DrillWindow:
    drill = main.open_drill_window()
    assert isinstance(drill, DrillWindow)
    drill.scenario_combo.setCurrentIndex(drill.scenario_combo.findData(scenario))
    drill.speed_combo.setCurrentIndex(drill.speed_combo.findData(speed))
    with qtbot.waitSignal(drill.drill_started):
        qtbot.mouseClick(drill.start_button, Qt.MouseButton.LeftButton)
    drill.timer.stop()  # the test moves the clock itself
    return drill


def pass_real(test_clock: FakeClock, drill: DrillWindow, seconds: float) -> None:
    test_clock.now += timedelta(seconds=seconds)
    drill.tick(seconds)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def minutes(delta: timedelta | None) -> float | None:
    return None if delta is None else delta.total_seconds() / 60


def test_the_after_action_measures_what_the_team_did_and_when(
    qtbot: QtBot, database: Database, main: MainWindow, test_clock: FakeClock
) -> None:
    drill = start_drill(qtbot, main, "product-recall", 60)
    incident_id = drill.incident_id
    assert incident_id is not None
    assert main.incident is not None and main.incident.id == incident_id  # the drill is on screen
    assert main.banner.isVisible()
    start = drill.run.start if drill.run else None
    assert start == T0 - timedelta(hours=2, minutes=30)

    # +00:40: the recall e-mail arrives (40 real seconds at 60×) and pops up.
    pass_real(test_clock, drill, 40)
    assert [m.id for m in drill.popups] == ["recall"]
    assert "Recall" in drill.toast_title.text()

    # +00:45: the team assesses and sets level 4 through the wizard (5 minutes after the recall: met).
    pass_real(test_clock, drill, 5)
    wizard = main.open_wizard()
    assert wizard is not None
    assess = wizard.pages[Step.ASSESS]
    qtbot.keyClicks(assess.what_edit, "Aurora kettles overheat; recall of every batch decided.")
    click(qtbot, assess.audience_checks["customers"])
    assess.level_combo.setCurrentIndex(assess.level_combo.findData(4))
    qtbot.keyClicks(assess.reason_edit, "Safety risk to customers")
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert incidents.get(database, incident_id).level == 4

    # +00:48: the first person of the crisis team is reached (8 minutes after the recall: met).
    pass_real(test_clock, drill, 3)
    notify = wizard.pages[Step.NOTIFY]
    assert notify.rows, "the roster's level-4 chain is listed"
    click(qtbot, notify.rows[0].reached)
    assert len(notifications.notifications(database, incident_id)) == 1
    # The main window's log shows the drill clock, as its chart does: the notification at +00:48.
    main.log_model.refresh()
    shown = [main.log_model.index(r, 0).data() for r in range(main.log_model.rowCount())]
    kinds = [main.log_model.entry(r).kind for r in range(main.log_model.rowCount())]
    assert shown[kinds.index(Kind.NOTIFICATION.value)].startswith("+00:48")
    assert shown[kinds.index(Kind.SEVERITY.value)].startswith("+00:45")

    # +01:00 and +01:20: the injury posts and the retailer's call come in while the team drafts.
    pass_real(test_clock, drill, 32)
    assert [m.id for m in drill.popups] == ["recall", "retailer"]

    # +01:15 of the team's time was not enough: the notice goes out at +01:20 (40 min after: missed).
    wizard.go_to(Step.MESSAGE)
    message = wizard.pages[Step.MESSAGE]
    qtbot.keyClicks(message.organisation_edit, "Brightwell Home")
    message.grid.setCurrentCell(0, 0)
    click(qtbot, message.template_button)
    assert message.text_edit.toPlainText()
    message.approver_combo.setCurrentIndex(message.approver_combo.findText("Henrik Sato", Qt.MatchFlag.MatchStartsWith))
    click(qtbot, message.approve_button)
    click(qtbot, message.where_checks[Platform.THREADS])
    click(qtbot, message.release_button)
    released = messages.find(database, incident_id, "public-posts", "holding")
    assert released is not None and released.current.release is not None

    # The facilitator ends the drill at +01:30.
    pass_real(test_clock, drill, 10)
    assert drill.end_drill(confirm=False)

    # The after-action, as the report shows it: each figure is the drill time of the click above.
    scoring = drill_scoring(database, load_source(database, incident_id))
    by_id = {r["id"]: r for r in scoring["expectations"]}
    assert (by_id["level-4"]["met"], by_id["level-4"]["measured"]) == (True, "+00:05")
    assert (by_id["notify"]["met"], by_id["notify"]["measured"]) == (True, "+00:08")
    assert (by_id["notice"]["met"], by_id["notice"]["measured"]) == (False, "+00:40")
    assert scoring["metrics"]["time_to_notify"] == "+00:48"
    assert scoring["metrics"]["time_to_target_level"] == "+00:45"
    assert scoring["metrics"]["time_to_first_statement"] == "+01:20"
    assert scoring["metrics"]["rule_firings"] >= 1  # the injury burst trips the rules
    # On the after-action's timeline, the team's entries stand at their drill times, not the real ones.
    notified = [e for e in log.entries(database, incident_id) if e.kind == Kind.NOTIFICATION]
    assert [scoring["entry_times"][e.id] for e in notified] == [to_iso(start + timedelta(minutes=48))]
    # The rules' alerts were stored at the simulated time of the post that tripped them: they stay there.
    alerts = [e for e in log.entries(database, incident_id) if e.kind == Kind.ALERT]
    assert alerts and all(scoring["entry_times"][e.id] == e.occurred_at for e in alerts)
    assert all(e.occurred_at > to_iso(start + timedelta(minutes=5)) for e in alerts)  # after the first posts
    main.log_model.refresh()
    rows = range(main.log_model.rowCount())
    shown_alerts = [main.log_model.index(r, 0).data() for r in rows if main.log_model.entry(r).kind == Kind.ALERT]
    expected = sorted(format_offset(from_iso(e.occurred_at) - start)[:6] for e in alerts)
    assert sorted(text[:6] for text in shown_alerts) == expected and "+00:00" not in expected

    # The same figures in the after-action view the facilitator opens.
    dialog = drill.open_after_action()
    assert isinstance(dialog, ReportPreview)
    assert dialog.report is not None
    shown = dialog.browser.toPlainText()
    assert "+00:05" in shown and "+00:08" in shown and "+00:40" in shown
    dialog.close()


def test_a_drill_interrupted_by_a_restart_is_resumed_where_it_stopped(
    qtbot: QtBot, database: Database, main: MainWindow, test_clock: FakeClock
) -> None:
    drill = start_drill(qtbot, main, "product-recall", 30)
    incident_id = drill.incident_id
    assert incident_id is not None and drill.run is not None
    start = drill.run.start
    pass_real(test_clock, drill, 40)  # 20 simulated minutes: the photos burst (+00:05 to +00:35) is half in
    half = len(mentions_of(database, incident_id))
    assert 0 < half < 20
    drill.close()  # the app closes: the clock is paused, and that is logged
    history = runner.drill_record(database, incident_id).history
    assert [a.paused for a in history] == [False, True]
    assert history[-1].simulated == start + timedelta(minutes=20)

    # Later, a new window on the same file (as after a restart): the drill is picked up, paused.
    test_clock.now += timedelta(hours=3)
    drill.deleteLater()
    later = DrillWindow(database, author="Facilitator")
    qtbot.addWidget(later)
    assert later.resume(incident_id) is not None
    assert later.running and later.clock is not None and later.clock.paused
    assert later.simulated_now() == start + timedelta(minutes=20)
    assert [inject.id for inject in later.run.pending()] == ["recall", "injury", "retailer"]
    assert later.played_list.count() == 1 and later.pause_button.text() == "Resume"
    assert "Resumed" in later.next_label.text()

    # Resume: the rest of the burst arrives on time, and none of it twice; the recall follows.
    later.toggle_pause()
    test_clock.now += timedelta(seconds=60)
    later.tick(60)  # 30 more simulated minutes at 30×
    assert later.simulated_now() == start + timedelta(minutes=50)
    texts = mentions_of(database, incident_id)
    assert len(texts) == 20 and len(set(texts)) == 20
    assert [a.inject.id for a in later.run.applied] == ["photos", "recall"]
    history = runner.drill_record(database, incident_id).history
    assert [a.paused for a in history] == [False, True, False]
    # The three hours the app was closed do not count on the drill clock.
    assert simulated_at(history, test_clock.now) == start + timedelta(minutes=50)
    assert later.end_drill(confirm=False)
    assert runner.drill_record(database, incident_id).ended
    ended = [e for e in log.entries(database, incident_id) if drill_event(e.payload) == DRILL_ENDED]
    assert len(ended) == 1


def test_file_run_a_drill_resumes_the_interrupted_drill_on_screen(
    qtbot: QtBot, database: Database, main: MainWindow, test_clock: FakeClock
) -> None:
    drill = start_drill(qtbot, main, "viral-review", 60)
    incident_id = drill.incident_id
    pass_real(test_clock, drill, 12)
    drill.close()
    drill.setParent(None)  # as if the app had been restarted: the main window has no drill window
    drill.deleteLater()
    assert main.incident is not None and main.incident.id == incident_id
    reopened = main.open_drill_window()
    assert isinstance(reopened, DrillWindow) and reopened is not drill
    assert reopened.incident_id == incident_id and reopened.running


def mentions_of(database: Database, incident_id: str) -> list[str]:
    return [
        row["external_id"]
        for row in database.query("SELECT external_id FROM mentions WHERE incident_id = ?", (incident_id,))
    ]
