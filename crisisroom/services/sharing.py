"""Sharing an incident with the team's other laptops through a folder: start, join, admit, sync, status.

The folder is kept in step by something else (Syncthing, a network share, a cloud-drive folder,
a USB stick passed by hand); these use cases only write new files into this laptop's subfolder
and read the others' (``sharing/folder.py``). The window's Share and Join dialogs, its team
panel and its watch on the folder, and ``crisisroom share …``, all call these.

Trust: the laptop that starts sharing is the team's first member; every other laptop asks to
join with a signed request, the two people compare its fingerprint on their screens, and a
member (the incident's crisis lead, once one is named) admits it with a signed entry in the
incident's log and the team key wrapped for it. Only admitted laptops' files are read.
"""

from __future__ import annotations

import hashlib
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crisisroom import __version__
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.sharing import LaptopAdmitted, ShareStarted
from crisisroom.domain.log import Kind
from crisisroom.domain.signing import document_signature_valid, public_key_of, sign_document, sign_entry
from crisisroom.services import mentions as mention_service
from crisisroom.services.changes import Changes, Done
from crisisroom.sharing import folder as layout
from crisisroom.sharing import format as fmt
from crisisroom.sharing import keys
from crisisroom.storage import events, incidents, response_steps
from crisisroom.storage import sharing as store
from crisisroom.storage.database import Database

# Taking a peer's entries can change anything an incident shows.
TAKEN_CHANGES = (
    Changes.INCIDENTS
    | Changes.LOG
    | Changes.MENTIONS
    | Changes.ALERTS
    | Changes.STEPS
    | Changes.STATEMENTS
    | Changes.REVIEW
    | Changes.DRILL
    | Changes.SHARING
)

# Alarms, in plain words for the team panel and ``share status``.
ALARM_WORDS = {
    "conflict": "a second version of a file appeared (a sync conflict); nothing is taken from it",
    store.CHANGED: "a file was changed or damaged after it was written; nothing is taken from it",
    store.FORK: "a laptop's entry was seen with two different contents (a fork); nothing more is taken from it",
    store.NEWER: "a file needs a newer Crisis Room; update to read it",
    store.FOREIGN: "files from a laptop that was never admitted; nothing is taken from them",
    "changed-after": "a file changed after its entries were taken; what was taken stays, nothing more is taken from it",
}


@dataclass(frozen=True)
class Started:
    incident_id: str
    folder: Path
    fingerprint: str


@dataclass(frozen=True)
class Joined:
    incident_id: str
    folder: Path
    fingerprint: str  # this laptop's, to read out to the member who admits it
    team_fingerprint: str  # the laptop that started sharing, to compare on its screen
    admitted: bool


@dataclass(frozen=True)
class Admitted:
    incident_id: str
    person: str
    laptop: str
    fingerprint: str


@dataclass
class SyncReport:
    written: int = 0  # entries this laptop wrote to the folder
    taken: int = 0  # entries taken from the others
    admitted_now: list[str] = field(default_factory=list)  # incidents this laptop was just admitted to
    waiting: list[str] = field(default_factory=list)  # plain lines: what waits, and for what
    new_alarms: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # a folder missing, a keychain locked


@dataclass(frozen=True)
class LaptopStatus:
    device_id: str
    person: str
    laptop: str
    fingerprint: str
    this_laptop: bool
    admitted: bool
    admitted_by: str
    last_entry: str | None  # the newest of its entries here
    entries: int
    last_read: str | None  # when one of its files was last written or taken here


@dataclass(frozen=True)
class ShareStatus:
    incident_id: str
    title: str
    folder: str
    state: str
    fingerprint: str
    laptops: list[LaptopStatus]
    waiting: list[LaptopStatus]  # asked to join, not admitted yet
    alarms: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "incident": self.incident_id,
            "title": self.title,
            "folder": self.folder,
            "state": self.state,
            "fingerprint": self.fingerprint,
            "laptops": [laptop.__dict__ for laptop in self.laptops],
            "waiting": [laptop.__dict__ for laptop in self.waiting],
            "alarms": self.alarms,
        }


def laptop_name() -> str:
    return socket.gethostname() or "this laptop"


def _own_key(database: Database) -> tuple[str, bytes]:
    device_id, key, problem = store.device_key(database)
    if key is None:
        raise InvalidInputError(
            f"sharing needs this laptop's key from the keychain, which cannot be used now ({problem}): "
            "unlock the keychain and try again"
        )
    return device_id, key


def start(
    database: Database, incident_id: str, folder: Path, *, author: str, laptop: str | None = None
) -> Done[Started]:
    """Share an incident through ``folder`` (made when missing): this laptop is the team's first member.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: already shared, a file that cannot be shared, a folder that is not fit.
    """
    incident = incidents.get(database, incident_id)
    shared = store.share_of(database, incident.id)
    if shared is not None:
        raise InvalidInputError(f"this incident is already shared through {shared.folder}")
    if events.begun_before_events(database):
        raise InvalidInputError(
            "this file was begun by an older Crisis Room, so its incidents cannot be rebuilt from their log, "
            "which sharing needs: start the incident in a new file (crisisroom --db NEW.db) to share it"
        )
    folder = _fit_folder(database, folder)
    if (folder / layout.SHARE_FILE).exists():
        raise InvalidInputError(
            f"{folder} already shares an incident; to take part in it use Join (crisisroom share join {folder})"
        )
    device_id, key = _own_key(database)
    public_key = public_key_of(key)
    team_key = keys.new_team_key()
    share_id = str(uuid.uuid4())
    laptop = laptop or laptop_name()
    unwrap_key = keys.unwrap_public_key(key)
    document = {
        "kind": fmt.SHARE_KIND,
        "format": fmt.FORMAT,
        "share": share_id,
        "incident": incident.id,
        "min_version": __version__,
        "starter": {
            "device": device_id,
            "public_key": public_key,
            "unwrap_key": unwrap_key,
            "person": author,
            "laptop": laptop,
        },
    }
    document["signature"] = sign_document(key, fmt.signed_part(document))
    try:
        layout.write_once(folder / layout.SHARE_FILE, fmt.canonical(document))
    except OSError as exc:
        raise InvalidInputError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    fingerprint = keys.fingerprint(public_key)
    try:
        _record_start(
            database, incident.id, share_id, device_id, public_key, unwrap_key, team_key, folder, laptop, author
        )
    except BaseException:
        (folder / layout.SHARE_FILE).unlink(missing_ok=True)  # written by this call a moment ago
        raise
    report = sync(database)
    return Done(
        Started(incident.id, folder, fingerprint), TAKEN_CHANGES if report.value.taken else _SHARED, incident.id
    )


def _record_start(
    database: Database,
    incident_id: str,
    share_id: str,
    device_id: str,
    public_key: str,
    unwrap_key: str,
    team_key: bytes,
    folder: Path,
    laptop: str,
    author: str,
) -> None:
    fingerprint = keys.fingerprint(public_key)
    with database.transaction():
        events.record(
            database,
            incident_id,
            ShareStarted(
                incident=incident_id,
                share=share_id,
                device=device_id,
                public_key=public_key,
                unwrap_key=unwrap_key,
                person=author,
                laptop=laptop,
                min_version=__version__,
            ),
            f"Shared this incident with the team through the folder {folder.name}; "
            f"this laptop ({laptop}) has the fingerprint {fingerprint}",
            kind=Kind.NOTE,
            author=author,
        )
        store.add_share(
            database,
            store.Share(
                incident_id=incident_id,
                share_id=share_id,
                folder=str(folder),
                device_id=device_id,
                state="member",
                wrapped_key=keys.wrap(team_key, unwrap_key),
                starter_device=device_id,
                starter_key=public_key,
                min_version=__version__,
                joined_at=database.clock.now_iso(),
            ),
        )


_SHARED = Changes.LOG | Changes.SHARING


def _fit_folder(database: Database, folder: Path) -> Path:
    folder = folder.expanduser().absolute()
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError(f"{folder} is a file; choose a folder to share through")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(f"cannot make the folder {folder}: {exc.strerror or exc}") from exc
    database_path = database.path.absolute()
    if database_path.parent == folder or folder in database_path.parents:
        raise InvalidInputError(
            f"{folder} holds this laptop's live database; share through another folder (a syncing tool "
            "would overwrite a database that two laptops write)"
        )
    found = layout.looks_like_database(folder)
    if found is not None:
        raise InvalidInputError(
            f"{folder} holds a database file ({found.name}); share through an empty folder of its own"
        )
    return folder


def _read_share_file(folder: Path) -> dict[str, Any]:
    path = folder / layout.SHARE_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(
            f"{folder} holds no shared incident (no {layout.SHARE_FILE}): choose the folder the team shares, "
            "once the first laptop has shared the incident into it and it has arrived here"
        ) from None
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        document = fmt.read_document(data, fmt.SHARE_KIND)
        fmt.require(document, "share", "incident", "min_version", "starter")
        starter = document["starter"]
        fmt.require(starter, "device", "public_key", "unwrap_key", "person", "laptop")
    except fmt.FormatError as exc:
        raise InvalidInputError(f"{path} cannot be used: {exc.detail}") from exc
    if not document_signature_valid(starter["public_key"], fmt.signed_part(document), document.get("signature")):
        raise InvalidInputError(f"{path} is not signed by the laptop it names: it was changed")
    return document


def join(database: Database, folder: Path, *, author: str, laptop: str | None = None) -> Done[Joined]:
    """Ask to join the incident shared through ``folder``; a member admits this laptop by its fingerprint.

    Raises:
        InvalidInputError: no share there, a newer one, already taking part, the keychain locked.
    """
    folder = folder.expanduser().absolute()
    document = _read_share_file(folder)
    fmt.check_version(document["min_version"], __version__)
    if events.begun_before_events(database):
        raise InvalidInputError(
            "this file was begun by an older Crisis Room, so it cannot take in a shared incident (its state "
            "cannot be rebuilt from its log): join from a new file (crisisroom --db NEW.db share join FOLDER)"
        )
    incident_id = str(document["incident"])
    device_id, key = _own_key(database)
    for share in store.shares(database):
        if share.share_id == document["share"] and share.device_id == device_id:
            raise InvalidInputError(f"this laptop already takes part in the incident shared through {share.folder}")
        if share.share_id == document["share"]:
            store.forget_share(database, share.share_id)  # it writes as a new device now: it asks again
    if store.share_of(database, incident_id) is not None:
        raise InvalidInputError("this laptop already shares that incident through another folder")
    public_key = public_key_of(key)
    starter = document["starter"]
    if device_id == starter["device"]:
        raise InvalidInputError("this laptop started sharing that incident; it takes part already")
    laptop = laptop or laptop_name()
    fingerprint = keys.fingerprint(public_key)
    request = {
        "kind": fmt.JOIN_KIND,
        "format": fmt.FORMAT,
        "share": document["share"],
        "device": device_id,
        "public_key": public_key,
        "unwrap_key": keys.unwrap_public_key(key),
        "person": author,
        "laptop": laptop,
    }
    request["signature"] = sign_document(key, fmt.signed_part(request))
    target = folder / device_id / layout.JOIN_FILE
    if not target.exists():
        try:
            layout.write_once(target, fmt.canonical(request))
        except OSError as exc:
            raise InvalidInputError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    store.add_share(
        database,
        store.Share(
            incident_id=incident_id,
            share_id=str(document["share"]),
            folder=str(folder),
            device_id=device_id,
            state="waiting",
            wrapped_key=None,
            starter_device=str(starter["device"]),
            starter_key=str(starter["public_key"]),
            min_version=str(document["min_version"]),
            joined_at=database.clock.now_iso(),
        ),
    )
    report = sync(database).value
    admitted = incident_id in report.admitted_now
    joined = Joined(incident_id, folder, fingerprint, keys.fingerprint(starter["public_key"]), admitted)
    return Done(joined, TAKEN_CHANGES if report.taken else Changes.SHARING, incident_id)


@dataclass(frozen=True)
class JoinRequest:
    share: store.Share
    device_id: str
    public_key: str
    unwrap_key: str
    person: str
    laptop: str
    fingerprint: str
    path: Path


def join_requests(database: Database, share: store.Share) -> list[JoinRequest]:
    """The laptops asking to join through the share's folder that are not admitted yet (signatures checked)."""
    admitted = {laptop.device_id for laptop in store.laptops(database, share.incident_id)}
    found = []
    for device_id, laptop_folder in layout.scan(Path(share.folder)).laptops.items():
        if device_id in admitted or device_id == share.device_id or laptop_folder.join is None:
            continue
        try:
            request = fmt.read_document(laptop_folder.join.read_bytes(), fmt.JOIN_KIND)
            fmt.require(request, "share", "device", "public_key", "unwrap_key", "person", "laptop")
        except (OSError, fmt.FormatError):
            continue
        if request["share"] != share.share_id or request["device"] != device_id:
            continue
        if not document_signature_valid(request["public_key"], fmt.signed_part(request), request.get("signature")):
            continue
        found.append(
            JoinRequest(
                share,
                device_id,
                request["public_key"],
                request["unwrap_key"],
                str(request["person"]),
                str(request["laptop"]),
                keys.fingerprint(request["public_key"]),
                laptop_folder.join,
            )
        )
    return found


def admit(database: Database, fingerprint: str, *, author: str) -> Done[Admitted]:
    """Admit the laptop that asked to join with this fingerprint (as read from its screen).

    Raises:
        InvalidInputError: not a fingerprint, nobody waiting with it, not the crisis lead.
    """
    keys.check_fingerprint_text(fingerprint)
    candidates = [
        request
        for share in store.shares(database)
        if share.state == "member"
        for request in join_requests(database, share)
        if keys.same_fingerprint(fingerprint, request.fingerprint)
    ]
    if not candidates:
        raise InvalidInputError(
            f"no laptop waiting to join has the fingerprint {fingerprint.strip()}: compare the digits on its "
            "screen, and check that its request has arrived (crisisroom share status lists who is waiting)"
        )
    request = candidates[0]
    share = request.share
    roles = response_steps.roles(database, share.incident_id)
    if roles is not None and roles.lead.name.casefold() != author.strip().casefold():
        raise InvalidInputError(
            f"only the incident's crisis lead ({roles.lead.name}) admits laptops to its team; "
            "ask them to admit this one"
        )
    _, key = _own_key(database)
    path = Path(share.folder) / share.device_id / layout.welcome_name(request.device_id)
    if path.exists() and not _own_welcome(path, share, request.device_id, public_key_of(key)):
        raise InvalidInputError(
            f"{path} is in this laptop's part of the shared folder but this laptop did not write it (it is not "
            "signed by this laptop's key): someone put it there. Nothing was admitted; move that file out of "
            "the folder, then admit the laptop again"
        )
    events.record(
        database,
        share.incident_id,
        LaptopAdmitted(
            incident=share.incident_id,
            share=share.share_id,
            device=request.device_id,
            public_key=request.public_key,
            unwrap_key=request.unwrap_key,
            person=request.person,
            laptop=request.laptop,
            fingerprint=request.fingerprint,
        ),
        f"Admitted the laptop “{request.laptop}” of {request.person} to the team (fingerprint "
        f"{request.fingerprint}, compared on both screens)",
        kind=Kind.NOTE,
        author=author,
    )
    # The welcome: written now, or by the next sync if the folder cannot be written at this moment.
    sync(database)
    admitted = Admitted(share.incident_id, request.person, request.laptop, request.fingerprint)
    return Done(admitted, _SHARED | Changes.LOG, share.incident_id)


def _own_welcome(path: Path, share: store.Share, device_id: str, public_key: str) -> bool:
    """Whether the welcome at ``path`` is one this laptop wrote for ``device_id`` (an admission repeated)."""
    try:
        welcome = fmt.read_document(path.read_bytes(), fmt.WELCOME_KIND)
    except (OSError, fmt.FormatError):
        return False
    return (
        welcome.get("share") == share.share_id
        and welcome.get("device") == device_id
        and welcome.get("by") == share.device_id
        and document_signature_valid(public_key, fmt.signed_part(welcome), welcome.get("signature"))
    )


def sync(database: Database) -> Done[SyncReport]:
    """Write this laptop's new entries to each shared folder and take the other laptops' new ones, now."""
    report = SyncReport()
    for share in store.shares(database):
        _sync_one(database, share, report)
    changes = (
        TAKEN_CHANGES if report.taken else (Changes.SHARING if report.written or report.new_alarms else Changes.NONE)
    )
    return Done(report, changes)


def _sync_one(database: Database, share: store.Share, report: SyncReport) -> None:
    folder = Path(share.folder)
    if not folder.is_dir():
        report.problems.append(
            f"the shared folder {folder} is not there (a USB stick not plugged in, a share not mounted); "
            "this laptop keeps its entries until it is back"
        )
        return
    device_id, key, problem = store.device_key(database)
    if key is None:
        report.problems.append(f"the keychain cannot be used ({problem}): sharing waits until it is unlocked")
        return
    if device_id != share.device_id:
        report.problems.append(
            "this laptop writes as a new device since it joined (its database was restored, or its keychain "
            "lost the key), which the team has not admitted: join the shared incident again from its folder"
        )
        return
    scan = layout.scan(folder)
    _note_conflicts(database, share, scan, report)
    if share.state == "waiting":
        share = _look_for_welcome(database, share, scan, key, report) or share
        if share.state == "waiting":
            report.waiting.append(
                f"waiting to be admitted: read this laptop's fingerprint {keys.fingerprint(public_key_of(key))} "
                "to a member of the team, who admits it"
            )
            return
    try:
        team_key = keys.unwrap(share.wrapped_key or {}, key)
    except ValueError:
        report.problems.append("the team key kept for this laptop does not open with its key; join again")
        return
    _write_welcomes(database, share, folder, key, team_key, report)
    _write_own(database, share, folder, team_key, key, report)
    taken, before = report.taken, mention_service.rules_input(database, share.incident_id)
    _take_others(database, share, folder, team_key, report)
    if report.taken > taken:
        # The firings follow the union of the mentions (services/mentions.py, after_sync); what a
        # re-check records goes out in this same sync.
        closer = share.device_id == share.starter_device
        if mention_service.after_sync(database, share.incident_id, closer=closer, before=before).changes:
            _write_own(database, share, folder, team_key, key, report)


def _note_conflicts(database: Database, share: store.Share, scan: layout.Scan, report: SyncReport) -> None:
    for path in scan.conflicts:
        if store.raise_alarm(database, share.share_id, None, str(path), "conflict", ALARM_WORDS["conflict"]):
            report.new_alarms.append(f"{path.name}: {ALARM_WORDS['conflict']}")
    for alarm in store.alarms(database, share.share_id):
        if alarm.kind == "conflict" and not Path(alarm.path).exists():
            store.clear_alarm(database, share.share_id, alarm.path, alarm.kind)


def _look_for_welcome(
    database: Database, share: store.Share, scan: layout.Scan, key: bytes, report: SyncReport
) -> store.Share | None:
    """The share as a member, when a welcome for this laptop has arrived whose key opens the team's files."""
    starter = scan.laptops.get(share.starter_device)
    if starter is None or 1 not in starter.segments:
        return None  # the first laptop's files have not arrived: nothing to judge a welcome by yet
    refused: list[tuple[Path, str]] = []
    for laptop_folder in scan.laptops.values():
        path = laptop_folder.welcomes.get(share.device_id)
        if path is None:
            continue
        try:
            welcome = fmt.read_document(path.read_bytes(), fmt.WELCOME_KIND)
            if welcome.get("by") == share.starter_device and not document_signature_valid(
                share.starter_key, fmt.signed_part(welcome), welcome.get("signature")
            ):
                raise ValueError("it names the first laptop but is not signed by its key")
            team_key = keys.unwrap(welcome["wrapped"], key)
            # The key must open the first laptop's first segment: a key made by anyone else cannot.
            fmt.decode_segment(team_key, starter.segments[1].read_bytes())
        except (OSError, KeyError, TypeError, ValueError, fmt.FormatError) as exc:
            refused.append((path, str(exc) or type(exc).__name__))
            continue
        store.become_member(database, share.share_id, keys.wrap(team_key, keys.unwrap_public_key(key)))
        report.admitted_now.append(share.incident_id)
        return store.share_of(database, share.incident_id)
    for path, why in refused:
        detail = f"a welcome for this laptop that does not hold the team's key ({why})"
        _alarm(database, share, path.parent.name, path, store.CHANGED, detail, report)
    return None


def _write_welcomes(
    database: Database, share: store.Share, folder: Path, key: bytes, team_key: bytes, report: SyncReport
) -> None:
    """The team key wrapped for each laptop this one admitted whose welcome is not in the folder yet."""
    for laptop in store.admitted_by(database, share.incident_id, share.device_id):
        path = folder / share.device_id / layout.welcome_name(laptop.device_id)
        if path.exists():
            continue
        welcome: dict[str, Any] = {
            "kind": fmt.WELCOME_KIND,
            "format": fmt.FORMAT,
            "share": share.share_id,
            "device": laptop.device_id,
            "by": share.device_id,
            "wrapped": keys.wrap(team_key, laptop.unwrap_key),
        }
        welcome["signature"] = sign_document(key, fmt.signed_part(welcome))
        try:
            layout.write_once(path, fmt.canonical(welcome))
        except OSError as exc:
            report.problems.append(
                f"{laptop.person}'s laptop is admitted, but its key cannot be written to {folder} yet "
                f"({exc.strerror or exc}); it is written at the next sync that can"
            )


def _write_own(
    database: Database, share: store.Share, folder: Path, team_key: bytes, key: bytes, report: SyncReport
) -> None:
    # A run killed while writing leaves a hidden temporary file; only this laptop writes here, and
    # only one process at a time holds its database to write, so none of them is still being written.
    for stale in (folder / database.device_id).glob(".*.tmp"):
        stale.unlink(missing_ok=True)
    _repair_own(database, share, folder, team_key, report)
    for _ in range(3):  # a file left by a run that stopped before noting it is noted, then the rest written
        outgoing = store.outgoing(database, share)
        if outgoing is None:
            return
        header = fmt.SegmentHeader(
            share.share_id,
            database.device_id,
            outgoing.number,
            outgoing.first_seq,
            outgoing.last_seq,
            share.min_version,
        )
        path = folder / database.device_id / layout.segment_name(outgoing.number)
        if path.exists():
            problem = _note_left_over(database, share, path, team_key, outgoing.number, report)
            if problem is not None:
                report.problems.append(problem)
                _alarm(database, share, database.device_id, path, store.FORK, problem, report)
                return
            continue
        _sign_unsigned(outgoing.body, key)
        data = fmt.encode_segment(team_key, header, outgoing.body)
        try:
            layout.write_once(path, data)
        except OSError as exc:
            report.problems.append(f"cannot write to the shared folder {folder}: {exc.strerror or exc}")
            return
        store.note_segment(
            database,
            share.share_id,
            database.device_id,
            outgoing.number,
            hashlib.sha256(data).hexdigest(),
            outgoing.first_seq,
            outgoing.last_seq,
            outgoing.entries,
        )
        report.written += outgoing.entries
        _seen_files[path] = (_stat_of(path), hashlib.sha256(data).hexdigest())
        # With a local Syncthing carrying the folder, it sends the file at once instead of after its
        # watcher's delay (about 1 s against 0.06 s on a LAN, measured); without one, nothing happens.
        from crisisroom.services.sharing_syncthing import nudge

        nudge(folder, database.device_id)
        return


def _sign_unsigned(body: dict[str, Any], key: bytes) -> None:
    """Sign, as they leave, this laptop's entries that a locked keychain left unsigned when they were written.

    A signature is over an entry's hash, so the entry stays the same; a peer refuses an entry of a
    signing laptop that no signature of it covers (``storage/sharing.py``), since anyone holding the
    team key could have written it.
    """
    start = int((body.get("device") or {}).get("signed_from", 1))
    for item in body["entries"]:
        if item["signature"] is None and item["device_seq"] >= start:
            item["signature"] = sign_entry(key, item["hash"])
    for link in body["links"]:
        if link[3] is None and link[0] >= start:
            link[3] = sign_entry(key, link[2])


def _repair_own(database: Database, share: store.Share, folder: Path, team_key: bytes, report: SyncReport) -> None:
    """Write again, under new names, what this laptop's files in the folder held when one of them was
    changed or removed there (a stick copied over, a file deleted by hand): a laptop that joins later
    or has not read it yet gets those entries all the same, and the others find them already here."""
    device_id = database.device_id
    for segment in store.written(database, share.share_id, device_id):
        path = folder / device_id / layout.segment_name(segment.number)
        if _unchanged_since_read(path, segment.sha256):
            continue
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except FileNotFoundError:
            sha = ""
        except OSError:
            continue  # cannot be read now (a stick being pulled): looked at again next time
        if sha == segment.sha256:
            _seen_files[path] = (_stat_of(path), sha)
            continue
        outgoing = store.outgoing(database, share, again=(segment.first_seq, segment.last_seq))
        if outgoing is None:
            continue
        header = fmt.SegmentHeader(
            share.share_id, device_id, outgoing.number, outgoing.first_seq, outgoing.last_seq, share.min_version
        )
        data = fmt.encode_segment(team_key, header, outgoing.body)
        target = folder / device_id / layout.segment_name(outgoing.number)
        try:
            layout.write_once(target, data)
        except OSError as exc:
            report.problems.append(f"cannot write to the shared folder {folder}: {exc.strerror or exc}")
            return
        how = "was removed" if not sha else "was changed"
        detail = (
            f"this laptop's own file {path.name} {how} in the shared folder; its entries "
            f"#{segment.first_seq} to #{segment.last_seq} are written again as {target.name}"
        )
        _alarm(database, share, device_id, path, store.CHANGED, detail, report)
        store.note_segment(
            database,
            share.share_id,
            device_id,
            outgoing.number,
            hashlib.sha256(data).hexdigest(),
            outgoing.first_seq,
            outgoing.last_seq,
            outgoing.entries,
        )
        # The damaged one is not looked after again: its entries are in the new file.
        store.note_segment(database, share.share_id, device_id, segment.number, "", 0, 0, 0)


def _note_left_over(
    database: Database, share: store.Share, path: Path, team_key: bytes, number: int, report: SyncReport
) -> str | None:
    """Note this laptop's own segment that a run stopped before noting, if it is what this file holds.

    A file whose entries differ from this database's, or go past its end, means the database was put
    back to an older copy outside Crisis Room after it had shared more: writing on would give entry
    numbers a second content (a fork on every other laptop). Returns that problem, in words, and
    nothing more is written; Crisis Room's own restore starts a new chain instead, which joins again.
    """
    try:
        data = path.read_bytes()
        header, body = fmt.decode_segment(team_key, data)
        if header.share != share.share_id or header.device != database.device_id or header.number != number:
            raise fmt.FormatError(fmt.CHANGED, "its header names another place")
    except (OSError, fmt.FormatError) as exc:
        # Not a file this laptop wrote (anyone who can write to the folder can put one here): passed by,
        # with an alarm, and this laptop writes on under the next number, which the others read on to.
        detail = f"a file this laptop did not write is under its name ({exc}); it writes on under the next"
        _alarm(database, share, database.device_id, path, store.CHANGED, detail, report)
        store.note_segment(database, share.share_id, database.device_id, number, "", 0, 0, 0)
        return None
    items = [(int(item["device_seq"]), str(item["hash"])) for item in body.get("entries", [])]
    items += [(int(link[0]), str(link[2])) for link in body.get("links", [])]
    for seq, digest in sorted(items):
        if store.hash_here(database, database.device_id, seq) != digest:
            return (
                f"this laptop's database is not the one that wrote {path.name} to the shared folder: its entry "
                f"#{seq} there differs or is missing here (the database was put back from an older copy "
                "outside Crisis Room?); nothing more is shared from it. Restore it with Crisis Room "
                "(Back up ▸ Restore, or crisisroom restore), which starts a new chain, then join again"
            )
    store.note_segment(
        database,
        share.share_id,
        database.device_id,
        number,
        hashlib.sha256(data).hexdigest(),
        header.first_seq,
        header.last_seq,
        len(body.get("entries", [])),
    )
    return None


def _take_others(database: Database, share: store.Share, folder: Path, team_key: bytes, report: SyncReport) -> None:
    """Take every admitted laptop's new segments, in their order, until a round takes nothing more
    (an admission taken from one laptop's files lets the next round read the admitted one's)."""
    scan = layout.scan(folder)
    progress = True
    waiting: dict[str, str] = {}
    trusted: dict[str, str] = {}
    while progress:
        progress = False
        trusted = {laptop.device_id: laptop.public_key for laptop in store.laptops(database, share.incident_id)}
        trusted.setdefault(share.starter_device, share.starter_key)
        for device_id, laptop_folder in scan.laptops.items():
            if device_id == share.device_id or device_id not in trusted:
                continue
            waiting.pop(device_id, None)
            done = store.segments_done(database, share.share_id, device_id)
            for number in sorted(laptop_folder.segments):
                path = laptop_folder.segments[number]
                if number in done and _unchanged_since_read(path, done[number]):
                    continue
                step = _take_file(database, share, device_id, trusted[device_id], number, path, done, team_key, report)
                if step == _TOOK:
                    progress = True
                elif step.startswith(_WAIT):
                    waiting[device_id] = step[len(_WAIT) :]
                    break
                elif step == _STOP:
                    break
    for device_id, laptop_folder in scan.laptops.items():
        if device_id == share.device_id or device_id in trusted or not laptop_folder.segments:
            continue
        if laptop_folder.join is not None:
            waiting[device_id] = "a laptop that asked to join has written files; they wait until it is admitted"
        else:
            first = laptop_folder.segments[min(laptop_folder.segments)]
            _alarm(database, share, device_id, first, store.FOREIGN, "its laptop never asked to join", report)
    for device_id, line in sorted(waiting.items()):
        report.waiting.append(f"from {device_id[:8]}: {line}")


# What taking one file says about the rest of that laptop's files.
_TOOK, _NEXT, _STOP, _WAIT = "took", "next", "stop", "wait:"


def _take_file(
    database: Database,
    share: store.Share,
    device_id: str,
    public_key: str,
    number: int,
    path: Path,
    done: dict[int, str],
    team_key: bytes,
    report: SyncReport,
) -> str:
    """Read, open and take one of a laptop's segments: _TOOK, _NEXT (go on), _STOP, or _WAIT + why."""
    try:
        data = path.read_bytes()
    except OSError:
        return _STOP  # being written or the stick pulled: looked at again next time
    sha = hashlib.sha256(data).hexdigest()
    _seen_files[path] = (_stat_of(path), sha)
    if number in done:
        if done[number] != sha:
            _alarm(database, share, device_id, path, "changed-after", "its bytes differ from when it was read", report)
        return _NEXT
    try:
        header, body = fmt.decode_segment(team_key, data)
    except fmt.FormatError as exc:
        _alarm(database, share, device_id, path, exc.kind, exc.detail, report)
        # A newer one waits for an update; a damaged or planted one is passed by: the chain's checks
        # make what follows it wait, if anything.
        return _STOP if exc.kind == fmt.NEWER else _NEXT
    if header.share != share.share_id or header.device != device_id or header.number != number:
        # Not this place's file (a copy put here by anyone who can write to the folder): its laptop
        # writes on under the next number (_note_left_over), so the rest is read.
        _alarm(database, share, device_id, path, store.CHANGED, "its header names another place", report)
        return _NEXT
    if fmt.version_tuple(header.min_version) > fmt.version_tuple(__version__):
        needs = f"it needs Crisis Room {header.min_version} or newer; this laptop has {__version__}"
        _alarm(database, share, device_id, path, store.NEWER, needs, report)
        return _STOP
    taken = store.take(database, share, device_id, public_key, number, header.first_seq, header.last_seq, body, sha)
    if taken.outcome == store.TAKEN:
        report.taken += taken.entries
        return _TOOK
    if taken.outcome == store.GAP:
        return f"{_WAIT}{path.name}: {taken.detail}"
    if taken.outcome == store.ALREADY:
        return _NEXT
    _alarm(database, share, device_id, path, taken.outcome, taken.detail, report)
    return _NEXT if taken.outcome == store.CHANGED else _STOP  # a fork stops that laptop; a newer one waits


# Files already read by this process, by their size and modification time: a sync every few seconds
# reads again (and hashes) only a file whose size or time changed since, to tell a changed segment.
_seen_files: dict[Path, tuple[tuple[int, int] | None, str]] = {}


def _stat_of(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns)


def _unchanged_since_read(path: Path, sha: str) -> bool:
    seen = _seen_files.get(path)
    return seen is not None and seen[1] == sha and seen[0] is not None and seen[0] == _stat_of(path)


def _alarm(
    database: Database, share: store.Share, device_id: str, path: Path, kind: str, detail: str, report: SyncReport
) -> None:
    words = ALARM_WORDS.get(kind, kind)
    if store.raise_alarm(database, share.share_id, device_id, str(path), kind, f"{words} ({detail})"):
        report.new_alarms.append(f"{path.parent.name[:8]}/{path.name}: {words} ({detail})")


def status(database: Database) -> list[ShareStatus]:
    """Every share this laptop takes part in: its laptops, who is waiting, the alarms."""
    found = []
    for share in store.shares(database):
        try:
            title = incidents.get(database, share.incident_id).title
        except NotFoundError:  # a laptop waiting to be admitted has not got the incident yet
            title = ""
        own_key = store.own_public_key(database, share.device_id)
        own_fingerprint = keys.fingerprint(own_key) if own_key is not None else ""
        admitted = store.laptops(database, share.incident_id)
        seen = store.last_entries(database, [laptop.device_id for laptop in admitted])
        read = store.last_segment_read(database, share.share_id)
        laptops = [
            LaptopStatus(
                device_id=laptop.device_id,
                person=laptop.person,
                laptop=laptop.laptop,
                fingerprint=laptop.fingerprint,
                this_laptop=laptop.device_id == share.device_id,
                admitted=True,
                admitted_by=laptop.admitted_by,
                last_entry=seen.get(laptop.device_id, (None, 0))[0],
                entries=seen.get(laptop.device_id, (None, 0))[1],
                last_read=read.get(laptop.device_id),
            )
            for laptop in admitted
        ]
        waiting = (
            [
                LaptopStatus(r.device_id, r.person, r.laptop, r.fingerprint, False, False, "", None, 0, None)
                for r in join_requests(database, share)
            ]
            if share.state == "member" and Path(share.folder).is_dir()
            else []
        )
        alarms = [
            {"kind": a.kind, "file": a.path, "laptop": a.device_id, "detail": a.detail, "first_seen": a.first_seen}
            for a in store.alarms(database, share.share_id)
        ]
        found.append(
            ShareStatus(share.incident_id, title, share.folder, share.state, own_fingerprint, laptops, waiting, alarms)
        )
    return found


def share_of(database: Database, incident_id: str) -> store.Share | None:
    """This laptop's part in sharing the incident, if it is shared."""
    return store.share_of(database, incident_id)
