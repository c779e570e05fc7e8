"""The organisation's chain of command (crisis type × level → roles), and an incident's chain from it.

One row per role called in a cell of the table, in ``chain_of_command`` (migration 0014 fills it
with :func:`crisisroom.domain.chain.default_table`, at one fixed time since migration 0019, so every
new file starts with the same rows; a cell without rows calls no role). Settings replaces the whole
table: one event in the organisation's part of the log, applied by the handler below, the only code
that writes the table. A change that alters whom an open incident's type calls is also written
into that incident's log in the same transaction, as the organisation's other settings are.
"""

from __future__ import annotations

import sqlite3

from crisisroom.domain.chain import Chain, ChainTable, RoleCall, chain_of_command, default_table, rule_call
from crisisroom.domain.events.organisation import ChainOfCommandSet, chain_calls, chain_rows
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind, LogEntry, clean_author
from crisisroom.domain.team import role_labels
from crisisroom.storage import events, log, team
from crisisroom.storage.database import Database

LOG_EVENT = "chain-of-command"


def load(database: Database) -> ChainTable:
    """The chain of command as stored (the defaults in a file from before it was kept, opened to read)."""
    if not database.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'chain_of_command'"):
        return default_table()
    rows = database.query("SELECT category, level, role FROM chain_of_command")
    return ChainTable.from_rows((row["category"], row["level"], row["role"]) for row in rows)


def save(database: Database, table: ChainTable, *, author: str) -> ChainTable:
    """Replace the chain of command; returns it as stored. Saving the same table again changes nothing.

    Every open incident whose crisis type calls other roles now gets one log entry saying which.

    Raises:
        InvalidInputError: an unknown crisis type, level or role (nothing is changed).
    """
    table = table.validate()
    author = clean_author(author)
    with database.transaction():
        changed = table.changed_cells(load(database))
        if not changed:
            return table
        event = ChainOfCommandSet(
            calls=chain_calls(table.rows()), changed=[[category, level] for category, level in changed]
        )
        events.record(database, None, event, describe_table_change(table, changed), kind=Kind.DECISION, author=author)
        categories = sorted({category for category, _ in changed})
        marks = ", ".join("?" * len(categories))
        open_incidents = database.query(
            f"SELECT id, category FROM incidents WHERE closed_at IS NULL AND category IN ({marks}) ORDER BY opened_at",
            categories,
        )
        for row in open_incidents:
            levels = [level for category, level in changed if category == row["category"]]
            log.append(
                database,
                row["id"],
                describe_change(table, Category(row["category"]), levels),
                kind=Kind.DECISION,
                author=author,
                payload={
                    "event": LOG_EVENT,
                    "category": row["category"],
                    "levels": {str(n): list(table.roles(row["category"], n)) for n in levels},
                },
            )
    return table


@events.handles(ChainOfCommandSet)
def _chain_set(conn: sqlite3.Connection, entry: LogEntry, event: ChainOfCommandSet) -> None:
    conn.execute("DELETE FROM chain_of_command")
    conn.executemany(
        "INSERT INTO chain_of_command (category, level, role, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)",
        [(category, level, key, entry.recorded_at, entry.author) for category, level, key in chain_rows(event.calls)],
    )


def restore_defaults(database: Database, *, author: str) -> ChainTable:
    """Go back to the room's default chain of command (logged like any change)."""
    return save(database, default_table(), author=author)


def describe_change(table: ChainTable, category: Category, levels: list[int]) -> str:
    """``The chain of command for Security breach changed: level 3 calls Crisis lead, …; level 4 calls …``."""
    parts = [f"level {n} calls {role_labels(table.roles(category, n)) or 'no role'}" for n in levels]
    return f"The chain of command for {category.label} changed: {'; '.join(parts)}"


def describe_table_change(table: ChainTable, changed: list[tuple[str, int]]) -> str:
    """The organisation's entry: ``The chain of command changed: Security breach level 3 calls …; Reputation …``."""
    parts = []
    for category in Category:
        levels = [level for cell_category, level in changed if cell_category == category.value]
        if levels:
            calls = "; ".join(f"level {n} calls {role_labels(table.roles(category, n)) or 'no role'}" for n in levels)
            parts.append(f"{category.label}: {calls}")
    return f"The chain of command changed. {'. '.join(parts)}"


def for_incident(database: Database, incident: Incident) -> Chain:
    """Who the incident calls now (its type and confirmed level), with backups and warnings."""
    return chain_of_command(
        team.list_people(database), load(database), incident.category, incident.level, is_drill=incident.is_drill
    )


def call_for_rule(database: Database, role_text: str) -> RoleCall:
    """Whom a rule's "call" names on the roster now, with phones and backups."""
    return rule_call(role_text, team.list_people(database))
