"""The wizard's resumable state: steps in order, drafts kept across a restart, and its tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.message_flow import AUDIENCES, PHASES
from crisisroom.domain.notifications import Channel
from crisisroom.domain.response_steps import STEPS, Step, next_step, require_previous_done
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import log
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage import response_steps_schema as wizard_schema
from crisisroom.storage.database import Database
from tests.unit.wizard_support import WIZARD_TABLES, Clock, assess, new_incident, wizard_database


def test_the_five_steps_in_order() -> None:
    assert [step.value for step in STEPS] == ["assess", "notify", "manage", "message", "monitor"]
    assert [step.number for step in STEPS] == [1, 2, 3, 4, 5]
    assert next_step(Step.ASSESS) is Step.NOTIFY and next_step(Step.MONITOR) is Step.MONITOR


def test_a_step_needs_the_steps_before_it() -> None:
    require_previous_done(Step.ASSESS, frozenset())
    require_previous_done(Step.MANAGE, frozenset({Step.ASSESS, Step.NOTIFY}))
    with pytest.raises(InvalidInputError, match="finish step 2, Notify, before Manage"):
        require_previous_done(Step.MANAGE, frozenset({Step.ASSESS}))


def test_a_new_incident_starts_on_assess_with_nothing(db: Database) -> None:
    incident = new_incident(db)
    state = steps_store.load(db, incident)
    assert state.current_step is Step.ASSESS
    assert state.drafts == {} and state.completed == {}
    assert state.progress == [(step, False) for step in STEPS]


def test_drafts_survive_closing_the_app_mid_way(db_path: Path) -> None:
    with wizard_database(db_path) as database:
        incident = new_incident(database)
        steps_service.save_draft(database, incident, Step.ASSESS, {"what_happened": "Half a sent", "level": 3})
        steps_service.save_draft(database, incident, "assess", {"what_happened": "Half a sentence…", "level": 4})
        steps_service.save_draft(database, incident, Step.NOTIFY, {"called": ["p-ben"], "note": "Café ☕"})
    with wizard_database(db_path) as database:
        state = steps_store.load(database, incident)
    assert state.current_step is Step.NOTIFY  # the page typed on last
    assert state.draft(Step.ASSESS) == {"what_happened": "Half a sentence…", "level": 4}
    assert state.draft(Step.NOTIFY) == {"called": ["p-ben"], "note": "Café ☕"}
    assert state.draft(Step.MANAGE) == {}


def test_moving_back_is_remembered_without_typing(db: Database) -> None:
    incident = new_incident(db)
    steps_service.save_draft(db, incident, Step.MANAGE, {"lead": "p-ana"})
    steps_service.set_current_step(db, incident, Step.NOTIFY)
    assert steps_store.load(db, incident).current_step is Step.NOTIFY


def test_typing_is_not_logged(db: Database) -> None:
    incident = new_incident(db)
    before = len(log.entries(db, incident))
    for n in range(5):
        steps_service.save_draft(db, incident, Step.ASSESS, {"what_happened": "x" * n})
    steps_service.set_current_step(db, incident, Step.ASSESS)
    assert len(log.entries(db, incident)) == before


def test_bad_drafts_are_refused(db: Database) -> None:
    incident = new_incident(db)
    with pytest.raises(InvalidInputError, match="unknown wizard step"):
        steps_service.save_draft(db, incident, "debrief", {})
    with pytest.raises(NotFoundError):
        steps_service.save_draft(db, "no-such-incident", Step.ASSESS, {})
    with pytest.raises(TypeError):
        steps_service.save_draft(db, incident, Step.ASSESS, {"when": object()})
    with pytest.raises(InvalidInputError, match="over 1 MB"):
        steps_service.save_draft(db, incident, Step.ASSESS, {"text": "x" * 1_000_001})
    assert steps_store.load(db, incident).drafts == {}


def test_a_commit_marks_the_step_done_and_moves_on(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    steps_service.save_draft(db, incident, Step.ASSESS, {"what_happened": "typed"})
    clock.advance(minutes=3)
    assess(db, incident)
    state = steps_store.load(db, incident)
    assert state.current_step is Step.NOTIFY
    done = state.completed[Step.ASSESS]
    assert (done.completed_at, done.completed_by) == ("2026-03-14T13:03:00.000Z", "Ana Ruiz")
    assert log.get(db, done.log_entry_id).kind == "wizard-step"
    assert state.progress[0] == (Step.ASSESS, True) and not state.is_done(Step.NOTIFY)
    assert state.draft(Step.ASSESS) == {"what_happened": "typed"}  # kept for Back


def test_the_tables_are_strict(db: Database) -> None:
    strict = {row["name"]: row["strict"] for row in db.query("PRAGMA table_list")}
    assert all(strict[name] == 1 for name in WIZARD_TABLES), {name: strict.get(name) for name in WIZARD_TABLES}


def test_rows_must_belong_to_an_incident(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO wizard_progress VALUES ('nope', 'assess', '2026-01-01T00:00:00.000Z')")


def test_the_schema_literals_match_the_domain() -> None:
    """The migration spells the keys out (it must never change); the domain must agree with it."""

    def quoted(values: object) -> str:
        return "(" + ", ".join(f"'{value}'" for value in values) + ")"  # type: ignore[attr-defined]

    assert quoted(STEPS) == wizard_schema._STEPS
    assert quoted(AUDIENCES) == wizard_schema._AUDIENCES
    assert quoted(PHASES) == wizard_schema._PHASES
    assert quoted(c.value for c in Channel) == wizard_schema._CHANNELS
