"""A shared incident in the file: the team's laptops, this laptop's part, and taking a peer's segment.

What travels (``sharing/format.py``) is a laptop's chain: its entries of the shared incident in
full, its other entries as links (their content stays on that laptop), its entry in the register
of devices and the mention rows its imports carry. Taking a segment checks every hash, signature
and link against what is here, then stores the entries, the links and the rows, and brings the
state up to date from the log: the new entries' handlers run when they come after everything
already applied (the common case: the hybrid logical clock of ``log.append`` puts what was
written after seeing an entry after it), and otherwise the state tables are rebuilt from the
whole log in its signed order (:func:`storage.events.rebuild_in_place`). Either way every laptop
that holds the same entries shows the same state, whatever order they arrived in.

Tables: ``shares``, ``share_segments``, ``share_alarms``, ``received_batches`` are this laptop's
own (local); ``log_links`` is part of the log; ``share_laptops`` is state, made by the
``share.*`` events' handlers below.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crisisroom.domain.errors import UserError
from crisisroom.domain.events import event_of
from crisisroom.domain.events.drills import DrillPostsIn
from crisisroom.domain.events.mentions import MentionsImported
from crisisroom.domain.events.sharing import LaptopAdmitted, ShareStarted
from crisisroom.domain.log import GENESIS_HASH, LogEntry
from crisisroom.domain.signing import DeviceRecord, entry_signature_valid, laptop_fingerprint
from crisisroom.storage import events, heads, log, signing
from crisisroom.storage.database import Database
from crisisroom.storage.mentions import CANONICAL_ROW, carried_digests

# Outcomes of taking a segment.
TAKEN = "taken"
ALREADY = "already"  # every entry in it is here already: reading a segment twice changes nothing
GAP = "gap"  # an earlier segment of that laptop has not arrived yet: it waits
FORK = "fork"  # an entry number that is here with another content
CHANGED = "changed"  # does not check out: a hash, a signature, a link, the rows' digest
NEWER = "newer"  # holds an event this version cannot read
FOREIGN = "foreign"  # from a laptop that is not (yet) admitted

_ENTRY_COLUMNS = (
    "id",
    "incident_id",
    "device_id",
    "device_seq",
    "recorded_at",
    "occurred_at",
    "author",
    "kind",
    "text",
    "payload",
    "corrects",
    "prev_hash",
    "hash",
    "signature",
)
# A mention row as imported (the label before any relabel), in the order its digest reads it.
_ROW_COLUMNS = (
    "incident_id",
    "dedupe_key",
    "posted_at",
    "platform",
    "author",
    "text",
    "url",
    "external_id",
    "sentiment",
    "sentiment_source",
    "unscored_reason",
    "reach",
    "time_known",
)
_AS_IMPORTED = (
    "incident_id, dedupe_key, posted_at, platform, author, text, url, external_id, "
    "CASE WHEN imported_source IS NULL THEN sentiment ELSE imported_sentiment END, "
    "coalesce(imported_source, sentiment_source), "
    "CASE WHEN imported_source IS NULL THEN unscored_reason ELSE imported_reason END, reach, time_known"
)


@dataclass(frozen=True)
class Share:
    """This laptop's part in one shared incident."""

    incident_id: str
    share_id: str
    folder: str
    device_id: str
    state: str  # "member", or "waiting" to be admitted
    wrapped_key: dict[str, str] | None
    starter_device: str
    starter_key: str
    min_version: str
    joined_at: str


@dataclass(frozen=True)
class Laptop:
    """An admitted laptop of a shared incident."""

    device_id: str
    public_key: str
    unwrap_key: str
    person: str
    laptop: str
    fingerprint: str
    admitted_at: str
    admitted_by: str


@dataclass(frozen=True)
class Taken:
    """What taking one segment did."""

    outcome: str
    entries: int = 0
    detail: str = ""
    rebuilt: bool = False


# --- this laptop's shares -------------------------------------------------------------------------


def shares(database: Database) -> list[Share]:
    rows = database.query("SELECT * FROM shares ORDER BY joined_at")
    return [_share(row) for row in rows]


def share_of(database: Database, incident_id: str) -> Share | None:
    rows = database.query("SELECT * FROM shares WHERE incident_id = ?", (incident_id,))
    return _share(rows[0]) if rows else None


def _share(row: sqlite3.Row) -> Share:
    wrapped = json.loads(row["wrapped_key"]) if row["wrapped_key"] else None
    return Share(
        incident_id=row["incident_id"],
        share_id=row["share_id"],
        folder=row["folder"],
        device_id=row["device_id"],
        state=row["state"],
        wrapped_key=wrapped,
        starter_device=row["starter_device"],
        starter_key=row["starter_key"],
        min_version=row["min_version"],
        joined_at=row["joined_at"],
    )


def add_share(database: Database, share: Share) -> None:
    """Note this laptop's part in a share (local: never part of the incident's record)."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO shares VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                share.incident_id,
                share.share_id,
                share.folder,
                share.device_id,
                share.state,
                None if share.wrapped_key is None else json.dumps(share.wrapped_key, sort_keys=True),
                share.starter_device,
                share.starter_key,
                share.min_version,
                share.joined_at,
            ),
        )


def become_member(database: Database, share_id: str, wrapped_key: dict[str, str]) -> None:
    """This laptop was admitted: keep the team key as it was wrapped for it."""
    with database.transaction() as conn:
        conn.execute(
            "UPDATE shares SET state = 'member', wrapped_key = ? WHERE share_id = ?",
            (json.dumps(wrapped_key, sort_keys=True), share_id),
        )


def forget_share(database: Database, share_id: str) -> None:
    """Forget this laptop's part in a share (before joining it again as a new device)."""
    with database.transaction() as conn:
        conn.execute("DELETE FROM shares WHERE share_id = ?", (share_id,))


def device_key(database: Database) -> tuple[str, bytes | None, str | None]:
    """This laptop's device, its private key (None when the keychain cannot give it) and why not.

    Registers the device on first use, as the first entry would (``storage/signing.py``); after
    that it costs nothing (a sync every few seconds writes nothing when there is nothing new).
    """
    cached = signing.cached_signer(database)
    if cached is not None:
        return cached.device_id, cached.key, cached.problem
    with database.transaction() as conn:
        signer = signing.signer(database, conn)
    return signer.device_id, signer.key, signer.problem


def own_public_key(database: Database, device_id: str) -> str | None:
    """This laptop's public key as registered (no keychain, no write: for showing its fingerprint)."""
    record = signing.registered(database.conn, device_id)
    return None if record is None else record.public_key


# --- the team's laptops (state) ------------------------------------------------------------------


@events.handles(ShareStarted)
def _started(conn: sqlite3.Connection, entry: LogEntry, event: ShareStarted) -> None:
    _add_laptop(conn, entry, event, laptop_fingerprint(event.public_key))


@events.handles(LaptopAdmitted)
def _admitted(conn: sqlite3.Connection, entry: LogEntry, event: LaptopAdmitted) -> None:
    _add_laptop(conn, entry, event, event.fingerprint)


def _add_laptop(
    conn: sqlite3.Connection, entry: LogEntry, event: ShareStarted | LaptopAdmitted, fingerprint: str
) -> None:
    # Two members may admit the same laptop without seeing each other: the first admission stands.
    conn.execute(
        "INSERT OR IGNORE INTO share_laptops VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.incident,
            event.device,
            event.public_key,
            event.unwrap_key,
            event.person,
            event.laptop,
            fingerprint,
            entry.recorded_at,
            entry.author,
            entry.id,
        ),
    )


def laptops(database: Database, incident_id: str) -> list[Laptop]:
    rows = database.query(
        "SELECT device_id, public_key, unwrap_key, person, laptop, fingerprint, admitted_at, admitted_by "
        "FROM share_laptops WHERE incident_id = ? ORDER BY admitted_at, device_id",
        (incident_id,),
    )
    return [Laptop(*row) for row in rows]


def admitted_by(database: Database, incident_id: str, device_id: str) -> list[Laptop]:
    """The laptops of the incident's team whose admission ``device_id`` wrote (not itself)."""
    rows = database.query(
        "SELECT l.device_id, l.public_key, l.unwrap_key, l.person, l.laptop, l.fingerprint, l.admitted_at, "
        "l.admitted_by FROM share_laptops l JOIN log_entries e ON e.id = l.entry_id "
        "WHERE l.incident_id = ? AND e.device_id = ? AND l.device_id != ?",
        (incident_id, device_id, device_id),
    )
    return [Laptop(*row) for row in rows]


def last_entries(database: Database, device_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """Per device: the time of its newest entry here, and how many entries of it are here."""
    ids = list(device_ids)
    if not ids:
        return {}
    rows = database.query(
        "SELECT device_id, max(recorded_at), count(*) FROM log_entries "
        "WHERE device_id IN (SELECT value FROM json_each(?)) GROUP BY device_id",
        (json.dumps(ids),),
    )
    return {row[0]: (row[1], int(row[2])) for row in rows}


# --- segments written and read --------------------------------------------------------------------


def segments_done(database: Database, share_id: str, device_id: str) -> dict[int, str]:
    """Number -> SHA-256 of each segment of ``device_id`` this laptop wrote or took."""
    rows = database.query(
        "SELECT number, sha256 FROM share_segments WHERE share_id = ? AND device_id = ?", (share_id, device_id)
    )
    return {int(row[0]): str(row[1]) for row in rows}


@dataclass(frozen=True)
class Written:
    """A segment this laptop wrote: its number, the SHA-256 of its file, the entry numbers it holds."""

    number: int
    sha256: str
    first_seq: int
    last_seq: int


def written(database: Database, share_id: str, device_id: str) -> list[Written]:
    """The segments this laptop wrote to the share that should still be in the folder as written."""
    rows = database.query(
        "SELECT number, sha256, first_seq, last_seq FROM share_segments WHERE share_id = ? AND device_id = ? "
        "AND first_seq > 0 AND sha256 != '' ORDER BY number",
        (share_id, device_id),
    )
    return [Written(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


def last_segment_read(database: Database, share_id: str) -> dict[str, str]:
    """Per device: when this laptop last wrote or took one of its segments."""
    rows = database.query(
        "SELECT device_id, max(done_at) FROM share_segments WHERE share_id = ? GROUP BY device_id", (share_id,)
    )
    return {row[0]: row[1] for row in rows}


def note_segment(
    database: Database,
    share_id: str,
    device_id: str,
    number: int,
    sha256: str,
    first_seq: int,
    last_seq: int,
    entries: int,
) -> None:
    with database.transaction() as conn:
        _note(conn, database, share_id, device_id, number, sha256, first_seq, last_seq, entries)


def _note(
    conn: sqlite3.Connection,
    database: Database,
    share_id: str,
    device_id: str,
    number: int,
    sha256: str,
    first_seq: int,
    last_seq: int,
    entries: int,
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO share_segments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (share_id, device_id, number, sha256, first_seq, last_seq, entries, database.clock.now_iso()),
    )


@dataclass(frozen=True)
class Outgoing:
    """The next segment of this laptop's chain: its entry numbers and its body."""

    number: int
    first_seq: int
    last_seq: int
    entries: int
    body: dict[str, Any]


def outgoing(database: Database, share: Share, again: tuple[int, int] | None = None) -> Outgoing | None:
    """This laptop's entries not yet written to the share (None when there are none), or with ``again``
    the entries from one number to another once more (a file of its own found damaged or gone).

    The shared incident's entries go in full; the chain's other entries (other incidents, the
    organisation's) as links. The rows each import of them stored go with it, as imported.
    """
    device_id = database.device_id
    conn = database.conn
    done = conn.execute(
        "SELECT coalesce(max(last_seq), 0), coalesce(max(number), 0) FROM share_segments "
        "WHERE share_id = ? AND device_id = ?",
        (share.share_id, device_id),
    ).fetchone()
    last_written, last_number = int(done[0]), int(done[1])
    first, last = again if again is not None else (last_written + 1, None)
    rows = conn.execute(
        f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM log_entries WHERE device_id = ? AND device_seq >= ? "
        "AND device_seq <= coalesce(?, device_seq) ORDER BY device_seq",
        (device_id, first, last),
    ).fetchall()
    if not rows:
        return None
    entries: list[dict[str, Any]] = []
    links: list[list[Any]] = []
    batches: list[str] = []
    for row in rows:
        # The incident's entries, and the organisation's written since this laptop took part (the team,
        # settings, rules and templates the team changes meanwhile): the rest stays on this laptop.
        shared = row["incident_id"] == share.incident_id or (
            row["incident_id"] is None and row["recorded_at"] >= share.joined_at
        )
        if shared:
            item = {name: row[name] for name in _ENTRY_COLUMNS}
            item["payload"] = None if row["payload"] is None else json.loads(row["payload"])
            entries.append(item)
            batch = _carried_batch(item["payload"])
            if batch is not None:
                batches.append(batch)
        else:
            links.append([row["device_seq"], row["prev_hash"], row["hash"], row["signature"]])
    record = signing.registered(conn, device_id)
    mentions = {
        batch: [
            list(r)
            for r in conn.execute(f"SELECT {_AS_IMPORTED} FROM mentions WHERE batch_id = ? ORDER BY seq", (batch,))
        ]
        for batch in batches
    }
    body = {
        "entries": entries,
        "links": links,
        "device": None if record is None else record.__dict__,
        "mentions": mentions,
    }
    return Outgoing(last_number + 1, int(rows[0]["device_seq"]), int(rows[-1]["device_seq"]), len(entries), body)


def _carried_batch(payload: dict[str, Any] | None) -> str | None:
    """The batch of mention rows an entry carries (an import's, a drill burst's), if any."""
    if not payload or payload.get("type") not in (MentionsImported.TYPE, DrillPostsIn.TYPE):
        return None
    batch, digest = payload.get("batch"), payload.get("digest")
    return str(batch) if batch and digest else None


def _chain_head(conn: sqlite3.Connection, device_id: str) -> tuple[int, str]:
    """The newest entry number of ``device_id``'s chain held here (entry or link) and its hash."""
    row = conn.execute(
        "SELECT device_seq, hash FROM (SELECT device_seq, hash FROM log_entries WHERE device_id = ? "
        "UNION ALL SELECT device_seq, hash FROM log_links WHERE device_id = ?) ORDER BY device_seq DESC LIMIT 1",
        (device_id, device_id),
    ).fetchone()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def hash_here(database: Database, device_id: str, seq: int) -> str | None:
    """The hash of entry ``seq`` of a device's chain held here (an entry or a link), None when it is not."""
    return log.hash_at(database.conn, device_id, seq)


class _Refused(Exception):
    def __init__(self, outcome: str, detail: str) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.detail = detail


def take(
    database: Database,
    share: Share,
    device_id: str,
    public_key: str,
    number: int,
    first_seq: int,
    last_seq: int,
    body: dict[str, Any],
    sha256: str,
) -> Taken:
    """Take a peer's opened segment into the file, all of it or nothing.

    ``public_key`` is the admitted laptop's key, from the team's record (never from the segment).
    """
    try:
        with database.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            result = _take(database, conn, share, device_id, public_key, first_seq, last_seq, body)
            if result.outcome in (TAKEN, ALREADY):
                _note(conn, database, share.share_id, device_id, number, sha256, first_seq, last_seq, result.entries)
            else:
                raise _Refused(result.outcome, result.detail)
    except _Refused as refused:
        return Taken(refused.outcome, detail=refused.detail)
    except sqlite3.IntegrityError as exc:
        return Taken(CHANGED, detail=f"its entries do not fit this log ({exc})")
    except (TypeError, KeyError, ValueError, UserError) as exc:
        # An event of it that this version's handlers cannot apply here: refused whole, and said.
        return Taken(CHANGED, detail=f"its entries cannot be applied here ({type(exc).__name__}: {exc})")
    return result


_Item = tuple[str, str, str | None, LogEntry | None]  # previous hash, hash, signature, the entry (None: a link)


@dataclass(frozen=True)
class _Checked:
    """What a segment adds, once its chain checked out: new entry numbers, and entries held as links."""

    new_seqs: list[int]
    upgrades: list[LogEntry]


def _take(
    database: Database,
    conn: sqlite3.Connection,
    share: Share,
    device_id: str,
    public_key: str,
    first_seq: int,
    last_seq: int,
    body: dict[str, Any],
) -> Taken:
    parsed = _items_of(body, first_seq, last_seq)
    if isinstance(parsed, Taken):
        return parsed
    items, mentions = parsed
    record = _device_record(body.get("device"), device_id, public_key)
    if isinstance(record, Taken):
        return record
    checked = _check_chain(conn, share, device_id, public_key, items, record)
    if isinstance(checked, Taken):
        return checked
    new_seqs, upgrades = checked.new_seqs, checked.upgrades
    taken = upgrades + [entry for seq in new_seqs if (entry := items[seq][3]) is not None]
    refused = _check_rows(conn, taken, mentions)
    if refused is not None:
        return refused
    applied = _last_applied(conn, share.incident_id)
    _store_chain(conn, device_id, record, items, checked)
    swapped = _store_rows(conn, taken, mentions)
    ordered = sorted(taken, key=lambda e: (e.recorded_at, e.device_id, e.device_seq))
    changing = [e for e in ordered if e.payload and "type" in e.payload]
    in_order = (
        not swapped
        and not upgrades
        and (
            applied is None
            or not changing
            or ((changing[0].recorded_at, changing[0].device_id, changing[0].device_seq) > applied)
        )
    )
    if in_order:
        events.apply(conn, ordered)
    else:
        events.rebuild_in_place(database)
    if new_seqs:  # this computer's record of heads now knows the peer's chain (verify: not "from outside")
        last = new_seqs[-1]
        last_prev, last_hash = items[last][0], items[last][1]
        database.after_commit(lambda: heads.note_head(database, device_id, last, last_hash, public_key, last_prev))
    return Taken(TAKEN, entries=len(taken), rebuilt=not in_order)


def _items_of(body: dict[str, Any], first_seq: int, last_seq: int) -> tuple[dict[int, _Item], dict[str, Any]] | Taken:
    """The segment's entries and links by entry number, and its mention rows by batch."""
    try:
        entries = [_entry_of(item) for item in body.get("entries", [])]
        links = [(int(s), str(p), str(h), None if g is None else str(g)) for s, p, h, g in body.get("links", [])]
        mentions = {str(batch): rows for batch, rows in dict(body.get("mentions", {})).items()}
    except (TypeError, ValueError, KeyError) as exc:
        return Taken(CHANGED, detail=f"its content is damaged ({exc})")
    items: dict[int, _Item] = {}
    for entry in entries:
        items[entry.device_seq] = (entry.prev_hash, entry.hash, entry.signature, entry)
    for seq, prev, digest, signature in links:
        if seq in items:
            return Taken(CHANGED, detail=f"entry #{seq} is in it twice")
        items[seq] = (prev, digest, signature, None)
    if sorted(items) != list(range(first_seq, last_seq + 1)):
        return Taken(CHANGED, detail="its entries are not the numbers its header names")
    return items, mentions


def _check_chain(
    conn: sqlite3.Connection,
    share: Share,
    device_id: str,
    public_key: str,
    items: dict[int, _Item],
    record: DeviceRecord | None,
) -> _Checked | Taken:
    """Whether the segment continues the laptop's chain held here: its outcome when not, else what it adds."""
    head_seq, head_hash = _chain_head(conn, device_id)
    new_seqs = [seq for seq in sorted(items) if seq > head_seq]
    # Entries held here only as links that this segment carries in full (two incidents shared with the
    # same laptop, or the organisation's entries, which one share carries and another links): their
    # content arrives now, checked against the hash held.
    upgrades: list[LogEntry] = []
    for seq in sorted(items):
        if seq > head_seq:
            break
        if log.hash_at(conn, device_id, seq) != items[seq][1]:
            return Taken(FORK, detail=f"entry #{seq} of this laptop is here with another content")
        held = items[seq][3]
        if held is not None and not _entry_here(conn, device_id, seq):
            problem = _entry_problem(held, device_id, share)
            if problem is not None:
                return problem
            upgrades.append(held)
    if not new_seqs and not upgrades:
        return Taken(ALREADY)
    if new_seqs and new_seqs[0] != head_seq + 1:
        return Taken(GAP, detail=f"entries #{head_seq + 1} to #{new_seqs[0] - 1} have not arrived yet")
    previous = head_hash
    for seq in new_seqs:
        prev, digest, _, held = items[seq]
        if prev != previous:
            return Taken(CHANGED, detail=f"entry #{seq} does not continue the chain held here")
        if held is not None:
            problem = _entry_problem(held, device_id, share)
            if problem is not None:
                return problem
        previous = digest
    # A signed entry's hash covers, through the chain, the entries before it, but only back to a link:
    # a link's hash cannot be recomputed here (its content stays on that laptop), so it binds nothing
    # before it. So the last full entry before each link, and the last of all, must carry that laptop's
    # valid signature; one check per run, not per entry (checking each cost a quarter of taking 10,000
    # entries). The writer signs entries a locked keychain left unsigned as they leave (services).
    known = record or signing.registered(conn, device_id)
    signed_from = 1 if known is None else known.signed_from
    for at, seq in enumerate(new_seqs):
        following = new_seqs[at + 1] if at + 1 < len(new_seqs) else None
        if items[seq][3] is None or (following is not None and items[following][3] is not None):
            continue
        signature = items[seq][2]
        if signature is None and seq >= signed_from:
            return Taken(CHANGED, detail=f"entry #{seq} carries no signature of that laptop")
        if signature is not None and not entry_signature_valid(public_key, items[seq][1], signature):
            return Taken(CHANGED, detail=f"entry #{seq} is not signed by that laptop's key")
    return _Checked(new_seqs, upgrades)


def _last_applied(conn: sqlite3.Connection, incident_id: str) -> tuple[str, str, int] | None:
    """The signed place of the newest event applied of the incident or the organisation.

    Only the order of those events matters (their handlers write only their own rows and read nothing
    else), and an entry without an event (a note) changes no state wherever it falls.
    """
    found = [
        conn.execute(
            "SELECT recorded_at, device_id, device_seq FROM log_entries WHERE incident_id IS ? "
            "AND CASE WHEN json_valid(payload) THEN json_extract(payload, '$.type') END IS NOT NULL "
            "ORDER BY recorded_at DESC, device_id DESC, device_seq DESC LIMIT 1",
            (scope,),
        ).fetchone()
        for scope in (incident_id, None)
    ]
    places = [(str(row[0]), str(row[1]), int(row[2])) for row in found if row is not None]
    return max(places) if places else None


def _store_chain(
    conn: sqlite3.Connection, device_id: str, record: DeviceRecord | None, items: dict[int, _Item], checked: _Checked
) -> None:
    """The laptop's register row (once), the entries held as links until now, and the new entries and links."""
    if record is not None and signing.registered(conn, device_id) is None:
        values = tuple(record.__dict__.values())
        conn.execute(
            f"INSERT INTO devices ({', '.join(record.__dict__)}) VALUES ({', '.join('?' * len(values))})", values
        )
    for entry in checked.upgrades:
        _insert_entry(conn, entry)  # beside its link, which the chain's walk then passes by
    for seq in checked.new_seqs:
        prev, digest, signature, held = items[seq]
        if held is None:
            conn.execute("INSERT INTO log_links VALUES (?, ?, ?, ?, ?)", (device_id, seq, prev, digest, signature))
        else:
            _insert_entry(conn, held)


def _entry_problem(entry: LogEntry, device_id: str, share: Share) -> Taken | None:
    """Why a peer's full entry cannot be taken (its laptop, its hash, its incident, its event), or None."""
    seq = entry.device_seq
    if entry.device_id != device_id:
        return Taken(CHANGED, detail=f"entry #{seq} names another laptop")
    if entry.expected_hash() != entry.hash:
        return Taken(CHANGED, detail=f"entry #{seq} does not match its hash: it was changed")
    if entry.incident_id not in (share.incident_id, None):
        return Taken(CHANGED, detail=f"entry #{seq} belongs to another incident")
    try:
        event_of(entry.payload)
    except ValueError as exc:
        return Taken(NEWER, detail=str(exc))
    return None


def _entry_here(conn: sqlite3.Connection, device_id: str, seq: int) -> bool:
    found = conn.execute("SELECT 1 FROM log_entries WHERE device_id = ? AND device_seq = ?", (device_id, seq))
    return found.fetchone() is not None


def _entry_of(item: dict[str, Any]) -> LogEntry:
    return LogEntry(
        id=str(item["id"]),
        incident_id=None if item["incident_id"] is None else str(item["incident_id"]),
        device_id=str(item["device_id"]),
        device_seq=int(item["device_seq"]),
        recorded_at=str(item["recorded_at"]),
        occurred_at=None if item["occurred_at"] is None else str(item["occurred_at"]),
        author=str(item["author"]),
        kind=str(item["kind"]),
        text=str(item["text"]),
        payload=item["payload"],
        corrects=None if item["corrects"] is None else str(item["corrects"]),
        prev_hash=str(item["prev_hash"]),
        hash=str(item["hash"]),
        signature=None if item["signature"] is None else str(item["signature"]),
    )


def _device_record(found: Any, device_id: str, public_key: str) -> DeviceRecord | Taken | None:
    if found is None:
        return None
    try:
        record = DeviceRecord(**found)
    except TypeError:
        return Taken(CHANGED, detail="its entry in the register of devices is damaged")
    if record.device_id != device_id or record.public_key != public_key or not record.signature_valid():
        return Taken(CHANGED, detail="its entry in the register of devices is not that laptop's")
    return record


def _insert_entry(conn: sqlite3.Connection, entry: LogEntry) -> None:
    values = [getattr(entry, name) for name in _ENTRY_COLUMNS]
    values[_ENTRY_COLUMNS.index("payload")] = (
        None if entry.payload is None else json.dumps(entry.payload, sort_keys=True, ensure_ascii=False)
    )
    conn.execute(
        f"INSERT INTO log_entries (seq, {', '.join(_ENTRY_COLUMNS)}) VALUES (NULL, {', '.join('?' * len(values))})",
        values,
    )


def _check_rows(conn: sqlite3.Connection, taken: list[LogEntry], mentions: dict[str, Any]) -> Taken | None:
    """Every batch of rows the entries carry is in the segment, with the digest its entry recorded."""
    wanted = {}
    for entry in taken:
        batch = _carried_batch(entry.payload)
        if batch is not None:
            wanted[batch] = str(entry.payload["digest"])  # type: ignore[index]
    if set(mentions) - set(wanted):
        return Taken(CHANGED, detail="it carries mention rows no entry of it names")
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS shared_rows (position INTEGER, batch_id TEXT, "
        f"{', '.join(_ROW_COLUMNS)}, imported_sentiment TEXT, imported_source TEXT, imported_reason TEXT)"
    )
    conn.execute("DELETE FROM temp.shared_rows")
    for batch, digest in wanted.items():
        rows = mentions.get(batch)
        if rows is None:
            return Taken(CHANGED, detail=f"the mention rows of import {batch} are missing from it")
        try:
            conn.executemany(
                f"INSERT INTO temp.shared_rows (position, batch_id, {', '.join(_ROW_COLUMNS)}) "
                f"VALUES (?, ?, {', '.join('?' * len(_ROW_COLUMNS))})",
                [(i, batch, *row) for i, row in enumerate(rows)],
            )
        except (sqlite3.ProgrammingError, TypeError) as exc:
            return Taken(CHANGED, detail=f"the mention rows of import {batch} are damaged ({exc})")
        lines = conn.execute(
            f"SELECT group_concat(line, '') FROM (SELECT {CANONICAL_ROW} || char(10) AS line "
            "FROM temp.shared_rows WHERE batch_id = ? ORDER BY position)",
            (batch,),
        ).fetchone()[0]
        if hashlib.sha256((lines or "").encode()).hexdigest() != digest:
            return Taken(CHANGED, detail=f"the mention rows of import {batch} do not match the digest of its entry")
    return None


def _store_rows(conn: sqlite3.Connection, taken: list[LogEntry], mentions: dict[str, Any]) -> bool:
    """Store a peer's checked rows; a post is one row, the one of the import first in the signed order.

    The same post can come in two laptops' exports (with the same label or not). Whichever arrives
    first, every laptop keeps the row of the import whose entry comes first in the signed order, so
    all count, chart and judge the same posts alike. When a row here gives way to an earlier import's,
    the rows' guards are lifted for the swap and put back in this transaction, and True asks the
    caller to rebuild the state (the relabels and hourly counts follow the rows). Every batch whose
    stored rows are no longer all of its import is noted in ``received_batches`` for verify.
    """
    if not mentions:
        return False
    columns = ", ".join(_ROW_COLUMNS)
    by_batch = {str(e.payload["batch"]): e for e in taken if _carried_batch(e.payload) is not None}  # type: ignore[index]
    keyed = sorted(mentions, key=lambda b: _signed_key(by_batch[b]) if b in by_batch else ("~",))
    clashes = conn.execute(
        "SELECT s.batch_id, m.batch_id, m.dedupe_key FROM temp.shared_rows s JOIN mentions m "
        "ON m.incident_id = s.incident_id AND m.dedupe_key = s.dedupe_key WHERE m.batch_id != s.batch_id"
    ).fetchall()
    here = _batch_keys(conn, {str(row[1]) for row in clashes})
    swaps = [
        (str(incoming), str(kept), str(key))
        for incoming, kept, key in clashes
        if str(incoming) in by_batch and str(kept) in here and _signed_key(by_batch[str(incoming)]) < here[str(kept)]
    ]
    touched = set(mentions)
    if swaps:
        assignments = ", ".join(f"{c} = s.{c}" for c in _ROW_COLUMNS)
        with events.guards_lifted(conn, ["mentions"]):
            _swap(conn, swaps, assignments)
        touched.update(kept for _, kept, _ in swaps)
    for batch in keyed:  # the earlier import's rows first: it keeps a post both carry
        conn.execute(
            f"INSERT OR IGNORE INTO mentions ({columns}, batch_id) "
            f"SELECT {columns}, batch_id FROM temp.shared_rows WHERE batch_id = ? ORDER BY position",
            (batch,),
        )
    # What verify checks these batches' rows against from now on (one pass over the rows for all of them).
    conn.executemany(
        "INSERT OR REPLACE INTO received_batches VALUES (?, ?, ?)",
        [(batch, rows, digest) for batch, (digest, rows) in carried_digests(conn, touched).items()],
    )
    conn.execute("DELETE FROM temp.shared_rows")
    return bool(swaps)


def _swap(conn: sqlite3.Connection, swaps: list[tuple[str, str, str]], assignments: str) -> None:
    """Put each post's row of the earlier import in place of the later one's (guards lifted by the caller)."""
    for incoming, kept, key in swaps:
        conn.execute(
            f"UPDATE mentions SET {assignments}, batch_id = s.batch_id, imported_sentiment = NULL, "
            "imported_source = NULL, imported_reason = NULL FROM temp.shared_rows s "
            "WHERE s.batch_id = ? AND s.dedupe_key = ? AND mentions.dedupe_key = s.dedupe_key "
            "AND mentions.incident_id = s.incident_id AND mentions.batch_id = ?",
            (incoming, key, kept),
        )


def _signed_key(entry: LogEntry) -> tuple[str, ...]:
    return (entry.recorded_at, entry.device_id, f"{entry.device_seq:012d}")


def _batch_keys(conn: sqlite3.Connection, batches: set[str]) -> dict[str, tuple[str, ...]]:
    """The signed place of the entry that carries each batch held here (a burst still coming in has none)."""
    if not batches:
        return {}
    rows = conn.execute(
        "SELECT json_extract(payload, '$.batch'), recorded_at, device_id, device_seq FROM log_entries "
        "WHERE json_valid(payload) AND json_extract(payload, '$.type') IN (?, ?) "
        "AND json_extract(payload, '$.batch') IN (SELECT value FROM json_each(?))",
        (MentionsImported.TYPE, DrillPostsIn.TYPE, json.dumps(sorted(batches))),
    ).fetchall()
    return {str(b): (str(at), str(device), f"{int(seq):012d}") for b, at, device, seq in rows}


# --- alarms ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alarm:
    share_id: str
    device_id: str | None
    path: str
    kind: str
    detail: str
    first_seen: str
    last_seen: str


def raise_alarm(database: Database, share_id: str, device_id: str | None, path: str, kind: str, detail: str) -> bool:
    """Note an alarm (once per file and kind); True when it is new."""
    now = database.clock.now_iso()
    with database.transaction() as conn:
        known = conn.execute(
            "SELECT 1 FROM share_alarms WHERE share_id = ? AND path = ? AND kind = ?", (share_id, path, kind)
        ).fetchone()
        conn.execute(
            "INSERT INTO share_alarms VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (share_id, path, kind) "
            "DO UPDATE SET last_seen = excluded.last_seen, detail = excluded.detail",
            (share_id, device_id, path, kind, detail, now, now),
        )
    return known is None


def alarms(database: Database, share_id: str) -> list[Alarm]:
    rows = database.query("SELECT * FROM share_alarms WHERE share_id = ? ORDER BY first_seen, path", (share_id,))
    return [Alarm(*row) for row in rows]


def clear_alarm(database: Database, share_id: str, path: str, kind: str) -> None:
    with database.transaction() as conn:
        conn.execute("DELETE FROM share_alarms WHERE share_id = ? AND path = ? AND kind = ?", (share_id, path, kind))
