"""Events of the record kept beside the steps: facts and their checking, media coverage.

See :mod:`crisisroom.domain.events.base`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event, type_of


@dataclass(frozen=True, kw_only=True)
class FactRecorded(Event):
    """A fact written down, verified or not yet verified."""

    TYPE = "fact.recorded"

    incident: str
    fact: str
    text: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class FactVerificationChanged(Event):
    """A fact confirmed, or in doubt again."""

    TYPE = "fact.verification-changed"

    incident: str
    fact: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class CoverageAdded(Event):
    """A piece of coverage noted on the Monitor step's list (``published_at``: stored form, when known)."""

    TYPE = "coverage.added"

    incident: str
    coverage: str
    outlet: str
    link: str
    tone: str
    note: str
    published_at: str | None


# The payloads written before events were typed ({"event": ...}), by the type that replaced them.
LEGACY_NAMES = {
    "fact-recorded": FactRecorded.TYPE,
    "fact-verification": FactVerificationChanged.TYPE,
    "coverage-added": CoverageAdded.TYPE,
}


def record_event(payload: dict[str, Any] | None) -> str | None:
    """The event type of a fact or coverage entry's payload, in this version's shape or the one
    before typed events (``coverage-added`` reads as ``coverage.added``); None for any other entry."""
    return type_of(payload, LEGACY_NAMES)
