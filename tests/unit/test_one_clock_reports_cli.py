"""One clock per view in reports and on the command line: the incident's zone (never this computer's),
a played drill's drill clock, named once."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crisisroom.cli import main
from crisisroom.domain import clock as clock_module
from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.drills import scenario
from crisisroom.drills.runner import DrillRun
from crisisroom.services.reports import make_report
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database
from tests.unit.test_drill_scenarios import GOOD

T0 = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)  # the real moment the drill begins


@pytest.fixture
def real_now(monkeypatch: pytest.MonkeyPatch) -> dict[str, datetime]:
    now = {"now": T0}
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: now["now"])
    return now


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in New York, far from the incidents' zones."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _drill(database: Database, real_now: dict[str, datetime]) -> str:
    """A drill in Stockholm played at 10×: 42 real seconds in (13:00:42 Stockholm real time) the team
    decides, which is 7 minutes into the drill on its clock (11:07 UTC, 12:07 Stockholm)."""
    text = GOOD.replace('duration = "1h"', 'duration = "1h"\ntimezone = "Europe/Stockholm"', 1)
    run = DrillRun.begin(database, scenario.parse(text, "tiny.toml"), author="Facilitator", speed=10)
    assert run.start == T0 - timedelta(hours=1)
    run.advance_to(run.start + timedelta(minutes=5))
    real_now["now"] = T0 + timedelta(seconds=42)
    log.append(database, run.incident.id, "Pull the kites from the shop", kind=Kind.DECISION, author="Lead")
    real_now["now"] = T0 + timedelta(seconds=60)
    # Ended (and closed) at +00:50, 12:50 on the drill clock: no drill time reads like the real 13:00.
    run.finish(run.start + timedelta(minutes=50))
    return run.incident.id


def _paris_incident(database: Database, real_now: dict[str, datetime]) -> str:
    """An incident in Paris; at 12:30 UTC (13:30 Paris, 08:30 New York) the team decides."""
    incident = incidents.create(
        database, "Kite recall", category=Category.REPUTATION, author="Lead", timezone="Europe/Paris"
    )
    real_now["now"] = T0 + timedelta(minutes=30)
    log.append(database, incident.id, "Pull the kites from the shop", kind=Kind.DECISION, author="Lead")
    return incident.id


def _text(page: str) -> str:
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'src="data:[^"]*"', "", page)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _row(text: str, needle: str, before: int = 40) -> str:
    at = text.index(needle)
    return text[max(0, at - before) : at]


@pytest.mark.usefixtures("new_york")
def test_a_drill_report_shows_every_row_on_the_drill_clock_and_names_it_once(
    database: Database, real_now: dict[str, datetime]
) -> None:
    incident_id = _drill(database, real_now)
    now = to_iso(real_now["now"])
    situation = _text(make_report(database, incident_id, "situation", "html", now=now).html)
    activity = _text(make_report(database, incident_id, "activity-log", "html", now=now).html)

    # The team's decision, made at 13:00:42 Stockholm real time, is 12:07 on the drill clock.
    assert "14 Mar 12:07" in _row(situation, "Pull the kites from the shop")
    assert "2026-03-14 12:07" in _row(activity, "Pull the kites from the shop", 60)
    for text in (situation, activity):
        assert "13:00" not in text.replace("13:00:", "")  # no row on real time
        assert "08:00" not in text and "America/New_York" not in text  # nor on this computer's clock
        assert text.count("drill clock") == 1, text  # the clock named once, in the footer
        assert "All other times are on the drill clock, Europe/Stockholm" in text
        assert "real time" in text  # when it was made, the one real time, says so
    # The log's first and last rows bound the span it covers, on the same clock.
    assert "Sat 14 Mar 2026, 12:00 to Sat 14 Mar 2026, 12:" in activity, activity[:900]


@pytest.mark.usefixtures("new_york")
def test_an_incident_report_shows_the_incidents_zone_only(database: Database, real_now: dict[str, datetime]) -> None:
    incident_id = _paris_incident(database, real_now)
    now = to_iso(real_now["now"])
    for kind in ("situation", "activity-log"):
        text = _text(make_report(database, incident_id, kind, "html", now=now).html)
        assert "13:30" in _row(text, "Pull the kites from the shop", 60)
        assert "08:30" not in text and "America/New_York" not in text
        assert text.count("Europe/Paris") == 1  # named once, in the footer
        assert "drill clock" not in text and "real time" not in text


def _cli(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> list[str]:
    assert main(["--db", str(db_path), *args]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.usefixtures("new_york")
def test_log_show_of_a_drill_is_on_the_drill_clock_named_once(
    database: Database, db_path: Path, real_now: dict[str, datetime], capsys: pytest.CaptureFixture[str]
) -> None:
    incident_id = _drill(database, real_now)
    lines = _cli(capsys, db_path, "log", "show", incident_id)
    decision = next(line for line in lines if "Pull the kites" in line)
    assert decision.startswith("2026-03-14 12:07:00")  # not 13:00:42 real time, nor 07:00:42 in New York
    assert sum("drill clock" in line for line in lines) == 1
    assert "Times: drill clock, Europe/Stockholm" in lines
    # --json stays the stored UTC times (a contract for scripts).
    _cli(capsys, db_path, "log", "show", incident_id, "--json")


@pytest.mark.usefixtures("new_york")
def test_log_show_and_incident_list_use_the_incidents_zone_not_the_computers(
    database: Database, db_path: Path, real_now: dict[str, datetime], capsys: pytest.CaptureFixture[str]
) -> None:
    incident_id = _paris_incident(database, real_now)
    lines = _cli(capsys, db_path, "log", "show", incident_id)
    assert lines[0] == "Times: Europe/Paris"
    assert next(line for line in lines if "Pull the kites" in line).startswith("2026-03-14 13:30:00")
    assert sum("Europe/Paris" in line for line in lines) == 1
    assert not any("America/New_York" in line for line in lines)
    listed = _cli(capsys, db_path, "incident", "list")
    assert listed[0] == "Times: Europe/Paris"
    assert "2026-03-14 13:00" in listed[1]  # opened at 12:00 UTC: 13:00 in Paris, not 08:00 in New York
    shown = _cli(capsys, db_path, "incident", "show", incident_id)
    assert "  times:     Europe/Paris" in shown and "  opened:    2026-03-14 13:00:00" in shown
