"""Which key signs this process's entries: the device key from the keychain, and the register of devices.

On the first entry a process writes, the device's key is looked up in the keychain (once per
process; the window keeps it for its life):

- no register entry yet (a new file, a file from before signing, or a computer that had no
  keychain until now): a key is made, kept in the keychain, and the device is registered, its
  earlier unsigned entries bound to the register through the hash of the last of them;
- registered, and the keychain holds its key: entries are signed with it;
- registered, but the keychain has no key for it (the file was moved to a new computer, or the
  keychain was reset): this computer cannot extend that chain. It continues as a new device with
  a key of its own, registered as following the old chain from its head, so the story stays one;
- the keychain cannot be asked (locked, missing, failing): entries are still written, unsigned
  (a crisis log must never refuse a note at 2 a.m.), and verify names them; it is asked again a
  minute later.
"""

from __future__ import annotations

import functools
import sqlite3
import time
import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from crisisroom.domain.clock import now_iso
from crisisroom.domain.log import GENESIS_HASH
from crisisroom.domain.signing import DeviceRecord, new_private_key, public_key_of, sign_device
from crisisroom.storage.database import Database

RETRY_SECONDS = 60.0

# Why a device was registered (stored); verify words them for people.
NEW = "new"
SIGNING_BEGINS = "signing-begins"
KEY_MISSING = "key-missing"
KEY_MISMATCH = "key-mismatch"
RESTORED = "restored"


class KeySource(Protocol):
    """Where device keys live (the keychain; a dict in fast tests)."""

    def load(self, device_id: str) -> bytes | None: ...

    def store(self, device_id: str, private_key: bytes) -> None: ...


class KeyUnavailable(Exception):
    """The key source cannot be used (KeySource implementations raise it or DeviceKeyError)."""


@dataclass(frozen=True)
class Signer:
    """What this process signs with: its device, and the key (None, with the reason, when it cannot sign)."""

    device_id: str
    key: bytes | None
    problem: str | None
    checked_at: float

    @property
    def public_key(self) -> str | None:
        return None if self.key is None else _public_key(self.key)


def key_source(database: Database) -> KeySource:
    """The database's key source: the one set on it, else the operating system's keychain."""
    root = database.root
    if root.keys is None:
        from crisisroom.secrets.device_keys import DeviceKeys

        root.keys = DeviceKeys()
    return root.keys  # type: ignore[no-any-return]


def cached_signer(database: Database) -> Signer | None:
    """This process's signer when it is set up and fresh (no keychain, no transaction), else None."""
    state: Signer | None = database.root.signer
    fresh = state is not None and (state.key is not None or time.monotonic() - state.checked_at < RETRY_SECONDS)
    return state if state is not None and fresh and state.device_id == database.device_id else None


def signer(database: Database, conn: sqlite3.Connection) -> Signer:
    """This process's signer, set up inside the caller's write transaction on first use."""
    root = database.root
    state = cached_signer(database)
    if state is not None:
        return state
    before = conn.total_changes
    state = _resolve(database, conn)
    _settle(database, conn, before)
    root.signer = state
    return state


def _settle(database: Database, conn: sqlite3.Connection, before: int) -> None:
    """A registration (or a new device) written in this transaction is only kept if it commits."""
    if conn.total_changes == before:
        return
    root = database.root
    root.signer_pending = True
    database.after_commit(lambda: setattr(root, "signer_pending", False))


def take_over(database: Database, conn: sqlite3.Connection, reason: str, note: str = "") -> Signer:
    """Continue as a new device that follows the current one (after a restore): a new key and id.

    The old chain is left as it was; the new device's register entry names its head.
    """
    before = conn.total_changes
    state = _start_device(database, conn, reason, follows=database.device_id, note=note)
    _settle(database, conn, before)
    database.root.signer = state
    return state


def registered(conn: sqlite3.Connection, device_id: str) -> DeviceRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    return None if row is None else DeviceRecord(*row)


def register(conn: sqlite3.Connection) -> list[DeviceRecord]:
    """Every registered device, in the order they were registered."""
    return [DeviceRecord(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM devices ORDER BY rowid")]


@functools.lru_cache(maxsize=4)
def _public_key(key: bytes) -> str:
    return public_key_of(key)


_COLUMNS = (
    "device_id, public_key, signed_from, anchor_hash, registered_at, reason, "
    "follows_device, follows_seq, follows_hash, signature"
)


def _resolve(database: Database, conn: sqlite3.Connection) -> Signer:
    device_id = database.device_id
    keys = key_source(database)
    record = registered(conn, device_id)
    try:
        key = keys.load(device_id)
    except Exception as exc:  # the keychain's failures arrive as DeviceKeyError (or a test source's own)
        return _unsigned(device_id, exc)
    if record is None:
        if key is None:
            key = new_private_key()
            try:
                keys.store(device_id, key)
            except Exception as exc:
                return _unsigned(device_id, exc)
        head = _head(conn, device_id)
        _insert(conn, device_id, key, reason=NEW if head is None else SIGNING_BEGINS, head=head)
        return Signer(device_id, key, None, time.monotonic())
    if key is not None and public_key_of(key) == record.public_key:
        return Signer(device_id, key, None, time.monotonic())
    return _start_device(database, conn, KEY_MISSING if key is None else KEY_MISMATCH, follows=device_id)


def _start_device(database: Database, conn: sqlite3.Connection, reason: str, *, follows: str, note: str = "") -> Signer:
    new_id = str(uuid.uuid4())
    key: bytes | None = new_private_key()
    problem = None
    try:
        key_source(database).store(new_id, key)  # type: ignore[arg-type]
    except Exception as exc:
        # Still a new chain (never a second content for the old one's numbers), unsigned until a
        # keychain can be used; verify names it.
        key, problem = None, str(exc) or type(exc).__name__
    if key is not None:
        _insert(conn, new_id, key, reason=reason, head=None, follows=(follows, _head(conn, follows)), note=note)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (new_id,))
    database.device_id = new_id
    return Signer(new_id, key, problem, time.monotonic())


def _unsigned(device_id: str, exc: Exception) -> Signer:
    return Signer(device_id, None, str(exc) or type(exc).__name__, time.monotonic())


def _head(conn: sqlite3.Connection, device_id: str) -> tuple[int, str] | None:
    row = conn.execute(
        "SELECT device_seq, hash FROM log_entries WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _insert(
    conn: sqlite3.Connection,
    device_id: str,
    key: bytes,
    *,
    reason: str,
    head: tuple[int, str] | None,
    follows: tuple[str, tuple[int, str] | None] | None = None,
    note: str = "",
) -> None:
    followed, followed_head = follows if follows is not None else (None, None)
    record = sign_device(
        key,
        DeviceRecord(
            device_id=device_id,
            public_key=public_key_of(key),
            signed_from=(head[0] + 1) if head else 1,
            anchor_hash=head[1] if head else GENESIS_HASH,
            registered_at=now_iso(),  # the real time: a registration is never part of a story
            reason=f"{reason}: {note}" if note else reason,
            follows_device=followed,
            follows_seq=followed_head[0] if followed_head else None,
            follows_hash=followed_head[1] if followed_head else None,
            signature="",
        ),
    )
    values: tuple[Any, ...] = tuple(record.__dict__[name.strip()] for name in _COLUMNS.split(","))
    conn.execute(f"INSERT INTO devices ({_COLUMNS}) VALUES ({', '.join('?' * len(values))})", values)
