"""The post-crisis review's use cases: notes, action items (and marking one done), plan adjustments.

A plan adjustment is a ``decision`` in the log (the team decided to change the plan), an action
item an ``action``, a note a ``note``, so the log alone tells the story of the review too. Each
use case checks what it is given, words its log entry and records the event
(``storage.events``), whose handler writes the review's tables; each returns a
:class:`~crisisroom.services.changes.Done`.
"""

from __future__ import annotations

import uuid
from datetime import date

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.review import PlanAdjustmentAdded, ReviewActionAdded, ReviewActionDone, ReviewNoteAdded
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.response_steps import clean_block, clean_line
from crisisroom.domain.review import MAX_REVIEW_TEXT, ActionItem, NoteKind, PlanAdjustment, ReviewNote, clean_due_date
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import events, incidents, review
from crisisroom.storage.database import Database

_CHANGES = Changes.REVIEW | Changes.LOG


def add_note(database: Database, incident_id: str, kind: NoteKind | str, text: str, *, author: str) -> Done[ReviewNote]:
    """Record what went well, what did not, or a lesson learned.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty or overlong text, unknown kind, no author.
    """
    kind = NoteKind.parse(kind)
    text = clean_block(text, "the note", limit=MAX_REVIEW_TEXT)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    event = ReviewNoteAdded(incident=incident.id, note=str(uuid.uuid4()), kind=kind.value, text=text)
    events.record(database, incident.id, event, f"Review · {kind.label}: {text}", kind=Kind.NOTE, author=author)
    return Done(review.get_note(database, event.note), _CHANGES, incident.id)


def add_action(
    database: Database, incident_id: str, text: str, *, owner: str, due: date | str, author: str
) -> Done[ActionItem]:
    """Record an action item with its owner and due date.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text or owner, a due date that is not a date, no author.
    """
    text = clean_block(text, "the action", limit=MAX_REVIEW_TEXT)
    owner = clean_line(owner, "the action's owner", limit=200)
    due_date = clean_due_date(due)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    event = ReviewActionAdded(incident=incident.id, action=str(uuid.uuid4()), text=text, owner=owner, due_date=due_date)
    events.record(
        database,
        incident.id,
        event,
        f"Review · Action for {owner}, due {due_date}: {text}",
        kind=Kind.ACTION,
        author=author,
    )
    return Done(review.get_action(database, event.action), _CHANGES, incident.id)


def close_action(database: Database, action_id: str, *, author: str) -> Done[ActionItem]:
    """Mark an action item done.

    Raises:
        NotFoundError: no such action item.
        InvalidInputError: it is already done, or no author.
    """
    author = clean_author(author)
    with database.transaction():
        item = review.get_action(database, action_id)
        if not item.is_open:
            raise InvalidInputError(f"this action was already done ({item.done_by})")
        events.record(
            database,
            item.incident_id,
            ReviewActionDone(incident=item.incident_id, action=item.id),
            f"Review · Action done: {item.text}",
            kind=Kind.ACTION,
            author=author,
        )
    return Done(review.get_action(database, item.id), _CHANGES, item.incident_id)


def add_adjustment(database: Database, incident_id: str, area: str, text: str, *, author: str) -> Done[PlanAdjustment]:
    """Record a change to the plan (``area``: rules, templates, roster, or any other part).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty area or text, no author.
    """
    area = clean_line(area, "the part of the plan", limit=200)
    text = clean_block(text, "the adjustment", limit=MAX_REVIEW_TEXT)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    event = PlanAdjustmentAdded(incident=incident.id, adjustment=str(uuid.uuid4()), area=area, text=text)
    events.record(
        database,
        incident.id,
        event,
        f"Review · Plan adjustment ({area}): {text}",
        kind=Kind.DECISION,
        author=author,
    )
    return Done(review.get_adjustment(database, event.adjustment), _CHANGES, incident.id)
