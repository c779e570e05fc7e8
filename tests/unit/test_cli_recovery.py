"""After things go wrong: a failed automatic backup, bytes damaged inside a log row, a kill between an
import's commit and its rules. Each must leave the command line telling the truth."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crisisroom.system import paths
from tests.tamper import unguarded
from tests.unit.test_cli import run

WARNING = "warning: the entry was saved, but the automatic backup failed: "


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """A real ``crisisroom`` process (it inherits this test's CRISISROOM_HOME)."""
    return subprocess.run(
        [sys.executable, "-m", "crisisroom", *args], capture_output=True, text=True, timeout=120, check=False
    )


def _break_backups_folder(db: Path) -> None:
    """Put a plain file where the database's automatic backups go, so no backup can be written there."""
    folder = paths.backup_dir(db)
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("not a folder")


# --- 1. a failed automatic backup after a committed write -------------------------------------------


def test_a_failed_automatic_backup_does_not_fail_a_saved_log_entry(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "b.sqlite"
    incident_id = run(capsys, "--db", str(db), "incident", "new", "Outage")[1].strip()
    _break_backups_folder(db)

    code, out, err = run(capsys, "--db", str(db), "log", "add", incident_id, "Status page updated")
    assert code == 0, err
    entry_id = out.strip()
    assert len(out.strip().splitlines()) == 1 and len(entry_id) == 36
    assert err.startswith(WARNING) and len(err.strip().splitlines()) == 1

    shown = json.loads(run(capsys, "--db", str(db), "log", "show", incident_id, "--json")[1])
    assert [e["id"] for e in shown if e["text"] == "Status page updated"] == [entry_id]


def test_a_failed_automatic_backup_does_not_fail_an_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite"
    incident_id = run(capsys, "--db", str(db), "incident", "new", "Refund row", "--tz", "UTC")[1].strip()
    _break_backups_folder(db)
    export = tmp_path / "export.csv"
    export.write_text(
        "created_at,text,sentiment,id\n"
        + "".join(f"2026-03-14T13:{n:02d}:00Z,post {n},negative,m{n}\n" for n in range(7)),
        encoding="utf-8",
    )

    code, out, err = run(capsys, "--db", str(db), "mentions", "import", incident_id, str(export), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 7 and [f["rule"] for f in report["firings"]] == ["assign"]
    assert err.startswith(WARNING) and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc, where not even root can write")
def test_an_unwritable_backups_folder_is_a_warning_not_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The issue's own case: the backup itself fails (a StorageError, once exit 2 and no id)."""
    db = tmp_path / "b.sqlite"
    incident_id = run(capsys, "--db", str(db), "incident", "new", "Outage")[1].strip()
    folder = paths.backup_dir(db)
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.symlink_to("/proc", target_is_directory=True)

    code, out, err = run(capsys, "--db", str(db), "log", "add", incident_id, "Status page updated")
    assert code == 0, err
    assert len(out.strip()) == 36
    assert err.startswith(WARNING) and "cannot be opened" in err and "nothing was saved" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_failed_automatic_backup_is_one_warning_line_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite"
    made = _cli("--db", str(db), "incident", "new", "Outage")
    assert made.returncode == 0, made.stderr
    _break_backups_folder(db)
    done = _cli("--db", str(db), "log", "add", made.stdout.strip(), "Holding statement sent")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip()) == 36
    assert done.stderr.startswith(WARNING) and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


# --- 2. bytes damaged inside a log row (quick_check passes) ------------------------------------------


def _damaged_log(capsys: pytest.CaptureFixture[str], db: Path, column: str) -> tuple[str, str]:
    """An incident with three entries, the middle one's ``column`` set to bytes that are not UTF-8."""
    incident_id = run(capsys, "--db", str(db), "incident", "new", "Outage")[1].strip()
    entry_id = run(capsys, "--db", str(db), "log", "add", incident_id, "original")[1].strip()
    run(capsys, "--db", str(db), "log", "add", incident_id, "later")
    with unguarded(db) as conn:  # damage, not a person: the file's guards stay in place
        conn.execute(f"UPDATE log_entries SET {column} = CAST(X'fffe41' AS TEXT) WHERE id = ?", (entry_id,))
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    return incident_id, entry_id


@pytest.mark.parametrize("column", ["hash", "prev_hash", "text", "author"])
def test_verify_names_an_entry_with_damaged_bytes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, column: str
) -> None:
    db = tmp_path / "d.sqlite"
    _, entry_id = _damaged_log(capsys, db, column)
    code, _, err = run(capsys, "--db", str(db), "verify")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert entry_id in err and "#2" in err and column in err
    report = json.loads(run(capsys, "--db", str(db), "verify", "--json")[1])
    assert report["ok"] is False and report["entries"] == 3
    assert [b["entry_id"] for b in report["breaks"]] == [entry_id]


def test_verify_names_an_entry_whose_payload_is_not_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    run(capsys, "--db", str(db), "incident", "new", "Outage")  # its first entry carries a payload
    conn = sqlite3.connect(db)
    first = conn.execute("SELECT id FROM log_entries WHERE payload IS NOT NULL ORDER BY seq LIMIT 1").fetchone()[0]
    conn.close()
    with unguarded(db) as conn:
        conn.execute("UPDATE log_entries SET payload = '{\"level\": 2' WHERE id = ?", (first,))
    code, _, err = run(capsys, "--db", str(db), "verify")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert first in err and "payload" in err


def test_verify_and_log_show_on_damaged_bytes_in_a_real_process(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "d.sqlite"
    incident_id, entry_id = _damaged_log(capsys, db, "hash")
    done = _cli("--db", str(db), "verify")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and entry_id in done.stderr
    shown = _cli("--db", str(db), "log", "show", incident_id)
    assert shown.returncode == 2 and "Traceback" not in shown.stderr
    assert len(shown.stderr.strip().splitlines()) == 1 and "crisisroom verify" in shown.stderr


# --- 3. killed between an import's commit and its rules ----------------------------------------------

# Stores seven negative mentions in one hour (the default "assign" rule fires at the sixth, 13:05),
# exactly as an import commits them, then dies by SIGKILL before the rules are evaluated.
CRASHING_IMPORT = """
import os, signal, sys
from pathlib import Path
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.storage import mentions
from crisisroom.storage.database import open_database
database = open_database(Path(sys.argv[1]))
items = [
    Mention(posted_at=f"2026-03-14T13:{n:02d}:00.000Z", text=f"awful service {n}", external_id=f"m{n}",
            platform="X", sentiment=Sentiment.NEGATIVE, sentiment_source=SentimentSource.EXPORT)
    for n in range(7)
]
mentions.import_mentions(database, sys.argv[2], items, source="x.csv", file_format="csv", preset="generic",
                         author="Ana")
print("committed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_after_import(db: Path) -> str:
    made = _cli("--db", str(db), "incident", "new", "Refund row", "--tz", "UTC")
    assert made.returncode == 0, made.stderr
    incident_id = made.stdout.strip()
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_IMPORT, str(db), incident_id],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert crashed.returncode == -signal.SIGKILL and crashed.stdout.strip() == "committed", crashed.stderr
    return incident_id


def _stored_firings(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        firings = conn.execute("SELECT count(*) FROM rule_firings").fetchone()[0]
        alerts = conn.execute("SELECT count(*) FROM log_entries WHERE kind = 'alert'").fetchone()[0]
    finally:
        conn.close()
    assert firings == alerts
    return int(firings)


def _status_firings(db: Path, incident_id: str) -> list[tuple[str, str]]:
    done = _cli("--db", str(db), "status", incident_id, "--json")
    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    assert status["suggested_level"] == 2
    return [(f["rule"], f["fired_at"]) for f in status["firings"]]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_status_records_the_firings_a_crash_left_out_once(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    incident_id = _crash_after_import(db)
    assert _stored_firings(db) == 0

    assert _status_firings(db, incident_id) == [("assign", "2026-03-14T13:05:00.000Z")]
    assert _stored_firings(db) == 1
    assert _status_firings(db, incident_id) == [("assign", "2026-03-14T13:05:00.000Z")]
    assert _stored_firings(db) == 1
    assert _cli("--db", str(db), "verify").returncode == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_next_import_records_and_announces_the_missed_firing(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    incident_id = _crash_after_import(db)
    calm = tmp_path / "calm.csv"
    calm.write_text("created_at,text,sentiment,id\n2026-03-15T09:00:00Z,all fine now,positive,c1\n", encoding="utf-8")
    done = _cli("--db", str(db), "mentions", "import", incident_id, str(calm), "--json")
    assert done.returncode == 0, done.stderr
    assert [(f["rule"], f["fired_at"]) for f in json.loads(done.stdout)["firings"]] == [
        ("assign", "2026-03-14T13:05:00.000Z")
    ]
    assert _stored_firings(db) == 1
    assert _status_firings(db, incident_id) == [("assign", "2026-03-14T13:05:00.000Z")]
    assert _stored_firings(db) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_status_shows_a_missed_firing_while_another_writer_holds_the_file(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    incident_id = _crash_after_import(db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from crisisroom.storage.database import open_database;"
            f"db = open_database(Path({str(db)!r})); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert _status_firings(db, incident_id) == [("assign", "2026-03-14T13:05:00.000Z")]
        assert _stored_firings(db) == 0  # the writer holding the file records it when it shows the incident
    finally:
        holder.communicate("", timeout=30)
    assert _status_firings(db, incident_id) == [("assign", "2026-03-14T13:05:00.000Z")]
    assert _stored_firings(db) == 1
