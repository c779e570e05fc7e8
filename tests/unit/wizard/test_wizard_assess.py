"""The Assess step: one transaction that records details, level, facts and the step, or nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.steps import completed_step
from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.services import record as record_service
from crisisroom.storage import facts, incidents, log
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from tests.unit.wizard_support import (
    AUTHOR,
    T0,
    WIZARD_TABLES,
    Clock,
    assess,
    entries_since,
    kinds_and_texts,
    new_incident,
    table_snapshot,
)


def test_commit_writes_each_change_and_the_step(db: Database, clock: Clock) -> None:
    incident = new_incident(db, timezone="Europe/Paris")
    before = len(log.entries(db, incident))
    clock.advance(minutes=4)
    assess(db, incident, level=4, detected_at=T0 - timedelta(minutes=30))

    written = entries_since(db, incident, before)
    assert kinds_and_texts(written) == [
        (
            "status",
            "Incident details changed: type Security breach (was Reputation damage); "
            "first detected 2026-03-14 13:30 Europe/Paris (was not recorded)",
        ),
        ("severity", "Severity set to Level 4 · Crisis (first assessment): Personal data leaked"),
        ("fact", "Fact, verified: The file holds 1,200 e-mail addresses"),
        ("fact", "Fact, not yet verified: Passwords were included"),
        (
            "wizard-step",
            "Step 1 of 5, Assess, done: Level 4 · Crisis, Security breach, first detected 2026-03-14 13:30 "
            "Europe/Paris; 2 facts (1 verified); affects customers, press. "
            "What happened: A spreadsheet of customer e-mails was posted on a forum.",
        ),
    ]
    assert {entry.author for entry in written} == {AUTHOR}
    payload = written[-1].payload
    assert payload is not None and payload["type"] == "step.completed" and payload["v"] == 1
    step, summary = completed_step(payload) or ("", {})
    assert step == "assess" and summary["level"] == 4 and summary["audiences"] == ["customers", "press"]

    stored = incidents.get(db, incident)
    assert (stored.level, stored.category, stored.detected_at) == (
        4,
        Category.SECURITY_BREACH,
        "2026-03-14T12:30:00.000Z",
    )
    assert [(f.text, f.verified) for f in facts.facts(db, incident)] == [
        ("The file holds 1,200 e-mail addresses", True),
        ("Passwords were included", False),
    ]
    recorded = steps_store.assessment(db, incident)
    assert recorded is not None
    assert recorded.what_happened == "A spreadsheet of customer e-mails was posted on a forum."
    assert recorded.source_links == ("https://forum.example/t/123",)
    assert recorded.audiences == ("customers", "press")
    assert recorded.level_reason == "Personal data leaked"
    assert steps_store.load(db, incident).current_step is Step.NOTIFY


def test_recommitting_matches_facts_and_logs_only_changes(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    assess(db, incident)
    before = len(log.entries(db, incident))
    clock.advance(minutes=10)
    assess(
        db,
        incident,
        facts=[
            ("Passwords were included", True),  # now confirmed
            ("The file holds 1,200 e-mail addresses", True),  # unchanged
            ("  The forum post was removed at 13:40 ", False),  # new, tidied
            ("", False),  # an empty row the page left
        ],
        audiences=["press", "customers", "press"],
    )
    assert kinds_and_texts(entries_since(db, incident, before))[:2] == [
        ("fact", "Fact now verified: Passwords were included"),
        ("fact", "Fact, not yet verified: The forum post was removed at 13:40"),
    ]
    assert [e.kind for e in entries_since(db, incident, before)] == ["fact", "fact", "wizard-step"]  # no level change
    assert [(f.text, f.verified) for f in facts.facts(db, incident)] == [
        ("The file holds 1,200 e-mail addresses", True),
        ("Passwords were included", True),
        ("The forum post was removed at 13:40", False),
    ]
    done = steps_store.load(db, incident).completed[Step.ASSESS]
    assert done.completed_at == "2026-03-14T13:10:00.000Z"
    assert done.summary["facts"] == {"verified": 2, "unverified": 1}


def test_a_fact_verified_later_is_its_own_logged_change(db: Database) -> None:
    incident = new_incident(db)
    fact = record_service.add_fact(db, incident, "The leak came from a partner", verified=False, author=AUTHOR).value
    before = len(log.entries(db, incident))
    assert record_service.set_fact_verified(db, fact.id, True, author="Ben Ode").value.verified
    unchanged = record_service.set_fact_verified(db, fact.id, True, author="Ben Ode")  # no change
    assert unchanged.value.verified_by == "Ben Ode" and not unchanged.changes
    record_service.set_fact_verified(db, fact.id, False, author=AUTHOR)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        ("fact", "Fact now verified: The leak came from a partner"),
        ("fact", "Fact no longer counted as verified: The leak came from a partner"),
    ]
    with pytest.raises(InvalidInputError, match="already recorded"):
        record_service.add_fact(db, incident, "The leak came from a partner", verified=True, author=AUTHOR)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"what_happened": "  "}, "what happened is required"),
        ({"audiences": []}, "at least one affected audience"),
        ({"audiences": ["investors"]}, "unknown audience 'investors'"),
        ({"level": 6}, "severity level must be 1 to 5"),
        ({"category": "weather"}, "unknown incident type"),
        ({"detected_at": None}, "when it was first detected"),
        ({"facts": [("Same", True), ("Same", False)]}, "listed twice"),
        ({"facts": [("x" * 2001, True)]}, "at most 2,000 characters"),
        ({"author": " "}, "author is required"),
    ],
)
def test_bad_input_stores_nothing(db: Database, overrides: dict[str, Any], message: str) -> None:
    incident = new_incident(db)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match=message):
        assess(db, incident, **overrides)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_a_detection_time_in_the_future_is_refused(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    with pytest.raises(InvalidInputError, match="cannot be in the future"):
        assess(db, incident, detected_at=clock.now + timedelta(minutes=10))
    assess(db, incident, detected_at=clock.now + timedelta(minutes=1))  # within the clocks' drift


def test_a_failure_at_the_last_write_undoes_everything(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    incident = new_incident(db, level=2)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    real_append = log.append

    def failing_append(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("kind") == "wizard-step":
            raise OSError("disk unplugged")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(log, "append", failing_append)
    with pytest.raises(OSError):
        assess(db, incident, level=4)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot
    assert incidents.get(db, incident).level == 2


def test_a_resolved_incident_is_not_reassessed(db: Database) -> None:
    incident = new_incident(db)
    incidents.resolve(db, incident, author=AUTHOR)
    with pytest.raises(InvalidInputError, match="is resolved; reopen it"):
        assess(db, incident)


def test_details_change_only_when_they_differ(db: Database) -> None:
    incident = new_incident(db)
    before = len(log.entries(db, incident))
    incidents.update_details(db, incident, category=Category.REPUTATION, author=AUTHOR)
    assert len(log.entries(db, incident)) == before
    changed = incidents.update_details(db, incident, category=Category.OPERATIONAL, author=AUTHOR)
    assert changed.category is Category.OPERATIONAL and changed.detected_at is None
    assert log.entries(db, incident)[-1].payload == {
        "type": "incident.details-changed",
        "v": 1,
        "incident": incident,
        "category": "operational",
        "previous_category": "reputation",
        "detected_at": None,
        "previous_detected_at": None,
    }
