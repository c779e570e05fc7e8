"""Syncthing, when present: set the shared folder up through the person's own Syncthing, and show its view.

Sharing works with any folder (services/sharing.py); when a local Syncthing runs, the window's
Share and Join dialogs offer to let it carry the folder, and the team panel shows Syncthing's
view of the other computers beside Crisis Room's own (issue 18, "Syncthing, when present"). All
of it goes through Syncthing's REST API on this computer (``sharing/syncthing.py``), with the
API key from Syncthing's own config.xml; Crisis Room opens no connection to another computer.

These use cases change Syncthing's configuration, never the database: they return plain values
(no ``Done``). :func:`look` never raises for a Syncthing that is missing, stopped or refusing:
its :class:`SyncthingView` says so in one sentence, so a dialog can show it and carry on with a
plain folder. The others raise :class:`~crisisroom.domain.errors.UserError` (a
``SyncthingError``) with one sentence and change nothing more than Syncthing had done.

Which Syncthing: ``home`` when given (the folder holding its config.xml), else ``$STHOMEDIR``,
else the platform's usual places (``sharing.syncthing.candidate_homes``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from crisisroom.domain.errors import InvalidInputError
from crisisroom.sharing.syncthing import (
    PendingDevice,
    PendingFolder,
    Syncthing,
    SyncthingError,
    SyncthingNotFound,
    SyncthingNotRunning,
)

# Asked quickly: the window asks from a worker, and a Syncthing that takes longer is not well.
TIMEOUT = 3.0
# Crisis Room writes each shared file under a temporary name (".<name>.<random>.tmp", see
# sharing/folder.py write_once) and links it into place: Syncthing need not carry those, and "(?d)"
# lets it remove a folder that holds nothing else.
IGNORE_PATTERNS = ("(?d).*.tmp",)


class SyncthingStatus(StrEnum):
    """Whether this computer's Syncthing can carry the folder."""

    ABSENT = "absent"  # no Syncthing configuration on this computer
    STOPPED = "stopped"  # configured, but nothing answers at its address
    UNUSABLE = "unusable"  # it answers, but refuses the key, or its config or answers cannot be used
    RUNNING = "running"


@dataclass(frozen=True)
class SyncthingPeer:
    """Another computer as this Syncthing sees it."""

    device_id: str  # Syncthing's device ID (not Crisis Room's laptop id)
    name: str  # the name it has in this Syncthing ("" when none was given)
    connected: bool
    last_seen: datetime | None  # UTC; None when never seen
    address: str  # where it is connected from ("" when not connected)
    completion: float | None  # percent of the shared folder it holds; None when the folder is not shared with it
    shares_folder: bool  # the folder (when one was asked about) is shared with it


@dataclass(frozen=True)
class SyncthingView:
    """This computer's Syncthing and, for one folder, what it does with it."""

    status: SyncthingStatus
    problem: str  # one sentence when not RUNNING, "" otherwise
    device_id: str  # this computer's Syncthing device ID, for the others to add ("" when not running)
    folder: Path | None  # the folder asked about
    folder_id: str | None  # the Syncthing folder that is this path (None: Syncthing does not carry it)
    folder_state: str  # Syncthing's word: idle, scanning, syncing… ("" when it does not carry the folder)
    completion: float | None  # percent of the folder's latest version held here
    need_items: int  # files still to come
    errors: tuple[str, ...]  # Syncthing's errors for the folder ("path: error"), first few
    peers: tuple[SyncthingPeer, ...]  # every other computer this Syncthing knows
    pending_devices: tuple[PendingDevice, ...]  # computers that tried to connect, not yet added
    pending_folders: tuple[PendingFolder, ...]  # folders other computers offered, not yet accepted

    @property
    def running(self) -> bool:
        return self.status is SyncthingStatus.RUNNING


def connect(home: Path | str | None = None) -> Syncthing:
    """The local Syncthing, checked to answer with its key.

    Raises:
        SyncthingError: missing, stopped, refusing or unusable (one sentence).
    """
    client = Syncthing.locate(home, timeout=TIMEOUT)
    client.ping()
    return client


def look(folder: Path | str | None = None, *, home: Path | str | None = None) -> SyncthingView:
    """Whether a local Syncthing runs, and its view of ``folder`` and of the other computers. Never raises
    for Syncthing's own problems (see :class:`SyncthingStatus`)."""
    path = None if folder is None else Path(folder).expanduser().absolute()
    try:
        client = connect(home)
        return _view(client, path)
    except SyncthingNotFound as exc:
        return _unavailable(SyncthingStatus.ABSENT, str(exc), path)
    except SyncthingNotRunning as exc:
        return _unavailable(SyncthingStatus.STOPPED, str(exc), path)
    except SyncthingError as exc:
        return _unavailable(SyncthingStatus.UNUSABLE, str(exc), path)


def share_folder(
    folder: Path | str,
    *,
    device_ids: Sequence[str] = (),
    label: str | None = None,
    home: Path | str | None = None,
) -> SyncthingView:
    """Let the local Syncthing carry ``folder`` (added when it is not yet), shared with ``device_ids``.

    Each device ID is checked and put in Syncthing's form by Syncthing itself; a device it does
    not know yet is added (found on the local network by Syncthing's discovery). The folder's
    ignore patterns gain Crisis Room's temporary files. Then Syncthing's view of it.

    Raises:
        SyncthingError: Syncthing missing, stopped or refusing; a device ID that is not one.
    """
    path = Path(folder).expanduser().absolute()
    client = connect(home)
    devices = [client.check_device_id(device) for device in device_ids]
    for device in devices:
        client.add_device(device)
    found = client.create_folder(path, label=label or path.name, device_ids=devices)
    client.add_ignores(found.id, IGNORE_PATTERNS)
    return _view(client, path)


def add_device(
    device_id: str,
    *,
    name: str = "",
    addresses: Sequence[str] = (),
    folder: Path | str | None = None,
    home: Path | str | None = None,
) -> SyncthingView:
    """Add another computer to the local Syncthing (a typed ID, or a pending device); share ``folder`` with it.

    ``addresses``: ``tcp://host:port`` where it listens, when Syncthing's discovery cannot find
    it; empty lets Syncthing discover it.

    Raises:
        SyncthingError: Syncthing missing, stopped or refusing; not a device ID; this computer's own ID;
            ``folder`` not carried by Syncthing.
    """
    client = connect(home)
    device = client.check_device_id(device_id)
    client.add_device(device, name=name.strip(), addresses=list(addresses))
    path = None if folder is None else Path(folder).expanduser().absolute()
    if path is not None:
        carried = client.folder_for_path(path)
        if carried is None:
            raise InvalidInputError(f"Syncthing does not carry {path}; share the folder through Syncthing first.")
        client.share_folder(carried.id, device)
    return _view(client, path)


def accept_folder(folder_id: str, folder: Path | str, *, home: Path | str | None = None) -> SyncthingView:
    """Take a folder another computer offered (one of ``pending_folders``) into ``folder`` on this computer.

    The folder is made when missing; Syncthing fills it with what the others hold, and the
    person then joins the incident in it (``services.sharing.join``).

    Raises:
        SyncthingError: Syncthing missing, stopped or refusing; no such offer.
    """
    path = Path(folder).expanduser().absolute()
    client = connect(home)
    accepted = client.accept_folder(folder_id, path)
    client.add_ignores(accepted.id, IGNORE_PATTERNS)
    return _view(client, path)


def nudge(folder: Path | str, subfolder: str | None = None, *, home: Path | str | None = None) -> bool:
    """Ask the local Syncthing to look at ``folder`` (or its ``subfolder``) now, after writing new files.

    Without it Syncthing notices a new file after its watcher's delay (about a second for the
    folders made here, ten by Syncthing's default); asked, it sends it at once (the benchmark
    measures both). True when Syncthing carries the folder and took the request; never raises:
    sharing never depends on it.
    """
    path = Path(folder).expanduser().absolute()
    with contextlib.suppress(SyncthingError, OSError):
        client = Syncthing.locate(home, timeout=TIMEOUT)
        carried = client.folder_for_path(path)
        if carried is None:
            return False
        client.scan(carried.id, sub=subfolder)
        return True
    return False


def _view(client: Syncthing, path: Path | None) -> SyncthingView:
    carried = None if path is None else client.folder_for_path(path)
    state = None if carried is None else client.folder_state(carried.id)
    shared_with = set() if carried is None else set(carried.device_ids)
    peers = tuple(
        SyncthingPeer(
            device_id=peer.device_id,
            name=peer.name,
            connected=peer.connected,
            last_seen=peer.last_seen,
            address=peer.address,
            completion=(
                client.completion(carried.id, peer.device_id)
                if carried is not None and peer.device_id in shared_with
                else None
            ),
            shares_folder=peer.device_id in shared_with,
        )
        for peer in client.peers()
    )
    return SyncthingView(
        status=SyncthingStatus.RUNNING,
        problem="",
        device_id=client.device_id(),
        folder=path,
        folder_id=None if carried is None else carried.id,
        folder_state="" if state is None else state.state,
        completion=None if state is None else state.completion,
        need_items=0 if state is None else state.need_items,
        errors=() if state is None else state.errors,
        peers=peers,
        pending_devices=tuple(client.pending_devices()),
        pending_folders=tuple(client.pending_folders()),
    )


def _unavailable(status: SyncthingStatus, problem: str, path: Path | None) -> SyncthingView:
    return SyncthingView(
        status=status,
        problem=problem,
        device_id="",
        folder=path,
        folder_id=None,
        folder_state="",
        completion=None,
        need_items=0,
        errors=(),
        peers=(),
        pending_devices=(),
        pending_folders=(),
    )
