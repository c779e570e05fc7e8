"""Events of drills (see :mod:`crisisroom.domain.events.base`).

A drill's log tells how it was played: the briefing (its scenario and the clock's first anchor),
each inject, every change of the drill clock, a burst's posts all in, and the end. The fields
keep the names the untyped payloads of earlier versions had, and :func:`drill_event` names what
an entry records in either shape, so the readers (the drill clock, the runner's record, the
after-action) read old drills and new ones alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event

# What a drill entry records, as the untyped payloads named it ({"event": ...}).
DRILL_STARTED, INJECT, CLOCK, POSTS_IN, DRILL_ENDED = "drill-started", "inject", "clock", "posts-in", "drill-ended"


@dataclass(frozen=True, kw_only=True)
class DrillStarted(Event):
    """The briefing: the scenario as played (its file's text), the simulated start and the clock's first anchor."""

    TYPE = "drill.started"

    incident: str
    scenario: str
    source: str
    start: str
    duration_minutes: int
    speed: float
    headless: bool
    real: str
    toml: str


@dataclass(frozen=True, kw_only=True)
class InjectPlayed(Event):
    """An inject played at simulated time ``at``; an ad-hoc one keeps its whole ``definition``.

    A burst of posts names the import ``batch`` its posts go into as the clock passes them, and
    ``first``/``last``, the span of their times (the hours they can touch).
    """

    TYPE = "drill.inject-played"

    incident: str
    inject: str
    kind: str
    planned: str
    at: str
    sender: str | None = None
    channel: str | None = None
    subject: str | None = None
    definition: dict[str, Any] | None = None
    batch: str | None = None
    source: str | None = None
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True, kw_only=True)
class DrillClockChanged(Event):
    """The drill clock paused, resumed, changed speed or jumped: its new anchor."""

    TYPE = "drill.clock-changed"

    incident: str
    change: str
    real: str
    at: str
    speed: float
    paused: bool


@dataclass(frozen=True, kw_only=True)
class DrillPostsIn(Event):
    """A burst's posts are all in, or the drill ended first: ``arrived`` of its ``posts`` came.

    ``entry`` is the inject's log entry. With a ``batch``, this entry records the burst's import:
    ``count`` rows and the SHA-256 ``digest`` of the batch's rows as imported (as
    :class:`~crisisroom.domain.events.mentions.MentionsImported` does for an export).
    """

    TYPE = "drill.posts-in"

    incident: str
    inject: str
    entry: str
    posts: int
    arrived: int
    imported: int
    batch: str | None = None
    count: int | None = None
    digest: str | None = None
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True, kw_only=True)
class DrillEnded(Event):
    TYPE = "drill.ended"

    incident: str
    scenario: str
    at: str
    real: str


_NAMES = {
    DrillStarted.TYPE: DRILL_STARTED,
    InjectPlayed.TYPE: INJECT,
    DrillClockChanged.TYPE: CLOCK,
    DrillPostsIn.TYPE: POSTS_IN,
    DrillEnded.TYPE: DRILL_ENDED,
}


def drill_event(payload: dict[str, Any] | None) -> str | None:
    """What a drill entry's payload records (``drill-started``, ``inject``, ``clock``, ``posts-in``,
    ``drill-ended``), in this version's typed shape or the untyped one before; None for anything else."""
    if not payload:
        return None
    if "type" in payload:
        return _NAMES.get(str(payload["type"]))
    event = payload.get("event")
    return str(event) if event in _NAMES.values() else None
