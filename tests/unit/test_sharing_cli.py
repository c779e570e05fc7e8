"""``crisisroom share …`` as a script drives it: three laptops, each its own home, database and keychain.

Every laptop is a ``CRISISROOM_HOME`` with its own database and a keychain that lasts from one
command to the next (tests/file_keyring.py, or the real Secret Service in CI). Ann and Bo share
one folder (a network share); Cy has a USB stick: a copy of the folder, carried both ways by hand.
Then ``share sync`` is killed with SIGKILL while it writes a big segment and while it takes it,
and started again: nothing is lost, nothing is taken twice, no alarm.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crisisroom.sharing import folder as layout
from crisisroom.sharing import format as fmt
from tests.file_keyring import child_keychain_env

ROOT = Path(__file__).resolve().parents[2]
COMMAND_TIMEOUT = 120


@dataclass
class Home:
    """One laptop: its home, its database, the person at it, and where it sees the shared folder."""

    root: Path
    person: str
    name: str
    folder: Path

    @property
    def db(self) -> Path:
        return self.root / "crisis.sqlite"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "CRISISROOM_HOME": str(self.root / "home"),
            "CRISISROOM_AUTHOR": self.person,
            "PYTHONUNBUFFERED": "1",
            **child_keychain_env(self.root / "keyring.json"),
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "crisisroom", "--db", str(self.db), *args]

    def run(self, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.command(*args),
            env=self.env(),
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        if expect is not None:
            assert done.returncode == expect, (
                self.name,
                args,
                done.returncode,
                done.stdout[-2000:],
                done.stderr[-2000:],
            )
        return done

    def json(self, *args: str, expect: int | None = 0) -> Any:
        return json.loads(self.run(*args, "--json", expect=expect).stdout)

    def log_ids(self, incident_id: str) -> list[tuple[str, str]]:
        return [(entry["id"], entry["text"]) for entry in self.json("log", "show", incident_id)]


def laptop(tmp_path: Path, name: str, person: str, folder: Path) -> Home:
    root = tmp_path / name
    root.mkdir()
    return Home(root, person, name, folder)


def usb(source: Path, target: Path) -> None:
    """Carry every file of one copy of the folder to another (the files of the folder never change)."""
    for path in sorted(source.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            copy = target / path.relative_to(source)
            if not copy.exists():
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)


def fingerprint_args(fingerprint: str) -> list[str]:
    return fingerprint.split()  # as a person types it from the screen: four groups


@pytest.fixture
def three(tmp_path: Path) -> tuple[Home, Home, Home, str]:
    """Ann starts sharing; Bo joins through the same folder, Cy through a USB stick; both admitted."""
    network = tmp_path / "network-share"
    stick = tmp_path / "usb-stick"
    ann = laptop(tmp_path, "ann", "Ann Lind", network)
    bo = laptop(tmp_path, "bo", "Bo Sand", network)
    cy = laptop(tmp_path, "cy", "Cy Berg", stick)
    incident_id = ann.run("incident", "new", "Customer data on a forum", "--category", "security-breach").stdout.strip()
    started = ann.json("share", "start", incident_id, str(network), "--laptop", "ann-laptop")
    assert started["incident"] == incident_id

    joined = bo.json("share", "join", str(network), "--laptop", "bo-laptop")
    assert (joined["incident"], joined["team_fingerprint"], joined["admitted"]) == (
        incident_id,
        started["fingerprint"],
        False,
    )
    [status] = ann.json("share", "status")
    assert [(w["person"], w["fingerprint"]) for w in status["waiting"]] == [("Bo Sand", joined["fingerprint"])]
    admitted = ann.run("share", "admit", *fingerprint_args(joined["fingerprint"]))
    assert "admitted Bo Sand's laptop bo-laptop" in admitted.stdout
    report = bo.json("share", "sync")
    assert report["admitted_now"] == [incident_id] and report["new_alarms"] == []

    usb(network, stick)
    cy_joined = cy.json("share", "join", str(stick), "--laptop", "cy-laptop")
    assert cy_joined["team_fingerprint"] == started["fingerprint"] and not cy_joined["admitted"]
    usb(stick, network)  # Cy's request goes back on the stick
    ann.run("share", "admit", *fingerprint_args(cy_joined["fingerprint"]))
    usb(network, stick)
    assert cy.json("share", "sync")["admitted_now"] == [incident_id]
    return ann, bo, cy, incident_id


def sync_everyone(ann: Home, bo: Home, cy: Home) -> None:
    for _ in range(2):
        for home in (ann, bo, cy):
            if home is cy:
                usb(ann.folder, cy.folder)
            report = home.json("share", "sync")
            assert report["new_alarms"] == [] and report["problems"] == [], (home.name, report)
            if home is cy:
                usb(cy.folder, ann.folder)


@pytest.mark.slow
def test_three_laptops_set_up_and_share_an_incident_by_the_command_line(three: tuple[Home, Home, Home, str]) -> None:
    ann, bo, cy, incident_id = three
    for home, text in (
        (ann, "Ann: the regulator is informed"),
        (bo, "Bo: 40 calls in the last hour"),
        (cy, "Cy: the forum post is down"),
    ):
        home.run("log", "add", incident_id, text, "--kind", "fact")
    bo.run("incident", "level", incident_id, "4", "--reason", "the post is spreading")
    sync_everyone(ann, bo, cy)

    logs = [home.log_ids(incident_id) for home in (ann, bo, cy)]
    assert logs[0] == logs[1] == logs[2]
    texts = [text for _, text in logs[0]]
    for text in ("Ann: the regulator is informed", "Bo: 40 calls in the last hour", "Cy: the forum post is down"):
        assert texts.count(text) == 1
    for home in (ann, bo, cy):
        assert home.run("verify").returncode == 0
        assert home.json("incident", "show", incident_id)["level"] == 4
        [status] = home.json("share", "status")
        assert status["alarms"] == [] and status["waiting"] == []
        assert sorted(laptop["person"] for laptop in status["laptops"]) == ["Ann Lind", "Bo Sand", "Cy Berg"]
        assert [laptop["this_laptop"] for laptop in status["laptops"]].count(True) == 1
        assert all(laptop["entries"] >= 1 for laptop in status["laptops"]), status

    # A byte of Ann's next segment changes on the way to Cy: Cy's sync says so in one line and takes nothing.
    ann.run("log", "add", incident_id, "Ann: statement approved")
    ann.json("share", "sync")
    before = cy.log_ids(incident_id)
    usb(ann.folder, cy.folder)
    segments = sorted((cy.folder / _device(ann)).glob("*.crseg"))
    data = bytearray(segments[-1].read_bytes())
    data[len(data) // 2] ^= 0x10
    segments[-1].write_bytes(bytes(data))

    refused = cy.run("share", "sync", expect=1)
    alarm_lines = [line for line in refused.stderr.splitlines() if line.startswith("ALARM:")]
    assert len(alarm_lines) == 1 and segments[-1].name in alarm_lines[0], refused.stderr
    assert "changed or damaged" in alarm_lines[0]
    assert cy.log_ids(incident_id) == before
    shown = cy.run("share", "status", expect=1)
    assert "ALARM" in shown.stdout and segments[-1].name in shown.stdout
    [status] = cy.json("share", "status", expect=1)
    assert [alarm["kind"] for alarm in status["alarms"]] == ["changed"]
    assert cy.run("verify").returncode == 0  # the refusal left Cy's file whole


def _device(home: Home) -> str:
    [status] = home.json("share", "status")
    return next(laptop["device_id"] for laptop in status["laptops"] if laptop["this_laptop"])


def _big_export(path: Path, rows: int, seed: int) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("created_at,text,author,url,id,sentiment\n")
        for number in range(rows):
            minute = rnd.randrange(60 * 24 * 5)
            out.write(
                f"2026-05-{1 + minute // 1440:02d}T{minute % 1440 // 60:02d}:{minute % 60:02d}:{number % 60:02d}Z,"
                f"Post {number}: {rnd.choice(('refund now', 'app is down again', 'thanks for the fix'))},"
                f"user{rnd.randrange(5000)},https://social.example/p/{number},{number},"
                f"{rnd.choice(('negative', 'neutral', 'positive'))}\n"
            )


def _counts(db: Path, incident_id: str) -> tuple[int, int, int]:
    """(entries of the incident, mentions of it, distinct posts) as a fresh read-only reader sees them."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        entries = conn.execute("SELECT count(*) FROM log_entries WHERE incident_id = ?", (incident_id,)).fetchone()[0]
        posts, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT dedupe_key) FROM mentions WHERE incident_id = ?", (incident_id,)
        ).fetchone()
    finally:
        conn.close()
    return int(entries), int(posts), int(distinct)


def _head_seq(db: Path, device_id: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT max(device_seq) FROM log_entries WHERE device_id = ?", (device_id,)).fetchone()[0]
        )
    finally:
        conn.close()


def _segment_ranges(folder: Path) -> list[tuple[int, int, int]]:
    """(number, first entry, last entry) of every segment file, read from their unsealed headers."""
    found = []
    for path in sorted(folder.glob("*.crseg")):
        header = fmt.read_segment_header(path.read_bytes())
        assert header.number == int(path.stem), path
        found.append((header.number, header.first_seq, header.last_seq))
    return found


def _kill_when(
    home: Home, *args: str, moment: Callable[[float], bool], timeout: float = 60.0
) -> subprocess.CompletedProcess[str] | None:
    """Run a command and SIGKILL it at the first ``moment(seconds since start)`` that holds.

    None when it was killed; how it ended when it finished first.
    """
    process = subprocess.Popen(
        home.command(*args), env=home.env(), cwd=home.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    started = time.perf_counter()
    try:
        while process.poll() is None:
            elapsed = time.perf_counter() - started
            if moment(elapsed):
                os.kill(process.pid, signal.SIGKILL)
                process.communicate()
                return None
            assert elapsed < timeout, f"{args} still running after {timeout} s"
            time.sleep(0.0005)
        stdout, stderr = process.communicate()
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _after(seconds: float) -> Callable[[float], bool]:
    return lambda elapsed: elapsed >= seconds


def _never(_: float) -> bool:
    return False


def _appears(folder: Path, matches: Callable[[str], bool]) -> Callable[[float], bool]:
    """The moment a file whose name ``matches`` is in ``folder``."""

    def seen(_: float) -> bool:
        try:
            return any(matches(path.name) for path in folder.iterdir())
        except FileNotFoundError:
            return False

    return seen


def _grows(path: Path, beyond: int) -> Callable[[float], bool]:
    """The moment a file (the database's WAL: a transaction writing) is larger than ``beyond`` bytes."""

    def grown(_: float) -> bool:
        try:
            return path.stat().st_size > beyond
        except FileNotFoundError:
            return False

    return grown


@pytest.mark.slow
def test_share_sync_killed_while_it_writes_or_takes_a_big_segment_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    network = tmp_path / "network-share"
    ann = laptop(tmp_path, "ann", "Ann Lind", network)
    bo = laptop(tmp_path, "bo", "Bo Sand", network)
    incident_id = ann.run("incident", "new", "Outage", "--category", "operational").stdout.strip()
    ann.json("share", "start", incident_id, str(network))
    joined = bo.json("share", "join", str(network))
    ann.run("share", "admit", *fingerprint_args(joined["fingerprint"]))
    assert bo.json("share", "sync")["admitted_now"] == [incident_id]
    export = tmp_path / "big-export.csv"
    rows = 60_000
    _big_export(export, rows, seed=18)
    ann.run("mentions", "import", incident_id, str(export))
    for number in range(3):
        ann.run("log", "add", incident_id, f"Note {number} after the big import")
    ann_device = _device(ann)
    own = network / ann_device
    written_before = _segment_ranges(own)
    entries = _counts(ann.db, incident_id)[0]

    # Ann's sync writes one big segment (the import's rows ride with its entry), killed: the moment its
    # temporary file appears (writing), the moment the segment has its name (not yet noted as written
    # in Ann's file), then at growing moments. Each time: no segment, or whole ones that continue the chain.
    writer_moments = [
        _appears(own, lambda name: name.startswith(".") and name.endswith(".tmp")),
        _appears(own, lambda name: name == layout.segment_name(len(written_before) + 1)),
        *[_after(0.3 + 0.3 * step) for step in range(14)],
        _never,  # a slow machine: the last run is left to finish
    ]
    kills = 0
    for moment in writer_moments:
        done = _kill_when(ann, "share", "sync", "--json", moment=moment)
        ranges = _segment_ranges(own)
        assert ranges[: len(written_before)] == written_before
        for (_, _, last), (_, first, _) in itertools.pairwise(ranges):
            assert first == last + 1, ranges
        if done is None:
            kills += 1
            continue
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["new_alarms"] == []
        if len(ranges) > len(written_before):
            break
    again = ann.json("share", "sync")
    assert again["written"] == 0 and again["new_alarms"] == []
    ranges = _segment_ranges(own)
    # Exactly one new segment, from the entry after the last one shared to Ann's newest: none twice.
    assert ranges[:-1] == written_before, ranges
    assert ranges[-1][1:] == (written_before[-1][2] + 1, _head_seq(ann.db, ann_device)), ranges
    leftovers = sorted(path.name for path in own.iterdir() if path.name.startswith("."))

    # Bo's sync takes it, all or nothing: killed the moment its transaction has written a megabyte,
    # then at growing moments. Each time Bo holds all of it or none of it.
    bo_before = _counts(bo.db, incident_id)
    wal = bo.db.with_name(bo.db.name + "-wal")
    taker_moments = [_grows(wal, 1 << 20), *[_after(0.3 + 0.3 * step) for step in range(14)], _never]
    taken_kills = 0
    for moment in taker_moments:
        done = _kill_when(bo, "share", "sync", "--json", moment=moment)
        counts = _counts(bo.db, incident_id)
        assert counts[1] == counts[2], "a post is in Bo's file twice"
        assert counts in (bo_before, (entries, rows, rows)), (counts, bo_before)
        if done is None:
            taken_kills += 1
            continue
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["new_alarms"] == [] and report["problems"] == []
        if counts != bo_before:
            break

    assert bo.json("share", "sync")["taken"] == 0
    assert bo.log_ids(incident_id) == ann.log_ids(incident_id)
    assert _counts(bo.db, incident_id) == _counts(ann.db, incident_id) == (entries, rows, rows)
    for home in (ann, bo):
        [status] = home.json("share", "status")
        assert status["alarms"] == [], (home.name, status["alarms"])
        assert home.run("verify").returncode == 0
    print(
        f"\nkilled the writer {kills} times, the taker {taken_kills} times; "
        f"hidden files left in Ann's subfolder: {leftovers}"
    )
    assert kills >= 2 and taken_kills >= 1, "the sync finished before it could be killed: make the segment bigger"
    # What a kill mid-write can leave is a hidden temporary file, which no reader takes for a segment.
    assert not any(Path(name).suffix == layout.SEGMENT_SUFFIX for name in leftovers)
