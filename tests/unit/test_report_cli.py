"""``crisisroom report``: the command line's contract for reports (exit codes, one-line errors, atomic files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crisisroom import cli
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def incident(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    with report_database(db_path) as database:
        return build_incident(database, Clock(monkeypatch)).incident_id


def _run(db_path: Path, *args: str) -> int:
    return cli.main(["--db", str(db_path), "report", *args])


@pytest.mark.parametrize(
    ("kind", "fmt"),
    [("review", "html"), ("situation", "html"), ("activity-log", "csv"), ("messages", "csv"), ("mentions", "csv")],
)
def test_the_report_command_writes_the_file(
    db_path: Path, incident: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, fmt: str
) -> None:
    out = tmp_path / f"report.{fmt}"
    assert _run(db_path, incident, "--kind", kind, "--format", fmt, "-o", str(out)) == 0
    assert f"wrote the {kind} report ({fmt.upper()}) to {out}" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"<!DOCTYPE html>" if fmt == "html" else "\ufeff".encode())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".crisisroom-")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--kind", "review", "--format", "csv"), "--format csv is for situation (the call tree), activity-log"),
        (("--kind", "mentions", "--format", "pdf"), "mentions is a spreadsheet export: use --format csv"),
        (("--kind", "after-action", "--format", "pdf"), "the after-action report is for drills; this incident is not"),
        (("--kind", "weekly", "--format", "html"), "unknown report kind 'weekly'"),
        (("--kind", "daily", "--format", "docx"), "unknown format 'docx'"),
    ],
)
def test_impossible_requests_are_explained(
    db_path: Path,
    incident: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x"
    assert _run(db_path, incident, *args, "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("crisisroom: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_an_unwritable_place_is_refused_clearly(
    db_path: Path, incident: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "r.html"
    assert _run(db_path, incident, "--kind", "review", "--format", "html", "-o", str(missing)) == 2
    err = capsys.readouterr().err
    assert "the folder" in err and "does not exist" in err
    assert not missing.parent.exists()
    assert _run(db_path, incident, "--kind", "review", "--format", "html", "-o", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert _run(db_path, incident, "--kind", "review", "--format", "html", "-o", str(locked / "r.html")) == 2
        assert "permission denied" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


def test_an_unknown_incident_is_a_one_line_error(
    db_path: Path, incident: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "zzzz", "--kind", "review", "--format", "html", "-o", str(tmp_path / "r.html")) == 2
    assert capsys.readouterr().err.startswith("crisisroom: ")
