"""The post-crisis review's notes, action items and plan adjustments; each one is logged.

The review page (to come) writes through these functions; reports read them. A plan adjustment
is a ``decision`` in the log (the team decided to change the plan), an action item an ``action``,
a note a ``note``, so the log alone tells the story of the review too.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.response_steps import clean_block, clean_line
from crisisroom.domain.review import (
    MAX_REVIEW_TEXT,
    ActionItem,
    NoteKind,
    PlanAdjustment,
    ReviewNote,
    clean_due_date,
)
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database


def add_note(database: Database, incident_id: str, kind: NoteKind | str, text: str, *, author: str) -> ReviewNote:
    """Record what went well, what did not, or a lesson learned.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty or overlong text, unknown kind, no author.
    """
    kind = NoteKind.parse(kind)
    text = clean_block(text, "the note", limit=MAX_REVIEW_TEXT)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    note = ReviewNote(str(uuid.uuid4()), incident.id, kind, text, database.clock.now_iso(), author)
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"Review · {kind.label}: {text}",
            kind=Kind.NOTE,
            author=author,
            payload={"event": "review-note", "note": note.id, "kind": kind.value},
        )
        conn.execute(
            "INSERT INTO review_notes (id, incident_id, kind, text, recorded_at, recorded_by, log_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (note.id, note.incident_id, kind.value, text, note.recorded_at, author, entry.id),
        )
    return note


def add_action(
    database: Database, incident_id: str, text: str, *, owner: str, due: date | str, author: str
) -> ActionItem:
    """Record an action item with its owner and due date.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text or owner, a due date that is not a date, no author.
    """
    text = clean_block(text, "the action", limit=MAX_REVIEW_TEXT)
    owner = clean_line(owner, "the action's owner", limit=200)
    due_date = clean_due_date(due)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = ActionItem(str(uuid.uuid4()), incident.id, text, owner, due_date, database.clock.now_iso(), author)
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"Review · Action for {owner}, due {due_date}: {text}",
            kind=Kind.ACTION,
            author=author,
            payload={"event": "review-action", "action": item.id, "owner": owner, "due_date": due_date},
        )
        conn.execute(
            "INSERT INTO review_actions (id, incident_id, text, owner, due_date, recorded_at, recorded_by, "
            "log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.id, item.incident_id, text, owner, due_date, item.recorded_at, author, entry.id),
        )
    return item


def close_action(database: Database, action_id: str, *, author: str) -> ActionItem:
    """Mark an action item done.

    Raises:
        NotFoundError: no such action item.
        InvalidInputError: it is already done, or no author.
    """
    author = clean_author(author)
    item = get_action(database, action_id)
    if not item.is_open:
        raise InvalidInputError(f"this action was already done ({item.done_by})")
    at = database.clock.now_iso()
    with database.transaction() as conn:
        entry = log.append(
            database,
            item.incident_id,
            f"Review · Action done: {item.text}",
            kind=Kind.ACTION,
            author=author,
            payload={"event": "review-action-done", "action": item.id},
        )
        conn.execute(
            "UPDATE review_actions SET done_at = ?, done_by = ?, done_log_entry_id = ? WHERE id = ?",
            (at, author, entry.id, item.id),
        )
    return get_action(database, item.id)


def add_adjustment(database: Database, incident_id: str, area: str, text: str, *, author: str) -> PlanAdjustment:
    """Record a change to the plan (``area``: rules, templates, roster, or any other part).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty area or text, no author.
    """
    area = clean_line(area, "the part of the plan", limit=200)
    text = clean_block(text, "the adjustment", limit=MAX_REVIEW_TEXT)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    adjustment = PlanAdjustment(str(uuid.uuid4()), incident.id, area, text, database.clock.now_iso(), author)
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"Review · Plan adjustment ({area}): {text}",
            kind=Kind.DECISION,
            author=author,
            payload={"event": "review-adjustment", "adjustment": adjustment.id, "area": area},
        )
        conn.execute(
            "INSERT INTO review_adjustments (id, incident_id, area, text, recorded_at, recorded_by, log_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (adjustment.id, adjustment.incident_id, area, text, adjustment.recorded_at, author, entry.id),
        )
    return adjustment


def notes(database: Database, incident_id: str) -> list[ReviewNote]:
    """The incident's review notes in the order they were written."""
    rows = database.query(
        "SELECT id, incident_id, kind, text, recorded_at, recorded_by FROM review_notes "
        "WHERE incident_id = ? ORDER BY recorded_at, rowid",
        (incident_id,),
    )
    return [ReviewNote(r[0], r[1], NoteKind(r[2]), r[3], r[4], r[5]) for r in rows]


_ACTION_COLUMNS = "id, incident_id, text, owner, due_date, recorded_at, recorded_by, done_at, done_by"


def _action(row: sqlite3.Row) -> ActionItem:
    return ActionItem(*row)


def actions(database: Database, incident_id: str) -> list[ActionItem]:
    """The incident's action items, soonest due first."""
    rows = database.query(
        f"SELECT {_ACTION_COLUMNS} FROM review_actions WHERE incident_id = ? ORDER BY due_date, recorded_at, rowid",
        (incident_id,),
    )
    return [_action(r) for r in rows]


def get_action(database: Database, action_id: str) -> ActionItem:
    """One action item.

    Raises:
        NotFoundError: no such action item.
    """
    rows = database.query(f"SELECT {_ACTION_COLUMNS} FROM review_actions WHERE id = ?", (action_id,))
    if not rows:
        raise NotFoundError(f"no action item {action_id}")
    return _action(rows[0])


def adjustments(database: Database, incident_id: str) -> list[PlanAdjustment]:
    """The incident's plan adjustments in the order they were decided."""
    rows = database.query(
        "SELECT id, incident_id, area, text, recorded_at, recorded_by FROM review_adjustments "
        "WHERE incident_id = ? ORDER BY recorded_at, rowid",
        (incident_id,),
    )
    return [PlanAdjustment(*r) for r in rows]
