"""The user's own versions of message templates (table ``template_overrides``).

Storage does not know jinja2 or where our templates are shipped (DESIGN.md: storage points only
at domain), so every function that needs them takes a :class:`TemplateCatalogue`: in the app,
``crisisroom.reports.statement_templates.MESSAGE_TEMPLATES``. That object lists the names, gives our text of
each, and checks a user's text before it is saved: it must compile in the sandboxed environment and
pass a trial render with sample data (within the limits on time and text every rendering has).

Saving and resetting are events in the organisation's part of the log
(:mod:`crisisroom.domain.events.organisation`): the user's text travels in its entry, and the
handlers below are the only code that writes ``template_overrides``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.organisation import TemplateReset, TemplateSaved
from crisisroom.domain.log import Kind, LogEntry, clean_author
from crisisroom.storage import events
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author

MAX_SOURCE = 200_000  # characters; a message template is a few hundred


class TemplateCatalogue(Protocol):
    """What storage needs to know about the templates we ship."""

    def names(self) -> Sequence[str]:
        """Every template name that may be overridden."""
        ...

    def shipped_source(self, name: str) -> str | None:
        """Our text of a template, None when we ship no such template."""
        ...

    def check(self, name: str, source: str, overrides: Callable[[str], str | None] | None = None) -> None:
        """Raise an InvalidInputError (naming the line) when ``source`` is not a usable template.

        Not usable: it does not compile, or a trial render with sample data fails (it builds too
        much text, runs too long, or uses a field that does not exist). ``overrides`` reads the
        user's other saved templates (:func:`override_reader`), which the trial uses.
        """
        ...


@dataclass(frozen=True)
class TemplateOverride:
    """A template as the user saved it.

    Attributes:
        name: the template name (``messages/…/holding.txt``).
        source: the user's text.
        saved_at: when it was saved (stored UTC form).
        saved_by: who saved it.
        shipped_sha256: SHA-256 of our text when it was saved (None if we shipped none).
    """

    name: str
    source: str
    saved_at: str
    saved_by: str
    shipped_sha256: str | None


def _sha256(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def get_override(database: Database, name: str) -> TemplateOverride | None:
    """The user's saved version of ``name``, or None when it is not edited."""
    rows = database.query(
        "SELECT name, source, saved_at, saved_by, shipped_sha256 FROM template_overrides WHERE name = ?", (name,)
    )
    return TemplateOverride(*rows[0]) if rows else None


def override_reader(database: Database) -> Callable[[str], str | None]:
    """A lookup of saved sources by name, for ``message_environment(overrides=…)``."""

    def read(name: str) -> str | None:
        rows = database.query("SELECT source FROM template_overrides WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    return read


def overridden_names(database: Database) -> set[str]:
    """The names the user has edited."""
    return {row[0] for row in database.query("SELECT name FROM template_overrides")}


def template_names(database: Database, catalogue: TemplateCatalogue) -> list[str]:
    """Every template name: ours, and any the user saved whose shipped template has since gone."""
    return sorted(set(catalogue.names()) | overridden_names(database))


def effective_source(database: Database, name: str, catalogue: TemplateCatalogue) -> str:
    """The text in use for ``name``: the user's version when there is one, ours otherwise.

    Raises:
        NotFoundError: there is no such template.
    """
    override = get_override(database, name)
    if override is not None:
        return override.source
    shipped = catalogue.shipped_source(name)
    if shipped is None:
        raise NotFoundError(f"there is no template named {name!r}")
    return shipped


def is_outdated(override: TemplateOverride, catalogue: TemplateCatalogue) -> bool:
    """True when our version changed (in an update of Crisis Room) since the user edited theirs."""
    return override.shipped_sha256 != _sha256(catalogue.shipped_source(override.name))


def save_override(
    database: Database, name: str, source: str, catalogue: TemplateCatalogue, *, author: str, label: str = ""
) -> TemplateOverride | None:
    """Save the user's version of a template, after checking that it compiles and renders.

    Saving a text identical to ours removes the override instead, so "edited" always means
    "differs from ours"; saving the text already saved changes and logs nothing. ``label`` is how
    the log names the template (``Security breach · Customers · Holding statement``; default its
    name).

    Returns:
        The saved override, or None when the text equals ours (and nothing is overridden now).

    Raises:
        InvalidInputError: an unknown name, an empty or oversized text, or a template that does
            not compile or fails a trial render with sample data, say because it runs too long or
            builds too much text (the catalogue's problem names the line); nothing is saved.
    """
    shipped = catalogue.shipped_source(name)
    if shipped is None and get_override(database, name) is None:
        raise InvalidInputError(f"there is no template named {name!r} to change")
    if not source.strip():
        raise InvalidInputError("a template cannot be empty; use “Reset to ours” to go back to our version")
    if len(source) > MAX_SOURCE:
        raise InvalidInputError(f"a template is at most {MAX_SOURCE:,} characters")
    author = clean_author(author)
    catalogue.check(name, source, override_reader(database))
    if source == shipped:
        reset_to_shipped(database, name, author=author, label=label)
        return None
    with database.transaction():
        stored = get_override(database, name)
        if stored is not None and stored.source == source and stored.shipped_sha256 == _sha256(shipped):
            return stored
        events.record(
            database,
            None,
            TemplateSaved(name=name, source=source, shipped_sha256=_sha256(shipped)),
            f"Message template edited: {label or name}",
            kind=Kind.DECISION,
            author=author,
        )
        saved = get_override(database, name)
    assert saved is not None
    return saved


@events.handles(TemplateSaved)
def _saved(conn: sqlite3.Connection, entry: LogEntry, event: TemplateSaved) -> None:
    conn.execute(
        "INSERT INTO template_overrides (name, source, saved_at, saved_by, shipped_sha256) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET source = excluded.source, saved_at = excluded.saved_at, "
        "saved_by = excluded.saved_by, shipped_sha256 = excluded.shipped_sha256",
        (event.name, event.source, entry.recorded_at, entry.author, event.shipped_sha256),
    )


def reset_to_shipped(database: Database, name: str, *, author: str | None = None, label: str = "") -> bool:
    """Forget the user's version of ``name`` (logged); returns True when there was one.

    ``author`` defaults to this computer's user; ``label`` as for :func:`save_override`.
    """
    author = clean_author(author or default_author())
    with database.transaction():
        if get_override(database, name) is None:
            return False
        events.record(
            database,
            None,
            TemplateReset(name=name),
            f"Message template back to our version: {label or name}",
            kind=Kind.DECISION,
            author=author,
        )
    return True


@events.handles(TemplateReset)
def _reset(conn: sqlite3.Connection, entry: LogEntry, event: TemplateReset) -> None:
    conn.execute("DELETE FROM template_overrides WHERE name = ?", (event.name,))
