"""Read the many ways exports write a moment, and turn it into the stored UTC form.

Accepted: ISO 8601 (``T`` or space, with or without an offset or ``Z``, any fraction of a
second); RFC 2822 (``Sat, 14 Mar 2026 13:05:00 +0100``); Twitter's ``Wed Oct 10 20:19:24 +0000
2018``; epoch seconds or milliseconds as numbers or digit strings; Excel serial day numbers;
``D/M/YYYY H:MM`` and ``M/D/YYYY H:MM`` (which one is decided from the data, see
:func:`order_hint`); ``14.03.2026 13:05`` (always day first); ``14-Mar-2026 01:05 PM`` and
``Mar 14, 2026 1:05 PM`` with 12- or 24-hour times; datetime cells from XLSX.

A time without an offset is read in the zone given (the ``--tz`` option or the incident's
zone). Around a daylight-saving change such a time can be ambiguous (it happens twice when the
clocks go back) or nonexistent (skipped when they go forward). We never reject it; we use
``fold=0`` as PEP 495 defines it: an ambiguous time is the *first* occurrence (still summer
time), and a skipped time is read with the offset from *before* the change, so Stockholm's
02:30 on the spring-forward night is 01:30 UTC, the same instant as 03:30 summer time.

Month names are matched against an English table, not ``strptime``: Qt sets the C locale from
the environment, after which ``%b`` would only accept, say, Swedish month names.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum

from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import EARLIEST_POSTED, LATEST_POSTED, POSTED_WINDOW
from crisisroom.importers.errors import ValueProblem
from crisisroom.importers.results import RawValue


class DateOrder(StrEnum):
    """How to read numeric dates like ``3/4/2026``: day first or month first."""

    DMY = "dmy"
    MDY = "mdy"

    @classmethod
    def parse(cls, text: str) -> DateOrder:
        """The value of a ``--date-order`` option.

        Raises:
            InvalidInputError: naming the accepted values.
        """
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInputError(
                f"date order must be dmy (day first, 31/12/2026) or mdy (month first, 12/31/2026), not {text!r}"
            ) from None


# What a single value says about the order of its day and month.
EITHER = "either"  # both parts are 12 or less: no information
NEITHER = "neither"  # both parts are over 12: not a date either way

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# RFC 2822's obsolete zone names, which mail-style dates still carry.
_ZONE_NAMES = {
    "z": 0, "ut": 0, "utc": 0, "gmt": 0,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}  # fmt: skip

_TIME = re.compile(
    r"""^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?
    \s*(?P<meridiem>[ap]\.?m\.?)?
    \s*(?:(?P<offset>[+-]\d{2}:?\d{2})|(?P<zone>z|ut|utc|gmt|[ecmp][sd]t))?$""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?:[\sT,]+(?P<time>.+))?$"
)
_YEAR_FIRST = re.compile(
    r"^(?P<year>\d{4})(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?:[\sT,]+(?P<time>.+))?$"
)
_NAMED = re.compile(
    r"""^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
    (?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?[-\s/]+(?P<month1>[a-z]{3,9})\.?
      |(?P<month2>[a-z]{3,9})\.?[-\s]+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)
    [-\s,/]+(?P<year>\d{4}|\d{2})
    (?:[\sT,]+(?:at\s+)?(?P<time>.+))?$""",
    re.IGNORECASE | re.VERBOSE,
)
_TWITTER = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)\s+(?P<month>[a-z]{3})\s+(?P<day>\d{1,2})\s+(?P<time>\d{2}:\d{2}:\d{2})"
    r"\s+(?P<offset>[+-]\d{4})\s+(?P<year>\d{4})$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_ISO_ZONE_WORD = re.compile(r"\s*(?:utc|gmt)$", re.IGNORECASE)

# Epoch numbers are trusted only inside this window: outside it, a number is more likely an id
# or the wrong unit, and a wrong date silently misplaces a mention in the hourly counts.
# The same window bounds every date (see plausible_posted_at): year 1 or 9999 is never a post.
_EPOCH_FIRST = EARLIEST_POSTED
_EPOCH_LAST = LATEST_POSTED
_MILLISECONDS_FROM = 1e11  # as seconds this would be the year 5138
# Excel stores dates as days since 1899-12-30; 25569 is 1970-01-01, 73051 is 2100-01-01.
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_DAYS = (25569, 73051)


def to_stored(value: RawValue, zone: tzinfo, *, date_order: DateOrder | None = None) -> str:
    """The stored UTC form (``2026-03-14T12:05:00.000Z``) of one date cell.

    Args:
        value: the cell as the reader gave it.
        zone: the zone a time without an offset is read in.
        date_order: how to read numeric ``3/4/2026`` dates; needed only when a value is ambiguous.

    Raises:
        ValueProblem: the value is empty, not a date we can read, or outside 1990 to 2099 (a
            wrong unit, a typo, or a file made to break things); the message says why.
    """
    moment = parse_moment(value, zone, date_order=date_order)
    try:
        utc = moment.astimezone(UTC)  # year 1 at +01:00 is before datetime.min in UTC
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not _EPOCH_FIRST <= utc < _EPOCH_LAST:
        raise ValueProblem(
            f"{_shown(value)} is in the year {moment.year}; a mention's date must be from {POSTED_WINDOW}"
        )
    return to_iso(utc)


def _shown(value: RawValue) -> str:
    text = value.isoformat() if isinstance(value, datetime | date) else str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def parse_moment(value: RawValue, zone: tzinfo, *, date_order: DateOrder | None = None) -> datetime:
    """An aware datetime for one date cell; see :func:`to_stored`."""
    if type(value) is str and not value.isdigit():
        try:
            moment = datetime.fromisoformat(value)  # the common case, and C-fast
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo is not None else _localise(moment, zone)
    if value is None or value == "":
        raise ValueProblem("no date")
    if isinstance(value, bool):
        raise ValueProblem(f"{value!r} is not a date")
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else _localise(value, zone)
    if isinstance(value, date):
        return _localise(datetime.combine(value, time()), zone)
    if isinstance(value, time):
        raise ValueProblem(f"only a time ({value.isoformat()}), no date")
    if isinstance(value, int | float):
        return _from_number(value, zone)
    text = " ".join(value.split())
    if not text:
        raise ValueProblem("no date")
    try:
        return _from_text(text, zone, date_order)
    except ValueProblem:
        raise
    except (ValueError, OverflowError) as exc:
        # datetime() refusing "31/02/2026" and the like
        raise ValueProblem(f"{text!r} is not a valid date ({exc})") from None


def order_hint(value: RawValue) -> str | None:
    """What one value says about the day/month order of numeric dates.

    Returns:
        ``"dmy"`` when only day-first fits (``31/1/2026``), ``"mdy"`` when only month-first fits
        (``1/31/2026``), :data:`EITHER` when both fit (``3/4/2026``), :data:`NEITHER` when
        neither does, ``None`` when the value is not a numeric day/month date at all.
    """
    if not isinstance(value, str):
        return None
    match = _NUMERIC.match(value.strip())
    if match is None or match["sep"] == ".":
        return None  # dotted dates are always day first
    first, second = int(match["a"]), int(match["b"])
    if first > 12 and second > 12:
        return NEITHER
    if first > 12:
        return DateOrder.DMY.value
    if second > 12:
        return DateOrder.MDY.value
    return EITHER


def _localise(naive: datetime, zone: tzinfo) -> datetime:
    # fold=0 (the default): the first of two ambiguous times, the pre-change offset for a skipped one.
    return naive.replace(tzinfo=zone, fold=0)


def _from_number(number: float, zone: tzinfo) -> datetime:
    if _EXCEL_DAYS[0] <= number < _EXCEL_DAYS[1]:
        # Excel serial days, as in a numeric date cell that lost its format; local like Excel.
        moment = _EXCEL_EPOCH + timedelta(days=float(number))
        moment = moment.replace(microsecond=round(moment.microsecond, -3) % 1_000_000)
        return _localise(moment, zone)
    seconds = number / 1000 if abs(number) >= _MILLISECONDS_FROM else number
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        moment = None
    if moment is None or not _EPOCH_FIRST <= moment < _EPOCH_LAST:
        raise ValueProblem(f"the number {number!r} is not a date (not epoch seconds or milliseconds 1990–2099)")
    return moment


def _from_text(text: str, zone: tzinfo, date_order: DateOrder | None) -> datetime:
    if text[:4].isdigit():
        if _DIGITS.match(text) and len(text.split(".")[0]) >= 9:
            return _from_number(float(text) if "." in text else int(text), zone)
        return _from_iso(text, zone)
    if (match := _NUMERIC.match(text)) is not None:
        return _from_numeric(text, match, zone, date_order)
    if (match := _TWITTER.match(text)) is not None:
        moment = _build(match["year"], _month(match["month"], text), match["day"], match["time"] + match["offset"])
        return moment if moment.tzinfo else _localise(moment, zone)
    if (match := _NAMED.match(text)) is not None:
        day, month = (match["day1"], match["month1"]) if match["day1"] else (match["day2"], match["month2"])
        moment = _build(match["year"], _month(month, text), day, match["time"])
        return moment if moment.tzinfo else _localise(moment, zone)
    raise ValueProblem(f"{text!r} is not a date format we know (ISO 8601, RFC 2822, 31/12/2026 13:05, 14-Mar-2026 …)")


def _from_iso(text: str, zone: tzinfo) -> datetime:
    stripped = _ISO_ZONE_WORD.sub("", text)
    named_utc = stripped != text
    if text.endswith(("Z", "z")):
        stripped, named_utc = text[:-1], True
    try:
        moment = datetime.fromisoformat(stripped)
    except ValueError as exc:
        # Year-first but not quite ISO: 2026/03/14 13:05, 2026-03-14 01:05 PM, 2026-3-4 9:05.
        if (match := _YEAR_FIRST.match(text)) is not None:
            return _localise_if_naive(_build(match["year"], int(match["month"]), match["day"], match["time"]), zone)
        detail = "" if str(exc).startswith("Invalid isoformat") else f" ({exc})"
        raise ValueProblem(f"{text!r} is not a valid ISO 8601 date{detail}") from None
    if named_utc:
        if moment.tzinfo is not None:
            raise ValueProblem(f"{text!r} has two time zones")
        return moment.replace(tzinfo=UTC)
    return _localise_if_naive(moment, zone)


def _localise_if_naive(moment: datetime, zone: tzinfo) -> datetime:
    return moment if moment.tzinfo is not None else _localise(moment, zone)


def _from_numeric(text: str, match: re.Match[str], zone: tzinfo, date_order: DateOrder | None) -> datetime:
    first, second = int(match["a"]), int(match["b"])
    if match["sep"] == "." or date_order is DateOrder.DMY:
        day, month = first, second
    elif date_order is DateOrder.MDY:
        month, day = first, second
    else:
        hint = order_hint(text)
        if hint == NEITHER:
            raise ValueProblem(f"{text!r} is not a date either way round (neither part is a month)")
        if hint == EITHER:
            raise ValueProblem(
                f"{text!r} could be day/month or month/day; choose the date order (dmy or mdy) for this file"
            )
        day, month = (first, second) if hint == DateOrder.DMY.value else (second, first)
    if month > 12:
        order = "day first" if date_order is DateOrder.DMY or match["sep"] == "." else "month first"
        raise ValueProblem(f"{text!r} has no month {month} (reading it {order}); is the date order right?")
    return _localise_if_naive(_build(match["year"], month, day, match["time"]), zone)


def _month(name: str, text: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise ValueProblem(f"{text!r}: {name!r} is not a month name") from None


def _build(year_text: str, month: int, day_text: str, time_text: str | None) -> datetime:
    """A datetime from matched parts; aware when the time part carries a zone."""
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 69 else 1900  # POSIX's pivot for two-digit years
    moment = datetime(year, month, int(day_text))
    if not time_text:
        return moment
    match = _TIME.match(time_text.strip())
    if match is None:
        raise ValueProblem(f"{time_text.strip()!r} is not a time of day")
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["meridiem"]:
        if not 1 <= hour <= 12:
            raise ValueProblem(f"{time_text.strip()!r}: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if match["meridiem"].lower().startswith("p") else 0)
    fraction = (match["fraction"] or "0")[:6].ljust(6, "0")
    moment = moment.replace(hour=hour, minute=minute, second=int(match["second"] or 0), microsecond=int(fraction))
    if match["offset"]:
        sign = -1 if match["offset"][0] == "-" else 1
        digits = match["offset"][1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return moment.replace(tzinfo=timezone(sign * offset))
    if match["zone"]:
        return moment.replace(tzinfo=timezone(timedelta(hours=_ZONE_NAMES[match["zone"].lower()])))
    return moment
