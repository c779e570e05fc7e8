"""What both roster formats share: the import result, its errors, and turning rows into a checked roster."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person, validate_roster

# A roster is tens of people; a vCard file with photos of a few hundred is a few megabytes.
MAX_FILE_BYTES = 50 * 1024 * 1024


class RosterFileError(InvalidInputError):
    """A roster file that cannot be imported; nothing was changed.

    Attributes:
        line: the line of the file the problem is on (counting from 1), when there is one.
    """

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        super().__init__(f"{name}: line {line}: {reason}" if line is not None else f"{name}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class ImportedRoster:
    """A roster read from a file, checked as a whole, ready for ``storage.team.replace_roster``.

    Attributes:
        people: the people in file order, with fresh ids and backups linked by name.
        warnings: things worth telling the person that did not stop the import
            (ignored columns, job titles that are not Crisis Room roles…), each starting with
            ``line N:`` when it is about one line.
        format: ``"csv"`` or ``"vcard"``.
        skipped: records left out of the import (a vCard without a name or with a broken
            field), each as ``line N: who: why``; the rest is imported all the same.
    """

    people: list[Person]
    warnings: list[str] = field(default_factory=list)
    format: str = ""
    skipped: list[str] = field(default_factory=list)


@dataclass
class PendingPerson:
    """A person as read from one record, before backups (named, not yet ids) are linked."""

    line: int
    person: Person
    backup_name: str = ""


def decode_text(data: bytes, name: str, advice: str) -> str:
    """Text from bytes: UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused.

    Raises:
        RosterFileError: naming the line of the first byte that is not UTF-8, and ``advice``.
    """
    if len(data) > MAX_FILE_BYTES:
        raise RosterFileError(name, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; is it really a team list?")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise RosterFileError(name, f"is marked as UTF-16 but is not valid UTF-16 text. {advice}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        raise RosterFileError(name, f"this is not UTF-8 text (byte 0x{byte:02X}). {advice}", line) from None


def assemble(pending: Sequence[PendingPerson], name: str) -> list[Person]:
    """Check each person, link backups by name, and check the roster as a whole.

    Raises:
        RosterFileError: at the line of the first person with a problem.
    """
    if not pending:
        raise RosterFileError(name, "has no people in it; the team was left as it is")
    checked: list[PendingPerson] = []
    seen: dict[str, int] = {}
    for item in pending:
        try:
            person = item.person.validate()
        except InvalidInputError as exc:
            raise RosterFileError(name, exc.message, item.line) from None
        folded = person.name.casefold()
        if folded in seen:
            raise RosterFileError(name, f"{person.name} is on line {seen[folded]} already", item.line)
        seen[folded] = item.line
        checked.append(replace(item, person=person))
    ids = {item.person.name.casefold(): item.person.id for item in checked}
    people = []
    for item in checked:
        backup_id = None
        wanted = " ".join(item.backup_name.split())
        if wanted:
            backup_id = ids.get(wanted.casefold())
            if backup_id is None:
                raise RosterFileError(
                    name, f"the backup of {item.person.name}, {wanted!r}, is not in this file", item.line
                )
            if backup_id == item.person.id:
                raise RosterFileError(name, f"{item.person.name} cannot be their own backup", item.line)
        people.append(replace(item.person, backup_id=backup_id))
    try:
        return validate_roster(people)
    except InvalidInputError as exc:  # already checked person by person; kept as a guard
        raise RosterFileError(name, exc.message) from None


def leave_out_bad(
    pending: Sequence[PendingPerson], name: str, warnings: list[str], skipped: list[tuple[int, str]]
) -> list[PendingPerson]:
    """The people of ``pending`` that :func:`assemble` will take, the others named in ``skipped`` (line, why).

    For address books, where one odd card must not stop the rest: a person that does not validate
    is left out (``line N: who: why``), so is a second card with a name already read; a backup who
    is not among the people kept becomes a warning and the link is dropped.
    """
    kept: list[PendingPerson] = []
    seen: dict[str, int] = {}
    for item in pending:
        try:
            person = item.person.validate()
        except InvalidInputError as exc:
            who = " ".join(item.person.name.split())[:60] or "this card"
            skipped.append((item.line, f"{who}: {exc.message}; left out"))
            continue
        folded = person.name.casefold()
        if folded in seen:
            skipped.append((item.line, f"{person.name} is on line {seen[folded]} already; left out"))
            continue
        seen[folded] = item.line
        kept.append(replace(item, person=person))
    for index, item in enumerate(kept):
        wanted = " ".join(item.backup_name.split())
        if not wanted:
            continue
        if wanted.casefold() not in seen:
            warnings.append(
                f"line {item.line}: {item.person.name}: the backup {wanted!r} is not among the people imported "
                "(no backup set)"
            )
            kept[index] = replace(item, backup_name="")
        elif wanted.casefold() == item.person.name.casefold():
            warnings.append(f"line {item.line}: {item.person.name} cannot be their own backup (no backup set)")
            kept[index] = replace(item, backup_name="")
    return kept
