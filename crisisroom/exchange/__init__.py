"""Importing and exporting the team roster: CSV for spreadsheets, vCard for address books.

Pure conversions live in :mod:`~crisisroom.exchange.roster_csv` and
:mod:`~crisisroom.exchange.vcard` (bytes in, people out and back); this module picks the
format for a file and does the file I/O. An import is all or nothing: the whole file is checked
before anything is returned, and an error names the line. Storing the result is the caller's
(``storage.team.replace_roster``), so the command line and the Team dialog behave the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.exchange.roster import MAX_FILE_BYTES, ImportedRoster, RosterFileError
from crisisroom.exchange.roster_csv import read_csv, write_csv
from crisisroom.exchange.vcard import read_vcards, write_vcards
from crisisroom.system.files import write_atomically

__all__ = [
    "FORMATS",
    "ImportedRoster",
    "RosterFileError",
    "export_roster",
    "format_for_path",
    "import_roster",
    "read_csv",
    "read_vcards",
    "write_csv",
    "write_vcards",
]

FORMATS = ("csv", "vcard")
_EXTENSIONS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".vcf": "vcard", ".vcard": "vcard"}
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "TeamExchange", "Team lists (*.csv *.vcf *.vcard *.tsv *.txt);;CSV (*.csv);;vCard (*.vcf *.vcard);;All files (*)"
)
EXPORT_FILTER = QT_TRANSLATE_NOOP("TeamExchange", "CSV for spreadsheets (*.csv);;vCard for address books (*.vcf)")


def format_for_path(path: Path, data: bytes | None = None) -> str:
    """``"csv"`` or ``"vcard"``, from the file's extension, else from what it starts with.

    Raises:
        InvalidInputError: for an export path whose extension is neither (``data`` is None).
    """
    known = _EXTENSIONS.get(path.suffix.lower())
    if known:
        return known
    if data is None:
        raise InvalidInputError(f"{path.name}: export to a .csv (spreadsheets) or .vcf (address books) file")
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.replace(b"\x00", b"")[2:]  # UTF-16: ASCII letters once the zero bytes go
    return "vcard" if head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCARD") else "csv"


def import_roster(path: Path, fmt: str | None = None) -> ImportedRoster:
    """Read a roster file (CSV or vCard, by ``fmt`` or else by extension and content).

    Raises:
        RosterFileError: the file cannot be read or has a problem (with its line number).
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise RosterFileError(path.name, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except IsADirectoryError:
        raise RosterFileError(path.name, "is a folder, not a file") from None
    except FileNotFoundError:
        raise RosterFileError(str(path), "no such file") from None
    except OSError as exc:
        raise RosterFileError(str(path), f"cannot be read ({exc.strerror})") from None
    fmt = fmt or format_for_path(path, data)
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown team file format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return read_vcards(data, path.name) if fmt == "vcard" else read_csv(data, path.name)


def export_roster(path: Path, people: Sequence[Person], fmt: str | None = None) -> str:
    """Write the roster to ``path`` (replacing it whole, never half-written); returns the format used.

    Raises:
        InvalidInputError: an extension that is neither CSV nor vCard (and no ``fmt``).
        UserError: the file cannot be written.
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    data = write_vcards(people) if fmt == "vcard" else write_csv(people)
    write_atomically(path, data, what="the team export")
    return fmt
