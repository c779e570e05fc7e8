"""Which hours a chart range shows. Pure time arithmetic, so the GUI can use it without matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from crisisroom.domain.mentions import HourCount, plausible_hours
from crisisroom.domain.text import QT_TRANSLATE_NOOP

HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class ChartRange:
    """A choice of hours to show: the last ``hours`` hours, or everything (``hours is None``)."""

    key: str
    label: str
    hours: int | None


RANGES: tuple[ChartRange, ...] = (
    ChartRange("24h", QT_TRANSLATE_NOOP("Chart", "24 h"), 24),
    ChartRange("72h", QT_TRANSLATE_NOOP("Chart", "72 h"), 72),
    ChartRange("7d", QT_TRANSLATE_NOOP("Chart", "7 days"), 7 * 24),
    ChartRange("all", QT_TRANSLATE_NOOP("Chart", "All"), None),
)
RANGE_KEYS = tuple(r.key for r in RANGES)


def chart_range(key: str) -> ChartRange:
    """The range with this key.

    Raises:
        ValueError: for an unknown key, naming the known ones.
    """
    for candidate in RANGES:
        if candidate.key == key:
            return candidate
    raise ValueError(f"unknown chart range {key!r}; use one of {', '.join(RANGE_KEYS)}")


def hour_floor(moment: datetime) -> datetime:
    """The start of the UTC clock hour ``moment`` falls in."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; attach a time zone first")
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def hour_ceil(moment: datetime) -> datetime:
    """The first UTC hour boundary at or after ``moment``."""
    floor = hour_floor(moment)
    return floor if floor == moment else floor + HOUR


def count_hour(count: HourCount) -> datetime:
    """The start of a count's hour as an aware UTC datetime."""
    return datetime.fromisoformat(count.hour).astimezone(UTC)


def view_range(key: str, counts: Sequence[HourCount], now: datetime) -> tuple[datetime | None, datetime | None]:
    """The start and (exclusive) end of the hours a range shows; ``(None, None)`` lets the data decide.

    A live incident is shown up to the current hour, so quiet hours since the last mention show
    as quiet. An incident whose last mention is older than the range itself (an export of an old
    crisis, a drill from last year) is shown up to its last hour with data instead of as an empty
    stretch of recent hours.

    Args:
        key: one of :data:`RANGE_KEYS`.
        counts: hourly counts in time order.
        now: the current time.
    """
    chosen = chart_range(key)
    counts = plausible_hours(counts)  # a stored year 1 must not make "All" span two thousand years
    current_end = hour_floor(now) + HOUR  # the current hour, though incomplete, is shown
    if not counts:
        return (None, None) if chosen.hours is None else (current_end - chosen.hours * HOUR, current_end)
    first = count_hour(counts[0])
    last_end = count_hour(counts[-1]) + HOUR
    span = last_end - first if chosen.hours is None else chosen.hours * HOUR
    end = max(current_end, last_end) if current_end - last_end <= span else last_end
    return (first if chosen.hours is None else end - span), end


def zone_name(zone: tzinfo) -> str:
    """'Europe/Stockholm' for an IANA zone, 'UTC+01:00' for a fixed offset."""
    return str(getattr(zone, "key", None) or zone)
