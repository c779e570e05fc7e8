"""A mention already stored at year 1 or 9999 (before imports refused such dates) breaks nothing.

Before, such a row made every chart, report and rule evaluation of its incident walk the hours
from year 1 to now (a report ran at full CPU past 2.5 GB) or overflow a datetime. The reports
run in a subprocess with a timeout and a memory cap, so a regression fails instead of hanging.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crisisroom.charts.mentions import draw_hourly
from crisisroom.charts.ranges import view_range
from crisisroom.domain.mentions import HourCount
from crisisroom.storage.database import open_database
from tests.unit.test_rules import EDGES_OF_THE_CALENDAR, plant_mentions

REPO = Path(__file__).resolve().parents[3]
MEMORY_CAP = 3 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def cli(db: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "crisisroom", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
        preexec_fn=_cap_memory,
    )


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, str]:
    """An incident on New York time (year 1 west of UTC overflows) with normal and edge-of-calendar mentions."""
    db = tmp_path / "crisis.sqlite"
    made = cli(db, "incident", "new", "Old data", "--tz", "America/New_York")
    assert made.returncode == 0, made.stderr
    incident = made.stdout.strip()
    export = tmp_path / "export.csv"
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["created_at", "text", "sentiment", "id"])
        for n in range(7):
            writer.writerow([f"2026-03-14T13:{n:02d}:00Z", f"down again {n}", "negative", f"m{n}"])
    done = cli(db, "mentions", "import", incident, str(export))
    assert done.returncode == 0, done.stderr
    with open_database(db) as database:
        for posted_at in EDGES_OF_THE_CALENDAR:
            plant_mentions(database, incident, posted_at, 3)
    return db, incident


@pytest.mark.parametrize("kind, fmt", [("situation", "html"), ("review", "html"), ("mentions", "csv")])
def test_reports_survive_mentions_stored_at_year_1_and_9999(
    tmp_path: Path, planted: tuple[Path, str], kind: str, fmt: str
) -> None:
    db, incident = planted
    out = tmp_path / f"report.{fmt}"
    try:
        done = cli(db, "report", incident, "--kind", kind, "--format", fmt, "-o", str(out))
    except subprocess.TimeoutExpired:
        pytest.fail(f"the {kind} report did not finish in 90 s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size > 0
    if kind == "mentions":
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert len(rows) == 1 + 7 + 6  # every stored mention is listed, the odd ones included


def test_later_imports_still_fire_and_the_cli_lists_the_odd_mentions(tmp_path: Path, planted: tuple[Path, str]) -> None:
    db, incident = planted
    export = tmp_path / "later.csv"
    export.write_text(
        "created_at,text,sentiment,id\n2026-03-14T15:00:00Z,still broken,negative,later1\n", encoding="utf-8"
    )
    done = cli(db, "mentions", "import", incident, str(export), "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    hourly = json.loads(cli(db, "mentions", "hourly", incident, "--json").stdout)
    assert [h["hour"] for h in hourly] == ["2026-03-14T13:00:00Z", "2026-03-14T15:00:00Z"]
    listed = cli(db, "mentions", "list", incident)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert len(listed.stdout.splitlines()) == 1 + 8 + 6  # the line naming the incident's clock, then the mentions
    added = cli(db, "mentions", "add", incident, "furious", "--posted", "2026-03-14T13:30", "--json")
    assert added.returncode == 0 and json.loads(added.stdout)["added"], added.stderr[-2000:]


def test_the_chart_and_its_ranges_leave_out_hours_outside_1990_to_2099() -> None:
    counts = [
        HourCount("0001-01-01T00:00:00Z", 3, 3),
        HourCount("2026-03-14T13:00:00Z", 7, 7),
        HourCount("2026-03-14T15:00:00Z", 1, 0),
        HourCount("9999-12-31T23:00:00Z", 3, 3),
    ]
    now = datetime(2026, 3, 14, 16, 20, tzinfo=UTC)
    start, end = view_range("all", counts, now)
    assert (start, end) == (datetime(2026, 3, 14, 13, tzinfo=UTC), datetime(2026, 3, 14, 17, tzinfo=UTC))
    chart = draw_hourly(None, counts, zone=UTC)
    assert [h.hour for h in chart.hours] == [13, 14, 15]
    assert chart.negative == (7, 0, 0)
    # A range asked for from year 1 is cut to the plausible years, not an array of 17 million hours.
    far = draw_hourly(None, counts, zone=UTC, start=datetime(1, 1, 1, tzinfo=UTC), end=end)
    assert far.hours[0] == datetime(1990, 1, 1, tzinfo=UTC) and far.hours[-1] == end - timedelta(hours=1)
