"""Settings ▸ Settings…: every page loads; the organisation's fields persist; backups and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.incidents import Category
from crisisroom.gui import i18n, prompts
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.settings.dialog import DATA, KEYCHAIN, ORGANISATION, RULES, TEAM, UPDATES, SettingsDialog
from crisisroom.storage import backups, incidents, log, organisation, updates
from crisisroom.storage.database import Database
from crisisroom.system import paths


def _dialog(qtbot: QtBot, window: MainWindow, page: str | None = None) -> SettingsDialog:
    dialog = window.open_settings(page)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_the_menu_entry_and_its_shortcut(window: MainWindow) -> None:
    action = window.settings_action
    assert action.text() == "&Settings…"
    expected = QKeySequence(QKeySequence.StandardKey.Preferences)
    assert action.shortcut() == (expected if not expected.isEmpty() else QKeySequence("Ctrl+,"))
    assert not action.shortcut().isEmpty()


def test_every_page_loads(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    dialog = _dialog(qtbot, window)
    titles = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert titles == [
        "Organisation",
        "Escalation rules",
        "Updates",
        "Team",
        "Chain of command",
        "Message templates",
        "Data and backups",
        "Keychain",
    ]
    for row in range(dialog.page_list.count()):
        dialog.page_list.setCurrentRow(row)
        assert dialog.pages.currentIndex() == row
        assert dialog.pages.currentWidget().isVisible()
    assert "Assign to PR" in dialog.rules_label.text()
    assert "made-up example" in dialog.team_label.text()
    assert str(database.path) == dialog.backups_page.path_label.text()
    # The in-memory keyring of the tests is a usable keychain.
    assert "Ready" in dialog.keychain_state.text()
    dialog.reject()


def test_the_keychain_page_says_what_is_wrong_and_how_to_fix_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: object
) -> None:
    from crisisroom.secrets import keychain
    from crisisroom.secrets.advice import Problem
    from crisisroom.secrets.errors import KeychainError

    def locked(self: object) -> None:
        raise KeychainError(Problem.LOCKED, "the keychain is locked")

    monkeypatch.setattr(keychain.Keychain, "check", locked)  # type: ignore[attr-defined]
    dialog = _dialog(qtbot, window, KEYCHAIN)
    assert "Not usable" in dialog.keychain_state.text()
    assert "locked" in dialog.keychain_state.text()
    assert "Unlock" in dialog.keychain_advice.text()
    dialog.reject()


def test_organisation_time_zone_cadence_and_language_persist(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    open_id = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana").id
    dialog = _dialog(qtbot, window, ORGANISATION)
    dialog.name_edit.setText("Tovelund Oat Co.")
    dialog.zone_combo.set_zone("Europe/Helsinki")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
    dialog.show_page(UPDATES)
    dialog.every_spin.setValue(30)
    dialog.after_spin.setValue(45)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    assert organisation.name(database) == "Tovelund Oat Co."
    assert organisation.timezone_setting(database) == "Europe/Helsinki"
    assert organisation.default_cadence(database) == Cadence(5, 30, 2, 45)
    assert updates.cadence(database, open_id) == Cadence(5, 30, 2, 45)
    assert i18n.configured_language() == "sv"
    texts = [e.text for e in log.entries(database, open_id)]
    assert "Statements now speak for Tovelund Oat Co." in texts
    assert any("update rhythm changed" in t for t in texts)
    # Shown again as stored, and by the welcome page too.
    again = _dialog(qtbot, window)
    assert again.name_edit.text() == "Tovelund Oat Co."
    assert again.zone_combo.currentText() == "Europe/Helsinki"
    assert again.after_spin.value() == 45
    assert again.language_combo.currentData() == "sv"
    again.reject()
    i18n.set_configured_language("")


def test_cancel_stores_nothing(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    dialog = _dialog(qtbot, window)
    dialog.name_edit.setText("Not this")
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert organisation.name(database) == ""


def test_a_bad_value_is_named_and_nothing_is_stored(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    dialog = _dialog(qtbot, window)
    dialog.name_edit.setText("Tovelund Oat Co.")
    dialog.zone_combo.setEditText("Mars/Olympus")
    prompts.set_next_answer(None)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert prompts.shown[-1][0] == "The settings were not saved"
    assert "unknown time zone" in prompts.shown[-1][1]
    assert dialog.isVisible()
    assert organisation.name(database) == ""
    assert database.query("SELECT count(*) FROM organisation_settings")[0][0] == 0
    dialog.reject()


def test_the_rules_page_opens_the_rules_editor_and_shows_what_was_saved(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    from crisisroom.gui.mentions.rules_dialog import RulesDialog

    dialog = _dialog(qtbot, window, RULES)
    qtbot.mouseClick(dialog.findChild(object, "edit_rules_button"), Qt.MouseButton.LeftButton)
    editor = [w for w in window.findChildren(RulesDialog) if w.isVisible()][-1]
    editor.ui.rules_table.cellWidget(0, 2).setValue(7)
    editor.accept()
    qtbot.waitUntil(lambda: "more than 7" in dialog.rules_label.text())
    dialog.reject()


def test_the_team_page_opens_the_team(qtbot: QtBot, window: MainWindow) -> None:
    from crisisroom.gui.settings.team_dialog import TeamDialog

    dialog = _dialog(qtbot, window, TEAM)
    qtbot.mouseClick(dialog.findChild(object, "open_team_button"), Qt.MouseButton.LeftButton)
    team = [w for w in window.findChildren(TeamDialog) if w.isVisible()]
    assert team
    team[-1].reject()
    dialog.reject()


def test_back_up_now_writes_a_checked_file_that_the_list_shows(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    dialog = _dialog(qtbot, window, DATA)
    page = dialog.backups_page
    assert backups.list_backups(database.path) == []
    with qtbot.waitSignal(page.backup_made, timeout=10_000) as made:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    path = Path(made.args[0])
    assert path.is_file() and path.parent == paths.backup_dir(database.path)
    assert backups.list_backups(database.path) == [path]
    assert page.list.topLevelItem(0).text(2) == path.name
    assert page.list.topLevelItem(0).text(1)  # its size
    dialog.reject()


def test_restore_refuses_a_damaged_file_with_a_clear_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    incident_id = incidents.create(database, "Keep me", category=Category.REPUTATION, author="Ana").id
    entries_before = len(log.entries(database, incident_id))
    folder = paths.backup_dir(database.path)
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "crisisroom-20260101T000000000000Z.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    dialog = _dialog(qtbot, window, DATA)
    page = dialog.backups_page
    page.refresh()
    page.list.setCurrentItem(page.list.topLevelItem(0))
    prompts.set_next_answer(True)  # yes, restore
    prompts.set_next_answer(None)  # the error is read
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    title, text = prompts.shown[-1]
    assert title == "The backup was not restored"
    assert "not a Crisis Room database" in text and "left as it is" in text
    assert [i.id for i in incidents.list_incidents(database)] == [incident_id]
    assert len(log.entries(database, incident_id)) == entries_before
    assert list(folder.glob("before-restore-*")) == []  # nothing was even set aside
    dialog.reject()


def test_restore_from_a_good_backup_brings_back_what_it_held(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    kept = incidents.create(database, "In the backup", category=Category.REPUTATION, author="Ana").id
    made = backups.backup_to(database, paths.backup_dir(database.path))
    incidents.create(database, "After the backup", category=Category.REPUTATION, author="Ana")
    dialog = _dialog(qtbot, window, DATA)
    page = dialog.backups_page
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.selected_path() == made
    prompts.set_next_answer(True)
    prompts.set_next_answer(None)  # "Restored"
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "Restored"
    assert [i.id for i in incidents.list_incidents(database)] == [kept]
    dialog.reject()


def test_ok_after_a_restore_keeps_the_restored_settings(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    """The dialog shows the restored contents' settings, so OK does not write the old ones back."""
    organisation.set_name(database, "Name in the backup", author="Ana")
    made = backups.backup_to(database, paths.backup_dir(database.path))
    organisation.set_name(database, "Name typed later", author="Ana")
    dialog = _dialog(qtbot, window, DATA)
    assert dialog.name_edit.text() == "Name typed later"
    page = dialog.backups_page
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.selected_path() == made
    prompts.set_next_answer(True)
    prompts.set_next_answer(None)  # "Restored"
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "Name in the backup"
    assert dialog.apply()
    assert organisation.name(database) == "Name in the backup"
    dialog.reject()
