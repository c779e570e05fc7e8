"""What happened, written for the public: one short text per phase, used by the statements instead of the assessment.

The Assess step's "what happened" is the team's internal account (causes, names, working notes);
statements never quote it. What the public may read is written per phase (the holding statement
says less than the resolution), and every change is logged. Writing one is a use case
(``services/statements.py``); here are the handler that writes the table and the reads.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.events.statements import PublicSummarySet
from crisisroom.domain.log import LogEntry
from crisisroom.domain.message_flow import phase
from crisisroom.storage import events
from crisisroom.storage.database import Database

MAX_PUBLIC_SUMMARY = 1_000


def summaries(database: Database, incident_id: str) -> dict[str, str]:
    """The incident's public summaries by phase key (phases without one are absent)."""
    rows = database.query("SELECT phase, text FROM incident_public_summaries WHERE incident_id = ?", (incident_id,))
    return {row["phase"]: row["text"] for row in rows}


def summary(database: Database, incident_id: str, phase_key: str) -> str:
    """The public summary of one phase, or "" when none was written."""
    return summaries(database, incident_id).get(phase(phase_key), "")


@events.handles(PublicSummarySet)
def _set(conn: sqlite3.Connection, entry: LogEntry, event: PublicSummarySet) -> None:
    if event.text:
        conn.execute(
            "INSERT INTO incident_public_summaries (incident_id, phase, text, saved_at, saved_by, log_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, phase) DO UPDATE SET text = excluded.text, "
            "saved_at = excluded.saved_at, saved_by = excluded.saved_by, log_entry_id = excluded.log_entry_id",
            (event.incident, event.phase, event.text, entry.recorded_at, entry.author, entry.id),
        )
    else:
        conn.execute(
            "DELETE FROM incident_public_summaries WHERE incident_id = ? AND phase = ?", (event.incident, event.phase)
        )
