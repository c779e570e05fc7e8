"""The incident and log services on a real SQLite file, and the command line that calls them.

services/incidents.py and services/log.py are the one path for opening, setting or reassessing the
severity, editing, resolving, reopening, logging and correcting: the window and ``crisisroom`` call
them, so a same-level reassessment reads "Severity reassessed, stays level N" whichever wrote it.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from crisisroom.cli import main
from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.incidents import Category
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services.changes import Changes
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database, open_database
from tests.unit.rebuild_support import differences

CHANGED = Changes.INCIDENTS | Changes.LOG


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(db_path), *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def texts(database: Database, incident_id: str) -> list[tuple[str, str, str]]:
    return [(e.kind, e.author, e.text) for e in log.entries(database, incident_id)]


def test_open_set_the_level_then_reassess_it_at_the_same_level(database: Database, tmp_path: Path) -> None:
    opened = incident_service.open_incident(
        database, "Viral complaint", category=Category.REPUTATION, author="Ana", timezone="Europe/Stockholm"
    )
    incident_id = opened.value.id
    assert (opened.changes, opened.incident_id, opened.value.level) == (CHANGED, incident_id, None)

    raised = incident_service.set_level(database, incident_id[:8], 3, author="Ana", reason="A journalist asked")
    assert (raised.changes, raised.value.level) == (CHANGED, 3)
    # Setting the level it has is no decision: nothing logged, nothing to redraw.
    again = incident_service.set_level(database, incident_id, 3, author="Ana")
    assert (again.changes, again.value.level, len(log.entries(database, incident_id))) == (Changes.NONE, 3, 2)

    kept = incident_service.reassess(database, incident_id, 3, author="Ben", reason="Still one outlet only")
    assert (kept.changes, kept.incident_id, kept.value.level) == (Changes.LOG, incident_id, 3)
    assert incidents.get(database, incident_id).level == 3
    assert texts(database, incident_id)[-1] == (
        "severity",
        "Ben",
        "Severity reassessed, stays level 3: Still one outlet only",
    )
    assert log.entries(database, incident_id)[-1].payload is None  # it changed no state: nothing to replay

    incident_service.reassess(database, incident_id, 3, author="Ben")
    assert texts(database, incident_id)[-1] == ("severity", "Ben", "Severity reassessed, stays level 3")

    # Reassessed to another level, it is a confirmed level like any other.
    moved = incident_service.reassess(database, incident_id, 4, author="Ben", reason="On the evening news")
    assert (moved.changes, moved.value.level) == (CHANGED, 4)
    assert texts(database, incident_id)[-1] == (
        "severity",
        "Ben",
        "Severity set to Level 4 · Crisis (from level 3): On the evening news",
    )
    assert "incidents" not in differences(database, tmp_path)  # the log alone gives the same incident


def test_a_level_outside_one_to_five_or_an_unknown_incident_is_refused(database: Database) -> None:
    incident_id = incident_service.open_incident(
        database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2
    ).value.id
    with pytest.raises(InvalidInputError):
        incident_service.reassess(database, incident_id, 6, author="Ana", reason="x")
    with pytest.raises(NotFoundError):
        incident_service.reassess(database, "ffffffff", 2, author="Ana", reason="x")
    assert len(log.entries(database, incident_id)) == 1


def test_details_resolve_and_reopen_say_what_they_changed(database: Database, tmp_path: Path) -> None:
    incident_id = incident_service.open_incident(
        database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC"
    ).value.id
    edited = incident_service.change_details(
        database, incident_id, author="Ana", category=Category.SECURITY_BREACH, detected_at="2026-03-14T09:40:00Z"
    )
    assert (edited.changes, edited.value.category, edited.value.detected_at) == (
        CHANGED,
        Category.SECURITY_BREACH,
        "2026-03-14T09:40:00Z",
    )
    unchanged = incident_service.change_details(database, incident_id, author="Ana", category=Category.SECURITY_BREACH)
    assert unchanged.changes == Changes.NONE
    resolved = incident_service.resolve(database, incident_id, author="Ana", note="Fixed")
    assert resolved.changes == CHANGED and not resolved.value.is_open
    reopened = incident_service.reopen(database, incident_id, author="Ana")
    assert reopened.changes == CHANGED and reopened.value.is_open
    assert [t for _, _, t in texts(database, incident_id)[1:]] == [
        "Incident details changed: type Security breach (was Operational failure); first detected 2026-03-14 09:40 UTC "
        "(was not recorded)",
        "Incident resolved: Fixed",
        "Incident reopened",
    ]
    assert "incidents" not in differences(database, tmp_path)


def test_log_entries_and_corrections_go_through_the_log_service(database: Database) -> None:
    incident_id = incident_service.open_incident(
        database, "Outage", category=Category.OPERATIONAL, author="Ana"
    ).value.id
    added = log_service.add_entry(
        database, incident_id[:8], "Packed in Uppsala", kind="fact", author="Ana", occurred_at="2026-03-14T09:00:00Z"
    )
    assert (added.changes, added.incident_id) == (Changes.LOG, incident_id)
    assert (added.value.kind, added.value.occurred_at) == ("fact", "2026-03-14T09:00:00Z")
    fixed = log_service.correct(database, added.value.id, "Packed in Gävle", author="Ben")
    assert (fixed.changes, fixed.incident_id) == (Changes.LOG, incident_id)
    assert (fixed.value.kind, fixed.value.corrects, fixed.value.text) == (
        "correction",
        added.value.id,
        "Packed in Gävle",
    )
    with pytest.raises(InvalidInputError):
        log_service.add_entry(database, incident_id, "   ", author="Ana")


def test_the_command_line_reassesses_as_the_window_does(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, "incident", "new", "Recall", "--author", "Ana")
    incident_id = out.strip()
    assert run(capsys, db_path, "incident", "level", incident_id, "3", "--reason", "Press asking")[0] == 0
    code, out, err = run(capsys, db_path, "incident", "level", incident_id[:8], "3", "--reason", "Still one outlet")
    assert (code, out, err) == (0, "", "")
    # Without a reason, the same level changes nothing (a script may repeat itself) and says so.
    code, out, _ = run(capsys, db_path, "incident", "level", incident_id, "3")
    assert code == 0 and out.startswith("Already level 3; nothing logged")
    shown = json.loads(run(capsys, db_path, "log", "show", incident_id, "--json")[1])
    assert [(e["kind"], e["text"]) for e in shown[1:]] == [
        ("severity", "Severity set to Level 3 · Serious (first assessment): Press asking"),
        ("severity", "Severity reassessed, stays level 3: Still one outlet"),
    ]
    with open_database(db_path, write=False) as database:
        assert incidents.get(database, incident_id).level == 3
        # The words are the service's, the same the window's assessment writes.
        assert shown[-1]["text"] == incident_service.reassessment_text(3, "Still one outlet")


def test_the_command_line_edits_the_details_on_the_incidents_clock(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    incident_id = run(capsys, db_path, "incident", "new", "Leak", "--tz", "Europe/Stockholm")[1].strip()
    code, out, err = run(
        capsys,
        db_path,
        "incident",
        "edit",
        incident_id,
        "--category",
        "security-breach",
        "--detected",
        "2026-03-14 10:40",
    )
    assert (code, err) == (0, "")
    shown = json.loads(run(capsys, db_path, "incident", "show", incident_id, "--json")[1])
    assert (shown["category"], shown["detected_at"]) == ("security-breach", "2026-03-14T09:40:00.000Z")
    code, out, _ = run(capsys, db_path, "incident", "edit", incident_id, "--category", "security-breach")
    assert code == 0 and out.startswith("Nothing changed")
    code, _, err = run(capsys, db_path, "incident", "edit", incident_id)
    assert code == 2 and "--category and/or --detected" in err
    entries = json.loads(run(capsys, db_path, "log", "show", incident_id, "--json")[1])
    assert len(entries) == 2 and entries[-1]["text"].startswith("Incident details changed: type Security breach")


def test_a_time_it_happened_in_the_future_is_refused_and_nothing_is_logged(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    """ "Happened earlier" means it already happened: a date typed a day or a year ahead is a slip,
    refused the same in the window and on the command line (both call services.log.add_entry)."""
    code, out, _ = run(capsys, db_path, "incident", "new", "Recall", "--author", "Ana")
    incident_id = out.strip()
    before = len(json.loads(run(capsys, db_path, "log", "show", incident_id, "--json")[1]))
    code, _, err = run(
        capsys,
        db_path,
        "log",
        "add",
        incident_id,
        "Called the regulator",
        "--author",
        "Ana",
        "--occurred",
        "2030-01-01T09:00Z",
    )
    assert code == 2
    assert err.strip() == "crisisroom: the time it happened cannot be in the future; check the date and the time zone"
    assert len(json.loads(run(capsys, db_path, "log", "show", incident_id, "--json")[1])) == before
    # A minute ahead (clocks differ a little) and any time before now are fine.
    with open_database(db_path) as database:
        soon = to_iso(database.clock.now() + timedelta(minutes=1))
        log_service.add_entry(database, incident_id, "Press call", author="Ana", occurred_at=soon)
        with pytest.raises(InvalidInputError, match="cannot be in the future"):
            log_service.add_entry(
                database,
                incident_id,
                "Board call",
                author="Ana",
                occurred_at=to_iso(database.clock.now() + timedelta(days=3)),
            )
