"""This computer's record of each log's heads, kept outside the database file.

After every commit that adds an entry, the device's newest (entry number, hash) is written to
``<config>/heads/<file id>.json`` (a temporary file renamed into place, so a crash leaves the old
record or the new one, never half of one). Someone who has the database file but not this
computer's config folder can cut entries off the end, or put an older copy back, without any hash
or signature in the file noticing; ``verify`` compares the file with this record and names what is
missing.

The record only ever lags (a crash between the commit and the rename): a log ahead of its record is
normal, a log behind it is not. Devices are added to it only when they write here, or when the
record is first made (the devices already in the file then are taken as they are); a chain that
appears later from nowhere is reported. A restore is written here too, so that going back to a
backup on purpose is told apart from a copy put back behind the app's back.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import weakref
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from crisisroom.domain.clock import now_iso
from crisisroom.domain.signing import Head
from crisisroom.storage.database import Database
from crisisroom.system import paths

_lock = threading.Lock()  # the window's worker threads write through siblings of one connection
# Each open writer's record, after its first write (see note_head).
_cache: weakref.WeakKeyDictionary[Database, tuple[str, Record]] = weakref.WeakKeyDictionary()


@dataclass
class KnownHead:
    seq: int
    hash: str
    public_key: str | None
    seen_at: str


@dataclass
class Restore:
    """A restore made here: each device's head before it, and the entry it went back to (0: none)."""

    at: str
    backup: str
    before: dict[str, tuple[int, str]]
    after: dict[str, tuple[int, str]]


@dataclass
class Record:
    created_at: str
    devices: dict[str, KnownHead] = field(default_factory=dict)
    restores: list[Restore] = field(default_factory=list)
    damaged: str | None = None


def file_id(database: Database) -> str | None:
    """The log's own id (``meta.file_id``), the same in every copy and backup of it."""
    row = database.conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()
    return None if row is None else str(row[0])


def record_path(log_id: str) -> Path:
    return paths.config_dir() / "heads" / f"{log_id}.json"


def load(log_id: str) -> Record | None:
    """The record for a log, or None when this computer has none; a damaged record says so."""
    path = record_path(log_id)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Record(
            created_at=raw["created_at"],
            devices={d: KnownHead(**h) for d, h in raw["devices"].items()},
            restores=[
                Restore(
                    r["at"],
                    r["backup"],
                    {d: (int(v[0]), str(v[1])) for d, v in r["before"].items()},
                    {d: (int(v[0]), str(v[1])) for d, v in r["after"].items()},
                )
                for r in raw.get("restores", [])
            ],
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Record(created_at="", damaged=f"{path} cannot be read ({type(exc).__name__})")


def note_head(
    database: Database,
    device_id: str,
    seq: int,
    entry_hash: str,
    public_key: str | None,
    prev_hash: str | None = None,
) -> None:
    """Record a device's new head after its commit (a first record takes every chain as it is).

    The record is read once per open writer and then kept in memory: while the writer lock is held,
    no other process writes this log, so none writes its record either.
    """
    root = database.root
    with _lock:
        cached = _cache.get(root)
        if cached is not None:
            log_id, record = cached
        else:
            found_id = file_id(database)
            if found_id is None:
                return
            log_id, loaded = found_id, load(found_id)
            record = loaded if loaded is not None and not loaded.damaged else Record(now_iso(), _current(database))
        known = record.devices.get(device_id)
        # Only a head that extends the recorded one replaces it: writing on after an older copy was
        # put back (or the chain was rewritten) must not erase the evidence of it.
        extends = (
            known is None
            or (seq == known.seq + 1 and prev_hash == known.hash)
            or (seq >= known.seq and _holds(database, device_id, known))
        )
        if extends:
            record.devices[device_id] = KnownHead(seq, entry_hash, public_key, now_iso())
        _save(log_id, record)
        _cache[root] = (log_id, record)


def _holds(database: Database, device_id: str, known: KnownHead) -> bool:
    """Whether the file still has the recorded head (so a newer head extends it)."""
    from crisisroom.storage.log import hash_at

    return hash_at(database.conn, device_id, known.seq) == known.hash


def note_restore(database: Database, before: dict[str, tuple[int, str]], backup: str) -> None:
    """After a restore: what each chain went back to, so verify can tell it from a copy put back in secret."""
    log_id = file_id(database)
    if log_id is None:
        return
    with _lock:
        record = load(log_id)
        if record is None or record.damaged:
            record = Record(created_at=now_iso())
        after = {d: (h.seq, h.hash) for d, h in _current(database).items()}
        record.restores.append(Restore(now_iso(), backup, before, after))
        for device_id, head in _current(database).items():
            record.devices.setdefault(device_id, head)
        _save(log_id, record)
        _cache[database.root] = (log_id, record)


def log_heads(database: Database) -> list[Head]:
    """The log's heads as printed on reports and backups (``verify --head``): this laptop's first."""
    found = current_heads(database)
    order = sorted(found, key=lambda device: (device != database.device_id, device))
    return [Head(device, *found[device]) for device in order]


def current_heads(database: Database) -> dict[str, tuple[int, str]]:
    """Each device's newest (entry number, hash) in the file."""
    return {d: (h.seq, h.hash) for d, h in _current(database).items()}


def _current(database: Database) -> dict[str, KnownHead]:
    # A backup made before the log was signed has no register of devices: its heads have no key.
    signed = database.conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'devices'").fetchone()
    key = "(SELECT d.public_key FROM devices d WHERE d.device_id = e.device_id)" if signed else "NULL"
    rows = database.conn.execute(
        f"SELECT e.device_id, e.device_seq, e.hash, {key} FROM log_entries e"
        " JOIN (SELECT device_id, max(device_seq) AS top FROM log_entries GROUP BY device_id) t"
        " ON t.device_id = e.device_id AND t.top = e.device_seq"
    ).fetchall()
    seen = now_iso()
    return {str(r[0]): KnownHead(int(r[1]), str(r[2]), r[3], seen) for r in rows}


def _save(log_id: str, record: Record) -> None:
    path = record_path(log_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data: dict[str, Any] = {
        "created_at": record.created_at,
        "devices": {d: asdict(h) for d, h in sorted(record.devices.items())},
        "restores": [asdict(r) for r in record.restores],
    }
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, separators=(",", ":"), sort_keys=True)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
