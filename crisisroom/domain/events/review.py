"""Events of the post-crisis review: notes, action items (and their closing), plan adjustments.

See :mod:`crisisroom.domain.events.base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event, type_of


@dataclass(frozen=True, kw_only=True)
class ReviewNoteAdded(Event):
    """What went well, what did not, or a lesson learned (``kind``: a :class:`~crisisroom.domain.review.NoteKind`)."""

    TYPE = "review.note-added"

    incident: str
    note: str
    kind: str
    text: str


@dataclass(frozen=True, kw_only=True)
class ReviewActionAdded(Event):
    """An action item with its owner and due date (``YYYY-MM-DD``)."""

    TYPE = "review.action-added"

    incident: str
    action: str
    text: str
    owner: str
    due_date: str


@dataclass(frozen=True, kw_only=True)
class ReviewActionDone(Event):
    TYPE = "review.action-done"

    incident: str
    action: str


@dataclass(frozen=True, kw_only=True)
class PlanAdjustmentAdded(Event):
    """A change to the plan, and the part of the plan it changes (``area``: rules, templates, roster…)."""

    TYPE = "review.adjustment-added"

    incident: str
    adjustment: str
    area: str
    text: str


# The payloads written before events were typed ({"event": ...}), by the type that replaced them.
LEGACY_NAMES = {
    "review-note": ReviewNoteAdded.TYPE,
    "review-action": ReviewActionAdded.TYPE,
    "review-action-done": ReviewActionDone.TYPE,
    "review-adjustment": PlanAdjustmentAdded.TYPE,
}


def review_event(payload: dict[str, Any] | None) -> str | None:
    """The event type of a review entry's payload, in this version's shape or the one before typed
    events (``review-note`` reads as ``review.note-added``); None for an entry that is not the review's."""
    return type_of(payload, LEGACY_NAMES)
