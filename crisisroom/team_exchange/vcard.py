"""The roster as vCards (RFC 2426, vCard 3.0), for address books and phones.

Each person is one card: ``FN`` and ``N`` for the name, ``TEL`` and ``EMAIL``, ``TITLE`` (the
first role) and ``ROLE`` (all roles, as labels), and ``NOTE`` carrying the notes plus two lines
Crisis Room reads back: ``Called at levels: 3, 4, 5`` and ``Backup: <name>``. Lines are folded at
75 bytes and end in CRLF, as the standard asks.

The reader takes the cards other tools write too (Google, Apple, Outlook, Android, vCard 2.1 to
4.0): folded lines, grouped properties (``item1.TEL``), several phones and addresses (the
preferred one, else a mobile, wins), quoted-printable values, and ``tel:`` URIs. A job title that
is not a Crisis Room role becomes a warning, not a failure. A file that is not UTF-8, or a card
that is cut off or malformed, stops the import at its line.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person, backup_of, find_role, in_role_order, new_person_id, parse_levels, role
from crisisroom.team_exchange.common import ImportedRoster, PendingPerson, RosterFileError, assemble, decode_text

PRODID = "-//Crisis Room//Team roster//EN"
_FOLD_AT = 75  # octets per line, not counting the CRLF (RFC 2425 §5.8.1)
_LEVELS_NOTE = re.compile(r"^\s*called at levels?\s*:?\s*(.*)$", re.IGNORECASE)
_BACKUP_NOTE = re.compile(r"^\s*backup\s*:\s*(.*)$", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
ADVICE = "Export the contacts again as a UTF-8 vCard (.vcf) file"


# --- Writing -------------------------------------------------------------------------------------


def write_vcards(people: Sequence[Person]) -> bytes:
    """The roster as a vCard 3.0 file (UTF-8, CRLF), one card per person in chain-of-command order."""
    lines: list[str] = []
    for person in in_role_order(people):
        given, _, family = person.name.rpartition(" ")
        if not given:  # a single name ("Cher") is a given name
            given, family = family, ""
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}", f"UID:urn:uuid:{person.id}"]
        lines.append(f"FN:{_escape(person.name)}")
        lines.append(f"N:{_escape(family)};{_escape(given)};;;")
        if person.phone:
            lines.append(f"TEL;TYPE=CELL,VOICE:{_escape(person.phone)}")
        if person.email:
            lines.append(f"EMAIL;TYPE=INTERNET:{_escape(person.email)}")
        if person.roles:
            labels = [role(k).label for k in person.roles]
            lines.append(f"TITLE:{_escape(labels[0])}")
            lines.append(f"ROLE:{_escape(', '.join(labels))}")
        note = [person.notes] if person.notes else []
        if person.levels:
            note.append(f"Called at levels: {', '.join(map(str, person.levels))}")
        backup = backup_of(person, people)
        if backup is not None:
            note.append(f"Backup: {backup.name}")
        if note:
            lines.append(f"NOTE:{_escape(chr(10).join(note))}")
        lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _escape(text: str) -> str:
    """Escape a TEXT value: backslash, comma, semicolon and newline (RFC 2426 §4)."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Split a content line into 75-octet pieces, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    limit = _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = _FOLD_AT - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


# --- Reading -------------------------------------------------------------------------------------


@dataclass
class _Property:
    line: int
    name: str
    params: dict[str, list[str]]
    value: str


@dataclass
class _Card:
    line: int
    properties: list[_Property] = field(default_factory=list)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> _Property | None:
        found = self.all(name)
        return found[0] if found else None


def read_vcards(data: bytes, name: str = "the file") -> ImportedRoster:
    """Read every card of a .vcf file into a roster.

    Raises:
        RosterFileError: for text that is not UTF-8, a malformed or unfinished card, a card without
            a name, a bad phone or e-mail, or a backup who is not in the file, naming the line.
    """
    text = decode_text(data, name, ADVICE)
    cards = list(_cards(_logical_lines(text), name))
    if not cards:
        raise RosterFileError(name, "has no vCards in it (no BEGIN:VCARD line); the team was left as it is")
    warnings: list[str] = []
    pending = [_pending(card, name, warnings) for card in cards]
    return ImportedRoster(assemble(pending, name), warnings, "vcard")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the line each starts on.

    A line starting with a space or tab continues the one before (RFC 2425 folding). In vCard 2.1,
    a quoted-printable value ending in ``=`` continues on the next line (a soft line break).
    """
    current: str | None = None
    start = 0
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and current.endswith("=") and _is_quoted_printable(current):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield start, current
        current, start = raw, number
    if current is not None:
        yield start, current


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _cards(lines: Iterator[tuple[int, str]], name: str) -> Iterator[_Card]:
    card: _Card | None = None
    for number, line in lines:
        if not line.strip():
            continue
        prop = _parse_line(number, line, name)
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if card is not None:
                raise RosterFileError(name, f"a new vCard starts before the one on line {card.line} ends", number)
            card = _Card(number)
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if card is None:
                raise RosterFileError(name, "END:VCARD without a BEGIN:VCARD before it", number)
            yield card
            card = None
        elif card is None:
            raise RosterFileError(name, f"{line[:40]!r} is outside any vCard (BEGIN:VCARD … END:VCARD)", number)
        else:
            card.properties.append(prop)
    if card is not None:
        raise RosterFileError(name, "this vCard never ends: END:VCARD is missing (is the file cut off?)", card.line)


def _parse_line(number: int, line: str, name: str) -> _Property:
    """``item1.TEL;TYPE=CELL,pref:+44…`` → name ``TEL``, params ``{"TYPE": ["cell", "pref"]}``."""
    colon = _outside_quotes(line, ":")
    if colon is None:
        raise RosterFileError(name, f"{line[:40]!r} is not a vCard line (a property name and ':' are missing)", number)
    head, value = line[:colon], line[colon + 1 :]
    parts = _split_outside_quotes(head, ";")
    matched = _NAME.match(parts[0].strip())
    if not matched:
        raise RosterFileError(name, f"{parts[0][:40]!r} is not a vCard property name", number)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, raw = part.partition("=")
        if not equals:  # vCard 2.1: ";CELL;PREF" means TYPE=CELL,PREF; ";QUOTED-PRINTABLE" is an encoding
            key, raw = ("ENCODING" if key.upper() in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"), key
        values = [v.strip().strip('"') for v in _split_outside_quotes(raw, ",")]
        params.setdefault(key.strip().upper(), []).extend(v.lower() for v in values if v)
    prop = _Property(number, matched[1].upper(), params, value)
    if "quoted-printable" in params.get("ENCODING", []):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        try:
            prop.value = quopri.decodestring(value.encode("ascii", "replace")).decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise RosterFileError(
                name, f"the value of {prop.name} cannot be decoded as {charset} quoted-printable text", number
            ) from None
    return prop


def _outside_quotes(text: str, char: str) -> int | None:
    quoted = False
    for index, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            return index
    return None


def _split_outside_quotes(text: str, char: str) -> list[str]:
    parts, current, quoted = [], "", False
    for c in text:
        if c == '"':
            quoted = not quoted
        if c == char and not quoted:
            parts.append(current)
            current = ""
        else:
            current += c
    parts.append(current)
    return parts


def _unescape(text: str) -> str:
    """Undo TEXT escaping: ``\\n`` and ``\\N`` are newlines, ``\\,`` ``\\;`` ``\\:`` ``\\\\`` themselves."""
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], text)


def _components(value: str) -> list[str]:
    """Split a structured value (``N``) on unescaped semicolons, then unescape each part."""
    return [_unescape(part) for part in re.split(r"(?<!\\);", value)]


def _pending(card: _Card, name: str, warnings: list[str]) -> PendingPerson:
    person_name = _card_name(card, name)
    roles: list[str] = []
    role_props = card.all("ROLE") or card.all("TITLE")
    for prop in role_props:
        for label in re.split(r"\s*[,;]\s*", _unescape(prop.value)):
            if not label:
                continue
            found = find_role(label)
            if found is None:
                warnings.append(f"line {prop.line}: {person_name}: {label!r} is not a Crisis Room role (left out)")
            elif found.key not in roles:
                roles.append(found.key)
    levels: tuple[int, ...] = ()
    backup = ""
    notes = []
    for prop in card.all("NOTE"):
        for note_line in _unescape(prop.value).splitlines():
            if found_levels := _LEVELS_NOTE.match(note_line):
                try:
                    levels = parse_levels(found_levels[1])
                except InvalidInputError as exc:
                    raise RosterFileError(name, f"{person_name}: {exc.message}", prop.line) from None
            elif found_backup := _BACKUP_NOTE.match(note_line):
                backup = found_backup[1].strip()
            elif note_line.strip():
                notes.append(note_line.strip())
    person = Person(
        id=new_person_id(),
        name=person_name,
        roles=tuple(roles),
        phone=_best(card.all("TEL"), ("cell", "mobile", "iphone", "voice", "work")),
        email=_best(card.all("EMAIL"), ("internet", "work")),
        levels=levels,
        notes="\n".join(notes),
    )
    return PendingPerson(card.line, person, backup)


def _card_name(card: _Card, name: str) -> str:
    formatted = card.first("FN")
    if formatted is not None and _unescape(formatted.value).strip():
        return " ".join(_unescape(formatted.value).split())
    structured = card.first("N")
    if structured is not None:
        # N is family;given;additional;prefixes;suffixes
        family, given, additional, prefix, suffix = (_components(structured.value) + [""] * 5)[:5]
        text = " ".join(part for part in (prefix, given, additional, family, suffix) if part.strip())
        if text.strip():
            return " ".join(text.split())
    raise RosterFileError(name, "this vCard has no name (no FN or N line)", card.line)


def _best(props: list[_Property], kinds: tuple[str, ...]) -> str:
    """The preferred value (``TYPE=pref`` or ``PREF=1``), else the first of the kinds in order, else the first."""
    values = [(p, _clean_value(p)) for p in props]
    values = [(p, v) for p, v in values if v]
    if not values:
        return ""
    for prop, value in values:
        if "pref" in prop.params.get("TYPE", []) or prop.params.get("PREF") == ["1"]:
            return value
    for kind in kinds:
        for prop, value in values:
            if kind in prop.params.get("TYPE", []):
                return value
    return values[0][1]


def _clean_value(prop: _Property) -> str:
    value = _unescape(prop.value).strip()
    if prop.name == "TEL" and value.lower().startswith("tel:"):
        # vCard 4: tel:+1-555-0100;ext=12
        number, _, params = value[4:].partition(";")
        extension = re.search(r"(?:^|;)ext=([0-9]+)", params)
        value = number + (f" ext {extension[1]}" if extension else "")
    if prop.name == "EMAIL" and value.lower().startswith("mailto:"):
        value = value[7:]
    return value
