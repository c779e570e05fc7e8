"""The Monitor step: the coverage list, declaring the crisis resolved, and a walk through all five steps."""

from __future__ import annotations

from typing import Any

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.response_steps import STEPS, Step
from crisisroom.services import checklist as checklist_service
from crisisroom.services import notify as notify_service
from crisisroom.services import record as record_service
from crisisroom.services import response_steps as steps_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import coverage, incidents, log, messages, updates
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from tests.unit.wizard_support import (
    AUTHOR,
    WIZARD_TABLES,
    Clock,
    assess,
    entries_since,
    kinds_and_texts,
    new_incident,
    table_snapshot,
)

RESOLVED = {"public-posts": "The issue is fixed. Thank you for your patience."}
ALL_CLEAR = "All clear: the incident is closed. Thanks, everyone."


@pytest.fixture
def incident(db: Database) -> str:
    return new_incident(db)


def test_coverage_is_logged_and_listed(db: Database, incident: str) -> None:
    before = len(log.entries(db, incident))
    record_service.add_coverage(
        db,
        incident,
        outlet="The Daily",
        link="https://daily.example/leak",
        tone="negative",
        note="Claims passwords leaked; they did not.",
        author=AUTHOR,
    )
    record_service.add_coverage(db, incident, outlet="Radio 4", tone=Sentiment.NEUTRAL, author=AUTHOR)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "note",
            "Coverage noted: The Daily (negative) https://daily.example/leak · Claims passwords leaked; they did not.",
        ),
        ("note", "Coverage noted: Radio 4 (neutral)"),
    ]
    assert [(c.outlet, c.tone, c.link) for c in coverage.items(db, incident)] == [
        ("The Daily", Sentiment.NEGATIVE, "https://daily.example/leak"),
        ("Radio 4", Sentiment.NEUTRAL, ""),
    ]


def test_bad_coverage_is_refused(db: Database, incident: str) -> None:
    record_service.add_coverage(
        db, incident, outlet="The Daily", link="https://daily.example/leak", tone="negative", author=AUTHOR
    )
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="already on the coverage list"):
        record_service.add_coverage(
            db, incident, outlet="Daily (again)", link="https://daily.example/leak", tone="neutral", author=AUTHOR
        )
    with pytest.raises(InvalidInputError, match="sentiment must be negative, neutral or positive"):
        record_service.add_coverage(db, incident, outlet="Blog", tone="furious", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="the outlet is required"):
        record_service.add_coverage(db, incident, outlet=" ", tone="neutral", author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_declaring_resolved_drafts_closes_and_logs(db: Database, incident: str, clock: Clock) -> None:
    record_service.add_coverage(db, incident, outlet="The Daily", tone="negative", author=AUTHOR)
    clock.advance(hours=5)
    before = len(log.entries(db, incident))
    result = steps_service.declare_resolved(
        db,
        incident,
        resolution_texts={"customers": "Fixed; here is what we changed.", **RESOLVED},
        all_clear_text=ALL_CLEAR,
        note="No new complaints for 3 hours",
        author=AUTHOR,
    ).value
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        ("message", "Public posts · Resolution: draft v1 saved"),
        ("message", "Customers · Resolution: draft v1 saved"),
        ("message", "Employees · Resolution: draft v1 saved"),
        (
            "wizard-step",
            "Step 5 of 5, Monitor, done: declared resolved; resolution statement drafted for Public posts, "
            "Customers; internal all-clear drafted for Employees",
        ),
        ("status", "Incident resolved: No new complaints for 3 hours"),
    ]
    assert result.incident.closed_at == "2026-03-14T18:00:00.000Z" and not incidents.get(db, incident).is_open
    assert [(m.audience, m.phase, m.state) for m in result.resolution_messages] == [
        ("public-posts", "resolution", MessageState.DRAFT),
        ("customers", "resolution", MessageState.DRAFT),
    ]
    assert (result.all_clear.audience, result.all_clear.current.text) == ("employees", ALL_CLEAR)
    assert {m.id for m in result.open_approvals} == {m.id for m in [*result.resolution_messages, result.all_clear]}
    assert result.step.summary["coverage"] == {"negative": 1, "neutral": 0, "positive": 0}
    assert steps_store.load(db, incident).is_done(Step.MONITOR)
    assert updates.next_update_due(db, incident, clock.now) is None


def test_the_resolution_drafts_are_approved_and_released_after_closing(db: Database, incident: str) -> None:
    result = steps_service.declare_resolved(
        db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, author=AUTHOR
    ).value
    statement_service.approve(db, result.all_clear.id, approver_name="Dana Lee", approver_role="CEO", author=AUTHOR)
    released = statement_service.release(db, result.all_clear.id, where=["Staff e-mail"], author=AUTHOR).value
    assert released.state is MessageState.RELEASED


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"resolution_texts": {}}, "at least one audience"),
        ({"resolution_texts": {"employees": "Over."}}, "is the internal all-clear"),
        ({"resolution_texts": {"investors": "Over."}}, "unknown audience"),
        ({"resolution_texts": {"press": " "}}, "the resolution statement for press is required"),
        ({"all_clear_text": ""}, "the internal all-clear is required"),
    ],
)
def test_bad_input_leaves_the_incident_open(
    db: Database, incident: str, overrides: dict[str, Any], message: str
) -> None:
    values: dict[str, Any] = {"resolution_texts": RESOLVED, "all_clear_text": ALL_CLEAR, "author": AUTHOR}
    values.update(overrides)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match=message):
        steps_service.declare_resolved(db, incident, **values)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_a_failure_while_closing_drafts_nothing(db: Database, incident: str, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = table_snapshot(db, *WIZARD_TABLES)

    def failing_resolve(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk unplugged")

    monkeypatch.setattr(incidents, "resolve", failing_resolve)
    with pytest.raises(OSError):
        steps_service.declare_resolved(db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot
    assert incidents.get(db, incident).is_open and messages.messages(db, incident) == []


def test_a_closed_incident_is_not_resolved_or_walked_again(db: Database, incident: str) -> None:
    steps_service.declare_resolved(db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, author=AUTHOR)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="is resolved; reopen it"):
        steps_service.declare_resolved(db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, author=AUTHOR)
    with pytest.raises(InvalidInputError, match="is resolved; reopen it"):
        assess(db, incident)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_a_false_alarm_is_resolved_straight_from_assess(db: Database, incident: str) -> None:
    assess(db, incident, level=1)
    result = steps_service.declare_resolved(
        db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, note="False alarm", author=AUTHOR
    ).value
    assert result.incident.closed_at is not None
    assert [step for step, done in steps_store.load(db, incident).progress if done] == [Step.ASSESS, Step.MONITOR]


def test_a_whole_walk_leaves_one_wizard_step_entry_per_step_and_a_sound_chain(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    clock.advance(minutes=2)
    assess(db, incident, level=4)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    notify_service.record_acknowledged(db, incident, "p-ben", author=AUTHOR)
    steps_service.commit_notify(db, incident, staff_alert_wording="We are handling a data incident.", author=AUTHOR)
    checklist_service.add_account(db, incident, "@brand", author=AUTHOR)
    steps_service.commit_manage(
        db,
        incident,
        lead_id="p-ana",
        lead_name="Ana Ruiz",
        scribe_id="p-ben",
        scribe_name="Ben Ode",
        spokesperson_id="p-cy",
        spokesperson_name="Cy Lam",
        ticks={"log-started": True, "pause-posts:@brand": True},
        author=AUTHOR,
    )
    holding = statement_service.save_draft_text(
        db, incident, "public-posts", "holding", "We are on it.", author=AUTHOR
    ).value
    statement_service.approve(
        db, holding.id, approver_name="Dana Lee", approver_role="Executive approver", author=AUTHOR
    )
    statement_service.release(db, holding.id, where=["X", "Threads"], author=AUTHOR)
    steps_service.commit_message(db, incident, author=AUTHOR)
    record_service.add_coverage(db, incident, outlet="The Daily", tone="negative", author=AUTHOR)
    clock.advance(hours=3)
    steps_service.declare_resolved(db, incident, resolution_texts=RESOLVED, all_clear_text=ALL_CLEAR, author=AUTHOR)

    steps = [e.payload["step"] for e in log.entries(db, incident) if e.kind == "wizard-step" and e.payload]
    assert steps == [step.value for step in STEPS]
    state = steps_store.load(db, incident)
    assert all(done for _, done in state.progress)
    total, breaks = log.verify(db)
    assert breaks == [] and total == len(log.entries(db, incident))
