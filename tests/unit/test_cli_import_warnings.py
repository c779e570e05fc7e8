"""`mentions import` on dates that need a word: warnings in --json and text, an ambiguous zone refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.test_cli import run

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    return run(capsys, "incident", "new", "Flights", "--tz", "UTC")[1].strip()


def test_date_only_rows_warn_in_json_and_text(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    code, out, err = run(capsys, "mentions", "import", incident, str(DATA / "reddit-dates-only.csv"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 4 and report["firings"] == []
    (warning,) = report["warnings"]
    assert (warning["kind"], warning["count"], warning["lines"]) == ("date-only", 4, [2, 3, 4, 5])
    assert warning["message"].startswith("4 rows have a date but no time (first at lines 2, 3, 4, 5)")
    code, out, _ = run(capsys, "mentions", "hourly", incident, "--json")
    assert json.loads(out) == []  # no hour, so no bar at midnight
    code, out, err = run(capsys, "mentions", "import", incident, str(DATA / "kibana-discover.csv"))
    assert code == 0, err
    assert "warning" not in out
    code, out, err = run(capsys, "mentions", "import", incident, str(DATA / "reddit-dates-only.csv"))
    assert code == 0, err
    assert [line for line in out.splitlines() if line.startswith("warning: ")] == [
        "warning: 4 rows have a date but no time (first at lines 2, 3, 4, 5); their hour is unknown, so they are "
        "left out of the hourly counts, the chart and the rules"
    ]


def test_local_time_in_disguise_proposes_tz(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    code, out, err = run(capsys, "settings", "set", "timezone", "Europe/Stockholm")
    assert code == 0, err
    code, out, err = run(capsys, "mentions", "import", incident, str(DATA / "twitter-local-time.csv"), "--json")
    assert code == 0, err
    (warning,) = json.loads(out)["warnings"]
    assert (warning["kind"], warning["zone"], warning["lines"]) == ("local-time", "Europe/Stockholm", [2])
    assert warning["message"].endswith("import again with --tz Europe/Stockholm")


def test_an_ambiguous_zone_stops_the_import_and_tz_settles_it(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    path = str(DATA / "ist-dates.csv")
    code, out, err = run(capsys, "mentions", "import", incident, path, "--skip-bad-rows")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "line 2" in err and "IST could mean India (UTC+05:30), Ireland (UTC+01:00) or Israel (UTC+02:00)" in err
    assert "--tz Asia/Kolkata, Europe/Dublin or Asia/Jerusalem" in err
    code, out, _ = run(capsys, "mentions", "hourly", incident, "--json")
    assert json.loads(out) == []
    code, out, err = run(capsys, "mentions", "import", incident, path, "--tz", "Asia/Kolkata", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2
    code, out, _ = run(capsys, "mentions", "hourly", incident, "--json")
    assert [h["hour"] for h in json.loads(out)] == ["2026-03-14T07:00:00Z"]


def test_zone_abbreviations_and_the_at_form_import(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    for name in ("brt-java-dates.csv", "kibana-discover.csv"):
        code, out, err = run(capsys, "mentions", "import", incident, str(DATA / name), "--json")
        assert code == 0, err
        assert json.loads(out)["imported"] >= 2
    code, out, _ = run(capsys, "mentions", "hourly", incident, "--json")
    assert [h["hour"] for h in json.loads(out)] == ["2021-07-05T21:00:00Z", "2026-03-20T19:00:00Z"]
