"""The mentions, status and rules commands: the JSON shapes the contract promises."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.unit.test_cli import run


def _export(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["created_at", "text", "sentiment", "id"])
        for n, (when, text, sentiment) in enumerate(rows):
            writer.writerow([when, text, sentiment, f"m{n}"])
    return path


def _burst(hour: str, count: int, sentiment: str = "negative", start: int = 0) -> list[tuple[str, str, str]]:
    return [(f"2026-03-14T{hour}:{start + n:02d}:00Z", f"post {hour}-{n}", sentiment) for n in range(count)]


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    return run(capsys, "incident", "new", "Refund row", "--tz", "UTC")[1].strip()


def test_import_hourly_and_status(capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str) -> None:
    rows = _burst("13", 7) + _burst("13", 3, "positive", start=30) + _burst("14", 2)
    export = _export(tmp_path / "export.csv", rows)
    code, out, err = run(capsys, "mentions", "import", incident, str(export), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["imported"], report["duplicates"], report["rejected"]) == (12, 0, 0)
    assert [f["rule"] for f in report["firings"]] == ["assign"]
    assert report["firings"][0]["fired_at"] == "2026-03-14T13:05:00.000Z"

    hourly = json.loads(run(capsys, "mentions", "hourly", incident, "--json")[1])
    assert hourly == [
        {"hour": "2026-03-14T13:00:00Z", "total": 10, "negative": 7},
        {"hour": "2026-03-14T14:00:00Z", "total": 2, "negative": 2},
    ]
    status = json.loads(run(capsys, "status", incident, "--json")[1])
    assert status["level"] is None and status["suggested_level"] == 2
    assert [(f["rule"], f["fired_at"]) for f in status["firings"]] == [("assign", "2026-03-14T13:05:00.000Z")]

    again = json.loads(run(capsys, "mentions", "import", incident, str(export), "--json")[1])
    assert (again["imported"], again["duplicates"], again["firings"]) == (0, 12, [])


def test_a_bad_row_imports_nothing_unless_skipping(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str
) -> None:
    rows = [*_burst("13", 3), ("not a date", "broken row", "negative"), *_burst("14", 2)]
    export = _export(tmp_path / "bad.csv", rows)
    code, out, err = run(capsys, "mentions", "import", incident, str(export))
    assert code == 2 and out == ""
    assert "line 5" in err and len(err.strip().splitlines()) == 1
    assert json.loads(run(capsys, "mentions", "hourly", incident, "--json")[1]) == []
    code, out, _ = run(capsys, "mentions", "import", incident, str(export), "--skip-bad-rows", "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == 5
    assert [r["line"] for r in report["rejected_rows"]] == [5]


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "png image")],
)
def test_unusable_files_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str, content: bytes, reason: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "mentions", "import", incident, str(path))
    assert code == 2 and out == "" and reason in err.lower()


def test_map_overrides_and_bad_map(capsys: pytest.CaptureFixture[str], tmp_path: Path, incident: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("when,what,mood\n2026-03-14 13:00,Great news,positive\n", encoding="utf-8")
    code, out, err = run(
        capsys, "mentions", "import", incident, str(path), "--map", "posted_at=when", "--map", "text=what", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["imported"] == 1
    code, _, err = run(capsys, "mentions", "import", incident, str(path), "--map", "colour=when")
    assert code == 2 and "unknown field" in err


def test_add_list_and_relabel(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    code, out, _ = run(
        capsys,
        "mentions",
        "add",
        incident,
        "This is the worst service ever, I am furious",
        "--json",
        "--posted",
        "2026-03-14T13:00",
    )
    assert code == 0 and json.loads(out)["sentiment"] == "negative"
    listed = json.loads(run(capsys, "mentions", "list", incident, "--json")[1])
    assert len(listed) == 1 and listed[0]["sentiment_source"] == "vader"
    code, _, _ = run(capsys, "mentions", "relabel", str(listed[0]["mention"]), "neutral")
    assert code == 0
    assert json.loads(run(capsys, "mentions", "list", incident, "--json")[1])[0]["sentiment"] == "neutral"
    assert json.loads(run(capsys, "mentions", "hourly", incident, "--json")[1])[0]["negative"] == 0
    code, _, err = run(capsys, "mentions", "relabel", "99999", "neutral")
    assert code == 2 and "no mention" in err


def test_rules_list(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    listed = json.loads(run(capsys, "rules", "list", "--json")[1])
    assert [(r["id"], r["more_than"], r["hours"], r["window_minutes"]) for r in listed] == [
        ("assign", 5, 1, None),
        ("surge", 9, 1, 60),
        ("activate", 10, 3, None),
    ]


@pytest.mark.parametrize(
    "posted", ["0001-01-01T00:30:00+01:00", "0001-01-01T00:00", "9999-12-31T23:59-05:00", "1989-12-31T23:00Z"]
)
def test_adding_a_mention_with_an_implausible_date_is_refused(
    capsys: pytest.CaptureFixture[str], incident: str, posted: str
) -> None:
    code, out, err = run(capsys, "mentions", "add", incident, "furious", "--posted", posted, "--sentiment", "negative")
    assert code == 2 and out == "", err
    assert len(err.strip().splitlines()) == 1 and "1990 to 2099" in err
    assert json.loads(run(capsys, "mentions", "list", incident, "--json")[1]) == []
