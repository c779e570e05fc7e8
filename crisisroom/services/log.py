"""Writing in the crisis log: an entry (a note, a decision, an action, a fact…) and a correction.

The window's quick-entry line and correction dialog and ``crisisroom log add`` call these, never
:func:`crisisroom.storage.log.append` themselves. Each returns a
:class:`~crisisroom.services.changes.Done` holding the new entry.
"""

from __future__ import annotations

from crisisroom.domain.clock import from_iso
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.response_steps import not_in_future
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database


def add_entry(
    database: Database,
    incident_ref: str,
    text: str,
    *,
    author: str,
    kind: Kind | str = Kind.NOTE,
    occurred_at: str | None = None,
    corrects: str | None = None,
) -> Done[LogEntry]:
    """Append one entry to an incident's log.

    ``occurred_at`` (stored UTC form) is when it happened, for an entry written afterwards; the
    entry's own time is the database's clock. ``corrects`` names an entry of the same incident it
    corrects.

    Raises:
        InvalidInputError: empty text or author, an unknown kind, a correction of another incident's
            entry, or a time it happened that lies in the future.
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_ref)
    if occurred_at is not None:
        # Written afterwards means it already happened: a time ahead of the clock is a slip of the date.
        not_in_future(from_iso(occurred_at), database.clock.now(), "the time it happened")
    entry = log.append(
        database, incident.id, text, kind=kind, author=author, occurred_at=occurred_at, corrects=corrects
    )
    return Done(entry, Changes.LOG, incident.id)


def correct(database: Database, entry_id: str, text: str, *, author: str) -> Done[LogEntry]:
    """Correct an entry: a new ``correction`` entry pointing at it (the original stays as it was).

    Raises:
        InvalidInputError: empty text or author.
        NotFoundError: no such entry.
    """
    entry = log.correct(database, entry_id, text, author=author)
    return Done(entry, Changes.LOG, entry.incident_id)
