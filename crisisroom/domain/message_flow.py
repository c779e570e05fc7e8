"""Statements of the Message step: the audience × phase grid and the draft → approved → released path.

Each cell of the grid (one audience, one phase) holds a statement for all channels and, beside it,
a version for any platform that needs its own words (a short post for X or SMS); each of them
keeps every version of its text. The *current* version is the latest; its state is draft until
someone on the roster who may approve statements approves it (ICS 213's "approved by": a name, a
role, a time, and the SHA-256 of the very text approved), then approved until it is released
(where, when). Saving a different text makes a new draft version, so editing an approved text
sends it back for approval, and a released text stays in the history exactly as it went out.
A release on a platform whose length limit the text exceeds is refused, unless someone overrides
it with a reason, which the log keeps.

The audience and phase keys here are the ones the issue names; they are checked against these
small tuples until the message templates module provides the shared enums.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.platform_lengths import Measure, Platform, measure
from crisisroom.domain.team import Person, in_role_order
from crisisroom.domain.team import role as team_role
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


ALL_CHANNELS = ""
"""The platform key of a statement for all channels (the cell's own text, released anywhere)."""
ALL_CHANNELS_LABEL = QT_TRANSLATE_NOOP("Messages", "All channels")
PLATFORM_ORDER: tuple[str, ...] = (ALL_CHANNELS, *(p.value for p in Platform))
"""Platform keys in the order a cell's versions are listed: all channels first."""


def platform(key: str | Platform | None) -> str:
    """Check a platform key: ``""`` (or None, "all") for all channels, else a :class:`Platform` value.

    Raises:
        InvalidInputError: naming the platforms.
    """
    if key is None:
        return ALL_CHANNELS
    if isinstance(key, Platform):
        return key.value
    text = str(key).strip()
    if text.lower() in {"", "all", "all channels"}:
        return ALL_CHANNELS
    return Platform.parse(text).value


def platform_label(key: str) -> str:
    """``X``, ``SMS``… or ``All channels`` (English; the windows translate it in context "Messages")."""
    return Platform(key).label if key else ALL_CHANNELS_LABEL


def cell_label(audience_key: str, phase_key: str, platform_key: str = ALL_CHANNELS) -> str:
    """``Customers · Holding statement`` (``… · SMS`` for a platform's version): how the log and errors name it."""
    label = f"{AUDIENCE_LABELS[audience_key]} · {PHASE_LABELS[phase_key]}"
    return f"{label} · {Platform(platform_key).label}" if platform_key else label


def text_sha256(text: str) -> str:
    """The SHA-256 of a statement's text (UTF-8), in hex: what an approval names."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- Who may approve ------------------------------------------------------------------------------

APPROVING_ROLES: tuple[str, ...] = ("executive-approver", "ceo", "cmo", "legal", "crisis-lead")
"""Roster roles whose holders may approve statements; the first a person holds is the role recorded."""


def approving_role(person: Person) -> str | None:
    """The role key in which ``person`` approves (their first of :data:`APPROVING_ROLES`), or None."""
    return next((key for key in APPROVING_ROLES if key in person.roles), None)


def approvers(people: Iterable[Person]) -> list[Person]:
    """The roster's people who may approve statements, in chain-of-command order."""
    return in_role_order(p for p in people if approving_role(p) is not None)


def approver_role_label(person: Person) -> str:
    """The approving role of ``person`` in words (``Executive approver``); empty when they have none."""
    key = approving_role(person)
    return team_role(key).label if key else ""


def find_approver(people: Sequence[Person], who: str) -> Person:
    """The roster person named (by id, or by name ignoring case and spaces) who may approve statements.

    Raises:
        InvalidInputError: nobody of that name is on the team, or they hold no approving role;
            the message names the people who may approve.
    """
    wanted = " ".join(str(who).split())
    found = next((p for p in people if p.id == wanted), None) or next(
        (p for p in people if p.name.casefold() == wanted.casefold()), None
    )
    allowed = approvers(people)
    names = ", ".join(p.name for p in allowed)
    hint = (
        f"those who may approve: {names}"
        if allowed
        else "nobody on the team may approve statements yet: give someone the Executive approver role"
    )
    if not wanted:
        raise InvalidInputError(f"say who approves the statement; {hint}")
    if found is None:
        raise InvalidInputError(f"{wanted!r} is not on the team; {hint}")
    if approving_role(found) is None:
        roles = found.role_labels or "no role"
        raise InvalidInputError(f"{found.name} ({roles}) may not approve statements; {hint}")
    return found


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
    """ICS 213's "approved by": who approved, in which role, when (stored UTC), and who recorded it.

    Attributes:
        text_sha256: the SHA-256 of the text approved (None only for approvals recorded before
            approvals named their text, and then filled in when the file was upgraded).
        approver_id: the roster person who approved, when chosen from the roster.
    """

    name: str
    role: str
    at: str
    recorded_by: str
    text_sha256: str | None = None
    approver_id: str | None = None


@dataclass(frozen=True)
class Release:
    """Where and when a version went out (stored UTC), and who recorded it.

    Attributes:
        override_reason: why it went out although it was over a platform's length limit (None
            when it was within every limit).
    """

    where: tuple[str, ...]
    at: str
    recorded_by: str
    override_reason: str | None = None


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

    @property
    def text_sha256(self) -> str:
        return text_sha256(self.text)


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
        platform: the platform this version of the statement is written for (a
            :class:`~crisisroom.domain.platform_lengths.Platform` value), or ``""`` for all channels.
        last_approved: the latest version that was approved (released or not).
    """

    id: str
    incident_id: str
    audience: str
    phase: str
    current: MessageVersion
    version_count: int
    last_released: MessageVersion | None
    platform: str = ALL_CHANNELS
    last_approved: MessageVersion | None = None

    @property
    def state(self) -> MessageState:
        return self.current.state

    @property
    def label(self) -> str:
        return cell_label(self.audience, self.phase, self.platform)

    @property
    def platform_label(self) -> str:
        return platform_label(self.platform)


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
    """Only an approved current version can be released, and only the very text that was approved.

    Raises:
        InvalidInputError: explaining what to do instead; when the text was changed after it was
            approved, it says so (the change needs an approval of its own).
    """
    version = message.current
    approved = message.last_approved
    if version.state is MessageState.DRAFT and approved is not None and approved.approval is not None:
        raise InvalidInputError(
            f"{message.label}: the text was changed after v{approved.number} was approved by "
            f"{approved.approval.name}; v{version.number} needs its own approval before it can be released"
        )
    if version.approval is not None and version.approval.text_sha256 not in (None, version.text_sha256):
        raise InvalidInputError(
            f"{message.label} v{version.number}: the text is not the one approved "
            f"(sha256 {version.approval.text_sha256[:12]}…); it needs a new approval"
        )
    if version.state is MessageState.DRAFT:
        raise InvalidInputError(
            f"{message.label} v{version.number} is a draft; it must be approved (by whom, in which role) "
            "before it can be released"
        )
    if version.state is MessageState.RELEASED:
        raise InvalidInputError(
            f"{message.label} v{version.number} was already released; edit the text to make a new version"
        )


# --- Platform limits at release -------------------------------------------------------------------


def release_platforms(where: Iterable[str]) -> list[Platform]:
    """The platforms among the places a statement is released (``"Website"`` is none: no limit)."""
    found: list[Platform] = []
    for place in where:
        try:
            candidate = Platform.parse(place)
        except InvalidInputError:
            continue
        if candidate not in found:
            found.append(candidate)
    return found


def over_limits(text: str, where: Iterable[str]) -> list[Measure]:
    """How the text measures on each platform in ``where`` whose limit it exceeds (empty: it fits them all)."""
    return [found for found in (measure(text, p) for p in release_platforms(where)) if not found.fits]


def describe_over(over: Sequence[Measure]) -> str:
    """``X (428 of 280, 148 over) and SMS (…)``: the measures of :func:`over_limits` in words."""
    parts = [
        f"{m.platform.label if m.platform else '?'} ({m.count:,} of {m.limit or 0:,}, {m.over_by:,} over)" for m in over
    ]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def approval_over_limit(message: Message) -> list[Measure]:
    """How a platform's version measures when it is over its platform's limit (empty: it fits, or no platform).

    Only a platform's version is measured at approval: the all-channels text may go out where there
    is no limit (a website), and its release is measured where it goes.
    """
    return over_limits(message.current.text, [platform_label(message.platform)]) if message.platform else []


class TooLongToApproveError(InvalidInputError):
    """An approval refused because a platform's version is longer than its platform allows.

    Attributes:
        over: the measure of the platform whose limit it exceeds.
    """

    def __init__(self, label: str, version: int, over: Sequence[Measure]):
        self.over = tuple(over)
        super().__init__(
            f"{label} v{version} is too long for {describe_over(over)}; shorten it, or approve it over the "
            "limit knowing it cannot be released there without an override"
        )


class OverLimitError(InvalidInputError):
    """A release refused because the text is longer than a platform it was to go out on allows.

    Attributes:
        over: the measures of the platforms whose limit it exceeds.
    """

    def __init__(self, label: str, version: int, over: Sequence[Measure]):
        self.over = tuple(over)
        super().__init__(
            f"{label} v{version} is too long for {describe_over(over)}; shorten it, "
            "or release it over the limit with a reason"
        )
