"""Mentions in the main window: import, manual entry, relabel, alerts, assessment, rules settings."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Sentiment, hour_key
from crisisroom.gui import prompts, workers
from crisisroom.gui.assessment_dialog import AssessmentDialog
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.mentions.rules_dialog import MORE_THAN, RulesDialog
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database


def _export(path: Path, negatives: int, *, hour: str = "13", bad_line: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Full Text", "Author", "Url", "Sentiment"])
        for n in range(negatives):
            writer.writerow(
                [f"2026-03-14 {hour}:{n:02d}:00", f"Parcel {n} arrived smashed", f"u{n}", f"https://x/{n}", "negative"]
            )
        writer.writerow([f"2026-03-14 {hour}:59:00", "Lovely service", "fan", "https://x/fan", "positive"])
        if bad_line:
            writer.writerow(["sometime", "no date here", "x", "https://x/bad", "negative"])
    return path


def _open(window: MainWindow, database: Database, *, drill: bool = False) -> str:
    incident = incidents.create(
        database, "Smashed parcels", category=Category.OPERATIONAL, author="Ana", timezone="UTC", is_drill=drill
    )
    window.show_drills_action.setChecked(drill)
    window.reload_incidents(select_id=incident.id)
    return incident.id


def _run_import(qtbot: QtBot, window: MainWindow, path: Path, *, skip: bool = False) -> object:
    dialog = window.import_mentions(path)
    assert dialog is not None
    assert (
        dialog.ui.detected_label.text().startswith("<b>Brandwatch</b>") or "export" in dialog.ui.detected_label.text()
    )
    dialog.ui.skip_check.setChecked(skip)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
    workers.wait_for_all()
    return dialog, done.args[0]


def test_import_shows_chart_alert_and_tab(qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path) -> None:
    incident_id = _open(window, database)
    with qtbot.waitSignal(window.rules_fired, timeout=30_000) as fired:
        dialog, outcome = _run_import(qtbot, window, _export(tmp_path / "bw.csv", 8))
    assert outcome.summary.imported == 9
    assert [f.firing.rule_id for f in fired.args[0]] == ["assign"]
    assert "Imported 9 mentions" in dialog.ui.summary_view.toPlainText()
    assert mentions.count(database, incident_id) == (9, 8)
    assert window.alert_banner.isVisible() and "Assign to PR" in window.alert_banner.text_label.text()
    assert window.header.gauge.proposed() == 2
    assert window.tabs.tabText(1) == "Mentions (9)"
    assert window.mentions_panel.model.rowCount() == 9
    window.chart.set_range("all")
    drawn = window.chart.chart
    assert drawn is not None
    stored = {c.hour: (c.negative, c.total - c.negative) for c in mentions.hourly(database, incident_id)}
    shown = {
        hour_key(to_iso(h)): (n, o) for h, n, o in zip(drawn.hours, drawn.negative, drawn.other, strict=True) if n or o
    }
    assert shown == stored
    dialog.accept()

    qtbot.mouseClick(window.alert_banner.ack_button, Qt.MouseButton.LeftButton)
    assert not window.alert_banner.isVisible()
    assert rules.firings(database, incident_id)[0].acknowledged_at is not None


def test_a_bad_row_imports_nothing_and_says_which(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    incident_id = _open(window, database)
    dialog = window.import_mentions(_export(tmp_path / "bad.csv", 3, bad_line=True))
    assert dialog is not None
    qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.ui.status_label.text(), timeout=30_000)
    assert "line 6" in dialog.ui.status_label.text()
    assert mentions.count(database, incident_id) == (0, 0)
    dialog.ui.skip_check.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
    assert done.args[0].summary.imported == 4
    assert "line 6" in dialog.ui.summary_view.toPlainText()
    workers.wait_for_all()
    dialog.accept()


def test_cancel_leaves_nothing(qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path) -> None:
    incident_id = _open(window, database)
    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Full Text", "Url", "Sentiment"])
        for n in range(60_000):
            writer.writerow([f"2026-03-14 13:{n % 60:02d}:{n % 59:02d}", f"post {n}", f"https://x/{n}", "neutral"])
    dialog = window.import_mentions(path)
    assert dialog is not None
    dialog.start_import()
    dialog.reject()  # Cancel while it runs: the dialog stays until the worker has stopped
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog._running, timeout=60_000)
    workers.wait_for_all()
    assert dialog.ui.status_label.text() == "Cancelled: nothing was imported."
    assert mentions.count(database, incident_id) == (0, 0)
    dialog.reject()


def test_manual_mention_is_classified_and_relabelled(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _open(window, database)
    dialog = window.add_mention()
    assert dialog is not None
    dialog.ui.text_edit.setPlainText("This is a disgrace, worst delivery ever")
    dialog.ui.url_edit.setText("https://social.example/p/9")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = mentions.page(database, incident_id)
    assert len(stored) == 1 and stored[0].mention.sentiment == Sentiment.NEGATIVE
    window.tabs.setCurrentIndex(1)
    window.mentions_panel.relabel(0, Sentiment.NEUTRAL)
    assert mentions.page(database, incident_id)[0].mention.sentiment == Sentiment.NEUTRAL
    assert "relabelled negative → neutral" in log.entries(database, incident_id)[-1].text


def test_clicking_the_gauge_assesses_and_logs(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _open(window, database)
    qtbot.mouseClick(window.header.gauge, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AssessmentDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_answers({"harm": "no", "legal": "yes"})
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert incidents.get(database, incident_id).level == 5
    last = log.entries(database, incident_id)[-1]
    assert last.kind == "severity" and "Level 5" in last.text


def test_rules_are_edited_in_settings(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    dialog = window.edit_rules()
    assert isinstance(dialog, RulesDialog)
    spin = dialog.ui.rules_table.cellWidget(0, MORE_THAN)
    assert isinstance(spin, QSpinBox)
    spin.setValue(7)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert rules.load(database)[0].more_than == 7


def test_drill_import_dialog_is_marked(qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path) -> None:
    _open(window, database, drill=True)
    dialog = window.import_mentions(_export(tmp_path / "bw.csv", 2))
    assert dialog is not None and dialog.ui.exercise_label.isVisible()
    dialog.reject()
    prompts.clear()
