"""The user's own versions of templates: saved only when they compile, used everywhere, reset to ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.reports.environments import message_environment, shipped_source
from crisisroom.reports.statement_templates import (
    MESSAGE_TEMPLATES,
    SHARED,
    TemplateProblem,
    frame_template_name,
    message_template_name,
    render_message,
    sample_context,
)
from crisisroom.storage import templates
from crisisroom.storage.database import Database, open_database
from tests.template_tables import ensure_template_tables

NAME = message_template_name("operational", "public-posts", "holding", short=True)
FRAME = frame_template_name("public-posts", "holding", short=True)
EDITED = '{% extends "' + FRAME + '" %}{% block post %}Our own words.{% endblock %}'


@pytest.fixture
def db(database: Database) -> Database:
    return ensure_template_tables(database)


def test_the_table_is_strict(db: Database) -> None:
    [sql] = db.query("SELECT sql FROM sqlite_schema WHERE name = 'template_overrides'")
    assert sql[0].rstrip().endswith("STRICT")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute(
            "INSERT INTO template_overrides VALUES (?, ?, ?, ?, NULL)", (NAME, b"\x00", "t", "me")
        )  # a blob in a TEXT column


def test_ours_until_edited(db: Database) -> None:
    assert templates.effective_source(db, NAME, MESSAGE_TEMPLATES) == shipped_source(NAME)
    assert templates.get_override(db, NAME) is None
    names = templates.template_names(db, MESSAGE_TEMPLATES)
    assert NAME in names and SHARED in names and FRAME in names
    with pytest.raises(NotFoundError):
        templates.effective_source(db, "messages/nothing.txt", MESSAGE_TEMPLATES)


def test_save_use_and_reset(db: Database) -> None:
    env = message_environment(templates.override_reader(db))
    context = sample_context()
    assert "Our own words." not in render_message(NAME, context, environment=env)

    saved = templates.save_override(db, NAME, EDITED, MESSAGE_TEMPLATES, author="Ann")
    assert saved is not None and saved.saved_by == "Ann" and saved.saved_at.endswith("Z")
    assert templates.effective_source(db, NAME, MESSAGE_TEMPLATES) == EDITED
    assert templates.overridden_names(db) == {NAME}
    assert not templates.is_outdated(saved, MESSAGE_TEMPLATES)
    # The same environment sees the new text: its cache checks the saved text each time.
    text = render_message(NAME, context, environment=env)
    assert text.startswith("Our own words. Next update by 14:30 CET")

    assert templates.reset_to_shipped(db, NAME) is True
    assert templates.reset_to_shipped(db, NAME) is False
    assert templates.effective_source(db, NAME, MESSAGE_TEMPLATES) == shipped_source(NAME)
    assert "Our own words." not in render_message(NAME, context, environment=env)


def test_an_edited_shared_part_reaches_every_message(db: Database) -> None:
    shared = templates.effective_source(db, SHARED, MESSAGE_TEMPLATES)
    templates.save_override(db, SHARED, shared.replace("Next update", "x"), MESSAGE_TEMPLATES, author="Ann")
    frame = templates.effective_source(db, FRAME, MESSAGE_TEMPLATES).replace("Next update by", "Again by")
    templates.save_override(db, FRAME, frame, MESSAGE_TEMPLATES, author="Ann")
    env = message_environment(templates.override_reader(db))
    for category in ("reputation", "security-breach"):
        name = message_template_name(category, "public-posts", "holding", short=True)
        assert " Again by 14:30 CET" in render_message(name, sample_context(category), environment=env)


def test_a_template_that_does_not_compile_is_refused_with_its_line(db: Database) -> None:
    with pytest.raises(TemplateProblem) as caught:
        templates.save_override(db, NAME, "Fine line\n{% if summary %}never closed", MESSAGE_TEMPLATES, author="Ann")
    assert isinstance(caught.value, InvalidInputError)
    assert (caught.value.template, caught.value.line, caught.value.kind) == (NAME, 2, "syntax")
    assert templates.get_override(db, NAME) is None


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("messages/made-up.txt", "Hello", "no template named"),
        (NAME, "   \n", "cannot be empty"),
        (NAME, "x" * (templates.MAX_SOURCE + 1), "at most"),
    ],
)
def test_other_refusals(db: Database, name: str, source: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        templates.save_override(db, name, source, MESSAGE_TEMPLATES, author="Ann")
    assert templates.overridden_names(db) == set()


def test_saving_our_own_text_removes_the_override(db: Database) -> None:
    templates.save_override(db, NAME, EDITED, MESSAGE_TEMPLATES, author="Ann")
    ours = shipped_source(NAME)
    assert ours is not None
    assert templates.save_override(db, NAME, ours, MESSAGE_TEMPLATES, author="Ann") is None
    assert templates.get_override(db, NAME) is None


def test_an_update_of_ours_is_noticed(db: Database) -> None:
    templates.save_override(db, NAME, EDITED, MESSAGE_TEMPLATES, author="Ann")
    with db.transaction() as conn:
        conn.execute("UPDATE template_overrides SET shipped_sha256 = 'an older version'")
    override = templates.get_override(db, NAME)
    assert override is not None and templates.is_outdated(override, MESSAGE_TEMPLATES)


def test_overrides_survive_reopening(db_path: Path, db: Database) -> None:
    templates.save_override(db, NAME, EDITED, MESSAGE_TEMPLATES, author="Ann")
    db.close()
    with open_database(db_path) as again:
        assert templates.effective_source(again, NAME, MESSAGE_TEMPLATES) == EDITED
