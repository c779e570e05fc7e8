"""Crisis Room benchmarks: each measure as a ratio to a bare baseline timed in the same run.

Run as ``python tests/benchmarks/bench.py [--quick] [--only NAME ...] [--dir PATH]``. Every measure
prints one JSON object on its own line on stdout::

    {"name", "value", "unit", "baseline", "ratio", "target", "target_on", "meets", ...details}

``target_on`` says whether the target (from DESIGN.md, "What fast means here") bounds the
``value`` or the ``ratio``. Progress goes to stderr, so stdout stays machine-readable.

These are benchmarks, not tests: nothing here fails because a machine is slow. The smoke test
(``test_bench_smoke.py``) only checks that the script runs and its output is well formed.

Measures:

``startup``
    ``python -m crisisroom --self-test`` from spawn to exit vs ``baseline_window.py`` (a bare
    PySide6 window with one matplotlib canvas drawn), interleaved; target ratio <= 1.3.
``durable_append``
    one ``log.append()`` committed with ``synchronous=FULL`` vs one plain sqlite3 INSERT + COMMIT
    with the same settings in the same folder; target median <= 10 ms.
``log_open_100k``
    ``open_database`` (with its quick_check) + ``LogTableModel.set_filter`` + the visible rows'
    data over a 100,000-entry log vs a plain connect + SELECT of the newest 200 rows; target
    <= 300 ms, and the model must hold one page only. Also reports a ``fetchMore`` deep in the log.
``fts_search``
    ``log.page`` with a search (the first page the view shows) vs the raw FTS5 MATCH; target <= 30 ms for the
    slowest of several realistic searches.
``import_1m``
    ``services.mentions.import_file`` of a generated 1,000,000-row Brandwatch CSV export (with a
    Sentiment column; 50,000 with ``--quick``) into a real database, in rows/s, vs plain sqlite3
    ``executemany`` of the same rows already parsed (WAL, ``synchronous=FULL``, one commit, same
    folder); target ratio >= 0.5 (``target_is`` says which way a target bounds).
``import_vader``
    the same for a 200,000-row export without sentiment (20,000 with ``--quick``), so VADER labels
    every row; rows/s, the CPU time of this process and of its worker processes (``cores_busy``:
    CPU seconds per wall second); no target (``target`` and ``meets`` are null).
``hourly_30d``
    ``mentions.hourly`` over the 30 days of the 1,000,000 imported mentions vs the raw SELECT of
    the hourly table; target median <= 10 ms. Also the rules' re-evaluation over the same data.
``chart_redraw``
    ``charts.mentions.draw_hourly`` into the figure it drew before + an Agg draw, for those 720
    hours with the rules' thresholds and firings, vs a bare figure with one ``ax.stairs`` redrawn;
    target median <= 50 ms.
``memory``
    peak RSS of a fresh process that opens the same database (with a 100,000-entry log added)
    through the app's storage, reads the hourly counts and pages 200 mentions and 200 log
    entries, vs a bare ``python -c "import sqlite3"``; target <= 300 MB. Also the whole app's
    ``--self-test`` on that file, as a detail.

``syncthing_delay``
    the end-to-end delay from a segment file being written (as the app writes it: a temporary
    name, then linked into place) in laptop A's shared folder to the whole file being in laptop
    B's, through two real Syncthing instances on loopback (Debian's ``syncthing``; discovery,
    relays and NAT off; the folder as ``crisisroom.sharing.syncthing`` makes it, a 1 s watcher
    delay), in seconds, the median over several files written at random moments. Reported only:
    there is no bare baseline to divide by (the delay is Syncthing's watcher, scan and transfer,
    not our code), so ``baseline`` and ``ratio`` are null and there is no target. Also the same
    with the app asking Syncthing to scan the laptop's subfolder right after writing
    (``scan_requested_*``). Without a ``syncthing`` binary the line says ``skipped``.

``share_merge``
    laptop B takes laptop A's segment of 10,000 log entries and 100,000 mention rows (2,000 and
    20,000 with ``--quick``): the file read and opened (``sharing.format.decode_segment``) and
    ``storage.sharing.take`` (every hash, signature and link checked, the rows' digest, then the
    entries, rows and state), in rows/s, vs plain ``executemany`` of the same rows into tables of
    the log's and the mentions' columns (no index, no check; WAL, ``synchronous=FULL``, one commit).
    No target. Also the take when B wrote meanwhile (A's entries sort before B's newest, so the
    state is rebuilt from the log) and the whole ``services.sharing.sync``.
``share_delay``
    the app's own delay from a peer's segment landing whole in this laptop's folder to the window
    showing its entry: ``services.sharing.sync`` and the reads the window makes (the log view's
    first page and visible cells, the header's figures), on a laptop holding 2,000 entries and
    10,000 mentions, median ms, vs reading the file, inserting its entries into a plain table
    and selecting one page. No target. Also the same when this laptop wrote meanwhile (state
    rebuilt). The wait for the file system to report the file is not included.

The mention measures share one generated export and its database per run; ``import_1m``,
``import_vader`` and ``memory`` need Unix (``resource``, ``/proc``).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from crisisroom.domain.clock import now_utc, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database, open_database

HERE = Path(__file__).resolve().parent
BASELINE_WINDOW = HERE / "baseline_window.py"
SEED = 20261121

# Targets from DESIGN.md ("What fast means here").
STARTUP_MAX_RATIO = 1.3
APPEND_MAX_MS = 10.0
LOG_OPEN_MAX_MS = 300.0
FTS_MAX_MS = 30.0
IMPORT_MIN_RATIO = 0.5
HOURLY_MAX_MS = 10.0
CHART_MAX_MS = 50.0
MEMORY_MAX_MB = 300.0

VISIBLE_ROWS = 40  # about what a maximised log table shows at once


@dataclass(frozen=True)
class Settings:
    """How big and how often; ``--quick`` shrinks everything to keep the smoke test short."""

    quick: bool
    workdir: Path
    startup_runs: int
    append_runs: int
    log_entries: int
    open_runs: int
    deep_fetches: int
    deep_timed_fetches: int
    search_runs: int
    import_rows: int
    vader_rows: int
    hourly_runs: int
    evaluate_runs: int
    chart_runs: int

    @classmethod
    def make(cls, *, quick: bool, workdir: Path) -> Settings:
        return cls(
            quick=quick,
            workdir=workdir,
            startup_runs=2 if quick else 5,
            append_runs=50 if quick else 300,
            log_entries=20_000 if quick else 100_000,
            open_runs=5,
            deep_fetches=10 if quick else 50,
            deep_timed_fetches=5 if quick else 10,
            search_runs=5 if quick else 11,
            import_rows=50_000 if quick else 1_000_000,
            vader_rows=20_000 if quick else 200_000,
            hourly_runs=21 if quick else 101,
            evaluate_runs=2 if quick else 3,
            chart_runs=5 if quick else 21,
        )


def progress(message: str) -> None:
    """Progress for the person watching; stdout is reserved for the JSON lines."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def median_ms(samples: list[float]) -> float:
    return ms(statistics.median(samples))


def result(
    name: str,
    *,
    value: float,
    unit: str,
    baseline: float | None,
    target: float | None,
    target_on: str | None,
    at_least: bool = False,
    extra_ok: bool = True,
    **detail: Any,
) -> dict[str, Any]:
    """One measure's JSON object; ``meets`` compares the target with ``value`` or ``ratio``.

    The target is an upper bound unless ``at_least`` (a rate ratio that must reach it). A measure
    without a target (``target=None``) is reported only: its ``meets`` is ``None``; one without a
    bare baseline (``baseline=None``) has no ``ratio``.
    """
    ratio = round(value / baseline, 3) if baseline else None
    bounded = ratio if target_on == "ratio" else value
    meets: bool | None
    if target is None:
        meets = None
    elif at_least:
        meets = bounded is not None and bounded >= target and extra_ok
    else:
        meets = bounded is not None and bounded <= target and extra_ok
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "ratio": ratio,
        "target": target,
        "target_on": target_on,
        "target_is": None if target is None else ("at_least" if at_least else "at_most"),
        "meets": meets,
        **detail,
        # Other work on the machine skews every figure; this says how busy it was.
        "load_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def filesystem_type(path: Path) -> str:
    """The file system a path is on (Linux only, best effort).

    A durable append on tmpfs never reaches a disk, so the figure would mean nothing; the type
    is reported so that such a run can be recognised.
    """
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    resolved, best, kind = str(path.resolve()), "", "unknown"
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1]
            inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best):
                best, kind = mount_point, parts[2]
    return kind


# Realistic crisis-log text: random combinations of phrases, always the same for the same seed.

_WHO = (
    "Customer service",
    "The press office",
    "Legal",
    "IT security",
    "The CEO",
    "The social media team",
    "Our spokesperson",
    "The call centre",
    "The regulator",
    "A journalist from the regional paper",
    "Store managers",
    "The payments provider",
    "HR",
    "Facilities",
)
_DOES = (
    "reports a spike in complaints about",
    "confirmed",
    "asked for a statement on",
    "escalated",
    "is drafting a holding statement about",
    "approved the reply on",
    "wants a briefing on",
    "is monitoring mentions of",
    "called back about",
    "has no further information on",
    "posted an update on",
    "needs a decision on",
)
_WHAT = (
    "the checkout outage",
    "the data breach",
    "delayed refunds",
    "the recall of batch 42",
    "the leaked internal email",
    "the viral video from the Lyon store",
    "payment failures at the tills",
    "the phishing campaign using our logo",
    "the cancelled flights",
    "the price error on the website",
    "the warehouse fire",
    "the outage of the mobile app",
    "customer passwords",
    "the delivery backlog",
)
_TAIL = (
    "",
    "",
    "Next update at {h:02d}:{m:02d}.",
    "Waiting for confirmation from the supplier.",
    "Volume doubled in the last hour.",
    "{n} mentions in the last hour.",
    "Hashtag trending in the region.",
    "Ticket INC-{n} opened.",
    "No customer data involved so far.",
    "Refund requests now at {n}.",
    "Journalists are calling the switchboard.",
    "Regulator deadline is 72 hours.",
    "Statement approved by legal.",
)
_AUTHORS = ("Anna Keller", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eva Novak", "Farid Haddad", "Grace Lee")
_KINDS = (
    (Kind.NOTE, 40),
    (Kind.FACT, 20),
    (Kind.ACTION, 15),
    (Kind.DECISION, 10),
    (Kind.MESSAGE, 5),
    (Kind.NOTIFICATION, 4),
    (Kind.SEVERITY, 2),
    (Kind.ALERT, 2),
    (Kind.STATUS, 2),
)

# Searches a communications lead would type: rare, common, a prefix being typed, two words.
SEARCHES = ("regulator", "refund", "statement", "outage", "phish", "journalist calling", "lyon")


def entry_text(rng: random.Random) -> str:
    """One plausible entry: one to three sentences made from the phrase lists."""
    sentences = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        tail = rng.choice(_TAIL).format(h=rng.randrange(24), m=rng.choice((0, 15, 30, 45)), n=rng.randrange(2, 5000))
        sentences.append(f"{rng.choice(_WHO)} {rng.choice(_DOES)} {rng.choice(_WHAT)}. {tail}".strip())
    return " ".join(sentences)


def entry_kind(rng: random.Random) -> Kind:
    kinds, weights = zip(*_KINDS, strict=True)
    return rng.choices(kinds, weights)[0]


# startup


def measure_startup(settings: Settings) -> list[dict[str, Any]]:
    """The app's self-test vs the bare window, each from spawn to exit, interleaved."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CRISISROOM_HOME"] = str(settings.workdir / "startup-home")
    # One matplotlib cache shared by both and built by the warm-up runs, as on a user's machine;
    # without it the first canvas builds a font cache, which costs seconds and is not startup.
    env["MPLCONFIGDIR"] = str(settings.workdir / "mplconfig")
    # Start-up as a person meets it: an existing database with an incident, its log and mentions
    # (the self-test's own sample), not a first run that creates and migrates a new file.
    existing = settings.workdir / "startup.sqlite"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from crisisroom.services.self_checks import seed_incident;"
            "from crisisroom.storage.database import open_database;"
            "db = open_database(Path(sys.argv[1])); seed_incident(db); db.close()",
            str(existing),
        ],
        env=env,
        check=True,
        timeout=120,
    )
    app_cmd = [sys.executable, "-m", "crisisroom", "--db", str(existing), "--self-test"]
    base_cmd = [sys.executable, str(BASELINE_WINDOW)]

    def spawn(cmd: list[str]) -> tuple[float, dict[str, Any]]:
        started = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        return elapsed, json.loads(lines[-1]) if lines else {}

    progress("startup: warming up (file cache, matplotlib font cache)")
    spawn(app_cmd)
    spawn(base_cmd)
    app_times: list[float] = []
    base_times: list[float] = []
    app_drawn: list[float] = []
    platform = ""
    for run in range(settings.startup_runs):
        # Alternate who goes first so neither always benefits from the other's warm caches.
        order = [(app_cmd, app_times), (base_cmd, base_times)]
        for cmd, times in order if run % 2 == 0 else reversed(order):
            elapsed, report = spawn(cmd)
            times.append(elapsed)
            if cmd is app_cmd:
                app_drawn.append(float(report.get("dashboard_drawn_ms", 0.0)))
                platform = str(report.get("platform", ""))
        progress(
            f"startup: run {run + 1}/{settings.startup_runs}: app {ms(app_times[-1])} ms, bare {ms(base_times[-1])} ms"
        )
    return [
        result(
            "startup",
            value=median_ms(app_times),
            unit="ms",
            baseline=median_ms(base_times),
            target=STARTUP_MAX_RATIO,
            target_on="ratio",
            runs=settings.startup_runs,
            app_self_reported_drawn_ms=round(statistics.median(app_drawn), 1),
            platform=platform,
        )
    ]


# durable_append


def measure_durable_append(settings: Settings) -> list[dict[str, Any]]:
    """One committed ``log.append`` vs one plain committed INSERT, interleaved, same folder."""
    folder = settings.workdir / "append"
    folder.mkdir()
    rng = random.Random(SEED)
    database = open_database(folder / "crisisroom.sqlite")
    incident = incidents.create(database, "Benchmark: durable appends", category=Category.OPERATIONAL, author="Bench")

    # The bare baseline: the same durability settings, a row of the same shape, nothing else
    # (no indexes, no full-text index, no hash chain, no validation).
    plain = sqlite3.connect(folder / "plain.sqlite", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute(
        "CREATE TABLE entries (seq INTEGER PRIMARY KEY, id TEXT, incident_id TEXT, device_id TEXT, device_seq INTEGER, "
        "recorded_at TEXT, occurred_at TEXT, author TEXT, kind TEXT, text TEXT, payload TEXT, corrects TEXT, "
        "prev_hash TEXT, hash TEXT)"
    )
    insert = "INSERT INTO entries VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    def plain_row(i: int, text: str, author: str) -> tuple[Any, ...]:
        # Made before the clock starts: the baseline times SQLite only.
        return (
            str(uuid.uuid4()),
            incident.id,
            database.device_id,
            i,
            to_iso(now_utc()),
            None,
            author,
            "note",
            text,
            None,
            None,
            rng.randbytes(32).hex(),
            rng.randbytes(32).hex(),
        )

    warmup = 10
    app_times: list[float] = []
    base_times: list[float] = []
    progress(f"durable_append: {settings.append_runs} appends each on {filesystem_type(folder)}")
    try:
        for i in range(warmup + settings.append_runs):
            text, author, kind = entry_text(rng), rng.choice(_AUTHORS), entry_kind(rng)
            row = plain_row(i, text, author)
            started = time.perf_counter()
            log.append(database, incident.id, text, kind=kind, author=author)
            middle = time.perf_counter()
            plain.execute("BEGIN IMMEDIATE")
            plain.execute(insert, row)
            plain.execute("COMMIT")
            ended = time.perf_counter()
            if i >= warmup:
                app_times.append(middle - started)
                base_times.append(ended - middle)
    finally:
        plain.close()
        database.close()
    return [
        result(
            "durable_append",
            value=median_ms(app_times),
            unit="ms",
            baseline=median_ms(base_times),
            target=APPEND_MAX_MS,
            target_on="value",
            n=settings.append_runs,
            p90_ms=ms(statistics.quantiles(app_times, n=10)[-1]),
            max_ms=ms(max(app_times)),
            baseline_p90_ms=ms(statistics.quantiles(base_times, n=10)[-1]),
            filesystem=filesystem_type(folder),
        )
    ]


# The large log shared by log_open_100k and fts_search


@dataclass
class BigLog:
    """A database file with a long log for one incident (and a little of another)."""

    path: Path
    incident_id: str
    entries: int
    build_s: float


@dataclass
class Shared:
    """What the measures share: the settings and, once built, the big log."""

    settings: Settings
    big_log: BigLog | None = None
    big_mentions: Imported | None = None
    qt_app: Any = field(default=None, repr=False)

    def log(self) -> BigLog:
        if self.big_log is None:
            self.big_log = build_big_log(self.settings)
        return self.big_log

    def mentions(self) -> Imported:
        """The 1,000,000-row export (50,000 with ``--quick``) and its database, imported once."""
        if self.big_mentions is None:
            settings = self.settings
            self.big_mentions = import_export(
                settings, "import_1m", settings.import_rows, with_sentiment=True, seed=SEED
            )
        return self.big_mentions

    def ensure_qt(self) -> None:
        """The model's data() makes QFonts, which need a QGuiApplication; offscreen needs no display."""
        if self.qt_app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            self.qt_app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def build_big_log(settings: Settings) -> BigLog:
    """Fill a log through the real append path, all in one transaction so it takes seconds, not hours.

    Every 50th entry goes to a second incident, so the incident filter has something to leave
    out; about one entry in 200 corrects a recent one, so struck-out rows and the correction
    lookup are exercised; a few entries have an occurred-at time or a payload.
    """
    folder = settings.workdir / "biglog"
    folder.mkdir()
    path = folder / "crisisroom.sqlite"
    rng = random.Random(SEED)
    n = settings.log_entries
    progress(f"building a log of {n:,} entries (real append path, one transaction)")
    started = time.perf_counter()
    database = open_database(path)
    try:
        main = incidents.create(database, "Benchmark: long log", category=Category.SECURITY_BREACH, author="Bench")
        other = incidents.create(database, "Benchmark: other incident", category=Category.REPUTATION, author="Bench")
        with database.transaction():  # nested appends join it: one commit instead of n fsyncs
            fill_log(database, main.id, n, rng, other_id=other.id)
    finally:
        database.close()  # checkpoints the WAL, as a finished session would leave the file
    build_s = time.perf_counter() - started
    progress(f"built in {build_s:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    # +1: incidents.create logs "Incident opened" itself.
    return BigLog(path=path, incident_id=main.id, entries=n + 1, build_s=round(build_s, 2))


def fill_log(database: Database, main_id: str, n: int, rng: random.Random, *, other_id: str | None = None) -> None:
    """Append ``n`` entries to ``main_id``'s log through ``log.append``/``log.correct``.

    Call it inside ``database.transaction()``. With ``other_id``, about every 50th entry goes to
    that incident instead (not counted in ``n``); about one entry in 200 corrects a recent one,
    and a few have an occurred-at time or a payload.
    """
    recent: list[str] = []
    written = 0
    while written < n:
        incident_id = other_id if rng.randrange(50) == 0 and other_id is not None else main_id
        author = rng.choice(_AUTHORS)
        if incident_id == main_id and recent and rng.randrange(200) == 0:
            target = rng.choice(recent[-50:])
            log.correct(database, target, "Correction: " + entry_text(rng), author=author)
        else:
            occurred = to_iso(now_utc()) if rng.randrange(20) == 0 else None
            payload = {"mentions": rng.randrange(5000)} if rng.randrange(30) == 0 else None
            entry = log.append(
                database,
                incident_id,
                entry_text(rng),
                kind=entry_kind(rng),
                author=author,
                occurred_at=occurred,
                payload=payload,
            )
            if incident_id == main_id:
                recent.append(entry.id)
                del recent[:-100]
        if incident_id == main_id:
            written += 1
            if written % 20_000 == 0:
                progress(f"  {written:,} entries")


def measure_log_open(shared: Shared) -> list[dict[str, Any]]:
    """Open the file and show the log's first screen, vs a plain connect and SELECT of one page."""
    from PySide6.QtCore import Qt

    from crisisroom.gui.models.lazy_table import PAGE_SIZE
    from crisisroom.gui.models.log_model import LogTableModel

    settings, big = shared.settings, shared.log()
    shared.ensure_qt()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
    app_times: list[float] = []
    open_times: list[float] = []
    base_times: list[float] = []
    rows_loaded: list[int] = []
    totals: list[int] = []
    more: list[bool] = []

    for run in range(settings.open_runs):
        started = time.perf_counter()
        database = open_database(big.path)
        # Timed apart as well: opening runs quick_check, which reads the whole file.
        open_times.append(time.perf_counter() - started)
        model = LogTableModel(database)
        model.set_filter(log.LogFilter(big.incident_id))
        incidents.counts(database, big.incident_id)  # the dashboard header's figures, shown with the log
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:  # what a view asks of each visible cell
                    model.data(index, role)
        app_times.append(time.perf_counter() - started)
        rows_loaded.append(model.rowCount())
        more.append(model.canFetchMore())
        totals.append(model.count_matches())  # outside the timed part: the view never needs it
        database.close()

        started = time.perf_counter()
        plain = sqlite3.connect(big.path)
        plain.execute("SELECT * FROM log_entries ORDER BY seq DESC LIMIT 200").fetchall()
        plain.close()
        base_times.append(time.perf_counter() - started)
        progress(f"log_open: run {run + 1}/{settings.open_runs}: {ms(app_times[-1])} ms, bare {ms(base_times[-1])} ms")

    # Scrolling deep: what one more page costs once the view is far down the log.
    database = open_database(big.path)
    try:
        model = LogTableModel(database)
        model.set_filter(log.LogFilter(big.incident_id))
        for _ in range(settings.deep_fetches):
            model.fetchMore()
        deep_start_rows = model.rowCount()
        fetch_times: list[float] = []
        for _ in range(settings.deep_timed_fetches):
            if not model.canFetchMore():
                break
            started = time.perf_counter()
            model.fetchMore()
            fetch_times.append(time.perf_counter() - started)
        deep_end_rows = model.rowCount()
    finally:
        database.close()

    one_page_only = (
        all(rows == PAGE_SIZE for rows in rows_loaded) and all(more) and all(t == big.entries for t in totals)
    )
    return [
        result(
            "log_open_100k",
            value=median_ms(app_times),
            unit="ms",
            baseline=median_ms(base_times),
            target=LOG_OPEN_MAX_MS,
            target_on="value",
            extra_ok=one_page_only,
            n=big.entries,
            runs=settings.open_runs,
            open_database_ms=median_ms(open_times),
            rows_loaded=rows_loaded[0],
            total=totals[0],
            one_page_only=one_page_only,
            fetch_more_deep_ms=median_ms(fetch_times) if fetch_times else None,
            fetch_more_from_row=deep_start_rows,
            fetch_more_to_row=deep_end_rows,
            build_s=big.build_s,
            build_rate_per_s=round(big.entries / big.build_s),
        )
    ]


def measure_fts_search(shared: Shared) -> list[dict[str, Any]]:
    """What the log view waits for on a search (the first page of matches) vs the bare FTS5 lookup."""
    settings, big = shared.settings, shared.log()
    database = open_database(big.path)
    per_search: dict[str, dict[str, Any]] = {}
    try:
        for words in SEARCHES:
            flt = log.LogFilter(big.incident_id, search=words)
            query = log.fts_query(words)
            app_times: list[float] = []
            count_times: list[float] = []
            page_times: list[float] = []
            base_times: list[float] = []
            matches = 0
            # The same connection for both, so both read from the same page cache.
            for _ in range(settings.search_runs):
                # What the view waits for before the results show: the first page of matches.
                started = time.perf_counter()
                log.page(database, flt)
                paged = time.perf_counter()
                # The match count is shown a moment later, as its own event; reported, not the target.
                matches = log.count(database, flt)
                counted = time.perf_counter()
                page_times.append(paged - started)
                count_times.append(counted - paged)
                app_times.append(paged - started)
                started = time.perf_counter()
                database.conn.execute(
                    "SELECT rowid FROM log_entries_fts WHERE log_entries_fts MATCH ? LIMIT 200", (query,)
                ).fetchall()
                base_times.append(time.perf_counter() - started)
            per_search[words] = {
                "ms": median_ms(app_times),
                "count_ms": median_ms(count_times),
                "page_ms": median_ms(page_times),
                "baseline_ms": median_ms(base_times),
                "matches": matches,
            }
            progress(f"fts_search: {words!r}: {per_search[words]}")
    finally:
        database.close()
    # The slowest search is what a person notices, so it is the one held to the target.
    worst = max(per_search, key=lambda words: per_search[words]["ms"])
    return [
        result(
            "fts_search",
            value=per_search[worst]["ms"],
            unit="ms",
            baseline=per_search[worst]["baseline_ms"],
            target=FTS_MAX_MS,
            target_on="value",
            n=big.entries,
            runs=settings.search_runs,
            slowest=worst,
            searches=per_search,
        )
    ]


# Mentions: a generated Brandwatch export, shared by import_1m, hourly_30d, chart_redraw and memory

BRAND = "Acme"
EXPORT_START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday; the clocks in Europe change on 29 March
EXPORT_DAYS = 30
EXPORT_ZONE = "Europe/Paris"  # the incident's zone: the chart labels its hours in it
BRANDWATCH_COLUMNS = ("Date", "Full Text", "Author", "Url", "Sentiment", "Page Type", "Reach (new)")
GENERATE_CHUNK = 50_000

_NEGATIVE_OPENERS = (
    "Seriously @{brand}Help,",
    "Three hours on hold and",
    "Is anyone else seeing this?",
    "Absolutely furious:",
    "Worst customer service ever.",
    "Day 2 of this mess and",
    "Can't believe it,",
    "Ugh.",
    "Not again!",
    "So much for 'we value our customers':",
    "Shame on you {brand}.",
    "",
)
_NEGATIVE_BODIES = (
    "the app keeps crashing at checkout",
    "my card was charged twice and nobody answers",
    "still no refund after the outage",
    "your hotline hung up on me again",
    "the website is down and my order vanished",
    "they leaked customer data and said nothing for days",
    "my delivery was cancelled without any notice",
    "I'm done with this company",
    "this is a disgrace and a scam",
    "that statement is pathetic, nobody believes it",
    "my account was locked and support is useless",
    "lost a whole day of sales because of their payment failure",
)
_NEUTRAL_BODIES = (
    "{brand} says the outage is being investigated",
    "Reports of problems with the {brand} app this morning",
    "{brand} statement on the payment incident",
    "Has anyone heard from {brand} about the delivery delays?",
    "Live updates: {brand} service status",
    "{brand} shares move after outage report",
    "Regulator asks {brand} for details on the incident",
    "{brand} to hold press briefing at {hour}:00",
    "What we know so far about the {brand} outage",
    "{brand} confirms stores remain open",
    "Thread: timeline of the {brand} incident",
    "{brand} support wait times listed on its status page",
)
_POSITIVE_BODIES = (
    "Thanks {brand} support, sorted in ten minutes",
    "Great update from {brand}, appreciate the honesty",
    "Credit where it's due: {brand} refunded me quickly",
    "Love how the {brand} team handled this, well done",
    "The {brand} store staff were brilliant today",
    "Good to see {brand} owning the mistake and fixing it",
    "Happy to report my order arrived after all, thank you {brand}",
    "Impressed by the clear apology from {brand}",
)
_TAILS = (
    "",
    "",
    "",
    "#{brand}Down",
    "#boycott{brand}",
    "Order #{n}.",
    "Ticket {n}.",
    "cc @{brand}Help",
    "Waited {m} minutes.",
    "{q} people ahead of me in the queue.",
    '"We are looking into it" they said.',
    "Update at {hour}:{m:02d}, still nothing.",
)
# Brandwatch's Page Type, weighted roughly as a consumer crisis looks.
_PAGE_TYPES = (
    ("twitter", 50),
    ("reddit", 10),
    ("news", 8),
    ("facebook", 10),
    ("instagram", 6),
    ("forum", 5),
    ("blog", 3),
    ("review", 3),
    ("youtube", 3),
    ("tumblr", 2),
)
_NEWS_SITES = ("www.bbc.co.uk", "www.lemonde.fr", "www.reuters.com", "www.theguardian.com", "www.spiegel.de")
_SUBREDDITS = ("assholedesign", "mildlyinfuriating", "europe", "personalfinance", "technology")
_FIRST = ("anna", "ben", "chloe", "dev", "eva", "farid", "grace", "hugo", "ines", "jonas", "kim", "lea", "marco")
_LAST = ("k", "okafor", "martin", "patel", "novak", "haddad", "lee", "smith", "garcia", "muller", "rossi", "dubois")


def _hour_shapes(hours: int) -> tuple[list[float], list[float]]:
    """How many mentions each hour gets (relative weights) and what share of them is negative.

    Two quiet days, the crisis breaking on day 2 and fading over a week, a second wave on day
    12 (the regulator steps in), daily rhythm throughout (few mentions at night), so the hourly
    counts rise and fall and the rules see quiet hours between episodes.
    """
    weights, negative = [], []
    for h in range(hours):
        day = h / 24
        local_hour = (h + 1) % 24
        rhythm = 0.15 + 0.85 * math.sin(math.pi * (local_hour - 6) / 18) if local_hour >= 6 else 0.15
        if day < 2:
            level, share = 0.02, 0.08
        else:
            wave = math.exp(-(day - 2) / 5) + 0.6 * math.exp(-(((day - 12.5) / 1.2) ** 2))
            level, share = 0.06 + wave, 0.2 + 0.45 * min(1.0, wave)
        weights.append(level * rhythm)
        negative.append(share)
    return weights, negative


def _spread(total: int, weights: list[float]) -> list[int]:
    """``total`` split in proportion to ``weights``, exactly (largest remainders)."""
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _mention_text(rng: random.Random, label: str, hour: int) -> str:
    if label == "negative":
        opener = rng.choice(_NEGATIVE_OPENERS)
        body = rng.choice(_NEGATIVE_BODIES)
        text = f"{opener} {body}" if opener else body[0].upper() + body[1:]
    elif label == "neutral":
        text = rng.choice(_NEUTRAL_BODIES)
    else:
        text = rng.choice(_POSITIVE_BODIES)
    tail = rng.choice(_TAILS)
    if tail:
        text += ". " + tail if text[-1] not in ".!?" else " " + tail
    if rng.randrange(40) == 0:
        text += "\nhttps://t.co/" + "".join(rng.choices("abcdefghijkmnpqrstuvwxyz0123456789", k=10))
    return text.format(
        brand=BRAND, n=rng.randrange(10_000, 99_999), m=rng.randrange(60), q=rng.randrange(5, 400), hour=hour
    )


def _mention_url(rng: random.Random, page_type: str, author: str, index: int) -> str:
    """A link of the network's shape, unique per row (Brandwatch mentions are deduplicated on it)."""
    if page_type == "twitter":
        return f"https://twitter.com/{author}/status/{1_770_000_000_000_000_000 + index * 7919}"
    if page_type == "reddit":
        return f"https://www.reddit.com/r/{rng.choice(_SUBREDDITS)}/comments/{index:x}/"
    if page_type == "news":
        return f"https://{rng.choice(_NEWS_SITES)}/news/acme-outage-{index}"
    return f"https://www.{page_type}.example/{author}/posts/{index}"


def write_brandwatch_export(path: Path, rows: int, *, with_sentiment: bool, seed: int) -> None:
    """A Brandwatch CSV export: report metadata, then the header and ``rows`` mentions in time
    order over :data:`EXPORT_DAYS` days, always the same for the same seed."""
    rng = random.Random(seed)
    hours = EXPORT_DAYS * 24
    weights, negative_share = _hour_shapes(hours)
    per_hour = _spread(rows, weights)
    authors = [f"{rng.choice(_FIRST)}{rng.choice(_LAST)}{rng.randrange(100, 9999)}" for _ in range(20_000)]
    page_types, page_weights = zip(*_PAGE_TYPES, strict=True)
    columns = [c for c in BRANDWATCH_COLUMNS if with_sentiment or c != "Sentiment"]
    end = EXPORT_START + timedelta(days=EXPORT_DAYS)
    index = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerows(
            [
                ["Brandwatch Consumer Research"],
                ["Report:", "Mentions"],
                ["Query:", f"{BRAND} outage"],
                ["Date Range:", f"{EXPORT_START:%Y-%m-%d %H:%M} - {end:%Y-%m-%d %H:%M}"],
                ["Timezone:", "UTC"],
                [],
                columns,
            ]
        )
        batch: list[list[object]] = []
        for hour, count in enumerate(per_hour):
            moment = EXPORT_START + timedelta(hours=hour)
            stamp = f"{moment:%Y-%m-%d %H}:"
            share = negative_share[hour]
            for second in sorted(rng.choices(range(3600), k=count)):
                label = "negative" if rng.random() < share else ("neutral" if rng.random() < 0.6 else "positive")
                page_type = rng.choices(page_types, page_weights)[0]
                author = rng.choice(authors)
                reach = "" if rng.randrange(20) == 0 else str(int(rng.paretovariate(1.1) * 50))
                row: list[object] = [
                    f"{stamp}{second // 60:02d}:{second % 60:02d}",
                    _mention_text(rng, label, moment.hour),
                    author,
                    _mention_url(rng, page_type, author, index),
                ]
                if with_sentiment:
                    row.append(label)
                row += [page_type, reach]
                batch.append(row)
                index += 1
                if len(batch) >= GENERATE_CHUNK:
                    writer.writerows(batch)
                    batch.clear()
                    progress(f"  generated {index:,} rows")
        writer.writerows(batch)


def export_rows(path: Path, incident_id: str, batch_id: str) -> list[tuple[Any, ...]]:
    """The export's rows as the 12 values the app stores per mention (``storage.mentions._row``),
    read with plain ``csv.reader``: the baseline's input, made before its clock starts."""
    from crisisroom.importers.mapping import canonical_platform

    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        for header in reader:
            if header and header[0] == "Date":
                break
        at = {name: i for i, name in enumerate(header)}
        date, text, author, url, page_type, reach = (
            at[c] for c in ("Date", "Full Text", "Author", "Url", "Page Type", "Reach (new)")
        )
        sentiment = at.get("Sentiment")
        for row in reader:
            rows.append(
                (
                    incident_id,
                    f"url:{row[url]}",
                    row[date].replace(" ", "T") + ".000Z",
                    canonical_platform(row[page_type]),
                    row[author],
                    row[text],
                    row[url],
                    "",
                    row[sentiment] if sentiment is not None else "neutral",
                    "export" if sentiment is not None else "vader",
                    int(row[reach]) if row[reach] else None,
                    batch_id,
                )
            )
    return rows


def plain_insert_rate(folder: Path, rows: list[tuple[Any, ...]]) -> tuple[float, float]:
    """The bare baseline: ``executemany`` of parsed rows into a plain 12-column table, with the
    app's durability settings (WAL, ``synchronous=FULL``), one commit. Returns (seconds, rows/s)."""
    path = folder / "plain.sqlite"
    for leftover in folder.glob("plain.sqlite*"):
        leftover.unlink()
    plain = sqlite3.connect(path, isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode = WAL")
        plain.execute("PRAGMA synchronous = FULL")
        plain.execute(
            "CREATE TABLE mentions (incident_id TEXT, dedupe_key TEXT, posted_at TEXT, platform TEXT, author TEXT, "
            "text TEXT, url TEXT, external_id TEXT, sentiment TEXT, sentiment_source TEXT, reach INTEGER, "
            "batch_id TEXT)"
        )
        started = time.perf_counter()
        plain.execute("BEGIN")
        plain.executemany(f"INSERT INTO mentions VALUES ({', '.join('?' * 12)})", rows)
        plain.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        plain.close()
    return elapsed, len(rows) / elapsed


@dataclass
class Imported:
    """An export imported through the app's path into a fresh database file."""

    folder: Path
    csv_path: Path
    db_path: Path
    incident_id: str
    rows: int
    imported: int
    import_s: float
    parse_stage_s: float  # until the last row was parsed, classified and staged
    generate_s: float
    firings: int
    self_cpu_s: float
    children_cpu_s: float
    log_entries_added: int = 0

    @property
    def rate(self) -> float:
        return self.imported / self.import_s

    def sizes(self) -> dict[str, float]:
        return {
            "csv_mb": round(self.csv_path.stat().st_size / 1e6, 1),
            "db_mb": round(self.db_path.stat().st_size / 1e6, 1),
        }


def import_export(settings: Settings, name: str, rows: int, *, with_sentiment: bool, seed: int) -> Imported:
    """Generate an export, then time ``services.mentions.import_file`` on a real database file."""
    import resource  # Unix only, like the measures that need it

    from crisisroom.services.mentions import import_file

    folder = settings.workdir / name
    folder.mkdir()
    csv_path = folder / "brandwatch-export.csv"
    progress(f"{name}: generating a {rows:,}-row Brandwatch export ({'with' if with_sentiment else 'no'} sentiment)")
    started = time.perf_counter()
    write_brandwatch_export(csv_path, rows, with_sentiment=with_sentiment, seed=seed)
    generate_s = time.perf_counter() - started
    progress(f"{name}: generated in {generate_s:.1f} s ({csv_path.stat().st_size / 1e6:.0f} MB)")

    db_path = folder / "crisisroom.sqlite"
    database = open_database(db_path)
    try:
        incident = incidents.create(
            database, f"Benchmark: {name}", category=Category.REPUTATION, author="Bench", timezone=EXPORT_ZONE
        )
        marks = {"staged": 0.0, "next": 0.1}

        def on_progress(done: int, total: int) -> None:
            if total and done >= total:
                marks["staged"] = time.perf_counter()
            if total and done / total >= marks["next"]:
                progress(f"{name}: {done / total:.0%} read ({time.perf_counter() - started:.1f} s)")
                marks["next"] += 0.1

        self_before = resource.getrusage(resource.RUSAGE_SELF)
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        outcome = import_file(database, incident, csv_path, author="Bench", progress=on_progress).value
        import_s = time.perf_counter() - started
        self_after = resource.getrusage(resource.RUSAGE_SELF)
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        database.close()

    def cpu(before: Any, after: Any) -> float:
        return round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 2)

    summary = outcome.summary
    if summary.imported != rows or summary.rejected:
        raise RuntimeError(f"{name}: imported {summary.imported:,} of {rows:,} rows, {len(summary.rejected)} rejected")
    progress(f"{name}: imported {summary.imported:,} rows in {import_s:.1f} s ({summary.imported / import_s:,.0f}/s)")
    return Imported(
        folder=folder,
        csv_path=csv_path,
        db_path=db_path,
        incident_id=incident.id,
        rows=rows,
        imported=summary.imported,
        import_s=import_s,
        parse_stage_s=(marks["staged"] - started) if marks["staged"] else import_s,
        generate_s=round(generate_s, 2),
        firings=len(outcome.firings),
        self_cpu_s=cpu(self_before, self_after),
        children_cpu_s=cpu(children_before, children_after),
    )


def rows_match_app(db_path: Path, rows: list[tuple[Any, ...]], rng: random.Random, samples: int = 300) -> bool:
    """Whether the baseline's rows are what the app stored (a sample, compared without the batch id)."""
    conn = sqlite3.connect(db_path)
    try:
        for row in rng.sample(rows, min(samples, len(rows))):
            stored = conn.execute(
                "SELECT incident_id, dedupe_key, posted_at, platform, author, text, url, external_id, sentiment, "
                "sentiment_source, reach FROM mentions WHERE incident_id = ? AND dedupe_key = ?",
                row[:2],
            ).fetchone()
            expected = row[:11]
            if row[9] == "vader":  # the baseline does not classify: compare all but the label and its scorer
                stored, expected = stored and stored[:8] + stored[10:], expected[:8] + expected[10:]
            if stored != expected:
                progress(f"  baseline row differs from the app's: {expected!r} vs {stored!r}")
                return False
    finally:
        conn.close()
    return True


def measure_import_1m(shared: Shared) -> list[dict[str, Any]]:
    """The real import path vs plain ``executemany`` of the same rows already parsed."""
    big = shared.mentions()
    progress("import_1m: parsing the rows for the baseline (csv.reader, not timed)")
    rows = export_rows(big.csv_path, big.incident_id, str(uuid.uuid4()))
    matches = rows_match_app(big.db_path, rows, random.Random(SEED))
    plain_s, plain_rate = plain_insert_rate(big.folder, rows)
    progress(f"import_1m: plain executemany of {len(rows):,} rows in {plain_s:.2f} s ({plain_rate:,.0f}/s)")
    del rows
    return [
        result(
            "import_1m",
            value=round(big.rate),
            unit="rows/s",
            baseline=round(plain_rate),
            target=IMPORT_MIN_RATIO,
            target_on="ratio",
            at_least=True,
            rows=big.imported,
            import_s=round(big.import_s, 2),
            parse_stage_s=round(big.parse_stage_s, 2),
            store_evaluate_s=round(big.import_s - big.parse_stage_s, 2),
            baseline_s=round(plain_s, 2),
            baseline_rows_match_app=matches,
            firings=big.firings,
            generate_s=big.generate_s,
            **big.sizes(),
            filesystem=filesystem_type(big.folder),
        )
    ]


def measure_import_vader(shared: Shared) -> list[dict[str, Any]]:
    """An export without sentiment, so VADER labels every row (worker processes past the threshold)."""
    from crisisroom.importers import pipeline, sentiment

    settings = shared.settings
    imported = import_export(settings, "import_vader", settings.vader_rows, with_sentiment=False, seed=SEED + 1)
    rows = export_rows(imported.csv_path, imported.incident_id, str(uuid.uuid4()))
    matches = rows_match_app(imported.db_path, rows, random.Random(SEED))
    plain_s, plain_rate = plain_insert_rate(imported.folder, rows)
    progress(f"import_vader: plain executemany of {len(rows):,} rows in {plain_s:.2f} s ({plain_rate:,.0f}/s)")
    conn = sqlite3.connect(imported.db_path)
    try:
        labels = dict(conn.execute("SELECT sentiment, count(*) FROM mentions GROUP BY sentiment").fetchall())
    finally:
        conn.close()
    # One core's VADER rate on the same texts, for comparison: what a single process could do.
    texts = [row[5] for row in rows[: min(5_000, len(rows))]]
    sentiment.classify(texts[:100])  # loads the lexicon
    started = time.perf_counter()
    sentiment.classify(texts)
    single_core_rate = len(texts) / (time.perf_counter() - started)
    del rows
    cpu_s = imported.self_cpu_s + imported.children_cpu_s
    shutil.rmtree(imported.folder, ignore_errors=True)
    return [
        result(
            "import_vader",
            value=round(imported.rate),
            unit="rows/s",
            baseline=round(plain_rate),
            target=None,
            target_on=None,
            rows=imported.imported,
            import_s=round(imported.import_s, 2),
            parse_stage_s=round(imported.parse_stage_s, 2),
            store_evaluate_s=round(imported.import_s - imported.parse_stage_s, 2),
            baseline_s=round(plain_s, 2),
            baseline_rows_match_app=matches,
            labels=labels,
            cpu_count=os.cpu_count(),
            workers=sentiment.default_workers(),
            parallel_threshold=pipeline.PARALLEL_THRESHOLD,
            self_cpu_s=imported.self_cpu_s,
            children_cpu_s=imported.children_cpu_s,
            # CPU seconds per wall second: near 2 when both cores work the whole time.
            cores_busy=round(cpu_s / imported.import_s, 2),
            vader_one_core_texts_per_s=round(single_core_rate),
            generate_s=imported.generate_s,
            firings=imported.firings,
        )
    ]


def measure_hourly(shared: Shared) -> list[dict[str, Any]]:
    """``mentions.hourly`` over the whole incident vs the raw SELECT of the aggregate table."""
    from crisisroom.storage import mentions, rules

    settings, big = shared.settings, shared.mentions()
    database = open_database(big.db_path)
    plain = sqlite3.connect(big.db_path)
    raw = "SELECT hour, total, negative FROM mention_hours WHERE incident_id = ?"
    app_times: list[float] = []
    base_times: list[float] = []
    try:
        for _ in range(3):  # warm the page cache and the statement caches for both
            counts = mentions.hourly(database, big.incident_id)
            plain.execute(raw, (big.incident_id,)).fetchall()
        for _ in range(settings.hourly_runs):
            started = time.perf_counter()
            counts = mentions.hourly(database, big.incident_id)
            middle = time.perf_counter()
            plain.execute(raw, (big.incident_id,)).fetchall()
            ended = time.perf_counter()
            app_times.append(middle - started)
            base_times.append(ended - middle)
        progress(f"hourly_30d: {len(counts)} hours, {median_ms(app_times)} ms, bare {median_ms(base_times)} ms")
        evaluate_times: list[float] = []
        new_firings = 0
        for _ in range(settings.evaluate_runs):
            started = time.perf_counter()
            new_firings += len(rules.evaluate(database, big.incident_id))
            evaluate_times.append(time.perf_counter() - started)
        progress(f"hourly_30d: rules re-evaluation {median_ms(evaluate_times)} ms, {new_firings} new firings")
        stored_firings = len(rules.firings(database, big.incident_id))
        total, negative = mentions.count(database, big.incident_id)
    finally:
        plain.close()
        database.close()
    return [
        result(
            "hourly_30d",
            value=median_ms(app_times),
            unit="ms",
            baseline=median_ms(base_times),
            target=HOURLY_MAX_MS,
            target_on="value",
            runs=settings.hourly_runs,
            hours=len(counts),
            mentions=total,
            negative=negative,
            p90_ms=ms(statistics.quantiles(app_times, n=10)[-1]),
            rules_evaluate_ms=median_ms(evaluate_times),
            rules_evaluate_runs=settings.evaluate_runs,
            rules_new_firings=new_firings,
            firings_stored=stored_firings,
        )
    ]


def measure_chart_redraw(shared: Shared) -> list[dict[str, Any]]:
    """``draw_hourly`` into the figure it drew before + an Agg draw, as the dashboard redraws,
    vs a bare Figure with one ``ax.stairs`` of the same hours drawn with Agg."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from crisisroom.charts.mentions import draw_hourly
    from crisisroom.domain.clock import zone_from_name
    from crisisroom.storage import mentions, rules

    settings, big = shared.settings, shared.mentions()
    database = open_database(big.db_path, write=False)
    try:
        counts = mentions.hourly(database, big.incident_id)
        rule_set = rules.load(database)
        firings = [stored.firing for stored in rules.firings(database, big.incident_id)]
    finally:
        database.close()
    zone = zone_from_name(EXPORT_ZONE)
    size = (11, 2.6)  # the dashboard's figure (gui/widgets/mentions_chart.py)

    started = time.perf_counter()
    figure = Figure(figsize=size, dpi=100)
    canvas = FigureCanvasAgg(figure)
    chart = draw_hourly(figure, counts, zone=zone, rules=rule_set, firings=firings)
    canvas.draw()
    first_ms = ms(time.perf_counter() - started)
    drawn_ok = sum(chart.negative) == sum(c.negative for c in counts) and sum(chart.totals) == sum(
        c.total for c in counts
    )
    values = [float(total) for total in chart.totals]

    # The bare baseline redraws too: a figure built once with one stairs artist, its data set
    # again and drawn, as the app's redraw reuses its figure. Building it is timed apart.
    started = time.perf_counter()
    bare_figure = Figure(figsize=size, dpi=100)
    bare_canvas = FigureCanvasAgg(bare_figure)
    stairs = bare_figure.add_subplot().stairs(values)
    bare_canvas.draw()
    bare_first_ms = ms(time.perf_counter() - started)

    def redraw(marks: list[Any]) -> Any:
        drawn = draw_hourly(figure, counts, zone=zone, rules=rule_set, firings=marks)
        canvas.draw()
        return drawn

    app_times: list[float] = []
    base_times: list[float] = []
    for run in range(2 + settings.chart_runs):
        started = time.perf_counter()
        chart = redraw(firings)
        middle = time.perf_counter()
        stairs.set_data(values)
        bare_canvas.draw()
        ended = time.perf_counter()
        if run >= 2:
            app_times.append(middle - started)
            base_times.append(ended - middle)
    # What the firing marks cost: each has a text label, and text is most of a redraw's time.
    unmarked_times: list[float] = []
    for run in range(1 + min(5, settings.chart_runs)):
        started = time.perf_counter()
        redraw([])
        if run:
            unmarked_times.append(time.perf_counter() - started)
    progress(f"chart_redraw: {len(chart.hours)} hours, {median_ms(app_times)} ms, bare {median_ms(base_times)} ms")
    return [
        result(
            "chart_redraw",
            value=median_ms(app_times),
            unit="ms",
            baseline=median_ms(base_times),
            target=CHART_MAX_MS,
            target_on="value",
            runs=settings.chart_runs,
            hours=len(chart.hours),
            thresholds=len(chart.thresholds),
            firings_marked=len(chart.firings),
            first_draw_ms=first_ms,
            bare_first_draw_ms=bare_first_ms,
            redraw_without_firings_ms=median_ms(unmarked_times),
            p90_ms=ms(statistics.quantiles(app_times, n=10)[-1]),
            drawn_matches_counts=drawn_ok,
            pixels=list(canvas.get_width_height()),
        )
    ]


# Run in a fresh interpreter by measure_memory: the app's storage over the big database.
MEMORY_SCRIPT = """
import json, resource, sys
from pathlib import Path
from crisisroom.storage import log, mentions
from crisisroom.storage.database import open_database
path, incident_id = Path(sys.argv[1]), sys.argv[2]
database = open_database(path)
hours = mentions.hourly(database, incident_id)
page = mentions.page(database, incident_id, limit=200)
entries = log.page(database, log.LogFilter(incident_id), limit=200)
print(json.dumps({"hours": len(hours), "mentions": len(page), "entries": len(entries), **__import__("_rss").rss()}))
database.close()
"""
BARE_MEMORY_SCRIPT = 'import json, sqlite3; print(json.dumps(__import__("_rss").rss()))'
SELF_TEST_SCRIPT = """
import json, sys
from crisisroom.cli import main
code = main(["--db", sys.argv[1], "--self-test"])
print(json.dumps({"exit_code": code, **__import__("_rss").rss()}))
"""
# Peak RSS from /proc (VmHWM: this process's own high-water mark). getrusage's ru_maxrss is no
# good in a child on Linux: a child started with vfork carries its parent's peak across exec.
RSS_MODULE = """
import resource, sys
def rss():
    status = {}
    try:
        for line in open("/proc/self/status"):
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                status[key] = int(value.split()[0]) / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        status["VmHWM"] = peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024
    rss = status.get("VmRSS")
    return {"peak_rss_mb": round(status["VmHWM"], 1), "rss_mb": None if rss is None else round(rss, 1)}
"""


def measure_memory(shared: Shared) -> list[dict[str, Any]]:
    """Peak RSS of a fresh process using the app's storage on the big database with a long log,
    vs a bare ``python -c "import sqlite3"``; the whole app's self-test on it as a detail."""
    settings, big = shared.settings, shared.mentions()
    if not big.log_entries_added:
        n = settings.log_entries
        progress(f"memory: adding {n:,} log entries to the mentions database (one transaction)")
        started = time.perf_counter()
        database = open_database(big.db_path)
        try:
            with database.transaction():
                fill_log(database, big.incident_id, n, random.Random(SEED))
        finally:
            database.close()
        big.log_entries_added = n
        progress(f"memory: log added in {time.perf_counter() - started:.1f} s")
    helper = settings.workdir / "rss-helper"
    helper.mkdir(exist_ok=True)
    (helper / "_rss.py").write_text(RSS_MODULE)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(helper), env.get("PYTHONPATH", "")]))

    def run(code: str, *args: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=600, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"memory subprocess exited {done.returncode}: {done.stderr.strip()[-2000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    app = run(MEMORY_SCRIPT, str(big.db_path), big.incident_id)
    bare = run(BARE_MEMORY_SCRIPT)
    progress(f"memory: storage {app['peak_rss_mb']} MB peak, bare {bare['peak_rss_mb']} MB")
    whole = self_test_rss(settings, big.db_path, env)
    progress(f"memory: the app's self-test on the same file: {whole.get('peak_rss_mb')} MB peak")
    return [
        result(
            "memory",
            value=app["peak_rss_mb"],
            unit="MB",
            baseline=bare["peak_rss_mb"],
            target=MEMORY_MAX_MB,
            target_on="value",
            rss_at_end_mb=app["rss_mb"],
            hours=app["hours"],
            mentions_paged=app["mentions"],
            entries_paged=app["entries"],
            mentions=big.imported,
            log_entries=big.log_entries_added,
            app_self_test=whole,
            **big.sizes(),
        )
    ]


def self_test_rss(settings: Settings, db_path: Path, env: dict[str, str]) -> dict[str, Any]:
    """Peak RSS of the app's ``--self-test`` on the file: the window, the dashboard with its chart
    and the mentions table, the log, the chain verified."""
    env = dict(env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CRISISROOM_HOME"] = str(settings.workdir / "memory-home")
    env["MPLCONFIGDIR"] = str(settings.workdir / "mplconfig")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", SELF_TEST_SCRIPT, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    elapsed = time.perf_counter() - started
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or len(lines) < 2:
        raise RuntimeError(f"the self-test exited {done.returncode}: {(done.stdout + done.stderr).strip()[-2000:]}")
    report, usage = lines[-2], lines[-1]
    return {
        "exit_code": usage["exit_code"],
        "peak_rss_mb": usage["peak_rss_mb"],
        "wall_s": round(elapsed, 2),
        # From the self-test's own report: the file opened (with its quick_check), the window
        # shown, the dashboard drawn once the log's chain was verified.
        "open_database_ms": report.get("open_database_ms"),
        "window_shown_ms": report.get("window_shown_ms"),
        "dashboard_drawn_ms": report.get("dashboard_drawn_ms"),
        "log_verified": report.get("log_verified"),
    }


# share_merge and share_delay


_ENTRY_FIELDS = (
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


class _BenchKeys:
    """Device keys in memory, so the measures never write into this computer's keychain."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def load(self, device_id: str) -> bytes | None:
        return self.items.get(device_id)

    def store(self, device_id: str, private_key: bytes) -> None:
        self.items[device_id] = private_key


@dataclass
class SharedPair:
    """Laptop A shares an incident, laptop B is admitted and has taken it; each has its own folder copy."""

    a: Database
    b: Database
    incident_id: str
    folder_a: Path
    folder_b: Path
    keys: _BenchKeys

    def land(self, name: str) -> Path:
        """A's file arrives whole in B's copy, as a syncing tool delivers it (a temporary name, renamed)."""
        source, target = self.folder_a / name, self.folder_b / name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.arriving")
        partial.write_bytes(source.read_bytes())
        os.replace(partial, target)
        return target

    def land_all(self, source: Path, target: Path) -> None:
        for path in sorted(source.rglob("*")):
            if path.is_file() and not path.name.startswith(".") and not (target / path.relative_to(source)).exists():
                copy = target / path.relative_to(source)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)

    def close(self) -> None:
        self.a.close()
        self.b.close()


def shared_pair(folder: Path, title: str) -> SharedPair:
    from crisisroom.services import incidents as incident_service
    from crisisroom.services import sharing

    folder.mkdir(parents=True)
    keys = _BenchKeys()
    a = open_database(folder / "a.sqlite")
    a.keys = keys
    b = open_database(folder / "b.sqlite")
    b.keys = keys
    incident = incident_service.open_incident(a, title, category=Category.SECURITY_BREACH, author="Anna Keller").value
    pair = SharedPair(a, b, incident.id, folder / "share-a", folder / "share-b", keys)
    sharing.start(a, incident.id, pair.folder_a, author="Anna Keller", laptop="a")
    pair.land_all(pair.folder_a, pair.folder_b)
    joined = sharing.join(b, pair.folder_b, author="Ben Okafor", laptop="b").value
    pair.land_all(pair.folder_b, pair.folder_a)
    sharing.admit(a, joined.fingerprint, author="Anna Keller")
    pair.land_all(pair.folder_a, pair.folder_b)
    if sharing.sync(b).value.admitted_now != [incident.id]:
        raise RuntimeError("laptop B was not admitted")
    return pair


def bench_mentions(n: int, rng: random.Random) -> list[Any]:
    """``n`` posts over three days, a third negative, as an export with a sentiment column gives them."""
    from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource

    start = datetime(2026, 5, 1, tzinfo=UTC)
    labels = (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE)
    found = []
    for i in range(n):
        label = rng.choice(labels)
        hour = rng.randrange(72)
        posted = start + timedelta(hours=hour, seconds=rng.randrange(3600))
        found.append(
            Mention(
                posted_at=to_iso(posted),
                text=_mention_text(rng, label.value, hour),
                author=f"user{rng.randrange(20_000)}",
                url=f"https://social.example/p/{i}",
                external_id=str(10**12 + i),
                platform=rng.choice(("x", "facebook", "instagram")),
                sentiment=label,
                sentiment_source=SentimentSource.EXPORT,
                reach=rng.randrange(10_000),
            )
        )
    return found


def _team_key(database: Database, incident_id: str) -> tuple[Any, bytes]:
    from crisisroom.sharing import keys as share_keys
    from crisisroom.storage import sharing as share_store

    _, key, problem = share_store.device_key(database)
    share = share_store.share_of(database, incident_id)
    if key is None or share is None or share.wrapped_key is None:
        raise RuntimeError(f"laptop B cannot open the team's files ({problem})")
    return share, share_keys.unwrap(share.wrapped_key, key)


def measure_share_merge(settings: Settings) -> list[dict[str, Any]]:
    """A peer's segment of 10,000 entries and 100,000 mentions taken (``storage.sharing.take``) vs
    plain ``executemany`` of the same rows into tables of the same shape."""
    import hashlib

    from crisisroom.services import incidents as incident_service
    from crisisroom.services import mentions as mention_service
    from crisisroom.services import sharing
    from crisisroom.sharing import folder as layout
    from crisisroom.sharing import format as fmt
    from crisisroom.storage import backups
    from crisisroom.storage import sharing as share_store

    n_entries = 2_000 if settings.quick else 10_000
    n_mentions = 20_000 if settings.quick else 100_000
    runs = 1 if settings.quick else 3
    rng = random.Random(SEED + 18)
    folder = settings.workdir / "share-merge"
    progress(f"share_merge: laptop A writes {n_entries:,} entries and imports {n_mentions:,} mentions")
    pair = shared_pair(folder, "Benchmark: a peer's day of work")
    try:
        a, b, incident_id = pair.a, pair.b, pair.incident_id
        with a.transaction():  # one commit: the entries are what is measured, not A's writing of them
            fill_log(a, incident_id, n_entries - 1, rng)
        mention_service.import_mentions(
            a,
            incident_id,
            bench_mentions(n_mentions, rng),
            source="export.csv",
            file_format="csv",
            preset="generic",
            author="Anna Keller",
        )
        report = sharing.sync(a).value
        number = max(int(p.stem) for p in (pair.folder_a / a.device_id).glob(f"*{layout.SEGMENT_SUFFIX}"))
        path = pair.land(f"{a.device_id}/{layout.segment_name(number)}")
        segment_bytes = path.stat().st_size
        progress(f"share_merge: A wrote {report.written:,} entries in one segment of {segment_bytes / 1e6:.1f} MB")
        public_key = next(lp.public_key for lp in share_store.laptops(b, incident_id) if lp.device_id == a.device_id)
        copies = [backups.backup_to(b, folder / f"b-{run}.sqlite") for run in range(runs + 2)]

        def take(database: Database) -> tuple[float, float, Any]:
            share, team_key = _team_key(database, incident_id)
            started = time.perf_counter()
            data = path.read_bytes()
            header, body = fmt.decode_segment(team_key, data)
            decoded = time.perf_counter()
            taken = share_store.take(
                database,
                share,
                a.device_id,
                public_key,
                number,
                header.first_seq,
                header.last_seq,
                body,
                hashlib.sha256(data).hexdigest(),
            )
            ended = time.perf_counter()
            if taken.outcome != share_store.TAKEN:
                raise RuntimeError(f"the segment was not taken: {taken}")
            return decoded - started, ended - decoded, (taken, header, body)

        decode_times, take_times, rebuilt = [], [], []
        entries = carried = 0
        body: dict[str, Any] = {}
        for run in range(runs):
            copy = open_database(copies[run])
            copy.keys = pair.keys
            try:
                decode_s, take_s, (taken, _, body) = take(copy)
            finally:
                copy.close()
            decode_times.append(decode_s)
            take_times.append(take_s)
            rebuilt.append(taken.rebuilt)
            entries, carried = taken.entries, sum(len(rows) for rows in body["mentions"].values())
            progress(f"share_merge: run {run + 1}/{runs}: decode {decode_s:.2f} s, take {take_s:.2f} s")
        # B changed something while A's entries were on their way: A's events sort before B's newest,
        # so the state is rebuilt from the whole log.
        copy = open_database(copies[runs])
        copy.keys = pair.keys
        try:
            incident_service.set_level(copy, incident_id, 4, author="Ben Okafor", reason="spreading")
            _, rebuild_take_s, (rebuild_taken, _, _) = take(copy)
        finally:
            copy.close()
        # What the person waits for: the whole sync (scan, read, open, take, the rules re-checked).
        copy = open_database(copies[runs + 1])
        copy.keys = pair.keys
        try:
            started = time.perf_counter()
            synced = sharing.sync(copy).value
            sync_s = time.perf_counter() - started
        finally:
            copy.close()
        if synced.taken != entries:
            raise RuntimeError(f"the sync took {synced.taken} entries, not {entries}")

        # The bare baseline: the same rows, already parsed, into plain tables of the same shape.
        entry_rows = [
            tuple(
                json.dumps(item[name], sort_keys=True) if name == "payload" and item[name] else item[name]
                for name in _ENTRY_FIELDS
            )
            for item in body["entries"]
        ]
        mention_rows = [(*row, batch) for batch, rows in body["mentions"].items() for row in rows]
        plain_s = plain_merge_seconds(folder, entry_rows, mention_rows)
    finally:
        pair.close()
    rows = entries + carried
    merge_s = statistics.median(d + t for d, t in zip(decode_times, take_times, strict=True))
    progress(f"share_merge: {rows:,} rows in {merge_s:.2f} s; plain executemany {plain_s:.2f} s")
    return [
        result(
            "share_merge",
            value=round(rows / merge_s),
            unit="rows/s",
            baseline=round(rows / plain_s),
            target=None,
            target_on=None,
            entries=entries,
            mentions=carried,
            runs=runs,
            merge_s=round(merge_s, 3),
            decode_s=round(statistics.median(decode_times), 3),
            take_s=round(statistics.median(take_times), 3),
            state_rebuilt=any(rebuilt),
            rebuild_take_s=round(rebuild_take_s, 3),
            rebuild_state_rebuilt=rebuild_taken.rebuilt,
            sync_s=round(sync_s, 3),
            baseline_s=round(plain_s, 3),
            segment_bytes=segment_bytes,
            filesystem=filesystem_type(folder),
        )
    ]


def plain_merge_seconds(folder: Path, entry_rows: list[tuple[Any, ...]], mention_rows: list[tuple[Any, ...]]) -> float:
    """``executemany`` of the entries and the mention rows into plain tables (the log's and the
    mentions' columns, no index, no check), WAL and ``synchronous=FULL``, one commit."""
    path = folder / "plain-merge.sqlite"
    plain = sqlite3.connect(path, isolation_level=None)
    try:
        plain.execute("PRAGMA journal_mode = WAL")
        plain.execute("PRAGMA synchronous = FULL")
        plain.execute(f"CREATE TABLE log_entries (seq INTEGER PRIMARY KEY, {', '.join(_ENTRY_FIELDS)})")
        width = len(mention_rows[0]) if mention_rows else 14
        plain.execute(f"CREATE TABLE mentions (seq INTEGER PRIMARY KEY, {', '.join(f'c{i}' for i in range(width))})")
        started = time.perf_counter()
        plain.execute("BEGIN")
        plain.executemany(f"INSERT INTO log_entries VALUES (NULL, {', '.join('?' * len(_ENTRY_FIELDS))})", entry_rows)
        plain.executemany(f"INSERT INTO mentions VALUES (NULL, {', '.join('?' * width)})", mention_rows)
        plain.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        plain.close()


def measure_share_delay(shared: Shared) -> list[dict[str, Any]]:
    """From a peer's segment landing in this laptop's folder to the window's log showing its entry:
    ``services.sharing.sync`` and the log view's and header's reads, in ms."""
    from PySide6.QtCore import Qt

    from crisisroom.gui.models.log_model import LogTableModel
    from crisisroom.services import incidents as incident_service
    from crisisroom.services import log as log_service
    from crisisroom.services import mentions as mention_service
    from crisisroom.services import sharing
    from crisisroom.sharing import folder as layout

    settings = shared.settings
    shared.ensure_qt()
    history = 500 if settings.quick else 2_000
    posts = 2_000 if settings.quick else 10_000
    runs = 5 if settings.quick else 21
    rng = random.Random(SEED + 19)
    folder = settings.workdir / "share-delay"
    pair = shared_pair(folder, "Benchmark: entries arriving")
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
    try:
        a, b, incident_id = pair.a, pair.b, pair.incident_id
        with a.transaction():
            fill_log(a, incident_id, history, rng)
        mention_service.import_mentions(
            a,
            incident_id,
            bench_mentions(posts, rng),
            source="export.csv",
            file_format="csv",
            preset="generic",
            author="Anna Keller",
        )
        sharing.sync(a)
        pair.land_all(pair.folder_a, pair.folder_b)
        sharing.sync(b)
        progress(f"share_delay: B holds {history:,} entries and {posts:,} mentions; {runs} segments each way")
        model = LogTableModel(b)
        model.set_filter(log.LogFilter(incident_id))
        own = pair.folder_a / a.device_id

        levels = iter(range(10**6))

        def arrive(*, b_wrote_meanwhile: bool) -> tuple[float, float]:
            texts = [entry_text(rng) for _ in range(rng.randint(1, 3))]
            for text in texts:
                log_service.add_entry(a, incident_id, text, author=rng.choice(_AUTHORS))
            if b_wrote_meanwhile:
                # A changes the level and B changes it too while A's file is on its way: A's change sorts
                # before B's, so B's state is rebuilt from its whole log.
                incident_service.set_level(a, incident_id, 2 + next(levels) % 3, author="Anna Keller")
                texts.append("")
            sharing.sync(a)
            if b_wrote_meanwhile:
                incident_service.set_level(b, incident_id, 2 + next(levels) % 3, author="Ben Okafor")
            number = max(int(p.stem) for p in own.glob(f"*{layout.SEGMENT_SUFFIX}"))
            name = f"{a.device_id}/{layout.segment_name(number)}"
            time.sleep(0.05)
            landed = pair.land(name)
            started = time.perf_counter()
            report = sharing.sync(b).value
            model.refresh()
            for row in range(min(VISIBLE_ROWS, model.rowCount())):
                for column in range(model.columnCount()):
                    for role in roles:
                        model.data(model.index(row, column), role)
            incidents.counts(b, incident_id)
            incidents.get(b, incident_id)
            shown = time.perf_counter() - started
            shown_texts = [model.entry(row).text for row in range(min(5, model.rowCount()))]
            if report.taken != len(texts) or not all(text in shown_texts for text in texts if text):
                raise RuntimeError(f"the arrived entries are not shown: {report}")
            # The bare baseline: read the landed file, insert its entries' rows, select the first page.
            started = time.perf_counter()
            landed.read_bytes()
            plain = sqlite3.connect(folder / "plain-delay.sqlite", isolation_level=None)
            try:
                plain.execute("PRAGMA journal_mode = WAL")
                plain.execute("PRAGMA synchronous = FULL")
                plain.execute("CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, at TEXT, text TEXT)")
                plain.execute("BEGIN")
                plain.executemany(
                    "INSERT INTO entries VALUES (NULL, ?, ?)", [(to_iso(now_utc()), text) for text in texts]
                )
                plain.execute("COMMIT")
                plain.execute("SELECT * FROM entries ORDER BY at DESC LIMIT 200").fetchall()
            finally:
                plain.close()
            return shown, time.perf_counter() - started

        in_order, bare, out_of_order = [], [], []
        for run in range(runs):
            shown, baseline = arrive(b_wrote_meanwhile=False)
            in_order.append(shown)
            bare.append(baseline)
            out_of_order.append(arrive(b_wrote_meanwhile=True)[0])
            progress(
                f"share_delay: run {run + 1}/{runs}: {ms(in_order[-1])} ms; after B wrote {ms(out_of_order[-1])} ms"
            )
    finally:
        pair.close()
    return [
        result(
            "share_delay",
            value=median_ms(in_order),
            unit="ms",
            baseline=median_ms(bare),
            target=None,
            target_on=None,
            runs=runs,
            history_entries=history,
            history_mentions=posts,
            max_ms=ms(max(in_order)),
            b_wrote_meanwhile_median_ms=median_ms(out_of_order),
            b_wrote_meanwhile_max_ms=ms(max(out_of_order)),
            not_included="the window's wait for the file system to report the new file",
            filesystem=filesystem_type(folder),
        )
    ]


# syncthing_delay


SEGMENT_BYTES = 16 * 1024  # a segment of a few dozen entries, compressed and encrypted: incompressible


def measure_syncthing_delay(settings: Settings) -> list[dict[str, Any]]:
    """A segment written in A's shared folder until it is whole in B's, through real Syncthing on loopback."""
    root = str(HERE.parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)  # run as a script: tests/ is beside crisisroom/, not installed
    from crisisroom.sharing.folder import segment_name, write_once
    from tests.syncthing_support import start_cluster, syncthing_binary, wait_for

    if syncthing_binary() is None:
        return [{"name": "syncthing_delay", "value": None, "unit": "s", "skipped": "no syncthing binary on PATH"}]
    runs = 4 if settings.quick else 20
    rng = random.Random(SEED)
    folder = settings.workdir / "syncthing"
    started = time.perf_counter()
    cluster = start_cluster(folder / "homes", 2)
    try:
        paths = [folder / "share-a", folder / "share-b"]
        folder_id = cluster.share(paths, label="Crisis Room benchmark")
        connected_s = cluster.wait_connected()
        setup_s = time.perf_counter() - started
        sender = cluster[0].client
        version = sender.version()
        laptop = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        (paths[0] / laptop).mkdir()
        wait_for(lambda: (paths[1] / laptop).is_dir(), 60, "the laptop's subfolder to reach B")
        progress(f"syncthing_delay: {runs} segments each way of delivery, set-up {setup_s:.1f} s")

        def deliver(number: int, *, scan: bool) -> float:
            # Writes land at random moments against the watcher's 1 s batches, as real ones do.
            time.sleep(rng.uniform(0.2, 1.2))
            name = segment_name(number)
            data = rng.randbytes(SEGMENT_BYTES)
            began = time.perf_counter()
            write_once(paths[0] / laptop / name, data)
            if scan:
                sender.scan(folder_id, sub=laptop)
            copy = paths[1] / laptop / name
            while not (copy.is_file() and copy.stat().st_size == SEGMENT_BYTES):
                if time.perf_counter() - began > 120:
                    raise RuntimeError(f"segment {name} did not reach B in 120 s:\n{cluster.log_tails()}")
                time.sleep(0.005)
            elapsed = time.perf_counter() - began
            if copy.read_bytes() != data:
                raise RuntimeError(f"segment {name} arrived changed")
            return elapsed

        watcher = [deliver(number, scan=False) for number in range(1, runs + 1)]
        scanned = [deliver(number, scan=True) for number in range(runs + 1, 2 * runs + 1)]
    finally:
        cluster.stop()

    def seconds(value: float) -> float:
        return round(value, 3)

    return [
        result(
            "syncthing_delay",
            value=seconds(statistics.median(watcher)),
            unit="s",
            baseline=None,
            target=None,
            target_on=None,
            n=runs,
            min_s=seconds(min(watcher)),
            max_s=seconds(max(watcher)),
            scan_requested_median_s=seconds(statistics.median(scanned)),
            scan_requested_max_s=seconds(max(scanned)),
            segment_bytes=SEGMENT_BYTES,
            watcher_delay_s=1,
            connect_s=seconds(connected_s),
            setup_s=seconds(setup_s),
            syncthing=version,
            why_no_ratio="the delay is Syncthing's (watcher, scan, transfer), not our code's: no bare baseline",
        )
    ]


MEASURES: dict[str, Callable[[Shared], list[dict[str, Any]]]] = {
    "startup": lambda shared: measure_startup(shared.settings),
    "durable_append": lambda shared: measure_durable_append(shared.settings),
    "log_open_100k": measure_log_open,
    "fts_search": measure_fts_search,
    "import_1m": measure_import_1m,
    "import_vader": measure_import_vader,
    "hourly_30d": measure_hourly,
    "chart_redraw": measure_chart_redraw,
    "memory": measure_memory,
    "syncthing_delay": lambda shared: measure_syncthing_delay(shared.settings),
    "share_merge": lambda shared: measure_share_merge(shared.settings),
    "share_delay": measure_share_delay,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs, a 20,000-entry log, a 50,000-row export (for the smoke test)"
    )
    parser.add_argument(
        "--only", action="append", choices=sorted(MEASURES), metavar="NAME", help="run only this measure (repeatable)"
    )
    parser.add_argument("--dir", type=Path, help="where to put the temporary data (default: the system temp folder)")
    args = parser.parse_args(argv)
    names = [name for name in MEASURES if not args.only or name in args.only]

    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="crisisroom-bench-", dir=args.dir))
    # What the app keeps beside its databases (the record of log heads, settings) goes with them.
    os.environ["CRISISROOM_HOME"] = str(workdir / "home")
    shared = Shared(Settings.make(quick=args.quick, workdir=workdir))
    try:
        for name in names:
            progress(f"{name}…")
            for line in MEASURES[name](shared):
                print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    progress(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
