"""The mentions table: all-or-nothing imports, manual entries, relabelling, hourly counts."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from crisisroom.domain.errors import InvalidInputError, NotFoundError, UserError
from crisisroom.domain.log import Kind
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
from crisisroom.storage import log
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
    record: Callable[[ImportSummary], object] | None = None,
) -> ImportSummary:
    """Store parsed mentions: all of them, or (on any error or cancel) none.

    Rows are first staged in a temporary table of this connection, which takes no lock on the
    crisis database, so the team keeps logging while a large export is read and classified. Only
    the final step (moving the staged rows in, recounting the hours, logging the import) is a
    write transaction, and it is short. Mentions already stored for the incident (same export
    id, link or content) are counted as duplicates and not added again.

    ``record`` writes the import's log entry, inside the same transaction, instead of the usual
    "Imported N mentions from SOURCE" entry: a drill logs each burst of simulated posts once,
    as a whole, though its posts come in a few at a time as the drill clock passes them.

    Raises:
        ImportCancelled: ``cancelled()`` returned True; nothing was stored.
        UserError: from the parser (a bad row) or storage (full disk…); nothing was stored.
    """
    summary = ImportSummary(batch_id=str(uuid.uuid4()), source=source, preset=preset)
    conn = database.conn
    with translated(database.path):
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS import_staging ({_STAGED_COLUMNS})")
        conn.execute("DELETE FROM temp.import_staging")
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
            _move_staged(database, incident_id, summary, source, file_format, file_sha256, author)
            if record is not None:
                record(summary)
            else:
                _log_import(database, incident_id, summary, source, author)
    finally:
        with translated(database.path):
            conn.execute("DELETE FROM temp.import_staging")
    return summary


_STAGED_COLUMNS = (
    "incident_id, dedupe_key, posted_at, platform, author, text, url, external_id, sentiment, sentiment_source, "
    "reach, batch_id, time_known, unscored_reason"
)


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


def _move_staged(
    database: Database,
    incident_id: str,
    summary: ImportSummary,
    source: str,
    file_format: str,
    file_sha256: str | None,
    author: str,
) -> None:
    conn = database.conn
    conn.execute(
        "INSERT INTO import_batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)",
        (
            summary.batch_id,
            incident_id,
            source,
            file_sha256,
            file_format,
            summary.preset,
            database.clock.now_iso(),
            author,
        ),
    )
    before = conn.total_changes
    # In time order, so the time index grows at its end instead of being written all over.
    conn.execute(
        f"INSERT OR IGNORE INTO mentions ({_STAGED_COLUMNS}) "
        f"SELECT {_STAGED_COLUMNS} FROM temp.import_staging ORDER BY posted_at"
    )
    summary.imported = conn.total_changes - before
    first, last = conn.execute("SELECT min(posted_at), max(posted_at) FROM temp.import_staging").fetchone()
    if summary.imported and first is not None:
        _recount_hours(conn, incident_id, hour_key(first), next_hour(hour_key(last)))
    summary.duplicates = summary.rows_read - len(summary.rejected) - summary.imported
    summary.unscored = {
        reason: n
        for reason, n in conn.execute(
            "SELECT unscored_reason, count(*) FROM mentions WHERE batch_id = ? AND unscored_reason IS NOT NULL "
            "GROUP BY 1 ORDER BY 2 DESC",
            (summary.batch_id,),
        )
    }
    conn.execute(
        "UPDATE import_batches SET rows_read = ?, imported = ?, duplicates = ?, rejected = ? WHERE id = ?",
        (summary.rows_read, summary.imported, summary.duplicates, len(summary.rejected), summary.batch_id),
    )


def _log_import(database: Database, incident_id: str, summary: ImportSummary, source: str, author: str) -> None:
    text = f"Imported {summary.imported:,} mentions from {source} ({summary.preset})"
    if summary.duplicates:
        text += f"; {summary.duplicates:,} were already in the room"
    if summary.rejected:
        text += f"; {len(summary.rejected):,} unusable rows skipped"
    log.append(
        database,
        incident_id,
        text,
        kind=Kind.NOTE,
        author=author,
        payload={
            "event": "mentions-imported",
            "batch": summary.batch_id,
            "imported": summary.imported,
            "duplicates": summary.duplicates,
            "rejected": len(summary.rejected),
        },
    )


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


def relabel(database: Database, seq: int, sentiment: Sentiment, *, author: str) -> None:
    """A person corrects a mention's sentiment; the change is logged."""
    row = database.query("SELECT incident_id, sentiment, text, posted_at FROM mentions WHERE seq = ?", (seq,))
    if not row:
        raise NotFoundError(f"no mention #{seq}")
    incident_id, before, text, posted_at = row[0]
    before = before or "unscored"
    if before == sentiment.value:
        return
    with database.transaction() as conn:
        conn.execute(
            "UPDATE mentions SET sentiment = ?, sentiment_source = ?, unscored_reason = NULL WHERE seq = ?",
            (sentiment.value, SentimentSource.MANUAL.value, seq),
        )
        hour = hour_key(posted_at)
        _recount_hours(conn, incident_id, hour, next_hour(hour))
        excerpt = " ".join(text.split())[:80]
        log.append(
            database,
            incident_id,
            f"Mention relabelled {before} → {sentiment.value}: “{excerpt}”",
            kind=Kind.NOTE,
            author=author,
            payload={"event": "mention-relabelled", "mention": seq, "from": before, "to": sentiment.value},
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
