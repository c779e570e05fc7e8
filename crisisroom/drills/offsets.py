"""Offsets and durations as scenario files write them, and back again for people to read."""

from __future__ import annotations

import re
from datetime import timedelta

_OFFSET = re.compile(r"^\+?(\d{1,3}):([0-5]\d)$")
_DURATION = re.compile(r"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$")


def parse_offset(text: str) -> timedelta | None:
    """``"+01:05"`` (hours:minutes after the start) as a timedelta; None when it is not one."""
    match = _OFFSET.match(text.strip())
    if match is None:
        return None
    return timedelta(hours=int(match[1]), minutes=int(match[2]))


def parse_duration(value: object) -> timedelta | None:
    """A drill's length: whole minutes (``90``), ``"2h"``, ``"90m"``, ``"1h30m"`` or ``"+01:30"``; None if not."""
    if isinstance(value, int) and not isinstance(value, bool):
        return timedelta(minutes=value) if value > 0 else None
    if not isinstance(value, str):
        return None
    offset = parse_offset(value)
    if offset is not None:
        return offset if offset > timedelta(0) else None
    match = _DURATION.match(value.strip().lower())
    if match is None or not (match[1] or match[2]):
        return None
    length = timedelta(hours=int(match[1] or 0), minutes=int(match[2] or 0))
    return length if length > timedelta(0) else None


def format_offset(delta: timedelta) -> str:
    """A timedelta as ``+HH:MM`` (seconds kept as ``+HH:MM:SS`` when there are any)."""
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")
