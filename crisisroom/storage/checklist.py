"""The Manage step's checklist per incident: the type's built-in items, accounts to pause, the team's own items.

Each change (a tick, an untick, an item added, renamed or removed, the recall switched, the moment
of becoming aware of a breach set) is one event (``domain/events/checklist.py``), checked and worded
by ``services.checklist`` and recorded here with :func:`write`, so the log shows when the posts were
paused, who notified the authority, and when; the handlers are the only writers of
``checklist_items`` and ``checklist_settings``. Built-in items get a row when first ticked; accounts
and own items when added. An own item that is removed keeps its row (marked removed), so its tick
and its key stay on record.

The breach clock (:mod:`crisisroom.domain.deadlines`) is read here: it starts when the team says it
became aware of the breach (``services.checklist.set_aware``), else at the detection time, and
stops when the notification item is ticked.
"""

from __future__ import annotations

import json
import sqlite3

from crisisroom.domain.checklist import (
    BREACH_AUTHORITY,
    LABELS,
    OWN_PREFIX,
    PAUSE_ACCOUNT_PREFIX,
    PAUSE_POSTS,
    ChecklistItem,
    ChecklistSettings,
    built_in_keys,
    is_own,
    own_key,
    own_number,
)
from crisisroom.domain.deadlines import AwareBasis, Deadline, breach_deadline
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.checklist import (
    BREACH_CLOCK_TYPES,
    LEGACY_BREACH_CLOCK,
    AwareSet,
    BreachClockStated,
    ChecklistItemAdded,
    ChecklistItemRemoved,
    ChecklistItemRenamed,
    ChecklistTicked,
    ProductRecallSet,
    breach_clock,
)
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.storage import events, incidents
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of


def settings(database: Database, incident_id: str) -> ChecklistSettings:
    """The incident's checklist settings (defaults when none were stored)."""
    rows = database.query(
        "SELECT aware_at, product_recall FROM checklist_settings WHERE incident_id = ?", (incident_id,)
    )
    if not rows:
        return ChecklistSettings()
    return ChecklistSettings(rows[0]["aware_at"], bool(rows[0]["product_recall"]))


def checklist(database: Database, incident_id: str) -> list[ChecklistItem]:
    """The checklist in display order.

    The type's built-in items (with the accounts' pause items after the general one), then any
    built-in item of another list that was ticked (kept, so no tick is dropped), then the team's own
    items in the order they were added. Removed own items are left out.

    Raises:
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_id)
    chosen = settings(database, incident.id)
    rows = {
        row["key"]: row
        for row in database.query(
            "SELECT key, label, done_at, done_by FROM checklist_items "
            "WHERE incident_id = ? AND removed_at IS NULL ORDER BY position, added_at",
            (incident.id,),
        )
    }

    def done(key: str) -> tuple[str | None, str | None]:
        row = rows.get(key)
        return (row["done_at"], row["done_by"]) if row is not None else (None, None)

    accounts = [
        ChecklistItem(key, row["label"], key[len(PAUSE_ACCOUNT_PREFIX) :], row["done_at"], row["done_by"])
        for key, row in rows.items()
        if key.startswith(PAUSE_ACCOUNT_PREFIX)
    ]
    listed = built_in_keys(incident.category.value, chosen.product_recall)
    items: list[ChecklistItem] = []
    for key in listed:
        items.append(ChecklistItem(key, LABELS[key], None, *done(key)))
        if key == PAUSE_POSTS:
            items.extend(accounts)
    if PAUSE_POSTS not in listed:
        items.extend(accounts)
    shown = {item.key for item in items}
    for key, label in LABELS.items():
        if key not in shown and done(key)[0] is not None:
            items.append(ChecklistItem(key, label, None, *done(key), kept=True))
    # A ticked item this version does not know (a newer version's built-in item) is kept as stored.
    unknown = [
        key for key in rows if key not in LABELS and not is_own(key) and not key.startswith(PAUSE_ACCOUNT_PREFIX)
    ]
    items.extend(ChecklistItem(key, rows[key]["label"], None, *done(key), kept=True) for key in unknown if done(key)[0])
    items.extend(
        ChecklistItem(key, row["label"], None, row["done_at"], row["done_by"])
        for key, row in rows.items()
        if is_own(key)
    )
    return items


def write(database: Database, event: ChecklistEvent, text: str, *, author: str) -> LogEntry:
    """Record a change of the checklist (checked and worded by ``services.checklist``) with its log entry."""
    return events.record(database, event.incident, event, text, kind=_KINDS[type(event)], author=author)


@events.handles(ChecklistItemAdded)
def _item_added(conn: sqlite3.Connection, entry: LogEntry, event: ChecklistItemAdded) -> None:
    # At the end of the list: after every row this incident's earlier events made.
    position = conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE incident_id = ?", (event.incident,)
    ).fetchone()[0]
    # The same key added again (an account's item, added on two laptops that had not seen each other)
    # is the same item: the first addition stands. Own items' keys name their laptop when shared.
    conn.execute(
        "INSERT INTO checklist_items (incident_id, key, label, position, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (incident_id, key) DO NOTHING",
        (event.incident, event.item, event.label, position, entry.recorded_at, entry.author),
    )


@events.handles(ChecklistTicked)
def _ticked(conn: sqlite3.Connection, entry: LogEntry, event: ChecklistTicked) -> None:
    # Built-in items get their row the first time they are ticked; accounts and own items have one.
    conn.execute(
        "INSERT INTO checklist_items (incident_id, key, label, position, added_at) VALUES (?, ?, ?, 0, ?) "
        "ON CONFLICT (incident_id, key) DO NOTHING",
        (event.incident, event.item, event.label, entry.recorded_at),
    )
    # A tick of an item already done (two laptops ticked it without seeing each other) keeps the first
    # tick, which is when it was done; an untick clears it. One laptop never ticks a ticked item.
    conn.execute(
        "UPDATE checklist_items SET done_at = ?, done_by = ? WHERE incident_id = ? AND key = ? "
        "AND (? = 0 OR done_at IS NULL)",
        (
            entry.recorded_at if event.done else None,
            entry.author if event.done else None,
            event.incident,
            event.item,
            int(event.done),
        ),
    )


@events.handles(ChecklistItemRenamed)
def _item_renamed(conn: sqlite3.Connection, entry: LogEntry, event: ChecklistItemRenamed) -> None:
    conn.execute(
        "UPDATE checklist_items SET label = ? WHERE incident_id = ? AND key = ?",
        (event.label, event.incident, event.item),
    )


@events.handles(ChecklistItemRemoved)
def _item_removed(conn: sqlite3.Connection, entry: LogEntry, event: ChecklistItemRemoved) -> None:
    # Removed on two laptops: the first removal stands.
    conn.execute(
        "UPDATE checklist_items SET removed_at = ?, removed_by = ? WHERE incident_id = ? AND key = ? "
        "AND removed_at IS NULL",
        (entry.recorded_at, entry.author, event.incident, event.item),
    )


@events.handles(ProductRecallSet)
def _recall_set(conn: sqlite3.Connection, entry: LogEntry, event: ProductRecallSet) -> None:
    _store_settings(conn, event.incident, entry.author, entry.recorded_at, product_recall=int(event.product_recall))


@events.handles(AwareSet)
def _aware_set(conn: sqlite3.Connection, entry: LogEntry, event: AwareSet) -> None:
    _store_settings(conn, event.incident, entry.author, entry.recorded_at, aware_at=event.moment)


@events.handles(BreachClockStated)
def _clock_stated(conn: sqlite3.Connection, entry: LogEntry, event: BreachClockStated) -> None:
    """The clock is computed from the settings and the detection time: stating it in the log stores nothing."""


ChecklistEvent = (
    ChecklistItemAdded
    | ChecklistTicked
    | ChecklistItemRenamed
    | ChecklistItemRemoved
    | ProductRecallSet
    | AwareSet
    | BreachClockStated
)
_KINDS: dict[type, Kind] = {
    ChecklistItemAdded: Kind.ACTION,
    ChecklistTicked: Kind.ACTION,
    ChecklistItemRenamed: Kind.ACTION,
    ChecklistItemRemoved: Kind.ACTION,
    ProductRecallSet: Kind.DECISION,
    AwareSet: Kind.DECISION,
    BreachClockStated: Kind.DECISION,
}


def has_key(database: Database, incident_id: str, key: str) -> bool:
    """Whether the incident's checklist ever had a row for ``key`` (removed own items included)."""
    return bool(database.query("SELECT 1 FROM checklist_items WHERE incident_id = ? AND key = ?", (incident_id, key)))


def next_own_key(database: Database, incident_id: str) -> str:
    """The key the team's next own item gets: never one an earlier item had, removed or not.

    In an incident shared with other laptops (``storage/sharing.py``) the key names this laptop too
    (:func:`crisisroom.domain.checklist.own_key`), so items two laptops add at once keep two keys.
    """
    keys = [
        row[0]
        for row in database.query(
            "SELECT key FROM checklist_items WHERE incident_id = ? AND key LIKE ?", (incident_id, OWN_PREFIX + "%")
        )
    ]
    shared = database.query("SELECT 1 FROM shares WHERE incident_id = ?", (incident_id,))
    laptop = database.device_id.replace("-", "")[:8] if shared else None
    return own_key(max((own_number(k) for k in keys), default=0) + 1, laptop)


def last_stated_due(database: Database, incident_id: str) -> str | None:
    """The deadline the log last stated for the incident's 72-hour clock (any version's entries), else None."""
    rows = database.query(
        "SELECT payload FROM log_entries WHERE incident_id = ? AND kind = ? "
        "AND (json_extract(payload, '$.type') IN (?, ?) OR json_extract(payload, '$.event') = ?) "
        "ORDER BY recorded_at DESC, device_id DESC, device_seq DESC LIMIT 1",
        (incident_id, Kind.DECISION.value, *BREACH_CLOCK_TYPES, LEGACY_BREACH_CLOCK),
    )
    if not rows:
        return None
    stated = breach_clock(json.loads(rows[0]["payload"]))
    return stated[2] if stated else None


def _store_settings(conn: sqlite3.Connection, incident_id: str, author: str, at: str, **values: object) -> None:
    conn.execute(
        "INSERT INTO checklist_settings (incident_id, changed_at, changed_by) VALUES (?, ?, ?) "
        "ON CONFLICT (incident_id) DO NOTHING",
        (incident_id, at, author),
    )
    for column, value in values.items():
        assert column in {"aware_at", "product_recall"}
        conn.execute(
            f"UPDATE checklist_settings SET {column} = ?, changed_at = ?, changed_by = ? WHERE incident_id = ?",
            (value, at, author, incident_id),
        )


def breach_deadline_of(database: Database, incident: Incident, clock: IncidentClock | None = None) -> Deadline | None:
    """The incident's 72-hour clock on its clock (a drill's drill clock); None unless it is a security breach."""
    if incident.category is not Category.SECURITY_BREACH:
        return None
    clock = clock or clock_of(database, incident)
    aware, basis = clock_start(incident, settings(database, incident.id).aware_at)
    rows = database.query(
        "SELECT done_at, done_by FROM checklist_items WHERE incident_id = ? AND key = ?",
        (incident.id, BREACH_AUTHORITY),
    )
    done_at = rows[0]["done_at"] if rows else None
    return breach_deadline(
        incident.category.value,
        BREACH_AUTHORITY,
        clock.moment(aware),
        basis,
        clock.moment(done_at) if done_at else None,
        rows[0]["done_by"] if rows and done_at else None,
    )


def clock_start(incident: Incident, aware_at: str | None) -> tuple[str, AwareBasis]:
    """Where a breach's clock starts (stored form) and why: the moment the team set (``aware_at``), else
    the detection time, else the incident's opening."""
    if aware_at:
        return aware_at, AwareBasis.SET
    if incident.detected_at:
        return incident.detected_at, AwareBasis.DETECTION
    return incident.opened_at, AwareBasis.OPENING


def item(database: Database, incident_id: str, key: str) -> ChecklistItem:
    """One item of the incident's checklist as shown (removed own items are not on it).

    Raises:
        InvalidInputError: no such item on the list.
    """
    for item in checklist(database, incident_id):
        if item.key == key:
            return item
    raise InvalidInputError(f"there is no checklist item {key!r} for this incident")
