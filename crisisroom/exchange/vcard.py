"""The roster as vCards (RFC 2426, vCard 3.0), for address books and phones.

Each person is one card: ``FN`` and ``N`` for the name, ``TEL`` and ``EMAIL``, ``TITLE`` (the
first role) and ``ROLE`` (all roles, as labels), and ``NOTE`` carrying the notes plus two lines
Crisis Room reads back: ``Called at levels: 3, 4, 5`` and ``Backup: <name>``. Lines are folded at
75 bytes and end in CRLF, as the standard asks.

The reader takes the cards other tools write too (Android, iPhone and iCloud, Outlook, Gmail,
Thunderbird; vCard 2.1 to 4.0): folded lines, CR LF, LF, CR or CR CR LF line ends, grouped
properties (``item1.TEL``), quoted-printable or base64 values with a ``CHARSET``, and ``tel:``
URIs. Only the fields Crisis Room uses are decoded (FN, N, TEL, EMAIL, TITLE, ROLE, NOTE): a
broken ORG, ADR or PHOTO is never looked at.

One odd card does not stop the others. A card without a name, with a used field that cannot be
decoded or with a line that is not a vCard line is left out and named with its line
(``ImportedRoster.skipped``); a phone that cannot be dialled, an e-mail address that is not one,
levels that are not 1 to 5, a backup who is not imported and a job title that is not a Crisis
Room role are warnings at their own line. Every phone and e-mail is kept: the main phone is the
one most likely answered at night (a mobile, the preferred mobile first, else the preferred
number, else the first), the main e-mail the preferred one, and the others are listed in the
person's notes (``Other phones: …``, ``Other e-mails: …``), which the Team dialog shows. Only a
file whose structure is broken (a card that never ends, lines outside any card) or in which no
card can be used is refused whole, saying what to do next.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person, backup_of, find_role, in_role_order, new_person_id, parse_levels, role
from crisisroom.exchange.roster import (
    MAX_FILE_BYTES,
    ImportedRoster,
    PendingPerson,
    RosterFileError,
    assemble,
    decode_text,
    leave_out_bad,
)

PRODID = "-//Crisis Room//Team roster//EN"
_FOLD_AT = 75  # octets per line, not counting the CRLF (RFC 2425 §5.8.1)
_LEVELS_NOTE = re.compile(r"^\s*called at levels?\s*:?\s*(.*)$", re.IGNORECASE)
_BACKUP_NOTE = re.compile(r"^\s*backup\s*:\s*(.*)$", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
ADVICE = "Export the contacts again as a UTF-8 vCard (.vcf) file"
AGAIN = "export the contacts again (or correct that line in a text editor) and import the new file"
_MOBILE = frozenset(("cell", "mobile", "iphone"))
_PHONE_LABELS = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "work": "work", "home": "home"}
_LINE_END = re.compile(r"\r*\n|\r")  # CR CR LF (some iPhone exports) is one line end, as other readers take it


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
    broken: tuple[int, str] | None = None  # the first line that is not a vCard line, and why

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> _Property | None:
        found = self.all(name)
        return found[0] if found else None


class _CardLeftOut(Exception):
    """A card that cannot be imported; the others can."""

    def __init__(self, line: int, who: str, reason: str) -> None:
        super().__init__(reason)
        self.line, self.who, self.reason = line, who, reason


def read_vcards(data: bytes, name: str = "the file") -> ImportedRoster:
    """Read every card of a .vcf file into a roster, leaving out (and naming) the cards that cannot be used.

    Raises:
        RosterFileError: for a file with no cards, a card that never ends or lines outside any card,
            or when no card at all can be used; naming the line and what to do next.
    """
    text = _decode(data, name)
    cards = list(_cards(_logical_lines(text), name))
    if not cards:
        raise RosterFileError(
            name,
            "has no vCards in it (no BEGIN:VCARD line); export the contacts as a vCard (.vcf) file and import that",
        )
    warnings: list[str] = []
    left_out: list[tuple[int, str]] = []
    pending = []
    first_problem: _CardLeftOut | None = None
    for card in cards:
        try:
            pending.append(_pending(card, warnings))
        except _CardLeftOut as exc:
            first_problem = first_problem or exc
            who = exc.who or ("" if exc.line == card.line else f"the vCard on line {card.line}")
            left_out.append((exc.line, f"{who + ': ' if who else ''}{exc.reason}; left out"))
    kept = leave_out_bad(pending, name, warnings, left_out)
    if not kept:
        if first_problem is not None:
            line, reason = first_problem.line, f"{first_problem.who + ': ' if first_problem.who else ''}"
            reason += first_problem.reason
        else:
            line, reason = left_out[0][0], left_out[0][1].removesuffix("; left out")
        if len(cards) > 1:
            reason += f"; none of the other {len(cards) - 1} vCards could be used either"
        raise RosterFileError(name, reason, line)
    skipped = [f"line {line}: {text}" for line, text in sorted(left_out)]
    warnings.sort(key=lambda w: int(w.split(":", 1)[0].removeprefix("line ")))  # in file order, whatever found them
    return ImportedRoster(assemble(kept, name), warnings, "vcard", skipped)


def _decode(data: bytes, name: str) -> str:
    """The file as text. UTF-8 bytes that are not UTF-8 are kept (as surrogates) until a used field needs them."""
    if len(data) > MAX_FILE_BYTES or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, name, ADVICE)
    return data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the line each starts on.

    A line starting with a space or tab continues the one before (RFC 2425 folding). In vCard 2.1,
    a quoted-printable value ending in ``=`` continues on the next line (a soft line break).
    """
    current: str | None = None
    start = 0
    for number, raw in enumerate(_LINE_END.split(text), start=1):
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
        try:
            prop = _parse_line(number, line)
        except _CardLeftOut as exc:
            if card is None:
                raise RosterFileError(name, f"{exc.reason}, outside any vCard; {AGAIN}", number) from None
            card.broken = card.broken or (number, exc.reason)
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if card is not None:
                raise RosterFileError(
                    name, f"a new vCard starts before the one on line {card.line} ends; {AGAIN}", number
                )
            card = _Card(number)
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if card is None:
                raise RosterFileError(name, f"END:VCARD without a BEGIN:VCARD before it; {AGAIN}", number)
            yield card
            card = None
        elif card is None:
            raise RosterFileError(
                name, f"{_shown(line)!r} is outside any vCard (BEGIN:VCARD … END:VCARD); {AGAIN}", number
            )
        else:
            card.properties.append(prop)
    if card is not None:
        raise RosterFileError(
            name, f"this vCard never ends: END:VCARD is missing (is the file cut off?); {AGAIN}", card.line
        )


def _shown(text: str) -> str:
    """The start of a line for a message, with bytes that are not UTF-8 shown as \ufffd."""
    return text[:40].encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _parse_line(number: int, line: str) -> _Property:
    """``item1.TEL;TYPE=CELL,pref:+44…`` → name ``TEL``, params ``{"TYPE": ["cell", "pref"]}``; the value undecoded."""
    colon = _outside_quotes(line, ":")
    if colon is None:
        raise _CardLeftOut(number, "", f"{_shown(line)!r} is not a vCard line (a property name and ':' are missing)")
    head, value = line[:colon], line[colon + 1 :]
    parts = _split_outside_quotes(head, ";")
    matched = _NAME.match(parts[0].strip())
    if not matched:
        raise _CardLeftOut(number, "", f"{_shown(parts[0])!r} is not a vCard property name")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, raw = part.partition("=")
        if not equals:  # vCard 2.1: ";CELL;PREF" means TYPE=CELL,PREF; ";QUOTED-PRINTABLE" is an encoding
            key, raw = ("ENCODING" if key.upper() in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"), key
        values = [v.strip() for q in _split_outside_quotes(raw, ",") for v in q.strip().strip('"').split(",")]
        params.setdefault(key.strip().upper(), []).extend(v.lower() for v in values if v)
    return _Property(number, matched[1].upper(), params, value)


def _text(prop: _Property, who: str = "") -> str:
    """The value of a used property, decoded from its ENCODING and CHARSET.

    Raises:
        _CardLeftOut: when it cannot be decoded.
    """
    encoding = prop.params.get("ENCODING", [])
    charset = (prop.params.get("CHARSET") or [""])[0]
    raw = prop.value
    if "quoted-printable" in encoding:
        data = quopri.decodestring(raw.encode("utf-8", "surrogateescape"))
    elif "b" in encoding or "base64" in encoding:
        try:
            data = base64.b64decode(raw.encode("utf-8", "surrogateescape"))
        except (binascii.Error, ValueError):
            raise _CardLeftOut(prop.line, who, f"the {prop.name} is not valid base64; {AGAIN}") from None
    elif charset or any("\udc80" <= c <= "\udcff" for c in raw):
        data = raw.encode("utf-8", "surrogateescape")
    else:
        return raw
    try:
        return data.decode(charset or "utf-8")
    except LookupError:
        reason = f"the {prop.name} is in an unknown character set {charset!r}. {ADVICE}"
        raise _CardLeftOut(prop.line, who, reason) from None
    except UnicodeDecodeError as exc:
        raise _CardLeftOut(
            prop.line, who, f"this is not {charset.upper() or 'UTF-8'} text (byte 0x{data[exc.start]:02X}). {ADVICE}"
        ) from None


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


def _pending(card: _Card, warnings: list[str]) -> PendingPerson:
    """The person on one card, with warnings for the fields left out of it.

    Raises:
        _CardLeftOut: for a card without a name, with a line that is not a vCard line, or with a used
            field that cannot be decoded.
    """
    person_name = _card_name(card)
    if card.broken is not None:
        raise _CardLeftOut(card.broken[0], person_name, f"{card.broken[1]}; {AGAIN}")
    roles: list[str] = []
    role_props = card.all("ROLE") or card.all("TITLE")
    for prop in role_props:
        for label in re.split(r"\s*[,;]\s*", _unescape(_text(prop, person_name))):
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
        for note_line in _unescape(_text(prop, person_name)).splitlines():
            if found_levels := _LEVELS_NOTE.match(note_line):
                try:
                    levels = parse_levels(found_levels[1])
                except InvalidInputError as exc:
                    warnings.append(f"line {prop.line}: {person_name}: {exc.message} (levels left out)")
            elif found_backup := _BACKUP_NOTE.match(note_line):
                backup = found_backup[1].strip()
            elif note_line.strip():
                notes.append(note_line.strip())
    phones = _usable(card, "TEL", person_name, warnings)
    emails = _usable(card, "EMAIL", person_name, warnings)
    written = "\n".join(notes)
    other_phones = [f"{value} ({label})" if label else value for value, label in phones[1:] if value not in written]
    other_emails = [value for value, _ in emails[1:] if value not in written]
    if other_phones:
        notes.append(f"Other phones: {', '.join(other_phones)}")
    if other_emails:
        notes.append(f"Other e-mails: {', '.join(other_emails)}")
    person = Person(
        id=new_person_id(),
        name=person_name,
        roles=tuple(roles),
        phone=phones[0][0] if phones else "",
        email=emails[0][0] if emails else "",
        levels=levels,
        notes="\n".join(notes),
    )
    return PendingPerson(card.line, person, backup)


def _card_name(card: _Card) -> str:
    formatted = card.first("FN")
    if formatted is not None and _unescape(_text(formatted)).strip():
        return " ".join(_unescape(_text(formatted)).split())
    structured = card.first("N")
    if structured is not None:
        # N is family;given;additional;prefixes;suffixes
        family, given, additional, prefix, suffix = (_components(_text(structured)) + [""] * 5)[:5]
        text = " ".join(part for part in (prefix, given, additional, family, suffix) if part.strip())
        if text.strip():
            return " ".join(text.split())
    org = card.first("ORG")
    what = ""
    if org is not None:  # only to say which card this is: decoded leniently, never imported
        try:
            shown = " ".join(_components(_text(org))).strip()
        except _CardLeftOut:
            shown = _shown(org.value)
        what = f", only the organisation {shown[:60]!r}" if shown else ""
    for kind, label in (("EMAIL", "e-mail"), ("TEL", "phone")):  # else say which card by its contact
        contact = card.first(kind)
        if not what and contact is not None and contact.value.strip():
            what = f", only the {label} {_shown(contact.value.strip())[:60]!r}"
    raise _CardLeftOut(
        card.line,
        "",
        f"this vCard has no name (no FN or N line{what}); give the contact a person's name in the address book "
        "and export again",
    )


def _usable(card: _Card, kind: str, who: str, warnings: list[str]) -> list[tuple[str, str]]:
    """Every usable TEL or EMAIL value with its label, the main one first; the others become warnings.

    A phone's main number is the one answered at night: a mobile (the preferred mobile first), else
    the preferred number, else the first. An e-mail's is the preferred one, else the first.
    """
    ranked: list[tuple[int, int, int, str, str]] = []  # (mobile, pref, index, value, label)
    for index, prop in enumerate(card.all(kind)):
        value = " ".join(_clean_value(prop, who).split())
        if not value:
            continue
        check = Person("-", who, phone=value) if kind == "TEL" else Person("-", who, email=value)
        try:
            check.validate()
        except InvalidInputError:
            what = "the phone number" if kind == "TEL" else "the e-mail address"
            cannot = "cannot be dialled" if kind == "TEL" else "does not look like name@example.org"
            warnings.append(f"line {prop.line}: {who}: {what} {value!r} {cannot} (left out)")
            continue
        types = prop.params.get("TYPE", [])
        pref_values = prop.params.get("PREF", [])
        pref = 0 if "pref" in types else int(pref_values[0]) if pref_values and pref_values[0].isdigit() else 101
        mobile = 0 if kind == "TEL" and _MOBILE.intersection(types) else 1
        label = next((_PHONE_LABELS[t] for t in types if t in _PHONE_LABELS), "") if kind == "TEL" else ""
        if any(value == kept for _, _, _, kept, _ in ranked):
            continue
        ranked.append((mobile, pref, index, value, label))
    return [(value, label) for *_, value, label in sorted(ranked)]


def _clean_value(prop: _Property, who: str) -> str:
    value = _unescape(_text(prop, who)).strip()
    if prop.name == "TEL" and value.lower().startswith("tel:"):
        # vCard 4: tel:+1-555-0100;ext=12
        number, _, params = value[4:].partition(";")
        extension = re.search(r"(?:^|;)ext=([0-9]+)", params)
        value = number + (f" ext {extension[1]}" if extension else "")
    if prop.name == "EMAIL" and value.lower().startswith("mailto:"):
        value = value[7:]
    return value
