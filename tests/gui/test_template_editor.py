"""The template editor, driven as a person would: pick, type, see the preview and its length, save, reset."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category, Incident
from crisisroom.gui import prompts
from crisisroom.gui.settings.template_editor import TemplateEditor
from crisisroom.reports.environments import shipped_source
from crisisroom.reports.statement_templates import SHARED, frame_template_name, message_context, message_template_name
from crisisroom.storage import templates
from crisisroom.storage.database import Database
from tests.template_tables import ensure_template_tables

CUSTOMERS = message_template_name("security-breach", "customers", "holding")
SHORT = message_template_name("security-breach", "public-posts", "holding", short=True)


@pytest.fixture
def editor(qtbot: QtBot, database: Database) -> Iterator[TemplateEditor]:
    ensure_template_tables(database)
    dialog = TemplateEditor(database, {})
    # Not qtbot.addWidget: pytest-qt closes its widgets before fixtures tear down, and closing
    # with unsaved changes asks a question that only this fixture can answer.
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.isVisible() and dialog.has_unsaved_changes():
        prompts.set_next_answer(True)  # "Discard changes?" at the end of a test
    dialog.close()
    dialog.deleteLater()


def _type_at_end(qtbot: QtBot, editor: TemplateEditor, text: str) -> None:
    """Type ASCII text at the end, pressing Return for line breaks (QTest cannot type "\n")."""
    edit = editor.ui.source_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def _wait_for_preview(qtbot: QtBot, editor: TemplateEditor) -> None:
    qtbot.waitUntil(lambda: not editor._timer.isActive(), timeout=3000)


def test_opens_on_the_public_holding_statement_with_a_sample(editor: TemplateEditor) -> None:
    assert editor.current_name == message_template_name(Category.OPERATIONAL, "public-posts", "holding")
    assert editor.ui.source_edit.toPlainText() == shipped_source(editor.current_name)
    assert "Card payments at checkout are failing" in editor.ui.preview_view.toPlainText()
    assert "sample incident" in editor.ui.preview_note_label.text()
    assert editor.measure_summary()[0] == "Threads: 363 / 500 fits"
    assert not editor.ui.save_button.isEnabled()
    assert not editor.ui.reset_button.isEnabled()


def test_a_typo_shows_the_line_in_red_and_cannot_be_saved(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.select(CUSTOMERS)
    edit = editor.ui.source_edit
    cursor = edit.document().find("We are sorry for the worry this causes.")
    cursor.clearSelection()
    edit.setTextCursor(cursor)
    line = cursor.blockNumber() + 1
    qtbot.keyClicks(edit, " Ask {{ contcat }}.")
    _wait_for_preview(qtbot, editor)
    assert editor.ui.error_label.isVisible()
    assert (
        editor.ui.error_label.text() == f"Line {line}: 'contcat' is not a field of the message; did you mean 'contact'?"
    )
    assert editor.ui.preview_view.toPlainText() == ""  # never half a message
    assert editor.measure_summary() == []
    assert not editor.ui.save_button.isEnabled()
    assert "(unsaved)" in editor.windowTitle()
    [selection] = edit.extraSelections()  # the line is marked in the editor
    assert selection.cursor.blockNumber() == line - 1

    for _ in "cat }}.":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "act }}.")
    _wait_for_preview(qtbot, editor)
    assert editor.problem() is None
    assert not editor.ui.error_label.isVisible()
    assert "We are sorry for the worry this causes. Ask help@northwind.example." in editor.ui.preview_view.toPlainText()
    assert editor.ui.save_button.isEnabled()


def test_save_then_reset_to_ours(qtbot: QtBot, editor: TemplateEditor, database: Database) -> None:
    editor.select(SHORT)
    edit = editor.ui.source_edit
    new_text = edit.toPlainText().replace("We're dealing with a security problem.", "We are on a security problem.")
    cursor = edit.document().find("We're dealing with a security problem.")
    edit.setTextCursor(cursor)  # the sentence selected, as by a double-click and drag
    qtbot.keyClicks(edit, "We are on a security problem.")
    assert edit.toPlainText() == new_text
    _wait_for_preview(qtbot, editor)
    assert editor.ui.preview_view.toPlainText().startswith("We are on a security problem.")
    with qtbot.waitSignal(editor.template_saved) as saved:
        qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [SHORT]
    override = templates.get_override(database, SHORT)
    assert override is not None and override.source == new_text and override.saved_by == "Test Author"
    assert editor._items[SHORT].text(1) == "edited"
    assert editor.ui.status_label.text().startswith("Edited by Test Author on ")
    assert not editor.ui.save_button.isEnabled() and editor.ui.reset_button.isEnabled()

    prompts.set_next_answer(True)  # "Reset to our version?"
    with qtbot.waitSignal(editor.template_saved):
        qtbot.mouseClick(editor.ui.reset_button, Qt.MouseButton.LeftButton)
    assert templates.get_override(database, SHORT) is None
    assert edit.toPlainText() == shipped_source(SHORT)
    assert editor._items[SHORT].text(1) == ""
    assert prompts.shown[-1][0] == "Reset to our version"


def test_length_turns_red_when_too_long_for_x(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.select(SHORT)
    assert editor.measure_summary() == ["X: 139 / 280 fits", "SMS: 148 / 160 fits"]
    edit = editor.ui.source_edit
    edit.setPlainText(edit.toPlainText().replace("directly.", "directly. " + "More words here. " * 9))
    _wait_for_preview(qtbot, editor)
    x, sms = editor.measure_summary()
    assert x.startswith("X: 2") and x.endswith("too long")
    assert sms.startswith("SMS: ") and sms.endswith("messages")
    assert editor._measure_rows[0][2].styleSheet().startswith("color: #c0392b")


def test_unsaved_changes_are_not_lost_by_a_click_elsewhere(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.select(CUSTOMERS)
    _type_at_end(qtbot, editor, "\nMore.")
    prompts.set_next_answer(False)  # "Discard changes?" No.
    editor.select(SHORT)
    assert editor.current_name == CUSTOMERS
    assert editor.ui.templates_tree.currentItem() is editor._items[CUSTOMERS]
    assert editor.ui.source_edit.toPlainText().endswith("More.")

    prompts.set_next_answer(True)  # now discard
    editor.select(SHORT)
    assert editor.current_name == SHORT


def test_close_asks_about_unsaved_changes(qtbot: QtBot, editor: TemplateEditor) -> None:
    _type_at_end(qtbot, editor, " x")
    prompts.set_next_answer(False)
    qtbot.mouseClick(editor.ui.close_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    prompts.set_next_answer(True)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_editing_a_shared_part_previews_a_message_that_uses_it(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.select(CUSTOMERS)  # the crisis type looked at last is used for the preview
    editor.select(frame_template_name("customers", "holding"))
    assert "Shown in: Security breach · Customers · Holding statement" in editor.ui.preview_note_label.text()
    edit = editor.ui.source_edit
    edit.setPlainText(edit.toPlainText().replace("Dear customer,", "Hello from all of us,"))
    _wait_for_preview(qtbot, editor)
    assert "Hello from all of us," in editor.ui.preview_view.toPlainText()

    prompts.set_next_answer(True)  # discard the edit of the frame
    editor.select(SHARED)
    assert editor.ui.title_label.text() == "Sentences shared by every message"
    assert "Dear customer," in editor.ui.preview_view.toPlainText()


def test_insert_field(qtbot: QtBot, editor: TemplateEditor) -> None:
    menu = editor.ui.insert_field_button.menu()
    [action] = [a for a in menu.actions() if a.text().startswith("status_url ")]
    editor.ui.source_edit.moveCursor(QTextCursor.MoveOperation.End)
    action.trigger()
    assert editor.ui.source_edit.toPlainText().endswith("{{ status_url }}")


def test_preview_uses_the_current_incident(qtbot: QtBot, database: Database) -> None:
    ensure_template_tables(database)
    incident = Incident(
        "i-1", "Leak", Category.SECURITY_BREACH, True, 4, None, "2026-11-21T08:00:00.000Z", None, "Europe/London"
    )
    context = message_context(
        incident,
        organisation="Fabrikam",
        next_update_at="2026-11-21T09:00:00.000Z",
        status_url="https://fabrikam.example.com/status",
        now="2026-11-21T08:30:00.000Z",
    )
    dialog = TemplateEditor(database, context)
    qtbot.addWidget(dialog)
    assert dialog.current_name == message_template_name("security-breach", "public-posts", "holding")
    dialog.select(SHORT)
    text = dialog.ui.preview_view.toPlainText()
    assert text.startswith("EXERCISE: ")
    assert "Next update by 09:00 GMT: https://fabrikam.example.com/status" in text
    assert "current incident" in dialog.ui.preview_note_label.text()
    assert dialog._items[SHORT].parent().parent().isExpanded()
