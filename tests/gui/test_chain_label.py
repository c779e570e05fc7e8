"""The status bar's chain figure: what was checked, for the incident on screen, refreshed after every change."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

VERIFIED = re.compile(r"✓ Log verified: (\d+) entr(?:y|ies) of this incident, all chains intact \(.+\)")


def _settled(qtbot: QtBot, window: MainWindow) -> int:
    """The count the label shows once no check is pending or running."""

    def done() -> None:
        assert not window.status.verify_timer.isActive() and not window.status.verifying
        assert VERIFIED.fullmatch(window.chain_label.text()), window.chain_label.text()

    qtbot.waitUntil(done, timeout=15_000)
    found = VERIFIED.fullmatch(window.chain_label.text())
    assert found is not None
    return int(found.group(1))


def test_the_label_counts_the_demo_and_follows_every_change(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    # An empty file first: the welcome page; then the demo, whose count must replace the empty file's.
    qtbot.waitUntil(lambda: "Log verified" in window.chain_label.text(), timeout=15_000)
    assert window.incident is None and "0 entries in this file" in window.chain_label.text()
    demo_id = window.open_demo()
    assert demo_id is not None
    entries = log.count(database, log.LogFilter(demo_id))
    assert entries > 10
    assert _settled(qtbot, window) == entries
    assert f"all {entries} entries in this database file" in window.chain_label.toolTip()

    qtbot.keyClicks(window.entry_edit, "Statement approved by legal")
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert _settled(qtbot, window) == entries + 1

    prompts.set_next_answer("Mentions doubled in an hour")
    window.set_level(4 if window.incident is not None and window.incident.level != 4 else 3)
    assert _settled(qtbot, window) == entries + 2


def test_the_label_counts_the_incident_on_screen_not_the_file(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    demo_id = window.open_demo()
    assert demo_id is not None
    other = incidents.create(database, "Phone lines down", category=Category.OPERATIONAL, author="Test Author", level=2)
    log.append(database, other.id, "Switchboard unreachable since 08:10", author="Test Author")
    window.reload_incidents(select_id=other.id)
    assert _settled(qtbot, window) == log.count(database, log.LogFilter(other.id)) < 10
    window.open_incident(demo_id)
    assert _settled(qtbot, window) == log.count(database, log.LogFilter(demo_id))


def test_the_outcome_is_never_cut_off_at_1280_by_800(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    window.open_demo()
    _settled(qtbot, window)
    qtbot.wait(50)
    label = window.chain_label
    assert label.isVisible() and label.width() >= label.sizeHint().width()
    assert label.geometry().right() <= window.statusBar().width()
    workers.wait_for_all()


def test_the_mentions_digests_are_checked_at_the_first_walk_and_kept_checked_once_found_changed(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After every change the walk skips the imported mentions' digests (checked hourly), unless they
    were found changed: then every walk checks them, and the warning stays."""
    from crisisroom.storage import evidence
    from tests.tamper import unguarded

    asked: list[bool] = []
    examine = evidence.examine

    def spy(*args: object, **kwargs: object) -> evidence.Evidence:
        asked.append(bool(kwargs.get("carried", True)))
        return examine(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(evidence, "examine", spy)
    demo_id = window.open_demo()
    assert demo_id is not None
    _settled(qtbot, window)
    qtbot.keyClicks(window.entry_edit, "Statement approved by legal")
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, window)
    assert asked[0] is True and asked[-1] is False

    with unguarded(database.path) as conn:
        conn.execute("UPDATE mentions SET text = 'rewritten' WHERE seq = (SELECT min(seq) FROM mentions)")
    window.status._carried_checked = None  # as an hour later
    window.status.verify_log()
    qtbot.waitUntil(
        lambda: not window.status.verifying and "changed outside" in window.chain_label.text(), timeout=15_000
    )
    qtbot.keyClicks(window.entry_edit, "Second note")
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.status.verify_timer.isActive() and not window.status.verifying, timeout=15_000)
    assert asked[-1] is True
    assert "Log does NOT verify" in window.chain_label.text()
    assert "were changed outside Crisis Room" in window.chain_label.text()
