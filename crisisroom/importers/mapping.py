"""The column mapping (detected, then overridden by the user) and one row turned into a mention.

An expression names where a field comes from: a column (``Full Text``), two columns joined with
a space (``Date+Time``) or the first non-empty of several (``Hit Sentence|Opening Text``). A
column whose real name contains ``+`` or ``|`` is still taken as one column when it exists.

Rows need a date and either a text or a link: a link-only mention (a video, an article whose
text the tool did not export) still counts in the hourly numbers, and its link is what the team
opens. A mention with an empty text and no label from the export is classified neutral.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from operator import methodcaller

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import FIELDS, Mention, SentimentSource
from crisisroom.importers import dates, sentiment
from crisisroom.importers.dates import DateOrder
from crisisroom.importers.errors import AmbiguousZone, ValueProblem
from crisisroom.importers.presets import Preset
from crisisroom.importers.results import RawRow, RawValue


@dataclass(frozen=True)
class Source:
    """Where one field's value comes from in a row.

    Attributes:
        columns: the column names involved, in order.
        how: ``one`` (a single column), ``join`` (cells joined with a space) or ``first``
            (the first non-empty cell).
    """

    columns: tuple[str, ...]
    how: str = "one"

    @property
    def expression(self) -> str:
        """The expression as a person would write it after ``--map FIELD=``."""
        return self.columns[0] if self.how == "one" else {"join": "+", "first": "|"}[self.how].join(self.columns)

    @property
    def label(self) -> str:
        """How an error message names the column(s): ``column 'Date'``, ``columns 'Date'+'Time'``."""
        if len(self.columns) == 1:
            return f"column {self.columns[0]!r}"
        joiner = "+" if self.how == "join" else " or "
        return "columns " + joiner.join(repr(column) for column in self.columns)

    def reader(self) -> Callable[[RawRow], RawValue]:
        """A function reading this field from a row; for a single column, C-fast ``row.get``."""
        if self.how == "one":
            return methodcaller("get", self.columns[0])
        return self.read

    def read(self, row: RawRow) -> RawValue:
        """This field's raw value in ``row`` (``None`` when the cells are missing or empty)."""
        if self.how == "one":
            return row.get(self.columns[0])
        values = [row.get(column) for column in self.columns]
        if self.how == "first":
            return next((value for value in values if _present(value)), None)
        return _join(values)


def compile_expression(expression: str, columns: Sequence[str], *, field: str) -> Source:
    """An expression typed by a person, checked against the file's columns.

    Column names match exactly, else ignoring case when that finds exactly one column.

    Raises:
        InvalidInputError: a column that is not in the file, listing the columns that are.
    """
    if (exact := _find_column(expression, columns)) is not None:
        return Source((exact,))
    for operator, how in (("+", "join"), ("|", "first")):
        if operator in expression:
            parts = [part.strip() for part in expression.split(operator)]
            found = [_find_column(part, columns) for part in parts]
            if all(found):
                return Source(tuple(part for part in found if part), how)
            missing = next(part for part, column in zip(parts, found, strict=True) if column is None)
            raise _unknown_column(missing, columns, field)
    raise _unknown_column(expression, columns, field)


def resolve(
    detected: Mapping[str, str], columns: Sequence[str], overrides: Mapping[str, str] | None = None
) -> dict[str, Source]:
    """The mapping to import with: the detected one, then the user's overrides on top.

    An override with an empty column (``--map reach=``) removes a field the detector got wrong.

    Raises:
        InvalidInputError: an unknown field name or column in ``overrides``, naming the valid ones.
    """
    for name in overrides or {}:
        if name not in FIELDS:
            raise InvalidInputError(f"unknown field {name!r} in the column mapping; fields are: {', '.join(FIELDS)}")
    result: dict[str, Source] = {}
    for name, expression in detected.items():
        result[name] = compile_expression(expression, columns, field=name)
    for name, expression in (overrides or {}).items():
        if expression.strip():
            result[name] = compile_expression(expression.strip(), columns, field=name)
        else:
            result.pop(name, None)
    return {name: result[name] for name in FIELDS if name in result}


def missing_fields(mapping: Mapping[str, Source], columns: Sequence[str], samples: Sequence[RawRow] = ()) -> str | None:
    """Why this mapping cannot import anything, or ``None`` when it has a date and a text or link.

    The reason is one line that says what to do next: the few columns most likely to hold the
    missing field (by their names and by the values in ``samples``, the first rows) and the
    exact ``--map`` to try, never a list of every column of a 110-column scraper export.
    """
    if "posted_at" not in mapping:
        return _advice("posted_at", "no column for the date (posted_at)", columns, samples)
    if "text" not in mapping and "url" not in mapping:
        return _advice("text", "no column for the text or the link", columns, samples)
    return None


# Names that suggest a field, for the refusal's short list.
_LIKELY_NAMES = {
    "posted_at": re.compile(r"date|time|created|publish|posted|upload|_at$|^at$|when|day", re.IGNORECASE),
    "text": re.compile(
        r"text|content|message|body|caption|comment|title|desc|snippet|post|tweet|headline|sentence|selftext",
        re.IGNORECASE,
    ),
}
_MOST_LIKELY = 4
_SHOWN_COLUMNS = 5


def _advice(name: str, problem: str, columns: Sequence[str], samples: Sequence[RawRow]) -> str:
    likely = likely_columns(name, columns, samples)
    if likely:
        listed = ", ".join(repr(column) for column in likely)
        return f"{problem}; likely {listed}; try --map {name}={shlex.quote(likely[0])}"
    shown = ", ".join(repr(column) for column in columns[:_SHOWN_COLUMNS]) or "(none)"
    if len(columns) > _SHOWN_COLUMNS:
        shown += f" and {len(columns) - _SHOWN_COLUMNS} more"
    what = "a date" if name == "posted_at" else "a text"
    return f"{problem}; no column looks like {what}; choose one with --map {name}=COLUMN. Columns: {shown}"


def likely_columns(name: str, columns: Sequence[str], samples: Sequence[RawRow]) -> list[str]:
    """The few columns most likely to hold ``posted_at`` or ``text``, best first.

    A column scores for a name that suggests the field and, more, for its values in ``samples``:
    the share that read as a plausible date, or that are texts of several words.
    """
    pattern = _LIKELY_NAMES[name]
    scored: list[tuple[float, int, str]] = []
    for index, column in enumerate(columns):
        if len(column) > 60:
            continue
        values = [row.get(column) for row in samples]
        filled = [value for value in values if _present(value)]
        if name == "posted_at":
            fits = sum(1 for value in filled if _looks_like_date(value))
        else:
            fits = sum(1 for value in filled if isinstance(value, str) and len(value) >= 15 and " " in value.strip())
        content = fits / len(filled) if filled else 0.0
        named = pattern.search(column.rsplit(".", 1)[-1]) is not None
        if filled and content == 0 and named and name == "posted_at":
            continue  # a "date" name whose values are not dates (a count, a flag)
        score = 2 * content + (1 if named else 0)
        if score > 0:
            scored.append((-score, index, column))
    return [column for _, _, column in sorted(scored)[:_MOST_LIKELY]]


def _looks_like_date(value: RawValue) -> bool:
    if isinstance(value, bool) or (isinstance(value, str) and len(value) > 60):
        return False
    if isinstance(value, int | float) and not 10**8 <= value < 10**13:
        return False  # counts are numbers too; only seconds or milliseconds since 1970 are dates
    try:
        dates.to_stored(value, UTC, date_order=DateOrder.DMY)
    except AmbiguousZone:
        return True  # a date, in a zone still to be named
    except (ValueProblem, ValueError, OverflowError):
        return False
    return True


def parse_map_arguments(items: Sequence[str]) -> dict[str, str]:
    """``--map`` arguments (``FIELD=COLUMN``) as a dict.

    Raises:
        InvalidInputError: an item without ``=``, an unknown field, or a field given twice.
    """
    result: dict[str, str] = {}
    for item in items:
        name, equals, column = item.partition("=")
        name = name.strip()
        if not equals or not name:
            raise InvalidInputError(f"--map takes FIELD=COLUMN, e.g. text='Full Text', not {item!r}")
        if name not in FIELDS:
            raise InvalidInputError(f"unknown field {name!r} in --map; fields are: {', '.join(FIELDS)}")
        if name in result:
            raise InvalidInputError(f"--map gives {name} twice")
        result[name] = column
    return result


class RowMapper:
    """Turns one raw row into a :class:`Mention` following a mapping.

    Called once per row of files with a million rows, so the column lookups are prepared here
    and the common cases (an ISO date, a plain label, a number) take the short paths.
    """

    def __init__(
        self, mapping: Mapping[str, Source], preset: Preset, zone: tzinfo, date_order: DateOrder | None
    ) -> None:
        self.mapping = dict(mapping)
        self.preset = preset
        self.zone = UTC if preset.dates_in_utc else zone
        self.date_order = date_order
        self._posted = mapping["posted_at"]
        self._get = {name: source.reader() for name, source in mapping.items()}
        self._url_template = preset.url_template

    def mention(self, row: RawRow) -> Mention:
        """The mention in ``row``; its sentiment is ``None`` when the export has no label.

        Raises:
            ValueProblem: the row has no usable date, neither text nor link, or an unreadable
                sentiment or reach; the message names the column.
        """
        get = self._get
        posted_at = self._posted_at(row)
        text = _text(get["text"](row)) if "text" in get else ""
        url = _text(get["url"](row)) if "url" in get else ""
        if not text and not url:
            where = " and ".join(self.mapping[name].label for name in ("text", "url") if name in get)
            raise ValueProblem(f"no text and no link in {where}")
        author = _text(get["author"](row)) if "author" in get else ""
        external_id = _bare_id(_text(get["external_id"](row))) if "external_id" in get else ""
        platform = canonical_platform(_text(get["platform"](row))) if "platform" in get else ""
        label = reach = None
        if "sentiment" in get:
            try:
                label = sentiment.normalise(get["sentiment"](row))
            except ValueProblem as exc:
                raise ValueProblem(f"{exc} ({self.mapping['sentiment'].label})") from None
        if "reach" in get:
            try:
                reach = parse_reach(get["reach"](row))
            except ValueProblem as exc:
                raise ValueProblem(f"{exc} ({self.mapping['reach'].label})") from None
        if not url and self._url_template and author and external_id:
            url = self._url_template.format(author=author, external_id=external_id)
        elif url.startswith("/") and self.preset.url_base:
            url = self.preset.url_base + url  # Reddit's permalink is a path
        return Mention(
            posted_at,
            text,
            author,
            url,
            external_id,
            platform or self.preset.platform,
            label,
            SentimentSource.EXPORT if label is not None else None,
            reach,
        )

    def _posted_at(self, row: RawRow) -> str:
        source = self._posted
        value = self._get["posted_at"](row)
        if value is None or value == "":
            raise ValueProblem(f"no date in {source.label}")
        try:
            return dates.to_stored(value, self.zone, date_order=self.date_order)
        except ValueProblem as exc:
            first = row.get(source.columns[0])
            if source.how == "join" and (isinstance(first, datetime) or (isinstance(first, str) and ":" in first)):
                # Some exports repeat the time in the Date column too; the date alone then works.
                # Only then: a date without its time would silently land at midnight.
                try:
                    return dates.to_stored(first, self.zone, date_order=self.date_order)
                except ValueProblem:
                    pass
            raise ValueProblem(f"{exc} ({source.label})") from None


# Network names as the tools spell them (twitter, SOCIALMEDIA_TWITTER, Facebook…) → one spelling,
# so the same post from two tools has the same platform (which the dedupe key includes).
_NETWORKS = {
    "twitter": "X",
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "linkedin": "LinkedIn",
    "reddit": "Reddit",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "tumblr": "Tumblr",
    "pinterest": "Pinterest",
    "twitch": "Twitch",
}
_KINDS = {"news": "News", "onlinenews": "News", "blog": "Blog", "blogs": "Blog", "forum": "Forum", "forums": "Forum"}
_THOUSANDS = re.compile(r"^\d{1,3}(?:([,.' \u00a0\u202f])\d{3})(?:\1\d{3})*$")
_SUFFIXED = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([kmb])$", re.IGNORECASE)
_SCALE = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
# Far above any audience (the whole of humanity seeing a post a hundred times) and far below the
# 64-bit integer SQLite stores: a reach beyond it is a broken cell, not a number to store.
MAX_REACH = 10**12
_REACH_DIGITS = 13
_REACH_TEXT = 40
_NO_NUMBER = {"", "-", "n/a", "na", "none", "null", "unknown", "nan"}


@lru_cache(maxsize=4096)  # a file has few distinct platforms and millions of rows
def canonical_platform(value: str) -> str:
    """One spelling per network (``twitter``, ``SOCIALMEDIA_TWITTER`` → ``X``); others as written."""
    words = re.split(r"[^0-9a-z]+", value.lower())
    for word in words:
        if word in _NETWORKS:
            return _NETWORKS[word]
    for word in words:
        if word in _KINDS:
            return _KINDS[word]
    return value.strip()


def parse_reach(value: RawValue) -> int | None:
    """Reach as a whole number; ``None`` when the export has none.

    Accepts ``1234``, ``1234.0``, ``"1,234"``, ``"1.234"``, ``"1 234"`` (groups of three digits
    are thousands, whatever the separator), and ``"1.2K"``, ``"3M"``, ``"1,5B"``.

    Raises:
        ValueProblem: text that is not a number, or a negative number.
    """
    if type(value) is int and 0 <= value <= MAX_REACH:
        return value
    if type(value) is str and value.isdigit() and value.isascii() and len(value) <= _REACH_DIGITS:
        return int(value)  # the common cases, first
    if value is None:
        return None
    if isinstance(value, datetime | date | time):
        raise ValueProblem(f"reach {value!r} is not a number")
    if isinstance(value, bool):
        raise ValueProblem(f"reach {value!r} is not a number")
    if isinstance(value, int):
        number = float(value) if value <= MAX_REACH else math.inf  # float() of a huge int overflows
    elif isinstance(value, float):
        number = value
    else:
        text = value.strip()
        if len(text) > _REACH_TEXT:
            raise ValueProblem(f"reach {_clipped(text)} is too long to be a count of people")
        if text.lower() in _NO_NUMBER:
            return None
        compact = text.replace("\u2212", "-")
        if _THOUSANDS.match(compact):
            number = float(re.sub(r"\D", "", compact))
        elif match := _SUFFIXED.match(compact):
            number = float(match[1].replace(",", ".")) * _SCALE[match[2].lower()]
        else:
            try:
                number = float(compact)
            except ValueError:
                raise ValueProblem(f"reach {text!r} is not a number") from None
    if math.isnan(number):
        return None
    if math.isinf(number) or number < 0 or number > MAX_REACH:
        raise ValueProblem(f"reach {_clipped(value)} is not a count of people")
    return round(number)


def _clipped(value: RawValue) -> str:
    """A value for a message: short, whatever the file holds (``repr`` of a huge int would fail)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return "with more than 19 digits"  # str() refuses ints of over 4,300 digits
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _find_column(name: str, columns: Sequence[str]) -> str | None:
    if name in columns:
        return name
    folded = [column for column in columns if column.lower() == name.lower()]
    return folded[0] if len(folded) == 1 else None


def _unknown_column(name: str, columns: Sequence[str], field: str) -> InvalidInputError:
    listed = ", ".join(repr(column) for column in columns)
    return InvalidInputError(f"no column {name!r} for {field} in this file; columns are: {listed}")


def _bare_id(text: str) -> str:
    """An id without the quotes (and ``=``) some exports wrap it in so Excel keeps its digits:
    Meltwater writes ``"1767869021826601365"``, others ``="1767…"`` or ``'1767…``."""
    if text[:1] in {'"', "'", "="}:
        return text.lstrip("=").strip("\"'").strip()
    return text


def _present(value: RawValue) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _text(value: RawValue) -> str:
    """A cell as text for a mention's text fields; NUL removed (SQLite's C API stops at NUL)."""
    if type(value) is str:
        return (value.replace("\x00", "") if "\x00" in value else value).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id from a numeric spreadsheet cell, not "1234.0"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _join(values: list[RawValue]) -> RawValue:
    """Cells joined for ``A+B``; a date cell and a time cell from XLSX become one datetime."""
    present = [value for value in values if _present(value)]
    if len(present) == 2 and isinstance(present[0], date) and isinstance(present[1], time):
        day = present[0].date() if isinstance(present[0], datetime) else present[0]
        return datetime.combine(day, present[1])
    if not present:
        return None
    return " ".join(_join_part(value) for value in present)


def _join_part(value: RawValue) -> str:
    if isinstance(value, datetime) and value.time() == time() and value.tzinfo is None:
        return value.date().isoformat()  # a date cell: Excel keeps dates as midnight datetimes
    return _text(value)
