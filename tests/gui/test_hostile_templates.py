"""A hostile template saved before the limits existed: the editor and the Message step say why, at once.

The template goes straight into the table, as a version of Crisis Room without limits would have
saved it; opening it must neither freeze the window nor fill the memory.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.gui import prompts
from crisisroom.gui.settings.template_editor import TemplateEditor
from crisisroom.reports.statement_templates import message_template_name
from crisisroom.storage import incidents, templates
from crisisroom.storage.database import Database
from tests.gui.test_wizard_flow import click, make_wizard
from tests.template_tables import ensure_template_tables

PUBLIC = message_template_name(Category.OPERATIONAL, "public-posts", "holding")
HOSTILE = "We are looking into it.\n{{ 'x'.ljust(10**9) }}\n{{ '{:>1000000000}'.format(organisation) }}"
TOO_BIG = "the template's text grew past 100,000 characters"
QUICK_SECONDS = 3.0  # environments.MAX_SECONDS (1.5) and then some


def _store_as_before(database: Database, name: str, source: str) -> None:
    """Save ``source`` without any check, as an older Crisis Room did."""
    ensure_template_tables(database)
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO template_overrides (name, source, saved_at, saved_by) VALUES (?, ?, ?, ?)",
            (name, source, "2026-01-01T00:00:00.000Z", "Old version"),
        )


@pytest.fixture
def hostile_editor(qtbot: QtBot, database: Database) -> Iterator[TemplateEditor]:
    _store_as_before(database, PUBLIC, HOSTILE)
    start = time.monotonic()
    dialog = TemplateEditor(database, {})  # opens on the public holding statement, and previews it
    assert time.monotonic() - start < QUICK_SECONDS
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.isVisible() and dialog.has_unsaved_changes():
        prompts.set_next_answer(True)
    dialog.close()
    dialog.deleteLater()


def test_the_editor_shows_why_a_stored_hostile_template_cannot_be_previewed(hostile_editor: TemplateEditor) -> None:
    editor = hostile_editor
    assert editor.current_name == PUBLIC
    assert editor.ui.source_edit.toPlainText() == HOSTILE  # the user can see it and fix it
    assert editor.ui.error_label.isVisible()
    assert editor.ui.error_label.text().startswith(f"Line 2: {TOO_BIG}")
    assert editor.ui.preview_view.toPlainText() == ""
    assert not editor.ui.preview_view.isEnabled()
    assert not editor.ui.save_button.isEnabled()


def test_the_editor_shows_a_runaway_loop_being_typed(qtbot: QtBot, hostile_editor: TemplateEditor) -> None:
    editor = hostile_editor
    editor.ui.source_edit.setPlainText(
        "Hello\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    )
    start = time.monotonic()
    qtbot.waitUntil(lambda: not editor._timer.isActive(), timeout=3000)
    qtbot.waitUntil(lambda: "ran too long" in editor.ui.error_label.text(), timeout=5000)
    assert time.monotonic() - start < QUICK_SECONDS + 1
    assert editor.ui.error_label.text().startswith("Line 2: the template ran too long")
    # Saving is refused: the preview shows the problem and nothing is stored over the old text.
    assert editor.save() is False
    override = templates.get_override(editor._database, PUBLIC)
    assert override is not None and override.source == HOSTILE


def test_the_message_step_shows_why_a_stored_hostile_template_cannot_be_used(qtbot: QtBot, database: Database) -> None:
    incident = incidents.create(database, "Payment outage at checkout", category=Category.OPERATIONAL, author="Ana")
    _store_as_before(database, PUBLIC, HOSTILE)
    wizard = make_wizard(qtbot, database, incident.id)
    try:
        wizard.go_to(Step.MESSAGE)
        message = wizard.pages[Step.MESSAGE]
        message.organisation_edit.setText("Northwind Outdoor")
        start = time.monotonic()
        click(qtbot, message.template_button)  # the public holding statement, the cell it opens on
        assert time.monotonic() - start < QUICK_SECONDS
        assert message.field_problems["text"].isVisible()
        assert TOO_BIG in message.field_problems["text"].text()
        assert f"{PUBLIC}, line 2" in message.field_problems["text"].text()
        assert message.text_edit.toPlainText() == ""
    finally:
        wizard.close()
