"""Several processes on one database file: what a window or a writer acknowledged survives kill -9.

The writer is a real process holding the app's own Database (tests/process_writer.py) or the real
window (tests/window_driver.py); the readers are the real command line, run as subprocesses. Every
child imports Crisis Room from the tree these tests live in (PYTHONPATH), which each child reports.

Run with ``pytest -s`` to see the figures of each test (rounds, reader commands, entries
acknowledged and lost); a test that loses entries fails with the same figures.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import need_real

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "process_writer.py"
DRIVER = ROOT / "tests" / "window_driver.py"
COMMAND_TIMEOUT = 30  # seconds for any one command; a hang fails the test instead of blocking CI
ROUNDS = 5
READERS = 3


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of every child: the code under test, a private home, no keychain, no prompts."""
    home = tmp_path / "user"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    return env


def crisisroom(
    tmp_path: Path, db: Path, *args: str, timeout: float = COMMAND_TIMEOUT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crisisroom", "--db", str(db), *args],
        cwd=tmp_path,
        env=env or child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def new_incident(tmp_path: Path, db: Path, title: str) -> str:
    done = crisisroom(tmp_path, db, "incident", "new", title, "--category", "operational")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def logged_ids(tmp_path: Path, db: Path, incident_id: str) -> set[str]:
    """The entry ids a fresh process finds in the file."""
    done = crisisroom(tmp_path, db, "log", "show", incident_id, "--json")
    assert done.returncode == 0, done.stderr
    return {entry["id"] for entry in json.loads(done.stdout)}


def assert_verifies(tmp_path: Path, db: Path) -> None:
    done = crisisroom(tmp_path, db, "verify")
    assert done.returncode == 0, f"crisisroom verify exited {done.returncode}: {done.stdout}{done.stderr}"


def read_commands(incident_id: str, out: Path) -> list[list[str]]:
    """Every command that only reads the database (from ``crisisroom --help`` and each group's ``--help``)."""
    out.mkdir(exist_ok=True)
    (out / "backups").mkdir(exist_ok=True)
    return [
        ["incident", "list"],
        ["incident", "list", "--drills", "--json"],
        ["incident", "show", incident_id],
        ["log", "show", incident_id],
        ["log", "show", incident_id, "--json"],
        ["status", incident_id],
        ["status", incident_id, "--json"],
        ["rules", "list"],
        ["mentions", "list", incident_id],
        ["mentions", "hourly", incident_id],
        ["settings", "show"],
        ["team", "list"],
        ["team", "export", str(out / "team.csv")],
        ["vault", "list"],
        ["vault", "audit"],
        ["vault", "rotation-days"],
        ["verify"],
        ["verify", "--state"],
        ["log", "show", "--organisation"],
        ["backup", str(out / "backups")],
        ["report", "--kind", "situation", "--format", "html", "-o", str(out / "situation.html"), incident_id],
        ["report", "--kind", "activity-log", "--format", "csv", "-o", str(out / "activity.csv"), incident_id],
    ]


def is_busy_answer(done: subprocess.CompletedProcess[str]) -> bool:
    """A refusal a person can act on: one line saying the file is busy, no traceback."""
    lines = done.stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("crisisroom: ") and "busy" in lines[0]


@dataclass
class Readers:
    """Reader processes looping over commands until stopped; every answer is kept for the checks."""

    tmp_path: Path
    db: Path
    commands: list[list[str]]
    count: int = READERS
    pause: float = 0.0  # seconds between two commands of one reader
    runs: int = 0
    problems: list[str] = field(default_factory=list)
    busy: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> Readers:
        for n in range(self.count):
            thread = threading.Thread(target=self._loop, args=(n,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(COMMAND_TIMEOUT + 5)
        assert not any(t.is_alive() for t in self._threads), "a reader did not stop"

    def _loop(self, n: int) -> None:
        order = self.commands[n::1] + self.commands[:n]  # each reader starts somewhere else
        index = 0
        while not self._stop.is_set():
            command = order[index % len(order)]
            index += 1
            if index > 1 and self._stop.wait(self.pause):
                break
            try:
                done = crisisroom(self.tmp_path, self.db, *command)
            except subprocess.TimeoutExpired:
                with self._lock:
                    self.problems.append(f"{' '.join(command)}: no answer within {COMMAND_TIMEOUT} s")
                continue
            with self._lock:
                self.runs += 1
                if done.returncode == 0 and "Traceback" not in done.stderr:
                    continue
                if is_busy_answer(done):
                    self.busy += 1
                    continue
                self.problems.append(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-800:]}")


class Child:
    """A child process whose stdout lines are collected by a thread (so a pipe never fills up)."""

    def __init__(self, argv: list[str], *, cwd: Path, env: dict[str, str], stdin: bool = False) -> None:
        self.proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: list[str] = []
        self.stderr = ""
        self._changed = threading.Condition()
        self._threads = [
            threading.Thread(target=self._read_out, daemon=True),
            threading.Thread(target=self._read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_out(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break  # a line cut short by kill -9 was never acknowledged
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = COMMAND_TIMEOUT) -> str:
        """The first line (seen so far or coming) that matches; fails on timeout or when the child ends."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self._changed:
            while True:
                for line in self.lines[seen:]:
                    if predicate(line):
                        return line
                seen = len(self.lines)
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._threads[0].is_alive()):
                    break
                self._changed.wait(min(left, 0.2))
        self.kill()
        what = f"no expected line from {self.proc.args[1:3]} (exit {self.proc.returncode}); got {self.lines[-5:]}"
        pytest.fail(f"{what}\n{self.stderr[-2000:]}")

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """kill -9, then wait for its last lines."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self) -> None:
        try:
            self.proc.wait(COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        for thread in self._threads:
            thread.join(5)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    def acks(self) -> list[str]:
        """The entry ids acknowledged (``ACK <n> <id>`` lines)."""
        return [line.split()[2] for line in self.lines if line.startswith("ACK ")]


def check_code_under_test(ready_line: str) -> None:
    """The child imported Crisis Room from this tree, not from an installed copy."""
    loaded = Path(ready_line.split(" ", 1)[1]).resolve()
    assert loaded.is_relative_to(ROOT), f"the child ran {loaded}, not the code under test in {ROOT}"


def check_cli_code_under_test(tmp_path: Path) -> None:
    """The command-line children (``python -m crisisroom`` in tmp_path) import this tree too."""
    done = subprocess.run(
        [sys.executable, "-c", "import crisisroom; print('READY', crisisroom.__file__)"],
        cwd=tmp_path,
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=True,
    )
    check_code_under_test(done.stdout.strip())


def report(name: str, **figures: object) -> str:
    line = f"[{name}] " + " ".join(f"{key}={value}" for key, value in figures.items())
    print(line)
    return line


@pytest.fixture
def rng() -> random.Random:
    seed = int(os.environ.get("CRISISROOM_PROCESS_SEED", time.time_ns() % 1_000_000))
    print(f"random seed {seed} (set CRISISROOM_PROCESS_SEED to repeat it)")
    return random.Random(seed)


# 1. A writer process and many readers


@pytest.mark.slow
def test_acknowledged_entries_survive_kill_9_while_readers_come_and_go(tmp_path: Path, rng: random.Random) -> None:
    check_cli_code_under_test(tmp_path)
    db = tmp_path / "crisis.sqlite"
    incident_id = new_incident(tmp_path, db, "Writer and readers")
    commands = read_commands(incident_id, tmp_path / "out")
    acknowledged: list[str] = []
    lost: list[str] = []
    runs = busy = 0
    problems: list[str] = []
    worker_jobs: list[str] = []
    for round_no in range(1, ROUNDS + 1):
        writer = Child(
            [sys.executable, str(WRITER), str(db), incident_id, str(tmp_path / "writer-backups")],
            cwd=tmp_path,
            env=child_env(tmp_path),
        )
        check_code_under_test(writer.wait_for(lambda line: line.startswith("READY ")))
        readers = Readers(tmp_path, db, commands).start()
        try:
            writer.wait_for(lambda line: line.startswith("WORKER "))  # a worker thread has read the file
            time.sleep(rng.uniform(1.0, 4.0))  # the kill moment
        finally:
            writer.kill()
            readers.stop()
        acked = writer.acks()
        present = logged_ids(tmp_path, db, incident_id)
        missing = [entry_id for entry_id in acked if entry_id not in present]
        assert_verifies(tmp_path, db)
        report(f"round {round_no}", readers=readers.runs, acknowledged=len(acked), lost=len(missing))
        acknowledged += acked
        lost += missing
        runs, busy = runs + readers.runs, busy + readers.busy
        problems += readers.problems
        worker_jobs += [line for line in writer.lines if line.startswith("WORKER ")]
        assert "Traceback" not in writer.stderr, writer.stderr
    failed_jobs = [
        line for line in worker_jobs if " failed " in line or (" breaks" in line and " 0 breaks" not in line)
    ]
    summary = report(
        "writer process + CLI readers",
        rounds=ROUNDS,
        reader_commands=runs,
        busy_answers=busy,
        worker_reads=len(worker_jobs),
        worker_failures=len(failed_jobs),
        acknowledged=len(acknowledged),
        lost=len(lost),
    )
    assert not lost, f"{summary}: acknowledged entries missing after kill -9, e.g. {lost[:3]}"
    assert not problems, f"{summary}\nreaders failed:\n" + "\n".join(problems[:10])
    assert not failed_jobs, f"{summary}\nthe writer's worker threads failed:\n" + "\n".join(failed_jobs[:10])


# 2. The real window as the writer


@pytest.fixture
def real_display(request: pytest.FixtureRequest) -> str:
    """The X display to draw on: pytest-xvfb's Xvfb, or one given in DISPLAY (with --no-xvfb)."""
    with contextlib.suppress(pytest.FixtureLookupError):
        request.getfixturevalue("xvfb")  # starts pytest-xvfb's virtual X server, when Xvfb is installed
    display = os.environ.get("DISPLAY", "")
    if not display:
        need_real("no X server: install Xvfb (Debian: xvfb) to run the real-window process tests")
    return display


def start_window(tmp_path: Path, db: Path, incident_id: str, platform: str) -> Child:
    env = child_env(tmp_path, QT_QPA_PLATFORM=platform)
    env.pop("CRISISROOM_PROMPTS_FAIL", None)  # the real app, as a person starts it
    window = Child(
        [sys.executable, str(DRIVER), str(db), "--incident", incident_id],
        cwd=tmp_path,
        env=env,
        stdin=True,
    )
    check_code_under_test(window.wait_for(lambda line: line.startswith("READY "), timeout=60))
    return window


def type_entry(window: Child, n: int, text: str) -> str:
    window.send(f"entry {text}")
    return window.wait_for(lambda line: line.startswith(f"ACK {n} ")).split()[2]


@pytest.mark.slow
@pytest.mark.real_display
def test_window_entries_survive_kill_9_after_a_command_line_reader(
    tmp_path: Path, real_display: str, rng: random.Random
) -> None:
    """The issue's steps: one entry, a reader, five more entries, kill -9: all six are there."""
    db = tmp_path / "crisis.sqlite"
    incident_id = new_incident(tmp_path, db, "Window and readers")
    commands = read_commands(incident_id, tmp_path / "out")
    window = start_window(tmp_path, db, incident_id, "xcb")
    acknowledged: list[str] = []
    readers = 0
    try:
        acknowledged.append(type_entry(window, 1, "Entry 1 typed in the window"))
        done = crisisroom(tmp_path, db, "incident", "list")  # the reader
        assert done.returncode == 0, done.stderr
        readers += 1
        for n in range(2, 7):
            acknowledged.append(type_entry(window, n, f"Entry {n} typed in the window"))
            done = crisisroom(tmp_path, db, *rng.choice(commands))
            assert done.returncode == 0 or is_busy_answer(done), done.stderr
            readers += 1
    finally:
        window.kill()
    present = logged_ids(tmp_path, db, incident_id)
    lost = [entry_id for entry_id in acknowledged if entry_id not in present]
    assert_verifies(tmp_path, db)
    summary = report("real window + CLI readers", readers=readers, acknowledged=len(acknowledged), lost=len(lost))
    assert "Traceback" not in window.stderr, window.stderr
    assert not lost, f"{summary}: entries the window showed are gone after kill -9"


# 3. Two windows on one file


@pytest.mark.slow
def test_a_second_window_on_the_same_file_is_told_and_never_writes(tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    incident_id = new_incident(tmp_path, db, "Two windows")
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    env = child_env(tmp_path, QT_QPA_PLATFORM=platform)
    env.pop("CRISISROOM_PROMPTS_FAIL", None)
    first = start_window(tmp_path, db, incident_id, platform)
    acknowledged: list[str] = []
    try:
        acknowledged += [type_entry(first, n, f"First window entry {n}") for n in (1, 2)]
        before = logged_ids(tmp_path, db, incident_id)

        # A second launch, as a person double-clicks it: the first window comes forward, it exits.
        second = subprocess.run(
            [sys.executable, "-m", "crisisroom", "--db", str(db)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        first.wait_for(lambda line: line == "RAISED")

        # Two launches in the same instant (no window to hand off to yet): the file lock says so.
        racer = Child([sys.executable, str(DRIVER), str(db), "--second"], cwd=tmp_path, env=env)
        message = racer.wait_for(lambda line: line.startswith("MESSAGE "))
        exit_line = racer.wait_for(lambda line: line.startswith("EXIT "))
        racer.finish()
        assert "already open" in message, message
        assert exit_line == "EXIT 2" and racer.proc.returncode == 2, (exit_line, racer.stderr)

        # Nor does a writing command become a second writer.
        cli = crisisroom(tmp_path, db, "log", "add", incident_id, "Written beside the window")
        assert cli.returncode != 0 and "already open" in cli.stderr, (cli.returncode, cli.stderr)
        assert len(cli.stderr.strip().splitlines()) == 1, cli.stderr

        assert logged_ids(tmp_path, db, incident_id) == before  # nothing written by the others
        acknowledged += [type_entry(first, n, f"First window entry {n}") for n in (3, 4)]
    finally:
        first.kill()
    present = logged_ids(tmp_path, db, incident_id)
    summary = report("two windows", acknowledged=len(acknowledged), lost=len(set(acknowledged) - present))
    assert set(acknowledged) <= present, f"{summary}: the first window's entries are not all there"
    assert len(present - set(acknowledged)) == 1  # the incident's opening entry, and nothing else
    assert_verifies(tmp_path, db)
    assert "Traceback" not in first.stderr + racer.stderr, first.stderr + racer.stderr


# 4. Readers during a long import


IMPORT_ROWS = 200_000
LABELS = ("negative", "neutral", "positive")


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generic social-listening export of 200,000 distinct rows (about 22 MB)."""
    path = tmp_path_factory.mktemp("import") / "mentions.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,created_at,text,author,url,sentiment,reach\n")
        for start in range(0, IMPORT_ROWS, 10_000):
            out.write(
                "".join(
                    f'{i},2026-03-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z,"Mention {i}, about the outage",'
                    f"user{i % 977},https://example.org/p/{i},{LABELS[i % 3]},{i % 5000}\n"
                    for i in range(start, start + 10_000)
                )
            )
    return path


def mention_count(tmp_path: Path, db: Path, incident_id: str) -> int:
    done = crisisroom(tmp_path, db, "status", incident_id, "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["mentions"]["total"])


def start_import(tmp_path: Path, db: Path, incident_id: str, source: Path) -> Child:
    return Child(
        [sys.executable, "-m", "crisisroom", "--db", str(db), "mentions", "import", incident_id, str(source), "--json"],
        cwd=tmp_path,
        env=child_env(tmp_path),
    )


def wal_size(db: Path) -> int:
    try:
        return db.with_name(db.name + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


@pytest.mark.slow
def test_readers_answer_during_a_long_import(tmp_path: Path, big_csv: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    incident_id = new_incident(tmp_path, db, "Imported whole")
    commands = [["mentions", "list", incident_id], ["mentions", "hourly", incident_id], ["status", incident_id]]
    commands.append(["verify"])
    started = time.monotonic()
    importer = start_import(tmp_path, db, incident_id, big_csv)
    readers = Readers(tmp_path, db, commands, count=2, pause=1.0).start()
    try:
        importer.proc.wait(120)
    finally:
        readers.stop()
        importer.finish()
    took = time.monotonic() - started
    assert importer.proc.returncode == 0, importer.stderr
    assert json.loads("\n".join(importer.lines))["imported"] == IMPORT_ROWS
    assert not readers.problems, "readers failed:\n" + "\n".join(readers.problems[:10])
    assert mention_count(tmp_path, db, incident_id) == IMPORT_ROWS
    assert_verifies(tmp_path, db)
    report(
        "import + readers",
        rows=IMPORT_ROWS,
        import_seconds=round(took, 1),
        reader_commands=readers.runs,
        busy_answers=readers.busy,
    )


@pytest.mark.slow
def test_an_import_killed_midway_leaves_none_or_all_of_its_rows(
    tmp_path: Path, big_csv: Path, rng: random.Random
) -> None:
    db = tmp_path / "crisis.sqlite"
    outcomes = []
    for moment in ("reading the file", "writing the rows"):
        incident_id = new_incident(tmp_path, db, f"Import killed while {moment}")
        importer = start_import(tmp_path, db, incident_id, big_csv)
        if moment == "reading the file":
            time.sleep(rng.uniform(0.3, 1.5))
        else:
            # The rows are staged outside the database file; the WAL grows once they are moved in.
            deadline = time.monotonic() + 90
            while wal_size(db) < 256 * 1024 and importer.proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        finished, wal_kb = importer.proc.poll() is not None, wal_size(db) // 1024
        importer.kill()
        count = mention_count(tmp_path, db, incident_id)
        outcomes.append(f"{moment} (WAL {wal_kb} KB{', it had finished' if finished else ''}): {count} rows")
        assert count in (0, IMPORT_ROWS), f"{count} of {IMPORT_ROWS} rows after kill -9 while {moment}"
        assert_verifies(tmp_path, db)
    report("import killed", rows=IMPORT_ROWS, outcomes="; ".join(outcomes))
