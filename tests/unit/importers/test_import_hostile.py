"""Hostile exports through the command line: one line naming the problem (and its line), exit 2, nothing stored.

Each value here was a traceback before; each must be refused the same way with and without
``--skip-bad-rows``, and a file in which no row is usable is refused even when skipping.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_cli import run

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    return run(capsys, "incident", "new", "Hostile input", "--tz", "UTC")[1].strip()


def _hourly(capsys: pytest.CaptureFixture[str], incident: str) -> list[dict[str, object]]:
    return json.loads(run(capsys, "mentions", "hourly", incident, "--json")[1])


GOOD_ROW = '2026-03-14T13:00:00Z,"fine, thanks",12\n'
HOSTILE_CSV = {
    "year 9999": ("9999-12-31T23:30:00Z,hello,1\n", "year 9999"),
    "year 1 at +01:00": ("0001-01-01T00:30:00+01:00,hello,1\n", "year 1"),
    "year 1": ("0001-01-01T00:00:00Z,hello,1\n", "year 1"),
    "30-digit reach": ("2026-03-14T13:05:00Z,hello,123456789012345678901234567890\n", "reach"),
}


@pytest.mark.parametrize("name", list(HOSTILE_CSV))
def test_hostile_csv_values_are_one_line_with_the_line_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str, name: str
) -> None:
    row, words = HOSTILE_CSV[name]
    path = tmp_path / "export.csv"
    path.write_text("date,text,reach\n" + GOOD_ROW + row, encoding="utf-8")
    code, out, err = run(capsys, "mentions", "import", incident, str(path))
    assert code == 2 and out == "", err
    assert len(err.strip().splitlines()) == 1 and "line 3" in err and words in err and "Traceback" not in err
    assert _hourly(capsys, incident) == []
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--skip-bad-rows", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 1 and [r["line"] for r in report["rejected_rows"]] == [3]
    assert words in report["rejected_rows"][0]["reason"]


HOSTILE_JSON = {
    "5000-digit number": ('{"date": "2026-03-14T13:05:00Z", "text": "hi", "reach": ' + "9" * 5000 + "}", "reach"),
    "lone surrogate": ('{"date": "2026-03-14T13:05:00Z", "text": "broken \\ud800 text"}', "surrogate"),
    "5000-digit sentiment": ('{"date": "2026-03-14T13:05:00Z", "text": "hi", "sentiment": 1e5000}', "sentiment"),
}


@pytest.mark.parametrize("lines", [False, True], ids=["json", "jsonl"])
@pytest.mark.parametrize("name", list(HOSTILE_JSON))
def test_hostile_json_values_are_one_line_with_the_line_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str, name: str, lines: bool
) -> None:
    element, words = HOSTILE_JSON[name]
    good = '{"date": "2026-03-14T13:00:00Z", "text": "fine", "reach": 3, "sentiment": "neutral"}'
    if lines:
        path = tmp_path / "export.jsonl"
        path.write_text(f"{good}\n{element}\n", encoding="utf-8")
    else:
        path = tmp_path / "export.json"
        path.write_text(f"[\n{good},\n{element}\n]\n", encoding="utf-8")
    bad_line = 2 if lines else 3
    code, out, err = run(capsys, "mentions", "import", incident, str(path))
    assert code == 2 and out == "", err
    assert len(err.strip().splitlines()) == 1 and f"line {bad_line}" in err and "Traceback" not in err
    assert words in err.replace("UTF-16 character pair", "surrogate")
    assert _hourly(capsys, incident) == []
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--skip-bad-rows", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 1 and [r["line"] for r in report["rejected_rows"]] == [bad_line]


def test_a_lone_surrogate_is_refused_but_a_proper_pair_is_kept(tmp_path: Path) -> None:
    from datetime import UTC

    from crisisroom.importers.pipeline import parse

    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"date": "2026-03-14T13:00:00Z", "text": "ok \\ud83d\\ude00"}\n'
        '{"date": "2026-03-14T13:00:00Z", "text": "bad \\udc00", "\\ud800key": 1}\n',
        encoding="utf-8",
    )
    items = list(parse(path, tz=UTC, skip_bad_rows=True, classify=False))
    assert items[0].mention.text == "ok \U0001f600"  # type: ignore[union-attr]
    assert items[1].line == 2 and "UTF-16" in items[1].reason  # type: ignore[union-attr]


def test_skipping_every_row_is_bad_input_not_success(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("date,text\nnot a date,hello\n0001-01-01T00:00:00Z,hello\n", encoding="utf-8")
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--skip-bad-rows")
    assert code == 2 and out == "", err
    assert len(err.strip().splitlines()) == 1
    assert "no row could be imported" in err and "line 2" in err and "not a date" in err
    assert _hourly(capsys, incident) == []
    # Nothing stored: not even an import batch of zero rows.
    from crisisroom.storage.database import open_database
    from crisisroom.system.paths import default_db_path

    with open_database(default_db_path()) as database:
        assert database.query("SELECT count(*) FROM import_batches")[0][0] == 0


def test_duplicates_only_is_still_a_success(capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text("date,text\n2026-03-14T13:00:00Z,hello\n", encoding="utf-8")
    assert run(capsys, "mentions", "import", incident, str(path), "--skip-bad-rows")[0] == 0
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--skip-bad-rows", "--json")
    assert code == 0 and json.loads(out)["duplicates"] == 1, err


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crisisroom", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    db = tmp_path / "crisis.sqlite"
    made = _cli("--db", str(db), "incident", "new", "Pipe", "--tz", "UTC")
    assert made.returncode == 0, made.stderr
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    for extra in ([], ["--skip-bad-rows"]):
        try:
            done = _cli("--db", str(db), "mentions", "import", made.stdout.strip(), str(fifo), *extra, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("importing a named pipe hangs")
        assert done.returncode == 2 and done.stdout == "", done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "not a regular file" in done.stderr


def test_a_folder_and_a_device_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str) -> None:
    code, _, err = run(capsys, "mentions", "import", incident, str(tmp_path))
    assert code == 2 and "folder" in err and len(err.strip().splitlines()) == 1
    if Path("/dev/zero").exists():
        code, _, err = run(capsys, "mentions", "import", incident, "/dev/zero")
        assert code == 2 and "not a regular file" in err and len(err.strip().splitlines()) == 1


UNCLOSED = (
    "date,text\n"
    "2026-03-14T13:00:00Z,fine\n"
    '2026-03-14T13:05:00Z,"this quote never closes\n'
    "2026-03-14T13:10:00Z,swallowed one\n"
    "2026-03-14T13:15:00Z,swallowed two\n"
)
STRAY_CLOSE = (
    "date,text\n"
    '2026-03-14T13:05:00Z,"opened here\n'
    "2026-03-14T13:10:00Z,swallowed\n"
    '2026-03-14T13:15:00Z,"closed by this one"\n'
    "2026-03-14T13:20:00Z,after\n"
)


@pytest.mark.parametrize("content", [UNCLOSED, STRAY_CLOSE], ids=["to-the-end", "stray-close"])
@pytest.mark.parametrize("skip", [False, True])
def test_an_unclosed_quote_is_refused_naming_the_line_it_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str, content: str, skip: bool
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "mentions", "import", incident, str(path), *(["--skip-bad-rows"] if skip else []))
    assert code == 2 and out == "", err
    opened = 3 if content is UNCLOSED else 2
    assert len(err.strip().splitlines()) == 1 and f"line {opened}" in err and "quote" in err
    assert _hourly(capsys, incident) == []


def test_text_over_several_lines_is_still_fine(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'date,text\n2026-03-14T13:00:00Z,"line one, with a comma\nline two, ""quoted"", and more"\n'
        '2026-03-14T13:05:00Z,"ends the file\nafter two lines"',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] == 2, err


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_both_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "date,text\n2026-03-14T13:00:00Z,café\n2026-03-14T13:05:00Z,plain\n".encode()
        + "2026-03-14T13:10:00Z,crème brûlée\n".encode("cp1252")
    )
    for extra in ([], ["--skip-bad-rows"]):
        code, out, err = run(capsys, "mentions", "import", incident, str(path), *extra)
        assert code == 2 and out == "", err
        assert len(err.strip().splitlines()) == 1 and "line 2" in err and "line 4" in err and "UTF-8" in err
    assert _hourly(capsys, incident) == []


def test_a_real_windows_1252_file_is_still_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("date,text\n2026-03-14T13:00:00Z,“CAFÉ’s” crème – brûlée\n".encode("cp1252"))
    code, out, err = run(capsys, "mentions", "import", incident, str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] == 1, err
    listed = json.loads(run(capsys, "mentions", "list", incident, "--json")[1])
    assert listed[0]["text"] == "“CAFÉ’s” crème – brûlée"
