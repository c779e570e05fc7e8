"""Editing the rules: the same end state gives the same firings whatever the path, and closed incidents keep theirs."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crisisroom.domain.incidents import Category
from crisisroom.services import mentions as mention_service
from crisisroom.storage import incidents, log, rules
from crisisroom.storage.database import Database


def _negatives(start: str, count: int, step_minutes: int = 5) -> list[tuple[str, str, str]]:
    t0 = datetime.fromisoformat(start).replace(tzinfo=UTC)
    return [
        (
            (t0 + timedelta(minutes=step_minutes * n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            f"{start} still broken {n}",
            "negative",
        )
        for n in range(count)
    ]


def _import(database: Database, incident_id: str, folder: Path, rows: list[tuple[str, str, str]]) -> None:
    path = folder / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["posted_at", "text", "sentiment"])
        writer.writerows(rows)
    mention_service.import_file(database, incidents.get(database, incident_id), path, author="Ana")


def _incident_with_an_acknowledged_firing(database: Database, folder: Path) -> str:
    incident = incidents.create(database, "Refund row", category=Category.REPUTATION, author="Ana")
    _import(database, incident.id, folder, _negatives("2026-03-10T10:02", 7) + _negatives("2026-03-10T11:02", 9))
    first = rules.firings(database, incident.id)[0]
    rules.acknowledge(database, first.id, author="Ana")
    return incident.id


def _with_assign_above(database: Database, threshold: int) -> dict[str, list[rules.StoredFiring]]:
    current = rules.load(database)
    changed = [replace(r, more_than=threshold) if r.id == "assign" else r for r in current]
    return mention_service.save_rules(database, changed, author="Ana").value


def test_two_steps_end_where_one_step_ends(database: Database, tmp_path: Path) -> None:
    one = _incident_with_an_acknowledged_firing(database, tmp_path)
    assert _with_assign_above(database, 7) == {}
    in_one_step = [(f.firing.fired_at, f.acknowledged_at is not None) for f in rules.firings(database, one)]
    # Back to the defaults, then through a stricter threshold that withdraws the firing, to the same end.
    _with_assign_above(database, 5)
    assert _with_assign_above(database, 10) == {}
    announced = _with_assign_above(database, 7)
    assert announced == {}, "the episode that was alerted and acknowledged must not alert again"
    in_two_steps = [(f.firing.fired_at, f.acknowledged_at is not None) for f in rules.firings(database, one)]
    assert in_two_steps == in_one_step
    assert in_two_steps and all(acknowledged for _, acknowledged in in_two_steps)


def test_a_resolved_incident_keeps_the_firings_of_its_rules(database: Database, tmp_path: Path) -> None:
    incident_id = _incident_with_an_acknowledged_firing(database, tmp_path)
    incidents.resolve(database, incident_id, author="Ana", note="Refunds sent")
    before = [e.text for e in log.entries(database, incident_id)]
    firings_before = rules.firings(database, incident_id)
    _with_assign_above(database, 8)
    _with_assign_above(database, 5)
    assert [e.text for e in log.entries(database, incident_id)] == before
    assert rules.firings(database, incident_id) == firings_before
