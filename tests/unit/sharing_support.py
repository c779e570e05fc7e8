"""Simulated laptops sharing an incident, each with its own copy of the shared folder.

A syncing tool (Syncthing, a network share) or a USB stick passed by hand gives every laptop its
own copy of the folder; a laptop only ever writes into its copy, and "exchanging" is copying
another laptop's files from one copy into another, file by file, as the tool would: each file
arrives whole (written under a temporary name, then renamed), in any order, possibly again.

The laptops of one test run in one process, each with its own database and clock; their device
keys are in the test's in-memory keychain (tests/conftest.py), keyed by device id.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from crisisroom.domain.clock import FixedClock
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import LogEntry
from crisisroom.services import incidents as incident_service
from crisisroom.services import sharing
from crisisroom.sharing import format as fmt
from crisisroom.sharing import keys
from crisisroom.storage import events
from crisisroom.storage import log as log_store
from crisisroom.storage import sharing as share_store
from crisisroom.storage.database import Database, open_database
from tests.unit.rebuild_support import table_rows

T0 = datetime(2026, 6, 2, 9, 0, tzinfo=UTC)
PEOPLE = (("ann", "Ann Lind"), ("bo", "Bo Sand"), ("cy", "Cy Berg"))

# State tables that belong to the organisation, not to one incident: their entries stay on the
# laptop that wrote them (only the shared incident's entries travel), so they are not compared.
ORGANISATION_TABLES = frozenset(
    {
        "chain_of_command",
        "organisation_settings",
        "rules",
        "team_people",
        "team_roles",
        "team_levels",
        "template_overrides",
    }
)
# A carried mention row is the same post on every laptop; its local number and the import batch
# that stored it first (two laptops may import the same post) are this laptop's own.
MENTION_LOCAL_COLUMNS = ("seq", "batch_id")


class Laptop:
    """One laptop: its database (with its own clock) and its own copy of the shared folder."""

    def __init__(self, root: Path, name: str, person: str, clock: FixedClock) -> None:
        self.name = name
        self.person = person
        self.clock = clock
        self.copy = root / name / "shared"  # this laptop's copy of the shared folder
        self.path = root / name / "crisis.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.database = open_database(self.path, clock=clock)
        self.online = True

    @property
    def device_id(self) -> str:
        return self.database.device_id

    def sync(self) -> sharing.SyncReport:
        self.clock.advance(seconds=1)  # a sync takes a moment; two never happen at the same instant
        return sharing.sync(self.database).value

    def close(self) -> None:
        self.database.close()

    def __repr__(self) -> str:
        return f"Laptop({self.name})"


def folder_files(copy: Path) -> list[str]:
    """The files of a copy of the shared folder, as paths relative to it (temporary names left out)."""
    if not copy.is_dir():
        return []
    found = []
    for path in copy.rglob("*"):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(copy).parts):
            found.append(path.relative_to(copy).as_posix())
    return sorted(found)


def deliver(source: Laptop, target: Laptop, names: Iterable[str]) -> list[str]:
    """Copy files from one laptop's copy of the folder into another's, as a syncing tool delivers them.

    Each file is written under a temporary name and renamed, so it appears whole. A file that is
    there already is delivered again (a duplicate); it must then have the same bytes, since no file
    of the folder is ever written twice with two contents.
    """
    delivered = []
    for name in names:
        data = (source.copy / name).read_bytes()
        path = target.copy / name
        if path.exists():
            assert path.read_bytes() == data, f"{name} has two contents in {source.name}'s and {target.name}'s copies"
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.delivering")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        delivered.append(name)
    return delivered


def copy_all(source: Laptop, target: Laptop) -> list[str]:
    """The USB-stick way: every file of one copy into the other."""
    return deliver(source, target, folder_files(source.copy))


def full_exchange(laptops: Sequence[Laptop]) -> None:
    """Every copy of the folder gets every file any copy holds."""
    for source in laptops:
        for target in laptops:
            if source is not target:
                copy_all(source, target)


@dataclass
class Team:
    laptops: list[Laptop]
    incident_id: str
    fingerprints: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, index: int) -> Laptop:
        return self.laptops[index]

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()


def form_team(
    root: Path,
    *,
    count: int = 3,
    skews: Sequence[float] = (),
    title: str = "Customer data on a forum",
) -> Team:
    """``count`` laptops with their own copies of the folder; the first starts sharing an incident,
    the others join through their copies, are admitted by the first, and take the incident.

    ``skews`` offsets each laptop's clock from :data:`T0` (seconds): laptops' clocks never agree.
    """
    laptops = []
    for index in range(count):
        name, person = PEOPLE[index] if index < len(PEOPLE) else (f"laptop{index}", f"Person {index}")
        skew = skews[index] if index < len(skews) else 0.0
        laptops.append(Laptop(root, name, person, FixedClock(T0 + timedelta(seconds=skew))))
    first = laptops[0]
    incident = incident_service.open_incident(
        first.database, title, category=Category.SECURITY_BREACH, author=first.person, level=2
    ).value
    started = sharing.start(first.database, incident.id, first.copy, author=first.person, laptop=first.name).value
    team = Team(laptops, incident.id, {first.name: started.fingerprint})
    for laptop in laptops[1:]:
        copy_all(first, laptop)
        joined = sharing.join(laptop.database, laptop.copy, author=laptop.person, laptop=laptop.name).value
        assert not joined.admitted and joined.team_fingerprint == started.fingerprint
        team.fingerprints[laptop.name] = joined.fingerprint
        copy_all(laptop, first)  # its join request reaches the first laptop
        sharing.admit(first.database, joined.fingerprint, author=first.person)
    for laptop in laptops[1:]:
        copy_all(first, laptop)
        report = laptop.sync()
        assert report.admitted_now == [incident.id], report
        assert not report.new_alarms and not report.problems, report
    return team


def advance_all(laptops: Sequence[Laptop], seconds: float) -> None:
    for laptop in laptops:
        laptop.clock.advance(seconds=seconds)


# --- what the laptops show ---------------------------------------------------------------------


def log_view(database: Database, incident_id: str) -> list[tuple[Any, ...]]:
    """The incident's log as shown: in the signed order, each entry's identity, words and place."""
    return [
        (e.id, e.recorded_at, e.device_id, e.device_seq, e.author, e.kind, e.text, e.corrects, e.hash)
        for e in log_store.entries(database, incident_id)
    ]


def incident_state(database: Database, incident_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every state table's rows that belong to the incident, and its mention rows by post.

    Fails on a state table it cannot tell the incident's rows of (a new one: add it here).
    """
    found: dict[str, list[tuple[Any, ...]]] = {}
    conn = database.conn
    for table in events.state_tables(database):
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns)
        if table == "incidents":
            where, argument = "id = ?", incident_id
        elif "incident_id" in columns:
            where, argument = "incident_id = ?", incident_id
        elif table == "message_versions":
            where, argument = "message_id IN (SELECT id FROM incident_messages WHERE incident_id = ?)", incident_id
        elif table in ORGANISATION_TABLES:
            continue
        else:
            raise AssertionError(f"the state table {table} is neither the incident's nor the organisation's")
        found[table] = [
            tuple(row)
            for row in conn.execute(f'SELECT {names} FROM "{table}" WHERE {where} ORDER BY {names}', (argument,))
        ]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(mentions)") if row[1] not in MENTION_LOCAL_COLUMNS]
    names = ", ".join(columns)
    found["mentions"] = [
        tuple(row)
        for row in conn.execute(
            f"SELECT {names} FROM mentions WHERE incident_id = ? ORDER BY dedupe_key", (incident_id,)
        )
    ]
    return found


def record_tables(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything of the file that is not this laptop's own bookkeeping: the log, the register of
    devices, the links of peers' chains, the carried rows and every state table. To prove that a
    refused file changed nothing."""
    names = ["log_entries", "log_links", "devices", *sorted(events.CARRIED_TABLES), *events.state_tables(database)]
    return {name: table_rows(database, name) for name in names}


def segments_taken(database: Database, device_id: str) -> dict[int, str]:
    """Number -> SHA-256 of each segment of ``device_id`` this laptop wrote or took."""
    rows = database.query("SELECT number, sha256 FROM share_segments WHERE device_id = ?", (device_id,))
    return {int(number): str(sha) for number, sha in rows}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a member's own keys (for crafting files as someone holding them could) ---------------------


def own_keys(laptop: Laptop, incident_id: str) -> tuple[bytes, bytes]:
    """(device private key, team key) of a member laptop, from its keychain and its share."""
    _, key, problem = share_store.device_key(laptop.database)
    assert key is not None, problem
    share = share_store.share_of(laptop.database, incident_id)
    assert share is not None and share.wrapped_key is not None
    return key, keys.unwrap(share.wrapped_key, key)


def segment_path(laptop: Laptop, writer: Laptop, number: int) -> Path:
    """Where ``writer``'s segment ``number`` is in ``laptop``'s copy of the folder."""
    return laptop.copy / writer.device_id / f"{number:06d}.crseg"


def newest_segment(laptop: Laptop) -> int:
    found = [int(p.stem) for p in (laptop.copy / laptop.device_id).glob("*.crseg")]
    return max(found)


def open_segment(team_key: bytes, path: Path) -> tuple[fmt.SegmentHeader, dict[str, Any]]:
    return fmt.decode_segment(team_key, path.read_bytes())


def entry_dict(entry: LogEntry) -> dict[str, Any]:
    """An entry as a segment carries it."""
    return {
        "id": entry.id,
        "incident_id": entry.incident_id,
        "device_id": entry.device_id,
        "device_seq": entry.device_seq,
        "recorded_at": entry.recorded_at,
        "occurred_at": entry.occurred_at,
        "author": entry.author,
        "kind": entry.kind,
        "text": entry.text,
        "payload": entry.payload,
        "corrects": entry.corrects,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
        "signature": entry.signature,
    }


def shuffled(rnd: random.Random, items: Iterable[str]) -> list[str]:
    found = list(items)
    rnd.shuffle(found)
    return found
