"""The next-update countdown text, shared by the main window's strip and the Monitor page."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

OVERDUE_COLOUR = "#b03a2e"
# A second, more insistent reminder when the update is this late (the first comes when it is due).
OVERDUE_AFTER = timedelta(minutes=10)


def reminder_stage(due: datetime | None, now: datetime) -> str | None:
    """``"due"`` from the due time on, ``"overdue"`` from :data:`OVERDUE_AFTER` later, else None."""
    if due is None or now < due:
        return None
    return "overdue" if now - due >= OVERDUE_AFTER else "due"


def countdown_text(due: datetime | None, now: datetime) -> tuple[str, bool]:
    """``("Next internal update due in 12:04", False)`` or ``("Internal update overdue by 3 min", True)``.

    Returns:
        The text and whether it is overdue; ``("", False)`` when nothing is due (a closed incident).
    """
    if due is None:
        return "", False
    seconds = int((due - now).total_seconds())
    if seconds >= 0:
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
        return QCoreApplication.translate("Countdown", "Next internal update due in {clock}").format(clock=clock), False
    late = -seconds // 60
    if late < 1:
        return QCoreApplication.translate("Countdown", "Internal update due now"), True
    if late < 120:
        return QCoreApplication.translate("Countdown", "Internal update overdue by {minutes} min").format(
            minutes=late
        ), True
    return (
        QCoreApplication.translate("Countdown", "Internal update overdue by {hours} h {minutes} min").format(
            hours=late // 60, minutes=f"{late % 60:02d}"
        ),
        True,
    )
