"""The Mentions tab on the incident's clock: its zone (not this computer's), a drill's drill clock, named once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain import clock as clock_module
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.drills import scenario
from crisisroom.drills.runner import DrillRun
from crisisroom.gui import workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.mentions.model import POSTED
from crisisroom.storage import incidents, mentions
from crisisroom.storage.database import Database
from tests.unit.test_drill_scenarios import GOOD

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
def main(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch, new_york: None) -> Iterator[MainWindow]:
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: T0)
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workers.wait_for_all()


def _column(win: MainWindow) -> tuple[str, list[str]]:
    """The Posted column as the tab shows it: its header and its cells."""
    win.tabs.setCurrentWidget(win.mentions_panel)
    view = win.mentions_panel.view
    model = view.model()
    header = model.headerData(POSTED, Qt.Orientation.Horizontal)
    return header, [model.data(model.index(row, POSTED)) for row in range(model.rowCount())]


def test_posted_is_in_the_incidents_zone_named_in_the_header(
    qtbot: QtBot, database: Database, main: MainWindow
) -> None:
    incident = incidents.create(
        database, "Swollen cartons", category=Category.REPUTATION, author="Omar", timezone="Europe/Stockholm"
    )
    posted = "2026-11-21T20:30:00.000Z"  # 21:30 in Stockholm, 15:30 in New York (this computer)
    mentions.add_mention(
        database,
        incident.id,
        Mention(posted, "Cartons swell", sentiment=Sentiment.NEGATIVE, sentiment_source=SentimentSource.MANUAL),
        author="Omar",
    )
    main.reload_incidents(select_id=incident.id)
    header, cells = _column(main)
    assert header == "Posted (Europe/Stockholm)"
    assert cells == ["2026-11-21 21:30"]


def test_a_drills_mentions_are_on_the_drill_clock_named_once(
    qtbot: QtBot, database: Database, main: MainWindow
) -> None:
    text = GOOD.replace('duration = "1h"', 'duration = "1h"\ntimezone = "Europe/Paris"', 1)
    run = DrillRun.begin(database, scenario.parse(text, "tiny.toml"), author="Facilitator", speed=10)
    run.advance_to(run.start + timedelta(minutes=31))
    run.finish()
    main.reload_incidents(select_id=run.incident.id)
    header, cells = _column(main)
    assert header == "Posted (drill clock, Europe/Paris)"
    # The burst is posted from the drill's start (19:30 UTC, 20:30 in Paris) over 30 drill minutes.
    assert cells and all("2026-11-21 20:" in cell for cell in cells), cells
    shown = [
        main.mentions_panel.view.horizontalHeader().model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)
    ]
    assert sum("drill clock" in str(name) for name in shown) == 1
