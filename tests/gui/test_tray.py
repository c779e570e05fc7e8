"""The tray icon and the one notification path: rule firings and next-update reminders."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import now_utc, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.tray import ICON_SIZES, Tray, level_icon, tooltip_text
from crisisroom.gui.widgets.severity_gauge import LEVEL_COLOURS
from crisisroom.storage import incidents, mentions
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database


def test_the_icon_is_the_level_colour_with_its_digit_drawn_at_every_size(qtbot: QtBot) -> None:
    icon = level_icon(4)
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    for size in (16, 44, 128):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size  # drawn at that size, not scaled from another one
        # The tile is the gauge's level colour; the digit in its middle is in a contrasting ink.
        edge = QColor(image.pixel(size // 8 + 1, size // 2))
        assert edge.name() == LEVEL_COLOURS[3]
        middle = {QColor(image.pixel(x, size // 2)).name() for x in range(size // 3, 2 * size // 3)}
        assert middle - {LEVEL_COLOURS[3]}, "no digit drawn"
    unassessed = level_icon(None).pixmap(QSize(32, 32)).toImage()
    assert QColor(unassessed.pixel(5, 16)).name() not in LEVEL_COLOURS  # grey, not a level


def test_without_a_tray_notify_still_reports_and_the_tooltip_says_the_state(qtbot: QtBot, database: Database) -> None:
    tray = Tray(available=False)
    assert not tray.available and tray.icon is None
    with qtbot.waitSignal(tray.notified) as said:
        assert tray.notify("Crisis Room: update due", "Send the update.") is False
    assert said.args == ["Crisis Room: update due", "Send the update.", False]

    incident = incidents.create(
        database, "Leak & outage", author="Ana", category=Category.OPERATIONAL, level=4, timezone="UTC"
    )
    due = now_utc().replace(hour=14, minute=30, second=0, microsecond=0)
    tray.show_state(incident, due)
    assert tray.tooltip() == "Crisis Room\nLeak & outage\nLevel 4 · Crisis\nNext internal update due 14:30"
    assert tray.incident_action.isVisible() and tray.incident_action.text() == "Leak && outage"
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "Show Crisis Room",
        "Leak && outage",
        "Quit",
    ]
    tray.show_state(None, None)
    assert tray.tooltip() == "Crisis Room" and not tray.incident_action.isVisible()
    assert tooltip_text(incidents.create(database, "New", author="Ana", category=Category.OPERATIONAL), None).endswith(
        "Severity not yet assessed"
    )


def test_the_window_reminds_once_when_due_and_once_when_overdue(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Outage", author="Ana", category=Category.OPERATIONAL, level=3)
    window.reload_incidents(select_id=incident.id)
    said: list[tuple[str, str, bool]] = []
    window.tray.notified.connect(lambda title, text, urgent: said.append((title, text, urgent)))
    strip = window.wizard_strip
    now = now_utc()
    due = now + timedelta(minutes=5)
    strip.show_state(steps_store.load(database, incident.id), [], due, now)
    for seconds in range(0, 5 * 60, 30):  # counting down: nothing yet
        strip.tick(now + timedelta(seconds=seconds))
    assert said == []
    for seconds in range(0, 9 * 60, 20):  # due, and for nine minutes after: one reminder
        strip.tick(due + timedelta(seconds=seconds))
    assert said == [
        (
            "Crisis Room: update due",
            "An internal update on “Outage” is due now; every update says when the next one comes.",
            False,
        )
    ]
    for seconds in range(0, 120, 10):  # ten minutes late: one more, urgent
        strip.tick(due + timedelta(minutes=10, seconds=seconds))
    assert len(said) == 2 and said[1][0] == "Crisis Room: update overdue" and said[1][2] is True
    assert "overdue" in window.statusBar().currentMessage()
    # A new due time starts over; opening the window when it is already long overdue says only that.
    later = now + timedelta(hours=2)
    strip.show_state(steps_store.load(database, incident.id), [], later, now)
    strip.tick(later + timedelta(minutes=30))
    strip.tick(later + timedelta(minutes=31))
    assert [urgent for _title, _text, urgent in said] == [False, True, True]


def test_a_rule_firing_is_an_urgent_notification(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Complaints", author="Ana", category=Category.OPERATIONAL, level=2)
    window.reload_incidents(select_id=incident.id)
    hour = now_utc().replace(minute=0, second=0, microsecond=0) - timedelta(hours=2)
    burst = [
        Mention(
            posted_at=to_iso(hour + timedelta(minutes=5 * n)),
            text=f"Still broken {n}",
            external_id=f"tray-{n}",
            platform="X",
            sentiment=Sentiment.NEGATIVE,
            sentiment_source=SentimentSource.EXPORT,
        )
        for n in range(7)
    ]
    mentions.import_mentions(
        database,
        incident.id,
        burst,
        source="t",
        file_format="csv",
        preset="t",
        author="Ana",
    )
    with qtbot.waitSignal(window.tray.notified) as said:
        window.after_mentions_changed()
    title, text, urgent = said.args
    assert title.startswith("Crisis Room: ") and urgent and text
    assert window.tray.tooltip().splitlines()[1:3] == ["Complaints", "Level 2 · Elevated"]


def test_the_tray_follows_the_open_incident(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    first = incidents.create(database, "First", author="Ana", category=Category.OPERATIONAL, level=5)
    window.reload_incidents(select_id=first.id)
    assert window.tray.tooltip().splitlines()[:3] == ["Crisis Room", "First", "Level 5 · Severe crisis"]
    second = incidents.create(database, "Second", author="Ana", category=Category.OPERATIONAL)
    window.reload_incidents(select_id=second.id)
    assert window.tray.tooltip().splitlines()[:3] == ["Crisis Room", "Second", "Severity not yet assessed"]
    assert window.tray.incident_action.text() == "Second"
