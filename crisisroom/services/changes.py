"""What a use case changed, so that the window redraws what it must and no more (as Anki's OpChanges).

Every service that changes something returns a :class:`Done`: the value the caller asked for and
the :class:`Changes` it made. The command line reads ``.value``; the window hands ``.changes`` to
its context's one ``changed`` signal, and each part of the window redraws when a flag it shows is
set.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto
from typing import Generic, TypeVar

T = TypeVar("T")


class Changes(Flag):
    """Which parts of the record a use case changed."""

    NONE = 0
    INCIDENTS = auto()  # an incident opened, closed, its level, type or detection time
    LOG = auto()  # the log gained entries
    MENTIONS = auto()  # mentions imported, added or relabelled
    ALERTS = auto()  # rule firings or their acknowledgement
    STEPS = auto()  # the five steps: assessments, calls, roles, checklists, updates
    STATEMENTS = auto()  # drafts, approvals, releases, public summaries
    REVIEW = auto()  # the after-action review
    TEAM = auto()  # the roster, roles, levels and chain of command
    SETTINGS = auto()  # organisation settings, templates, rules
    VAULT = auto()  # the shared accounts
    DRILL = auto()  # a drill's clock or injects
    SHARING = auto()  # the team's laptops of a shared incident, who waits, alarms


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a use case returns: the value asked for and what it changed (in which incident)."""

    value: T
    changes: Changes
    incident_id: str | None = None
