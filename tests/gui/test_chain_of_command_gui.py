"""The chain of command in the window: Settings' table, the Notify step's warning, the dashboard's, the alert."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crisisroom import exchange as team_exchange
from crisisroom.domain.chain import default_table
from crisisroom.domain.incidents import Category
from crisisroom.domain.team import ROLE_KEYS, Person, example_roster
from crisisroom.gui import prompts
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.settings.chain_editor import HELD_COLUMN, level_column
from crisisroom.gui.settings.dialog import CHAIN, SettingsDialog
from crisisroom.gui.settings.team_dialog import TeamDialog
from crisisroom.gui.wizard.notify_page import NotifyPage
from crisisroom.storage import chain_of_command, incidents, log, rules, team
from crisisroom.storage.database import Database
from tests.unit.test_chain_of_command import real_team
from tests.unit.test_rules import _negatives, _only, _store

BREACH = Category.SECURITY_BREACH


def _settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = window.open_settings(CHAIN)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _notify_page(qtbot: QtBot, database: Database, incident_id: str) -> NotifyPage:
    """The Notify step's page on its own (the wizard adds nothing to what it shows of the chain)."""
    page = NotifyPage(database, incident_id, lambda: "Ana")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def _toggle(qtbot: QtBot, dialog: SettingsDialog, level: int, role_key: str) -> None:
    """Tick or untick a cell as a keyboard user does: go to it, press Space."""
    grid = dialog.chain_editor.grid
    grid.setFocus()
    grid.setCurrentCell(ROLE_KEYS.index(role_key), level_column(level))
    qtbot.keyClick(grid, Qt.Key.Key_Space)


# --- Settings ▸ Chain of command ------------------------------------------------------------------------


def test_the_settings_table_edits_stores_and_restores_the_chain(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    breach = incidents.create(database, "Customer data leak", category=BREACH, author="Ana", level=3)
    dialog = _settings(qtbot, window)
    assert dialog.pages.currentWidget().objectName() == "settings_page_chain"
    editor = dialog.chain_editor
    editor.show_category(BREACH)
    assert editor.type_tabs.tabText(editor.type_tabs.currentIndex()) == "Security breach"
    assert editor.is_ticked(BREACH, 3, "legal") and not editor.is_ticked(BREACH, 3, "ceo")
    assert editor.grid.item(ROLE_KEYS.index("dpo"), HELD_COLUMN).text() == "Sara Haddad"
    _toggle(qtbot, dialog, 3, "legal")
    _toggle(qtbot, dialog, 3, "ceo")
    assert chain_of_command.load(database) == default_table()  # nothing stored before Apply
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    stored = chain_of_command.load(database)
    assert "legal" not in stored.roles(BREACH, 3) and "ceo" in stored.roles(BREACH, 3)
    assert stored.roles(BREACH, 4) == default_table().roles(BREACH, 4)  # other cells as they were
    assert log.entries(database, breach.id)[-1].text.startswith("The chain of command for Security breach changed")
    dialog.reject()

    again = _settings(qtbot, window)  # what was stored is what is shown
    again.chain_editor.show_category(BREACH)
    assert not again.chain_editor.is_ticked(BREACH, 3, "legal") and again.chain_editor.is_ticked(BREACH, 3, "ceo")
    cell = again.chain_editor.grid.item(ROLE_KEYS.index("ceo"), level_column(3))
    assert cell.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(again.chain_editor.defaults_button, Qt.MouseButton.LeftButton)
    _press(qtbot, again, QDialogButtonBox.StandardButton.Ok)
    assert chain_of_command.load(database) == default_table()


def test_the_table_says_when_a_ticked_role_has_nobody(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    team.replace_roster(database, [p for p in real_team() if "dpo" not in p.roles])
    dialog = _settings(qtbot, window)
    dialog.chain_editor.show_category(BREACH)
    held = dialog.chain_editor.grid.item(ROLE_KEYS.index("dpo"), HELD_COLUMN)
    assert held.text() == "nobody" and "Settings ▸ Team" in held.toolTip()
    dialog.reject()


# --- The Notify step -------------------------------------------------------------------------------------


def test_notify_calls_the_breach_chain_and_warns_about_the_example_team(qtbot: QtBot, database: Database) -> None:
    incident = incidents.create(database, "Customer data leak", category=BREACH, author="Ana", level=3)
    page = _notify_page(qtbot, database, incident.id)
    called = [row.person.name for row in page.rows]
    assert {"Daniel Okafor", "Clara Moreau", "Sara Haddad"} <= set(called)  # security, legal, DPO at level 3
    assert page.chain_heading.text() == "The chain of command for Security breach at Level 3 · Serious"
    assert [r.name for r in page._sheet()[0]] == called  # the call sheet is the same chain
    assert page.chain_warning.isVisibleTo(page)
    text = page.chain_warning.text_label.text()
    assert "made-up example team" in text and "Settings ▸ Team" in text
    assert not page.chain_warning.chain_button.isVisibleTo(page)  # the team fixes this, not the chain

    # The button opens the team; once it holds real people the warning is gone.
    qtbot.mouseClick(page.chain_warning.team_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TeamDialog)
    assert dialog is not None and dialog.isVisible()
    team.replace_roster(database, real_team())
    dialog.roster_changed.emit()
    assert not page.chain_warning.isVisibleTo(page)
    dialog.close()


def test_notify_in_a_drill_warns_about_a_missing_role_but_not_the_example_team(
    qtbot: QtBot, database: Database
) -> None:
    drill = incidents.create(database, "Leak drill", category=BREACH, author="Ana", level=3, is_drill=True)
    page = _notify_page(qtbot, database, drill.id)
    assert not page.chain_warning.isVisibleTo(page)  # the example team is there to play drills with
    team.replace_roster(database, [p for p in example_roster() if "dpo" not in p.roles])
    page.refresh()
    assert page.chain_warning.isVisibleTo(page)
    assert page.chain_warning.lines == [
        "Missing from the team for Security breach at level 3: Data protection officer. Give each role to someone "
        "in Settings ▸ Team, or change the chain of command in Settings."
    ]


# --- The dashboard --------------------------------------------------------------------------------------


def _import_team(qtbot: QtBot, window: MainWindow, people: list[Person], folder: Path) -> None:
    """Replace the roster as a person does from the dashboard's warning: Open the team…, Import…."""
    sheet = folder / f"team-{len(people)}.csv"
    team_exchange.export_roster(sheet, people, "csv")
    qtbot.mouseClick(window.chain_warning.team_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(TeamDialog) if d.isVisible())
    prompts.set_next_answer(sheet)
    prompts.set_next_answer(True)
    with qtbot.waitSignal(dialog.roster_changed):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    dialog.close()


def test_the_dashboard_warns_until_it_is_fixed(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    real = incidents.create(database, "Customer data leak", category=BREACH, author="Ana", level=3)
    drill = incidents.create(database, "Leak drill", category=BREACH, author="Ana", level=3, is_drill=True)
    window.reload_incidents(select_id=real.id)
    assert window.chain_warning.isVisible()
    assert "made-up example team" in window.chain_warning.text_label.text()
    window.open_incident(drill.id)
    assert not window.chain_warning.isVisible()
    window.open_incident(real.id)
    # Real people, but nobody is the data-protection officer a breach calls for.
    _import_team(qtbot, window, [p for p in real_team() if "dpo" not in p.roles], tmp_path)
    assert window.chain_warning.isVisible() and window.chain_warning.chain_button.isVisible()
    assert "made-up" not in window.chain_warning.text_label.text()
    assert "Data protection officer" in window.chain_warning.text_label.text()
    # The chain button opens Settings at the chain of command.
    qtbot.mouseClick(window.chain_warning.chain_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.pages.currentWidget().objectName() == "settings_page_chain"
    dialog.reject()
    _import_team(qtbot, window, real_team(), tmp_path)
    assert not window.chain_warning.isVisible()


def test_the_alert_banner_names_whom_to_call_with_phone_and_backup(window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Viral review", category=Category.REPUTATION, author="Ana", level=2)
    _only(database, {"assign"})
    _store(database, incident.id, _negatives(0, 8))
    assert rules.evaluate(database, incident.id)
    window.reload_incidents(select_id=incident.id)
    text = window.alert_banner.text_label.text()
    assert "Call: <b>PR manager</b> — Tomás Rivera, +44 7700 900103 (backup Maya Lindqvist, +44 7700 900101)." in text
