"""Real Syncthing (Debian's ``syncthing``) on 127.0.0.1: the REST client and the service against the real thing,
files crossing, and three laptops sharing an incident end to end with ``crisisroom share``.

Instances in temporary homes, discovery, relays and NAT off, paired at static addresses
(tests/syncthing_support.py). Each laptop is a ``crisisroom`` process with its own
CRISISROOM_HOME and keychain (tests/file_keyring.py; the real Secret Service in CI). Skipped on
a computer without ``syncthing``; a failure in CI (CRISISROOM_REQUIRE_REAL=1), which installs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from crisisroom.domain.errors import UserError
from crisisroom.services import sharing_syncthing
from crisisroom.sharing.syncthing import Syncthing, SyncthingError, SyncthingKeyRefused, SyncthingNotRunning
from tests.conftest import need_real
from tests.file_keyring import child_keychain_env
from tests.syncthing_support import Cluster, start_cluster, syncthing_binary, wait_for

CROSSING_TIMEOUT = 60.0  # seconds; files cross in one or two on an idle machine
COMMAND_TIMEOUT = 60.0  # for one crisisroom command on a busy machine
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    if syncthing_binary() is None:
        need_real("no syncthing binary on PATH (Debian's syncthing package)")
    started = start_cluster(tmp_path / "syncthing", 3)
    try:
        yield started
    finally:
        started.stop()


@pytest.mark.slow
def test_a_file_written_in_one_folder_appears_in_the_two_others(cluster: Cluster, tmp_path: Path) -> None:
    paths = [tmp_path / f"share-{instance.name}" for instance in cluster]
    folder_id = cluster.share(paths)
    cluster.wait_connected()

    a, b, c = (instance.client for instance in cluster)
    # What each instance now says, through the client under test.
    assert a.device_id() == cluster[0].device_id
    [folder] = [folder for folder in b.folders() if folder.id == folder_id]
    assert folder.path == paths[1] and set(folder.device_ids) == {instance.device_id for instance in cluster}
    assert b.folder_for_path(paths[1]) == folder and b.folder_for_path(paths[0]) is None
    peers = {peer.device_id: peer for peer in a.peers(folder_id)}
    assert set(peers) == {cluster[1].device_id, cluster[2].device_id}
    assert all(peer.connected and peer.last_seen is not None for peer in peers.values())
    assert {peer.name for peer in peers.values()} == {"laptop-b", "laptop-c"}

    segment = paths[0] / "3f1c2d4e-0000-4000-8000-000000000001" / "000001.crseg"
    segment.parent.mkdir()
    payload = bytes(range(256)) * 40
    segment.write_bytes(payload)
    copies = [path / segment.relative_to(paths[0]) for path in paths[1:]]

    def arrived() -> bool:
        return all(copy.is_file() and copy.read_bytes() == payload for copy in copies)

    wait_for(arrived, CROSSING_TIMEOUT, "the file to reach B and C", cluster.log_tails)

    # And the other way: C writes, A and B get it.
    reply = paths[2] / "3f1c2d4e-0000-4000-8000-000000000003" / "000001.crseg"
    reply.parent.mkdir()
    reply.write_bytes(b"from C")
    wait_for(
        lambda: all((path / reply.relative_to(paths[2])).is_file() for path in paths[:2]),
        CROSSING_TIMEOUT,
        "C's file to reach A and B",
        cluster.log_tails,
    )
    wait_for(lambda: c.folder_state(folder_id).state == "idle", CROSSING_TIMEOUT, "C's folder to be idle")
    state = c.folder_state(folder_id)
    assert state.completion == 100.0 and state.need_items == 0 and state.global_items >= 4  # 2 folders, 2 files
    # A's view of how complete the peers' copies are follows their index updates.
    wait_for(
        lambda: [peer.folder_completion for peer in a.peers(folder_id)] == [100.0, 100.0],
        CROSSING_TIMEOUT,
        "A to see both peers complete",
    )


@pytest.mark.slow
def test_the_client_says_plainly_when_syncthing_stops_or_refuses_the_key(cluster: Cluster) -> None:
    instance = cluster[2]
    client = instance.client
    assert client.is_running()
    assert client.version().startswith("v1.")

    wrong = Syncthing(client.url, "not-the-key", home=instance.home)
    with pytest.raises(SyncthingKeyRefused) as refused:
        wrong.ping()
    assert str(refused.value) == f"Syncthing at {client.url} refused the API key from {instance.home}/config.xml."

    with pytest.raises(SyncthingError, match="is not a Syncthing device ID"):
        client.check_device_id("not-a-device")
    assert client.check_device_id(cluster[0].device_id.lower().replace("-", "")) == cluster[0].device_id

    instance.stop()
    assert not client.is_running()
    with pytest.raises(SyncthingNotRunning, match=r"^Syncthing is not running at http://127\.0\.0\.1:\d+ \("):
        client.folders()


@pytest.fixture
def unpaired(tmp_path: Path) -> Iterator[Cluster]:
    if syncthing_binary() is None:
        need_real("no syncthing binary on PATH (Debian's syncthing package)")
    started = start_cluster(tmp_path / "syncthing", 2, pair=False)
    try:
        yield started
    finally:
        started.stop()


@pytest.mark.slow
def test_the_service_shares_a_folder_one_side_types_an_id_the_other_accepts(
    unpaired: Cluster, tmp_path: Path
) -> None:
    a, b = unpaired
    folder_a, folder_b = tmp_path / "incident-on-a", tmp_path / "incident-on-b"

    before = sharing_syncthing.look(folder_a, home=a.home)
    assert before.running and before.problem == "" and before.device_id == a.device_id
    assert before.folder_id is None and before.peers == () and before.folder_state == ""

    shared = sharing_syncthing.share_folder(folder_a, home=a.home)
    assert shared.folder_id is not None and shared.folder_id.startswith("crisisroom-") and folder_a.is_dir()
    assert a.client.ignores(shared.folder_id) == list(sharing_syncthing.IGNORE_PATTERNS)
    # A's person types B's ID as B's screen shows it, in any case and without dashes.
    typed = b.device_id.lower().replace("-", " ")
    view = sharing_syncthing.add_device(typed, name="Ben", addresses=[b.address], folder=folder_a, home=a.home)
    [peer] = view.peers
    assert (peer.device_id, peer.name, peer.shares_folder) == (b.device_id, "Ben", True)

    # B sees A knocking and A's folder offered; B's person only accepts both.
    def offered() -> bool:
        seen = sharing_syncthing.look(home=b.home)
        return any(device.device_id == a.device_id for device in seen.pending_devices)

    wait_for(offered, CROSSING_TIMEOUT, "B to see A's connection attempt", unpaired.log_tails)
    [knocking] = sharing_syncthing.look(home=b.home).pending_devices
    sharing_syncthing.add_device(knocking.device_id, name="Anna", home=b.home)
    wait_for(
        lambda: bool(sharing_syncthing.look(home=b.home).pending_folders),
        CROSSING_TIMEOUT,
        "A's folder to be offered to B",
        unpaired.log_tails,
    )
    [offer] = sharing_syncthing.look(home=b.home).pending_folders
    assert offer.folder_id == shared.folder_id and offer.offered_by == (a.device_id,)
    accepted = sharing_syncthing.accept_folder(offer.folder_id, folder_b, home=b.home)
    assert accepted.folder_id == shared.folder_id and accepted.pending_folders == ()

    # A file crosses; Crisis Room's temporary names do not.
    laptop = folder_a / "3f1c2d4e-0000-4000-8000-00000000000a"
    laptop.mkdir()
    (laptop / ".000001.crseg.1a2b3c4d.tmp").write_bytes(b"half written")
    (laptop / "000001.crseg").write_bytes(b"segment one")
    assert sharing_syncthing.nudge(folder_a, laptop.name, home=a.home)
    arrived = folder_b / laptop.name / "000001.crseg"
    wait_for(arrived.is_file, CROSSING_TIMEOUT, "A's segment to reach B", unpaired.log_tails)
    assert arrived.read_bytes() == b"segment one"
    assert not (folder_b / laptop.name / ".000001.crseg.1a2b3c4d.tmp").exists()

    def a_sees_b_complete() -> bool:
        seen = sharing_syncthing.look(folder_a, home=a.home)
        return [(p.connected, p.completion) for p in seen.peers] == [(True, 100.0)]

    wait_for(a_sees_b_complete, CROSSING_TIMEOUT, "A to see B connected and complete")
    seen = sharing_syncthing.look(folder_a, home=a.home)
    assert seen.folder_state in {"idle", "scanning"} and seen.completion == 100.0 and seen.errors == ()
    assert seen.peers[0].last_seen is not None and seen.peers[0].address.startswith("127.0.0.1:")

    # A folder Syncthing does not carry: nothing to nudge, no folder in the view.
    assert not sharing_syncthing.nudge(tmp_path / "elsewhere", home=a.home)
    with pytest.raises(UserError, match="Syncthing does not carry"):
        sharing_syncthing.add_device(b.device_id, folder=tmp_path / "elsewhere", home=a.home)

    # B stops: A's view says B is gone, and B's own view says Syncthing is not running.
    b.stop()
    stopped = sharing_syncthing.look(folder_b, home=b.home)
    assert stopped.status is sharing_syncthing.SyncthingStatus.STOPPED and not stopped.running
    assert stopped.problem.startswith("Syncthing is not running at http://127.0.0.1:")
    wait_for(
        lambda: not sharing_syncthing.look(folder_a, home=a.home).peers[0].connected,
        CROSSING_TIMEOUT,
        "A to see B disconnected",
    )
    absent = sharing_syncthing.look(home=tmp_path / "no-syncthing-here")
    assert absent.status is sharing_syncthing.SyncthingStatus.ABSENT and "no-syncthing-here" in absent.problem
    with pytest.raises(UserError, match="not running"):
        sharing_syncthing.share_folder(folder_b, home=b.home)


# --- three laptops share an incident through real Syncthing, with the command line -----------


class Laptop:
    """One simulated laptop: its own CRISISROOM_HOME, keychain and Syncthing folder of the shared folder."""

    def __init__(self, root: Path, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        home = root / f"crisisroom-{name}"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "CRISISROOM_HOME": str(home),
            "CRISISROOM_AUTHOR": f"{name.title()} Person",
            **child_keychain_env(root / f"keychain-{name}.json"),
        }
        self.env.pop("CRISISROOM_DB", None)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "crisisroom", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        process = self.start(*args)
        out, err = process.communicate(timeout=COMMAND_TIMEOUT)
        done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        if ok:
            assert done.returncode == 0, f"{self.name}: crisisroom {' '.join(args)} exited {done.returncode}: {err}"
        return done

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)


def everyone(laptops: list[Laptop], *args: str | Callable[[Laptop], str]) -> list[subprocess.CompletedProcess[str]]:
    """A command on every laptop at once, as a team works (an argument may depend on the laptop)."""
    processes = [laptop.start(*(arg if isinstance(arg, str) else arg(laptop) for arg in args)) for laptop in laptops]
    done = []
    for laptop, process in zip(laptops, processes, strict=True):
        out, err = process.communicate(timeout=COMMAND_TIMEOUT)
        assert process.returncode == 0, f"{laptop.name}: crisisroom {' '.join(args)} exited {process.returncode}: {err}"
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done


def until(what: str, attempt: Any, timeout: float = CROSSING_TIMEOUT, last: dict[str, str] | None = None) -> Any:
    """Retry ``attempt`` (None or False: not yet) every half second; its first real answer."""
    deadline = time.monotonic() + timeout
    while True:
        answer = attempt()
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what} {last or ''}")
        time.sleep(0.5)


@pytest.mark.slow
def test_three_laptops_share_an_incident_through_real_syncthing(cluster: Cluster, tmp_path: Path) -> None:
    folders = [tmp_path / f"synced-{name}" for name in ("anna", "ben", "chloe")]
    cluster.share(folders, label="Flood response")
    cluster.wait_connected()
    team = [Laptop(tmp_path, name, folder) for name, folder in zip(("anna", "ben", "chloe"), folders, strict=True)]
    anna, ben, chloe = team

    incident = anna.run("incident", "new", "Flood at the depot", "--category", "operational").stdout.strip()
    started = anna.json("share", "start", incident, str(anna.folder))
    for laptop in (ben, chloe):  # Syncthing brings the share's description
        until(f"the share to reach {laptop.name}", (laptop.folder / "crisisroom-share.json").is_file)
    joined = {laptop.name: laptop.json("share", "join", str(laptop.folder)) for laptop in (ben, chloe)}
    for answer in joined.values():
        assert answer["incident"] == incident and answer["team_fingerprint"] == started["fingerprint"]
        assert answer["admitted"] is False

    # Anna admits each, once its request has crossed (she compares the fingerprint on both screens).
    last: dict[str, str] = {}
    for name, answer in joined.items():

        def admitted(fingerprint: str = answer["fingerprint"]) -> bool:
            done = anna.run("share", "admit", fingerprint, ok=False)
            last["admit"] = done.stderr.strip()
            return done.returncode == 0

        until(f"{name}'s request to reach anna", admitted, last=last)
    for laptop in (ben, chloe):

        def member(laptop: Laptop = laptop) -> bool:
            laptop.run("share", "sync")
            [share] = laptop.json("share", "status")
            return share["state"] != "waiting"

        until(f"{laptop.name} to be admitted", member)

    # Everyone writes while the others write, and syncs; Syncthing carries the segments.
    for round_number in (1, 2):
        everyone(team, "log", "add", incident, "a note", "--kind", "note")  # the same words: three entries
        everyone(team, "log", "add", incident, lambda laptop, n=round_number: f"{laptop.name} reports, round {n}")
        everyone(team, "share", "sync")
    written = {f"{laptop.name} reports, round {n}" for laptop in team for n in (1, 2)}

    def same_log() -> list[Any] | None:
        everyone(team, "share", "sync")
        logs = [json.loads(done.stdout) for done in everyone(team, "log", "show", incident, "--json")]
        ids = [[entry["id"] for entry in log] for log in logs]
        texts = {entry["text"] for entry in logs[0]}
        if ids[0] == ids[1] == ids[2] and written <= texts:
            return logs[0]
        return None

    log = until("the three logs to be the same", same_log, timeout=2 * CROSSING_TIMEOUT)
    assert sum(entry["text"] == "a note" for entry in log) == 6
    assert {entry["device_id"] for entry in log if entry["text"] in written} == {
        share["device_id"] for share in anna.json("share", "status")[0]["laptops"]
    }
    everyone(team, "verify")  # each exits 0
    for done in everyone(team, "share", "status", "--json"):
        [share] = json.loads(done.stdout)
        assert share["alarms"] == [] and share["waiting"] == [] and len(share["laptops"]) == 3
    # Nothing but Crisis Room's own files crossed, beside Syncthing's marker and its local ignore file.
    laptop_folders = {share["device_id"] for share in ben.json("share", "status")[0]["laptops"]}
    syncthings_own = {".stfolder", ".stignore"}
    assert {path.name for path in folders[1].iterdir()} == syncthings_own | {"crisisroom-share.json"} | laptop_folders
    assert not [path for path in folders[1].rglob("*") if path.name.endswith(".tmp")]


@pytest.mark.slow
def test_a_gui_on_https_is_reached_with_the_certificate_from_syncthings_home(tmp_path: Path) -> None:
    if syncthing_binary() is None:
        need_real("no syncthing binary on PATH (Debian's syncthing package)")
    cluster = start_cluster(tmp_path / "syncthing", 1)
    try:
        [instance] = cluster
        instance.stop()
        config = instance.home / "config.xml"
        tree = ET.parse(config)
        gui = tree.getroot().find("gui")
        assert gui is not None
        gui.set("tls", "true")  # Settings, GUI, "Use HTTPS for GUI"
        tree.write(config)
        instance.start(cluster.binary)
        instance.wait_ready()  # through the client, which trusts only https-cert.pem of that home
        assert instance.client.url.startswith("https://127.0.0.1:")
        assert sharing_syncthing.look(home=instance.home).running

        stranger = Syncthing(instance.client.url, instance.api_key, cafile=tmp_path / "no-such-cert.pem")
        with pytest.raises(SyncthingError, match="presented a certificate other than the one in its home"):
            stranger.ping()
    finally:
        cluster.stop()
