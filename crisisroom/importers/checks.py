"""Checks over the rows an import takes, which end as warnings rather than refusals.

Two for now, both about time:

* **Date only.** A date with no time of day (``2026-03-14``, an XLSX date cell) is stored at
  midnight in the import's zone and marked ``time_known=False``: its hour is unknown, so the
  hourly counts, the chart and the rules leave it out (a Reddit file of dates once fired 19 rules
  at 00:00). The mention is still stored and listed.
* **Local time in disguise.** A Twitter/X id is a snowflake that carries its own UTC time
  (``(id >> 22) + 1288834974657`` ms since 1970). When most rows with such an id are off that
  time by the same whole number of hours (or a half or quarter hour, ±3 minutes), the export
  wrote local time without saying so: the warning names a ``--tz`` whose offset matches at those
  dates, the organisation's home zone first. It only warns; the person decides.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, tzinfo

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import Mention
from crisisroom.importers import dates
from crisisroom.importers.mapping import Source
from crisisroom.importers.results import ImportWarning, RawRow

TWITTER_EPOCH_MS = 1288834974657
FIRST_LINES = 5  # lines named in a warning
_STATUS = re.compile(r"/status(?:es)?/(\d{6,20})")
_STEP = 15 * 60  # offsets are whole quarter hours (Nepal +05:45); the cases are whole hours
_TOLERANCE = 3 * 60  # seconds either side: an export may round or lag a little
_MOST = 0.8  # share of the rows with a tweet id that must agree on the offset
_FEWEST = 3  # rows with a tweet id before anything is said
_FARTHEST = 14 * 3600 + 900  # no zone is farther from UTC
# Zones proposed when the home zone does not fit, tried in this order; else an offset like +05:30.
_ZONES = (
    "Europe/London", "Europe/Paris", "Europe/Stockholm", "Europe/Helsinki", "Europe/Moscow", "Europe/Istanbul",
    "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Singapore",
    "Asia/Tokyo", "Australia/Adelaide", "Australia/Sydney", "Pacific/Auckland", "Africa/Lagos",
    "Africa/Johannesburg", "Africa/Nairobi", "America/St_Johns", "America/Halifax", "America/Sao_Paulo",
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
    "America/Anchorage", "Pacific/Honolulu", "UTC",
)  # fmt: skip


def tweet_time(mention: Mention) -> datetime | None:
    """The UTC time a Twitter/X id carries (from the link's ``/status/ID``, else a numeric external id)."""
    match = _STATUS.search(mention.url) if "/status" in mention.url else None
    digits = match[1] if match else mention.external_id.strip()
    if not digits.isdigit() or len(digits) > 20:
        return None
    milliseconds = (int(digits) >> 22) + TWITTER_EPOCH_MS
    if milliseconds <= TWITTER_EPOCH_MS:
        return None  # a small number: not a snowflake
    try:
        return datetime.fromtimestamp(milliseconds / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return None


class RowChecks:
    """Marks date-only mentions and gathers what the warnings need, row by row in constant memory."""

    def __init__(self, date_source: Source, zone: tzinfo, prefer_zone: str | None = None) -> None:
        self._read = date_source.reader()
        self._zone = zone
        self._prefer = prefer_zone
        self._date_only: list[int] = []
        self._date_only_count = 0
        self._offsets: Counter[int] = Counter()  # seconds off the id's time, in steps; -1 key: no step
        self._compared = 0
        self._first: dict[int, tuple[int, datetime]] = {}  # offset → (first line, its id time)
        self._last: dict[int, datetime] = {}

    def mention(self, line: int, row: RawRow, mention: Mention) -> Mention:
        """``mention`` as stored: with ``time_known=False`` when its date cell has no time of day."""
        if not dates.has_time_of_day(self._read(row)):
            self._date_only_count += 1
            if len(self._date_only) < FIRST_LINES:
                self._date_only.append(line)
            return dataclasses.replace(mention, time_known=False)
        true = tweet_time(mention)
        if true is not None:
            self._compare(line, mention, true)
        return mention

    def _compare(self, line: int, mention: Mention, true: datetime) -> None:
        seconds = (datetime.fromisoformat(mention.posted_at) - true).total_seconds()
        if abs(seconds) > _FARTHEST:
            return  # not the same post, or not a snowflake at all
        self._compared += 1
        step = round(seconds / _STEP) * _STEP
        key = step if abs(seconds - step) <= _TOLERANCE else None
        if key is None:
            self._offsets[-1] += 1  # -1 is never a multiple of a quarter hour
            return
        self._offsets[key] += 1
        self._first.setdefault(key, (line, true))
        self._last[key] = true

    def warnings(self) -> list[ImportWarning]:
        """What to tell the person, one warning per kind, from the rows seen so far."""
        found: list[ImportWarning] = []
        if self._date_only_count:
            count, lines = self._date_only_count, tuple(self._date_only)
            rows = "1 row has" if count == 1 else f"{count:,} rows have"
            found.append(
                ImportWarning(
                    "date-only",
                    f"{rows} a date but no time ({_first_at(lines, count)}); their hour is unknown, so they are "
                    "left out of the hourly counts, the chart and the rules",
                    count,
                    lines,
                )
            )
        if (local := self._local_time()) is not None:
            found.append(local)
        return found

    def _local_time(self) -> ImportWarning | None:
        if self._compared < _FEWEST:
            return None
        offset, count = self._offsets.most_common(1)[0]
        if offset in (0, -1) or count < _MOST * self._compared:
            return None
        line, first = self._first[offset]
        last = self._last[offset]
        # stored = local − offset(read zone); true = local − offset(data): the gap is their difference.
        local = timedelta(seconds=offset) + (first.astimezone(self._zone).utcoffset() or timedelta())
        zone = self._proposal(local, first, last)
        read_as = getattr(self._zone, "key", None) or str(self._zone)
        gap = _hours(abs(offset))
        direction = "later" if offset > 0 else "earlier"
        message = (
            f"the times look like local time {_hours(abs(local.total_seconds()))} "
            f"{'ahead of' if local >= timedelta() else 'behind'} UTC ({_offset(local)}), not {read_as}: "
            f"{count:,} of {self._compared:,} tweets are {gap} {direction} than the time their id carries "
            f"(first at line {line}); import again with --tz {zone}"
        )
        return ImportWarning("local-time", message, count, (line,), zone)

    def _proposal(self, local: timedelta, first: datetime, last: datetime) -> str:
        for name in (self._prefer, *_ZONES):
            if not name:
                continue
            try:
                zone = zone_from_name(name)
            except InvalidInputError:
                continue
            if all(moment.astimezone(zone).utcoffset() == local for moment in (first, last)):
                return name
        return _offset(local).removeprefix("UTC")


def _first_at(lines: tuple[int, ...], count: int) -> str:
    if count == 1:
        return f"line {lines[0]}"
    shown = ", ".join(str(line) for line in lines)
    return f"first at lines {shown}" + ("…" if count > len(lines) else "")


def _hours(seconds: float) -> str:
    hours = seconds / 3600
    text = f"{hours:g}"
    return f"{text} hour" if hours == 1 else f"{text} hours"


def _offset(delta: timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
