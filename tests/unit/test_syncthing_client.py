"""The Syncthing REST client against a small fake of Syncthing's API: finding it, what it sends, its errors.

The real Syncthing is in test_syncthing_real.py; here are the cases a real one does not easily
give: a config in each usual place, a GUI on a wildcard address, odd answers, refusals.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from crisisroom.services import sharing_syncthing
from crisisroom.services.sharing_syncthing import SyncthingStatus
from crisisroom.sharing.syncthing import (
    Syncthing,
    SyncthingBadAnswer,
    SyncthingError,
    SyncthingKeyRefused,
    SyncthingNotFound,
    SyncthingNotRunning,
    candidate_homes,
    find_home,
    gui_url,
    parse_time,
    read_gui_config,
)

KEY = "fake-api-key"
ME = "AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA-AAAAAAA"
PEER = "BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB-BBBBBBB"
CONFIG = """<configuration version="36">
    <device id="{me}" name="here"></device>
    <gui enabled="true" tls="false" debugging="false">
        <address>{address}</address>
        <apikey>{key}</apikey>
    </gui>
    <options></options>
</configuration>
"""


class FakeSyncthing:
    """Answers like Syncthing 1.19 for the endpoints the client uses; keeps the config in memory."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, list[str]], Any]] = []
        self.folders: list[dict[str, Any]] = []
        self.devices: list[dict[str, Any]] = [{"deviceID": ME, "name": "here", "addresses": ["dynamic"]}]
        self.override: dict[tuple[str, str], tuple[int, bytes]] = {}
        self.ignores: dict[str, list[str]] = {}

    def answer(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any]:
        self.requests.append((method, path, query, body))
        if (method, path) in self.override:
            return self.override[(method, path)]
        if path == "/rest/system/ping":
            return 200, {"ping": "pong"}
        if path == "/rest/system/status":
            return 200, {"myID": ME}
        if path == "/rest/config/defaults/folder":
            return 200, {"id": "", "label": "", "path": "~", "type": "sendreceive", "rescanIntervalS": 3600,
                         "fsWatcherEnabled": True, "fsWatcherDelayS": 10, "markerName": ".stfolder",
                         "devices": [{"deviceID": ME, "introducedBy": "", "encryptionPassword": ""}]}  # fmt: skip
        if path == "/rest/config/defaults/device":
            return 200, {"deviceID": "", "name": "", "addresses": ["dynamic"], "compression": "metadata"}
        if path == "/rest/config/folders" and method == "GET":
            return 200, self.folders
        if path == "/rest/config/folders" and method == "POST":
            self.folders = [folder for folder in self.folders if folder["id"] != body["id"]] + [body]
            return 200, None
        if path.startswith("/rest/config/folders/"):
            wanted = path.rsplit("/", 1)[1]
            for folder in self.folders:
                if folder["id"] == wanted:
                    if method == "PATCH":
                        folder.update(body)
                        return 200, None
                    return 200, folder
            return 404, b"404 page not found"
        if path == "/rest/config/devices" and method == "GET":
            return 200, self.devices
        if path == "/rest/config/devices" and method == "POST":
            self.devices.append(body)
            return 200, None
        if path.startswith("/rest/config/devices/") and method == "PATCH":
            wanted = path.rsplit("/", 1)[1]
            for device in self.devices:
                if device["deviceID"] == wanted:
                    device.update(body)
            return 200, None
        if path == "/rest/system/connections":
            link = {"connected": True, "address": "192.0.2.7:22000", "clientVersion": "v1.19.2"}
            return 200, {"connections": {PEER: link, ME: {"connected": False}}}
        if path == "/rest/stats/device":
            return 200, {
                PEER: {"lastSeen": "2026-03-01T10:15:30.123456789+01:00"},
                ME: {"lastSeen": "1970-01-01T00:00:00Z"},
            }
        if path == "/rest/db/completion":
            return 200, {"completion": 42.5 if query.get("device") == [PEER] else 100}
        if path == "/rest/db/status":
            return 200, {
                "state": "syncing",
                "needTotalItems": 3,
                "needBytes": 2048,
                "globalTotalItems": 9,
                "pullErrors": 1,
                "stateChanged": "2026-03-01T09:00:00Z",
            }
        if path == "/rest/folder/errors":
            return 200, {"folder": query["folder"][0], "errors": [{"path": "a/b", "error": "permission denied"}]}
        if path == "/rest/db/scan" and method == "POST":
            return 200, None
        if path == "/rest/db/ignores":
            folder = query["folder"][0]
            if method == "POST":
                self.ignores[folder] = body["ignore"]
            return 200, {"ignore": self.ignores.get(folder, []), "expanded": []}
        if path == "/rest/cluster/pending/folders":
            offer = {"time": "2026-03-01T10:00:00Z", "label": "Flood"}
            return 200, {"crisisroom-abcde-fghij": {"offeredBy": {PEER: offer}}}
        if path == "/rest/cluster/pending/devices":
            return 200, {PEER: {"time": "2026-03-01T10:00:00Z", "name": "Ben's laptop", "address": "192.0.2.7:22000"}}
        if path == "/rest/svc/deviceid":
            given = query["id"][0].upper().replace("-", "")
            if given == PEER.replace("-", ""):
                return 200, {"id": PEER}
            return 200, {"error": "device ID invalid: incorrect length"}
        return 404, b"404 page not found"


@pytest.fixture
def fake() -> Iterator[tuple[FakeSyncthing, str]]:
    state = FakeSyncthing()

    class Handler(BaseHTTPRequestHandler):
        def handle_one(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if self.headers.get("X-API-Key") != KEY:
                self.send_response(403)
                self.end_headers()
                self.wfile.write(b"Forbidden")
                return
            parts = urlsplit(self.path)
            status, body = state.answer(method, parts.path, parse_qs(parts.query), json.loads(raw) if raw else None)
            data = body if isinstance(body, bytes) else (b"" if body is None else json.dumps(body).encode())
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self.handle_one("GET")

        def do_POST(self) -> None:
            self.handle_one("POST")

        def do_PATCH(self) -> None:
            self.handle_one("PATCH")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def write_config(home: Path, address: str, key: str = KEY) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.xml").write_text(CONFIG.format(me=ME, address=address, key=key))
    return home


# --- finding it -------------------------------------------------------------------------------


def test_the_usual_places_on_each_platform_in_syncthings_own_order(tmp_path: Path) -> None:
    home = tmp_path / "user"
    linux = candidate_homes(
        environ={"XDG_CONFIG_HOME": "/x/config", "XDG_STATE_HOME": "/x/state"}, platform="linux", user_home=home
    )
    assert linux == [
        Path("/x/config/syncthing"),
        home / ".config/syncthing",
        Path("/x/state/syncthing"),
        home / ".local/state/syncthing",
    ]
    assert candidate_homes(environ={}, platform="linux", user_home=home) == [
        home / ".config/syncthing",
        home / ".local/state/syncthing",
    ]
    assert candidate_homes(environ={}, platform="darwin", user_home=home) == [
        home / "Library/Application Support/Syncthing"
    ]
    windows = candidate_homes(environ={"LOCALAPPDATA": r"C:\Users\a\AppData\Local"}, platform="win32", user_home=home)
    assert windows == [Path(r"C:\Users\a\AppData\Local") / "Syncthing"]
    assert candidate_homes(environ={"STHOMEDIR": "/srv/st"}, platform="linux", user_home=home)[0] == Path("/srv/st")


def test_the_first_place_holding_a_config_wins_and_an_explicit_home_must_hold_one(tmp_path: Path) -> None:
    home = tmp_path / "user"
    newer = write_config(home / ".local/state/syncthing", "127.0.0.1:8384")
    assert find_home(environ={}, platform="linux", user_home=home) == newer
    older = write_config(home / ".config/syncthing", "127.0.0.1:8384")
    assert find_home(environ={}, platform="linux", user_home=home) == older  # Syncthing keeps using the older one
    assert find_home(newer) == newer

    with pytest.raises(SyncthingNotFound) as missing:
        find_home(environ={}, platform="linux", user_home=tmp_path / "nobody")
    assert "Syncthing does not seem to be set up on this computer" in str(missing.value)
    assert "\n" not in str(missing.value)
    with pytest.raises(SyncthingNotFound, match="There is no Syncthing configuration"):
        find_home(tmp_path / "elsewhere")


def test_the_gui_address_and_key_come_from_config_xml(tmp_path: Path) -> None:
    config = read_gui_config(write_config(tmp_path / "a", "0.0.0.0:8385"))
    assert (config.url, config.api_key, config.tls) == ("http://127.0.0.1:8385", KEY, False)
    assert gui_url("[::]:8384", tls=False) == "http://[::1]:8384"
    assert gui_url("192.168.1.5:8384", tls=True) == "https://192.168.1.5:8384"
    assert gui_url("https://127.0.0.1:8384", tls=False) == "https://127.0.0.1:8384"
    assert gui_url("::1:8384", tls=False) == "http://[::1]:8384"

    with pytest.raises(SyncthingError, match="Unix socket"):
        gui_url("unix:///run/syncthing.sock", tls=False)
    with pytest.raises(SyncthingError, match="is not host:port"):
        read_gui_config(write_config(tmp_path / "b", "localhost"))
    with pytest.raises(SyncthingError, match="has no API key yet"):
        read_gui_config(write_config(tmp_path / "c", "127.0.0.1:8384", key=""))
    tls = write_config(tmp_path / "tls", "127.0.0.1:8384")
    (tls / "config.xml").write_text((tls / "config.xml").read_text().replace('tls="false"', 'tls="true"'))
    (tls / "https-cert.pem").write_text("not a certificate")
    with pytest.raises(SyncthingError, match=r"GUI certificate .*https-cert\.pem cannot be read"):
        Syncthing.locate(tls)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "config.xml").write_text("<configuration><gui")
    with pytest.raises(SyncthingError, match="is not valid XML"):
        read_gui_config(tmp_path / "d")
    (tmp_path / "d" / "config.xml").write_text("<configuration><gui enabled='false'/></configuration>")
    with pytest.raises(SyncthingError, match="turned off"):
        read_gui_config(tmp_path / "d")


def test_syncthing_times_in_utc_and_never_seen_as_none() -> None:
    assert parse_time("2026-03-01T10:15:30.123456789+01:00") == datetime(2026, 3, 1, 9, 15, 30, 123456, tzinfo=UTC)
    assert parse_time("2026-03-01T09:00:00Z") == datetime(2026, 3, 1, 9, tzinfo=UTC)
    assert parse_time("0001-01-01T00:00:00Z") is None
    assert parse_time("1970-01-01T00:00:00Z") is None
    assert parse_time("yesterday") is None and parse_time(None) is None


# --- talking to it ----------------------------------------------------------------------------


def test_a_folder_is_made_from_syncthings_defaults_and_shared(fake: tuple[FakeSyncthing, str], tmp_path: Path) -> None:
    state, address = fake
    client = Syncthing.locate(write_config(tmp_path / "st", address))
    assert client.is_running() and client.device_id() == ME
    client.add_device(PEER, name="Ben's laptop", addresses=["tcp://192.0.2.7:22000"])
    posted_device = state.requests[-1][3]
    assert posted_device["compression"] == "metadata"  # the rest of Syncthing's defaults kept
    assert (posted_device["deviceID"], posted_device["addresses"]) == (PEER, ["tcp://192.0.2.7:22000"])

    shared = tmp_path / "shared" / "flood"
    folder = client.create_folder(shared, label="Flood", device_ids=[PEER])
    assert shared.is_dir()
    assert folder.id.startswith("crisisroom-") and folder.path == shared and folder.label == "Flood"
    assert folder.device_ids == (ME, PEER)
    [posted] = [body for method, path, _, body in state.requests if (method, path) == ("POST", "/rest/config/folders")]
    assert posted["markerName"] == ".stfolder" and posted["fsWatcherDelayS"] == 1 and posted["type"] == "sendreceive"

    # Asked again for the same path: the same folder, nothing added.
    assert client.create_folder(shared) == folder
    assert len(state.folders) == 1
    # Sharing with a device it already has changes nothing; with an unknown one is refused.
    assert client.share_folder(folder.id, PEER) == folder
    with pytest.raises(SyncthingError, match="does not know the device"):
        client.share_folder(folder.id, "CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC-CCCCCCC")
    with pytest.raises(SyncthingError, match="already has a folder"):
        client.create_folder(tmp_path / "other", folder_id=folder.id)

    assert client.add_ignores(folder.id, ["(?d).*.tmp"]) == ["(?d).*.tmp"]
    assert client.add_ignores(folder.id, ["(?d).*.tmp"]) == ["(?d).*.tmp"]

    [peer] = client.peers(folder.id)
    assert (peer.name, peer.connected, peer.address, peer.folder_completion) == (
        "Ben's laptop",
        True,
        "192.0.2.7:22000",
        42.5,
    )
    assert peer.last_seen == datetime(2026, 3, 1, 9, 15, 30, 123456, tzinfo=UTC)
    folder_state = client.folder_state(folder.id)
    assert (folder_state.state, folder_state.need_items, folder_state.completion) == ("syncing", 3, 100.0)
    assert folder_state.errors == ("a/b: permission denied",)


def test_a_folder_a_peer_offered_is_accepted_at_a_chosen_path(fake: tuple[FakeSyncthing, str], tmp_path: Path) -> None:
    _, address = fake
    client = Syncthing.locate(write_config(tmp_path / "st", address))
    [pending] = client.pending_devices()
    assert (pending.device_id, pending.name) == (PEER, "Ben's laptop")
    client.add_device(pending.device_id, name=pending.name)
    [offer] = client.pending_folders()
    assert (offer.folder_id, offer.label, offer.offered_by) == ("crisisroom-abcde-fghij", "Flood", (PEER,))
    folder = client.accept_folder(offer.folder_id, tmp_path / "mine")
    assert (folder.id, folder.label, folder.device_ids) == ("crisisroom-abcde-fghij", "Flood", (ME, PEER))
    with pytest.raises(SyncthingError, match="No device has offered"):
        client.accept_folder("crisisroom-zzzzz-zzzzz", tmp_path / "x")
    assert client.check_device_id(PEER.lower().replace("-", "")) == PEER
    with pytest.raises(SyncthingError, match=r"^'1234' is not a Syncthing device ID \(device ID invalid"):
        client.check_device_id("1234")
    with pytest.raises(SyncthingError, match="own Syncthing device ID"):
        client.add_device(ME)


def test_each_failure_is_one_plain_sentence(fake: tuple[FakeSyncthing, str], tmp_path: Path) -> None:
    state, address = fake
    home = write_config(tmp_path / "st", address, key="wrong")
    with pytest.raises(SyncthingKeyRefused) as refused:
        Syncthing.locate(home).ping()
    assert str(refused.value) == f"Syncthing at http://{address} refused the API key from {home}/config.xml."

    client = Syncthing.locate(write_config(tmp_path / "ok", address))
    state.override[("GET", "/rest/system/ping")] = (200, b"<html>a proxy</html>")
    with pytest.raises(SyncthingBadAnswer, match="with something that is not JSON"):
        client.ping()
    state.override[("GET", "/rest/system/ping")] = (200, {"ping": "nope"})
    with pytest.raises(SyncthingBadAnswer, match="answered the ping"):
        client.ping()
    state.override[("GET", "/rest/config/folders")] = (500, b"folder path missing\nmore")
    with pytest.raises(SyncthingError) as refused_folders:
        client.folders()
    assert str(refused_folders.value) == (
        f"Syncthing at http://{address} refused GET /rest/config/folders (HTTP 500: folder path missing)."
    )
    with pytest.raises(SyncthingError, match="has no GET /rest/config/folders/nothing-here"):
        client.folder("nothing-here")

    # Nothing listening: a port that was just free.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gone = Syncthing(f"http://127.0.0.1:{port}", KEY)
    assert not gone.is_running()
    with pytest.raises(SyncthingNotRunning) as not_running:
        gone.device_id()
    assert str(not_running.value) == f"Syncthing is not running at http://127.0.0.1:{port} (connection refused)."


# --- the service: what the window's Share dialog and team panel call -------------------------


def test_the_service_view_says_why_syncthing_cannot_be_used_and_never_raises(
    fake: tuple[FakeSyncthing, str], tmp_path: Path
) -> None:
    absent = sharing_syncthing.look(tmp_path / "shared", home=tmp_path / "nothing")
    assert absent.status is SyncthingStatus.ABSENT and not absent.running
    assert absent.problem.startswith("There is no Syncthing configuration") and absent.folder == tmp_path / "shared"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stopped = sharing_syncthing.look(home=write_config(tmp_path / "stopped", f"127.0.0.1:{port}"))
    assert stopped.status is SyncthingStatus.STOPPED
    assert stopped.problem == f"Syncthing is not running at http://127.0.0.1:{port} (connection refused)."

    _, address = fake
    refused = sharing_syncthing.look(home=write_config(tmp_path / "refused", address, key="old-key"))
    assert refused.status is SyncthingStatus.UNUSABLE and "refused the API key" in refused.problem
    assert (refused.peers, refused.device_id, refused.folder_id) == ((), "", None)

    # Nothing to nudge without a Syncthing; the other use cases say why in one line.
    assert not sharing_syncthing.nudge(tmp_path / "shared", home=tmp_path / "stopped")
    with pytest.raises(SyncthingNotRunning):
        sharing_syncthing.share_folder(tmp_path / "shared", home=tmp_path / "stopped")
    assert not (tmp_path / "shared").exists()  # nothing made when Syncthing was not there


def test_the_service_shares_a_folder_and_shows_the_peers(fake: tuple[FakeSyncthing, str], tmp_path: Path) -> None:
    state, address = fake
    home = write_config(tmp_path / "st", address)
    shared = tmp_path / "incident"
    view = sharing_syncthing.share_folder(shared, device_ids=[PEER.lower()], home=home)
    assert view.running and view.device_id == ME and view.folder == shared
    assert view.folder_id is not None and view.folder_id.startswith("crisisroom-")
    assert state.ignores[view.folder_id] == ["(?d).*.tmp"]
    [peer] = view.peers
    assert (peer.device_id, peer.connected, peer.shares_folder, peer.completion) == (PEER, True, True, 42.5)
    assert (view.folder_state, view.need_items, view.errors) == ("syncing", 3, ("a/b: permission denied",))
    assert sharing_syncthing.nudge(shared, "some-laptop", home=home)
    assert ("POST", "/rest/db/scan") in [(method, path) for method, path, _, _ in state.requests]
    with pytest.raises(SyncthingError, match="is not a Syncthing device ID"):
        sharing_syncthing.share_folder(shared, device_ids=["12345"], home=home)
