"""Real Syncthing instances on 127.0.0.1 for tests and benchmarks: each in its own temporary home.

Each instance gets a configuration from ``syncthing generate`` (Syncthing 1.19's subcommand), then
its config.xml is set before it starts, so it never reaches past this computer: global and local
discovery off, relays off, NAT traversal (and with it STUN) off, usage reporting declined, crash
reporting and automatic upgrades off, one listen address ``tcp://127.0.0.1:<port>``, the GUI and
REST API on ``127.0.0.1:<port>`` with a fresh API key, and (when paired) every other instance
as a device at its static address. The instances start one after the other, so each pair is
dialled once, by the later one: Syncthing 1.19 stalls for its 20 s Hello timeout when two
instances dial each other at the same moment, which pairing them through the REST API while all
run did now and then. The shared folder is made through the REST API
(crisisroom.sharing.syncthing, the client under test) with a short watcher delay, so a file
written in one instance's folder is in the others' within seconds.

Every instance runs in its own process group; :meth:`Cluster.stop` asks each to shut down, then
ends the group (SIGTERM, then SIGKILL). Ports come from ``CRISISROOM_SYNCTHING_PORTS`` (a range
``FIRST-LAST``) when set, otherwise free ports the system gives.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crisisroom.services.sharing_syncthing import IGNORE_PATTERNS
from crisisroom.sharing.syncthing import Folder, Syncthing, SyncthingError

PORTS_ENV = "CRISISROOM_SYNCTHING_PORTS"
START_TIMEOUT = 30.0  # seconds for an instance to answer its first ping on a busy machine
CONNECT_TIMEOUT = 60.0
# Environment variables by which Syncthing would take its GUI address or key from ours.
_SYNCTHING_ENV = ("STGUIADDRESS", "STGUIAPIKEY", "STHOMEDIR", "STNODEFAULTFOLDER", "STMONITORED")


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_ports(count: int) -> list[int]:
    """``count`` ports free on 127.0.0.1 now: from ``CRISISROOM_SYNCTHING_PORTS`` when set, else the system's."""
    spec = os.environ.get(PORTS_ENV, "").strip()
    if spec:
        first, _, last = spec.partition("-")
        chosen = [port for port in range(int(first), int(last or first) + 1) if _port_is_free(port)][:count]
        if len(chosen) < count:
            raise RuntimeError(f"{PORTS_ENV}={spec} has fewer than {count} free ports")
        return chosen
    sockets = []
    try:
        for _ in range(count):
            probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            probe.bind(("127.0.0.1", 0))
            sockets.append(probe)
        return [probe.getsockname()[1] for probe in sockets]
    finally:
        for probe in sockets:
            probe.close()


def _set(options: ET.Element, tag: str, value: str) -> None:
    element = options.find(tag)
    if element is None:
        element = ET.SubElement(options, tag)
    element.text = value


def configure(
    home: Path, *, gui_port: int, listen_port: int, api_key: str, name: str, peers: Sequence[tuple[str, str, str]] = ()
) -> None:
    """Set a generated config.xml for a private instance on loopback.

    ``peers``: (device ID, name, ``tcp://`` address) of the devices it knows from the start.
    """
    path = home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    [device] = root.findall("device")  # a generated configuration knows only itself
    device.set("name", name)
    for peer_id, peer_name, address in peers:
        known = ET.Element("device", {"id": peer_id, "name": peer_name, "compression": "metadata"})
        ET.SubElement(known, "address").text = address
        ET.SubElement(known, "paused").text = "false"
        root.insert(list(root).index(device) + 1, known)
    gui = root.find("gui")
    assert gui is not None, f"{path} has no <gui>"
    gui.set("enabled", "true")
    gui.set("tls", "false")
    _set(gui, "address", f"127.0.0.1:{gui_port}")
    _set(gui, "apikey", api_key)
    options = root.find("options")
    assert options is not None, f"{path} has no <options>"
    for element in options.findall("listenAddress"):
        options.remove(element)
    for element in options.findall("unackedNotificationID"):
        options.remove(element)
    _set(options, "listenAddress", f"tcp://127.0.0.1:{listen_port}")
    for tag, value in {
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",  # and so no STUN either
        "urAccepted": "-1",  # usage reporting declined
        "urSeen": "3",
        "crashReportingEnabled": "false",
        "autoUpgradeIntervalH": "0",
        "startBrowser": "false",
        "reconnectionIntervalS": "5",  # a peer that was not up yet is dialled again soon
        "setLowPriority": "false",
        "announceLANAddresses": "false",
    }.items():
        _set(options, tag, value)
    tree.write(path, encoding="utf-8", xml_declaration=False)


@dataclass
class Instance:
    """One Syncthing: its home, ports, device ID, process and the REST client."""

    name: str
    home: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str
    process: subprocess.Popen[bytes] | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.home / "syncthing.log"

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    @property
    def client(self) -> Syncthing:
        return Syncthing.locate(self.home, timeout=10.0)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def start(self, binary: str) -> None:
        env = {key: value for key, value in os.environ.items() if key not in _SYNCTHING_ENV}
        env.update(STNOUPGRADE="1", STNORESTART="1", HOME=str(self.home))
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [
                    binary,
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    "--logflags=3",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # its own process group, ended as one in stop()
            )

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        client = self.client
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"syncthing {self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                client.ping()
                if client.device_id() != self.device_id:
                    raise RuntimeError(f"syncthing {self.name} answers with another device ID")
                return
            except SyncthingError as exc:
                if time.monotonic() > deadline:
                    message = f"syncthing {self.name} did not answer in {timeout:g} s:\n{self.log_tail()}"
                    raise RuntimeError(message) from exc
                time.sleep(0.1)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            self.client.request("POST", "/rest/system/shutdown", expect_json=False)
            process.wait(timeout=10)
        except (SyncthingError, subprocess.TimeoutExpired):
            pass
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                continue
        # Anything of the group left (there should be nothing with --no-restart).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@dataclass
class Cluster:
    """Two or three instances on loopback, each knowing the others at static addresses."""

    root: Path
    instances: list[Instance]
    binary: str

    def __iter__(self) -> Iterator[Instance]:
        return iter(self.instances)

    def __getitem__(self, index: int) -> Instance:
        return self.instances[index]

    def stop(self) -> None:
        for instance in self.instances:
            instance.stop()

    def wait_connected(self, timeout: float = CONNECT_TIMEOUT) -> float:
        """Wait until every instance is connected to every other; the seconds it took."""
        started = time.monotonic()

        def all_connected() -> bool:
            for instance in self.instances:
                peers = {peer.device_id: peer for peer in instance.client.peers()}
                for other in self.instances:
                    if other is not instance and not (other.device_id in peers and peers[other.device_id].connected):
                        return False
            return True

        wait_for(all_connected, timeout, "the Syncthing instances to connect", self.log_tails)
        return time.monotonic() - started

    def share(self, paths: Sequence[Path], *, label: str = "Crisis Room test") -> str:
        """One folder shared by every instance, at ``paths[i]`` for instance ``i``; its folder ID.

        Each is set as the app's service sets a folder: with Crisis Room's ignore patterns.
        """
        assert len(paths) == len(self.instances)
        others = [instance.device_id for instance in self.instances[1:]]
        first: Folder = self.instances[0].client.create_folder(paths[0], label=label, device_ids=others)
        self.instances[0].client.add_ignores(first.id, IGNORE_PATTERNS)
        for instance, path in zip(self.instances[1:], paths[1:], strict=True):
            peers = [other.device_id for other in self.instances if other is not instance]
            instance.client.create_folder(path, label=label, folder_id=first.id, device_ids=peers)
            instance.client.add_ignores(first.id, IGNORE_PATTERNS)
        return first.id

    def log_tails(self) -> str:
        return "\n".join(f"--- {instance.name} ---\n{instance.log_tail(15)}" for instance in self.instances)


def start_cluster(root: Path, count: int = 3, *, binary: str | None = None, pair: bool = True) -> Cluster:
    """Generate, configure and start ``count`` instances under ``root``, each knowing the others unless not ``pair``.

    The caller stops them (``Cluster.stop``); when starting fails, those already started are stopped here.
    """
    binary = binary or syncthing_binary()
    if binary is None:
        raise RuntimeError("no syncthing binary on PATH")
    ports = free_ports(2 * count)
    instances = []
    for index in range(count):
        name = f"laptop-{'abc'[index] if index < 3 else index}"
        home = root / name
        home.mkdir(parents=True)
        done = subprocess.run(
            [binary, "generate", f"--home={home}", "--no-default-folder"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={key: value for key, value in os.environ.items() if key not in _SYNCTHING_ENV},
        )
        if done.returncode != 0:
            raise RuntimeError(f"syncthing generate failed: {done.stdout}{done.stderr}")
        [device] = ET.parse(home / "config.xml").getroot().findall("device")  # a new config knows only itself
        device_id = device.get("id") or ""
        instances.append(
            Instance(name, home, ports[2 * index], ports[2 * index + 1], secrets.token_urlsafe(24), device_id)
        )
    for instance in instances:
        peers = [(other.device_id, other.name, other.address) for other in instances if other is not instance]
        configure(
            instance.home,
            gui_port=instance.gui_port,
            listen_port=instance.listen_port,
            api_key=instance.api_key,
            name=instance.name,
            peers=peers if pair else (),
        )
    cluster = Cluster(root, instances, binary)
    try:
        for instance in instances:  # one after the other: see the module's docstring
            instance.start(binary)
            instance.wait_ready()
    except BaseException:
        cluster.stop()
        raise
    return cluster


def wait_for(
    condition: Callable[[], bool], timeout: float, what: str, details: Callable[[], str] | None = None
) -> float:
    """Poll ``condition`` every 50 ms until it holds; the seconds it took (AssertionError after ``timeout``)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            extra = f"\n{details()}" if details else ""
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{extra}")
        time.sleep(0.05)
    return time.monotonic() - started
