"""The crisis log's entries and the hash chain that makes tampering visible.

Each device (one Crisis Room database) keeps one chain: an entry's ``hash`` is the SHA-256 of
its predecessor's hash followed by the canonical JSON of the entry. Logs from several laptops
can later be merged without reordering any chain, and changing, removing or reordering an entry
breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64
MAX_TEXT_LENGTH = 20_000


class Kind(StrEnum):
    """What a log entry records."""

    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    FACT = "fact"
    SEVERITY = "severity"
    STATUS = "status"
    NOTIFICATION = "notification"
    MESSAGE = "message"
    ALERT = "alert"
    DRILL_INJECT = "drill-inject"
    VAULT_ACCESS = "vault-access"
    WIZARD_STEP = "wizard-step"
    CORRECTION = "correction"

    @property
    def label(self) -> str:
        """The kind as people read it ("Drill inject"); translated in the GUI with context "LogKind"."""
        return _KIND_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Kind:
        """Accept a kind by its value, in any case.

        Raises:
            InvalidInputError: naming the accepted kinds.
        """
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInputError(
                f"unknown entry kind {text!r}; choose one of {', '.join(k.value for k in cls)}"
            ) from None


# The kinds a person picks when typing into the log; the others are written by the app itself.
TYPED_KINDS: tuple[Kind, ...] = (Kind.NOTE, Kind.DECISION, Kind.ACTION, Kind.FACT)


_KIND_LABELS = {
    Kind.NOTE: QT_TRANSLATE_NOOP("LogKind", "Note"),
    Kind.DECISION: QT_TRANSLATE_NOOP("LogKind", "Decision"),
    Kind.ACTION: QT_TRANSLATE_NOOP("LogKind", "Action"),
    Kind.FACT: QT_TRANSLATE_NOOP("LogKind", "Fact"),
    Kind.SEVERITY: QT_TRANSLATE_NOOP("LogKind", "Severity"),
    Kind.STATUS: QT_TRANSLATE_NOOP("LogKind", "Status"),
    Kind.NOTIFICATION: QT_TRANSLATE_NOOP("LogKind", "Notification"),
    Kind.MESSAGE: QT_TRANSLATE_NOOP("LogKind", "Message"),
    Kind.ALERT: QT_TRANSLATE_NOOP("LogKind", "Alert"),
    Kind.DRILL_INJECT: QT_TRANSLATE_NOOP("LogKind", "Drill inject"),
    Kind.VAULT_ACCESS: QT_TRANSLATE_NOOP("LogKind", "Vault access"),
    Kind.WIZARD_STEP: QT_TRANSLATE_NOOP("LogKind", "Wizard step"),
    Kind.CORRECTION: QT_TRANSLATE_NOOP("LogKind", "Correction"),
}


@dataclass(frozen=True)
class LogEntry:
    """One entry of the crisis log, exactly as hashed and stored."""

    id: str
    incident_id: str | None  # None: the organisation's part of the log (team, settings)
    device_id: str
    device_seq: int
    recorded_at: str
    occurred_at: str | None
    author: str
    kind: str
    text: str
    payload: dict[str, Any] | None
    corrects: str | None
    prev_hash: str
    hash: str
    signature: str | None = None  # the device's signature of ``hash`` (None: written unsigned)
    # A link of another laptop's chain whose content stays on that laptop (a shared incident's peer,
    # storage/sharing.py): only its place, hashes and signature are here, so its content is not checked.
    withheld: bool = False

    def content(self) -> dict[str, Any]:
        """The fields the hash covers (everything but the hashes themselves)."""
        return {
            "id": self.id,
            "incident_id": self.incident_id,
            "device_id": self.device_id,
            "device_seq": self.device_seq,
            "recorded_at": self.recorded_at,
            "occurred_at": self.occurred_at,
            "author": self.author,
            "kind": self.kind,
            "text": self.text,
            "payload": self.payload,
            "corrects": self.corrects,
        }

    def expected_hash(self) -> str:
        return chain_hash(self.prev_hash, self.content())


def canonical_json(content: dict[str, Any]) -> bytes:
    """The one byte form of an entry that is hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def chain_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """``SHA-256(prev_hash ‖ canonical JSON of the entry)`` as lowercase hex."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(content)).hexdigest()


def clean_text(text: str) -> str:
    """Validate the text of a new entry.

    Raises:
        InvalidInputError: for empty or overlong text.
    """
    text = text.strip()
    if not text:
        raise InvalidInputError("a log entry needs some text")
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInputError(f"a log entry is at most {MAX_TEXT_LENGTH:,} characters")
    return text


def clean_author(author: str) -> str:
    """Validate the author of a new entry.

    Raises:
        InvalidInputError: when no author is given.
    """
    author = " ".join(author.split())
    if not author:
        raise InvalidInputError("say who is writing the entry (an author is required)")
    if len(author) > 120:
        raise InvalidInputError("an author name is at most 120 characters")
    return author


@dataclass(frozen=True)
class ChainBreak:
    """The first entry of a device's chain that does not match."""

    entry_id: str
    device_id: str
    device_seq: int
    reason: str

    def describe(self) -> str:
        return f"entry {self.entry_id} (device {self.device_id[:8]}, #{self.device_seq}): {self.reason}"


def verify_chain(entries: Iterable[LogEntry]) -> Iterator[ChainBreak]:
    """Walk chains and yield the first break of each device.

    ``entries`` must be ordered by device, then by ``device_seq``.
    """
    device: str | None = None
    expected_prev = GENESIS_HASH
    expected_seq = 1
    broken = False
    for entry in entries:
        if entry.device_id != device:
            device, expected_prev, expected_seq, broken = entry.device_id, GENESIS_HASH, 1, False
        if broken:
            continue
        reason = None
        if entry.device_seq != expected_seq:
            reason = f"expected entry #{expected_seq} of this device here; entries are missing or reordered"
        elif entry.prev_hash != expected_prev:
            reason = "its link to the previous entry does not match; an earlier entry was changed or removed"
        elif not entry.withheld and entry.expected_hash() != entry.hash:
            reason = "its content does not match its hash; the entry was changed after it was written"
        if reason:
            broken = True
            yield ChainBreak(entry.id, entry.device_id, entry.device_seq, reason)
            continue
        expected_prev = entry.hash
        expected_seq += 1
