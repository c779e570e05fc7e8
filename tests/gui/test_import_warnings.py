"""The import dialog says under its preview what the import would warn about, and the summary keeps it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import workers
from crisisroom.gui.mentions.import_dialog import ImportDialog
from crisisroom.storage import incidents, mentions, organisation, rules
from crisisroom.storage.database import Database

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def _dialog(qtbot: QtBot, database: Database, path: Path) -> tuple[ImportDialog, str]:
    incident = incidents.create(database, "Flights", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    dialog = ImportDialog(database, incident, author="Ana", path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, incident.id


def test_date_only_rows_are_warned_about_under_the_preview(qtbot: QtBot, database: Database) -> None:
    dialog, incident_id = _dialog(qtbot, database, DATA / "reddit-dates-only.csv")
    label = dialog.warnings_label
    assert label.isVisible()
    assert label.text().startswith("⚠ 4 rows have a date but no time (first at lines 2, 3, 4, 5)")
    assert dialog._ok_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
    workers.wait_for_all()
    assert "4 rows have a date but no time" in dialog.ui.summary_view.toPlainText()
    assert mentions.hourly(database, incident_id) == [] and rules.firings(database, incident_id) == []


def test_local_time_is_warned_about_and_the_zone_box_settles_it(qtbot: QtBot, database: Database) -> None:
    organisation.set_timezone(database, "Europe/Stockholm", author="Ana")
    dialog, _ = _dialog(qtbot, database, DATA / "twitter-local-time.csv")
    assert dialog.warnings_label.isVisible()
    assert dialog.warnings_label.text().endswith("import again with --tz Europe/Stockholm")
    dialog.ui.timezone_combo.setCurrentText("Europe/Stockholm")
    dialog.load_preview()
    assert not dialog.warnings_label.isVisible()


def test_an_ambiguous_zone_shows_on_the_row_and_the_zone_box_settles_it(qtbot: QtBot, database: Database) -> None:
    dialog, _ = _dialog(qtbot, database, DATA / "ist-dates.csv")
    problem = dialog.ui.preview_table.item(0, 6).text()
    assert "IST could mean India" in problem and "Asia/Kolkata" in problem
    dialog.ui.timezone_combo.setCurrentText("Asia/Kolkata")
    dialog.load_preview()
    assert dialog.ui.preview_table.item(0, 6).text() == ""
    assert not dialog.warnings_label.isVisible()
