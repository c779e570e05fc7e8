"""The crisis wizard's steps, where a team is in them, and what each finished step left behind.

The five steps of the response (domain.md) are listed once, in order, in :data:`STEPS`; the GUI's
pages, the main window's progress strip and the storage checks all read that one tuple. A step is
*done* when its page committed; a team may go back and commit a step again, which records it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from crisisroom.domain import clock
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.text import QT_TRANSLATE_NOOP

# How far ahead of this machine's clock a typed time may be: laptops' clocks drift a little,
# and refusing 14:05 at 14:04 would only make a stressed person retype it.
CLOCK_TOLERANCE = timedelta(minutes=2)
MAX_DRAFT_BYTES = 1_000_000


class Step(StrEnum):
    """One step of the response, in the order the wizard walks them."""

    ASSESS = "assess"
    NOTIFY = "notify"
    MANAGE = "manage"
    MESSAGE = "message"
    MONITOR = "monitor"

    @property
    def number(self) -> int:
        """1 to 5, as the progress strip counts."""
        return STEPS.index(self) + 1

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def purpose(self) -> str:
        """What the step is for, in a line (for the page subtitle and the progress tooltip)."""
        return _PURPOSES[self]

    @classmethod
    def parse(cls, text: str) -> Step:
        """Accept a step by its key, in any case.

        Raises:
            InvalidInputError: naming the steps.
        """
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            raise InvalidInputError(f"unknown wizard step {text!r}; the steps are {', '.join(STEPS)}") from None


STEPS: tuple[Step, ...] = (Step.ASSESS, Step.NOTIFY, Step.MANAGE, Step.MESSAGE, Step.MONITOR)
"""The one ordered list of the wizard's steps."""

_LABELS = {
    Step.ASSESS: QT_TRANSLATE_NOOP("WizardStep", "Assess"),
    Step.NOTIFY: QT_TRANSLATE_NOOP("WizardStep", "Notify"),
    Step.MANAGE: QT_TRANSLATE_NOOP("WizardStep", "Manage"),
    Step.MESSAGE: QT_TRANSLATE_NOOP("WizardStep", "Message"),
    Step.MONITOR: QT_TRANSLATE_NOOP("WizardStep", "Monitor"),
}
_PURPOSES = {
    Step.ASSESS: QT_TRANSLATE_NOOP(
        "WizardStep", "What happened, since when, what is known for sure, who is affected, how serious it is."
    ),
    Step.NOTIFY: QT_TRANSLATE_NOOP(
        "WizardStep", "Tell the crisis team for this level, and note who was reached and who answered."
    ),
    Step.MANAGE: QT_TRANSLATE_NOOP(
        "WizardStep", "Name the lead, scribe and spokesperson, set the update rhythm, secure and pause the accounts."
    ),
    Step.MESSAGE: QT_TRANSLATE_NOOP("WizardStep", "Draft, approve and release statements for each audience and phase."),
    Step.MONITOR: QT_TRANSLATE_NOOP(
        "WizardStep", "Watch coverage and sentiment, adjust, and declare the crisis resolved."
    ),
}


def next_step(step: Step) -> Step:
    """The step after ``step``; the last step is followed by itself (the team stays on Monitor)."""
    index = STEPS.index(step)
    return STEPS[min(index + 1, len(STEPS) - 1)]


@dataclass(frozen=True)
class StepDone:
    """A committed step: when, by whom, and the summary its log entry carries.

    Attributes:
        step: the step.
        completed_at: stored UTC time of the (latest) commit.
        completed_by: who committed it.
        summary: what the commit recorded, as plain data (the ``summary`` of the log entry's payload).
        log_entry_id: the ``wizard-step`` entry written with it.
    """

    step: Step
    completed_at: str
    completed_by: str
    summary: Mapping[str, Any]
    log_entry_id: str


@dataclass(frozen=True)
class Assessment:
    """What the Assess step recorded beyond the incident's own fields (type, detection time, level).

    Attributes:
        incident_id: the incident.
        what_happened: the team's account of what happened.
        source_links: where it was seen (posts, articles, tickets), as typed.
        audiences: the affected audiences (message grid keys), in grid order.
        level_reason: why the confirmed level was chosen.
        assessed_at: stored UTC time of the (latest) commit.
        assessed_by: who committed it.
    """

    incident_id: str
    what_happened: str
    source_links: tuple[str, ...]
    audiences: tuple[str, ...]
    level_reason: str
    assessed_at: str
    assessed_by: str


@dataclass(frozen=True)
class WizardState:
    """Where an incident's team is in the wizard, and what they had typed.

    Attributes:
        incident_id: the incident.
        current_step: the page to show when the wizard opens.
        drafts: per step, the page's fields as last saved (what was typed, committed or not).
        completed: the steps committed so far, with when and by whom.
    """

    incident_id: str
    current_step: Step = Step.ASSESS
    drafts: Mapping[Step, Mapping[str, Any]] = field(default_factory=dict)
    completed: Mapping[Step, StepDone] = field(default_factory=dict)

    def is_done(self, step: Step) -> bool:
        return step in self.completed

    def draft(self, step: Step) -> Mapping[str, Any]:
        """The saved fields of a step's page, empty when nothing was typed yet."""
        return self.drafts.get(step, {})

    @property
    def progress(self) -> list[tuple[Step, bool]]:
        """The five steps in order with whether each is done (the main window's progress strip)."""
        return [(step, step in self.completed) for step in STEPS]


def require_previous_done(step: Step, done: set[Step] | frozenset[Step]) -> None:
    """The wizard is a path: a step is committed only once the steps before it are.

    Raises:
        InvalidInputError: naming the first step still to do.
    """
    for earlier in STEPS[: STEPS.index(step)]:
        if earlier not in done:
            raise InvalidInputError(f"finish step {earlier.number}, {earlier.label}, before {step.label}")


def step_done_text(step: Step, details: str) -> str:
    """The text of a ``wizard-step`` log entry: ``Step 2 of 5, Notify, done: …``."""
    text = f"Step {step.number} of {len(STEPS)}, {step.label}, done"
    return f"{text}: {details}" if details else text


def not_in_future(moment: datetime, now: datetime, what: str) -> datetime:
    """Refuse a time typed for something that has already happened but lies ahead of the clock.

    Raises:
        InvalidInputError: when ``moment`` is later than ``now`` (beyond a small clock tolerance).
    """
    if moment - now > CLOCK_TOLERANCE:
        raise InvalidInputError(f"{what} cannot be in the future; check the date and the time zone")
    return moment


def stored_time(moment: datetime | None, what: str, now: datetime) -> str:
    """The stored UTC form of a time a person gave for something done (None: ``now``).

    Raises:
        InvalidInputError: when the time lies in the future.
        ValueError: for a naive datetime (a bug: the GUI must attach the time zone it showed).
    """
    if moment is None:
        return clock.to_iso(now)
    return clock.to_iso(not_in_future(moment, now, what))


def local_text(stored: str, timezone: str | IncidentClock) -> str:
    """A stored time as the incident's wall clock for log texts: ``2026-03-14 14:20 Europe/Paris``.

    Given the incident's clock (storage.incident_clock.clock_of), a drill's time is on its drill
    clock and says so, as the drill's log shows it.
    """
    return (timezone if isinstance(timezone, IncidentClock) else IncidentClock(timezone)).labelled(stored)


def clean_line(text: str, what: str, *, required: bool = True, limit: int = 2000) -> str:
    """Tidy a short typed value (one line's worth); whitespace runs become one space.

    Raises:
        InvalidInputError: when it is required but empty, or longer than ``limit``.
    """
    text = " ".join(str(text).split())
    if required and not text:
        raise InvalidInputError(f"{what} is required")
    if len(text) > limit:
        raise InvalidInputError(f"{what} is at most {limit:,} characters")
    return text


def clean_block(text: str, what: str, *, required: bool = True, limit: int = 20_000) -> str:
    """Tidy a typed text that may have several lines: trailing space goes, line breaks stay.

    Raises:
        InvalidInputError: when it is required but empty, or longer than ``limit``.
    """
    text = "\n".join(line.rstrip() for line in str(text).strip().splitlines())
    if required and not text:
        raise InvalidInputError(f"{what} is required")
    if len(text) > limit:
        raise InvalidInputError(f"{what} is at most {limit:,} characters")
    return text


def short(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, for log texts that quote what was typed."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
