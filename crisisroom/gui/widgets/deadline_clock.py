"""A breach's 72-hour clock as one line, shared by the Manage and Monitor steps.

The deadline's times are already on the incident's clock (in a drill, drill time), and so is
``now``; the line counts down to the second, like the update countdown beside it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from crisisroom.domain.deadlines import Deadline, DeadlineState, hours_minutes
from crisisroom.gui.style import warning_colour
from crisisroom.gui.wizard.base import set_colour


def _time(moment: datetime, zone: tzinfo) -> str:
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def _span(deadline: Deadline, now: datetime) -> str:
    hours, minutes = hours_minutes(deadline.left(now))
    return QCoreApplication.translate("DeadlineClock", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )


def deadline_text(deadline: Deadline, now: datetime, zone: tzinfo) -> tuple[str, DeadlineState]:
    """``("Notify the supervisory authority within 41:12:05 (by 2026-03-17 13:30)", RUNNING)`` and the like.

    Args:
        deadline: the clock, on the incident's clock.
        now: the time now on the incident's clock.
        zone: the incident's zone, which the view names once.
    """
    state = deadline.state(now)
    due = _time(deadline.due_at, zone)
    if deadline.done_at is not None:
        words = (
            QCoreApplication.translate(
                "DeadlineClock", "Supervisory authority notified at {when}, {time} before the 72-hour deadline"
            )
            if state is DeadlineState.MET
            else QCoreApplication.translate(
                "DeadlineClock", "Supervisory authority notified at {when}, {time} after the 72-hour deadline"
            )
        )
        return words.format(when=_time(deadline.done_at, zone), time=_span(deadline, now)), state
    if state is DeadlineState.OVERDUE:
        return (
            QCoreApplication.translate(
                "DeadlineClock", "Notifying the supervisory authority is overdue by {time} (the deadline was {due})"
            ).format(time=_span(deadline, now), due=due),
            state,
        )
    seconds = int(deadline.left(now).total_seconds())
    hours, rest = divmod(seconds, 3600)
    clock = f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return (
        QCoreApplication.translate(
            "DeadlineClock", "Notify the supervisory authority within {clock} (by {due})"
        ).format(clock=clock, due=due),
        state,
    )


def show_deadline(label: QLabel, deadline: Deadline, now: datetime, zone: tzinfo) -> DeadlineState:
    """Put the clock's line into ``label``, in the warning colour once overdue or met late."""
    text, state = deadline_text(deadline, now, zone)
    label.setText(text)
    late = state in (DeadlineState.OVERDUE, DeadlineState.LATE)
    set_colour(label, warning_colour(label.palette()).name() if late else None)
    return state


def resolve_warning(deadline: Deadline | None, now: datetime, zone: tzinfo) -> str:
    """What to say before a breach is resolved while the authority is not notified yet ("" when nothing).

    Resolving closes the incident, not the duty of GDPR Article 33: the Next list keeps the step.
    """
    if deadline is None or deadline.done:
        return ""
    due = _time(deadline.due_at, zone)
    if deadline.state(now) is DeadlineState.OVERDUE:
        text = QCoreApplication.translate(
            "DeadlineClock",
            "The supervisory authority has not been notified of this breach, and the 72-hour deadline passed "
            "at {due}: notify it now and say why it is late.",
        )
    else:
        text = QCoreApplication.translate(
            "DeadlineClock",
            "The supervisory authority has not been notified of this breach yet: GDPR Article 33 asks for it by {due}.",
        )
    return (
        text.format(due=due)
        + " "
        + QCoreApplication.translate(
            "DeadlineClock",
            "Resolving does not stop that duty: the Next list keeps it until the checklist item is ticked.",
        )
    )
