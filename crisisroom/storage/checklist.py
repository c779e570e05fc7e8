"""The Manage step's checklist per incident: built-in items plus one pause item per named account.

Each tick and untick is a logged action, so the log shows when the posts were paused and who did it.
"""

from __future__ import annotations

from crisisroom.domain.checklist import (
    BUILT_IN_ITEMS,
    PAUSE_ACCOUNT_PREFIX,
    PAUSE_POSTS,
    ChecklistItem,
    account_key,
    account_label,
)
from crisisroom.domain.clock import now_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import Kind, clean_author
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database

_BUILT_IN = dict(BUILT_IN_ITEMS)


def checklist(database: Database, incident_id: str) -> list[ChecklistItem]:
    """The checklist in display order: built-in items, with the accounts' pause items after the general one."""
    rows = {
        row["key"]: row
        for row in database.query(
            "SELECT key, label, done_at, done_by FROM checklist_items WHERE incident_id = ? ORDER BY position",
            (incident_id,),
        )
    }
    accounts = [
        ChecklistItem(key, row["label"], key[len(PAUSE_ACCOUNT_PREFIX) :], row["done_at"], row["done_by"])
        for key, row in rows.items()
        if key.startswith(PAUSE_ACCOUNT_PREFIX)
    ]
    items: list[ChecklistItem] = []
    for key, label in BUILT_IN_ITEMS:
        row = rows.get(key)
        items.append(ChecklistItem(key, label, None, row["done_at"] if row else None, row["done_by"] if row else None))
        if key == PAUSE_POSTS:
            items.extend(accounts)
    return items


def add_account(database: Database, incident_id: str, account: str, *, author: str) -> ChecklistItem:
    """Add "scheduled posts paused on <account>" to the checklist; logged. Adding it twice adds it once.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an empty account name.
    """
    key, author = account_key(account), clean_author(author)
    name = key[len(PAUSE_ACCOUNT_PREFIX) :]
    incident = incidents.get(database, incident_id)
    with database.transaction() as conn:
        if not conn.execute(
            "SELECT 1 FROM checklist_items WHERE incident_id = ? AND key = ?", (incident.id, key)
        ).fetchone():
            position = conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE incident_id = ?", (incident.id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO checklist_items (incident_id, key, label, position, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (incident.id, key, account_label(name), position, now_iso(), author),
            )
            log.append(
                database,
                incident.id,
                f"Checklist item added: {account_label(name)}",
                kind=Kind.ACTION,
                author=author,
                payload={"event": "checklist-added", "item": key},
            )
    return _item(database, incident.id, key)


def tick(database: Database, incident_id: str, key: str, done: bool = True, *, author: str) -> ChecklistItem:
    """Tick (``done=True``) or untick an item; logged. Setting the state it already has logs nothing.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: no such item on this incident's checklist.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = _item(database, incident.id, key)
    if item.done == bool(done):
        return item
    at = now_iso()
    with database.transaction() as conn:
        if item.key in _BUILT_IN:
            # Built-in items get their row the first time they are ticked.
            conn.execute(
                "INSERT INTO checklist_items (incident_id, key, label, position, added_at) VALUES (?, ?, ?, 0, ?) "
                "ON CONFLICT (incident_id, key) DO NOTHING",
                (incident.id, item.key, item.label, at),
            )
        conn.execute(
            "UPDATE checklist_items SET done_at = ?, done_by = ? WHERE incident_id = ? AND key = ?",
            (at if done else None, author if done else None, incident.id, item.key),
        )
        log.append(
            database,
            incident.id,
            f"Checklist done: {item.label}" if done else f"Checklist item reopened: {item.label}",
            kind=Kind.ACTION,
            author=author,
            payload={"event": "checklist-tick", "item": item.key, "done": bool(done)},
        )
    return _item(database, incident.id, item.key)


def _item(database: Database, incident_id: str, key: str) -> ChecklistItem:
    for item in checklist(database, incident_id):
        if item.key == key:
            return item
    raise InvalidInputError(f"there is no checklist item {key!r} for this incident")
