"""Is the file what its log says? The log's own evidence, and the state tables rebuilt from the log alone."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crisisroom.domain.signing import ClaimedHead
from crisisroom.storage import events, signing
from crisisroom.storage.database import Database
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
        return [
            f"the table {d.table} is not what the log says: "
            + ", ".join(
                part
                for part in (
                    f"{d.only_in_file:,} {'row' if d.only_in_file == 1 else 'rows'} the log does not explain"
                    if d.only_in_file
                    else "",
                    f"{d.only_in_log:,} {'row' if d.only_in_log == 1 else 'rows'} the log has and the table lacks"
                    if d.only_in_log
                    else "",
                )
                if part
            )
            for d in self.differences
        ]


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
        rebuilt = events.rebuild_copy(database, Path(folder) / "rebuilt.sqlite")
        try:
            return StateCheck(events.compare_state(database, rebuilt))
        finally:
            rebuilt.close()
