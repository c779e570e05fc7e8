"""The Manage step's checklist per incident: the type's built-in items, accounts to pause, the team's own items.

Each change (a tick, an untick, an item added, renamed or removed, the recall switched, the moment
of becoming aware of a breach set) writes its log entry in the same transaction, so the log shows
when the posts were paused, who notified the authority, and when. Built-in items get a row when
first ticked; accounts and own items when added. An own item that is removed keeps its row (marked
removed), so its tick and its key stay on record.

The breach clock (:mod:`crisisroom.domain.deadlines`) is read here: it starts when the team says it
became aware of the breach (:func:`set_aware`), else at the detection time, and stops when the
notification item is ticked.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime

from crisisroom.domain.checklist import (
    BREACH_AUTHORITY,
    LABELS,
    OWN_PREFIX,
    PAUSE_ACCOUNT_PREFIX,
    PAUSE_POSTS,
    RECALL_CATEGORY,
    ChecklistItem,
    ChecklistSettings,
    account_key,
    account_label,
    built_in_keys,
    clean_own_label,
    is_own,
    own_key,
    own_number,
)
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.deadlines import AwareBasis, Deadline, DeadlineState, breach_deadline, hours_minutes
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.response_steps import not_in_future
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

CLOCK_EVENT = "breach-clock"
EARLIEST_AWARE = datetime.fromisoformat("1990-01-01T00:00:00+00:00")


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
                (incident.id, key, account_label(name), position, database.clock.now_iso(), author),
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

    Ticking the breach-notification item stops the 72-hour clock: its log entry says how long
    before (or after) the deadline it was done, on the incident's clock.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: no such item on this incident's checklist.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = _item(database, incident.id, key)
    if item.done == bool(done):
        return item
    at = database.clock.now_iso()
    text = f"Checklist done: {item.label}" if done else f"Checklist item reopened: {item.label}"
    payload: dict[str, object] = {"event": "checklist-tick", "item": item.key, "done": bool(done)}
    if done and item.has_deadline:
        clock = clock_of(database, incident)
        deadline = breach_deadline_of(database, incident, clock)
        if deadline is not None:
            met = replace(deadline, done_at=clock.moment(at), done_by=author)
            text += " " + _margin_text(met, clock)
            payload.update({"deadline": to_iso(met.due_at), "late": met.state(met.due_at) is DeadlineState.LATE})
    with database.transaction() as conn:
        if item.built_in or not (item.own or item.account):
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
        log.append(database, incident.id, text, kind=Kind.ACTION, author=author, payload=payload)
    return _item(database, incident.id, item.key)


# --- The team's own items -----------------------------------------------------------------------


def add_own(database: Database, incident_id: str, text: str, *, author: str) -> ChecklistItem:
    """Add one of the team's own items at the end of the checklist; logged. An item with the same
    words already on the list is refused.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty or overlong words, or the item is already on the list.
    """
    label, author = clean_own_label(text), clean_author(author)
    incident = incidents.get(database, incident_id)
    _refuse_duplicate(database, incident.id, label)
    with database.transaction() as conn:
        keys = [
            row[0]
            for row in conn.execute(
                "SELECT key FROM checklist_items WHERE incident_id = ? AND key LIKE ?", (incident.id, OWN_PREFIX + "%")
            )
        ]
        key = own_key(max((own_number(k) for k in keys), default=0) + 1)
        position = conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM checklist_items WHERE incident_id = ?", (incident.id,)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO checklist_items (incident_id, key, label, position, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (incident.id, key, label, position, database.clock.now_iso(), author),
        )
        log.append(
            database,
            incident.id,
            f"Checklist item added: {label}",
            kind=Kind.ACTION,
            author=author,
            payload={"event": "checklist-added", "item": key, "label": label},
        )
    return _item(database, incident.id, key)


def rename_own(database: Database, incident_id: str, key: str, text: str, *, author: str) -> ChecklistItem:
    """Give one of the team's own items new words; its tick stays as it was. Logged with both wordings.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: not an own item of this checklist, empty or overlong words, or words
            another item already has.
    """
    label, author = clean_own_label(text), clean_author(author)
    incident = incidents.get(database, incident_id)
    item = _own_item(database, incident.id, key)
    if label == item.label:
        return item
    _refuse_duplicate(database, incident.id, label, besides=item.key)
    with database.transaction() as conn:
        conn.execute(
            "UPDATE checklist_items SET label = ? WHERE incident_id = ? AND key = ?", (label, incident.id, item.key)
        )
        log.append(
            database,
            incident.id,
            f"Checklist item renamed: {item.label} → {label}",
            kind=Kind.ACTION,
            author=author,
            payload={"event": "checklist-renamed", "item": item.key, "from": item.label, "to": label},
        )
    return _item(database, incident.id, item.key)


def remove_own(database: Database, incident_id: str, key: str, *, author: str) -> ChecklistItem:
    """Take one of the team's own items off the checklist; logged, with its tick when it had one.

    The row stays, marked removed, so the record keeps what was done and the key is never reused.
    Returns the item as it was.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: not an own item of this checklist.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = _own_item(database, incident.id, key)
    text = f"Checklist item removed: {item.label}"
    if item.done_at is not None:
        when = clock_of(database, incident).labelled(item.done_at)
        text += f" (it had been done at {when} by {item.done_by})"
    with database.transaction() as conn:
        conn.execute(
            "UPDATE checklist_items SET removed_at = ?, removed_by = ? WHERE incident_id = ? AND key = ?",
            (database.clock.now_iso(), author, incident.id, item.key),
        )
        log.append(
            database,
            incident.id,
            text,
            kind=Kind.ACTION,
            author=author,
            payload={"event": "checklist-removed", "item": item.key, "done": item.done},
        )
    return item


def _own_item(database: Database, incident_id: str, key: str) -> ChecklistItem:
    item = _item(database, incident_id, key)
    if not item.own:
        raise InvalidInputError(f"{key!r} is a built-in item: only the team's own items can be renamed or removed")
    return item


def _refuse_duplicate(database: Database, incident_id: str, label: str, *, besides: str = "") -> None:
    wanted = label.casefold()
    for item in checklist(database, incident_id):
        if item.key != besides and item.label.casefold() == wanted:
            raise InvalidInputError(f"the checklist already has this item: {item.label}")


# --- What the list depends on: a recalled product, the moment of becoming aware -----------------


def set_product_recall(database: Database, incident_id: str, recalled: bool, *, author: str) -> bool:
    """Say whether a product is recalled: the recall's items join (or leave) an operational failure's
    list. Logged; ticked recall items stay on the list when it is switched off. Returns whether it changed.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: the incident is not an operational failure.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    if incident.category.value != RECALL_CATEGORY:
        raise InvalidInputError(
            "the product-recall items belong to an operational failure; set the incident's type first"
        )
    if settings(database, incident.id).product_recall == bool(recalled):
        return False
    text = (
        "Product recall: its items join the checklist (product safety, retailers, the product-safety authority)"
        if recalled
        else "No product recall: its items leave the checklist (ticked ones stay)"
    )
    with database.transaction() as conn:
        _store_settings(conn, incident.id, author, database.clock.now_iso(), product_recall=int(bool(recalled)))
        log.append(
            database,
            incident.id,
            text,
            kind=Kind.DECISION,
            author=author,
            payload={"event": "checklist-recall", "product_recall": bool(recalled)},
        )
    return True


def set_aware(database: Database, incident_id: str, moment: datetime | None, *, author: str) -> Deadline:
    """Set when the organisation became aware of the breach (None: count from the detection time again).

    The 72-hour clock restarts from it; the change is logged with the new deadline. A moment is on
    the incident's clock (in a drill, drill time) and may not lie ahead of it. Setting the moment
    it already has logs nothing.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: not a security breach, a naive or implausible time, or one in the future.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    if incident.category is not Category.SECURITY_BREACH:
        raise InvalidInputError(
            "the 72-hour clock is for a security breach; set the incident's type to security breach first"
        )
    stored: str | None = None
    if moment is not None:
        if moment.tzinfo is None:
            raise ValueError("a naive time: attach the zone the person saw")  # a bug, not bad input
        clock = clock_of(database, incident)
        if moment < EARLIEST_AWARE:
            raise InvalidInputError("that moment of becoming aware is implausibly early; check the date")
        not_in_future(moment, clock.now(from_iso(database.clock.now_iso())), "the moment of becoming aware")
        stored = to_iso(moment.replace(second=0, microsecond=0))
    if settings(database, incident.id).aware_at == stored:
        deadline = breach_deadline_of(database, incident)
        assert deadline is not None
        return deadline
    with database.transaction() as conn:
        _store_settings(conn, incident.id, author, database.clock.now_iso(), aware_at=stored)
        deadline = breach_deadline_of(database, incident)
        assert deadline is not None
        _log_clock(database, incident, deadline, author)
    return deadline


def log_clock(database: Database, incident_id: str, *, author: str) -> bool:
    """Log the breach clock's start and deadline unless the log already says exactly that.

    Called when the Manage step is committed, so the log holds the deadline even when nobody
    changed the moment of becoming aware (the detection time). Returns whether an entry was written.
    """
    incident = incidents.get(database, incident_id)
    deadline = breach_deadline_of(database, incident)
    if deadline is None:
        return False
    rows = database.query(
        "SELECT payload FROM log_entries WHERE incident_id = ? AND kind = ? "
        "AND json_extract(payload, '$.event') = ? ORDER BY recorded_at DESC, device_seq DESC LIMIT 1",
        (incident.id, Kind.DECISION.value, CLOCK_EVENT),
    )
    if rows:
        last = json.loads(rows[0]["payload"])
        if last.get("due_at") == to_iso(deadline.due_at):
            return False
    with database.transaction():
        _log_clock(database, incident, deadline, clean_author(author))
    return True


def _log_clock(database: Database, incident: Incident, deadline: Deadline, author: str) -> None:
    clock = clock_of(database, incident)
    basis = {
        AwareBasis.SET: "",
        AwareBasis.DETECTION: " (the detection time)",
        AwareBasis.OPENING: " (the incident's opening)",
    }[deadline.basis]
    log.append(
        database,
        incident.id,
        f"72-hour clock (GDPR Art. 33): became aware of the breach at {_on_clock(clock, deadline.aware_at)}{basis}; "
        f"notify the supervisory authority by {_on_clock(clock, deadline.due_at)}",
        kind=Kind.DECISION,
        author=author,
        payload={
            "event": CLOCK_EVENT,
            "aware_at": to_iso(deadline.aware_at),
            "basis": deadline.basis.value,
            "due_at": to_iso(deadline.due_at),
        },
    )


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
    aware = settings(database, incident.id).aware_at
    if aware:
        basis = AwareBasis.SET
    elif incident.detected_at:
        aware, basis = incident.detected_at, AwareBasis.DETECTION
    else:
        aware, basis = incident.opened_at, AwareBasis.OPENING
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


def _on_clock(clock: IncidentClock, moment: datetime) -> str:
    """A moment already on the incident's clock, for a log text: ``2026-03-17 13:30 Europe/Paris``.

    Not :meth:`IncidentClock.labelled`, which would put a drill time through the drill clock again.
    """
    text = f"{moment.astimezone(clock.zone):%Y-%m-%d %H:%M} {clock.zone_name}"
    return f"{text} (drill clock)" if clock.is_drill_clock else text


def _margin_text(deadline: Deadline, clock: IncidentClock) -> str:
    """How a done deadline was met: ``(28 h 10 min before the 72-hour deadline of …)``."""
    hours, minutes = hours_minutes(deadline.left(deadline.due_at))
    due = _on_clock(clock, deadline.due_at)
    if deadline.state(deadline.due_at) is DeadlineState.LATE:
        return (
            f"({hours} h {minutes:02d} min after the 72-hour deadline of {due}; "
            "the notification must say why it is late)"
        )
    return f"({hours} h {minutes:02d} min before the 72-hour deadline of {due})"


def _item(database: Database, incident_id: str, key: str) -> ChecklistItem:
    for item in checklist(database, incident_id):
        if item.key == key:
            return item
    raise InvalidInputError(f"there is no checklist item {key!r} for this incident")
