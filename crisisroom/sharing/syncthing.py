"""A client of this computer's own Syncthing, through its REST API (no Qt, standard library only).

Crisis Room writes no network code for sharing (design: "Several laptops, one incident"): when the
person already runs Syncthing, this module asks it, on this computer, to keep the shared folder in
step with the team's laptops. It speaks only to the address of Syncthing's own GUI, read from
Syncthing's ``config.xml`` with its API key (``X-API-Key``), exactly as Syncthing's REST API
documents it (checked against Syncthing 1.19, the version in Debian 12):

- ``GET /rest/system/ping``, ``/rest/system/status`` (``myID``), ``/rest/system/version``;
- ``GET|POST /rest/config/folders``, ``GET|PATCH /rest/config/folders/<id>``,
  ``GET|POST /rest/config/devices``, ``GET /rest/config/defaults/folder|device`` (the templates a
  new folder or device is made from, so every field Syncthing expects is there);
- ``GET /rest/system/connections`` (connected, address), ``/rest/stats/device`` (last seen),
  ``/rest/db/status`` and ``/rest/db/completion`` (a folder's state, how complete it is here and
  on each peer), ``/rest/folder/errors``, ``POST /rest/db/scan``;
- ``GET /rest/cluster/pending/devices|folders``: devices that tried to connect and folders a peer
  offered, so that one person types a device ID and the other only accepts;
- ``GET /rest/svc/deviceid``: Syncthing's own check and formatting of a typed device ID.

Every failure is a :class:`SyncthingError` with one sentence: no Syncthing found, Syncthing not
running, the API key refused, an answer that is not what the API documents, or Syncthing's own
refusal.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crisisroom.domain.errors import UserError

CONFIG_FILE = "config.xml"
HTTPS_CERT_FILE = "https-cert.pem"  # the GUI's own certificate, when its GUI uses TLS
DEFAULT_TIMEOUT = 5.0  # seconds for one request; Syncthing on this computer answers in milliseconds
FOLDER_ID_PREFIX = "crisisroom-"
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_UNSPECIFIED_HOSTS = {"", "0.0.0.0", "::", "[::]"}
# A device that was never seen has Go's zero time, or the Unix epoch, as its last-seen time.
_NEVER_BEFORE_YEAR = 2000


class SyncthingError(UserError):
    """Something about the local Syncthing the person can act on, in one sentence."""


class SyncthingNotFound(SyncthingError):
    """No Syncthing configuration in the places Syncthing keeps it, or none in the given home."""


class SyncthingNotRunning(SyncthingError):
    """Nothing answers at the GUI address of Syncthing's configuration."""


class SyncthingKeyRefused(SyncthingError):
    """Syncthing answered, but refused the API key of its configuration."""


class SyncthingBadAnswer(SyncthingError):
    """Syncthing answered with something that is not what its REST API documents."""


# --- finding Syncthing's configuration -------------------------------------------------------


def candidate_homes(
    *, environ: Mapping[str, str] | None = None, platform: str | None = None, user_home: Path | None = None
) -> list[Path]:
    """Where Syncthing keeps its configuration on this platform, most likely first.

    Syncthing's own order (its ``lib/locations``): ``$STHOMEDIR`` when set; on Windows
    ``%LOCALAPPDATA%\\Syncthing`` (else ``%APPDATA%\\Syncthing``); on macOS
    ``~/Library/Application Support/Syncthing``; elsewhere the older ``$XDG_CONFIG_HOME/syncthing``
    and ``~/.config/syncthing`` (used as long as they hold a config.xml, as Syncthing 1.19 does),
    then the newer ``$XDG_STATE_HOME/syncthing`` and ``~/.local/state/syncthing``.
    """
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    home = Path.home() if user_home is None else user_home
    found: list[Path] = []
    if env.get("STHOMEDIR"):
        found.append(Path(env["STHOMEDIR"]))
    if system.startswith("win"):
        for name in ("LOCALAPPDATA", "APPDATA"):
            if env.get(name):
                found.append(Path(env[name]) / "Syncthing")
    elif system == "darwin":
        found.append(home / "Library" / "Application Support" / "Syncthing")
    else:
        if env.get("XDG_CONFIG_HOME"):
            found.append(Path(env["XDG_CONFIG_HOME"]) / "syncthing")
        found.append(home / ".config" / "syncthing")
        if env.get("XDG_STATE_HOME"):
            found.append(Path(env["XDG_STATE_HOME"]) / "syncthing")
        found.append(home / ".local" / "state" / "syncthing")
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def find_home(
    home: Path | str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    user_home: Path | None = None,
) -> Path:
    """The Syncthing home (the folder holding config.xml): the given one, else the first usual place that has one.

    Raises:
        SyncthingNotFound: the given home has no config.xml, or no usual place has one.
    """
    if home is not None:
        path = Path(home).expanduser()
        if not (path / CONFIG_FILE).is_file():
            raise SyncthingNotFound(f"There is no Syncthing configuration ({CONFIG_FILE}) in {path}.")
        return path
    places = candidate_homes(environ=environ, platform=platform, user_home=user_home)
    for place in places:
        if (place / CONFIG_FILE).is_file():
            return place
    raise SyncthingNotFound(
        "Syncthing does not seem to be set up on this computer (no config.xml in "
        + ", ".join(str(place) for place in places)
        + ")."
    )


@dataclass(frozen=True)
class GuiConfig:
    """What Crisis Room needs from Syncthing's config.xml to speak to it."""

    home: Path
    url: str  # e.g. http://127.0.0.1:8384
    api_key: str
    tls: bool


def read_gui_config(home: Path) -> GuiConfig:
    """The GUI's address and API key from ``home/config.xml``.

    Raises:
        SyncthingError: the file cannot be read or parsed, the GUI is disabled or on a Unix
            socket, or no API key is set.
    """
    path = home / CONFIG_FILE
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise SyncthingError(f"Syncthing's configuration {path} cannot be read ({exc.strerror or exc}).") from None
    except ET.ParseError as exc:
        raise SyncthingError(f"Syncthing's configuration {path} is not valid XML ({exc}).") from None
    gui = root.find("gui")
    if root.tag != "configuration" or gui is None:
        raise SyncthingError(f"{path} is not a Syncthing configuration (it has no <gui> section).")
    if gui.get("enabled", "true").strip().lower() == "false":
        raise SyncthingError(f"Syncthing's GUI and REST API are turned off in {path}.")
    address = (gui.findtext("address") or "").strip()
    api_key = (gui.findtext("apikey") or "").strip()
    if not api_key:
        raise SyncthingError(
            f"Syncthing has no API key yet ({path}); open Syncthing's web page once (Actions, Settings) to make one."
        )
    tls = gui.get("tls", "false").strip().lower() == "true"
    return GuiConfig(home=home, url=gui_url(address, tls=tls, source=path), api_key=api_key, tls=tls)


def gui_url(address: str, *, tls: bool, source: Path | str = CONFIG_FILE) -> str:
    """The URL this computer reaches a GUI address at: a wildcard host means the loopback.

    Raises:
        SyncthingError: a Unix socket, or an address that is not host:port.
    """
    text = address.strip()
    scheme = "https" if tls else "http"
    for prefix in ("http://", "https://"):
        if text.startswith(prefix):
            scheme = "https" if prefix == "https://" else scheme
            text = text[len(prefix) :]
    if text.startswith(("unix://", "/")):
        raise SyncthingError(f"Syncthing's GUI listens on a Unix socket ({text}), which Crisis Room cannot use.")
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise SyncthingError(f"Syncthing's GUI address in {source} is not host:port: {address!r}.")
    if host in _UNSPECIFIED_HOSTS:
        host = "[::1]" if host in ("::", "[::]") else "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{scheme}://{host}:{int(port)}"


# --- what Syncthing tells ------------------------------------------------------------------------


@dataclass(frozen=True)
class Folder:
    """One folder of Syncthing's configuration."""

    id: str
    label: str
    path: Path
    type: str  # sendreceive, sendonly, receiveonly, receiveencrypted
    device_ids: tuple[str, ...]  # every device it is shared with, this one included
    paused: bool


@dataclass(frozen=True)
class FolderState:
    """How a folder stands here: Syncthing's state word and what it still needs."""

    folder_id: str
    state: str  # idle, scanning, syncing, sync-preparing, error, … ("" when Syncthing has none yet)
    completion: float  # percent, 0 to 100, of the cluster's latest version held here
    need_items: int
    need_bytes: int
    global_items: int
    pull_errors: int
    errors: tuple[str, ...]  # "path: error" from /rest/folder/errors, first few
    state_changed: datetime | None


@dataclass(frozen=True)
class Peer:
    """Another device of Syncthing's configuration, as Syncthing sees it now."""

    device_id: str
    name: str
    connected: bool
    paused: bool
    address: str  # where it is connected from, "" when not connected
    addresses: tuple[str, ...]  # where Syncthing looks for it ("dynamic" or tcp://host:port)
    last_seen: datetime | None  # None: never seen
    client_version: str
    folder_completion: float | None  # percent of the folder it has, when a folder was asked about


@dataclass(frozen=True)
class PendingDevice:
    """A device that tried to connect and is not in the configuration."""

    device_id: str
    name: str
    address: str
    time: datetime | None


@dataclass(frozen=True)
class PendingFolder:
    """A folder a known device offered and this Syncthing has not added."""

    folder_id: str
    label: str
    offered_by: tuple[str, ...]  # device ids
    time: datetime | None


def parse_time(value: object) -> datetime | None:
    """Syncthing's RFC 3339 times (nanoseconds, any offset) in UTC; its "never" (zero time, epoch) is None."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    main, sign, offset = text, "", ""
    for marker in ("+", "-"):
        at = text.rfind(marker)
        if at > 10:  # after the date's own dashes
            main, sign, offset = text[:at], marker, text[at + 1 :]
            break
    if "." in main:
        whole, fraction = main.split(".", 1)
        main = f"{whole}.{fraction[:6]}"
    try:
        parsed = datetime.fromisoformat(f"{main}{sign}{offset}" if sign else main)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    parsed = parsed.astimezone(UTC)
    return None if parsed.year < _NEVER_BEFORE_YEAR else parsed


def new_folder_id() -> str:
    """A fresh folder id, recognisably Crisis Room's: ``crisisroom-xxxxx-xxxxx``."""
    letters = "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))
    return f"{FOLDER_ID_PREFIX}{letters[:5]}-{letters[5:]}"


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return a.expanduser().absolute() == b.expanduser().absolute()


# --- the client -------------------------------------------------------------------------------


class Syncthing:
    """One local Syncthing, reached through its REST API.

    Made with :meth:`locate` (its config.xml found, or in an explicit home) or directly with a URL
    and an API key. Nothing is asked until a method is called.
    """

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        home: Path | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        cafile: Path | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.home = home
        self.timeout = timeout
        self._context: ssl.SSLContext | None = None
        if self.url.startswith("https://"):
            if cafile is not None and cafile.is_file():
                # Syncthing's GUI certificate is self-signed for the name "syncthing": trust that
                # one certificate, from Syncthing's own home, and nothing else.
                try:
                    context = ssl.create_default_context(cafile=str(cafile))
                except (ssl.SSLError, OSError) as exc:
                    raise SyncthingError(f"Syncthing's GUI certificate {cafile} cannot be read ({exc}).") from None
                context.check_hostname = False
            else:
                context = ssl.create_default_context()
            self._context = context
        self._my_id: str | None = None

    @classmethod
    def locate(
        cls,
        home: Path | str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        environ: Mapping[str, str] | None = None,
    ) -> Syncthing:
        """The Syncthing whose configuration is in ``home``, or in the platform's usual places.

        Raises:
            SyncthingError: no configuration, or one Crisis Room cannot use (see read_gui_config).
        """
        found = find_home(home, environ=environ)
        gui = read_gui_config(found)
        return cls(gui.url, gui.api_key, home=found, timeout=timeout, cafile=found / HTTPS_CERT_FILE)

    def __repr__(self) -> str:
        return f"Syncthing({self.url!r}, home={str(self.home) if self.home else None!r})"

    # --- the wire --------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        body: object = None,
        expect_json: bool = True,
    ) -> Any:
        """One REST call; its JSON answer (None when ``expect_json`` is false).

        Raises:
            SyncthingNotRunning, SyncthingKeyRefused, SyncthingBadAnswer, SyncthingError.
        """
        target = self.url + path
        if query:
            target += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(target, data=data, method=method)
        request.add_header("X-API-Key", self.api_key)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        what = f"{method} {path}"
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = _first_line(exc.read())
            exc.close()
            if exc.code in (401, 403):
                source = f" from {self.home / CONFIG_FILE}" if self.home else ""
                raise SyncthingKeyRefused(f"Syncthing at {self.url} refused the API key{source}.") from None
            if exc.code == 404:
                raise SyncthingError(
                    f"Syncthing at {self.url} has no {what}" + (f" ({detail})." if detail else ".")
                ) from None
            raise SyncthingError(
                f"Syncthing at {self.url} refused {what} (HTTP {exc.code}" + (f": {detail})." if detail else ").")
            ) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, ssl.SSLError):
                raise SyncthingError(
                    f"Syncthing at {self.url} presented a certificate other than the one in its home ({reason})."
                ) from None
            raise SyncthingNotRunning(f"Syncthing is not running at {self.url} ({_reason(reason)}).") from None
        except TimeoutError:
            raise SyncthingNotRunning(f"Syncthing at {self.url} did not answer within {self.timeout:g} s.") from None
        except (ConnectionError, OSError) as exc:
            raise SyncthingNotRunning(f"Syncthing is not running at {self.url} ({_reason(exc)}).") from None
        if not expect_json:
            return None
        try:
            return json.loads(raw.decode("utf-8")) if raw.strip() else None
        except (UnicodeDecodeError, ValueError):
            raise SyncthingBadAnswer(
                f"Syncthing at {self.url} answered {what} with something that is not JSON: {_first_line(raw)!r}."
            ) from None

    def _object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        answer = self.request(method, path, **kwargs)
        if not isinstance(answer, dict):
            raise SyncthingBadAnswer(
                f"Syncthing at {self.url} answered {method} {path} with {type(answer).__name__}, not an object."
            )
        return answer

    def _list(self, path: str) -> list[dict[str, Any]]:
        answer = self.request("GET", path)
        if not isinstance(answer, list) or not all(isinstance(item, dict) for item in answer):
            raise SyncthingBadAnswer(
                f"Syncthing at {self.url} answered GET {path} with something not a list of objects."
            )
        return answer

    # --- the system ------------------------------------------------------------------------

    def ping(self) -> None:
        """Check that Syncthing runs and takes the key.

        Raises:
            SyncthingNotRunning, SyncthingKeyRefused, SyncthingBadAnswer.
        """
        answer = self._object("GET", "/rest/system/ping")
        if answer.get("ping") != "pong":
            raise SyncthingBadAnswer(f"Syncthing at {self.url} answered the ping with {answer!r}.")

    def is_running(self) -> bool:
        """Whether Syncthing answers here with the key (a refused key or a bad answer still raise)."""
        try:
            self.ping()
        except SyncthingNotRunning:
            return False
        return True

    def device_id(self) -> str:
        """This Syncthing's own device ID (``myID``)."""
        if self._my_id is None:
            my_id = self._object("GET", "/rest/system/status").get("myID")
            if not isinstance(my_id, str) or not my_id:
                raise SyncthingBadAnswer(f"Syncthing at {self.url} did not say its device ID (myID).")
            self._my_id = my_id
        return self._my_id

    def version(self) -> str:
        version = self._object("GET", "/rest/system/version").get("version")
        if not isinstance(version, str):
            raise SyncthingBadAnswer(f"Syncthing at {self.url} did not say its version.")
        return version

    def check_device_id(self, text: str) -> str:
        """A typed device ID in Syncthing's canonical form (Syncthing checks it; lower case, no dashes are fine).

        Raises:
            SyncthingError: Syncthing says it is not a valid device ID.
        """
        answer = self._object("GET", "/rest/svc/deviceid", query={"id": text.strip()})
        if isinstance(answer.get("id"), str) and answer["id"]:
            return str(answer["id"])
        problem = answer.get("error") or "not a device ID"
        raise SyncthingError(f"{text.strip()!r} is not a Syncthing device ID ({problem}).")

    # --- folders ---------------------------------------------------------------------------

    def folders(self) -> list[Folder]:
        return [self._folder(item) for item in self._list("/rest/config/folders")]

    def folder(self, folder_id: str) -> Folder:
        return self._folder(self._object("GET", f"/rest/config/folders/{_quote(folder_id)}"))

    def folder_for_path(self, path: Path | str) -> Folder | None:
        """The folder of the configuration that is this path, if any."""
        wanted = Path(path)
        for folder in self.folders():
            if _same_path(folder.path, wanted):
                return folder
        return None

    def create_folder(
        self,
        path: Path | str,
        *,
        label: str | None = None,
        folder_id: str | None = None,
        device_ids: Iterable[str] = (),
        rescan_interval_s: int = 300,
        watcher_delay_s: int = 1,
    ) -> Folder:
        """Add ``path`` as a send-and-receive folder, made from Syncthing's defaults, shared with ``device_ids``.

        A folder already configured for this path is returned as it is (then shared with
        ``device_ids``). The directory is created when missing. Crisis Room's files are small
        and never change once written, so the watcher reports them after ``watcher_delay_s``
        (Syncthing's default is 10 s) and a full rescan runs every ``rescan_interval_s``.

        Raises:
            SyncthingError: Syncthing refused the folder (an id already used for another path…).
        """
        folder_path = Path(path).expanduser().absolute()
        existing = self.folder_for_path(folder_path)
        if existing is not None:
            for device in device_ids:
                existing = self.share_folder(existing.id, device)
            return existing
        chosen_id = folder_id or new_folder_id()
        if any(folder.id == chosen_id for folder in self.folders()):
            raise SyncthingError(f"Syncthing already has a folder {chosen_id!r} at another path.")
        try:
            folder_path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SyncthingError(f"The folder {folder_path} cannot be created ({exc.strerror or exc}).") from None
        template = self._object("GET", "/rest/config/defaults/folder")
        me = self.device_id()
        devices = [{"deviceID": me, "introducedBy": "", "encryptionPassword": ""}]
        for device in device_ids:
            if device not in {item["deviceID"] for item in devices}:
                devices.append({"deviceID": device, "introducedBy": "", "encryptionPassword": ""})
        template.update(
            id=chosen_id,
            label=label or folder_path.name,
            path=str(folder_path),
            type="sendreceive",
            devices=devices,
            rescanIntervalS=rescan_interval_s,
            fsWatcherEnabled=True,
            fsWatcherDelayS=watcher_delay_s,
            paused=False,
        )
        self.request("POST", "/rest/config/folders", body=template, expect_json=False)
        return self.folder(chosen_id)

    def share_folder(self, folder_id: str, device_id: str) -> Folder:
        """Share a configured folder with a configured device (nothing changes if it already is)."""
        folder = self._object("GET", f"/rest/config/folders/{_quote(folder_id)}")
        devices = folder.get("devices")
        if not isinstance(devices, list):
            raise SyncthingBadAnswer(f"Syncthing at {self.url} gave folder {folder_id!r} without its devices.")
        if device_id not in {self.device_id(), *(device.get("deviceID") for device in self.devices())}:
            raise SyncthingError(f"Syncthing does not know the device {device_id}; add it before sharing with it.")
        if any(isinstance(item, dict) and item.get("deviceID") == device_id for item in devices):
            return self._folder(folder)
        devices = [*devices, {"deviceID": device_id, "introducedBy": "", "encryptionPassword": ""}]
        self.request("PATCH", f"/rest/config/folders/{_quote(folder_id)}", body={"devices": devices}, expect_json=False)
        return self.folder(folder_id)

    def accept_folder(
        self, folder_id: str, path: Path | str, *, label: str | None = None, watcher_delay_s: int = 1
    ) -> Folder:
        """Add a folder a peer offered (``pending_folders``) at ``path``, shared back with the devices offering it."""
        offers = {pending.folder_id: pending for pending in self.pending_folders()}
        offered = offers.get(folder_id)
        known = {folder.id: folder for folder in self.folders()}
        if folder_id in known:
            return known[folder_id]
        if offered is None:
            raise SyncthingError(f"No device has offered Syncthing the folder {folder_id!r}.")
        return self.create_folder(
            path,
            label=label or offered.label or None,
            folder_id=folder_id,
            device_ids=offered.offered_by,
            watcher_delay_s=watcher_delay_s,
        )

    def ignores(self, folder_id: str) -> list[str]:
        """The folder's ignore patterns (its ``.stignore``, which stays on this computer)."""
        answer = self._object("GET", "/rest/db/ignores", query={"folder": folder_id})
        return [str(line) for line in answer.get("ignore") or ()]

    def add_ignores(self, folder_id: str, patterns: Iterable[str]) -> list[str]:
        """Add ignore patterns to the folder's own, keeping the ones already there; the patterns now in force."""
        current = self.ignores(folder_id)
        wanted = [*current, *(pattern for pattern in patterns if pattern not in current)]
        if wanted != current:
            self.request("POST", "/rest/db/ignores", query={"folder": folder_id}, body={"ignore": wanted})
        return wanted

    def scan(self, folder_id: str, sub: str | None = None) -> None:
        """Ask for a scan of the folder (or of ``sub`` in it) now, rather than at the watcher's pace."""
        query = {"folder": folder_id}
        if sub:
            query["sub"] = sub
        self.request("POST", "/rest/db/scan", query=query, expect_json=False)

    def folder_state(self, folder_id: str) -> FolderState:
        status = self._object("GET", "/rest/db/status", query={"folder": folder_id})
        completion = self._object("GET", "/rest/db/completion", query={"folder": folder_id})
        errors_answer = self._object("GET", "/rest/folder/errors", query={"folder": folder_id, "perpage": "5"})
        errors = errors_answer.get("errors") or []
        return FolderState(
            folder_id=folder_id,
            state=str(status.get("state") or ""),
            completion=_number(completion.get("completion"), 100.0),
            need_items=int(_number(status.get("needTotalItems"), 0)),
            need_bytes=int(_number(status.get("needBytes"), 0)),
            global_items=int(_number(status.get("globalTotalItems"), 0)),
            pull_errors=int(_number(status.get("pullErrors"), 0)),
            errors=tuple(
                f"{item.get('path', '')}: {item.get('error', '')}" for item in errors if isinstance(item, dict)
            ),
            state_changed=parse_time(status.get("stateChanged")),
        )

    def completion(self, folder_id: str, device_id: str | None = None) -> float:
        """Percent of the folder's latest version held here, or on ``device_id`` as this Syncthing knows it."""
        query = {"folder": folder_id}
        if device_id:
            query["device"] = device_id
        return _number(self._object("GET", "/rest/db/completion", query=query).get("completion"), 0.0)

    # --- devices ---------------------------------------------------------------------------

    def devices(self) -> list[dict[str, Any]]:
        """The configuration's devices (this one included), as Syncthing gives them."""
        return self._list("/rest/config/devices")

    def add_device(self, device_id: str, *, name: str = "", addresses: Sequence[str] = ()) -> None:
        """Add a device (made from Syncthing's device defaults), or give a known one these addresses.

        ``addresses`` are ``tcp://host:port`` (static) or ``dynamic`` (found by discovery); empty
        keeps a known device's addresses and gives a new one ``dynamic``.
        """
        device_id = device_id.strip()
        if device_id == self.device_id():
            raise SyncthingError("That is this computer's own Syncthing device ID.")
        for device in self.devices():
            if device.get("deviceID") == device_id:
                changes: dict[str, Any] = {}
                if addresses and list(device.get("addresses") or []) != list(addresses):
                    changes["addresses"] = list(addresses)
                if name and not device.get("name"):
                    changes["name"] = name
                if changes:
                    self.request("PATCH", f"/rest/config/devices/{_quote(device_id)}", body=changes, expect_json=False)
                return
        template = self._object("GET", "/rest/config/defaults/device")
        template.update(deviceID=device_id, name=name, addresses=list(addresses) or ["dynamic"], paused=False)
        self.request("POST", "/rest/config/devices", body=template, expect_json=False)

    def peers(self, folder_id: str | None = None) -> list[Peer]:
        """The other devices, connected or not, with when each was last seen.

        With ``folder_id``, only the devices that folder is shared with, each with how complete
        its copy of the folder is (as this Syncthing knows it).
        """
        me = self.device_id()
        configured = [device for device in self.devices() if device.get("deviceID") != me]
        if folder_id is not None:
            shared = set(self.folder(folder_id).device_ids)
            configured = [device for device in configured if device.get("deviceID") in shared]
        connections = self._object("GET", "/rest/system/connections").get("connections") or {}
        stats = self._object("GET", "/rest/stats/device")
        peers = []
        for device in configured:
            device_id = str(device.get("deviceID") or "")
            link = connections.get(device_id) if isinstance(connections, dict) else None
            link = link if isinstance(link, dict) else {}
            seen = stats.get(device_id)
            seen = seen if isinstance(seen, dict) else {}
            connected = bool(link.get("connected"))
            peers.append(
                Peer(
                    device_id=device_id,
                    name=str(device.get("name") or ""),
                    connected=connected,
                    paused=bool(device.get("paused") or link.get("paused")),
                    address=str(link.get("address") or "") if connected else "",
                    addresses=tuple(str(item) for item in device.get("addresses") or ()),
                    last_seen=parse_time(seen.get("lastSeen")),
                    client_version=str(link.get("clientVersion") or ""),
                    folder_completion=self.completion(folder_id, device_id) if folder_id is not None else None,
                )
            )
        return peers

    def pending_devices(self) -> list[PendingDevice]:
        answer = self._object("GET", "/rest/cluster/pending/devices")
        return [
            PendingDevice(
                device_id=device_id,
                name=str(item.get("name") or ""),
                address=str(item.get("address") or ""),
                time=parse_time(item.get("time")),
            )
            for device_id, item in answer.items()
            if isinstance(item, dict)
        ]

    def pending_folders(self) -> list[PendingFolder]:
        answer = self._object("GET", "/rest/cluster/pending/folders")
        pending = []
        for folder_id, item in answer.items():
            offers = item.get("offeredBy") if isinstance(item, dict) else None
            if not isinstance(offers, dict) or not offers:
                continue
            times = [parse_time(offer.get("time")) for offer in offers.values() if isinstance(offer, dict)]
            labels = [str(offer.get("label") or "") for offer in offers.values() if isinstance(offer, dict)]
            pending.append(
                PendingFolder(
                    folder_id=folder_id,
                    label=next((label for label in labels if label), ""),
                    offered_by=tuple(sorted(offers)),
                    time=max((time for time in times if time is not None), default=None),
                )
            )
        return pending

    # --- helpers ---------------------------------------------------------------------------

    def _folder(self, item: dict[str, Any]) -> Folder:
        try:
            return Folder(
                id=str(item["id"]),
                label=str(item.get("label") or ""),
                path=Path(os.path.expanduser(str(item["path"]))),
                type=str(item.get("type") or ""),
                device_ids=tuple(
                    str(device["deviceID"]) for device in item.get("devices") or () if isinstance(device, dict)
                ),
                paused=bool(item.get("paused")),
            )
        except (KeyError, TypeError):
            raise SyncthingBadAnswer(f"Syncthing at {self.url} described a folder without its id or path.") from None


def _quote(part: str) -> str:
    return urllib.parse.quote(part, safe="")


def _number(value: object, default: float) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:200] if text else ""


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "no answer"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or type(reason).__name__
