"""Incidents: what happened, how severe it is, and whether it is a drill."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.severity import Level, level
from crisisroom.domain.text import QT_TRANSLATE_NOOP

EXERCISE_MARK = QT_TRANSLATE_NOOP("Incident", "EXERCISE")


class Category(StrEnum):
    """The kinds of crisis a communications team tells apart."""

    CUSTOMER_SERVICE = "customer-service"
    REPUTATION = "reputation"
    SECURITY_BREACH = "security-breach"
    OPERATIONAL = "operational"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Category:
        """Accept the slug or the label, in any case.

        Raises:
            InvalidInputError: naming the accepted values.
        """
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for category in cls:
            if wanted in {category.value, category.label.lower().replace(" ", "-")}:
                return category
        choices = ", ".join(c.value for c in cls)
        raise InvalidInputError(f"unknown incident type {text!r}; choose one of {choices}")


_CATEGORY_LABELS = {
    Category.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Category", "Customer service"),
    Category.REPUTATION: QT_TRANSLATE_NOOP("Category", "Reputation damage"),
    Category.SECURITY_BREACH: QT_TRANSLATE_NOOP("Category", "Security breach"),
    Category.OPERATIONAL: QT_TRANSLATE_NOOP("Category", "Operational failure"),
}


@dataclass(frozen=True)
class Incident:
    """One incident (or drill) as stored."""

    id: str
    title: str
    category: Category
    is_drill: bool
    level: int | None
    detected_at: str | None
    opened_at: str
    closed_at: str | None
    timezone: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def severity(self) -> Level | None:
        return level(self.level) if self.level is not None else None

    @property
    def display_title(self) -> str:
        """The title as every view shows it: drills are marked so nobody mistakes them."""
        return self.marked_title(EXERCISE_MARK)

    def marked_title(self, mark: str) -> str:
        """The title with a drill marked by ``mark`` (the exercise word in the language of the text)."""
        return f"[{mark}] {self.title}" if self.is_drill else self.title


def clean_title(title: str) -> str:
    """Validate and tidy an incident title.

    Raises:
        InvalidInputError: when the title is empty or absurdly long.
    """
    title = " ".join(title.split())
    if not title:
        raise InvalidInputError("an incident needs a title")
    if len(title) > 200:
        raise InvalidInputError("an incident title is at most 200 characters")
    return title
