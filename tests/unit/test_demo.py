"""The demo incident: deterministic, marked EXERCISE, kept out of real lists, plausible, chain intact."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crisisroom.cli import main
from crisisroom.domain.events.incidents import severity_change
from crisisroom.domain.log import Kind
from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.response_steps import Step
from crisisroom.services import demo
from crisisroom.storage import incidents, log, mentions, messages, rules, updates
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database, open_database

NOW = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)


def _made(database: Database, seed: int = 7) -> demo.DemoIncident:
    return demo.create_demo(database, seed=seed, now=NOW).value


def _content(database: Database, incident_id: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """What a person sees, without ids, hashes or the real recording time."""
    posts = [
        tuple(str(v) for v in row)
        for row in database.query(
            "SELECT posted_at, platform, author, text, sentiment FROM mentions WHERE incident_id = ? ORDER BY seq",
            (incident_id,),
        )
    ]
    entries = [(e.kind, e.author, e.occurred_at or "", e.text) for e in log.entries(database, incident_id)]
    return posts, entries


def test_the_same_seed_gives_the_same_demo_and_another_seed_other_posts(tmp_path: Path) -> None:
    with (
        open_database(tmp_path / "a.sqlite") as a,
        open_database(tmp_path / "b.sqlite") as b,
        open_database(tmp_path / "c.sqlite") as c,
    ):
        first, second, other = _made(a), _made(b), _made(c, seed=8)
        assert _content(a, first.incident_id) == _content(b, second.incident_id)
        assert (first.mentions, first.firings) == (second.mentions, second.firings)
        assert _content(c, other.incident_id)[0] != _content(a, first.incident_id)[0]


def test_the_demo_is_an_exercise_left_out_of_real_lists(database: Database) -> None:
    made = _made(database)
    incident = incidents.get(database, made.incident_id)
    assert incident.is_drill
    assert incident.display_title.startswith("[EXERCISE] Demo")
    assert incidents.list_incidents(database) == []
    assert [i.id for i in incidents.list_incidents(database, include_drills=True)] == [made.incident_id]
    assert demo.is_demo(database, made.incident_id)
    assert demo.find_demo(database) == made.incident_id


def test_the_demo_is_plausible_and_its_chain_verifies(database: Database) -> None:
    made = _made(database)
    incident_id = made.incident_id
    total, breaks = log.verify(database)
    assert breaks == []
    assert total == made.log_entries

    entries = log.entries(database, incident_id)
    written = [
        e
        for e in entries
        if e.kind in {Kind.NOTE, Kind.DECISION, Kind.ACTION, Kind.FACT, Kind.CORRECTION}
        and e.author != rules.RULES_AUTHOR  # the rules' own notes (an episode drawn longer by a later export)
    ]
    authors = {e.author for e in written}
    assert 25 <= len(written) <= 40
    assert 4 <= len(authors) <= 5
    kinds = Counter(e.kind for e in written)
    assert kinds[Kind.CORRECTION] == 1 and kinds[Kind.DECISION] >= 3 and kinds[Kind.ACTION] >= 3
    # Every entry the team wrote says when it happened, within the 36 hours.
    start = NOW - timedelta(hours=demo.HISTORY_HOURS)
    for entry in written:
        if entry.kind is not Kind.CORRECTION and entry.occurred_at is not None:
            assert start.isoformat()[:13] <= entry.occurred_at[:13] <= NOW.isoformat()[:13]

    stored, negative = mentions.count(database, incident_id)
    assert 2000 <= stored == made.mentions <= 5000
    assert stored * 0.3 < negative < stored * 0.8
    platforms = {
        row[0] for row in database.query("SELECT DISTINCT platform FROM mentions WHERE incident_id = ?", (incident_id,))
    }
    assert len(platforms) >= 4
    hours = mentions.hourly(database, incident_id)
    peak = max(h.negative for h in hours)
    assert peak > 10 * max(1, hours[0].negative)  # a clear surge over the quiet start

    firings = rules.firings(database, incident_id)
    assert {f.firing.rule_id for f in firings} >= {"assign", "surge", "activate"}
    assert made.firings == len(firings)
    assert all(start.isoformat()[:13] <= f.firing.fired_at[:13] for f in firings)
    assert sum(e.kind == Kind.ALERT for e in entries) == len(firings)

    incident = incidents.get(database, incident_id)
    assert incident.level == 4
    levels = [severity_change(e.payload) for e in entries if e.kind == Kind.SEVERITY]
    assert levels == [(2, 3), (3, 4)]

    state = steps_store.load(database, incident_id)
    assert set(state.completed) == {Step.ASSESS, Step.NOTIFY, Step.MANAGE}
    assert state.current_step is Step.MESSAGE
    grid = {m.label: m.state for m in messages.messages(database, incident_id)}
    assert grid["Public posts · Holding statement"] is MessageState.RELEASED
    assert grid["Public posts · Update"] is MessageState.DRAFT
    assert len(messages.open_approvals(database, incident_id)) == 1
    due = updates.next_update_due(database, incident_id, datetime.now(UTC))
    assert due is not None and timedelta(0) < due - datetime.now(UTC) <= timedelta(minutes=31)


def test_demo_command_prints_the_id_and_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == demo.TITLE and shown["mentions"] > 2000
    assert main(["--db", str(db_path), "incident", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with open_database(db_path, write=False) as db:
        assert demo.find_demo(db) == shown["incident_id"]


def test_the_demo_story_is_written_at_its_own_times(database: Database) -> None:
    """The log reads as the 36 hours it tells: recorded times run forward with the entries, from start to now."""
    made = _made(database)
    entries = log.entries(database, made.incident_id)
    recorded = [e.recorded_at for e in entries]
    assert recorded == sorted(recorded)
    start = NOW - timedelta(hours=demo.HISTORY_HOURS)
    opened = start + timedelta(hours=0.45)  # a few minutes after the first report
    assert recorded[0] == opened.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    assert recorded[-1] <= NOW.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    written = (Kind.NOTE, Kind.FACT, Kind.DECISION, Kind.ACTION)
    assert not [e for e in entries if e.kind in written and e.occurred_at]  # written as it happened
    holding = messages.find(database, made.incident_id, "public-posts", "holding")
    assert holding is not None and holding.current.release is not None
    assert holding.current.release.at == (start + timedelta(hours=19.5)).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z"
    )
    assert incidents.get(database, made.incident_id).opened_at == recorded[0]
    # Outside the demo, "now" is the system's again.
    from crisisroom.domain.clock import now_utc

    assert abs((now_utc() - datetime.now(UTC)).total_seconds()) < 5
