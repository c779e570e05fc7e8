"""Statements of the Message step: versions per audience × phase cell (and platform), approval and release.

The rows the ``message`` log entries leave behind. The path draft → approved → released is a use
case, checked in ``services/statements.py`` before anything is recorded (an approval names the
SHA-256 of the text it approves, a release needs the approval of that very text, a release over a
platform's length limit needs an override with a reason); the schema holds it too (a release
without an approval, or a change to a saved version, is refused by SQLite itself). Here are the
handlers that write the tables for the statement events, and the reads.

**Merge rules** (laptops sharing an incident, DESIGN.md): the handlers apply the log as merged
from every laptop, in its signed order, and keep these rules whatever arrives:

* *Concurrent drafts become sibling versions.* Each drafted version names the cell's heads its
  writer had (``follows``: their drafting entries); a version is a *head* while no later version
  follows it. Two laptops drafting the same cell without seeing each other both add a version:
  the stored ``number`` is its place among the cell's versions in the signed order (the writer's
  own number is in its log entry, and may be one less once a sibling that came first arrives).
  The cell's current version is the latest in the signed order, as on one laptop; the other heads
  are its *siblings* (:func:`siblings`), shown beside it until someone saves a version after
  seeing them. Two laptops drafting a cell's first version make the same cell: a new cell's id is
  derived from its incident, audience, phase and platform (``services/statements.py``), and a
  version whose cell is already there under another id joins that cell.
* *An approval approves one text.* It names the version by its drafting entry and the SHA-256
  of its text; it applies only when that is the version's text, and only once: a second
  approval of the same version, given elsewhere without seeing the first, stays in the log and
  the first (in the signed order) is the one shown.
* *A release needs an approval of the same text.* It applies only to a version whose approval
  names the text it released. One that does not (never written by the services, which check the
  approval before they record a release, and the writer's clock orders that approval before it on
  every laptop; so an entry written some other way) does not show the version as released: the
  release stays in the log as written, the statement does not show released-approved. A second
  release of a released version, made elsewhere without seeing the first, adds its places to the
  first's (its time, author and override reason stay the first's; the log keeps both).

Entries written before version 2 of these events (one laptop, no siblings) replay as they did:
a version follows the one before, an approval or a release names its version by number.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

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
    text_sha256,
)
from crisisroom.storage import events
from crisisroom.storage.database import Database

_VERSION_COLUMNS = (
    "v.message_id, v.number, v.text, v.saved_at, v.saved_by, v.approved_at, v.approver_name, v.approver_role, "
    "v.approval_recorded_by, v.approved_text_sha256, v.approver_id, v.released_at, v.released_where, v.released_by, "
    "v.release_override"
)
_CELL_COLUMNS = "id, incident_id, audience, phase, platform"


# The versions of a cell that no other version of it follows.
_HEADS = (
    "SELECT v.draft_log_entry_id FROM message_versions v WHERE v.message_id = ? AND NOT EXISTS "
    "(SELECT 1 FROM message_versions o, json_each(o.follows) f "
    "WHERE o.message_id = v.message_id AND f.value = v.draft_log_entry_id) ORDER BY v.number"
)


@events.handles(StatementDrafted)
def _drafted(conn: sqlite3.Connection, entry: LogEntry, event: StatementDrafted) -> None:
    # The first version makes its cell; a cell made meanwhile on another laptop is the same cell.
    conn.execute(
        "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (event.message, event.incident, event.audience, event.phase, event.platform, entry.recorded_at),
    )
    cell = conn.execute(
        "SELECT id FROM incident_messages WHERE incident_id = ? AND audience = ? AND phase = ? AND platform = ?",
        (event.incident, event.audience, event.phase, event.platform),
    ).fetchone()[0]
    follows = event.follows
    if follows is None:  # version 1, written on one laptop: it followed the cell's latest version
        follows = [row[0] for row in conn.execute(_HEADS, (cell,))]
    number = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM message_versions WHERE message_id = ?", (cell,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO message_versions (message_id, number, text, saved_at, saved_by, draft_log_entry_id, follows) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            cell,
            number,
            event.text,
            entry.recorded_at,
            entry.author,
            entry.id,
            json.dumps(follows, separators=(",", ":")),
        ),
    )


def _version_row(conn: sqlite3.Connection, message_id: str, number: int, draft: str | None) -> sqlite3.Row | None:
    """The version an approval or release names: by its drafting entry (version 2), else by number."""
    columns = "message_id, number, text, approved_at, approved_text_sha256, released_at, released_where"
    if draft is not None:
        cursor = conn.execute(f"SELECT {columns} FROM message_versions WHERE draft_log_entry_id = ?", (draft,))
    else:
        cursor = conn.execute(
            f"SELECT {columns} FROM message_versions WHERE message_id = ? AND number = ?", (message_id, number)
        )
    row: sqlite3.Row | None = cursor.fetchone()
    return row


@events.handles(StatementApproved)
def _approved(conn: sqlite3.Connection, entry: LogEntry, event: StatementApproved) -> None:
    found = _version_row(conn, event.message, event.version, event.draft)
    if found is None or found[3] is not None or text_sha256(found[2]) != event.text_sha256:
        return  # approved already (the first approval stands), or not this text: the log keeps it
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
            found[0],
            found[1],
        ),
    )


@events.handles(StatementReleased)
def _released(conn: sqlite3.Connection, entry: LogEntry, event: StatementReleased) -> None:
    found = _version_row(conn, event.message, event.version, event.draft)
    if found is None or found[3] is None:
        return  # no approval of that version in the log as merged: not shown as released
    approved_sha = found[4] or text_sha256(found[2])
    if not (approved_sha == event.text_sha256 == text_sha256(found[2])):
        return  # the approval is of another text: not shown as released
    places = list(event.where)
    if found[5] is not None:  # released already, elsewhere: its places are added to the first's
        before = json.loads(found[6])
        known = {place.casefold() for place in before}
        more = [place for place in places if place.casefold() not in known]
        if more:
            conn.execute(
                "UPDATE message_versions SET released_where = ? WHERE message_id = ? AND number = ?",
                (json.dumps([*before, *more], ensure_ascii=False), found[0], found[1]),
            )
        return
    conn.execute(
        "UPDATE message_versions SET released_at = ?, released_where = ?, released_by = ?, "
        "release_log_entry_id = ?, release_override = ? WHERE message_id = ? AND number = ?",
        (
            event.at or entry.recorded_at,
            json.dumps(places, ensure_ascii=False),
            entry.author,
            entry.id,
            event.override_reason,
            found[0],
            found[1],
        ),
    )


def head_entries(database: Database, message_id: str) -> list[str]:
    """The drafting entries of the cell's heads (the versions no later one follows), oldest first:
    what a new version drafted here follows."""
    return [row[0] for row in database.query(_HEADS, (message_id,))]


def draft_entry(database: Database, message_id: str, number: int) -> str:
    """The entry that drafted version ``number`` of a cell: how approvals and releases name it.

    Raises:
        NotFoundError: no such version.
    """
    rows = database.query(
        "SELECT draft_log_entry_id FROM message_versions WHERE message_id = ? AND number = ?", (message_id, number)
    )
    if not rows:
        raise NotFoundError(f"no version {number} of statement {message_id}")
    found: str = rows[0][0]
    return found


@dataclass(frozen=True)
class Sibling:
    """A version drafted on a laptop that had not seen the cell's current version (nor it the sibling).

    Attributes:
        version: the sibling version (its number is its place in the merged log).
        laptop: the laptop it was drafted on: its name in the incident's team, else the first
            characters of its id.
    """

    version: MessageVersion
    laptop: str


def siblings(database: Database, message_id: str) -> list[Sibling]:
    """The cell's other heads beside its current version, oldest first (none on a laptop alone).

    They were drafted without seeing the current version; each stays listed until someone saves
    a version of the cell after seeing it.
    """
    heads = head_entries(database, message_id)
    if len(heads) < 2:
        return []
    rows = database.query(
        f"""
        SELECT {_VERSION_COLUMNS}, e.device_id, l.laptop
        FROM message_versions v JOIN incident_messages m ON m.id = v.message_id
        JOIN log_entries e ON e.id = v.draft_log_entry_id
        LEFT JOIN share_laptops l ON l.incident_id = m.incident_id AND l.device_id = e.device_id
        WHERE v.message_id = ? AND v.draft_log_entry_id IN (SELECT value FROM json_each(?))
            AND v.number < (SELECT max(number) FROM message_versions WHERE message_id = v.message_id)
        ORDER BY v.number
        """,
        (message_id, json.dumps(heads)),
    )
    return [Sibling(_version(row), row["laptop"] or f"laptop {row['device_id'][:8]}") for row in rows]


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
