"""The window shows unscored mentions explicitly and date-only mentions without a made-up 00:00."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import HourCount
from crisisroom.gui import workers
from crisisroom.gui.mentions.import_dialog import ImportDialog
from crisisroom.gui.mentions.model import POSTED
from crisisroom.gui.mentions.panel import MentionsPanel
from crisisroom.gui.widgets.mentions_chart import MentionsChart
from crisisroom.services.mentions import import_file
from crisisroom.storage import incidents
from crisisroom.storage.database import Database
from tests.unit.test_unscored_and_date_only import write_unscored_export


def test_the_preview_and_the_summary_say_how_many_are_not_scored(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    incident = incidents.create(database, "Flights", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    dialog = ImportDialog(database, incident, author="Ana", path=write_unscored_export(tmp_path / "mixed.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.unscored_label
    assert label.isVisible()
    assert label.text() == "4 of the first 6 rows are not scored: language not supported (3), too short (1)"
    assert dialog.ui.preview_table.item(1, 4).text() == "not scored"
    if os.environ.get("GAPS_SCREENSHOT"):
        dialog.resize(900, 700)
        qtbot.wait(50)
        dialog.grab().save(os.environ["GAPS_SCREENSHOT"])
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
    workers.wait_for_all()
    assert "4 mentions not scored: language not supported (3), too short (1)" in (dialog.ui.summary_view.toPlainText())
    assert not label.isVisible()


def test_the_mentions_panel_filters_not_scored_and_shows_date_only_dates(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    incident = incidents.create(database, "Flights", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    import_file(database, incident, write_unscored_export(tmp_path / "mixed.csv"), author="Ana")
    dated = tmp_path / "dated.csv"
    dated.write_text("created_date,text,id\n2026-03-12,Strike at the hub and queues everywhere,d1\n", encoding="utf-8")
    import_file(database, incident, dated, author="Ana")
    panel = MentionsPanel(database, lambda: "Ana")
    qtbot.addWidget(panel)
    panel.show_incident(incident.id)
    filter_box = panel.sentiment_filter
    index = filter_box.findText("Not scored")
    assert index >= 0
    filter_box.setCurrentIndex(index)
    model = panel.model
    shown = {model.stored(row).mention.text for row in range(model.rowCount())}
    assert shown == {
        "Das ist wirklich schlecht, der Flug wurde ohne Warnung gestrichen",
        "Der Kundenservice ist eine Katastrophe, niemand hilft uns",
        "El vuelo fue cancelado sin aviso y nadie responde",
        "nope",
    }
    filter_box.setCurrentIndex(0)
    assert model.rowCount() == 7
    row = next(r for r in range(model.rowCount()) if model.stored(r).mention.text.startswith("Strike"))
    assert model.data(model.index(row, POSTED)) == "2026-03-12, time unknown"
    other = next(r for r in range(model.rowCount()) if model.stored(r).mention.text == "nope")
    assert model.data(model.index(other, POSTED)) == "2026-03-14 09:20"


def test_the_chart_key_names_not_scored_only_when_there_are_some(qtbot: QtBot) -> None:
    widget = MentionsChart(clock=lambda: datetime(2026, 3, 14, 12, tzinfo=UTC))
    qtbot.addWidget(widget)
    widget.resize(1400, 300)
    widget.show()
    widget.set_data([HourCount("2026-03-14T09:00:00Z", 5, 1)], zone=UTC)
    widget.redraw()
    assert "Not scored" not in widget.legend_label.text()
    widget.set_data([HourCount("2026-03-14T09:00:00Z", 5, 1, 2)], zone=UTC)
    widget.redraw()
    assert "Not scored" in widget.legend_label.text()
    assert widget.chart is not None and "2 not scored" in widget.chart.describe_hour(widget.chart.unscored.index(2))
