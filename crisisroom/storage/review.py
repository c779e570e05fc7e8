"""The post-crisis review's notes, action items and plan adjustments: the rows their log entries leave behind.

A plan adjustment is a ``decision`` in the log (the team decided to change the plan), an action
item an ``action``, a note a ``note``, so the log alone tells the story of the review too. Adding
them is a use case (``services/review.py``); here are the handlers that write the tables for their
events, and the reads.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.errors import NotFoundError
from crisisroom.domain.events.review import PlanAdjustmentAdded, ReviewActionAdded, ReviewActionDone, ReviewNoteAdded
from crisisroom.domain.log import LogEntry
from crisisroom.domain.review import ActionItem, NoteKind, PlanAdjustment, ReviewNote
from crisisroom.storage import events
from crisisroom.storage.database import Database


@events.handles(ReviewNoteAdded)
def _note_added(conn: sqlite3.Connection, entry: LogEntry, event: ReviewNoteAdded) -> None:
    conn.execute(
        "INSERT INTO review_notes (id, incident_id, kind, text, recorded_at, recorded_by, log_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.note, event.incident, event.kind, event.text, entry.recorded_at, entry.author, entry.id),
    )


@events.handles(ReviewActionAdded)
def _action_added(conn: sqlite3.Connection, entry: LogEntry, event: ReviewActionAdded) -> None:
    conn.execute(
        "INSERT INTO review_actions (id, incident_id, text, owner, due_date, recorded_at, recorded_by, "
        "log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.action,
            event.incident,
            event.text,
            event.owner,
            event.due_date,
            entry.recorded_at,
            entry.author,
            entry.id,
        ),
    )


@events.handles(ReviewActionDone)
def _action_done(conn: sqlite3.Connection, entry: LogEntry, event: ReviewActionDone) -> None:
    # Done on two laptops that had not seen each other: the first stands (one laptop refuses a second).
    conn.execute(
        "UPDATE review_actions SET done_at = ?, done_by = ?, done_log_entry_id = ? WHERE id = ? AND done_at IS NULL",
        (entry.recorded_at, entry.author, entry.id, event.action),
    )


@events.handles(PlanAdjustmentAdded)
def _adjustment_added(conn: sqlite3.Connection, entry: LogEntry, event: PlanAdjustmentAdded) -> None:
    conn.execute(
        "INSERT INTO review_adjustments (id, incident_id, area, text, recorded_at, recorded_by, log_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event.adjustment, event.incident, event.area, event.text, entry.recorded_at, entry.author, entry.id),
    )


def notes(database: Database, incident_id: str) -> list[ReviewNote]:
    """The incident's review notes in the order they were written."""
    rows = database.query(
        "SELECT id, incident_id, kind, text, recorded_at, recorded_by FROM review_notes "
        "WHERE incident_id = ? ORDER BY recorded_at, rowid",
        (incident_id,),
    )
    return [ReviewNote(r[0], r[1], NoteKind(r[2]), r[3], r[4], r[5]) for r in rows]


def get_note(database: Database, note_id: str) -> ReviewNote:
    """One review note.

    Raises:
        NotFoundError: no such note.
    """
    rows = database.query(
        "SELECT id, incident_id, kind, text, recorded_at, recorded_by FROM review_notes WHERE id = ?", (note_id,)
    )
    if not rows:
        raise NotFoundError(f"no review note {note_id}")
    r = rows[0]
    return ReviewNote(r[0], r[1], NoteKind(r[2]), r[3], r[4], r[5])


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


_ADJUSTMENT_COLUMNS = "id, incident_id, area, text, recorded_at, recorded_by"


def adjustments(database: Database, incident_id: str) -> list[PlanAdjustment]:
    """The incident's plan adjustments in the order they were decided."""
    rows = database.query(
        f"SELECT {_ADJUSTMENT_COLUMNS} FROM review_adjustments WHERE incident_id = ? ORDER BY recorded_at, rowid",
        (incident_id,),
    )
    return [PlanAdjustment(*r) for r in rows]


def get_adjustment(database: Database, adjustment_id: str) -> PlanAdjustment:
    """One plan adjustment.

    Raises:
        NotFoundError: no such adjustment.
    """
    rows = database.query(f"SELECT {_ADJUSTMENT_COLUMNS} FROM review_adjustments WHERE id = ?", (adjustment_id,))
    if not rows:
        raise NotFoundError(f"no plan adjustment {adjustment_id}")
    return PlanAdjustment(*rows[0])
