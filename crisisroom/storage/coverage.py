"""The Monitor step's coverage list per incident: the rows the ``coverage.added`` entries leave behind.

Noting a piece of coverage is a use case (``services/record.py``); here are its handler and the reads.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.coverage import CoverageItem
from crisisroom.domain.errors import NotFoundError
from crisisroom.domain.events.facts import CoverageAdded
from crisisroom.domain.log import LogEntry
from crisisroom.domain.mentions import Sentiment
from crisisroom.storage import events
from crisisroom.storage.database import Database

_COLUMNS = "id, incident_id, outlet, link, tone, note, published_at, added_at, added_by"


@events.handles(CoverageAdded)
def _added(conn: sqlite3.Connection, entry: LogEntry, event: CoverageAdded) -> None:
    # One item per link: two laptops noting the same link without seeing each other give it the same
    # id (``services.record.coverage_id``), and the first noting stands.
    conn.execute(
        f"INSERT INTO coverage_items ({_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        (
            event.coverage,
            event.incident,
            event.outlet,
            event.link,
            event.tone,
            event.note,
            event.published_at,
            entry.recorded_at,
            entry.author,
            entry.id,
        ),
    )


def has_link(database: Database, incident_id: str, link: str) -> bool:
    """Whether the incident's coverage list already has an item with this link."""
    return bool(
        database.query("SELECT 1 FROM coverage_items WHERE incident_id = ? AND link = ? LIMIT 1", (incident_id, link))
    )


def get(database: Database, item_id: str) -> CoverageItem:
    """One coverage item by id.

    Raises:
        NotFoundError: no such item.
    """
    rows = database.query(f"SELECT {_COLUMNS} FROM coverage_items WHERE id = ?", (item_id,))
    if not rows:
        raise NotFoundError(f"no coverage item {item_id}")
    return _item(rows[0])


def items(database: Database, incident_id: str) -> list[CoverageItem]:
    """The incident's coverage list, in the order it was noted."""
    rows = database.query(f"SELECT {_COLUMNS} FROM coverage_items WHERE incident_id = ? ORDER BY seq", (incident_id,))
    return [_item(row) for row in rows]


def _item(row: sqlite3.Row) -> CoverageItem:
    return CoverageItem(
        id=row["id"],
        incident_id=row["incident_id"],
        outlet=row["outlet"],
        link=row["link"],
        tone=Sentiment(row["tone"]),
        note=row["note"],
        published_at=row["published_at"],
        added_at=row["added_at"],
        added_by=row["added_by"],
    )
