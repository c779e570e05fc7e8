"""The Monitor step's coverage list per incident; each item noted is logged."""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.clock import to_iso
from crisisroom.domain.coverage import CoverageItem
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.response_steps import clean_block, clean_line, short
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

_COLUMNS = "id, incident_id, outlet, link, tone, note, published_at, added_at, added_by"


def add(
    database: Database,
    incident_id: str,
    *,
    outlet: str,
    tone: Sentiment | str,
    author: str,
    link: str = "",
    note: str = "",
    published_at: datetime | None = None,
) -> CoverageItem:
    """Note a piece of coverage (outlet, link, tone, note); logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: no outlet, unknown tone, or a link already on the incident's list.
    """
    outlet = clean_line(outlet, "the outlet", limit=300)
    link = clean_line(link, "the link", required=False, limit=2000)
    note = clean_block(note, "the note", required=False, limit=5000)
    tone = Sentiment.parse(str(tone))
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = CoverageItem(
        id=str(uuid.uuid4()),
        incident_id=incident.id,
        outlet=outlet,
        link=link,
        tone=tone,
        note=note,
        published_at=to_iso(published_at) if published_at is not None else None,
        added_at=database.clock.now_iso(),
        added_by=author,
    )
    with database.transaction() as conn:
        if (
            link
            and conn.execute(
                "SELECT 1 FROM coverage_items WHERE incident_id = ? AND link = ?", (incident.id, link)
            ).fetchone()
        ):
            raise InvalidInputError(f"this link is already on the coverage list: {link}")
        text = f"Coverage noted: {outlet} ({tone.value})"
        if link:
            text += f" {link}"
        if note:
            text += f" · {short(note, 300)}"
        entry = log.append(
            database,
            incident.id,
            text,
            kind=Kind.NOTE,
            author=author,
            payload={"event": "coverage-added", "coverage": item.id, "tone": tone.value},
        )
        conn.execute(
            f"INSERT INTO coverage_items ({_COLUMNS}, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                item.incident_id,
                item.outlet,
                item.link,
                item.tone.value,
                item.note,
                item.published_at,
                item.added_at,
                item.added_by,
                entry.id,
            ),
        )
    return item


def items(database: Database, incident_id: str) -> list[CoverageItem]:
    """The incident's coverage list, in the order it was noted."""
    rows = database.query(f"SELECT {_COLUMNS} FROM coverage_items WHERE incident_id = ? ORDER BY seq", (incident_id,))
    return [
        CoverageItem(
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
        for row in rows
    ]
