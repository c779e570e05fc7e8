"""Rebuild a file's state tables from its log alone and compare them with the tables as written."""

from __future__ import annotations

from pathlib import Path

from crisisroom.storage import events
from crisisroom.storage.database import Database


def table_rows(database: Database, table: str) -> list[tuple[object, ...]]:
    columns = [row[1] for row in database.conn.execute(f"PRAGMA table_info({table})")]
    order = ", ".join(f'"{name}"' for name in columns)
    return [tuple(row) for row in database.conn.execute(f'SELECT {order} FROM "{table}" ORDER BY {order}')]


def differences(
    source: Database, tmp_path: Path
) -> dict[str, tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """Per state table whose rebuilt rows differ: (rows only in the file, rows only in the rebuild).

    The carried tables are compared too: copied as they were carried, the later events replayed over
    them (a relabel) must bring them back to what the file holds.
    """
    rebuilt = events.rebuild_copy(source, tmp_path / "rebuilt.sqlite")
    try:
        found = {}
        differing = {difference.table for difference in events.compare_state(source, rebuilt)}
        for table in [*events.state_tables(source), *sorted(events.CARRIED_TABLES)]:
            written, replayed = table_rows(source, table), table_rows(rebuilt, table)
            # Two ways to compare, so that neither can hide a difference: rows here, EXCEPT in SQL.
            assert (written != replayed) == (table in differing) or sorted(set(written)) == sorted(set(replayed)), table
            if written != replayed:
                only_written = [row for row in written if row not in replayed]
                only_replayed = [row for row in replayed if row not in written]
                found[table] = (only_written[:5], only_replayed[:5])
        return found
    finally:
        rebuilt.close()
