"""Read the many ways exports write a moment, and turn it into the stored UTC form.

Accepted: ISO 8601 (``T`` or space, with or without an offset or ``Z``, any fraction of a
second); RFC 2822 (``Sat, 14 Mar 2026 13:05:00 +0100``); Twitter's ``Wed Oct 10 20:19:24 +0000
2018``; epoch seconds or milliseconds as numbers or digit strings; Excel serial day numbers;
``D/M/YYYY H:MM`` and ``M/D/YYYY H:MM`` (which one is decided from the data, see
:func:`order_hint`); ``14.03.2026 13:05`` (always day first); ``14-Mar-2026 01:05 PM`` and
``Mar 14, 2026 1:05 PM`` with 12- or 24-hour times; Kibana's ``Mar 20, 2026 @ 19:50:57.000``;
Java's ``Sun Jul 05 18:02:45 BRT 2021``; datetime cells from XLSX.

A time may end in an offset (``+01:00``) or a zone abbreviation (``BRT``, ``CEST``, ``PDT``).
Abbreviations are read from :data:`ZONE_ABBREVIATIONS`, which holds only those with one meaning.
Some have several (``IST`` is India, Ireland or Israel): such a value is read in the import's
zone when that zone goes by the abbreviation (``--tz Asia/Kolkata`` for ``IST``), and otherwise
stops the import with :class:`~crisisroom.importers.errors.AmbiguousZone` saying which zones it
could be. The import's own zone is also preferred for an unambiguous abbreviation it uses.

A date without a time of day (``2026-03-14``, an XLSX date cell) is read as midnight in the zone;
:func:`has_time_of_day` tells the pipeline, which marks such mentions so the hourly rules leave
them out and warns about them.

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
from crisisroom.importers.errors import AmbiguousZone, ValueProblem
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
# Zone abbreviations with one meaning in exports, as hours from UTC: RFC 2822's obsolete names
# (which mail-style dates still carry) and the common ones of the IANA database.
ZONE_ABBREVIATIONS: dict[str, float] = {
    "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0, "west": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2,
    "eet": 2, "eest": 3, "msk": 3, "trt": 3, "eat": 3, "cat": 2, "wat": 1, "sast": 2, "idt": 3,
    "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "akst": -9, "akdt": -8, "hst": -10, "adt": -3, "nst": -3.5, "ndt": -2.5,
    "brt": -3, "brst": -2, "art": -3, "uyt": -3, "clt": -4, "clst": -3, "pet": -5, "cot": -5, "vet": -4, "bot": -4,
    "pkt": 5, "npt": 5.75, "ict": 7, "wib": 7, "wita": 8, "wit": 9, "hkt": 8, "sgt": 8, "pht": 8, "myt": 8,
    "awst": 8, "jst": 9, "kst": 9, "acst": 9.5, "acdt": 10.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
}  # fmt: skip
# Abbreviations with several meanings: (where, hours from UTC, a zone that uses it).
AMBIGUOUS_ZONES: dict[str, tuple[tuple[str, float, str], ...]] = {
    "ist": (("India", 5.5, "Asia/Kolkata"), ("Ireland", 1, "Europe/Dublin"), ("Israel", 2, "Asia/Jerusalem")),
    "cst": (("US Central", -6, "America/Chicago"), ("China", 8, "Asia/Shanghai"), ("Cuba", -5, "America/Havana")),
    "bst": (("British Summer", 1, "Europe/London"), ("Bangladesh", 6, "Asia/Dhaka")),
    "ast": (("Atlantic", -4, "America/Halifax"), ("Arabia", 3, "Asia/Riyadh")),
    "sst": (("Samoa", -11, "Pacific/Pago_Pago"), ("Singapore", 8, "Asia/Singapore")),
    "gst": (("Gulf", 4, "Asia/Dubai"), ("South Georgia", -2, "Atlantic/South_Georgia")),
    "amt": (("Amazon", -4, "America/Manaus"), ("Armenia", 4, "Asia/Yerevan")),
    "ect": (("Ecuador", -5, "America/Guayaquil"), ("Eastern Caribbean", -4, "America/Port_of_Spain")),
}

_TIME = re.compile(
    r"""^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?
    \s*(?P<meridiem>[ap]\.?m\.?)?
    \s*(?:(?P<offset>[+-]\d{2}:?\d{2})|(?P<zone>[a-z]{1,5}))?$""",
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
_TWITTER = re.compile(  # also Java's Date.toString(): Sun Jul 05 18:02:45 BRT 2021
    r"^(?:mon|tue|wed|thu|fri|sat|sun)\s+(?P<month>[a-z]{3})\s+(?P<day>\d{1,2})\s+(?P<time>\d{2}:\d{2}:\d{2})"
    r"\s+(?P<offset>[+-]\d{4}|[a-z]{2,5})\s+(?P<year>\d{4})$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_ISO_ZONE_WORD = re.compile(r"\s*(?:utc|gmt)$", re.IGNORECASE)
_AT = re.compile(r"\s+@\s+")  # Kibana/Elastic: Mar 20, 2026 @ 19:50:57.000
_HAS_TIME = re.compile(r"\d:\d|\dT\d|^\d+(?:\.\d+)?$")

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
    moment: datetime | None  # None: not a timestamp the platform can represent
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
    if "@" in text:
        text = _AT.sub(" ", text)
    if text[:4].isdigit():
        if _DIGITS.match(text) and len(text.split(".")[0]) >= 9:
            return _from_number(float(text) if "." in text else int(text), zone)
        return _from_iso(text, zone)
    if (match := _NUMERIC.match(text)) is not None:
        return _from_numeric(text, match, zone, date_order)
    if (match := _TWITTER.match(text)) is not None:
        moment = _build(
            match["year"], _month(match["month"], text), match["day"], f"{match['time']} {match['offset']}", zone
        )
        return moment if moment.tzinfo else _localise(moment, zone)
    if (match := _NAMED.match(text)) is not None:
        day, month = (match["day1"], match["month1"]) if match["day1"] else (match["day2"], match["month2"])
        moment = _build(match["year"], _month(month, text), day, match["time"], zone)
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
            moment = _build(match["year"], int(match["month"]), match["day"], match["time"], zone)
            return _localise_if_naive(moment, zone)
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
    return _localise_if_naive(_build(match["year"], month, day, match["time"], zone), zone)


def _month(name: str, text: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise ValueProblem(f"{text!r}: {name!r} is not a month name") from None


def _build(year_text: str, month: int, day_text: str | int, time_text: str | None, zone: tzinfo) -> datetime:
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
        return _in_named_zone(moment, match["zone"], zone, time_text.strip())
    return moment


def _in_named_zone(moment: datetime, name: str, zone: tzinfo, shown: str) -> datetime:
    """``moment`` in the zone an abbreviation names; the import's ``zone`` when it goes by that name."""
    key = name.lower()
    local = _localise(moment, zone)
    if (local.tzname() or "").lower() == key:
        return local
    if key in ZONE_ABBREVIATIONS:
        return moment.replace(tzinfo=timezone(timedelta(hours=ZONE_ABBREVIATIONS[key])))
    if key in AMBIGUOUS_ZONES:
        meanings = AMBIGUOUS_ZONES[key]
        for _where, hours, example in meanings:
            if getattr(zone, "key", None) == example:
                return moment.replace(tzinfo=timezone(timedelta(hours=hours)))
        choices = [f"{where} ({_offset_text(hours)})" for where, hours, _ in meanings]
        examples = [example for _, _, example in meanings]
        raise AmbiguousZone(
            f"{shown!r}: {name} could mean {_either(choices)}; say which with the time zone (--tz {_either(examples)})"
        )
    raise ValueProblem(f"{shown!r}: {name!r} is not a time zone we know; give times with an offset such as +02:00")


def _either(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " or " + items[-1]


def _offset_text(hours: float) -> str:
    minutes = round(abs(hours) * 60)
    return f"UTC{'-' if hours < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def has_time_of_day(value: RawValue) -> bool:
    """Whether a date cell gives a time of day, not only a date (``2026-03-14``, an XLSX date cell).

    Epoch numbers and datetime cells count as timed; Excel serial days only with a fraction.
    """
    if isinstance(value, datetime):
        return True
    if isinstance(value, date):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return not (_EXCEL_DAYS[0] <= value < _EXCEL_DAYS[1]) or value != int(value)
    if isinstance(value, str):
        if ":" in value:
            return True  # the common case, quickly
        text = value.strip()
        if _HAS_TIME.search(text) is None:
            return False
        if text.isdigit() or _DIGITS.match(text):
            return has_time_of_day(float(text)) if len(text.split(".")[0]) < 9 else True
        return True
    return True
