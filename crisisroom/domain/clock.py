"""UTC timestamps as the crisis log stores them, and conversions for display.

Every stored time is an ISO 8601 string in UTC with millisecond precision and a ``Z`` suffix,
e.g. ``2026-11-21T12:40:03.512Z``. Strings of that shape sort chronologically, which lets SQL
order and compare them without parsing.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crisisroom.domain.errors import InvalidInputError


class Clock(Protocol):
    """Where "now" comes from. Passed in (a :class:`Database` carries one), never a process global."""

    def now(self) -> datetime:
        """The current moment, aware, in UTC, truncated to milliseconds."""
        ...

    def now_iso(self) -> str:
        """The current moment in the stored form."""
        ...


class _StoredForm:
    def now(self) -> datetime:
        raise NotImplementedError

    def now_iso(self) -> str:
        """The current moment in the stored form (``2026-11-21T12:40:03.512Z``)."""
        return to_iso(self.now())


class SystemClock(_StoredForm):
    """The computer's clock: what every real record is written at."""

    def now(self) -> datetime:
        moment = datetime.now(UTC)
        return moment.replace(microsecond=moment.microsecond // 1000 * 1000)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock(_StoredForm):
    """A clock that says what it is told: for a generated story (the demo) and for tests.

    ``now()`` returns the set moment until :meth:`set` or :meth:`advance` moves it.
    """

    def __init__(self, moment: datetime) -> None:
        self.set(moment)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; attach a time zone first")
        moment = moment.astimezone(UTC)
        self._moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)

    def advance(self, **delta: float) -> datetime:
        """Move forward by ``timedelta(**delta)`` and return the new moment."""
        self.set(self._moment + timedelta(**delta))
        return self._moment

    def now(self) -> datetime:
        return self._moment

    def __repr__(self) -> str:
        return f"FixedClock({to_iso(self._moment)})"


SYSTEM_CLOCK = SystemClock()


def now_utc() -> datetime:
    """The system's current time in UTC, truncated to milliseconds.

    Only for what is not written into a database (a file name, a timer's start); what a record
    stores comes from the clock of the :class:`~crisisroom.storage.database.Database` it goes to.
    """
    return SYSTEM_CLOCK.now()


def to_iso(moment: datetime) -> str:
    """Format an aware datetime as the stored UTC form (``...T..:..:..mmmZ``)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; attach a time zone first")
    # isoformat is several times faster than strftime, which matters at a million rows an import.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def now_iso() -> str:
    """The current UTC time in the stored form."""
    return to_iso(now_utc())


def from_iso(text: str) -> datetime:
    """Parse a stored UTC timestamp (or any ISO 8601 string with an offset) to an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def parse_user_time(text: str, zone: tzinfo) -> datetime:
    """Parse an ISO 8601 date-time typed by a person.

    A time without an offset is read in ``zone`` (the incident's time zone), because that is
    the clock the person was looking at.

    Raises:
        InvalidInputError: when the text is not an ISO 8601 date-time.
    """
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is not a date and time; write it like 2026-11-21T14:05 or 2026-11-21 14:05+01:00"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def zone_from_name(name: str) -> tzinfo:
    """An IANA zone name (``Europe/Stockholm``), ``UTC`` or a fixed offset (``+02:00``) as a tzinfo.

    Raises:
        InvalidInputError: when the name is neither a known zone nor an offset.
    """
    name = name.strip()
    if name.upper() in {"UTC", "Z"}:
        return UTC
    if name[:1] in {"+", "-"}:
        try:
            sign = 1 if name[0] == "+" else -1
            hours, _, minutes = name[1:].partition(":")
            return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))
        except ValueError:
            pass
    else:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise InvalidInputError(f"unknown time zone {name!r}; use a name like Europe/Paris or an offset like +01:00")


def local_zone_name() -> str:
    """Best guess at this machine's IANA time zone name, ``UTC`` when it cannot be told.

    The GUI asks Qt instead (which knows on every OS); this is for the command line.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def format_local(stored: str | None, zone: tzinfo | None = None, *, seconds: bool = True) -> str:
    """A stored UTC timestamp as wall-clock time in ``zone`` (the machine's zone by default)."""
    if not stored:
        return ""
    moment = from_iso(stored).astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
