"""Putting a backup back: the one use case of backups that changes the room.

Making a backup only reads the database (``storage.backups.backup_to`` and ``auto_backup`` run on a
read connection, off the window's thread); restoring replaces everything it holds, so it returns a
:class:`~crisisroom.services.changes.Done` naming every part of the record.
"""

from __future__ import annotations

from pathlib import Path

from crisisroom.services.changes import Changes, Done
from crisisroom.storage import backups
from crisisroom.storage.database import Database

EVERYTHING = ~Changes.NONE  # a restore replaces every part of the record


def restore(database: Database, source: Path) -> Done[Path]:
    """Replace the database's contents with the backup ``source`` (checked first); the value is the
    backup of the contents it replaced, so a restore can be undone.

    Raises:
        StorageError: the source is missing, not ours, damaged, newer, or its log does not verify;
            the database is then unchanged.
    """
    return Done(backups.restore(database, source), EVERYTHING)
