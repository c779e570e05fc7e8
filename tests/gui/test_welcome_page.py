"""The welcome page: shown with no incident open; each choice does what it says; the set-up persists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts
from crisisroom.gui.incident_dialog import IncidentDialog
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.view_state import LEGACY_ORGANISATION_KEY, settings
from crisisroom.services import demo
from crisisroom.storage import incidents, log, organisation
from crisisroom.storage.database import Database


def _open_dialog(window: MainWindow, kind: type) -> QWidget | None:
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    return found[-1] if found else None


def test_the_welcome_page_is_what_a_first_start_shows(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome_page
    page = window.welcome_page
    for button in (page.start_button, page.drill_button, page.import_button, page.demo_button, page.team_button):
        assert button.isVisible() and button.isEnabled()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.name_edit.accessibleName() == "Organisation name"
    assert page.zone_combo.accessibleName() == "Time zone for new incidents"
    assert page.zone_combo.currentIndex() == 0  # this computer's zone until the organisation sets one


def test_start_an_incident_opens_the_new_incident_dialog_in_the_organisations_zone(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    organisation.set_timezone(database, "America/Halifax", author="Ana")
    qtbot.mouseClick(window.welcome_page.start_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(window, IncidentDialog)
    assert isinstance(dialog, IncidentDialog)
    assert dialog.ui.timezone_combo.currentText() == "America/Halifax"
    dialog.ui.title_edit.setText("Checkout down")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.incident is not None)
    assert window.incident.timezone == "America/Halifax"
    assert window.pages.currentWidget() is not window.welcome_page


def test_rehearse_opens_the_drill_window(qtbot: QtBot, window: MainWindow) -> None:
    from crisisroom.gui.drill.window import DrillWindow

    qtbot.mouseClick(window.welcome_page.drill_button, Qt.MouseButton.LeftButton)
    drill = window.findChild(DrillWindow)
    assert drill is not None and drill.isVisible()
    drill.close()


def test_import_says_an_incident_comes_first_then_opens_the_import_for_it(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from crisisroom.gui.mentions.import_dialog import ImportDialog

    prompts.set_next_answer(False)  # "not now": nothing happens
    qtbot.mouseClick(window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    assert "belong to an incident" in prompts.shown[-1][1]
    assert _open_dialog(window, IncidentDialog) is None

    prompts.set_next_answer(True)
    qtbot.mouseClick(window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(window, IncidentDialog)
    assert isinstance(dialog, IncidentDialog)
    dialog.ui.title_edit.setText("Viral review")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_dialog(window, ImportDialog) is not None)
    importer = _open_dialog(window, ImportDialog)
    assert window.incident is not None and window.incident.title == "Viral review"
    importer.reject()


def test_open_the_demo_makes_it_once_and_shows_it_as_an_exercise(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    shown = window.incident
    assert shown is not None and shown.is_drill and demo.is_demo(database, shown.id)
    assert window.banner.isVisible() and "Demo:" in window.banner.text()
    assert incidents.list_incidents(database) == []  # not a real incident
    assert window.open_demo() == shown.id  # opening it again does not make a second one
    assert len(incidents.list_incidents(database, include_drills=True)) == 1


def test_a_drill_keeps_the_drill_banner(window: MainWindow, database: Database) -> None:
    drill = incidents.create(database, "Tabletop", category=Category.REPUTATION, author="Ana", is_drill=True)
    window.show_drills_action.setChecked(True)
    window.reload_incidents(select_id=drill.id)
    assert "This is a drill" in window.banner.text()


def test_the_organisation_name_typed_here_is_stored_and_logged_only_in_the_organisation_s_log_without_incidents(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    edit = window.welcome_page.name_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Tovelund Oat Co.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert organisation.name(database) == "Tovelund Oat Co."
    assert "Tovelund Oat Co." in window.welcome_page.saved_label.text()
    # The change itself is one entry with no incident (crisisroom log show --organisation); no incident hears of it.
    assert [tuple(row) for row in database.query("SELECT incident_id, text FROM log_entries")] == [
        (None, "Statements now speak for Tovelund Oat Co.")
    ]


def test_a_time_zone_is_found_by_typing_part_of_it_and_stored(window: MainWindow, database: Database) -> None:
    combo = window.welcome_page.zone_combo
    completer = combo.completer()
    completer.setCompletionPrefix("oslo")  # any part of the name, in any case
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Europe/Oslo"
    combo.setEditText(completer.currentCompletion())
    combo.lineEdit().editingFinished.emit()
    assert organisation.timezone_setting(database) == "Europe/Oslo"


def test_an_unknown_time_zone_is_refused_and_nothing_is_stored(window: MainWindow, database: Database) -> None:
    combo = window.welcome_page.zone_combo
    combo.lineEdit().clear()
    prompts.set_next_answer(None)
    combo.setEditText("Mars/Olympus")
    combo.lineEdit().editingFinished.emit()
    assert prompts.shown[-1][0] == "The time zone was not saved"
    assert organisation.timezone_setting(database) == ""
    assert combo.currentIndex() == 0


def test_set_up_your_team_opens_the_team(qtbot: QtBot, window: MainWindow) -> None:
    from crisisroom.gui.settings.team_dialog import TeamDialog

    qtbot.mouseClick(window.welcome_page.team_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(window, TeamDialog)
    assert dialog is not None
    dialog.reject()


def test_a_name_kept_by_an_older_version_moves_into_the_database(qtbot: QtBot, database: Database) -> None:
    settings().setValue(LEGACY_ORGANISATION_KEY, "Northwind Outdoor")
    win = MainWindow(database)
    qtbot.addWidget(win)
    assert organisation.name(database) == "Northwind Outdoor"
    assert settings().value(LEGACY_ORGANISATION_KEY) is None
    assert win.welcome_page.name_edit.text() == "Northwind Outdoor"
    assert log.verify(database)[1] == []
    win.close()
