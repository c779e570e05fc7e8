"""The command line's alert lines use the incident's clock, named once, like every other view (issue: one clock)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.test_cli import run


def test_import_alerts_are_in_the_incidents_zone_named_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    incident = run(capsys, "incident", "new", "Refund row", "--tz", "Europe/Stockholm")[1].strip()
    rows = ["posted_at,text,sentiment"] + [
        f"2026-03-14T13:{minute:02d}:00Z,Still no refund after three weeks ({minute}),negative"
        for minute in range(0, 42, 6)
    ]
    export = tmp_path / "export.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "mentions", "import", incident, str(export))
    assert code == 0, err
    alerts = [line for line in out.splitlines() if line.startswith("ALERT")]
    assert alerts, out
    assert out.count("Times: Europe/Stockholm") == 1
    # 13:30 UTC is 14:30 in Stockholm: the sixth negative of the hour crossed "more than 5".
    assert re.match(r"ALERT 2026-03-14 14:30: ", alerts[0]), alerts
    assert "Z:" not in out


def test_mentions_add_says_not_scored_for_a_text_it_cannot_score(capsys: pytest.CaptureFixture[str]) -> None:
    incident = run(capsys, "incident", "new", "Refund row")[1].strip()
    code, out, err = run(capsys, "mentions", "add", incident, "nope")
    assert code == 0, err
    assert out.strip() == "added (not scored)"
