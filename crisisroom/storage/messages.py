"""Statements of the Message step: versions per audience × phase cell (and platform), approval and release.

The rows the ``message`` log entries leave behind. The path draft → approved → released is a use
case, checked in ``services/statements.py`` before anything is recorded (an approval names the
SHA-256 of the text it approves, a release needs the approval of that very text, a release over a
platform's length limit needs an override with a reason); the schema holds it too (a release
without an approval, or a change to a saved version, is refused by SQLite itself). Here are the
handlers that write the tables for the statement events, and the reads.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.statements import StatementApproved, StatementDrafted, StatementReleased
from crisisroom.domain.log import LogEntry
from crisisroom.domain.message_flow import (
    ALL_CHANNELS,
    AUDIENCES,
    PHASES,
    PLATFORM_ORDER,
    Approval,
    Message,
    MessageState,
    MessageVersion,
    Release,
    audience,
    phase,
    platform,
)
from crisisroom.storage import events
from crisisroom.storage.database import Database

_VERSION_COLUMNS = (
    "v.message_id, v.number, v.text, v.saved_at, v.saved_by, v.approved_at, v.approver_name, v.approver_role, "
    "v.approval_recorded_by, v.approved_text_sha256, v.approver_id, v.released_at, v.released_where, v.released_by, "
    "v.release_override"
)
_CELL_COLUMNS = "id, incident_id, audience, phase, platform"


@events.handles(StatementDrafted)
def _drafted(conn: sqlite3.Connection, entry: LogEntry, event: StatementDrafted) -> None:
    # The first version makes its cell.
    conn.execute(
        "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (event.message, event.incident, event.audience, event.phase, event.platform, entry.recorded_at),
    )
    conn.execute(
        "INSERT INTO message_versions (message_id, number, text, saved_at, saved_by, draft_log_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (event.message, event.version, event.text, entry.recorded_at, entry.author, entry.id),
    )


@events.handles(StatementApproved)
def _approved(conn: sqlite3.Connection, entry: LogEntry, event: StatementApproved) -> None:
    conn.execute(
        "UPDATE message_versions SET approved_at = ?, approver_name = ?, approver_role = ?, "
        "approval_recorded_by = ?, approval_log_entry_id = ?, approved_text_sha256 = ?, approver_id = ? "
        "WHERE message_id = ? AND number = ?",
        (
            event.at or entry.recorded_at,
            event.approver_name,
            event.approver_role,
            entry.author,
            entry.id,
            event.text_sha256,
            event.approver_id,
            event.message,
            event.version,
        ),
    )


@events.handles(StatementReleased)
def _released(conn: sqlite3.Connection, entry: LogEntry, event: StatementReleased) -> None:
    conn.execute(
        "UPDATE message_versions SET released_at = ?, released_where = ?, released_by = ?, "
        "release_log_entry_id = ?, release_override = ? WHERE message_id = ? AND number = ?",
        (
            event.at or entry.recorded_at,
            json.dumps(list(event.where), ensure_ascii=False),
            entry.author,
            entry.id,
            event.override_reason,
            event.message,
            event.version,
        ),
    )


def get(database: Database, message_id: str) -> Message:
    """One cell with its current version.

    Raises:
        NotFoundError: no such message.
    """
    rows = database.query(f"SELECT {_CELL_COLUMNS} FROM incident_messages WHERE id = ?", (message_id,))
    if not rows:
        raise NotFoundError(f"no statement {message_id}")
    return _message(rows[0], _versions(database, message_id))


def get_by_prefix(database: Database, id_or_prefix: str) -> Message:
    """A statement by id or an unambiguous prefix of it (as the command line names them).

    Raises:
        NotFoundError: no statement matches.
        InvalidInputError: empty, or the prefix matches more than one.
    """
    key = id_or_prefix.strip().lower()
    if not key:
        raise InvalidInputError("name a statement by its id (or the first characters of it)")
    pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = database.query(
        "SELECT id FROM incident_messages WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 3", (key, pattern)
    )
    ids = [row["id"] for row in rows]
    if key in ids:
        return get(database, key)
    if not ids:
        raise NotFoundError(f"no statement with an id starting {id_or_prefix!r}")
    if len(ids) > 1:
        raise InvalidInputError(f"{id_or_prefix!r} matches several statements; give more of the id")
    return get(database, ids[0])


def find(
    database: Database, incident_id: str, audience_key: str, phase_key: str, platform_key: str | None = ALL_CHANNELS
) -> Message | None:
    """The cell of one audience and phase (its version for one platform, or for all channels), or None."""
    rows = database.query(
        "SELECT id FROM incident_messages WHERE incident_id = ? AND audience = ? AND phase = ? AND platform = ?",
        (incident_id, audience(audience_key), phase(phase_key), platform(platform_key)),
    )
    return get(database, rows[0]["id"]) if rows else None


def messages(database: Database, incident_id: str) -> list[Message]:
    """The incident's drafted statements in grid order (audiences, phases, then all channels before each platform)."""
    cells = database.query(f"SELECT {_CELL_COLUMNS} FROM incident_messages WHERE incident_id = ?", (incident_id,))
    by_message: dict[str, list[MessageVersion]] = {}
    for row in database.query(
        f"SELECT {_VERSION_COLUMNS} FROM message_versions v JOIN incident_messages m ON m.id = v.message_id "
        "WHERE m.incident_id = ? ORDER BY v.message_id, v.number",
        (incident_id,),
    ):
        by_message.setdefault(row["message_id"], []).append(_version(row))
    found = [_message(cell, by_message[cell["id"]]) for cell in cells]
    return sorted(
        found, key=lambda m: (AUDIENCES.index(m.audience), PHASES.index(m.phase), PLATFORM_ORDER.index(m.platform))
    )


def versions(database: Database, message_id: str) -> list[MessageVersion]:
    """Every version of a cell, oldest first.

    Raises:
        NotFoundError: no such message.
    """
    found = _versions(database, message_id)
    if not found:
        raise NotFoundError(f"no statement {message_id}")
    return found


def open_approvals(database: Database, incident_id: str) -> list[Message]:
    """Cells whose current version is a draft waiting for approval, in grid order (for the main window)."""
    return [message for message in messages(database, incident_id) if message.state is MessageState.DRAFT]


def latest_release_at(database: Database, incident_id: str, phases: Sequence[str], *, as_of: str) -> str | None:
    """The latest release time (stored form) of the incident's statements in ``phases``, up to ``as_of``."""
    marks = ", ".join("?" for _ in phases)
    rows = database.query(
        f"""
        SELECT max(v.released_at) FROM message_versions v JOIN incident_messages m ON m.id = v.message_id
        WHERE m.incident_id = ? AND m.phase IN ({marks}) AND v.released_at <= ?
        """,
        (incident_id, *phases, as_of),
    )
    latest: str | None = rows[0][0]
    return latest


def _versions(database: Database, message_id: str) -> list[MessageVersion]:
    rows = database.query(
        f"SELECT {_VERSION_COLUMNS} FROM message_versions v WHERE v.message_id = ? ORDER BY v.number", (message_id,)
    )
    return [_version(row) for row in rows]


def _version(row: sqlite3.Row) -> MessageVersion:
    approval = None
    if row["approved_at"] is not None:
        approval = Approval(
            row["approver_name"],
            row["approver_role"],
            row["approved_at"],
            row["approval_recorded_by"],
            row["approved_text_sha256"],
            row["approver_id"],
        )
    release_info = None
    if row["released_at"] is not None:
        release_info = Release(
            tuple(json.loads(row["released_where"])), row["released_at"], row["released_by"], row["release_override"]
        )
    return MessageVersion(
        number=row["number"],
        text=row["text"],
        saved_at=row["saved_at"],
        saved_by=row["saved_by"],
        approval=approval,
        release=release_info,
    )


def _message(row: sqlite3.Row, found: list[MessageVersion]) -> Message:
    released = [version for version in found if version.release is not None]
    approved = [version for version in found if version.approval is not None]
    return Message(
        id=row["id"],
        incident_id=row["incident_id"],
        audience=row["audience"],
        phase=row["phase"],
        current=found[-1],
        version_count=len(found),
        last_released=released[-1] if released else None,
        platform=row["platform"],
        last_approved=approved[-1] if approved else None,
    )
