"""A drill's log entries (domain/events/drills.py): the briefing, the injects, the clock, the posts, the end.

What a drill plays is told by its log, read back by :func:`crisisroom.drills.runner.drill_record`
and the drill clock (domain/incident_time.py); these entries change no table of their own, except
that a burst of posts is an import batch: its inject's entry names the batch (whose rows then come
in as the drill clock passes their times, :func:`crisisroom.storage.mentions.add_to_batch`) and its
one posts-in entry records how many came and their digest, as an export's import entry does.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from crisisroom.domain.events.drills import DrillClockChanged, DrillEnded, DrillPostsIn, DrillStarted, InjectPlayed
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.storage import events, mentions
from crisisroom.storage.database import Database

BURST_FORMAT, BURST_PRESET = "drill", "drill scenario"


def record_started(database: Database, event: DrillStarted, text: str, *, author: str) -> LogEntry:
    return events.record(
        database, event.incident, event, text, kind=Kind.DRILL_INJECT, author=author, occurred_at=event.start
    )


def record_inject(database: Database, event: InjectPlayed, text: str, *, author: str) -> LogEntry:
    return events.record(
        database, event.incident, event, text, kind=Kind.DRILL_INJECT, author=author, occurred_at=event.at
    )


def record_clock(database: Database, event: DrillClockChanged, text: str, *, author: str) -> LogEntry:
    return events.record(
        database, event.incident, event, text, kind=Kind.DRILL_INJECT, author=author, occurred_at=event.at
    )


def record_posts_in(
    database: Database,
    *,
    incident_id: str,
    inject: str,
    entry: str,
    posts: int,
    arrived: int,
    imported: int,
    batch: str | None,
    first: str | None,
    last: str | None,
    text: str,
    author: str,
    at: str,
) -> LogEntry:
    """The burst's one entry; with its ``batch``, the count and digest of the rows that came in."""
    with database.transaction() as conn:
        closing: dict[str, Any] = {}
        if batch is not None:
            count = int(
                conn.execute(
                    "SELECT count(*) FROM mentions WHERE incident_id = ? AND posted_at >= ? AND posted_at <= ? "
                    "AND batch_id = ?",
                    (incident_id, first, last, batch),
                ).fetchone()[0]
            )
            digest = mentions.batch_digest(conn, incident_id, batch, first, last)
            closing = {"batch": batch, "count": count, "digest": digest, "first": first, "last": last}
        event = DrillPostsIn(
            incident=incident_id, inject=inject, entry=entry, posts=posts, arrived=arrived, imported=imported, **closing
        )
        return events.record(database, incident_id, event, text, kind=Kind.DRILL_INJECT, author=author, occurred_at=at)


def record_ended(database: Database, event: DrillEnded, text: str, *, author: str) -> LogEntry:
    return events.record(
        database, event.incident, event, text, kind=Kind.DRILL_INJECT, author=author, occurred_at=event.at
    )


@events.handles(DrillStarted)
def _started(conn: sqlite3.Connection, entry: LogEntry, event: DrillStarted) -> None:
    """The briefing changes no table: the drill's incident is opened by its own entry."""


@events.handles(InjectPlayed)
def _inject(conn: sqlite3.Connection, entry: LogEntry, event: InjectPlayed) -> None:
    if event.batch is not None:
        mentions.open_batch(
            conn,
            entry,
            batch_id=event.batch,
            incident_id=event.incident,
            source=event.source or event.inject,
            file_format=BURST_FORMAT,
            preset=BURST_PRESET,
        )
        # The rows the burst has brought so far (none yet, as it is played; all of them in a rebuild).
        mentions.count_hours(conn, event.incident, event.first, event.last)


@events.handles(DrillClockChanged)
def _clock(conn: sqlite3.Connection, entry: LogEntry, event: DrillClockChanged) -> None:
    """The clock's anchors live in the log alone (the drill clock reads them from there)."""


@events.handles(DrillPostsIn)
def _posts_in(conn: sqlite3.Connection, entry: LogEntry, event: DrillPostsIn) -> None:
    if event.batch is not None:
        mentions.close_batch(
            conn,
            event.batch,
            rows_read=event.arrived,
            imported=event.count or 0,
            duplicates=event.arrived - (event.count or 0),
        )
        mentions.count_hours(conn, event.incident, event.first, event.last)


@events.handles(DrillEnded)
def _ended(conn: sqlite3.Connection, entry: LogEntry, event: DrillEnded) -> None:
    """The end changes no table: the drill's incident is resolved by its own entry."""


def bursts_coming_in(database: Database, incident_id: str) -> list[str]:
    """The bursts of posts another laptop played in this incident whose posts are not all here yet.

    A burst's posts come in on the laptop that plays the drill as its clock passes them, and travel
    to the team's other laptops with its one posts-in entry, when they are all in (or the drill
    ended first): until then the rules cannot be judged here over the burst (returns the injects'
    entry ids, in the log's order).
    """
    rows = database.query(
        "SELECT i.id FROM log_entries i WHERE i.incident_id = ? AND i.kind = ? AND i.device_id != ? "
        "AND json_extract(i.payload, '$.type') = ? AND json_extract(i.payload, '$.batch') IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM log_entries p WHERE p.incident_id = i.incident_id AND p.kind = ? "
        "AND json_extract(p.payload, '$.type') = ? AND json_extract(p.payload, '$.entry') = i.id) "
        "ORDER BY i.recorded_at, i.device_id, i.device_seq",
        (
            incident_id,
            Kind.DRILL_INJECT.value,
            database.device_id,
            InjectPlayed.TYPE,
            Kind.DRILL_INJECT.value,
            DrillPostsIn.TYPE,
        ),
    )
    return [str(row[0]) for row in rows]


def played_on(database: Database, incident_id: str) -> str | None:
    """The device whose drill clock plays the drill: the one that logged its briefing (None: no briefing)."""
    rows = database.query(
        "SELECT device_id FROM log_entries WHERE incident_id = ? AND kind = ? AND json_extract(payload, '$.type') = ? "
        "ORDER BY recorded_at, device_id, device_seq LIMIT 1",
        (incident_id, Kind.DRILL_INJECT.value, DrillStarted.TYPE),
    )
    return str(rows[0][0]) if rows else None
