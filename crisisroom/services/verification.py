"""Is the file what its log says? The log's own evidence, and the state tables rebuilt from the log alone."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crisisroom.domain.signing import ClaimedHead
from crisisroom.storage import backups, events, signing
from crisisroom.storage.database import Database, open_copy
from crisisroom.storage.evidence import Evidence, examine


def check_log(database: Database, claimed: Sequence[ClaimedHead] = ()) -> Evidence:
    """The chains, signatures, register, record of heads, newest backup and ``claimed`` heads."""
    return examine(database, claimed=claimed, keys=signing.key_source(database))


@dataclass(frozen=True)
class StateCheck:
    """The state tables compared with a replay of the log: ``differences`` empty when they agree.

    ``not_checked`` says why no comparison was made (a file begun by an older version).
    """

    differences: list[events.StateDifference] = field(default_factory=list)
    not_checked: str = ""

    @property
    def ok(self) -> bool:
        return not self.differences

    def lines(self) -> list[str]:
        """One line per table that is not what the log says."""
        return [f"the table {d.table} is not what the log says: {_counts(d)}" for d in self.differences]


def _counts(difference: events.StateDifference) -> str:
    def rows(count: int) -> str:
        return f"{count:,} {'row' if count == 1 else 'rows'}"

    parts = []
    if difference.only_in_file:
        parts.append(f"{rows(difference.only_in_file)} the log does not explain")
    if difference.only_in_log:
        parts.append(f"{rows(difference.only_in_log)} the log has and the table lacks")
    return ", ".join(parts)


def check_state(database: Database) -> StateCheck:
    """Rebuild the state from the log into a temporary file and compare every state table.

    A change made to a table underneath Crisis Room (with sqlite3, say) that leaves the log alone
    shows up here, table by table.
    """
    if events.begun_before_events(database):
        older = events.entries_before_events(database)
        what = f"{older:,} entries were written" if older else "the file was begun"
        return StateCheck(
            not_checked=f"the state was not compared with the log: {what} by an older Crisis Room, before "
            "every change was recorded as an event"
        )
    with tempfile.TemporaryDirectory(prefix="crisisroom-state-") as folder:
        # One moment of the file, taken with SQLite's backup API: a window writing meanwhile must not
        # make the log that is replayed and the tables it is compared with come from different moments.
        snapshot = open_copy(backups.backup_to(database, Path(folder) / "snapshot.sqlite"))
        try:
            rebuilt = events.rebuild_copy(snapshot, Path(folder) / "rebuilt.sqlite")
            try:
                return StateCheck(events.compare_state(snapshot, rebuilt))
            finally:
                rebuilt.close()
        finally:
            snapshot.close()
