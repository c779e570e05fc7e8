"""The after-action report of a drill: injects against responses, expectations met or missed, metrics, lessons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom import cli
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.drills import scenario
from crisisroom.services import notify as notify_service
from crisisroom.services import reports as report_service
from crisisroom.services import review as review_service
from crisisroom.services.drills import play_headless
from crisisroom.storage import incidents
from crisisroom.storage.database import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "crisis.db") as db:
        yield db


def played(database: Database) -> tuple[str, scenario.Scenario]:
    found = scenario.find("product-recall")
    run = play_headless(database, found, author="Facilitator").value
    return run.incident.id, found


def test_a_played_drill_reports_every_expectation_with_its_measured_time(database: Database) -> None:
    incident_id, found = played(database)
    review_service.add_note(database, incident_id, "lesson", "Rehearse the recall call tree <b>twice</b>", author="Ana")
    report = report_service.make_report(database, incident_id, "after-action", "html")
    assert report.exercise
    html = report.html
    assert "After-action report" in html and found.title in html
    for expectation in found.expectations:
        assert expectation.description in html
    assert "Missed" in html  # nobody acted in a headless run
    assert "never" in html
    for inject in found.injects:
        assert (inject.title or inject.id) in html
    assert "to the first person notified" in html and "rule firings" in html
    assert "Rehearse the recall call tree &lt;b&gt;twice&lt;/b&gt;" in html


def test_a_response_in_time_is_met(database: Database) -> None:
    incident_id, found = played(database)
    notify_service.record_notification(database, incident_id, "p1", "Ana Lead", "phone", author="Scribe")
    source = report_service.load_source(database, incident_id)
    scored = report_service.drill_scoring(database, source)
    assert scored["metrics"]["time_to_notify"] != "not reached"
    assert len(scored["expectations"]) == len(found.expectations)


def test_the_pdf_of_an_after_action_report_is_made(database: Database) -> None:
    incident_id, _ = played(database)
    report = report_service.make_report(database, incident_id, "after-action", "pdf")
    assert "Expectations" in report.html


def test_a_non_drill_is_refused_with_a_reason(database: Database) -> None:
    real = incidents.create(database, "Real outage", category=Category.OPERATIONAL, author="Ana")
    with pytest.raises(InvalidInputError, match="the after-action report is for drills; this incident is not a drill"):
        report_service.make_report(database, real.id, "after-action", "html")


def test_a_drill_not_played_from_a_scenario_is_refused(database: Database) -> None:
    drill = incidents.create(database, "Table-top", category=Category.OPERATIONAL, author="Ana", is_drill=True)
    with pytest.raises(InvalidInputError, match="played from a scenario"):
        report_service.make_report(database, drill.id, "after-action", "html")


def test_the_command_line_writes_it_and_refuses_a_non_drill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.db"
    with open_database(db_path) as database:
        incident_id, found = played(database)
        real = incidents.create(database, "Real outage", category=Category.OPERATIONAL, author="Ana")
    out = tmp_path / "aar.html"
    args = ["--db", str(db_path), "report", incident_id, "--kind", "after-action", "--format", "html", "-o", str(out)]
    assert cli.main(args) == 0
    assert found.expectations[0].description in out.read_text(encoding="utf-8")
    capsys.readouterr()
    refused = tmp_path / "no.html"
    args = ["--db", str(db_path), "report", real.id, "--kind", "after-action", "--format", "html", "-o", str(refused)]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "this incident is not a drill" in err and err.count("\n") == 1
    assert not refused.exists()
