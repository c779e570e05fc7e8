"""The roster as CSV, for spreadsheets.

Written as UTF-8 with a byte-order mark (so Excel reads accents right) and CRLF line ends, one
person a row under the header ``name, roles, phone, email, backup, levels, notes``. Roles are
labels separated by ``;``, levels are numbers separated by ``;`` and the backup is a name from the
same file. Every cell that a spreadsheet would run as a formula gets a leading apostrophe, which
the reader takes off again.

The reader is forgiving about what spreadsheets do: a ``;`` or tab as the separator, headers in
any case or with a hint in brackets, role keys or labels or common names, ``3-5`` for levels.
It is strict about the rest: a problem anywhere stops the import, naming the line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.spreadsheet import neutralise_formula, restore_formula
from crisisroom.domain.team import (
    Person,
    backup_of,
    format_levels,
    in_role_order,
    new_person_id,
    parse_levels,
    parse_role,
    role,
)
from crisisroom.exchange.roster import ImportedRoster, PendingPerson, RosterFileError, assemble, decode_text

COLUMNS = ("name", "roles", "phone", "email", "backup", "levels", "notes")
_ALIASES = {
    "name": ("name", "full name", "person", "fn", "contact"),
    "roles": ("roles", "role", "crisis role", "crisis roles"),
    "phone": ("phone", "telephone", "tel", "mobile", "cell", "phone number", "mobile phone"),
    "email": ("email", "e-mail", "mail", "email address", "e-mail address"),
    "backup": ("backup", "backup name", "deputy", "stand-in", "stand in"),
    "levels": ("levels", "level", "called at levels", "called at", "severity levels"),
    "notes": ("notes", "note", "comments", "comment"),
}
_COLUMN_BY_ALIAS = {alias: column for column, aliases in _ALIASES.items() for alias in aliases}
_SEPARATORS = (",", ";", "\t")
_LIST_SPLIT = re.compile(r"\s*[;,|]\s*")
SPREADSHEET_ADVICE = "In your spreadsheet, save it as “CSV UTF-8” and import that file"


def write_csv(people: Sequence[Person]) -> bytes:
    """The roster as CSV bytes (UTF-8 with BOM), in chain-of-command order."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for person in in_role_order(people):
        backup = backup_of(person, people)
        cells = (
            person.name,
            ";".join(role(k).label for k in person.roles),
            person.phone,
            person.email,
            backup.name if backup else "",
            format_levels(person.levels),
            person.notes,
        )
        writer.writerow([neutralise_formula(cell) for cell in cells])
    return buffer.getvalue().encode("utf-8-sig")


def read_csv(data: bytes, name: str = "the file") -> ImportedRoster:
    """Read a roster written by :func:`write_csv` or typed into a spreadsheet.

    Raises:
        RosterFileError: naming the line of the first problem; nothing is imported then.
    """
    text = decode_text(data, name, SPREADSHEET_ADVICE)
    records = _records(text, name)
    if not records:
        raise RosterFileError(name, "is empty; the team was left as it is")
    header_line, header = records[0]
    columns, warnings = _columns(header, header_line, name)
    pending = []
    for line, cells in records[1:]:
        extra = [c for c in cells[len(header) :] if c.strip()]
        if extra:
            raise RosterFileError(
                name, f"this row has more cells than the header has columns (starting with {extra[0]!r})", line
            )
        values = {column: restore_formula(cells[i].strip()) if i < len(cells) else "" for column, i in columns.items()}
        try:
            roles = tuple(parse_role(r).key for r in _LIST_SPLIT.split(values.get("roles", "")) if r)
            levels = parse_levels(values.get("levels", ""))
        except InvalidInputError as exc:
            raise RosterFileError(name, exc.message, line) from None
        if not values["name"]:
            raise RosterFileError(name, "this row has no name; every person needs one", line)
        person = Person(
            id=new_person_id(),
            name=values["name"],
            roles=roles,
            phone=values.get("phone", ""),
            email=values.get("email", ""),
            levels=levels,
            notes=values.get("notes", ""),
        )
        pending.append(PendingPerson(line, person, values.get("backup", "")))
    return ImportedRoster(assemble(pending, name), warnings, "csv")


def _records(text: str, name: str) -> list[tuple[int, list[str]]]:
    """Non-blank records, each with the line it starts on (a quoted cell may span lines)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    dialect_separator = max(_SEPARATORS, key=lambda s: (_known_columns(first, s), first.count(s)))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect_separator, strict=True)
    records = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise RosterFileError(name, f"cannot be read as CSV ({exc}); is a quote left open?", start) from None
    return records


def _known_columns(header: str, separator: str) -> int:
    return sum(_normalised(cell) in _COLUMN_BY_ALIAS for cell in header.split(separator))


def _normalised(header: str) -> str:
    """``" Roles (separated by ';')"`` → ``"roles"``; ``"E_Mail"`` → ``"e-mail"``."""
    header = re.sub(r"\(.*?\)|\[.*?\]", "", restore_formula(header.strip().lstrip("\ufeff")))
    return " ".join(header.replace("_", "-").split()).casefold()


def _columns(header: list[str], line: int, name: str) -> tuple[dict[str, int], list[str]]:
    """Which cell holds which field; unknown columns are ignored, with a warning."""
    columns: dict[str, int] = {}
    ignored = []
    for index, cell in enumerate(header):
        column = _COLUMN_BY_ALIAS.get(_normalised(cell))
        if column is None:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        if column in columns:
            raise RosterFileError(name, f"two columns mean {column!r} ({header[columns[column]]!r} and {cell!r})", line)
        columns[column] = index
    if "name" not in columns:
        raise RosterFileError(
            name, f"the first row needs a 'name' column; the columns Crisis Room reads are {', '.join(COLUMNS)}", line
        )
    if not ignored:
        return columns, []
    return columns, [f"Ignored the column{'s' if len(ignored) > 1 else ''} {', '.join(map(repr, ignored))}"]
