"""One clock and one zone per view: the incident's zone (not this computer's), a drill's drill clock."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crisisroom.domain import clock as clock_module
from crisisroom.domain.incidents import Category
from crisisroom.gui import workers
from crisisroom.gui.drill.window import DrillWindow
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.models.log_model import TEXT, WHEN, LogTableModel
from crisisroom.services import demo
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

T0 = datetime(2026, 11, 21, 20, 30, tzinfo=UTC)


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in New York, the incidents elsewhere."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def fake_now(monkeypatch: pytest.MonkeyPatch) -> dict[str, datetime]:
    now = {"now": T0}
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: now["now"])
    return now


@pytest.fixture
def main(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workers.wait_for_all()


def test_the_log_shows_the_incidents_zone_and_names_it_in_the_header(
    qtbot: QtBot, database: Database, new_york: None, fake_now: dict[str, datetime]
) -> None:
    incident = incidents.create(
        database, "Swollen cartons", category=Category.REPUTATION, author="Omar", timezone="Europe/Stockholm"
    )
    steps_service.record_internal_update(database, incident.id, text="Team call", author="Omar")
    model = LogTableModel(database)
    model.set_filter(log.LogFilter(incident.id))
    while model.canFetchMore(model.index(0, 0)):
        model.fetchMore(model.index(0, 0))
    header = model.headerData(WHEN, Qt.Orientation.Horizontal)
    assert "Europe/Stockholm" in header
    # 20:30 UTC is 21:30 in Stockholm (15:30 in New York, this computer's zone).
    whens = [model.data(model.index(row, WHEN)) for row in range(model.rowCount())]
    assert whens and all(w.endswith("21:30:00") for w in whens), whens
    # The text the app wrote ("next one by …") is on the same clock, zone named.
    texts = [model.data(model.index(row, TEXT)) for row in range(model.rowCount())]
    update = next(t for t in texts if "next one by" in t)
    assert "Europe/Stockholm" in update and "America/New_York" not in " ".join([header, *texts])


def test_the_chart_names_its_zone_in_the_demo(qtbot: QtBot, database: Database, main: MainWindow) -> None:
    made = demo.create_demo(database).value
    main.reload_incidents(select_id=made.incident_id)
    qtbot.wait(50)
    assert main.chart.zone_label.isVisible()
    zone = incidents.get(database, made.incident_id).timezone
    # The zone is always there: in full, or (where the colour key needs the room) its name with the
    # full wording in the tooltip.
    assert zone in main.chart.zone_label.text()
    assert main.chart.zone_label.toolTip() == f"Times in {zone}"
    # The log names the same zone once, and the header does too.
    assert zone in main.log_model.headerData(WHEN, Qt.Orientation.Horizontal)


def test_a_drill_row_never_mixes_clocks(
    qtbot: QtBot, database: Database, main: MainWindow, fake_now: dict[str, datetime], new_york: None
) -> None:
    drill = main.open_drill_window()
    assert isinstance(drill, DrillWindow)
    drill.scenario_combo.setCurrentIndex(drill.scenario_combo.findData("product-recall"))
    drill.speed_combo.setCurrentIndex(drill.speed_combo.findData(60))
    with qtbot.waitSignal(drill.drill_started):
        qtbot.mouseClick(drill.start_button, Qt.MouseButton.LeftButton)
    drill.timer.stop()
    fake_now["now"] += timedelta(seconds=44)
    drill.tick(44)
    incident_id = drill.incident_id
    assert incident_id is not None
    notify_service.record_notification(database, incident_id, "p1", "Anna", "phone", author="Omar")
    main.reload_incidents(select_id=incident_id)
    model = main.log_model
    header = model.headerData(WHEN, Qt.Orientation.Horizontal)
    assert "drill clock" in header
    row = next(r for r in range(model.rowCount()) if "Anna: reached" in model.data(model.index(r, TEXT)))
    when = model.data(model.index(row, WHEN))  # "+00:44 · 23:44:00"
    text = model.data(model.index(row, TEXT))
    shown = re.search(r"(\d\d:\d\d):\d\d$", when)
    written = re.search(r"at \d{4}-\d\d-\d\d (\d\d:\d\d) (\S+)( \(drill clock\))?", text)
    assert shown and written, (when, text)
    # The text is on the row's clock and says so; a real time would be labelled as one.
    assert written.group(1) == shown.group(1), (when, text)
    assert written.group(3), text
    # The countdown reads the drill clock too: 44 drill minutes in, the first update (5 min) is long overdue.
    main.dashboard.show_strip()
    assert "overdue" in main.wizard_strip.countdown_label.text()
    drill.end_drill(confirm=False)


def test_a_drills_firings_show_at_their_drill_time_everywhere(
    qtbot: QtBot, database: Database, main: MainWindow, fake_now: dict[str, datetime]
) -> None:
    """Scenario posts are stored at drill times; the banner, Monitor and status show them there, not moved again."""
    from crisisroom.storage import rules

    drill = main.open_drill_window()
    assert isinstance(drill, DrillWindow)
    drill.scenario_combo.setCurrentIndex(drill.scenario_combo.findData("product-recall"))
    drill.speed_combo.setCurrentIndex(drill.speed_combo.findData(60))
    with qtbot.waitSignal(drill.drill_started):
        qtbot.mouseClick(drill.start_button, Qt.MouseButton.LeftButton)
    drill.timer.stop()
    incident_id = drill.incident_id
    assert incident_id is not None
    for _ in range(40):  # 40 real seconds at 60x: 40 drill minutes, past the first bursts
        fake_now["now"] += timedelta(seconds=1)
        drill.tick(1)
    fired = rules.firings(database, incident_id)
    assert fired, "the scenario's first burst fires a rule"
    main.reload_incidents(select_id=incident_id)
    stored = fired[-1].firing.fired_at  # e.g. 2026-11-21T20:52:00.000Z, on the drill clock (UTC)
    hhmm = f"{datetime.fromisoformat(stored.replace('Z', '+00:00')):%H:%M}"
    banner = " ".join(label.text() for label in main.alert_banner.findChildren(QLabel))
    assert hhmm in banner, (stored, banner)
    drill.end_drill(confirm=False)


def test_the_status_bar_check_time_is_on_the_incidents_clock(
    qtbot: QtBot, database: Database, main: MainWindow, new_york: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: T0)  # 20:30 UTC: 21:30 in Stockholm, 15:30 here
    incident = incidents.create(
        database, "Swollen cartons", category=Category.REPUTATION, author="Omar", timezone="Europe/Stockholm"
    )
    main.reload_incidents(select_id=incident.id)
    with qtbot.waitSignal(main.chain_checked, timeout=10_000):
        main.verify_log()
    assert "(21:30)" in main.chain_label.text(), main.chain_label.text()
