"""The crisis log table: durable appends to the device's hash chain, paged reads, search, verify."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.log import (
    GENESIS_HASH,
    ChainBreak,
    Kind,
    LogEntry,
    clean_author,
    clean_text,
    verify_chain,
)
from crisisroom.domain.signing import sign_entry
from crisisroom.storage import heads, signing
from crisisroom.storage.database import Database

_COLUMNS = (
    "seq, id, incident_id, device_id, device_seq, recorded_at, occurred_at, author, kind, text, "
    "payload, corrects, prev_hash, hash, signature"
)
# A link of a peer's chain, in the entries' columns (its content is withheld: stays on that laptop).
_LINK_COLUMNS = (
    "NULL, 'link-' || device_id || '-' || device_seq, NULL, device_id, device_seq, '', NULL, '', 'note', '', "
    "NULL, NULL, prev_hash, hash, signature"
)
# The signed order (DESIGN.md): recorded time, then each device's own numbering; never the rowid.
_ORDER = ("recorded_at", "device_id", "device_seq")


@dataclass(frozen=True)
class LogRow:
    """A stored entry plus what the views need to know about it."""

    seq: int
    entry: LogEntry
    corrected_by: str | None


def append(
    database: Database,
    incident_id: str | None,
    text: str,
    *,
    kind: Kind | str = Kind.NOTE,
    author: str,
    occurred_at: str | None = None,
    payload: dict[str, Any] | None = None,
    corrects: str | None = None,
) -> LogEntry:
    """Append one entry to this device's chain and commit it durably.

    Inside an open :meth:`Database.transaction` the entry joins that transaction, so a state
    change and its log entry are saved together or not at all. ``recorded_at`` is the database's
    clock (the system's, but for a generated story); ``occurred_at`` is for things written down
    after the fact. ``incident_id`` None is the organisation's part of the log (storage/events.py).

    Raises:
        InvalidInputError: empty text or author, unknown kind, or a bad correction target.
    """
    kind = Kind.parse(str(kind))
    text, author = clean_text(text), clean_author(author)
    with database.transaction() as conn:
        if corrects is not None:
            target = conn.execute("SELECT incident_id FROM log_entries WHERE id = ?", (corrects,)).fetchone()
            if target is None or target[0] != incident_id:
                raise InvalidInputError("a correction must point at an entry of the same incident")
        signer = signing.signer(database, conn)
        head = conn.execute(
            "SELECT device_seq, hash, recorded_at FROM log_entries WHERE device_id = ? "
            "ORDER BY device_seq DESC LIMIT 1",
            (signer.device_id,),
        ).fetchone()
        device_seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS_HASH)
        # A device's entries never go back in time, also when its clock is set back (a time-zone
        # mistake corrected, NTP): the log's order, and so a replay of it, keeps the order they were
        # written in. Such an entry takes its predecessor's time; occurred_at keeps what was meant.
        recorded_at = database.clock.now_iso()
        if head is not None and head[2] > recorded_at:
            recorded_at = head[2]
        recorded_at = _after_peers(conn, incident_id, signer.device_id, recorded_at)
        unhashed = LogEntry(
            id=str(uuid.uuid4()),
            incident_id=incident_id,
            device_id=signer.device_id,
            device_seq=device_seq,
            recorded_at=recorded_at,
            occurred_at=occurred_at,
            author=author,
            kind=kind.value,
            text=text,
            payload=payload,
            corrects=corrects,
            prev_hash=prev_hash,
            hash="",
        )
        entry_hash = unhashed.expected_hash()
        signature = None if signer.key is None else sign_entry(signer.key, entry_hash)
        entry = replace(unhashed, hash=entry_hash, signature=signature)
        conn.execute(
            f"INSERT INTO log_entries ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                entry.incident_id,
                entry.device_id,
                entry.device_seq,
                entry.recorded_at,
                entry.occurred_at,
                entry.author,
                entry.kind,
                entry.text,
                None if payload is None else json.dumps(payload, sort_keys=True, ensure_ascii=False),
                entry.corrects,
                entry.prev_hash,
                entry.hash,
                entry.signature,
            ),
        )
        public_key = signer.public_key
        database.after_commit(
            lambda: heads.note_head(database, entry.device_id, device_seq, entry_hash, public_key, prev_hash)
        )
    return entry


def _after_peers(conn: sqlite3.Connection, incident_id: str | None, device_id: str, recorded_at: str) -> str:
    """A hybrid logical clock for a shared incident (and the organisation's part, which its team shares
    too): an entry is never stamped before one from another laptop that is already here, so what was
    written after seeing an entry comes after it in the signed order on every laptop, whatever their
    clocks say (one millisecond after, at the least)."""
    if incident_id is None:  # the organisation's own index (recorded_at, WHERE incident_id IS NULL)
        newest = conn.execute(
            "SELECT recorded_at, device_id FROM log_entries WHERE incident_id IS NULL ORDER BY recorded_at DESC LIMIT 1"
        ).fetchone()
    else:
        newest = conn.execute(
            "SELECT recorded_at, device_id FROM log_entries WHERE incident_id = ? "
            "ORDER BY recorded_at DESC, device_id DESC, device_seq DESC LIMIT 1",
            (incident_id,),
        ).fetchone()
    if newest is None or newest[1] == device_id or newest[0] < recorded_at:
        return recorded_at
    return to_iso(from_iso(newest[0]) + timedelta(milliseconds=1))


def correct(database: Database, entry_id: str, text: str, *, author: str) -> LogEntry:
    """Write a correction of ``entry_id``: a new entry pointing at it (the original stays)."""
    original = get(database, entry_id)
    return append(database, original.incident_id, text, kind=Kind.CORRECTION, author=author, corrects=original.id)


def get(database: Database, entry_id: str) -> LogEntry:
    """One entry by its id.

    Raises:
        NotFoundError: when there is no such entry.
    """
    rows = database.query(f"SELECT {_COLUMNS} FROM log_entries WHERE id = ?", (entry_id,))
    if not rows:
        raise NotFoundError(f"no log entry {entry_id}")
    return _entry(rows[0])


@dataclass(frozen=True)
class LogFilter:
    """Which entries of an incident a view shows."""

    incident_id: str
    kinds: Sequence[str] = ()
    search: str = ""


def _where(flt: LogFilter) -> tuple[str, list[Any]]:
    """The incident and kind conditions on ``e`` (search is handled by the callers).

    A kind filter keeps each correction with the entry it corrects: a correction (or a correction
    of a correction) of a Decision shows under Decision, next to the original it replaces. The
    corrections are few and indexed (``log_entries_corrects``), so the set is small and cheap.
    """
    clauses, params = ["e.incident_id = ?"], [flt.incident_id]
    if flt.kinds:
        marks = ", ".join("?" for _ in flt.kinds)
        clauses.append(
            f"(e.kind IN ({marks}) OR (e.corrects IS NOT NULL AND e.id IN ("
            "WITH RECURSIVE fixes(id) AS ("
            " SELECT c.id FROM log_entries c JOIN log_entries o ON o.id = c.corrects"
            f" WHERE c.corrects IS NOT NULL AND o.incident_id = ? AND o.corrects IS NULL AND o.kind IN ({marks})"
            " UNION SELECT c.id FROM log_entries c JOIN fixes f ON c.corrects = f.id"
            ") SELECT id FROM fixes)))"
        )
        params.extend([*flt.kinds, flt.incident_id, *flt.kinds])
    return " AND ".join(clauses), params


def count(database: Database, flt: LogFilter) -> int:
    """How many entries match the filter."""
    where, params = _where(flt)
    query = fts_query(flt.search)
    if query:
        where += " AND e.seq IN (SELECT rowid FROM log_entries_fts WHERE log_entries_fts MATCH ?)"
        params.append(query)
    return int(database.query(f"SELECT count(*) FROM log_entries e WHERE {where}", params)[0][0])


_SELECT_ROWS = f"""
    SELECT {", ".join("e." + c.strip() for c in _COLUMNS.split(","))},
           (SELECT c.id FROM log_entries c WHERE c.corrects = e.id ORDER BY c.seq DESC LIMIT 1) AS corrected_by
"""


def page(database: Database, flt: LogFilter, *, after: LogRow | None = None, limit: int = 200) -> list[LogRow]:
    """Up to ``limit`` matching entries, newest first, continuing after the row ``after`` when given.

    Entries come in their signed order (recorded time, device, the device's own number), which no
    one can change without breaking a signature; the rowid only says where a row is stored. Keyset
    paging keeps every page equally fast however deep into a long log the view scrolls.

    A search walks the full-text index newest first and stops at ``limit``: starting from the
    entries instead would read and sort every match (200 ms for a common word in 100,000
    entries, against 4 ms this way). The index is kept in rowid order, which matches the signed
    order in every file Crisis Room wrote; ``verify`` reports a file where the two disagree.
    CROSS JOIN pins that join order for SQLite's planner.
    """
    where, params = _where(flt)
    query = fts_query(flt.search)
    if query:
        sql = f"{_SELECT_ROWS} FROM log_entries_fts f CROSS JOIN log_entries e ON e.seq = f.rowid"
        sql += f" WHERE log_entries_fts MATCH ? AND {where}"
        params.insert(0, query)
        if after is not None:
            sql += " AND f.rowid < ?"
            params.append(after.seq)
        sql += " ORDER BY f.rowid DESC LIMIT ?"
    else:
        sql = f"{_SELECT_ROWS} FROM log_entries e WHERE {where}"
        if after is not None:
            sql += " AND (e.recorded_at, e.device_id, e.device_seq) < (?, ?, ?)"
            params.extend((after.entry.recorded_at, after.entry.device_id, after.entry.device_seq))
        sql += " ORDER BY e.recorded_at DESC, e.device_id DESC, e.device_seq DESC LIMIT ?"
    rows = database.query(sql, [*params, limit])
    return [LogRow(row["seq"], _entry(row), row["corrected_by"]) for row in rows]


def entries(database: Database, incident_id: str) -> list[LogEntry]:
    """Every entry of an incident, oldest first."""
    rows = database.query(
        f"SELECT {_COLUMNS} FROM log_entries WHERE incident_id = ? ORDER BY {', '.join(_ORDER)}", (incident_id,)
    )
    return [_entry(row) for row in rows]


def organisation_entries(database: Database) -> list[LogEntry]:
    """Every entry of the organisation's part of the log (no incident: the team, settings, templates), oldest first."""
    rows = database.query(f"SELECT {_COLUMNS} FROM log_entries WHERE incident_id IS NULL ORDER BY {', '.join(_ORDER)}")
    return [_entry(row) for row in rows]


def incidents_marked(
    database: Database, kind: Kind | str, event: str, *, incident_id: str | None = None, open_only: bool = False
) -> list[str]:
    """Incidents with an entry of ``kind`` whose payload names ``event`` (a marker, such as the demo's),
    newest mark first; only ``incident_id`` when given, only open incidents with ``open_only``."""
    sql = (
        "SELECT e.incident_id FROM log_entries e JOIN incidents i ON i.id = e.incident_id "
        "WHERE e.kind = ? AND CASE WHEN json_valid(e.payload) THEN json_extract(e.payload, '$.event') END = ?"
    )
    params: list[Any] = [Kind.parse(str(kind)).value, event]
    if incident_id is not None:
        sql += " AND e.incident_id = ?"
        params.append(incident_id)
    if open_only:
        sql += " AND i.closed_at IS NULL"
    return [row[0] for row in database.query(sql + " ORDER BY e.seq DESC", params)]


def all_entries(database: Database) -> Iterator[LogEntry]:
    """Every entry of the file (all incidents and the organisation's), in the signed order, streamed."""
    rows = database.conn.execute(f"SELECT {_COLUMNS} FROM log_entries ORDER BY {', '.join(_ORDER)}")
    for row in rows:
        yield _entry(row)


def hash_at(conn: sqlite3.Connection, device_id: str, seq: int) -> str | None:
    """The hash of entry ``seq`` of a device's chain (an entry, or a peer's link), None when it is not here."""
    if seq == 0:
        return GENESIS_HASH
    row = conn.execute(
        "SELECT hash FROM log_entries WHERE device_id = ? AND device_seq = ?", (device_id, seq)
    ).fetchone()
    if row is None and _has_links(conn):  # a file not yet upgraded has no links
        row = conn.execute(
            "SELECT hash FROM log_links WHERE device_id = ? AND device_seq = ?", (device_id, seq)
        ).fetchone()
    return None if row is None else str(row[0])


def _has_links(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_links'").fetchone() is not None
    )


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must occur, the last as a prefix.

    Quoting each word keeps FTS5 syntax (``AND``, ``-``, ``:``, quotes) from ever raising an error
    while someone is typing.
    """
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def iter_chain(database: Database, damage: dict[tuple[str, int], tuple[str, str]] | None = None) -> Iterator[LogEntry]:
    """Every entry, grouped by device and in chain order, streamed.

    A row whose bytes were damaged (text that is not UTF-8, which ``PRAGMA quick_check`` does not
    notice and sqlite3 cannot decode, or a payload that is not JSON) still comes out, the bad bytes
    escaped, and is recorded in ``damage`` as ``(device_id, device_seq)`` -> ``(entry id, what is
    wrong)`` for :func:`verify` to report.
    """
    # A shared incident's peers' other entries are links here (storage/sharing.py): in the walk too.
    # A link whose entry arrived in full later (through another share) is passed by. Old backups have none.
    union = (
        f" UNION ALL SELECT {_LINK_COLUMNS}, 1 FROM log_links l WHERE NOT EXISTS (SELECT 1 FROM log_entries x "
        "WHERE x.device_id = l.device_id AND x.device_seq = l.device_seq)"
        if _has_links(database.conn)
        else ""
    )
    sql = (
        "SELECT * FROM (SELECT {columns}, 0 AS withheld FROM log_entries"
        + union
        + ") ORDER BY device_id, device_seq LIMIT -1 OFFSET ?"
    )
    done = 0
    try:
        for row in database.conn.execute(sql.format(columns=_COLUMNS), (0,)):
            entry = _entry(row)
            done += 1
            yield entry
        return
    except (sqlite3.OperationalError, ValueError) as exc:
        if isinstance(exc, sqlite3.OperationalError) and "decode" not in str(exc):
            raise
    # Damage found (rare): from that row on, read text as bytes and decode it here, row by row.
    tolerant = ", ".join(
        name
        if name == "seq"
        else f"CASE WHEN typeof({name}) = 'text' THEN CAST({name} AS BLOB) ELSE {name} END AS {name}"
        for name in (c.strip() for c in _COLUMNS.split(","))
    )
    for row in database.conn.execute(sql.format(columns=tolerant), (done,)):
        problems: list[str] = []
        entry = _entry(row, problems)
        if problems and damage is not None:
            damage[(entry.device_id, entry.device_seq)] = (entry.id, "; ".join(problems))
        yield entry


def walk(database: Database, observe: Callable[[LogEntry], None] | None = None) -> tuple[int, dict[str, ChainBreak]]:
    """Walk every device's hash chain (``observe`` sees each entry); the count and each chain's first break.

    This is the chain part of ``verify`` (storage/evidence.py adds signatures, the register, the
    record of heads and the backups).
    """
    total = 0
    damage: dict[tuple[str, int], tuple[str, str]] = {}

    def counted() -> Iterator[LogEntry]:
        nonlocal total
        for entry in iter_chain(database, damage):
            total += 1
            if observe is not None:
                observe(entry)
            yield entry

    found = {b.device_id: b for b in verify_chain(counted())}
    # A damaged row is named for what it is: on the break it caused, or on its own if it caused none.
    for (device_id, device_seq), (entry_id, reason) in damage.items():
        current = found.get(device_id)
        if current is None or (current.device_seq == device_seq and current.entry_id == entry_id):
            found[device_id] = ChainBreak(entry_id, device_id, device_seq, reason)
    return total, found


def verify(database: Database) -> tuple[int, list[ChainBreak]]:
    """Walk every device's hash chain; returns the number of entries and the first break of each chain."""
    total, found = walk(database)
    return total, [found[device_id] for device_id in sorted(found)]


def _entry(row: sqlite3.Row, problems: list[str] | None = None) -> LogEntry:
    """The entry of a row; with ``problems``, damaged bytes are escaped and described there instead of raising."""

    def value(column: str) -> Any:
        found = row[column]
        if not isinstance(found, bytes):
            return found
        try:
            return found.decode("utf-8")
        except UnicodeDecodeError:
            if problems is None:
                raise
            problems.append(f"its {column} holds damaged bytes (not valid UTF-8 text)")
            return found.decode("utf-8", "backslashreplace")

    payload = value("payload")
    if payload is not None:
        try:
            payload = json.loads(payload)
        except ValueError:
            if problems is None:
                raise
            problems.append("its payload is damaged (not valid JSON)")
    withheld = "withheld" in row.keys() and bool(row["withheld"])  # noqa: SIM118  (a Row's "in" reads values)
    return LogEntry(
        withheld=withheld,
        id=value("id"),
        incident_id=value("incident_id"),
        device_id=value("device_id"),
        device_seq=value("device_seq"),
        recorded_at=value("recorded_at"),
        occurred_at=value("occurred_at"),
        author=value("author"),
        kind=value("kind"),
        text=value("text"),
        payload=payload,
        corrects=value("corrects"),
        prev_hash=value("prev_hash"),
        hash=value("hash"),
        signature=value("signature"),
    )
