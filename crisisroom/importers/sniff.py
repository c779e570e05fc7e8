"""Decide what a file is before reading it: its format, its text encoding and its delimiter.

Listening tools write very different files: Brandwatch CSV in UTF-8, Meltwater tab-separated
UTF-16 with a byte-order mark, Excel "CSV UTF-8" with a BOM, older Windows tools cp1252, API
dumps as JSON. A person in a hurry should not have to know which is which, so we look at the
bytes. Anything that is not text we can read gets an :class:`ImportFileError` naming the file.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import stat
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from crisisroom.domain.errors import InvalidInputError
from crisisroom.importers.errors import ImportFileError

# The formats ``--format`` accepts; "tsv" is CSV with a tab forced as the delimiter.
FORMATS = ("csv", "tsv", "json", "jsonl", "xlsx")

# Enough of the head to tell the format and delimiter; records longer than this are rare.
HEAD_BYTES = 64 * 1024
_SCAN_CHUNK = 1024 * 1024
# The longest first line of a JSON-lines file we look at (the readers' limit for one element).
_FIRST_LINE_LIMIT = 32 * 1024 * 1024

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Files people pick by mistake, named so the message can say what the file really is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel (.xls) or Office file; save it as .xlsx or CSV"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program, not an export"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class FileKind:
    """What :func:`sniff` found out about a file.

    Attributes:
        path: the file.
        format: ``csv``, ``json`` (one array, or one object holding the records: an API page),
            ``jsonl`` (one object per line, each a record or a page of them) or ``xlsx``.
        encoding: the Python codec for text formats (``utf-8``, ``utf-8-sig``, ``utf-16``,
            ``utf-32``, ``cp1252``); ``None`` for XLSX.
        delimiter: the CSV field separator; ``None`` for the other formats.
        size: the file's size in bytes.
        found: where the records were found when they sit inside a wrapper (``records under
            'statuses'``); set by the reader once it has seen the first records, else ``""``.
    """

    path: Path
    format: str
    encoding: str | None
    delimiter: str | None
    size: int
    found: str = ""

    @property
    def description(self) -> str:
        """A short human description, e.g. ``CSV (semicolon), UTF-8``."""
        if self.format == "xlsx":
            return "Excel workbook (.xlsx)"
        names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16", "utf-32": "UTF-32"}
        encoding = names.get(self.encoding or "", "Windows-1252")
        if self.format == "csv":
            return f"CSV ({_DELIMITER_NAMES.get(self.delimiter or ',', repr(self.delimiter))}), {encoding}"
        described = f"{'JSON lines' if self.format == 'jsonl' else 'JSON'}, {encoding}"
        return f"{described}; {self.found}" if self.found else described


def sniff(path: str | Path, format: str | None = None) -> FileKind:
    """Look at a file and say how to read it.

    Args:
        path: the export to look at.
        format: ``csv``, ``tsv``, ``json``, ``jsonl`` or ``xlsx`` to skip detection of the
            format (the encoding is still detected); ``None`` to detect it.

    Returns:
        The format, encoding and delimiter to read the file with.

    Raises:
        ImportFileError: the file is missing, unreadable, empty, binary, a ZIP that is not a
            workbook, or text in an encoding we cannot tell; the message names the file.
        InvalidInputError: ``format`` is not one of :data:`FORMATS`.
    """
    path = Path(path)
    if format is not None and format.lower() not in FORMATS:
        raise InvalidInputError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    forced = format.lower() if format else None
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(status.st_mode):
            # Opening a named pipe waits for a writer that may never come; a device never ends.
            raise ImportFileError(
                f"{path} is not a regular file (a named pipe, device or socket); save the export as a file first"
            )
        size = status.st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not an export file") from None
    except PermissionError:
        raise ImportFileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if not head:
        raise ImportFileError(f"{name} is empty")

    if head.startswith(_ZIP_MAGIC) or forced == "xlsx":
        _check_workbook(path, head)
        return FileKind(path, "xlsx", None, None, size)
    encoding = _encoding_of(path, head)
    text = _decode_head(name, head, encoding, complete=size <= HEAD_BYTES)
    if "\x00" in text or len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise ImportFileError(f"{name} is a binary file, not a text export (CSV, JSON) or an .xlsx workbook")
    stripped = text.lstrip()
    if not stripped:
        raise ImportFileError(f"{name} is empty (only blank lines)")

    detected = forced or _format_of(stripped)
    if detected == "json" and not stripped.startswith(("[", "{")):
        raise ImportFileError(f"{name} is not a JSON list of mentions: it should start with '[' (or '{{')")
    if detected == "jsonl" and forced is None and not _first_line_is_object(path, encoding):
        # One object over many lines: an API page ({"statuses": [...]}) saved pretty-printed.
        if size > _FIRST_LINE_LIMIT or not _whole_file_is_object(path, encoding):
            raise ImportFileError(
                f"{path.name} starts like JSON but its first line is not a whole JSON object, nor is the file "
                "one JSON object; JSON lines needs one object per line, and a JSON file must be a list [ ... ] "
                "of mentions or one object holding them"
            )
        detected = "json"
    if detected in {"json", "jsonl"}:
        return FileKind(path, detected, encoding, None, size)
    delimiter = "\t" if detected == "tsv" else _delimiter_of(text, complete=size <= HEAD_BYTES)
    return FileKind(path, "csv", encoding, delimiter, size)


def _check_workbook(path: Path, head: bytes) -> None:
    """Accept only a real .xlsx: a ZIP with an Excel workbook part inside."""
    name = path.name
    if not head.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is not an Excel workbook (.xlsx): it is not a ZIP package")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError) as exc:
        raise ImportFileError(f"{name} is a damaged ZIP/Excel file: {exc}") from None
    if "xl/workbook.xml" in names:
        return
    if "opendocument.spreadsheet" in mimetype:
        raise ImportFileError(f"{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV")
    if "word/document.xml" in names:
        raise ImportFileError(f"{name} is a Word document, not an export")
    raise ImportFileError(
        f"{name} is a ZIP archive, not an Excel workbook (.xlsx); unpack it and import the export inside"
    )


def _encoding_of(path: Path, head: bytes) -> str:
    """A byte-order mark decides; otherwise UTF-8 if the whole file is valid UTF-8, else cp1252."""
    name = path.name
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            offset = _first_undecodable(path, encoding)
            if offset is not None:
                label = encoding.upper().removesuffix("-SIG")
                raise ImportFileError(f"{name} starts with a {label} byte-order mark but byte {offset} is not {label}")
            return encoding
    magic = next((what for signature, what in _MAGIC if head.startswith(signature)), None)
    if magic:
        raise ImportFileError(f"{name} is {magic}, not a listening-tool export")
    if b"\x00" in head:
        # Not UTF-16/32 (no BOM), so NUL bytes mean binary content.
        raise ImportFileError(f"{name} is a binary file, not a text export (CSV, JSON) or an .xlsx workbook")
    # The whole file, not just the head: one cp1252 "é" at row 90,000 would otherwise break
    # the import halfway. Decoding is fast (hundreds of MB/s) and needs constant memory.
    utf8_offset = _first_undecodable(path, "utf-8")
    if utf8_offset is None:
        return "utf-8"
    offset = _first_undecodable(path, "cp1252")
    if offset is None:
        _refuse_mixed_encodings(path, utf8_offset)
        return "cp1252"
    raise ImportFileError(
        f"{name} is neither UTF-8 nor Windows-1252 text (byte {offset} cannot be read); "
        "save it as CSV UTF-8 and try again"
    )


# UTF-8's encoding of the characters a Windows-1252 file would otherwise hold (accented Latin
# letters, no-break space and signs, curly quotes and dashes): in a file that is not UTF-8
# throughout they show that two encodings were mixed, and reading it all as Windows-1252 would
# store them as mojibake ("cafÃ©"). A real Windows-1252 text almost never has these byte pairs.
_UTF8_LATIN = re.compile(rb"[\xc3][\x80-\xbf]|[\xc2][\xa0-\xbf]|\xe2\x80[\x93-\xa6]")


def _refuse_mixed_encodings(path: Path, bad_offset: int) -> None:
    """Refuse a file that is mostly UTF-8 with some Windows-1252 bytes (or the other way round)."""
    found = None
    offset = 0
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_SCAN_CHUNK):
                data = tail + chunk
                if (match := _UTF8_LATIN.search(data)) is not None:
                    found = offset - len(tail) + match.start()
                    break
                offset += len(chunk)
                tail = chunk[-2:]
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    if found is None:
        return
    raise ImportFileError(
        f"{path.name} mixes text encodings: line {_line_of(path, found)} has UTF-8 characters but line "
        f"{_line_of(path, bad_offset)} is not UTF-8 (Windows-1252?), so some text would be stored garbled; "
        "save it as CSV UTF-8 and try again"
    )


def _line_of(path: Path, offset: int) -> int:
    """The line (counting from 1) that byte ``offset`` of a file is on."""
    lines = 1
    with path.open("rb") as handle:
        while offset > 0 and (chunk := handle.read(min(_SCAN_CHUNK, offset))):
            lines += chunk.count(b"\n")
            offset -= len(chunk)
    return lines


def _first_undecodable(path: Path, encoding: str) -> int | None:
    """The byte offset of the first byte ``encoding`` cannot decode, or ``None`` when all can."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_SCAN_CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    return offset + max(exc.start, 0)
                offset += len(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return offset + max(exc.start, 0)
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    return None


def _decode_head(name: str, head: bytes, encoding: str, *, complete: bool) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        # Not final unless it is the whole file: the head may end inside a multi-byte character.
        return decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        raise ImportFileError(f"{name} cannot be read as {encoding.upper()} text") from None


def _format_of(stripped: str) -> str:
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        return "jsonl"
    return "csv"


def _first_line_is_object(path: Path, encoding: str) -> bool:
    """Whether the first non-blank line is a whole JSON object (read in full: tweets with all
    their entities can be longer than the head)."""
    first = ""
    try:
        with path.open(encoding=encoding) as handle:
            while not first and (line := handle.readline(_FIRST_LINE_LIMIT)):
                first = line.strip()
        value = json.loads(first, parse_int=_keep_long_int)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError too
        value = None
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    return isinstance(value, dict)


def _whole_file_is_object(path: Path, encoding: str) -> bool:
    """Whether the whole file (at most 32 MB) is one JSON object."""
    try:
        with path.open(encoding=encoding) as handle:
            value = json.loads(handle.read(_FIRST_LINE_LIMIT + 1), parse_int=_keep_long_int)
    except (ValueError, RecursionError):
        return False
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    return isinstance(value, dict)


def _keep_long_int(digits: str) -> int | str:
    # As the readers do: Python refuses ints of over 4,300 digits, so such a number stays digits.
    return int(digits) if len(digits) <= 4000 else digits


def _delimiter_of(text: str, *, complete: bool) -> str:
    """The delimiter that splits the sample into the most consistent number of fields.

    ``csv.Sniffer`` is easily fooled by commas inside text and by the metadata rows Brandwatch
    puts above its header, so we score each candidate ourselves: parse the sample with it, find
    the most common field count above one, and prefer the delimiter for which the most records
    have that count (then the wider table).
    """
    lines = text.splitlines(keepends=True)
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line of a partial head is probably cut short
    best: tuple[float, int] = (0.0, 0)
    choice = ","
    for delimiter in _DELIMITERS:
        counts: list[int] = []
        try:
            for record in csv.reader(lines, delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
        except csv.Error:
            continue
        tally = Counter(count for count in counts if count > 1)
        if not tally:
            continue
        mode, frequency = max(tally.items(), key=lambda item: (item[1], item[0]))
        score = (frequency / len(counts), mode)
        if score > best:
            best, choice = score, delimiter
    return choice
