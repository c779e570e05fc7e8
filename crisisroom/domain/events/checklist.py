"""Events of the Manage step's checklist: items added, ticked, renamed, removed; the recall switch; a breach's
72-hour clock.

See :mod:`crisisroom.domain.events.base`. Items are named by their key (``log-started``,
``pause-posts:@brand``, ``own-3``), which the writer chooses before the event is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class ChecklistItemAdded(Event):
    """An item joined the list at its end: an account to pause, or one of the team's own."""

    TYPE = "checklist.item-added"

    incident: str
    item: str
    label: str


@dataclass(frozen=True, kw_only=True)
class ChecklistTicked(Event):
    """An item ticked (``done``) or reopened. Ticking a deadline's item says the deadline and whether it was late."""

    TYPE = "checklist.ticked"

    incident: str
    item: str
    label: str
    done: bool
    deadline: str | None = None
    late: bool | None = None


@dataclass(frozen=True, kw_only=True)
class ChecklistItemRenamed(Event):
    TYPE = "checklist.item-renamed"

    incident: str
    item: str
    previous: str
    label: str


@dataclass(frozen=True, kw_only=True)
class ChecklistItemRemoved(Event):
    """One of the team's own items left the list (its row and tick are kept, marked removed)."""

    TYPE = "checklist.item-removed"

    incident: str
    item: str
    done: bool


@dataclass(frozen=True, kw_only=True)
class ProductRecallSet(Event):
    """Whether a product is recalled: the recall's items join or leave an operational failure's list."""

    TYPE = "checklist.recall-set"

    incident: str
    product_recall: bool


@dataclass(frozen=True, kw_only=True)
class BreachClockStated(Event):
    """What a breach's 72-hour clock runs from (``aware_at``, on ``basis``: set, detection, opening) and its
    deadline ``due_at``, as the log says it; changes nothing stored (the clock is computed)."""

    TYPE = "checklist.breach-clock"

    incident: str
    aware_at: str
    basis: str
    due_at: str


@dataclass(frozen=True, kw_only=True)
class AwareSet(Event):
    """The team said when it became aware of the breach (``moment``; None: count from the detection time
    again), which restarts the 72-hour clock stated by ``aware_at``, ``basis`` and ``due_at``."""

    TYPE = "checklist.aware-set"

    incident: str
    moment: str | None
    aware_at: str
    basis: str
    due_at: str


BREACH_CLOCK_TYPES = (BreachClockStated.TYPE, AwareSet.TYPE)
LEGACY_BREACH_CLOCK = "breach-clock"  # the ``event`` of these entries before typed events


def breach_clock(payload: dict[str, Any] | None) -> tuple[str, str, str] | None:
    """``(aware_at, basis, due_at)`` of an entry stating the 72-hour clock, in this version's shape or the one
    before typed events; None for any other payload."""
    if not payload:
        return None
    if payload.get("type") in BREACH_CLOCK_TYPES or (
        "type" not in payload and payload.get("event") == LEGACY_BREACH_CLOCK
    ):
        return str(payload["aware_at"]), str(payload["basis"]), str(payload["due_at"])
    return None


def checklist_tick(payload: dict[str, Any] | None) -> tuple[str, bool] | None:
    """``(item key, done)`` of a tick's payload, in this version's shape or the one before typed events."""
    if not payload:
        return None
    if payload.get("type") == ChecklistTicked.TYPE or (
        "type" not in payload and payload.get("event") == "checklist-tick"
    ):
        return str(payload["item"]), bool(payload["done"])
    return None
