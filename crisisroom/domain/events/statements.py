"""Events of statements: a version drafted, approved, released; a phase's public summary written.

See :mod:`crisisroom.domain.events.base`. An approval names the SHA-256 of the text it approves,
and a release the SHA-256 of the text that went out, so the log alone shows that what went out
is what was approved. The path draft → approved → released is checked before an event is
recorded (``services/statements.py``); applying one only writes what it says, and only where it
still holds in the log as merged from several laptops (``storage/messages.py``, "Merge rules").

Version 2 of each names versions by the entry that drafted them rather than by their number:
laptops that draft a cell without seeing each other each add a version (siblings), so a number
is a place in the merged log, known only once the entries meet; the drafting entry is the same
everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event, type_of


@dataclass(frozen=True, kw_only=True)
class StatementDrafted(Event):
    """A new version of a statement's cell (audience × phase, and platform: ``""`` for all channels).

    The first version also makes the cell, with the id ``message``. ``previous_state`` is the
    state of the version it follows (``None`` for the first). ``version`` is the number the writer
    gave it (the next after the versions it had); the stored number is its place among the cell's
    versions in the signed order, which differs when a sibling drafted elsewhere comes first.

    ``follows`` names the drafting entries of the cell's *heads* the writer had (the versions no
    later one it knew of follows; ``[]`` for the first version). The new version follows those;
    a head it had not seen stays a head beside it: a sibling. Version 1 had no ``follows``: it
    was written on one laptop, where the heads are the one latest version, so it follows whatever
    heads the cell has when it is applied (``follows`` None).
    """

    TYPE = "statement.drafted"
    VERSION = 2

    incident: str
    message: str
    audience: str
    phase: str
    platform: str
    version: int
    previous_state: str | None
    text: str
    text_sha256: str
    follows: list[str] | None = None

    @classmethod
    def upgrade(cls, fields: dict[str, Any], version: int) -> dict[str, Any]:
        if version == 1:
            return {**fields, "follows": None}
        return super().upgrade(fields, version)


@dataclass(frozen=True, kw_only=True)
class StatementApproved(Event):
    """A version approved (ICS 213's "approved by"): who, in which role, and the text's SHA-256.

    ``at`` is the time the person gave for the approval; ``None``: when it was recorded.
    ``over_limit`` lists ``{"platform", "count", "limit"}`` when a platform's version was approved
    over its platform's length limit. ``draft`` is the entry that drafted the version approved
    (version 1 named it by ``version`` alone, which on one laptop is the same version).
    """

    TYPE = "statement.approved"
    VERSION = 2

    incident: str
    message: str
    version: int
    approver_name: str
    approver_role: str
    approver_id: str | None
    text_sha256: str
    at: str | None = None
    over_limit: list[dict[str, Any]] | None = None
    draft: str | None = None

    @classmethod
    def upgrade(cls, fields: dict[str, Any], version: int) -> dict[str, Any]:
        if version == 1:
            return {**fields, "draft": None}
        return super().upgrade(fields, version)


@dataclass(frozen=True, kw_only=True)
class StatementReleased(Event):
    """An approved version went out, and where (``where``: the platforms and channels, as given).

    ``at`` is the time the person gave for the release; ``None``: when it was recorded. Over a
    platform's limit, ``over_limit`` names the platforms and lengths and ``override_reason`` why it
    went out anyway. ``draft`` is the entry that drafted the version released (version 1: by
    ``version`` alone).
    """

    TYPE = "statement.released"
    VERSION = 2

    incident: str
    message: str
    version: int
    where: list[str]
    text_sha256: str
    at: str | None = None
    over_limit: list[dict[str, Any]] | None = None
    override_reason: str | None = None
    draft: str | None = None

    @classmethod
    def upgrade(cls, fields: dict[str, Any], version: int) -> dict[str, Any]:
        if version == 1:
            return {**fields, "draft": None}
        return super().upgrade(fields, version)


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
