"""Changing the Manage step's checklist: ticks, accounts to pause, the team's own items, the recall switch, and
when the organisation became aware of a breach (the 72-hour clock).

The window's Manage page and ``crisisroom checklist`` call these. Each checks what it is given,
words the log entry and records one event (``domain/events/checklist.py``) through
``storage.checklist``, whose handlers write the tables; the reads (the list, the settings, the
clock) are ``storage.checklist``'s.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from crisisroom.domain.checklist import (
    PAUSE_ACCOUNT_PREFIX,
    RECALL_CATEGORY,
    ChecklistItem,
    account_key,
    account_label,
    clean_own_label,
)
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.deadlines import AwareBasis, Deadline, DeadlineState, hours_minutes
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.checklist import (
    AwareSet,
    BreachClockStated,
    ChecklistItemAdded,
    ChecklistItemRemoved,
    ChecklistItemRenamed,
    ChecklistTicked,
    ProductRecallSet,
)
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import clean_author
from crisisroom.domain.response_steps import not_in_future
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import checklist, incidents
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

CHANGES = Changes.STEPS | Changes.LOG
EARLIEST_AWARE = datetime.fromisoformat("1990-01-01T00:00:00+00:00")


def add_account(database: Database, incident_id: str, account: str, *, author: str) -> Done[ChecklistItem]:
    """Add "scheduled posts paused on <account>" to the checklist; logged. Adding it twice adds it once.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an empty account name.
    """
    key, author = account_key(account), clean_author(author)
    name = key[len(PAUSE_ACCOUNT_PREFIX) :]
    incident = incidents.get(database, incident_id)
    with database.transaction():
        if checklist.has_key(database, incident.id, key):
            return Done(checklist.item(database, incident.id, key), Changes.NONE, incident.id)
        label = account_label(name)
        checklist.write(
            database,
            ChecklistItemAdded(incident=incident.id, item=key, label=label),
            f"Checklist item added: {label}",
            author=author,
        )
        return Done(checklist.item(database, incident.id, key), CHANGES, incident.id)


def tick(database: Database, incident_id: str, key: str, done: bool = True, *, author: str) -> Done[ChecklistItem]:
    """Tick (``done=True``) or untick an item; logged. Setting the state it already has logs nothing.

    Ticking the breach-notification item stops the 72-hour clock: its log entry says how long
    before (or after) the deadline it was done, on the incident's clock.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: no such item on this incident's checklist.
    """
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    item = checklist.item(database, incident.id, key)
    if item.done == bool(done):
        return Done(item, Changes.NONE, incident.id)
    text = f"Checklist done: {item.label}" if done else f"Checklist item reopened: {item.label}"
    event = ChecklistTicked(incident=incident.id, item=item.key, label=item.label, done=bool(done))
    if done and item.has_deadline:
        clock = clock_of(database, incident)
        deadline = checklist.breach_deadline_of(database, incident, clock)
        if deadline is not None:
            met = replace(deadline, done_at=clock.moment(database.clock.now_iso()), done_by=author)
            text += " " + _margin_text(met, clock)
            event = replace(event, deadline=to_iso(met.due_at), late=met.state(met.due_at) is DeadlineState.LATE)
    checklist.write(database, event, text, author=author)
    return Done(checklist.item(database, incident.id, item.key), CHANGES, incident.id)


# --- The team's own items -----------------------------------------------------------------------


def add_own(database: Database, incident_id: str, text: str, *, author: str) -> Done[ChecklistItem]:
    """Add one of the team's own items at the end of the checklist; logged. An item with the same
    words already on the list is refused.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty or overlong words, or the item is already on the list.
    """
    label, author = clean_own_label(text), clean_author(author)
    incident = incidents.get(database, incident_id)
    _refuse_duplicate(database, incident.id, label)
    with database.transaction():
        key = checklist.next_own_key(database, incident.id)
        checklist.write(
            database,
            ChecklistItemAdded(incident=incident.id, item=key, label=label),
            f"Checklist item added: {label}",
            author=author,
        )
        return Done(checklist.item(database, incident.id, key), CHANGES, incident.id)


def rename_own(database: Database, incident_id: str, key: str, text: str, *, author: str) -> Done[ChecklistItem]:
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
        return Done(item, Changes.NONE, incident.id)
    _refuse_duplicate(database, incident.id, label, besides=item.key)
    checklist.write(
        database,
        ChecklistItemRenamed(incident=incident.id, item=item.key, previous=item.label, label=label),
        f"Checklist item renamed: {item.label} → {label}",
        author=author,
    )
    return Done(checklist.item(database, incident.id, item.key), CHANGES, incident.id)


def remove_own(database: Database, incident_id: str, key: str, *, author: str) -> Done[ChecklistItem]:
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
    checklist.write(
        database, ChecklistItemRemoved(incident=incident.id, item=item.key, done=item.done), text, author=author
    )
    return Done(item, CHANGES, incident.id)


def _own_item(database: Database, incident_id: str, key: str) -> ChecklistItem:
    item = checklist.item(database, incident_id, key)
    if not item.own:
        raise InvalidInputError(f"{key!r} is a built-in item: only the team's own items can be renamed or removed")
    return item


def _refuse_duplicate(database: Database, incident_id: str, label: str, *, besides: str = "") -> None:
    wanted = label.casefold()
    for item in checklist.checklist(database, incident_id):
        if item.key != besides and item.label.casefold() == wanted:
            raise InvalidInputError(f"the checklist already has this item: {item.label}")


# --- What the list depends on: a recalled product, the moment of becoming aware -----------------


def set_product_recall(database: Database, incident_id: str, recalled: bool, *, author: str) -> Done[bool]:
    """Say whether a product is recalled: the recall's items join (or leave) an operational failure's
    list. Logged; ticked recall items stay on the list when it is switched off. The value is whether
    it changed.

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
    if checklist.settings(database, incident.id).product_recall == bool(recalled):
        return Done(False, Changes.NONE, incident.id)
    text = (
        "Product recall: its items join the checklist (product safety, retailers, the product-safety authority)"
        if recalled
        else "No product recall: its items leave the checklist (ticked ones stay)"
    )
    checklist.write(
        database, ProductRecallSet(incident=incident.id, product_recall=bool(recalled)), text, author=author
    )
    return Done(True, CHANGES, incident.id)


def set_aware(database: Database, incident_id: str, moment: datetime | None, *, author: str) -> Done[Deadline]:
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
    clock = clock_of(database, incident)
    stored: str | None = None
    if moment is not None:
        if moment.tzinfo is None:
            raise ValueError("a naive time: attach the zone the person saw")  # a bug, not bad input
        if moment < EARLIEST_AWARE:
            raise InvalidInputError("that moment of becoming aware is implausibly early; check the date")
        not_in_future(moment, clock.now(from_iso(database.clock.now_iso())), "the moment of becoming aware")
        stored = to_iso(moment.replace(second=0, microsecond=0))
    current = checklist.breach_deadline_of(database, incident, clock)
    assert current is not None  # a security breach has its clock
    if checklist.settings(database, incident.id).aware_at == stored:
        return Done(current, Changes.NONE, incident.id)
    start, basis = checklist.clock_start(incident, stored)
    deadline = replace(current, aware_at=clock.moment(start), basis=basis)
    event = AwareSet(
        incident=incident.id,
        moment=stored,
        aware_at=to_iso(deadline.aware_at),
        basis=deadline.basis.value,
        due_at=to_iso(deadline.due_at),
    )
    checklist.write(database, event, _clock_text(clock, deadline), author=author)
    found = checklist.breach_deadline_of(database, incident, clock)
    assert found is not None
    return Done(found, CHANGES, incident.id)


def log_clock(database: Database, incident_id: str, *, author: str) -> Done[bool]:
    """Log the breach clock's start and deadline unless the log already says exactly that.

    Called when the Manage step is committed, so the log holds the deadline even when nobody
    changed the moment of becoming aware (the detection time). The value is whether an entry was
    written.
    """
    incident = incidents.get(database, incident_id)
    clock = clock_of(database, incident)
    deadline = checklist.breach_deadline_of(database, incident, clock)
    if deadline is None or checklist.last_stated_due(database, incident.id) == to_iso(deadline.due_at):
        return Done(False, Changes.NONE, incident.id)
    event = BreachClockStated(
        incident=incident.id,
        aware_at=to_iso(deadline.aware_at),
        basis=deadline.basis.value,
        due_at=to_iso(deadline.due_at),
    )
    checklist.write(database, event, _clock_text(clock, deadline), author=clean_author(author))
    return Done(True, Changes.LOG, incident.id)


def _clock_text(clock: IncidentClock, deadline: Deadline) -> str:
    basis = {
        AwareBasis.SET: "",
        AwareBasis.DETECTION: " (the detection time)",
        AwareBasis.OPENING: " (the incident's opening)",
    }[deadline.basis]
    return (
        f"72-hour clock (GDPR Art. 33): became aware of the breach at {_on_clock(clock, deadline.aware_at)}{basis}; "
        f"notify the supervisory authority by {_on_clock(clock, deadline.due_at)}"
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
