"""A drill's log as a facilitator reads it: one entry per burst of posts, the drill's own voice named
"Exercise control", and the end closing the drill's incident and stopping its clocks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crisisroom.domain import clock as clock_module
from crisisroom.domain.clock import to_iso
from crisisroom.domain.events.drills import drill_event
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.drills import scenario
from crisisroom.drills.clock import Anchor
from crisisroom.drills.injects import burst_times
from crisisroom.drills.runner import EXERCISE_CONTROL, DrillRun, drill_record
from crisisroom.drills.scenario import MentionBurst
from crisisroom.reports import data as report_data
from crisisroom.services.next_steps import update_due
from crisisroom.storage import incidents, log, mentions
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.incident_clock import clock_of
from tests.unit.test_cli import run as run_cli
from tests.unit.test_drill_scenarios import GOOD

T0 = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)  # the real moment the drill begins
TINY = scenario.parse(GOOD, "tiny.toml")  # a burst of 40 posts over 30 minutes at +00:00, a recall at +00:40


@pytest.fixture
def real(monkeypatch: pytest.MonkeyPatch) -> dict[str, datetime]:
    now = {"now": T0}
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: now["now"])
    return now


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "crisis.db") as db:
        yield db


def _event(entry: LogEntry) -> str:
    """What an entry records: a drill's event by its name (either shape), else its payload's type."""
    payload = entry.payload or {}
    return drill_event(payload) or str(payload.get("type") or payload.get("event") or "")


def _posts_in(database: Database, incident_id: str) -> list[LogEntry]:
    return [e for e in log.entries(database, incident_id) if _event(e) == "posts-in"]


def _imports(database: Database, incident_id: str) -> list[LogEntry]:
    return [e for e in log.entries(database, incident_id) if _event(e) == "mentions.imported"]


def _play_minute_by_minute(run: DrillRun, until: int) -> None:
    """As the window does: the clock passes every simulated minute and what is due comes in."""
    for minute in range(until + 1):
        run.advance_to(run.start + timedelta(minutes=minute))


def test_a_burst_trickles_in_but_is_logged_once_by_exercise_control(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    seen = set()
    for minute in range(21):
        run.advance_to(run.start + timedelta(minutes=minute))
        seen.add(mentions.count(database, run.incident.id)[0])
    stored = mentions.count(database, run.incident.id)[0]
    assert 0 < stored < 40
    assert len(seen) > 3  # the posts did come in several times
    assert _posts_in(database, run.incident.id) == []  # still coming: nothing to say yet
    # … into the one import batch its inject's entry named.
    batches = database.query("SELECT count(*) FROM import_batches WHERE incident_id = ?", (run.incident.id,))[0][0]
    assert batches == 1

    _play_minute_by_minute(run, 35)
    assert mentions.count(database, run.incident.id)[0] == 40
    [entry] = _posts_in(database, run.incident.id)
    assert _imports(database, run.incident.id) == []  # no "Imported 1 mentions…" per post
    assert entry.text == "EXERCISE inject burst: all 40 simulated posts are in the room"
    assert entry.kind == Kind.DRILL_INJECT and entry.author == EXERCISE_CONTROL
    burst = TINY.injects[0]
    assert isinstance(burst, MentionBurst)
    last_post = burst_times(burst, run.start)[-1]
    assert entry.occurred_at == to_iso(last_post)
    inject_entry = run.applied[0].log_entry_id
    payload = entry.payload or {}
    assert {key: payload.get(key) for key in ("type", "inject", "entry", "posts", "arrived", "imported", "count")} == {
        "type": "drill.posts-in",
        "inject": "burst",
        "entry": inject_entry,
        "posts": 40,
        "arrived": 40,
        "imported": 40,
        "count": 40,  # the batch's rows, whose digest the entry carries
    }
    assert payload["batch"] == (log.get(database, inject_entry).payload or {})["batch"]
    _play_minute_by_minute(run, 45)
    assert len(_posts_in(database, run.incident.id)) == 1  # and never again


def test_the_drill_speaks_as_exercise_control_and_the_facilitator_as_themselves(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    run.advance_to(run.start + timedelta(minutes=41))
    run.finish(run.start + timedelta(minutes=45))
    by_event: dict[str, set[str]] = {}
    for entry in log.entries(database, run.incident.id):
        by_event.setdefault(_event(entry) or entry.kind, set()).add(entry.author)
    assert by_event["drill-started"] == {EXERCISE_CONTROL}  # the briefing
    assert by_event["inject"] == {EXERCISE_CONTROL}  # the burst and the recall e-mail
    assert by_event["posts-in"] == {EXERCISE_CONTROL}
    assert by_event["drill-ended"] == {"Facilitator"}
    assert by_event["incident.resolved"] == {"Facilitator"}
    # The after-action report names the injects the same way (its English words; translated in a report).
    assert report_data.EXERCISE_CONTROL == EXERCISE_CONTROL


def test_a_burst_cut_short_by_the_end_says_how_many_came(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    _play_minute_by_minute(run, 9)
    run.finish(run.start + timedelta(minutes=10))
    stored = mentions.count(database, run.incident.id)[0]
    assert 0 < stored < 40
    [entry] = _posts_in(database, run.incident.id)
    assert entry.text == f"EXERCISE inject burst: {stored} of its 40 simulated posts came in before the drill ended"
    assert entry.author == EXERCISE_CONTROL
    assert entry.occurred_at == to_iso(run.start + timedelta(minutes=10))
    assert (entry.payload or {})["arrived"] == stored
    assert _imports(database, run.incident.id) == []


def test_a_resumed_drill_logs_its_burst_once_counting_the_posts_from_before(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    _play_minute_by_minute(run, 12)
    before = mentions.count(database, run.incident.id)[0]
    real["now"] = T0 + timedelta(hours=2)  # the app was closed; the drill is picked up later
    resumed, _clock = DrillRun.resume(database, run.incident.id, author="Facilitator")
    _play_minute_by_minute(resumed, 35)
    [entry] = _posts_in(database, run.incident.id)
    assert (entry.payload or {})["arrived"] == 40 and (entry.payload or {})["imported"] == 40 - before
    record = drill_record(database, run.incident.id)
    assert record is not None and record.posts_in == {run.applied[0].log_entry_id}
    # Resumed once more after the burst is all in: its posts are not logged a second time.
    again, _ = DrillRun.resume(database, run.incident.id, author="Facilitator")
    _play_minute_by_minute(again, 39)
    assert len(_posts_in(database, run.incident.id)) == 1


def test_ending_the_drill_closes_its_incident_as_resolving_does(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    run.advance_to(run.start + timedelta(minutes=5))
    real["now"] = T0 + timedelta(seconds=30)  # five simulated minutes at 10×
    assert update_due(database, incidents.get(database, run.incident.id), real["now"])[0] is not None
    run.finish(run.start + timedelta(minutes=5), real_now=real["now"])

    incident = incidents.get(database, run.incident.id)
    assert not incident.is_open and incident.closed_at == to_iso(real["now"])
    assert run.incident == incident
    entries = log.entries(database, run.incident.id)
    assert [(e.kind, e.text) for e in entries[-2:]] == [
        (Kind.DRILL_INJECT, "EXERCISE ended: Tiny drill"),
        (Kind.STATUS, "Incident resolved: the drill has ended"),
    ]
    # The same entry as Incident ▸ Resolve.
    assert (entries[-1].payload or {}) == {"type": "incident.resolved", "v": 1, "incident": run.incident.id}
    # The next-update countdown has nothing left to count.
    real["now"] = T0 + timedelta(hours=1)
    assert update_due(database, incident, real["now"])[0] is None


def test_the_drill_clock_stops_at_the_end_for_whatever_comes_later(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    real["now"] = T0 + timedelta(seconds=60)  # ten simulated minutes at 10×
    end = run.start + timedelta(minutes=10)
    run.finish(end, real_now=real["now"])
    real["now"] = T0 + timedelta(hours=3)
    note = log.append(database, run.incident.id, "Lessons: call legal earlier", kind=Kind.NOTE, author="Lead")
    clock = clock_of(database, incidents.get(database, run.incident.id))
    assert clock.now(real["now"]) == end  # not three hours of 10× later
    assert clock.moment(note.recorded_at) == end.astimezone(clock.zone)
    record = drill_record(database, run.incident.id)
    assert record is not None and record.ended
    assert record.history[-1].paused and record.history[-1].simulated == end
    assert record.to_drill_time()(real["now"]) == end


def test_a_drill_already_resolved_by_the_team_ends_without_a_second_resolution(database: Database, real: dict) -> None:
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    incidents.resolve(database, run.incident.id, author="Lead", note="declared resolved in the Monitor step")
    run.finish(run.start + timedelta(minutes=20))
    resolved = [e for e in log.entries(database, run.incident.id) if _event(e) == "incident.resolved"]
    assert len(resolved) == 1 and resolved[0].author == "Lead"


def test_the_command_line_run_logs_bursts_once_and_closes_the_drill(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "drill", "run", "viral-review", "--headless", "--speed", "60", "--json")
    assert code == 0, err
    played = json.loads(out)
    incident_id = played["incident"]
    assert played["closed_at"] is not None
    code, out, err = run_cli(capsys, "log", "show", incident_id, "--json")
    assert code == 0, err
    entries = json.loads(out)
    bursts = [i.id for i in scenario.find("viral-review").injects if i.kind == "mentions"]
    posts_in = [e for e in entries if e["text"].endswith("simulated posts are in the room")]
    assert len(posts_in) == len(bursts) == 2
    assert not [e for e in entries if e["text"].startswith("Imported ")]
    drill_entries = [e for e in entries if e["kind"] == "drill-inject" and not e["text"].startswith("EXERCISE ended")]
    assert {e["author"] for e in drill_entries} == {EXERCISE_CONTROL}
    assert entries[-1]["kind"] == "status" and entries[-1]["text"] == "Incident resolved: the drill has ended"
    listed = json.loads(run_cli(capsys, "incident", "list", "--drills", "--json")[1])
    assert [(i["id"], i["closed_at"] is not None) for i in listed] == [(incident_id, True)]


def test_a_drill_logged_by_an_earlier_version_reads_as_one_logged_now(database: Database, real: dict) -> None:
    """The drill's readers (its record, its clock) take the untyped payloads drills were logged with before
    typed events, and read them as they read this version's: same start, injects, clock history and end."""
    run = DrillRun.begin(database, TINY, author="Facilitator", speed=10)
    _play_minute_by_minute(run, 5)
    run.record_clock("paused", Anchor(T0 + timedelta(seconds=30), run.start + timedelta(minutes=5), 10, True))
    run.fire(TINY.injects[1], run.start + timedelta(minutes=6))
    run.finish(run.start + timedelta(minutes=10), real_now=T0 + timedelta(minutes=2))
    typed = log.entries(database, run.incident.id)
    old = incidents.create(database, "Tiny drill", category=TINY.type, author="Facilitator", is_drill=True)
    ids: dict[str, str] = {}
    for entry in typed:
        if entry.kind != Kind.DRILL_INJECT or not entry.payload:
            continue
        payload = {
            k: v
            for k, v in entry.payload.items()
            if k not in {"type", "v", "incident", "batch", "count", "digest", "first", "last", "source"}
        }
        payload = {"event": drill_event(entry.payload), **{k: v for k, v in payload.items() if v is not None}}
        if "entry" in payload:
            payload["entry"] = ids[payload["entry"]]
        written = log.append(database, old.id, entry.text, kind=entry.kind, author=entry.author,
                             occurred_at=entry.occurred_at, payload=payload)  # fmt: skip
        ids[entry.id] = written.id
    new_record, old_record = drill_record(database, run.incident.id), drill_record(database, old.id)
    assert new_record is not None and old_record is not None
    assert (old_record.start, old_record.history, old_record.ended) == (
        new_record.start,
        new_record.history,
        new_record.ended,
    )
    assert (
        [p["inject"] for _, p in old_record.injects]
        == [p["inject"] for _, p in new_record.injects]
        == [
            "burst",
            "recall",
        ]
    )
    assert old_record.posts_in == {ids[entry_id] for entry_id in new_record.posts_in}
    assert old_record.inject_times() == new_record.inject_times()
    assert IncidentClock.of("UTC", log.entries(database, old.id)).stopped == T0 + timedelta(minutes=2)
    assert IncidentClock.of("UTC", typed).stopped == T0 + timedelta(minutes=2)
