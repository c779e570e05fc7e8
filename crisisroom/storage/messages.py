"""Statements of the Message step: versions per audience × phase cell (and platform), approval and release, all logged.

The path draft → approved → released is enforced here (clear errors) and again by the schema (a
release without an approval, or a change to a saved version, is refused by SQLite itself).
Every transition writes a ``message`` log entry in the same transaction. An approval records the
SHA-256 of the text it approves, and a release needs the approval of that very text; a release on
a platform whose length limit the text exceeds needs an override with a reason.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from datetime import datetime

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.message_flow import (
    ALL_CHANNELS,
    AUDIENCES,
    MAX_MESSAGE_LENGTH,
    PHASES,
    PLATFORM_ORDER,
    Approval,
    Message,
    MessageState,
    MessageVersion,
    OverLimitError,
    Release,
    TooLongToApproveError,
    approval_over_limit,
    approver_role_label,
    audience,
    cell_label,
    find_approver,
    over_limits,
    phase,
    platform,
    platform_label,
    require_approvable,
    require_releasable,
    text_sha256,
)
from crisisroom.domain.response_steps import clean_block, clean_line, local_text, stored_time
from crisisroom.storage import incidents, log, team
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

_VERSION_COLUMNS = (
    "v.message_id, v.number, v.text, v.saved_at, v.saved_by, v.approved_at, v.approver_name, v.approver_role, "
    "v.approval_recorded_by, v.approved_text_sha256, v.approver_id, v.released_at, v.released_where, v.released_by, "
    "v.release_override"
)
_CELL_COLUMNS = "id, incident_id, audience, phase, platform"
MAX_OVERRIDE_REASON = 500


def save_draft_text(
    database: Database,
    incident_id: str,
    audience_key: str,
    phase_key: str,
    text: str,
    *,
    author: str,
    platform_key: str | None = ALL_CHANNELS,
) -> Message:
    """Save a statement's text as a new draft version of its cell (or of the cell's version for one platform); logged.

    Call it when a person saves or leaves the cell's editor, not on every keystroke (the page's
    draft, :func:`crisisroom.storage.response_steps.save_draft`, keeps what is being typed). A text equal to
    the current version's changes nothing. A different text makes a new draft version: an approved
    text goes back to draft and needs approval again; a released text stays in the history as it
    went out.

    Args:
        database: the open database.
        incident_id: the incident.
        audience_key: one of ``public-posts``, ``customers``, ``employees``, ``press``, ``partners``.
        phase_key: one of ``holding``, ``update``, ``resolution``.
        text: the statement.
        author: who wrote it.
        platform_key: the platform this version is written for (``x``, ``sms``…), or ``""`` (the
            default) for the statement for all channels.

    Returns:
        The cell with its new current version.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: unknown audience, phase or platform, empty or overlong text.
    """
    audience_key, phase_key = audience(audience_key), phase(phase_key)
    platform_key = platform(platform_key)
    text = clean_block(text, "a statement's text", limit=MAX_MESSAGE_LENGTH)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    label = cell_label(audience_key, phase_key, platform_key)
    with database.transaction() as conn:
        row = conn.execute(
            "SELECT id FROM incident_messages WHERE incident_id = ? AND audience = ? AND phase = ? AND platform = ?",
            (incident.id, audience_key, phase_key, platform_key),
        ).fetchone()
        if row is None:
            message_id = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (message_id, incident.id, audience_key, phase_key, platform_key, database.clock.now_iso()),
            )
            current = None
        else:
            message_id = row["id"]
            current = _versions(database, message_id)[-1]
        if current is not None and current.text == text:
            return get(database, message_id)
        number = 1 if current is None else current.number + 1
        if current is None or current.state is MessageState.DRAFT:
            what = f"{label}: draft v{number} saved"
        elif current.state is MessageState.APPROVED:
            what = f"{label}: approved v{current.number} edited, so it is back to draft as v{number} and needs approval"
        else:
            what = f"{label}: new draft v{number} after v{current.number} was released"
        entry = log.append(
            database,
            incident.id,
            what,
            kind=Kind.MESSAGE,
            author=author,
            payload={
                "event": "message-drafted",
                "message": message_id,
                "audience": audience_key,
                "phase": phase_key,
                "platform": platform_key,
                "version": number,
                "previous_state": None if current is None else current.state.value,
                "text": text,
                "text_sha256": text_sha256(text),
            },
        )
        conn.execute(
            "INSERT INTO message_versions (message_id, number, text, saved_at, saved_by, draft_log_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (message_id, number, text, database.clock.now_iso(), author, entry.id),
        )
    return get(database, message_id)


def approve(
    database: Database,
    message_id: str,
    *,
    approver_name: str,
    approver_role: str,
    author: str,
    approved_at: datetime | None = None,
    expected_version: int | None = None,
    approver_id: str | None = None,
    over_limit: bool = False,
) -> Message:
    """Approve the cell's current version (ICS 213's "approved by": name, role, time); logged.

    The approval names the SHA-256 of the text it approves (stored and in the log entry). The
    approver and the author may differ: a scribe often records an approval given by phone. The
    window and the command line choose the approver from the roster with :func:`approve_as`,
    which calls this.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        approver_name: who approved.
        approver_role: in which role (e.g. "Executive approver", "Legal").
        author: who records the approval.
        approved_at: when it was given (aware datetime); None means now.
        expected_version: the version number the approver read; when the text has changed since,
            the approval is refused rather than applied to words nobody approved.
        approver_id: the roster person who approved, when known.
        over_limit: approve a platform's version although it is over that platform's limit (the
            log entry says so; its release there still needs an override reason).

    Raises:
        NotFoundError: no such message.
        TooLongToApproveError: a platform's version is over its platform's limit and
            ``over_limit`` is not set (an :class:`InvalidInputError`).
        InvalidInputError: the current version is not a draft (already approved or released), it
            is not ``expected_version``, the approver's name or role is missing, or the time is
            in the future or before the version was saved.
    """
    approver_name = clean_line(approver_name, "the approver's name", limit=200)
    approver_role = clean_line(approver_role, "the approver's role", limit=200)
    author = clean_author(author)
    at = stored_time(approved_at, "the approval time", database.clock.now())
    message = get(database, message_id)
    _check_expected(message, expected_version)
    require_approvable(message)
    over = approval_over_limit(message)
    if over and not over_limit:
        raise TooLongToApproveError(message.label, message.current.number, over)
    incident = incidents.get(database, message.incident_id)
    if at < message.current.saved_at:
        raise InvalidInputError(
            f"{message.label} v{message.current.number} was saved at "
            f"{local_text(message.current.saved_at, clock_of(database, incident))}; it cannot have been approved before"
        )
    digest = message.current.text_sha256
    what = f"{message.label}: v{message.current.number} approved by {approver_name} ({approver_role})"
    payload: dict[str, object] = {
        "event": "message-approved",
        "message": message.id,
        "version": message.current.number,
        "approver_name": approver_name,
        "approver_role": approver_role,
        "approver_id": approver_id,
        "text_sha256": digest,
        "at": at,
    }
    if over:
        lengths = ", ".join(f"{m.platform.label if m.platform else '?'} {m.count:,} of {m.limit or 0:,}" for m in over)
        what += f", over the length limit ({lengths})"
        payload["over_limit"] = [
            {"platform": m.platform.value if m.platform else None, "count": m.count, "limit": m.limit} for m in over
        ]
    with database.transaction() as conn:
        entry = log.append(
            database,
            message.incident_id,
            what,
            kind=Kind.MESSAGE,
            author=author,
            occurred_at=at if approved_at is not None else None,
            payload=payload,
        )
        conn.execute(
            "UPDATE message_versions SET approved_at = ?, approver_name = ?, approver_role = ?, "
            "approval_recorded_by = ?, approval_log_entry_id = ?, approved_text_sha256 = ?, approver_id = ? "
            "WHERE message_id = ? AND number = ?",
            (
                at,
                approver_name,
                approver_role,
                author,
                entry.id,
                digest,
                approver_id,
                message.id,
                message.current.number,
            ),
        )
    return get(database, message.id)


def approve_as(
    database: Database,
    message_id: str,
    approver: str,
    *,
    author: str,
    approved_at: datetime | None = None,
    expected_version: int | None = None,
    over_limit: bool = False,
) -> Message:
    """Approve the cell's current version by someone on the roster who may approve statements.

    The role recorded is the person's approving role on the roster (Executive approver, CEO,
    CMO, Legal counsel or Crisis lead, the first they hold), never typed.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        approver: the roster person, by id or by name (ignoring case).
        author: who records the approval.
        approved_at: when it was given (aware datetime); None means now.
        expected_version, over_limit: as :func:`approve`.

    Raises:
        NotFoundError: no such message.
        InvalidInputError: the person is not on the roster or may not approve (the message names
            those who may), or as :func:`approve`.
    """
    person = find_approver(team.list_people(database), approver)
    return approve(
        database,
        message_id,
        approver_name=person.name,
        approver_role=approver_role_label(person),
        author=author,
        approved_at=approved_at,
        expected_version=expected_version,
        approver_id=person.id,
        over_limit=over_limit,
    )


def release(
    database: Database,
    message_id: str,
    *,
    where: Sequence[str] = (),
    author: str,
    released_at: datetime | None = None,
    expected_version: int | None = None,
    override_reason: str | None = None,
) -> Message:
    """Record that the cell's approved current version went out, and where; logged.

    Releasing a holding statement or an update restarts the next-update countdown. The text is
    measured for every platform in ``where`` (names such as ``X``, ``SMS``, ``Threads``; other
    places, like a website, have no limit): over a limit, the release is refused unless
    ``override_reason`` says why it goes out anyway, and then the log entry names the platforms,
    the lengths and the reason.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        where: the platforms or channels it went out on (``["X", "Website"]``); for a platform's
            version, empty means that platform.
        author: who records the release.
        released_at: when it went out (aware datetime); None means now.
        expected_version: the version number the person saw; refused when the text changed since.
        override_reason: why it goes out although it is over a platform's limit.

    Raises:
        NotFoundError: no such message.
        OverLimitError: the text is over the limit of a platform in ``where`` and there is no
            override reason (an :class:`InvalidInputError`).
        InvalidInputError: the current version is a draft (not approved; when an earlier version
            was approved, the message says the text changed after approval) or already released,
            the approved text's hash does not match, it is not ``expected_version``, ``where`` is
            empty, or the time is in the future or before the approval.
    """
    author = clean_author(author)
    at = stored_time(released_at, "the release time", database.clock.now())
    message = get(database, message_id)
    if not where and message.platform:
        where = [platform_label(message.platform)]
    places = _clean_where(where)
    reason = clean_line(override_reason or "", "the reason for the override", required=False, limit=MAX_OVERRIDE_REASON)
    _check_expected(message, expected_version)
    require_releasable(message)
    over = over_limits(message.current.text, places)
    if over and not reason:
        raise OverLimitError(message.label, message.current.number, over)
    approval = message.current.approval
    incident = incidents.get(database, message.incident_id)
    if approval is not None and at < approval.at:
        raise InvalidInputError(
            f"{message.label} v{message.current.number} was approved at "
            f"{local_text(approval.at, clock_of(database, incident))}; "
            "it cannot have been released before"
        )
    what = f"{message.label}: v{message.current.number} released on {', '.join(places)}"
    payload: dict[str, object] = {
        "event": "message-released",
        "message": message.id,
        "version": message.current.number,
        "where": list(places),
        "text_sha256": message.current.text_sha256,
        "at": at,
    }
    if over:
        lengths = ", ".join(f"{m.platform.label if m.platform else '?'} {m.count:,} of {m.limit or 0:,}" for m in over)
        what += f", over the length limit ({lengths}); override: {reason}"
        payload["over_limit"] = [
            {"platform": m.platform.value if m.platform else None, "count": m.count, "limit": m.limit} for m in over
        ]
        payload["override_reason"] = reason
    with database.transaction() as conn:
        entry = log.append(
            database,
            message.incident_id,
            what,
            kind=Kind.MESSAGE,
            author=author,
            occurred_at=at if released_at is not None else None,
            payload=payload,
        )
        conn.execute(
            "UPDATE message_versions SET released_at = ?, released_where = ?, released_by = ?, "
            "release_log_entry_id = ?, release_override = ? WHERE message_id = ? AND number = ?",
            (
                at,
                json.dumps(list(places), ensure_ascii=False),
                author,
                entry.id,
                reason if over else None,
                message.id,
                message.current.number,
            ),
        )
    return get(database, message.id)


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


def _clean_where(where: Sequence[str]) -> tuple[str, ...]:
    if isinstance(where, str):
        where = [where]
    places: list[str] = []
    for place in where:
        name = clean_line(place, "a platform or channel", required=False, limit=200)
        if name and name.lower() not in (p.lower() for p in places):
            places.append(name)
    if not places:
        raise InvalidInputError("say where the statement was released (at least one platform or channel)")
    return tuple(places)


def _check_expected(message: Message, expected_version: int | None) -> None:
    if expected_version is not None and expected_version != message.current.number:
        raise InvalidInputError(
            f"{message.label} changed since you read it (now v{message.current.number}, you saw v{expected_version}); "
            "read the current text first"
        )


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
