"""Stream the rows of an export as dicts, whatever its format, in constant memory.

Each format has a record generator: CSV through the :mod:`csv` module (quoted newlines
allowed, the line where a record starts is kept), a JSON array decoded element by element
from a sliding buffer, JSON lines one line at a time, XLSX through openpyxl's read-only mode.
An API page or listing (``{"statuses": [...]}``, twarc2's ``{"data": [...], "includes": ...}``,
a Reddit listing), as the whole JSON file, as an element of its array or as a line, gives the
records inside it (see :mod:`~crisisroom.importers.wrappers`).
:class:`RowStream` puts a header on tabular records and yields ``(line, {column: value})``.
Nothing here keeps more than a handful of rows.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time
from types import TracebackType
from typing import Any, TextIO

from crisisroom.importers.errors import ImportFileError
from crisisroom.importers.results import RawRow, RawValue, RowProblem
from crisisroom.importers.sniff import FileKind
from crisisroom.importers.wrappers import unwrap

# Metadata rows above the header (Brandwatch writes about ten) are looked for in this many rows.
HEADER_SEARCH_ROWS = 15
# JSON has no header: the columns are the keys of the first objects.
JSON_COLUMN_SAMPLE = 50
# A single JSON element or line larger than this is far more likely a broken file than a post;
# the bound also keeps memory constant when a quote is never closed.
MAX_ELEMENT_CHARS = 32 * 1024 * 1024
_CHUNK_CHARS = 64 * 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# Python refuses to turn more than 4,300 digits into an int (a denial-of-service guard), which
# json would raise as a bare ValueError; such a "number" is kept as its digits instead, and the
# field that reads it says what is wrong with it.
_LONGEST_INT = 4000


def _parse_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= _LONGEST_INT else digits


_DECODER = json.JSONDecoder(parse_int=_parse_int)
# JSON may escape half of a UTF-16 surrogate pair ("\ud800") on its own; Python decodes it to a
# string that cannot be written as UTF-8 (nor stored, hashed or printed). Only an escape can make
# one (the file's text is decoded strictly), so rows are checked only when their text has one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")

Record = tuple[int, "list[RawValue] | RawRow | RowProblem"]
HeaderFinder = Callable[[Sequence[Sequence[str]]], int]


def first_row(rows: Sequence[Sequence[str]]) -> int:
    """The default header finder: the header is the first non-blank row."""
    return 0


class RowStream:
    """The rows of one export, opened as a context manager.

    On entry the file is opened, the header found (tabular formats) or the columns gathered
    from the first objects (JSON), and an empty or header-only file is refused. Iterating
    :meth:`rows` then yields ``(line, row)`` tuples, or a :class:`RowProblem` for a record that
    cannot be a row (a JSON line that does not parse, an element that is not an object, a CSV
    record with more fields than the header).

    Attributes:
        kind: what :func:`~crisisroom.importers.sniff.sniff` found; after entry, with
            ``found`` saying where the records were when they sit inside a wrapper.
        columns: the column names, unique, in file order (dotted keys for nested JSON).
        header_line: the line of the header row; ``None`` for JSON.
    """

    def __init__(self, kind: FileKind, *, find_header: HeaderFinder = first_row) -> None:
        self.kind = kind
        self.columns: list[str] = []
        self.header_line: int | None = None
        self._find_header = find_header
        self._name = kind.path.name
        self._raw: io.BufferedReader | None = None
        self._text: io.TextIOWrapper | None = None
        self._records: Iterator[Record] = iter(())
        self._buffer: list[Record] = []
        self._done = 0
        self._total = kind.size
        self._found: list[str] = []  # what the JSON readers found the records in, first first

    def __enter__(self) -> RowStream:
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the file (and the workbook); safe to call twice."""
        close = getattr(self._records, "close", None)
        if close is not None:
            close()
        if self._text is not None:
            self._text.close()  # closes the binary file under it too
            self._text = None
        elif self._raw is not None:
            self._raw.close()
        self._raw = None

    def progress(self) -> tuple[int, int]:
        """How far reading has got: bytes of the file for text formats, sheet rows for XLSX."""
        if self._raw is not None and not self._raw.closed:
            self._done = self._raw.tell()
        return min(self._done, self._total), self._total

    def rows(self) -> Iterator[tuple[int, RawRow] | RowProblem]:
        """The data rows in file order, each with the line (sheet row) where it starts."""
        tabular = self.kind.format in {"csv", "xlsx"}
        width = len(self.columns)
        columns = self.columns
        for line, record in self._pending():
            if isinstance(record, RowProblem):
                yield record
            elif tabular:
                assert isinstance(record, list)
                if len(record) > width and any(_filled(value) for value in record[width:]):
                    yield RowProblem(
                        line,
                        f"{len(record)} fields but the header has {width} "
                        "(a delimiter inside text that is not quoted?)",
                    )
                else:
                    yield line, dict(zip(columns, record, strict=False))
            else:
                assert isinstance(record, dict)
                yield line, record

    def _pending(self) -> Iterator[Record]:
        while self._buffer:
            yield self._buffer.pop(0)
        yield from self._records

    def _open(self) -> None:
        kind = self.kind
        if kind.format == "xlsx":
            self._records = self._xlsx_records()
        else:
            assert kind.encoding is not None
            try:
                self._raw = open(kind.path, "rb")  # noqa: SIM115 -- closed by close()
            except OSError as exc:
                raise ImportFileError(f"{kind.path} cannot be read: {exc.strerror or exc}") from None
            # csv needs newline="" to see quoted newlines; JSON is happier with universal newlines.
            newline = "" if kind.format == "csv" else None
            text = self._text = io.TextIOWrapper(self._raw, encoding=kind.encoding, errors="strict", newline=newline)
            if kind.format == "csv":
                assert kind.delimiter is not None
                records: Iterator[Record] = _csv_records(text, kind.delimiter, self._name)
            elif kind.format == "json":
                records = _json_records(text, self._name, self._found)
            else:
                records = _json_lines_records(text, self._name, self._found)
            self._records = _decoding_errors_named(records, kind, self._name)
        if kind.format in {"csv", "xlsx"}:
            self._take_header()
        else:
            self._gather_json_columns()

    def _take_header(self) -> None:
        head: list[Record] = []
        for record in self._records:
            head.append(record)
            if len(head) == HEADER_SEARCH_ROWS:
                break
        if not head:
            raise ImportFileError(f"{self._name} has no rows (only blank lines or empty cells)")
        texts = [[_cell_text(value) for value in record] for _, record in head]  # type: ignore[union-attr]
        index = self._find_header(texts)
        line, header = head[index]
        assert isinstance(header, list)
        self.header_line = line
        self.columns = unique_names(_cell_text(value) for value in header)
        self._buffer = head[index + 1 :]
        if not self._buffer:
            following = next(self._records, None)
            if following is None:
                raise ImportFileError(f"{self._name} has a header row but no mentions under it")
            self._buffer.append(following)

    def _gather_json_columns(self) -> None:
        seen: dict[str, None] = {}
        for record in self._records:
            self._buffer.append(record)
            _, value = record
            if isinstance(value, dict):
                seen.update(dict.fromkeys(value))
            if len(self._buffer) == JSON_COLUMN_SAMPLE:
                break
        if not self._buffer:
            raise ImportFileError(f"{self._name} holds no mentions (an empty JSON list or only blank lines)")
        if not seen:
            problem = next((value for _, value in self._buffer if isinstance(value, RowProblem)), None)
            if problem is None:
                raise ImportFileError(f"{self._name} holds only empty JSON objects, no fields to import")
            raise ImportFileError(f"{self._name}: line {problem.line}: {problem.reason}")
        self.columns = list(seen)
        if self._found:
            self.kind = dataclasses.replace(self.kind, found=self._found[0])

    def _xlsx_records(self) -> Iterator[Record]:
        """Rows of the first worksheet, numbered as the sheet numbers them."""
        name = self.kind.path.name
        try:
            import openpyxl  # lazily: it costs a third of a second to import

            workbook = openpyxl.load_workbook(self.kind.path, read_only=True, data_only=True)
        except Exception as exc:
            # openpyxl raises a zoo of types for damaged files (KeyError, XML errors, BadZipFile…);
            # to the person they all mean the same thing.
            raise ImportFileError(f"{name} is not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
        number = 0
        try:
            if not workbook.worksheets:
                raise ImportFileError(f"{name} has no worksheet")
            sheet = workbook.worksheets[0]
            # Some exporters write a wrong <dimension> (e.g. A1:A1), which would cut the read short;
            # keep the declared size only as the progress total.
            self._total = max(sheet.max_row or 0, 1)
            sheet.reset_dimensions()
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                self._done = number
                self._total = max(self._total, number)
                if any(_filled(value) for value in values):
                    yield number, [_xlsx_value(value) for value in values]
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(f"{name}: row {number + 1} cannot be read ({type(exc).__name__}: {exc})") from None
        finally:
            workbook.close()


def unique_names(names: Iterator[str] | Sequence[str]) -> list[str]:
    """Header cells as usable column names: blanks get ``column N``, repeats get ``(2)``, ``(3)``."""
    result: list[str] = []
    taken: set[str] = set()
    for number, raw in enumerate(names, start=1):
        name = raw.strip() or f"column {number}"
        candidate, copy = name, 2
        while candidate in taken:
            candidate, copy = f"{name} ({copy})", copy + 1
        taken.add(candidate)
        result.append(candidate)
    return result


def flatten(value: dict[str, Any]) -> RawRow:
    """A nested JSON object as one level of dotted keys: ``{"user": {"name": x}}`` → ``user.name``.

    Lists are kept as their JSON text: a mention has no field that is a list, and the text
    still shows in the preview. Breadth first rather than recursive, so no nesting depth can
    exhaust the stack; keys come level by level, each level in document order.
    """
    flat: RawRow = {}
    pending: deque[tuple[str, dict[str, Any]]] = deque([("", value)])
    while pending:
        prefix, current = pending.popleft()
        for key, item in current.items():
            name = f"{prefix}{key}"
            if isinstance(item, dict):
                pending.append((f"{name}.", item))
            elif isinstance(item, list):
                flat[name] = json.dumps(item, ensure_ascii=False)
            else:
                flat[name] = item
    return flat


def _filled(value: RawValue) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _cell_text(value: RawValue) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _decoding_errors_named(records: Iterator[Record], kind: FileKind, name: str) -> Iterator[Record]:
    """A decoding error late in a UTF-16 file becomes a clear error instead of a traceback."""
    try:
        yield from records
    except UnicodeDecodeError:
        raise ImportFileError(f"{name} is not valid {kind.encoding} text after the first rows") from None


def _csv_records(text: TextIO, delimiter: str, name: str) -> Iterator[Record]:
    """Non-blank CSV records with the physical line each starts on (quoted newlines span lines).

    A quote that is never closed makes the csv module read every following line into one field,
    silently; a record that spans lines and ends inside its quote at the end of the file, or
    whose text holds lines shaped like the rows around it, is refused naming the line it starts on.
    """
    last = ""  # the last physical line read, and whether the file has ended
    ended = False

    def lines() -> Iterator[str]:
        nonlocal last, ended
        for last in text:  # noqa: UP028 -- the loop keeps the last line for the unclosed-quote check
            yield last
        ended = True

    reader = csv.reader(lines(), delimiter=delimiter)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The one a person meets is the field size limit, from a quote that never closes.
            raise ImportFileError(
                f"{name}: line {start}: cannot be read as CSV ({exc}); is a quote left open?"
            ) from None
        if reader.line_num > start and record:
            _check_quote_closed(record, start, reader.line_num, last if ended else None, delimiter, name)
        for cell in record:
            if cell and not cell.isspace():
                yield start, record  # type: ignore[misc]
                break
        start = reader.line_num + 1


def _check_quote_closed(
    record: list[str], start: int, end: int, last_line: str | None, delimiter: str, name: str
) -> None:
    """Refuse a record whose quoted text swallowed the rows after it (see :func:`_csv_records`).

    Args:
        record: a record spanning lines ``start`` to ``end``.
        last_line: the file's last line when the record ended with the file, else ``None``.
    """
    problem = ""
    final = record[-1]
    if last_line is not None and last_line.strip() and final.endswith((last_line, last_line.replace('""', '"'))):
        # The last field runs to the very end of the file, its last line included: the quote
        # that opened it never closed.
        problem = "runs to the end of the file"
    elif len(record) >= 2 and len(shape := _shape(record[0])) >= 6:
        # The quote closed only at a later stray quote: lines inside the text that have a row's
        # fields, starting like this row's first field (a date, a long id), are rows swallowed.
        for cell in record:
            if "\n" in cell and any(_row_shaped(line, len(record), shape, delimiter) for line in cell.splitlines()[1:]):
                problem = "holds lines that look like rows of the file"
                break
    if problem:
        raise ImportFileError(
            f"{name}: line {start}: a quote opened on this line is never closed properly, so its text "
            f'{problem} (lines {start} to {end}); close or double the quote ("") and import again'
        )


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d")


def _shape(cell: str) -> str:
    """A cell's outline: digits as 0, runs of letters as a, so 2026-03-14T13:05Z is 0000-00-00a00:00a."""
    return _DIGIT_RUN.sub("0", _LETTERS.sub("a", cell.strip()))


def _row_shaped(line: str, width: int, shape: str, delimiter: str) -> bool:
    if line.count(delimiter) < width - 1:
        return False  # the common case for a line of text, without parsing it
    try:
        cells = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return False
    return len(cells) == width and _shape(cells[0]) == shape


class _JsonBuffer:
    """A window onto a JSON text that slides forward, counting the newlines it lets go of."""

    def __init__(self, source: TextIO, name: str) -> None:
        self.source = source
        self.name = name
        self.text = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # the line at index ``_counted``
        self._counted = 0

    def fill(self, size: int = _CHUNK_CHARS) -> bool:
        """Read more; ``False`` at the end of the file."""
        if self.eof:
            return False
        chunk = self.source.read(size)
        if not chunk:
            self.eof = True
            return False
        if self.pos:
            self._line += self.text.count("\n", self._counted, self.pos)
            self.text = self.text[self.pos :] + chunk
            self._counted = self.pos = 0
        else:
            self.text += chunk
        return True

    def line_at(self, index: int) -> int:
        """The line of ``index`` (which must not be before the last index asked about)."""
        self._line += self.text.count("\n", self._counted, index)
        self._counted = index
        return self._line

    def skip_whitespace(self) -> None:
        while True:
            match = _WHITESPACE.match(self.text, self.pos)
            assert match is not None
            self.pos = match.end()
            if self.pos < len(self.text) or not self.fill():
                return

    def peek(self) -> str:
        """The next character, or ``""`` at the end of the file (call after skipping whitespace)."""
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def fail(self, reason: str, at: int | None = None) -> ImportFileError:
        return ImportFileError(f"{self.name}: line {self.line_at(self.pos if at is None else at)}: {reason}")

    def decode(self) -> tuple[int, Any]:
        """Decode the value at the current position; its line and the value."""
        size = _CHUNK_CHARS
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos > MAX_ELEMENT_CHARS:
                    raise self.fail("a JSON element larger than 32 MB; the file is probably damaged") from None
                # Probably cut off by the end of the buffer: read more (doubling, so a long
                # element costs n log n, not n²) and try again; at the end it is a real error.
                if self.fill(size):
                    size = max(size, len(self.text))
                    continue
                line = self.line_at(self.pos) + self.text.count("\n", self.pos, exc.pos)
                raise ImportFileError(f"{self.name}: line {line}: not valid JSON ({exc.msg})") from None
            except RecursionError:
                raise self.fail("JSON nested too deeply to be a mention") from None
            if end == len(self.text) and self.fill(size):
                continue  # a number at the end of the buffer may go on in the next chunk
            line = self.line_at(self.pos)
            escaped = _SURROGATE_ESCAPE.search(self.text, self.pos, end) is not None
            self.pos = end
            return line, (value, escaped)


def _json_records(text: TextIO, name: str, found: list[str]) -> Iterator[Record]:
    """The records of a JSON file: the elements of its top-level array, decoded one at a time
    (never the whole file), or those inside its one top-level object (an API page, read whole)."""
    buffer = _JsonBuffer(text, name)
    buffer.skip_whitespace()
    if buffer.peek() == "{":
        line, (value, escaped) = buffer.decode()
        yield from _json_values(line, value, escaped, found)
        buffer.skip_whitespace()
        if buffer.peek():
            raise buffer.fail("more JSON after the end of the object (JSON lines needs one object per line)")
        return
    if buffer.peek() != "[":
        raise buffer.fail("a JSON file must be a list [ ... ] of mentions, or one object holding them")
    buffer.pos += 1
    buffer.skip_whitespace()
    if buffer.peek() == "]":
        buffer.pos += 1
    else:
        while True:
            if not buffer.peek():
                raise buffer.fail("the JSON list is not closed with ']' (is the file cut short?)")
            line, (value, escaped) = buffer.decode()
            yield from _json_values(line, value, escaped, found)
            buffer.skip_whitespace()
            following = buffer.peek()
            if following == "]":
                buffer.pos += 1
                break
            if following != ",":
                if not following:
                    raise buffer.fail("the JSON list is not closed with ']' (is the file cut short?)")
                raise buffer.fail(f"expected ',' or ']' after an element, found {following!r}")
            buffer.pos += 1
            buffer.skip_whitespace()
    buffer.skip_whitespace()
    if buffer.peek():
        raise buffer.fail("more JSON after the end of the list")


def _json_lines_records(text: TextIO, name: str, found: list[str]) -> Iterator[Record]:
    """One JSON object per line (or a page of them); a line that does not parse is a row problem, not the end."""
    number = 0
    while line := text.readline(MAX_ELEMENT_CHARS + 1):
        number += 1
        if len(line) > MAX_ELEMENT_CHARS:
            raise ImportFileError(f"{name}: line {number} is longer than 32 MB; the file is probably damaged")
        stripped = line.strip()
        if not stripped:
            continue
        try:
            value = _DECODER.decode(stripped)
        except json.JSONDecodeError as exc:
            yield number, RowProblem(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield number, RowProblem(number, "JSON nested too deeply to be a mention")
            continue
        yield from _json_values(number, value, _SURROGATE_ESCAPE.search(stripped) is not None, found)


def _json_values(line: int, value: Any, escaped_surrogate: bool, found: list[str]) -> Iterator[Record]:
    """The record ``value`` is, or the records inside it when it is a wrapper, all at ``line``."""
    inner = unwrap(value) if isinstance(value, dict) else None
    if inner is None:
        yield _json_record(line, value, escaped_surrogate)
        return
    records, description = inner
    if not found:
        found.append(description)
    for record in records:
        yield _json_record(line, record, escaped_surrogate)


def _json_record(line: int, value: Any, escaped_surrogate: bool = False) -> Record:
    if isinstance(value, dict):
        try:
            row = flatten(value)
        except RecursionError:  # json.dumps of a list nested about a thousand deep
            return line, RowProblem(line, "JSON nested too deeply to be a mention")
        if escaped_surrogate and any(
            _SURROGATE.search(text) for item in row.items() for text in item if isinstance(text, str)
        ):
            return line, RowProblem(
                line, "a text holds an escaped half of a UTF-16 character pair (like \\ud800), which is not text"
            )
        return line, row
    kind = {list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(type(value), "a number")
    return line, RowProblem(line, f"the JSON element is {kind}, not an object with fields")


def _xlsx_value(value: object) -> RawValue:
    if value is None or isinstance(value, str | int | float | bool | datetime | date | time):
        return value
    return str(value)  # durations (timedelta) and anything newer openpyxl may add
