"""The next-update countdown text, shared by the main window's strip and the Monitor page."""

from __future__ import annotations

from datetime import datetime

OVERDUE_COLOUR = "#b03a2e"


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
        return f"Next internal update due in {clock}", False
    late = -seconds // 60
    if late < 1:
        return "Internal update due now", True
    if late < 120:
        return f"Internal update overdue by {late} min", True
    return f"Internal update overdue by {late // 60} h {late % 60:02d} min", True
