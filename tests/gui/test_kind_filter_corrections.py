"""The window's kind filter keeps each correction with the entry it corrects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.models.log_model import TEXT
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database


def test_filtering_on_decision_shows_the_correction_beside_the_struck_original(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Kettles", category=Category.OPERATIONAL, author="Ana").id
    decision = log.append(database, incident, "Recall kettles from batch 7 tomorow", kind=Kind.DECISION, author="Ana")
    log.append(database, incident, "Supplier called back", author="Ana")
    log.correct(database, decision.id, "Recall kettles from batch 7 and 8 today", author="Eve")
    window.reload_incidents(select_id=incident)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(Kind.DECISION.value))
    model = window.log_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    texts = [model.index(r, TEXT).data() for r in range(model.rowCount())]
    assert texts == ["Correction: Recall kettles from batch 7 and 8 today", "Recall kettles from batch 7 tomorow"]
    assert model.index(1, TEXT).data(Qt.ItemDataRole.FontRole).strikeOut()
    qtbot.waitUntil(lambda: window.match_label.text() == "2 matching")
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(Kind.NOTE.value))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.entry(0).text == "Supplier called back"
