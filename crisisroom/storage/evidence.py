"""``verify``: what the crisis log proves, checked against the file, this computer's record and the backups.

Each finding is one line a comms lead can act on. A *break* is evidence that the log was changed
outside Crisis Room (or damaged); a *note* says what the check could not prove here (a chain
written without a keychain, a computer that has no earlier record of this log). Only breaks fail.

What is checked, in order:

1. The file's own protection: the triggers that refuse changing or deleting entries are present.
2. Every device's hash chain, entry by entry (a changed, removed, reordered or damaged entry).
3. The register of devices: every chain belongs to a registered device whose self-signed record
   is intact, and its unsigned past is bound to it (anchor); entries after the device began
   signing are signed; the newest entry of each chain carries the device's valid signature, which
   through the hash chain covers every entry before it. A registered device with its entries
   gone is missing.
4. Storage order agrees with the signed order (the full-text index walks storage order); the
   mentions each import carries are still the rows it imported (the SHA-256 its entry names).
5. This computer's record of heads (outside the file): no chain shorter than last seen or
   rewritten, none missing, none unknown, no key swapped; a restore made here is told apart.
6. The newest automatic backup: the log still extends every chain the backup holds.
7. Heads someone printed or shared (``--head``): the log still holds exactly those entries.
8. With the keychain: which chains this computer can extend, and whether its key matches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crisisroom.domain.clock import from_iso
from crisisroom.domain.log import GENESIS_HASH, LogEntry
from crisisroom.domain.signing import ClaimedHead, DeviceRecord, Head, entry_signature_valid, public_key_of
from crisisroom.storage import heads, log, mentions, signing
from crisisroom.storage.backups import heads_in, list_backups
from crisisroom.storage.database import Database
from crisisroom.storage.errors import StorageError, translated
from crisisroom.storage.log import walk

BREAK = "break"
NOTE = "note"

# The file's own guards, by name, each of which must still refuse the change it names.
PROTECTIONS = {
    "log_entries_no_update": "changing entries",
    "log_entries_no_delete": "deleting entries",
    "devices_no_update": "changing the register of devices",
    "devices_no_delete": "deleting from the register of devices",
}


@dataclass(frozen=True)
class Finding:
    """One thing verify found, in one line; ``code`` is stable for tools (``--json``)."""

    severity: str
    code: str
    line: str
    device_id: str | None = None
    seq: int | None = None
    entry_id: str | None = None


@dataclass
class Evidence:
    """The outcome of one check of a log."""

    entries: int
    heads: list[Head]
    findings: list[Finding] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)  # what --head and the record positively proved
    incident_id: str | None = None
    incident_entries: int | None = None

    @property
    def breaks(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == BREAK]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == NOTE]

    @property
    def ok(self) -> bool:
        return not self.breaks

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "heads": [
                {"device_id": h.device_id, "seq": h.seq, "hash": h.hash, "fingerprint": h.fingerprint}
                for h in self.heads
            ],
            "breaks": [_finding_json(f) for f in self.breaks],
            "notes": [_finding_json(f) for f in self.notes],
            "confirmed": self.confirmed,
        }


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "message": finding.line,
        "device_id": finding.device_id,
        "device_seq": finding.seq,
        "entry_id": finding.entry_id,
    }


@dataclass
class _Chain:
    count: int = 0
    head: LogEntry | None = None
    first_unsigned_after: int | None = None  # first unsigned entry at or after signed_from
    unsigned_after: int = 0
    last_signed: LogEntry | None = None


def examine(
    database: Database,
    *,
    record: heads.Record | bool | None = True,
    backup: Path | bool | None = True,
    claimed: Sequence[ClaimedHead] = (),
    keys: signing.KeySource | None = None,
    incident_id: str | None = None,
    carried: bool = True,
) -> Evidence:
    """Check a log. ``record=True``/``backup=True`` look up this computer's record and newest backup;
    pass False (or a record / path) to skip or choose them; ``carried=False`` skips the digest of
    every imported mention (about 0.1 s per 100,000), for a check repeated after each change;
    ``keys`` also checks what this computer can extend. All reads come from one snapshot of the file.
    """
    begun = not database.conn.in_transaction
    if begun:
        database.conn.execute("BEGIN")  # a read snapshot: every check below sees the same entries
    try:
        return _examine(database, record, backup, list(claimed), keys, incident_id, carried)
    finally:
        if begun:
            database.conn.execute("COMMIT")


def _examine(
    database: Database,
    record_arg: heads.Record | bool | None,
    backup_arg: Path | bool | None,
    claimed: list[ClaimedHead],
    keys: signing.KeySource | None,
    incident_id: str | None,
    carried: bool = True,
) -> Evidence:
    conn = database.conn
    findings: list[Finding] = []
    names = _Names(database.device_id)
    with translated(database.path):
        findings.extend(_protections(conn))
        devices = {r.device_id: r for r in _register(conn)}
        chains: dict[str, _Chain] = {}

        def observe(entry: LogEntry) -> None:
            chain = chains.setdefault(entry.device_id, _Chain())
            chain.count += 1
            chain.head = entry
            start = devices[entry.device_id].signed_from if entry.device_id in devices else None
            if entry.signature:
                chain.last_signed = entry
            elif start is not None and entry.device_seq >= start:
                chain.unsigned_after += 1
                if chain.first_unsigned_after is None:
                    chain.first_unsigned_after = entry.device_seq

        total, chain_breaks = walk(database, observe)
        for device_id in sorted(chain_breaks):
            b = chain_breaks[device_id]
            findings.append(
                Finding(
                    BREAK,
                    "chain",
                    f"{names.of(device_id, capital=True)} entry #{b.device_seq} (id {b.entry_id}): {b.reason}",
                    device_id,
                    b.device_seq,
                    b.entry_id,
                )
            )
        live = {d: c.head for d, c in chains.items() if c.head is not None}
        findings.extend(_check_register(conn, devices, chains, chain_breaks, names))
        findings.extend(_check_order(conn, names))
        if carried:
            findings.extend(_check_carried(conn))
        head_list = [Head(d, e.device_seq, e.hash) for d, e in sorted(live.items(), key=lambda kv: kv[1].recorded_at)]
        evidence = Evidence(total, head_list, findings)
        log_id = heads.file_id(database)
        record = (heads.load(log_id) if log_id else None) if record_arg is True else (record_arg or None)
        restores = record.restores if record and not record.damaged else []
        if record_arg is not False:
            findings.extend(_check_record(conn, record, live, devices, restores, names, evidence))
        if backup_arg is True:
            found = list_backups(database.path)
            backup = found[0] if found else None
        else:
            backup = backup_arg or None
        if backup is not None:
            findings.extend(_check_backup(conn, backup, live, restores, names))
        for claim in claimed:
            findings.extend(_check_claim(conn, claim, live, names, evidence))
        if keys is not None:
            findings.extend(_check_keys(database, keys, devices, live, names))
        if incident_id is not None:
            evidence.incident_id = incident_id
            evidence.incident_entries = int(
                conn.execute("SELECT count(*) FROM log_entries WHERE incident_id = ?", (incident_id,)).fetchone()[0]
            )
    return evidence


class _Names:
    """How a device is named in a finding: this laptop, or another by the start of its id."""

    def __init__(self, own: str) -> None:
        self.own = own

    def of(self, device_id: str, *, capital: bool = False) -> str:
        if device_id == self.own:
            return "This laptop's" if capital else "this laptop's"
        return f"{'Laptop' if capital else 'laptop'} {device_id.replace('-', '')[:8]}'s"

    def plain(self, device_id: str) -> str:
        return "this laptop" if device_id == self.own else f"laptop {device_id.replace('-', '')[:8]}"


def _protections(conn: sqlite3.Connection) -> list[Finding]:
    present = {
        str(name): str(sql or "")
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
    }
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    found = []
    for name, what in PROTECTIONS.items():
        if name.startswith("devices") and "devices" not in tables:
            continue
        sql = present.get(name)
        if sql is None or "RAISE(ABORT" not in sql.upper().replace(" ", ""):
            found.append(
                Finding(
                    BREAK,
                    "protection-removed",
                    f"The file's guard against {what} was removed ({name}): someone worked on this file "
                    "outside Crisis Room",
                )
            )
    return found


def _register(conn: sqlite3.Connection) -> list[DeviceRecord]:
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return signing.register(conn) if "devices" in tables else []


def _hash_at(conn: sqlite3.Connection, device_id: str, seq: int) -> str | None:
    if seq == 0:
        return GENESIS_HASH
    return log.hash_at(conn, device_id, seq)


def _check_register(
    conn: sqlite3.Connection,
    devices: dict[str, DeviceRecord],
    chains: dict[str, _Chain],
    chain_breaks: dict[str, Any],
    names: _Names,
) -> list[Finding]:
    found: list[Finding] = []
    # A laptop of a shared incident registers its key when it starts or joins, maybe before it writes.
    team = _team_laptops_of(conn)
    for device_id, record in devices.items():
        who = names.of(device_id, capital=True)
        if not record.signature_valid():
            found.append(
                Finding(
                    BREAK,
                    "register-forged",
                    f"{who} entry in the register of devices does not carry its own valid signature: "
                    "it was written or changed outside Crisis Room",
                    device_id,
                )
            )
            continue
        chain = chains.get(device_id)
        followed = record.follows_device
        if followed and record.follows_seq and _hash_at(conn, followed, record.follows_seq) != record.follows_hash:
            found.append(
                Finding(
                    BREAK,
                    "link-broken",
                    f"{who} chain continues {names.plain(followed)}'s from entry #{record.follows_seq}, "
                    "but that entry is gone or different",
                    device_id,
                )
            )
        if chain is None:
            # Only a device started by a restore is registered before its first entry; every other
            # registration is saved together with the entry that needed it (or is a team laptop's).
            restored = record.signed_from == 1 and record.reason.startswith(signing.RESTORED)
            if not restored and device_id not in team:
                found.append(
                    Finding(BREAK, "chain-missing", f"All of {names.plain(device_id)}'s entries are gone", device_id)
                )
            continue
        if device_id in chain_breaks:
            continue  # its first break is already named
        if record.signed_from > 1 and _hash_at(conn, device_id, record.signed_from - 1) != record.anchor_hash:
            found.append(
                Finding(
                    BREAK,
                    "anchor",
                    f"{who} entries up to #{record.signed_from - 1}, written before it signed entries, "
                    "were changed since",
                    device_id,
                    record.signed_from - 1,
                )
            )
            continue
        head = chain.head
        assert head is not None
        if head.device_seq < record.signed_from:
            continue  # registered, but no signed entry yet (a key made, then the entry rolled back)
        if chain.first_unsigned_after is not None:
            last = head.device_seq
            span = (
                f"entry #{chain.first_unsigned_after} carries"
                if chain.unsigned_after == 1
                else f"{chain.unsigned_after} entries from #{chain.first_unsigned_after} to #{last} carry"
            )
            found.append(
                Finding(
                    BREAK,
                    "unsigned",
                    f"{who} {span} no signature: added by someone without its key, "
                    "or written while its keychain could not be used",
                    device_id,
                    chain.first_unsigned_after,
                )
            )
            continue
        if not entry_signature_valid(record.public_key, head.hash, head.signature):
            found.append(
                Finding(
                    BREAK,
                    "signature",
                    f"{who} newest entry #{head.device_seq} does not carry its valid signature: the chain "
                    "was rewritten by someone without its key",
                    device_id,
                    head.device_seq,
                    head.id,
                )
            )
    for device_id, chain in chains.items():
        if device_id in devices or chain.head is None:
            continue
        if chain.last_signed is not None:
            found.append(
                Finding(
                    BREAK,
                    "unknown-device",
                    f"{names.plain(device_id).capitalize()}'s {chain.count} signed entries come from a device "
                    "that is not in the register: they were added outside Crisis Room",
                    device_id,
                )
            )
        else:
            found.append(
                Finding(
                    NOTE,
                    "unsigned-device",
                    f"{names.of(device_id, capital=True)} {chain.count} entries are hash-chained but not signed "
                    "(written before signing, or with no keychain): they show accidental damage, "
                    "not a deliberate rewrite",
                    device_id,
                )
            )
    return found


def _check_order(conn: sqlite3.Connection, names: _Names) -> list[Finding]:
    # An entry a shared incident's peer first sent as a link and later in full (through another share)
    # is stored when it arrives, after its successors: it is left out of this check.
    arrived_late = (
        " WHERE NOT EXISTS (SELECT 1 FROM log_links l WHERE l.device_id = e.device_id AND l.device_seq = e.device_seq)"
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_links'").fetchone()
        else ""
    )
    row = conn.execute(
        "SELECT device_id, device_seq FROM ("
        " SELECT device_id, device_seq, seq, lag(seq) OVER (PARTITION BY device_id ORDER BY device_seq) AS before"
        f" FROM log_entries e{arrived_late}) WHERE before > seq LIMIT 1"
    ).fetchone()
    if row is None:
        return []
    return [
        Finding(
            BREAK,
            "order",
            f"{names.of(row[0], capital=True)} entry #{row[1]} was moved in the file's storage order "
            "(the log is shown in its signed order, but someone renumbered rows outside Crisis Room)",
            row[0],
            int(row[1]),
        )
    ]


def _check_carried(conn: sqlite3.Connection) -> list[Finding]:
    """Mention rows changed, added or removed behind the log's back: an import's rows no longer match its digest."""
    found = []
    for changed in mentions.changed_batches(conn):
        how = (
            f"{changed.recorded:,} were imported, {changed.found:,} are there now"
            if changed.recorded != changed.found
            else "their rows no longer match the SHA-256 the import recorded"
        )
        line = f"The mentions imported from {changed.source} were changed outside Crisis Room: {how}"
        line += f" (entry {changed.entry_id})"
        found.append(Finding(BREAK, "carried-rows", line, entry_id=changed.entry_id))
    return found


def _restored_to(
    restores: list[heads.Restore], device_id: str, live_seq: int, live_hash: str | None
) -> heads.Restore | None:
    """The restore made here that took this chain back to exactly where it is now, if any."""
    for restore in reversed(restores):
        after = restore.after.get(device_id)
        if (after is None and live_seq == 0) or (after is not None and after == (live_seq, live_hash)):
            return restore
    return None


def _when(text: str) -> str:
    try:
        return from_iso(text).strftime("%d %b %Y %H:%M UTC")
    except ValueError:
        return text


def _check_record(
    conn: sqlite3.Connection,
    record: heads.Record | None,
    live: dict[str, LogEntry],
    devices: dict[str, DeviceRecord],
    restores: list[heads.Restore],
    names: _Names,
    evidence: Evidence,
) -> list[Finding]:
    if record is None:
        return [
            Finding(
                NOTE,
                "no-record",
                "This computer has no earlier record of this log (a new computer, or a copy opened here for "
                "the first time): entries cut off its end or an older copy put back cannot be told here",
            )
        ]
    if record.damaged:
        return [
            Finding(BREAK, "record-damaged", f"This computer's record of the log's heads is damaged: {record.damaged}")
        ]
    found: list[Finding] = []
    for device_id, known in record.devices.items():
        entry = live.get(device_id)
        live_seq = entry.device_seq if entry else 0
        who = names.plain(device_id)
        if live_seq < known.seq:
            restore = _restored_to(restores, device_id, live_seq, entry.hash if entry else None)
            first = live_seq + 1
            span = f"#{first}" if first == known.seq else f"#{first} to #{known.seq}"
            plural = first != known.seq
            if restore is not None:
                found.append(
                    Finding(
                        NOTE,
                        "restored",
                        f"Restored on {_when(restore.at)} from {restore.backup}: {who}'s "
                        f"{'entries' if plural else 'entry'} {span} {'were' if plural else 'was'} not in that "
                        "backup (the copy saved before the restore holds them)",
                        device_id,
                    )
                )
                continue
            if entry is None:
                line = (
                    f"All of {who}'s entries (#1 to #{known.seq}) are gone from the file: this computer last "
                    f"saw them on {_when(known.seen_at)}"
                )
                found.append(Finding(BREAK, "chain-missing", line, device_id))
            else:
                line = (
                    f"{'Entries' if plural else 'Entry'} {span} of {who} {'are' if plural else 'is'} missing: "
                    "the log was cut back or an older copy was put in its place "
                    f"(this computer saw #{known.seq} on {_when(known.seen_at)})"
                )
                found.append(Finding(BREAK, "rolled-back", line, device_id, first))
            continue
        if _hash_at(conn, device_id, known.seq) != known.hash:
            found.append(
                Finding(
                    BREAK,
                    "rewritten",
                    f"{who.capitalize()}'s entry #{known.seq} is not the one this computer recorded on "
                    f"{_when(known.seen_at)}: the log was rewritten from there on",
                    device_id,
                    known.seq,
                )
            )
            continue
        registered = devices.get(device_id)
        if known.public_key and registered is not None and registered.public_key != known.public_key:
            found.append(
                Finding(
                    BREAK,
                    "key-swapped",
                    f"{who.capitalize()}'s key in the register is not the one this computer recorded: "
                    "its chain was re-signed by someone else",
                    device_id,
                )
            )
            continue
        evidence.confirmed.append(f"{who} extends this computer's record (entry #{known.seq})")
    for device_id, entry in live.items():
        if device_id in record.devices:
            continue
        if any(device_id in r.after for r in restores):
            continue
        found.append(
            Finding(
                BREAK,
                "unknown-chain",
                f"{names.plain(device_id).capitalize()}'s {entry.device_seq} entries were never written or seen on "
                "this computer: the chain was added to the file from outside",
                device_id,
            )
        )
    return found


def _check_backup(
    conn: sqlite3.Connection, backup: Path, live: dict[str, LogEntry], restores: list[heads.Restore], names: _Names
) -> list[Finding]:
    try:
        backed = {head.device_id: (head.seq, head.hash) for head in heads_in(backup)}
    except (OSError, StorageError, sqlite3.Error) as exc:
        return [Finding(NOTE, "backup-unreadable", f"The newest backup ({backup.name}) could not be read: {exc}")]
    found: list[Finding] = []
    for device_id, (seq, digest) in backed.items():
        entry = live.get(device_id)
        have = _hash_at(conn, device_id, seq) if entry is not None and entry.device_seq >= seq else None
        if have == digest:
            continue
        restore = _restored_to(restores, device_id, entry.device_seq if entry else 0, entry.hash if entry else None)
        if restore is not None:
            continue  # what the restore left behind is named once, by the record
        who = names.plain(device_id)
        if entry is None or entry.device_seq < seq:
            line = (
                f"The backup {backup.name} holds {who}'s entries up to #{seq}, but the log now ends at "
                f"#{entry.device_seq if entry else 0}: entries were cut off or an older copy was put back"
            )
        else:
            line = (
                f"{who.capitalize()}'s entry #{seq} differs from the one in the backup {backup.name}: "
                "the log was rewritten"
            )
        found.append(Finding(BREAK, "backup-ahead", line, device_id, seq))
    return found


def _check_claim(
    conn: sqlite3.Connection, claim: ClaimedHead, live: dict[str, LogEntry], names: _Names, evidence: Evidence
) -> list[Finding]:
    matches = [d for d in live if d.replace("-", "").startswith(claim.device_prefix)]
    if not matches:
        return [
            Finding(
                BREAK,
                "head-missing",
                f"The head {claim.text} names a device with no entries in this log: its chain is gone, or the "
                "head belongs to another log",
            )
        ]
    device_id = matches[0]
    entry = live[device_id]
    digest = _hash_at(conn, device_id, claim.seq)
    who = names.plain(device_id)
    if digest is None:
        return [
            Finding(
                BREAK,
                "head-missing",
                f"The head {claim.text} names {who}'s entry #{claim.seq}, but the log ends at #{entry.device_seq}: "
                "entries printed or shared before were removed",
                device_id,
                claim.seq,
            )
        ]
    if not digest.startswith(claim.hash_prefix):
        return [
            Finding(
                BREAK,
                "head-differs",
                f"The head {claim.text} does not match: {who}'s entry #{claim.seq} (or one before it) was changed "
                "after the head was printed or shared",
                device_id,
                claim.seq,
            )
        ]
    added = entry.device_seq - claim.seq
    evidence.confirmed.append(
        f"The log still extends the head {claim.text}: {who}'s entry #{claim.seq} and everything before it "
        f"are unchanged, and {added} {'entry was' if added == 1 else 'entries were'} added after it"
    )
    return []


def _team_laptops(database: Database) -> set[str]:
    """The devices of the laptops this file shares an incident with (storage/sharing.py), this one's too."""
    return _team_laptops_of(database.conn)


def _team_laptops_of(conn: sqlite3.Connection) -> set[str]:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'share_laptops'").fetchone() is None:
        return set()
    return {
        str(row[0]) for row in conn.execute("SELECT device_id FROM share_laptops UNION SELECT device_id FROM shares")
    }


def _check_keys(
    database: Database,
    keys: signing.KeySource,
    devices: dict[str, DeviceRecord],
    live: dict[str, LogEntry],
    names: _Names,
) -> list[Finding]:
    found: list[Finding] = []
    team = _team_laptops(database)
    for device_id, record in devices.items():
        if device_id in team and device_id != database.device_id:
            continue  # another laptop of a shared incident's team: its key is in its own keychain
        try:
            key = keys.load(device_id)
        except Exception as exc:
            return [
                Finding(
                    NOTE,
                    "keychain-unavailable",
                    f"The keychain could not be read ({exc}): the log was checked with the public keys in the "
                    "file only",
                )
            ]
        if key is None:
            if device_id in live:
                found.append(
                    Finding(
                        NOTE,
                        "cannot-extend",
                        f"{names.plain(device_id).capitalize()}'s chain was checked with its public key; its own "
                        "key is not on this computer, so new entries here start a new chain that follows it",
                        device_id,
                    )
                )
            continue
        if public_key_of(key) != record.public_key:
            found.append(
                Finding(
                    BREAK,
                    "key-swapped",
                    f"{names.plain(device_id).capitalize()}'s key in the register is not the key this "
                    "computer's keychain holds for it: its chain was re-signed by someone else",
                    device_id,
                )
            )
    return found
