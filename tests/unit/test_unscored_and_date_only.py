"""Unscored mentions are said, drawn and filterable; date-only mentions are listed without a made-up 00:00."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crisisroom.charts.mentions import GID_UNSCORED, draw_hourly
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.mentions import HourCount
from crisisroom.importers import pipeline
from tests.unit.test_cli import run

UNSCORED_ROWS = [
    ("2026-03-14T09:00:00Z", "Terrible service, the flight was cancelled and nobody answers"),
    ("2026-03-14T09:05:00Z", "Das ist wirklich schlecht, der Flug wurde ohne Warnung gestrichen"),
    ("2026-03-14T09:10:00Z", "Der Kundenservice ist eine Katastrophe, niemand hilft uns"),
    ("2026-03-14T09:15:00Z", "El vuelo fue cancelado sin aviso y nadie responde"),
    ("2026-03-14T09:20:00Z", "nope"),
    ("2026-03-14T09:25:00Z", "Thanks for the quick refund, great help from the crew"),
]


def write_unscored_export(path: Path) -> Path:
    """Six rows: two English, three in languages without a scorer, one too short to tell."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["created_at", "text", "id"])
        for n, (when, text) in enumerate(UNSCORED_ROWS):
            writer.writerow([when, text, f"u{n}"])
    return path


def test_the_preview_says_how_many_rows_are_not_scored_and_why(tmp_path: Path) -> None:
    found = pipeline.preview(write_unscored_export(tmp_path / "mixed.csv"))
    assert found.unscored == {"language:de": 2, "language:es": 1, "too-short": 1}
    assert found.unscored_summary() == (
        "4 of the first 6 rows are not scored: language not supported (3), too short (1)"
    )
    english = pipeline.preview(write_unscored_export(tmp_path / "mixed.csv"), rows=1)
    assert english.unscored == {} and english.unscored_summary() == ""


def test_the_chart_names_unscored_mentions_in_the_hover_and_draws_them_apart() -> None:
    counts = [HourCount("2026-03-14T09:00:00Z", 10, 3, 4), HourCount("2026-03-14T10:00:00Z", 2, 1)]
    chart = draw_hourly(None, counts, zone=UTC, legend=True)
    assert chart.unscored == (4, 0) and chart.negative == (3, 1) and chart.other == (7, 1)
    assert chart.describe_hour(0).splitlines()[0].endswith("10 mentions, 3 negative, 4 not scored")
    assert "not scored" not in chart.describe_hour(1)
    (patch,) = [p for p in chart.axes.patches if p.get_gid() == GID_UNSCORED]
    assert patch.get_visible()
    values, _edges, baseline = patch.get_data()
    assert list(values) == [7, 1] and list(baseline) == [3, 1]  # stacked on the negative part, never in it
    assert "Not scored" in [t.get_text() for t in chart.axes.get_legend().get_texts()]
    plain = draw_hourly(None, [HourCount("2026-03-14T10:00:00Z", 2, 1)], zone=UTC, legend=True)
    assert not next(p for p in plain.axes.patches if p.get_gid() == GID_UNSCORED).get_visible()
    assert "Not scored" not in [t.get_text() for t in plain.axes.get_legend().get_texts()]


def test_a_date_only_value_shows_its_own_date_from_a_nearby_zone() -> None:
    clock = IncidentClock("Europe/Stockholm")
    assert clock.date_text("2026-03-13T23:00:00.000Z") == "2026-03-14"  # midnight in Stockholm
    assert clock.date_text("2026-03-14T04:00:00.000Z") == "2026-03-14"  # midnight in New York
    assert clock.date_text(datetime(2026, 3, 13, 15, tzinfo=UTC)) == "2026-03-14"  # midnight in Tokyo


def test_mentions_list_shows_a_date_only_mention_as_its_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    incident = run(capsys, "incident", "new", "Strike", "--tz", "Europe/Stockholm")[1].strip()
    export = tmp_path / "dates.csv"
    export.write_text(
        "created_date,text,id\n2026-03-14,Strike at the hub and queues everywhere,a1\n"
        "2026-03-14 10:30,The strike goes on and on,a2\n",
        encoding="utf-8",
    )
    assert run(capsys, "mentions", "import", incident, str(export))[0] == 0
    code, out, _ = run(capsys, "mentions", "list", incident)
    assert code == 0
    dated = next(line for line in out.splitlines() if "Strike at the hub" in line)
    assert "2026-03-14 (time unknown)" in dated and "00:00" not in dated
    timed = next(line for line in out.splitlines() if "goes on" in line)
    assert "2026-03-14 10:30" in timed and "unknown" not in timed
    listed = {row["text"]: row for row in json.loads(run(capsys, "mentions", "list", incident, "--json")[1])}
    date_only = listed["Strike at the hub and queues everywhere"]
    assert date_only["time_known"] is False and date_only["posted_at"] == "2026-03-13T23:00:00.000Z"
    assert listed["The strike goes on and on"]["time_known"] is True
