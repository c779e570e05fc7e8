"""The post-crisis review: what the team learned, what it will do, and how it changes the plan.

domain.md ("After the crisis"): record lessons learned and action items with owners, readjust
the plan. A review note is either something that went well, something that did not, or a lesson
drawn from them; an action item has an owner and a due date and is open until someone closes it;
a plan adjustment names the part of the plan it changes (rules, templates, roster…).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

MAX_REVIEW_TEXT = 4000


class NoteKind(StrEnum):
    """What a review note records."""

    WENT_WELL = "went-well"
    TO_IMPROVE = "to-improve"
    LESSON = "lesson"

    @property
    def label(self) -> str:
        return _NOTE_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> NoteKind:
        """Accept the value in any case.

        Raises:
            InvalidInputError: naming the accepted kinds.
        """
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            raise InvalidInputError(
                f"unknown review note {text!r}; choose one of {', '.join(k.value for k in cls)}"
            ) from None


_NOTE_LABELS = {
    NoteKind.WENT_WELL: QT_TRANSLATE_NOOP("Review", "What went well"),
    NoteKind.TO_IMPROVE: QT_TRANSLATE_NOOP("Review", "What did not go well"),
    NoteKind.LESSON: QT_TRANSLATE_NOOP("Review", "Lesson learned"),
}


@dataclass(frozen=True)
class ReviewNote:
    """One thing the team noted in the review."""

    id: str
    incident_id: str
    kind: NoteKind
    text: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class ActionItem:
    """Something to do after the crisis, with an owner and a due date (ISO ``YYYY-MM-DD``)."""

    id: str
    incident_id: str
    text: str
    owner: str
    due_date: str
    recorded_at: str
    recorded_by: str
    done_at: str | None = None
    done_by: str | None = None

    @property
    def is_open(self) -> bool:
        return self.done_at is None

    def is_overdue(self, today: date) -> bool:
        """True when still open after its due date."""
        return self.is_open and date.fromisoformat(self.due_date) < today


@dataclass(frozen=True)
class PlanAdjustment:
    """A change to the crisis plan decided in the review (``area``: rules, templates, roster…)."""

    id: str
    incident_id: str
    area: str
    text: str
    recorded_at: str
    recorded_by: str


def clean_due_date(value: date | str) -> str:
    """A due date as ``YYYY-MM-DD``.

    Raises:
        InvalidInputError: when it is not a date.
    """
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInputError(f"a due date is a day such as 2026-12-01, not {value!r}") from None
