"""The command line is a contract: output shapes, exit codes 0/1/2, one-line reasons on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crisisroom import __version__
from crisisroom.cli import main
from tests.tamper import unguarded


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in-process; argparse's own refusals exit through SystemExit."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_incident_new_prints_only_the_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "incident", "new", "Viral review", "--level", "3", "--category", "reputation")
    assert code == 0 and err == ""
    assert len(out.strip().splitlines()) == 1
    incident_id = out.strip()
    code, out, _ = run(capsys, "incident", "list", "--json")
    listed = json.loads(out)
    assert [(i["id"], i["level"], i["category"], i["is_drill"]) for i in listed] == [
        (incident_id, 3, "reputation", False)
    ]


def test_log_add_prints_only_the_entry_id_and_show_json_has_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = run(capsys, "incident", "new", "Outage")[1].strip()
    code, out, _ = run(
        capsys, "log", "add", incident_id[:6], "Status page updated", "--kind", "action", "--author", "Bo"
    )
    assert code == 0
    entry_id = out.strip()
    code, out, _ = run(capsys, "log", "show", incident_id, "--json")
    entries = json.loads(out)
    assert [e["kind"] for e in entries] == ["status", "action"]
    last = entries[-1]
    assert last["id"] == entry_id and last["author"] == "Bo" and last["text"] == "Status page updated"
    assert {"id", "at", "kind", "author", "text", "hash"} <= last.keys()
    assert last["at"].endswith("Z")


def test_occurred_time_is_read_in_the_incident_zone(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = run(capsys, "incident", "new", "Outage", "--tz", "Europe/Stockholm")[1].strip()
    run(capsys, "log", "add", incident_id, "Call with legal", "--occurred", "2026-11-21T09:30")
    entries = json.loads(run(capsys, "log", "show", incident_id, "--json")[1])
    assert entries[-1]["occurred_at"] == "2026-11-21T08:30:00.000Z"


def test_drills_are_left_out_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "incident", "new", "Real one")
    run(capsys, "incident", "new", "Tabletop", "--drill")
    titles = [i["title"] for i in json.loads(run(capsys, "incident", "list", "--json")[1])]
    assert titles == ["Real one"]
    listed = json.loads(run(capsys, "incident", "list", "--json", "--drills")[1])
    assert {i["title"] for i in listed} == {"Real one", "Tabletop"}
    text = run(capsys, "incident", "list", "--drills")[1]
    assert "[EXERCISE] Tabletop" in text


def test_level_resolve_and_reopen_are_logged(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = run(capsys, "incident", "new", "Recall")[1].strip()
    assert run(capsys, "incident", "level", incident_id, "4", "--reason", "Press picked it up")[0] == 0
    assert run(capsys, "incident", "resolve", incident_id)[0] == 0
    code, _, err = run(capsys, "incident", "resolve", incident_id)
    assert code == 2 and "already resolved" in err
    assert run(capsys, "incident", "reopen", incident_id)[0] == 0
    kinds_texts = [(e["kind"], e["text"]) for e in json.loads(run(capsys, "log", "show", incident_id, "--json")[1])]
    assert kinds_texts[1] == ("severity", "Severity set to Level 4 · Crisis (first assessment): Press picked it up")
    assert [k for k, _ in kinds_texts] == ["status", "severity", "status", "status"]
    shown = json.loads(run(capsys, "incident", "show", incident_id, "--json")[1])
    assert shown["level"] == 4 and shown["closed_at"] is None and shown["counts"]["entries"] == 4


@pytest.mark.parametrize(
    "args, reason",
    [
        (["log", "add", "nope", "text"], "no incident"),
        (["incident", "new", "   "], "needs a title"),
        (["incident", "new", "X", "--category", "weather"], "unknown incident type"),
        (["incident", "new", "X", "--tz", "Mars/Olympus"], "unknown time zone"),
        (["incident", "new", "X", "--detected", "yesterday-ish"], "not a date"),
        (["frobnicate"], "invalid choice"),
        (["incident", "new", "X", "--level", "9"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], args: list[str], reason: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and reason in err


def test_ambiguous_prefix_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    ids = [run(capsys, "incident", "new", f"I{n}")[1].strip() for n in range(40)]
    shared = next(a[:1] for a in ids for b in ids if a != b and a[:1] == b[:1])
    code, _, err = run(capsys, "log", "add", shared, "text")
    assert code == 2 and "several incidents" in err


def test_verify_exits_1_naming_the_broken_entry(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "v.sqlite"
    incident_id = run(capsys, "--db", str(db), "incident", "new", "Outage")[1].strip()
    entry_id = run(capsys, "--db", str(db), "log", "add", incident_id, "original")[1].strip()
    run(capsys, "--db", str(db), "log", "add", incident_id, "later")
    code, out, _ = run(capsys, "--db", str(db), "verify")
    assert code == 0 and "3 entries" in out
    with unguarded(db) as conn:
        conn.execute("UPDATE log_entries SET author = 'Mallory' WHERE id = ?", (entry_id,))
    code, out, err = run(capsys, "--db", str(db), "verify")
    assert code == 1 and entry_id in err and len(err.strip().splitlines()) == 1
    report = json.loads(run(capsys, "--db", str(db), "verify", "--json")[1])
    assert report["ok"] is False and report["breaks"][0]["entry_id"] == entry_id


def test_unusable_database_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    code, out, err = run(capsys, "--db", str(bad), "incident", "list")
    assert code == 2 and out == "" and "not an SQLite file" in err
    assert bad.read_text() == "hello"


def test_backup_and_restore_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "incident", "new", "Kept")
    code, out, _ = run(capsys, "backup", str(tmp_path / "b.sqlite"))
    made, head = out.strip().splitlines()
    assert code == 0 and made == str(tmp_path / "b.sqlite") and head.startswith("Head: ")
    run(capsys, "incident", "new", "Lost after restore")
    code, out, _ = run(capsys, "restore", str(tmp_path / "b.sqlite"))
    assert code == 0 and "previous contents were saved" in out
    titles = [i["title"] for i in json.loads(run(capsys, "incident", "list", "--json")[1])]
    assert titles == ["Kept"]
    code, _, err = run(capsys, "restore", str(tmp_path / "none.sqlite"))
    assert code == 2 and "no backup file" in err


def test_writes_keep_an_automatic_backup(capsys: pytest.CaptureFixture[str], crisisroom_home: Path) -> None:
    run(capsys, "incident", "new", "Outage")
    assert list((crisisroom_home / "data" / "backups").rglob("crisisroom-*.sqlite"))


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "crisisroom", "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == f"crisisroom {__version__}"


def test_second_writer_process_gets_a_clear_refusal(tmp_path: Path) -> None:
    db = tmp_path / "locked.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from crisisroom.storage.database import open_database;"
            f"db = open_database(Path({str(db)!r})); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = subprocess.run(
            [sys.executable, "-m", "crisisroom", "--db", str(db), "incident", "new", "Second"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2
        assert "already open in another Crisis Room" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    finally:
        holder.communicate("", timeout=30)


def test_opening_the_window_does_not_load_the_commands() -> None:
    """Start-up speed: the GUI path parses only the global options (vault, importers stay unloaded)."""
    code = (
        "import sys; from crisisroom import cli; args = cli._window_only(['--db', 'x.sqlite']);"
        "print(args is not None and args.command is None, "
        "[m for m in sys.modules if m.startswith('crisisroom.commands.') and m != 'crisisroom.commands.common'])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "True []", done.stderr
    assert cli_window_only(["incident", "list"]) is None
    assert cli_window_only(["--help"]) is None


def cli_window_only(argv: list[str]) -> object:
    from crisisroom.cli import _window_only

    return _window_only(argv)
