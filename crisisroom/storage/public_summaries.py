"""What happened, written for the public: one short text per phase, used by the statements instead of the assessment.

The Assess step's "what happened" is the team's internal account (causes, names, working notes);
statements never quote it. What the public may read is written here, per phase (the holding
statement says less than the resolution), and every change is logged.
"""

from __future__ import annotations

from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.message_flow import PHASE_LABELS, phase
from crisisroom.domain.response_steps import clean_line, short
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

MAX_PUBLIC_SUMMARY = 1_000


def summaries(database: Database, incident_id: str) -> dict[str, str]:
    """The incident's public summaries by phase key (phases without one are absent)."""
    rows = database.query("SELECT phase, text FROM incident_public_summaries WHERE incident_id = ?", (incident_id,))
    return {row["phase"]: row["text"] for row in rows}


def summary(database: Database, incident_id: str, phase_key: str) -> str:
    """The public summary of one phase, or "" when none was written."""
    return summaries(database, incident_id).get(phase(phase_key), "")


def set_summary(database: Database, incident_id: str, phase_key: str, text: str, *, author: str) -> bool:
    """Write (or, with an empty text, clear) the public summary of one phase; logged when it changes.

    Args:
        database: the open database.
        incident_id: the incident (an id or an unambiguous prefix).
        phase_key: ``holding``, ``update`` or ``resolution``.
        text: one or two sentences the public may read; whitespace runs become one space.
        author: who wrote it.

    Returns:
        True when it changed (and was logged), False when it was already so.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an unknown phase, or a text over :data:`MAX_PUBLIC_SUMMARY` characters.
    """
    phase_key = phase(phase_key)
    text = clean_line(text, "the public summary", required=False, limit=MAX_PUBLIC_SUMMARY)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    if summaries(database, incident.id).get(phase_key, "") == text:
        return False
    label = PHASE_LABELS[phase_key].lower()
    with database.transaction() as conn:
        entry = log.append(
            database,
            incident.id,
            f"Public summary for the {label}: {short(text, 120)}"
            if text
            else f"Public summary for the {label} cleared",
            kind=Kind.MESSAGE,
            author=author,
            payload={"event": "public-summary", "phase": phase_key, "text": text},
        )
        if text:
            conn.execute(
                "INSERT INTO incident_public_summaries (incident_id, phase, text, saved_at, saved_by, log_entry_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, phase) DO UPDATE SET text = excluded.text, "
                "saved_at = excluded.saved_at, saved_by = excluded.saved_by, log_entry_id = excluded.log_entry_id",
                (incident.id, phase_key, text, database.clock.now_iso(), author, entry.id),
            )
        else:
            conn.execute(
                "DELETE FROM incident_public_summaries WHERE incident_id = ? AND phase = ?", (incident.id, phase_key)
            )
    return True
