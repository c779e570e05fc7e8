"""After-action scoring against a drill where the test plays the team at known simulated times."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crisisroom.domain import clock as clock_module
from crisisroom.drills import after_action, scenario
from crisisroom.drills.clock import DrillClock
from crisisroom.drills.runner import drill_record
from crisisroom.services import drills as drill_service
from crisisroom.services import notify as notify_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database, open_database
from tests.unit.test_drill_scenarios import GOOD


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "crisis.db") as db:
        yield db


def test_expectations_met_and_missed_with_measured_times(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A drill at 10×: the team acts at known real moments, which the after-action puts on the drill clock."""
    real = {"now": datetime(2026, 3, 14, 12, 0, tzinfo=UTC)}
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: real["now"])
    t0 = real["now"]

    def at_real(seconds: float) -> None:
        real["now"] = t0 + timedelta(seconds=seconds)

    tiny = scenario.parse(GOOD, "tiny.toml")
    run = drill_service.begin(database, tiny, author="Facilitator", speed=10).value
    start = run.start
    assert run.incident.is_drill and run.incident.display_title.startswith("[EXERCISE]")
    assert start == t0 - tiny.duration  # anchored a drill-length back, so the whole drill is in the past
    drill_service.advance(run, start + timedelta(minutes=41))  # the burst and the recall (at +00:40) are in
    assert [a.inject.id for a in run.applied] == ["burst", "recall"]

    # The team, at 10×: notified 42 real seconds in (+00:07, met within 10); the holding statement
    # released 2.6 real minutes in (+00:26); level 4 six real minutes in (+01:00: 20 minutes after
    # the recall, missed).
    at_real(42)
    notify_service.record_notification(database, run.incident.id, "p1", "Ana Lead", "phone", author="Scribe")
    at_real(150)
    cell = statement_service.save_draft_text(
        database, run.incident.id, "public-posts", "holding", "We are on it.", author="PR"
    ).value
    statement_service.approve(database, cell.id, approver_name="Ana", approver_role="CMO", author="PR")
    at_real(156)
    statement_service.release(database, cell.id, where=["X"], author="PR")
    at_real(360)
    incidents.set_level(database, run.incident.id, 4, author="Lead")
    drill_service.finish(run)

    record = drill_record(database, run.incident.id)
    assert record is not None
    on_clock = record.to_drill_time()
    assert on_clock(t0 + timedelta(seconds=42)) == start + timedelta(minutes=7)
    observed = after_action.observe(database, run.incident.id, start, simulated=on_clock)
    score = after_action.score(tiny, start, record.inject_times(), observed)
    by_id = {r.expectation.id: r for r in score.results}
    assert by_id["notify"].met and by_id["notify"].measured == timedelta(minutes=7)
    assert not by_id["level"].met and by_id["level"].measured == timedelta(minutes=20)
    assert by_id["level"].deadline == start + timedelta(minutes=55)
    assert score.time_to_notify == timedelta(minutes=7)
    assert score.time_to_first_statement == timedelta(minutes=26)
    assert (score.target_level, score.time_to_target_level) == (4, timedelta(hours=1))
    assert [rule for rule, _ in score.firings] == ["assign", "surge"]
    assert after_action.metrics_json(score)["time_to_notify"] == "+00:07"


def test_done_before_the_inject_counts_as_on_time() -> None:
    tiny = scenario.parse(GOOD, "tiny.toml")
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    observed = after_action.Observed(levels=((start, 2), (start + timedelta(minutes=30), 5)))
    score = after_action.score(tiny, start, {"recall": start + timedelta(minutes=40)}, observed)
    level = score.results[1]
    assert level.met and level.measured == timedelta(0)
    assert not score.results[0].met and score.results[0].measured is None


def test_clock_speeds_pause_and_jump() -> None:
    start = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    real = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    clock = DrillClock(start, speed=60)
    clock.begin(real)
    assert clock.now(real + timedelta(seconds=10)) == start + timedelta(minutes=10)
    clock.pause(real + timedelta(seconds=10))
    assert clock.now(real + timedelta(hours=1)) == start + timedelta(minutes=10)
    clock.resume(real + timedelta(hours=1))
    clock.set_speed(1, real + timedelta(hours=1))
    assert clock.now(real + timedelta(hours=1, minutes=1)) == start + timedelta(minutes=11)
    clock.jump_to(start + timedelta(minutes=40), real + timedelta(hours=1, minutes=1))
    assert clock.elapsed(real + timedelta(hours=1, minutes=1)) == timedelta(minutes=40)
    with pytest.raises(Exception, match="speed"):
        clock.set_speed(61, real)
