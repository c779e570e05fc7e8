"""The Team dialog as a person uses it: the table, the person editor, remove, import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crisisroom.domain.team import Person, example_roster
from crisisroom.exchange import read_vcards, write_csv
from crisisroom.gui import prompts
from crisisroom.gui.settings.person_dialog import PersonDialog
from crisisroom.gui.settings.team_dialog import BACKUP, LEVELS_COLUMN, NAME, PHONE, ROLES, TeamDialog
from crisisroom.storage import team
from crisisroom.storage.database import Database
from tests.team_tables import ensure_team_tables

EXAMPLE_SIZE = len(example_roster())


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> TeamDialog:
    dlg = TeamDialog(ensure_team_tables(database))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def cell(dialog: TeamDialog, row: int, column: int) -> str:
    return dialog.ui.people_table.item(row, column).text()


def names(dialog: TeamDialog) -> list[str]:
    return [cell(dialog, row, NAME) for row in range(dialog.ui.people_table.rowCount())]


def press_ok(qtbot: QtBot, editor: PersonDialog) -> None:
    qtbot.mouseClick(editor.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def check_role(editor: PersonDialog, label: str) -> None:
    roles = editor.ui.roles_list
    item = next(roles.item(i) for i in range(roles.count()) if roles.item(i).text() == label)
    item.setCheckState(Qt.CheckState.Checked)


def test_the_example_team_is_shown_and_marked_as_made_up(dialog: TeamDialog) -> None:
    assert names(dialog) == [p.name for p in example_roster()]
    assert dialog.ui.example_label.isVisible()
    assert cell(dialog, 2, ROLES) == "Spokesperson, PR / media officer"
    assert cell(dialog, 2, PHONE) == "+44 7700 900103"
    assert cell(dialog, 2, BACKUP) == "Maya Lindqvist"
    assert cell(dialog, 2, LEVELS_COLUMN) == "2–5"
    assert cell(dialog, 6, BACKUP) == "—"  # Clara Moreau has no backup
    assert not dialog.ui.edit_button.isEnabled() and not dialog.ui.remove_button.isEnabled()
    assert dialog.ui.level_hint_label.text() == f"{EXAMPLE_SIZE} people"


def test_the_level_filter_shows_that_level_s_chain_of_command(dialog: TeamDialog) -> None:
    dialog.show_level(1)
    assert names(dialog) == ["Aisha Bello"]
    assert dialog.ui.level_hint_label.text().startswith("1 person · Customer support")
    dialog.show_level(5)
    assert len(names(dialog)) == EXAMPLE_SIZE and names(dialog)[0] == "Maya Lindqvist"
    dialog.show_level(None)
    assert len(names(dialog)) == EXAMPLE_SIZE
    assert not dialog.type_combo.isVisibleTo(dialog)  # the whole team has no crisis type


def test_the_chain_shown_follows_the_crisis_type_too(dialog: TeamDialog) -> None:
    dialog.show_level(3, "security-breach")
    assert dialog.type_combo.isVisibleTo(dialog)
    # A breach brings the security lead, legal and the data-protection officer in at level 3.
    assert {"Daniel Okafor", "Clara Moreau", "Sara Haddad"} <= set(names(dialog))
    dialog.show_level(3, "reputation")
    assert not {"Daniel Okafor", "Clara Moreau", "Sara Haddad"} & set(names(dialog))
    dialog.show_level(3, "operational")
    assert {"Lukas Novak", "Kenji Ito"} <= set(names(dialog))


def test_adding_a_person_as_a_user_types_it(qtbot: QtBot, dialog: TeamDialog, database: Database) -> None:
    with qtbot.waitSignal(dialog.roster_changed):
        qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
        editor = dialog.findChild(PersonDialog)
        assert editor is not None and editor.isVisible()
        ok = editor.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and ok.text() == "Add to team"  # a name first
        qtbot.keyClicks(editor.ui.name_edit, "Sam Quinn")
        qtbot.keyClicks(editor.ui.phone_edit, "+46 70 123 45 67")
        qtbot.keyClicks(editor.ui.email_edit, "sam@example.se")
        check_role(editor, "Scribe")
        check_role(editor, "Legal counsel")
        for number in (4, 5):
            qtbot.mouseClick(editor.level_check(number), Qt.MouseButton.LeftButton)
        assert editor.ui.levels_hint_label.text() == "Called from level 4 (crisis) up."
        editor.ui.backup_combo.setCurrentIndex(editor.ui.backup_combo.findText("Clara Moreau  (Legal counsel)"))
        press_ok(qtbot, editor)
    sam = next(p for p in team.list_people(database) if p.name == "Sam Quinn")
    assert (sam.phone, sam.email, sam.roles, sam.levels) == (
        "+46 70 123 45 67",
        "sam@example.se",
        ("scribe", "legal"),
        (4, 5),
    )
    assert team.get(database, sam.backup_id or "").name == "Clara Moreau"
    assert "Sam Quinn" in names(dialog) and dialog.selected_person() == sam
    assert dialog.ui.status_label.text() == "Saved Sam Quinn."


def test_a_bad_entry_keeps_the_editor_open_and_saves_nothing(
    qtbot: QtBot, dialog: TeamDialog, database: Database
) -> None:
    editor = dialog.add_person()
    qtbot.keyClicks(editor.ui.name_edit, "maya LINDQVIST")
    press_ok(qtbot, editor)
    assert editor.isVisible()
    assert editor.ui.error_label.text() == ("Maya Lindqvist is already on the team; give this person a different name")
    editor.ui.name_edit.setText("Sam")
    qtbot.keyClicks(editor.ui.email_edit, "sam at example")
    press_ok(qtbot, editor)
    assert editor.isVisible() and editor.ui.error_label.text().startswith("The e-mail address of Sam")
    editor.reject()
    assert len(team.list_people(database)) == EXAMPLE_SIZE


def test_editing_changes_the_stored_person(qtbot: QtBot, dialog: TeamDialog, database: Database) -> None:
    dialog.select_person(dialog.people[2].id)  # Tomás Rivera
    qtbot.mouseClick(dialog.ui.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.findChild(PersonDialog)
    assert editor is not None and editor.windowTitle() == "Edit Tomás Rivera"
    assert editor.ui.backup_combo.currentText() == "Maya Lindqvist  (Crisis lead)"
    assert editor.level_check(2).isChecked() and not editor.level_check(1).isChecked()
    editor.ui.phone_edit.setText("+44 20 7946 0999")
    qtbot.mouseClick(editor.level_check(2), Qt.MouseButton.LeftButton)  # no longer at level 2
    editor.ui.backup_combo.setCurrentIndex(0)  # "No backup"
    press_ok(qtbot, editor)
    tomas = team.get(database, dialog.people[2].id)
    assert (tomas.phone, tomas.levels, tomas.backup_id) == ("+44 20 7946 0999", (3, 4, 5), None)
    assert cell(dialog, 2, PHONE) == "+44 20 7946 0999" and cell(dialog, 2, BACKUP) == "—"


def test_removing_a_backup_asks_and_says_who_loses_their_backup(dialog: TeamDialog, database: Database) -> None:
    maya = dialog.people[0]
    dialog.select_person(maya.id)
    prompts.set_next_answer(False)
    assert not dialog.remove_person()
    assert len(team.list_people(database)) == EXAMPLE_SIZE
    prompts.set_next_answer(True)
    assert dialog.remove_person()
    title, text = prompts.shown[-1]
    assert title == "Remove from the team"
    assert "Maya Lindqvist is the backup of Tomás Rivera, Daniel Okafor; they will have no backup" in text
    people = {p.name: p for p in team.list_people(database)}
    assert "Maya Lindqvist" not in people and people["Tomás Rivera"].backup_id is None
    assert "Maya Lindqvist" not in names(dialog)
    assert dialog.ui.status_label.text() == "Removed Maya Lindqvist."


def test_import_replaces_the_team_after_asking(
    qtbot: QtBot, dialog: TeamDialog, database: Database, tmp_path: Path
) -> None:
    sheet = tmp_path / "our team.csv"
    sheet.write_bytes(
        b"name,roles,phone,email,backup,levels,desk\r\n"
        b"Ana Lima,Crisis lead,+44 20 7946 0000,ana@example.org,Bo Ek,3;4;5,A\r\n"
        b"Bo Ek,Spokesperson,+44 20 7946 0001,bo@example.org,Ana Lima,4-5,B\r\n"
    )
    prompts.set_next_answer(sheet)
    prompts.set_next_answer(True)
    with qtbot.waitSignal(dialog.roster_changed):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    title, text = prompts.shown[-1]
    assert title == "Import the team"
    assert text.startswith(f"Replace the {EXAMPLE_SIZE} people on the team with the 2 people in our team.csv?")
    assert "• Ignored the column 'desk'" in text
    assert [p.name for p in team.list_people(database)] == ["Ana Lima", "Bo Ek"]
    assert names(dialog) == ["Ana Lima", "Bo Ek"]
    assert not dialog.ui.example_label.isVisible()
    assert dialog.ui.status_label.text() == "Imported 2 people from our team.csv."


def test_a_bad_import_says_where_and_changes_nothing(dialog: TeamDialog, database: Database, tmp_path: Path) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bo\r\n")
    prompts.set_next_answer(cards)
    prompts.set_next_answer(None)  # the error box is read and closed
    assert not dialog.import_team()
    title, text = prompts.shown[-1]
    assert title == "The team was not imported"
    assert text.startswith("contacts.vcf: line 5: this vCard never ends")
    assert len(team.list_people(database)) == EXAMPLE_SIZE and len(names(dialog)) == EXAMPLE_SIZE


def test_export_writes_a_vcard_and_a_csv(dialog: TeamDialog, database: Database, tmp_path: Path) -> None:
    prompts.set_next_answer(tmp_path / "team.vcf")
    assert dialog.export_team() == tmp_path / "team.vcf"
    assert [p.name for p in read_vcards((tmp_path / "team.vcf").read_bytes()).people] == names(dialog)
    prompts.set_next_answer(tmp_path / "team")  # no extension: CSV
    assert dialog.export_team() == tmp_path / "team.csv"
    assert (tmp_path / "team.csv").read_bytes() == write_csv(team.list_people(database))
    prompts.set_next_answer(None)  # cancelled
    assert dialog.export_team() is None


def test_the_example_team_comes_back_on_request(dialog: TeamDialog, database: Database) -> None:
    team.replace_roster(database, [Person("p-ana", "Ana Lima")])
    dialog.reload()
    prompts.set_next_answer(True)
    assert dialog.use_example_team()
    assert len(team.list_people(database)) == EXAMPLE_SIZE and dialog.ui.example_label.isVisible()


def test_the_keyboard_alone_edits_and_removes(qtbot: QtBot, dialog: TeamDialog, database: Database) -> None:
    table = dialog.ui.people_table
    table.setFocus()
    dialog.select_person(dialog.people[-1].id)  # Ruth Adeyemi
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = dialog.findChild(PersonDialog)
    assert editor is not None and editor.windowTitle() == "Edit Ruth Adeyemi"
    editor.reject()
    prompts.set_next_answer(True)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert prompts.shown[-1] == (
        "Remove from the team",
        "Remove Ruth Adeyemi from the team?\n\n"
        "Ruth Adeyemi is the backup of Henrik Sato; that person will have no backup "
        "until you choose another.",
    )
    assert "Ruth Adeyemi" not in [p.name for p in team.list_people(database)]


def test_a_vcard_import_shows_the_cards_left_out_with_their_lines(
    dialog: TeamDialog, database: Database, tmp_path: Path
) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Ana Lima\r\r\nTEL;TYPE=CELL:+44 7700 900555\r\r\nEND:VCARD\r\r\n"
        b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nTEL:+44 20 7946 0999\r\r\nEND:VCARD\r\r\n"
    )
    prompts.set_next_answer(True)
    assert dialog.import_team(cards)
    title, text = prompts.shown[-1]
    assert title == "Import the team"
    assert (
        "Left out, not imported:\n• line 6: this vCard has no name (no FN or N line, only the phone '+44 20 7946 0999')"
        in text
    )
    assert [p.name for p in team.list_people(database)] == ["Ana Lima"]


def test_each_change_is_one_entry_in_the_organisation_s_log_by_whoever_works(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from crisisroom.storage import log

    dialog = TeamDialog(ensure_team_tables(database), author=lambda: "Ana Lima")
    qtbot.addWidget(dialog)
    dialog.select_person(dialog.people[-1].id)  # Ruth Adeyemi
    prompts.set_next_answer(True)
    assert dialog.remove_person()
    sheet = tmp_path / "team.csv"
    sheet.write_text("name,roles\nBo Ek,Scribe\n", encoding="utf-8")
    prompts.set_next_answer(True)
    assert dialog.import_team(sheet)
    prompts.set_next_answer(True)
    assert dialog.use_example_team()
    entries = log.organisation_entries(database)
    example = f"The team was replaced with the example team of made-up people: {EXAMPLE_SIZE}"
    assert [(e.author, e.text) for e in entries] == [
        ("Ana Lima", "Removed Ruth Adeyemi from the team; no backup now for Henrik Sato"),
        ("Ana Lima", f"The team was imported from team.csv: 1 person (it had {EXAMPLE_SIZE - 1})"),
        ("Ana Lima", f"{example} people (it had 1)"),
    ]
