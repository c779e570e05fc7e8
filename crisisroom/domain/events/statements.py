"""Events of statements: a version drafted, approved, released; a phase's public summary written.

See :mod:`crisisroom.domain.events.base`. An approval names the SHA-256 of the text it approves,
and a release the SHA-256 of the text that went out, so the log alone shows that what went out
is what was approved. The path draft → approved → released is checked before an event is
recorded (``services/statements.py``); applying one only writes what it says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event, type_of


@dataclass(frozen=True, kw_only=True)
class StatementDrafted(Event):
    """A new version of a statement's cell (audience × phase, and platform: ``""`` for all channels).

    Version 1 also makes the cell, with the id ``message``. ``previous_state`` is the state of
    the version it follows (``None`` for the first).
    """

    TYPE = "statement.drafted"

    incident: str
    message: str
    audience: str
    phase: str
    platform: str
    version: int
    previous_state: str | None
    text: str
    text_sha256: str


@dataclass(frozen=True, kw_only=True)
class StatementApproved(Event):
    """A version approved (ICS 213's "approved by"): who, in which role, and the text's SHA-256.

    ``at`` is the time the person gave for the approval; ``None``: when it was recorded.
    ``over_limit`` lists ``{"platform", "count", "limit"}`` when a platform's version was approved
    over its platform's length limit.
    """

    TYPE = "statement.approved"

    incident: str
    message: str
    version: int
    approver_name: str
    approver_role: str
    approver_id: str | None
    text_sha256: str
    at: str | None = None
    over_limit: list[dict[str, Any]] | None = None


@dataclass(frozen=True, kw_only=True)
class StatementReleased(Event):
    """An approved version went out, and where (``where``: the platforms and channels, as given).

    ``at`` is the time the person gave for the release; ``None``: when it was recorded. Over a
    platform's limit, ``over_limit`` names the platforms and lengths and ``override_reason`` why it
    went out anyway.
    """

    TYPE = "statement.released"

    incident: str
    message: str
    version: int
    where: list[str]
    text_sha256: str
    at: str | None = None
    over_limit: list[dict[str, Any]] | None = None
    override_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class PublicSummarySet(Event):
    """What happened, written for the public, for one phase; an empty ``text`` clears it."""

    TYPE = "statement.public-summary-set"

    incident: str
    phase: str
    text: str


# The payloads written before events were typed ({"event": ...}), by the type that replaced them.
LEGACY_NAMES = {
    "message-drafted": StatementDrafted.TYPE,
    "message-approved": StatementApproved.TYPE,
    "message-released": StatementReleased.TYPE,
    "public-summary": PublicSummarySet.TYPE,
}


def statement_event(payload: dict[str, Any] | None) -> str | None:
    """The event type of a statement entry's payload, in this version's shape or the one before
    typed events (``message-approved`` reads as ``statement.approved``); None for any other entry."""
    return type_of(payload, LEGACY_NAMES)
