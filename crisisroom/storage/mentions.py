"""The mentions table: all-or-nothing imports, manual entries, relabelling, hourly counts.

Mention rows are carried with the log (storage/events.py, CARRIED_TABLES): an import writes its
rows and records one :class:`MentionsImported` event naming the batch and the SHA-256 of its rows
as imported (:data:`CANONICAL_ROW`); the import's batch and the hourly counts are state its
handler derives from those rows. A relabel is an event too; it keeps the label as imported beside
the current one (``imported_*``, set by the first relabel), which a rebuild starts from.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crisisroom.domain.errors import InvalidInputError, NotFoundError, UserError
from crisisroom.domain.events.drills import DrillPostsIn
from crisisroom.domain.events.mentions import MentionRelabelled, MentionsImported
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.mentions import (
    EARLIEST_HOUR,
    LATEST_HOUR,
    POSTED_WINDOW,
    HourCount,
    Mention,
    RowRejection,
    Sentiment,
    SentimentSource,
    hour_key,
    plausible_posted_at,
)
from crisisroom.domain.rules import next_hour
from crisisroom.storage import events
from crisisroom.storage.database import Database
from crisisroom.storage.errors import translated

BATCH_ROWS = 5000


class ImportCancelled(UserError):
    """The person cancelled an import; nothing was stored."""


@dataclass
class ImportSummary:
    """What an import did."""

    batch_id: str
    source: str
    preset: str
    rows_read: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: list[RowRejection] = field(default_factory=list)
    # Imported mentions left without a sentiment, per stored reason (``language:de``, ``too-short``).
    unscored: dict[str, int] = field(default_factory=dict)


def _row(incident_id: str, mention: Mention, batch_id: str) -> tuple[Any, ...]:
    if mention.sentiment_source is None or (mention.sentiment is None) != (
        mention.sentiment_source == SentimentSource.UNSCORED
    ):
        raise ValueError("a mention is stored with its sentiment (or unscored, with a reason); classify it first")
    return (
        incident_id,
        mention.dedupe_key(),
        mention.posted_at,
        mention.platform,
        mention.author,
        mention.text,
        mention.url,
        mention.external_id,
        mention.sentiment.value if mention.sentiment is not None else None,
        mention.sentiment_source.value,
        mention.reach,
        batch_id,
        int(mention.time_known),
        (mention.unscored_reason or "unclear-language") if mention.sentiment is None else None,
    )


def import_mentions(
    database: Database,
    incident_id: str,
    items: Iterable[Mention | RowRejection],
    *,
    source: str,
    file_format: str,
    preset: str,
    author: str,
    file_sha256: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Store parsed mentions: all of them, or (on any error or cancel) none.

    Rows are first staged in a temporary table of this connection, which takes no lock on the
    crisis database, so the team keeps logging while a large export is read and classified. Only
    the final step (moving the staged rows in and recording the import, whose handler recounts the
    hours) is a write transaction, and it is short. Mentions already stored for the incident (same
    export id, link or content) are counted as duplicates and not added again.

    Raises:
        ImportCancelled: ``cancelled()`` returned True; nothing was stored.
        UserError: from the parser (a bad row) or storage (full disk…); nothing was stored.
    """
    summary = ImportSummary(batch_id=str(uuid.uuid4()), source=source, preset=preset)
    conn = database.conn
    _open_staging(database)
    try:
        # A deferred transaction that only writes the temporary table: no lock on the crisis log.
        with translated(database.path):
            conn.execute("BEGIN")
        try:
            _stage(database, incident_id, items, summary, cancelled)
        finally:
            with translated(database.path):
                conn.execute("COMMIT")
        with database.transaction():
            _move_staged(database, incident_id, summary, file_format, file_sha256, author)
    finally:
        with translated(database.path):
            conn.execute("DELETE FROM temp.import_staging")
    return summary


_STAGED_COLUMNS = (
    "incident_id, dedupe_key, posted_at, platform, author, text, url, external_id, sentiment, sentiment_source, "
    "reach, batch_id, time_known, unscored_reason"
)

# A row as it was imported, in one canonical line (SQLite's JSON of its fields, the label as imported):
# the SHA-256 of a batch's lines, each ended by a newline, in the order the rows were stored, is the
# digest its import's log entry carries.
CANONICAL_ROW = (
    "json_array(incident_id, dedupe_key, posted_at, platform, author, text, url, external_id, "
    "CASE WHEN imported_source IS NULL THEN sentiment ELSE imported_sentiment END, "
    "coalesce(imported_source, sentiment_source), "
    "CASE WHEN imported_source IS NULL THEN unscored_reason ELSE imported_reason END, "
    "reach, time_known)"
)


def _open_staging(database: Database) -> None:
    with translated(database.path):
        database.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS import_staging ({_STAGED_COLUMNS})")
        database.conn.execute("DELETE FROM temp.import_staging")


def _stage(
    database: Database,
    incident_id: str,
    items: Iterable[Mention | RowRejection],
    summary: ImportSummary,
    cancelled: Callable[[], bool] | None,
) -> None:
    pending: list[tuple[Any, ...]] = []
    insert = f"INSERT INTO temp.import_staging VALUES ({', '.join('?' * 14)})"

    def flush() -> None:
        with translated(database.path):
            database.conn.executemany(insert, pending)
        pending.clear()
        if cancelled is not None and cancelled():
            raise ImportCancelled("the import was cancelled; nothing was stored")

    for item in items:
        summary.rows_read += 1
        if isinstance(item, RowRejection):
            summary.rejected.append(item)
            continue
        if not plausible_posted_at(item.posted_at):
            # The importers refuse such dates with a line number; this guards every other way in.
            raise InvalidInputError(_implausible(item.posted_at))
        pending.append(_row(incident_id, item, summary.batch_id))
        if len(pending) >= BATCH_ROWS:
            flush()
    flush()


def _insert_staged(conn: sqlite3.Connection) -> tuple[int, int, str | None, str | None]:
    """Move the staged rows in (the duplicates left out): (seq before, rows added, first and last staged time).

    The rows of one insert get the numbers after the highest one, so they are ``seq > before``.
    """
    # The rows point at their batch, which the import's handler makes in this same transaction.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    before = int(conn.execute("SELECT coalesce(max(seq), 0) FROM mentions").fetchone()[0])
    changes = conn.total_changes
    # In time order, so the time index grows at its end instead of being written all over.
    conn.execute(
        f"INSERT OR IGNORE INTO mentions ({_STAGED_COLUMNS}) "
        f"SELECT {_STAGED_COLUMNS} FROM temp.import_staging ORDER BY posted_at"
    )
    added = conn.total_changes - changes
    first, last = conn.execute("SELECT min(posted_at), max(posted_at) FROM temp.import_staging").fetchone()
    return before, added, first, last


def _move_staged(
    database: Database,
    incident_id: str,
    summary: ImportSummary,
    file_format: str,
    file_sha256: str | None,
    author: str,
) -> None:
    conn = database.conn
    before, summary.imported, first, last = _insert_staged(conn)
    summary.duplicates = summary.rows_read - len(summary.rejected) - summary.imported
    summary.unscored = {
        reason: n
        for reason, n in conn.execute(
            "SELECT unscored_reason, count(*) FROM mentions WHERE seq > ? AND batch_id = ? "
            "AND unscored_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC",
            (before, summary.batch_id),
        )
    }
    event = MentionsImported(
        incident=incident_id,
        batch=summary.batch_id,
        source=summary.source,
        file_sha256=file_sha256,
        format=file_format,
        preset=summary.preset,
        rows_read=summary.rows_read,
        count=summary.imported,
        duplicates=summary.duplicates,
        rejected=len(summary.rejected),
        digest=_new_rows_digest(conn, summary.batch_id, before),
        first=first,
        last=last,
    )
    text = f"Imported {summary.imported:,} mentions from {summary.source} ({summary.preset})"
    if summary.duplicates:
        text += f"; {summary.duplicates:,} were already in the room"
    if summary.rejected:
        text += f"; {len(summary.rejected):,} unusable rows skipped"
    events.record(database, incident_id, event, text, kind=Kind.NOTE, author=author)


@events.handles(MentionsImported)
def _imported(conn: sqlite3.Connection, entry: LogEntry, event: MentionsImported) -> None:
    conn.execute(
        "INSERT INTO import_batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.batch,
            event.incident,
            event.source,
            event.file_sha256,
            event.format,
            event.preset,
            entry.recorded_at,
            entry.author,
            event.rows_read,
            event.count,
            event.duplicates,
            event.rejected,
        ),
    )
    if event.count:
        count_hours(conn, event.incident, event.first, event.last)


def count_hours(conn: sqlite3.Connection, incident_id: str, first: str | None, last: str | None) -> None:
    """Recount the hours a batch's rows (posted from ``first`` to ``last``) can touch, from the rows stored."""
    if first is not None and last is not None:
        _recount_hours(conn, incident_id, hour_key(first), next_hour(hour_key(last)))


def _new_rows_digest(conn: sqlite3.Connection, batch_id: str, before: int) -> str:
    """The digest of the rows one insert just added to ``batch_id`` (numbered after ``before``).

    Read in chunks that SQLite joins into one string each, so a large import costs no Python per row.
    """
    digest = hashlib.sha256()
    after = before
    while True:
        last, lines = conn.execute(
            f"SELECT max(seq), group_concat(line, '') FROM (SELECT seq, {CANONICAL_ROW} || char(10) AS line "
            f"FROM mentions WHERE seq > ? AND batch_id = ? ORDER BY seq LIMIT {BATCH_ROWS})",
            (after, batch_id),
        ).fetchone()
        if last is None:
            return digest.hexdigest()
        digest.update(lines.encode())
        after = last


def batch_digest(conn: sqlite3.Connection, incident_id: str, batch_id: str, first: str | None, last: str | None) -> str:
    """The digest of a batch whose rows came in over time (a drill's burst), all posted from ``first`` to ``last``."""
    digest = hashlib.sha256()
    if first is not None and last is not None:
        for (line,) in conn.execute(
            f"SELECT {CANONICAL_ROW} FROM mentions WHERE incident_id = ? AND posted_at >= ? AND posted_at <= ? "
            "AND batch_id = ? ORDER BY seq",
            (incident_id, first, last, batch_id),
        ):
            digest.update(line.encode() + b"\n")
    return digest.hexdigest()


def carried_digests(conn: sqlite3.Connection, batches: Iterable[str]) -> dict[str, tuple[str, int]]:
    """(digest, rows) of every batch named, from the rows stored now: one pass over the mentions.

    The rows are read in chunks of :data:`BATCH_ROWS` numbers; a chunk's rows of one batch (an import's
    rows are consecutive, so usually all of them) are joined by SQLite into one string, so a large file
    costs no Python per row; a chunk of many small batches is read row by row.
    """
    hashes = {batch: hashlib.sha256() for batch in batches}
    rows = dict.fromkeys(hashes, 0)
    if not hashes:
        return {}
    top = int(conn.execute("SELECT coalesce(max(seq), 0) FROM mentions").fetchone()[0])
    for low in range(0, top, BATCH_ROWS):
        span = (low, low + BATCH_ROWS)
        present = conn.execute(
            "SELECT batch_id, count(*) FROM mentions WHERE seq > ? AND seq <= ? GROUP BY batch_id", span
        ).fetchall()
        wanted = [(batch, n) for batch, n in present if batch in hashes]
        if len(present) <= 8:
            for batch, n in wanted:
                (lines,) = conn.execute(
                    f"SELECT group_concat(line, '') FROM (SELECT {CANONICAL_ROW} || char(10) AS line FROM mentions "
                    f"WHERE seq > ? AND seq <= ? AND batch_id = ? ORDER BY seq LIMIT {BATCH_ROWS})",
                    (*span, batch),
                ).fetchone()
                hashes[batch].update(lines.encode())
                rows[batch] += n
        elif wanted:
            for batch, line in conn.execute(
                f"SELECT batch_id, {CANONICAL_ROW} FROM mentions WHERE seq > ? AND seq <= ? ORDER BY seq", span
            ):
                found = hashes.get(batch)
                if found is not None:
                    found.update(line.encode() + b"\n")
                    rows[batch] += 1
    return {batch: (h.hexdigest(), rows[batch]) for batch, h in hashes.items()}


@dataclass(frozen=True)
class ChangedBatch:
    """An import whose rows are not as its log entry says they were imported."""

    entry_id: str
    incident_id: str
    source: str
    recorded: int  # rows the entry counted
    found: int  # rows stored now


def changed_batches(conn: sqlite3.Connection) -> list[ChangedBatch]:
    """Imports whose rows were changed, added or removed since (outside Crisis Room: a relabel keeps the
    label as imported), found by the digest their entry carries. Imports logged before digests are not checked."""
    recorded: dict[str, tuple[str, str, str, int, str]] = {}
    for entry_id, incident_id, text in conn.execute(
        "SELECT id, incident_id, payload FROM log_entries WHERE payload LIKE '%\"digest\"%'"
    ):
        try:
            payload = json.loads(text)
        except ValueError:
            continue  # a damaged entry: the chain check names it
        kind, batch, digest = payload.get("type"), payload.get("batch"), payload.get("digest")
        if kind not in (MentionsImported.TYPE, DrillPostsIn.TYPE) or not batch or not digest:
            continue
        name = payload.get("source") if kind == MentionsImported.TYPE else f"the drill's burst {payload.get('inject')}"
        recorded[str(batch)] = (entry_id, incident_id, str(name), int(payload.get("count") or 0), str(digest))
    found = carried_digests(conn, recorded)
    # A batch another laptop of a shared incident imported: its rows were checked against the entry's
    # digest when they arrived, and what was stored of them then (a post already here is kept once,
    # under the batch that brought it first) is what they must still be (storage/sharing.py).
    has_received = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'received_batches'").fetchone()
    received = {
        str(batch): (str(digest), int(rows))
        for batch, rows, digest in (
            conn.execute("SELECT batch_id, stored_rows, stored_digest FROM received_batches") if has_received else ()
        )
    }
    changed = []
    for batch, (entry_id, incident_id, name, count, digest) in recorded.items():
        expected = received.get(batch, (digest, count))
        if found[batch] != expected:
            changed.append(ChangedBatch(entry_id, incident_id, name, expected[1], found[batch][1]))
    return changed


def open_batch(
    conn: sqlite3.Connection,
    entry: LogEntry,
    *,
    batch_id: str,
    incident_id: str,
    source: str,
    file_format: str,
    preset: str,
) -> None:
    """Make an import batch whose rows come in later, over time (a drill's burst); its counts wait for its close."""
    conn.execute(
        "INSERT INTO import_batches VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 0, 0, 0, 0)",
        (batch_id, incident_id, source, file_format, preset, entry.recorded_at, entry.author),
    )


def close_batch(conn: sqlite3.Connection, batch_id: str, *, rows_read: int, imported: int, duplicates: int) -> None:
    """A batch that came in over time is complete: its counts."""
    conn.execute(
        "UPDATE import_batches SET rows_read = ?, imported = ?, duplicates = ? WHERE id = ?",
        (rows_read, imported, duplicates, batch_id),
    )


def add_to_batch(database: Database, incident_id: str, batch_id: str, items: Sequence[Mention]) -> tuple[int, int]:
    """Store mentions into a batch that comes in over time (a drill's burst): (added, already there).

    The batch was named by an entry of the log (the burst's inject), whose handler counts the hours
    of the batch's rows; the rows added here are counted into their hours in the same way, and the
    batch's last entry (its posts all in) records how many came and their digest. A few rows at a
    time, so they go straight in (joining the caller's transaction, if any).
    """
    for item in items:
        if not plausible_posted_at(item.posted_at):
            raise InvalidInputError(_implausible(item.posted_at))
    # In time order, as an import moves its rows in.
    rows = sorted((_row(incident_id, item, batch_id) for item in items), key=lambda row: str(row[2]))
    with database.transaction() as conn:
        changes = conn.total_changes
        conn.executemany(f"INSERT OR IGNORE INTO mentions ({_STAGED_COLUMNS}) VALUES ({', '.join('?' * 14)})", rows)
        added = conn.total_changes - changes
        if added:
            count_hours(conn, incident_id, str(rows[0][2]), str(rows[-1][2]))
    return added, len(rows) - added


def add_mention(database: Database, incident_id: str, mention: Mention, *, author: str) -> bool:
    """Store one mention typed or pasted by a person; returns False when it was already there."""
    if not mention.text.strip() and not mention.url.strip():
        raise InvalidInputError("a mention needs its text or a link")
    if not plausible_posted_at(mention.posted_at):
        raise InvalidInputError(_implausible(mention.posted_at))
    summary = import_mentions(
        database, incident_id, [mention], source="manual entry", file_format="manual", preset="manual", author=author
    )
    return summary.imported == 1


def _implausible(posted_at: str) -> str:
    return f"a mention posted at {posted_at[:16]} cannot be right: the date must be from {POSTED_WINDOW}"


def incident_of(database: Database, seq: int) -> str:
    """The incident mention number ``seq`` belongs to.

    Raises:
        NotFoundError: no such mention.
    """
    rows = database.query("SELECT incident_id FROM mentions WHERE seq = ?", (seq,))
    if not rows:
        raise NotFoundError(f"no mention #{seq}; see 'crisisroom mentions list'")
    return str(rows[0][0])


def relabel(database: Database, seq: int, sentiment: Sentiment, *, author: str) -> bool:
    """A person corrects a mention's sentiment; the change is logged. False when it already had that label."""
    row = database.query(
        "SELECT incident_id, sentiment, text, posted_at, dedupe_key FROM mentions WHERE seq = ?", (seq,)
    )
    if not row:
        raise NotFoundError(f"no mention #{seq}")
    incident_id, before, text, posted_at, dedupe_key = row[0]
    before = before or "unscored"
    if before == sentiment.value:
        return False
    excerpt = " ".join(text.split())[:80]
    events.record(
        database,
        incident_id,
        MentionRelabelled(
            incident=incident_id,
            mention=seq,
            dedupe_key=dedupe_key,
            posted_at=posted_at,
            previous=before,
            sentiment=sentiment.value,
        ),
        f"Mention relabelled {before} → {sentiment.value}: “{excerpt}”",
        kind=Kind.NOTE,
        author=author,
    )
    return True


@events.handles(MentionRelabelled)
def _relabelled(conn: sqlite3.Connection, entry: LogEntry, event: MentionRelabelled) -> None:
    # The first relabel keeps the label as imported beside the current one (every SET reads the row as it was).
    conn.execute(
        "UPDATE mentions SET "
        "imported_sentiment = CASE WHEN imported_source IS NULL THEN sentiment ELSE imported_sentiment END, "
        "imported_reason = CASE WHEN imported_source IS NULL THEN unscored_reason ELSE imported_reason END, "
        "imported_source = coalesce(imported_source, sentiment_source), "
        "sentiment = ?, sentiment_source = ?, unscored_reason = NULL "
        "WHERE incident_id = ? AND dedupe_key = ?",
        (event.sentiment, SentimentSource.MANUAL.value, event.incident, event.dedupe_key),
    )
    hour = hour_key(event.posted_at)
    _recount_hours(conn, event.incident, hour, next_hour(hour))


@events.carried_reset("mentions")
def _as_imported(conn: sqlite3.Connection) -> None:
    """A copy of the carried rows starts from them as imported: the relabels are replayed from the log."""
    conn.execute(
        "UPDATE mentions SET sentiment = imported_sentiment, sentiment_source = imported_source, "
        "unscored_reason = imported_reason, imported_sentiment = NULL, imported_source = NULL, "
        "imported_reason = NULL WHERE imported_source IS NOT NULL"
    )


def _recount_hours(conn: sqlite3.Connection, incident_id: str, start: str, end: str) -> None:
    """Recount the hourly table for hours [start, end) from the mentions themselves.

    One grouped scan of the time index at the end of an import is far cheaper than keeping the
    counts per inserted row, and it can never drift from the mentions it counts.
    """
    conn.execute(
        """
        INSERT OR REPLACE INTO mention_hours (incident_id, hour, total, negative, unscored)
        SELECT incident_id, substr(posted_at, 1, 13) || ':00:00Z', count(*),
            count(*) FILTER (WHERE sentiment = 'negative'), count(*) FILTER (WHERE sentiment IS NULL)
        FROM mentions WHERE incident_id = ? AND posted_at >= ? AND posted_at < ? AND time_known
        GROUP BY 2
        """,
        (incident_id, _instant(start), _instant(end)),
    )


def rules_input(database: Database, incident_id: str) -> tuple[int, str]:
    """A mark of what the rules read of an incident's mentions, to tell whether it changed: the
    newest mention row's number in the file (rows are only ever added) and the incident's hourly
    negative counts (which a relabel moves). Cheap: no pass over the mentions."""
    top = database.query("SELECT coalesce(max(seq), 0) FROM mentions")[0][0]
    hours = database.query(
        "SELECT group_concat(hour || '=' || negative, ',') FROM "
        "(SELECT hour, negative FROM mention_hours WHERE incident_id = ? ORDER BY hour)",
        (incident_id,),
    )[0][0]
    return int(top), str(hours or "")


def hourly(
    database: Database, incident_id: str, *, start: str | None = None, end: str | None = None
) -> list[HourCount]:
    """Hourly counts (UTC hour starts) in time order, from the aggregate table: one row per hour.

    Hours outside the plausible window (1990 to 2099) are left out: a mention dated year 1 or
    9999, stored before imports refused such dates, must not stretch every chart, report and
    rule evaluation over thousands of years.
    """
    sql = "SELECT hour, total, negative, unscored FROM mention_hours WHERE incident_id = ? AND hour >= ? AND hour < ?"
    params: list[Any] = [incident_id, EARLIEST_HOUR, LATEST_HOUR]
    if start is not None:
        sql += " AND hour >= ?"
        params.append(start)
    if end is not None:
        sql += " AND hour < ?"
        params.append(end)
    return [HourCount(*row) for row in database.query(sql + " ORDER BY hour", params)]


def nth_negative(database: Database, incident_id: str) -> Callable[[str, int], str]:
    """A lookup for the rules: the posted_at of the n-th negative mention in an hour."""

    def lookup(hour: str, n: int) -> str:
        rows = database.query(
            "SELECT posted_at FROM mentions WHERE incident_id = ? AND sentiment = 'negative' AND time_known "
            "AND posted_at >= ? AND posted_at < ? ORDER BY posted_at, seq LIMIT 1 OFFSET ?",
            (incident_id, _instant(hour), _instant(next_hour(hour)), n - 1),
        )
        return str(rows[0][0])

    return lookup


def negative_times(database: Database, incident_id: str) -> Callable[[str, str], list[str]]:
    """A lookup for the sliding-window rules: negative posted_at values in [start, end), sorted."""

    def lookup(start: str, end: str) -> list[str]:
        rows = database.query(
            "SELECT posted_at FROM mentions WHERE incident_id = ? AND sentiment = 'negative' AND time_known "
            "AND posted_at >= ? AND posted_at < ? ORDER BY posted_at, seq",
            (incident_id, _instant(start), _instant(end)),
        )
        return [str(r[0]) for r in rows]

    return lookup


def _instant(hour: str) -> str:
    """An hour key (``…T13:00:00Z``) in the stored timestamp form, so it compares with posted_at."""
    return hour[:13] + ":00:00.000Z"


@dataclass(frozen=True)
class StoredMention:
    seq: int
    mention: Mention


def page(
    database: Database,
    incident_id: str,
    *,
    before: tuple[str, int] | None = None,
    sentiment: Sentiment | None = None,
    unscored: bool = False,
    limit: int = 200,
) -> list[StoredMention]:
    """Mentions newest first, keyset-paged on (posted_at, seq); only those of ``sentiment``, or with
    ``unscored`` only those no scorer fitted (sentiment left empty)."""
    sql = (
        "SELECT seq, posted_at, text, author, url, external_id, platform, sentiment, sentiment_source, reach, "
        "time_known, unscored_reason "
        "FROM mentions WHERE incident_id = ?"
    )
    params: list[Any] = [incident_id]
    if sentiment is not None:
        sql += " AND sentiment = ?"
        params.append(sentiment.value)
    if unscored:
        sql += " AND sentiment IS NULL"
    if before is not None:
        sql += " AND (posted_at, seq) < (?, ?)"
        params.extend(before)
    sql += " ORDER BY posted_at DESC, seq DESC LIMIT ?"
    return [_stored(row) for row in database.query(sql, [*params, limit])]


def count(database: Database, incident_id: str) -> tuple[int, int]:
    """(total, negative) mentions of an incident, from the hourly table (plausible hours only, as :func:`hourly`)."""
    row = database.query(
        "SELECT coalesce(sum(total), 0), coalesce(sum(negative), 0) FROM mention_hours "
        "WHERE incident_id = ? AND hour >= ? AND hour < ?",
        (incident_id, EARLIEST_HOUR, LATEST_HOUR),
    )[0]
    return int(row[0]), int(row[1])


def _stored(row: sqlite3.Row) -> StoredMention:
    return StoredMention(
        seq=row["seq"],
        mention=Mention(
            posted_at=row["posted_at"],
            text=row["text"],
            author=row["author"],
            url=row["url"],
            external_id=row["external_id"],
            platform=row["platform"],
            sentiment=Sentiment(row["sentiment"]) if row["sentiment"] is not None else None,
            sentiment_source=SentimentSource(row["sentiment_source"]),
            reach=row["reach"],
            unscored_reason=row["unscored_reason"] or "",
            time_known=bool(row["time_known"]),
        ),
    )
