"""Offline ways to tell the crisis team: a ``mailto:`` link, an ``.eml`` draft, a call sheet.

Nothing here sends mail or touches the network. A ``mailto:`` URL hands the message to the
person's own mail program; an ``.eml`` file is a draft any mail program opens (``X-Unsent: 1``
makes Outlook and Thunderbird open it ready to send), which also works when the mail program is
not set up on this laptop or the message is too long for a link; a call sheet is the list to ring
down when e-mail is the wrong channel. The GUI adds the clipboard and the printer
(``gui/notify_actions.py``, ``gui/call_sheet.py``).
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import quote

from crisisroom.domain.chain import Chain
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person, backup_of, chain_for_level, role
from crisisroom.system.files import write_atomically

# Windows hands a URL to the mail program through a command line of at most about 2,000
# characters in some set-ups; longer links are still built whole, and the GUI can offer the .eml
# draft instead when a link passes this length.
MAILTO_PRACTICAL_LENGTH = 2_000

_ADDRESS = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")
# RFC 6068: in the address list, '@' and the unreserved characters stay as they are; the rest
# (including ',' which separates addresses, '?', '&' and '%') is percent-encoded.
_ADDRESS_SAFE = "@!$'*+.-_~"


@dataclass(frozen=True)
class Recipient:
    """Someone to write to.

    Attributes:
        name: the display name (may be empty).
        email: the address.
    """

    name: str
    email: str

    def formatted(self) -> str:
        """``"Maya Lindqvist <maya@example.com>"``, quoted as RFC 5322 needs."""
        return str(self.address())

    def address(self) -> Address:
        local, _, domain = self.email.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)


def recipients(people: Iterable[Person]) -> list[Recipient]:
    """The people who have an e-mail address, as recipients, in the order given.

    People without an address are left out; :func:`without_email` names them, so the GUI can say
    who must be phoned instead.
    """
    return [Recipient(p.name, p.email) for p in people if p.email]


def without_email(people: Iterable[Person]) -> list[Person]:
    """The people who cannot be written to (no e-mail address on the roster)."""
    return [p for p in people if not p.email]


def _addresses(to: Sequence[Recipient | str]) -> list[Recipient]:
    """Recipients checked and without repeats (the same address twice is one message)."""
    result: list[Recipient] = []
    seen: set[str] = set()
    for item in to:
        recipient = item if isinstance(item, Recipient) else Recipient("", item)
        address = recipient.email.strip()
        if not _ADDRESS.match(address):
            raise InvalidInputError(f"{address!r} is not an e-mail address like name@example.org")
        if address.casefold() not in seen:
            seen.add(address.casefold())
            result.append(Recipient(" ".join(recipient.name.split()), address))
    return result


def _one_line(subject: str) -> str:
    """A subject is one line: newlines in a header would let text forge other headers."""
    return " ".join(subject.split())


def _crlf(body: str) -> str:
    return body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto_url(to: Sequence[Recipient | str], subject: str, body: str, *, cc: Sequence[Recipient | str] = ()) -> str:
    """A ``mailto:`` URL (RFC 6068) for a message to several people, percent-encoded as UTF-8.

    Display names are left out (RFC 6068 allows bare addresses only); line breaks in the body are
    sent as ``%0D%0A``; spaces are ``%20``, never ``+``. The URL is never shortened: compare its
    length with :data:`MAILTO_PRACTICAL_LENGTH` to decide whether to offer the ``.eml`` draft.

    Args:
        to: recipients or bare addresses (at least one).
        subject: one line; newlines are folded into spaces.
        body: plain text.
        cc: more recipients, copied.

    Raises:
        InvalidInputError: no recipient, or something that is not an e-mail address.
    """
    main = _addresses(to)
    if not main:
        raise InvalidInputError("nobody to write to: nobody on this list has an e-mail address")
    copied = [r for r in _addresses(cc) if r.email.casefold() not in {m.email.casefold() for m in main}]
    query = []
    if copied:
        query.append("cc=" + ",".join(quote(r.email, safe=_ADDRESS_SAFE) for r in copied))
    if subject.strip():
        query.append("subject=" + quote(_one_line(subject), safe=""))
    if body:
        query.append("body=" + quote(_crlf(body), safe=""))
    url = "mailto:" + ",".join(quote(r.email, safe=_ADDRESS_SAFE) for r in main)
    return url + ("?" + "&".join(query) if query else "")


def eml_draft(
    to: Sequence[Recipient | str],
    subject: str,
    body: str,
    *,
    cc: Sequence[Recipient | str] = (),
    sender: Recipient | None = None,
    date: datetime | None = None,
) -> bytes:
    """An RFC 5322 message, UTF-8 plain text, marked as an unsent draft.

    Args:
        to: recipients or bare addresses (at least one).
        subject: one line; newlines are folded into spaces.
        body: plain text.
        cc: more recipients, copied.
        sender: the From line; left out by default so the mail program fills in its own account.
        date: the Date header (default: now, in this computer's time zone).

    Raises:
        InvalidInputError: no recipient, or something that is not an e-mail address.
    """
    main = _addresses(to)
    if not main:
        raise InvalidInputError("nobody to write to: nobody on this list has an e-mail address")
    # Non-ASCII headers as RFC 2047 encoded words (what every mail program reads), CRLF line ends.
    message = EmailMessage(policy=email.policy.default.clone(linesep="\r\n"))
    if sender is not None:
        message["From"] = _addresses([sender])[0].address()
    message["To"] = [r.address() for r in main]
    copied = _addresses(cc)
    if copied:
        message["Cc"] = [r.address() for r in copied]
    message["Subject"] = _one_line(subject)
    message["Date"] = format_datetime(date or datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain="crisisroom.invalid")
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open the file as a draft to send
    # Quoted-printable keeps the file 7-bit (any program, any transfer) and plain text readable.
    message.set_content(_crlf(body).replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def write_eml(
    path: Path,
    to: Sequence[Recipient | str],
    subject: str,
    body: str,
    *,
    cc: Sequence[Recipient | str] = (),
    sender: Recipient | None = None,
) -> None:
    """Write :func:`eml_draft` to ``path``, whole or not at all, for the mail program to open.

    Raises:
        InvalidInputError: as :func:`eml_draft`.
        UserError: the file cannot be written.
    """
    write_atomically(Path(path), eml_draft(to, subject, body, cc=cc, sender=sender), what="the draft")


def draft_file_name(subject: str) -> str:
    """A safe file name for a draft: ``"Level 4 alert - Outage.eml"`` (no path separators or oddities)."""
    cleaned = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", _one_line(subject)).split()).strip(" .")
    return f"{cleaned[:80].rstrip(' .') or 'Crisis alert'}.eml"


# --- The call sheet ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CallSheetRow:
    """One line of a call sheet: whom to ring, as whom, and who to try next.

    Attributes:
        name: the person called.
        role: their roles, as labels (``"Spokesperson, PR / media officer"``), or empty.
        phone: their number, or empty.
        backup: the backup's name, or empty.
        backup_phone: the backup's number, or empty.
        person_id: the roster id, for views that record who was reached.
    """

    name: str
    role: str
    phone: str
    backup: str
    backup_phone: str
    person_id: str = ""


def call_sheet(people: Sequence[Person], level: int) -> list[CallSheetRow]:
    """The call sheet for a severity level by the roster's own levels, with each person's backup.

    Raises:
        InvalidInputError: for a level outside 1 to 5.
    """
    return [_row(person, backup_of(person, people)) for person in chain_for_level(people, level)]


def chain_call_sheet(chain: Chain) -> list[CallSheetRow]:
    """The call sheet of an incident's chain of command (its crisis type and level), with backups."""
    return [_row(call.person, call.backup) for call in chain.calls]


def _row(person: Person, backup: Person | None) -> CallSheetRow:
    return CallSheetRow(
        name=person.name,
        role=", ".join(role(k).label for k in person.roles),
        phone=person.phone,
        backup=backup.name if backup else "",
        backup_phone=backup.phone if backup else "",
        person_id=person.id,
    )


def call_sheet_text(rows: Sequence[CallSheetRow], title: str = "") -> str:
    """The call sheet as plain text with aligned columns, for the clipboard or a chat message."""
    header = ("Name", "Role", "Phone", "Backup", "Backup phone")
    table = [header, *[(r.name, r.role or "—", r.phone or "—", r.backup or "—", r.backup_phone or "—") for r in rows]]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in table]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if not rows:
        lines.append("(nobody is called at this level)")
    return "\n".join(([title, ""] if title else []) + lines) + "\n"
