"""Statements of the Message step: the audience × phase grid and the draft → approved → released path.

Each cell of the grid (one audience, one phase) keeps every version of its text. The *current*
version is the latest; its state is draft until someone approves it (ICS 213's "approved by": a
name, a role, a time), then approved until it is released (where, when). Saving a different text
makes a new draft version, so editing an approved text sends it back for approval, and a released
text stays in the history exactly as it went out.

The audience and phase keys here are the ones the issue names; they are checked against these
small tuples until the message templates module provides the shared enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

AUDIENCES: tuple[str, ...] = ("public-posts", "customers", "employees", "press", "partners")
PHASES: tuple[str, ...] = ("holding", "update", "resolution")
AUDIENCE_LABELS = {
    "public-posts": QT_TRANSLATE_NOOP("Messages", "Public posts"),
    "customers": QT_TRANSLATE_NOOP("Messages", "Customers"),
    "employees": QT_TRANSLATE_NOOP("Messages", "Employees"),
    "press": QT_TRANSLATE_NOOP("Messages", "Press"),
    "partners": QT_TRANSLATE_NOOP("Messages", "Partners"),
}
PHASE_LABELS = {
    "holding": QT_TRANSLATE_NOOP("Messages", "Holding statement"),
    "update": QT_TRANSLATE_NOOP("Messages", "Update"),
    "resolution": QT_TRANSLATE_NOOP("Messages", "Resolution"),
}
# Releasing a statement in these phases is an update in the sense of the cadence: it restarts the
# "next update due" clock. A resolution ends the updates instead.
UPDATE_PHASES: tuple[str, ...] = ("holding", "update")
# The internal all-clear is the employees' resolution message: staff hear it is over from us.
ALL_CLEAR_AUDIENCE = "employees"
MAX_MESSAGE_LENGTH = 20_000


def audience(key: str) -> str:
    """Check an audience key.

    Raises:
        InvalidInputError: naming the audiences.
    """
    key = str(key).strip().lower()
    if key not in AUDIENCES:
        raise InvalidInputError(f"unknown audience {key!r}; choose one of {', '.join(AUDIENCES)}")
    return key


def phase(key: str) -> str:
    """Check a phase key.

    Raises:
        InvalidInputError: naming the phases.
    """
    key = str(key).strip().lower()
    if key not in PHASES:
        raise InvalidInputError(f"unknown phase {key!r}; choose one of {', '.join(PHASES)}")
    return key


def cell_label(audience_key: str, phase_key: str) -> str:
    """``Customers · Holding statement``: how a cell is named in the log and in errors."""
    return f"{AUDIENCE_LABELS[audience_key]} · {PHASE_LABELS[phase_key]}"


class MessageState(StrEnum):
    """Where a statement's current version is on its way out."""

    DRAFT = "draft"
    APPROVED = "approved"
    RELEASED = "released"

    @property
    def label(self) -> str:
        return {
            "draft": QT_TRANSLATE_NOOP("Messages", "Draft"),
            "approved": QT_TRANSLATE_NOOP("Messages", "Approved"),
            "released": QT_TRANSLATE_NOOP("Messages", "Released"),
        }[self.value]


@dataclass(frozen=True)
class Approval:
    """ICS 213's "approved by": who approved, in which role, when (stored UTC), and who recorded it."""

    name: str
    role: str
    at: str
    recorded_by: str


@dataclass(frozen=True)
class Release:
    """Where and when a version went out (stored UTC), and who recorded it."""

    where: tuple[str, ...]
    at: str
    recorded_by: str


@dataclass(frozen=True)
class MessageVersion:
    """One saved text of a statement, with its approval and release when it has them."""

    number: int
    text: str
    saved_at: str
    saved_by: str
    approval: Approval | None = None
    release: Release | None = None

    @property
    def state(self) -> MessageState:
        if self.release is not None:
            return MessageState.RELEASED
        if self.approval is not None:
            return MessageState.APPROVED
        return MessageState.DRAFT


@dataclass(frozen=True)
class Message:
    """One cell of the grid as the Message page and the main window show it.

    Attributes:
        id: the cell's id; ``approve`` and ``release`` act on its current version.
        incident_id: the incident.
        audience: an :data:`AUDIENCES` key.
        phase: a :data:`PHASES` key.
        current: the latest version.
        version_count: how many versions were saved.
        last_released: the latest version that went out, which is older than ``current`` when
            the text was edited after release (the public still sees that one).
    """

    id: str
    incident_id: str
    audience: str
    phase: str
    current: MessageVersion
    version_count: int
    last_released: MessageVersion | None

    @property
    def state(self) -> MessageState:
        return self.current.state

    @property
    def label(self) -> str:
        return cell_label(self.audience, self.phase)


def require_approvable(message: Message) -> None:
    """Only a draft can be approved.

    Raises:
        InvalidInputError: explaining what to do instead.
    """
    version = message.current
    if version.state is MessageState.APPROVED:
        by = f" (by {version.approval.name})" if version.approval else ""
        raise InvalidInputError(
            f"{message.label} v{version.number} is already approved{by}; "
            "release it, or edit the text to make a new draft"
        )
    if version.state is MessageState.RELEASED:
        raise InvalidInputError(
            f"{message.label} v{version.number} was already released; edit the text to make a new draft to approve"
        )


def require_releasable(message: Message) -> None:
    """Only an approved current version can be released.

    Raises:
        InvalidInputError: explaining what to do instead.
    """
    version = message.current
    if version.state is MessageState.DRAFT:
        raise InvalidInputError(
            f"{message.label} v{version.number} is a draft; it must be approved (by whom, in which role) "
            "before it can be released"
        )
    if version.state is MessageState.RELEASED:
        raise InvalidInputError(
            f"{message.label} v{version.number} was already released; edit the text to make a new version"
        )
