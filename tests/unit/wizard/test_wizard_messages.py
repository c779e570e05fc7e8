"""Statements: versions kept, draft → approved → released enforced and logged, and the Message step."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.message_flow import Approval, MessageState, Release, text_sha256
from crisisroom.domain.response_steps import Step
from crisisroom.services import response_steps as steps_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import log, messages
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
    manage,
    new_incident,
    notify,
    table_snapshot,
)

HOLDING = "We know some customer e-mail addresses were exposed. We are on it; next update by 14:00."


@pytest.fixture
def incident(db: Database) -> str:
    return new_incident(db)


def _approve(db: Database, message_id: str) -> None:
    statement_service.approve(
        db, message_id, approver_name="Dana Lee", approver_role="Executive approver", author=AUTHOR
    )


def test_the_whole_path_is_logged(db: Database, incident: str, clock: Clock) -> None:
    before = len(log.entries(db, incident))
    draft = statement_service.save_draft_text(db, incident, "customers", "holding", HOLDING, author="Cy Lam").value
    assert (draft.state, draft.current.number, draft.version_count) == (MessageState.DRAFT, 1, 1)
    clock.advance(minutes=2)
    approved = statement_service.approve(
        db, draft.id, approver_name="Dana Lee", approver_role="Executive approver", author="Ben Ode"
    ).value
    assert approved.state is MessageState.APPROVED
    assert approved.current.approval == Approval(
        "Dana Lee", "Executive approver", "2026-03-14T13:02:00.000Z", "Ben Ode", text_sha256(HOLDING)
    )
    clock.advance(minutes=1)
    released = statement_service.release(db, draft.id, where=["X", "Website", " x "], author="Cy Lam").value
    assert released.state is MessageState.RELEASED
    assert released.current.release == Release(("X", "Website"), "2026-03-14T13:03:00.000Z", "Cy Lam")
    assert released.last_released == released.current

    written = entries_since(db, incident, before)
    assert kinds_and_texts(written) == [
        ("message", "Customers · Holding statement: draft v1 saved"),
        ("message", "Customers · Holding statement: v1 approved by Dana Lee (Executive approver)"),
        ("message", "Customers · Holding statement: v1 released on X, Website"),
    ]
    assert [entry.author for entry in written] == ["Cy Lam", "Ben Ode", "Cy Lam"]
    assert written[0].payload is not None and written[0].payload["text"] == HOLDING


def test_saving_the_same_text_makes_no_version(db: Database, incident: str) -> None:
    first = statement_service.save_draft_text(db, incident, "press", "holding", HOLDING, author=AUTHOR).value
    before = len(log.entries(db, incident))
    again = statement_service.save_draft_text(db, incident, "press", "holding", f"  {HOLDING}  \n", author=AUTHOR).value
    assert again.current.number == 1 and len(log.entries(db, incident)) == before
    second = statement_service.save_draft_text(
        db, incident, "press", "holding", HOLDING + " Sorry.", author=AUTHOR
    ).value
    assert (second.id, second.current.number, second.state) == (first.id, 2, MessageState.DRAFT)


def test_editing_an_approved_text_sends_it_back_to_draft(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "customers", "holding", HOLDING, author=AUTHOR).value
    _approve(db, message.id)
    before = len(log.entries(db, incident))
    edited = statement_service.save_draft_text(
        db, incident, "customers", "holding", HOLDING + " Sorry.", author=AUTHOR
    ).value
    assert (edited.state, edited.current.number, edited.current.approval) == (MessageState.DRAFT, 2, None)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "message",
            "Customers · Holding statement: approved v1 edited, so it is back to draft as v2 and needs approval",
        )
    ]
    assert [m.id for m in messages.open_approvals(db, incident)] == [message.id]
    with pytest.raises(InvalidInputError, match="the text was changed after v1 was approved by Dana Lee; v2 needs"):
        statement_service.release(db, message.id, where=["X"], author=AUTHOR)


def test_release_needs_approval_and_changes_nothing_otherwise(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "public-posts", "holding", HOLDING, author=AUTHOR).value
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="Public posts · Holding statement v1 is a draft"):
        statement_service.release(db, message.id, where=["X"], author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_a_released_message_cannot_be_approved_or_released_again(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "press", "update", HOLDING, author=AUTHOR).value
    _approve(db, message.id)
    with pytest.raises(InvalidInputError, match="already approved \\(by Dana Lee\\); release it"):
        _approve(db, message.id)
    statement_service.release(db, message.id, where=["Press list"], author=AUTHOR)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="was already released; edit the text to make a new draft"):
        _approve(db, message.id)
    with pytest.raises(InvalidInputError, match="was already released; edit the text to make a new version"):
        statement_service.release(db, message.id, where=["Website"], author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_every_version_is_kept_with_its_own_state(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "partners", "update", "First words.", author=AUTHOR).value
    _approve(db, message.id)
    statement_service.release(db, message.id, where=["Partner portal"], author=AUTHOR)
    after_release = statement_service.save_draft_text(
        db, incident, "partners", "update", "Second words.", author=AUTHOR
    ).value
    assert after_release.state is MessageState.DRAFT
    assert after_release.last_released is not None and after_release.last_released.text == "First words."
    assert log.entries(db, incident)[-1].text == "Partners · Update: new draft v2 after v1 was released"
    statement_service.save_draft_text(db, incident, "partners", "update", "Third words.", author=AUTHOR)
    listed = messages.versions(db, message.id)
    assert [(v.number, v.text, v.state) for v in listed] == [
        (1, "First words.", MessageState.RELEASED),
        (2, "Second words.", MessageState.DRAFT),
        (3, "Third words.", MessageState.DRAFT),
    ]


def test_approval_of_text_nobody_read_is_refused(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "customers", "holding", HOLDING, author=AUTHOR).value
    statement_service.save_draft_text(db, incident, "customers", "holding", HOLDING + " More.", author="Cy Lam")
    with pytest.raises(InvalidInputError, match="changed since you read it \\(now v2, you saw v1\\)"):
        statement_service.approve(
            db, message.id, approver_name="Dana Lee", approver_role="CEO", author=AUTHOR, expected_version=1
        )
    statement_service.approve(
        db, message.id, approver_name="Dana Lee", approver_role="CEO", author=AUTHOR, expected_version=2
    )


def test_approval_and_release_times_are_checked(db: Database, incident: str, clock: Clock) -> None:
    clock.advance(minutes=10)
    message = statement_service.save_draft_text(db, incident, "customers", "holding", HOLDING, author=AUTHOR).value
    with pytest.raises(InvalidInputError, match="cannot have been approved before"):
        statement_service.approve(
            db, message.id, approver_name="D", approver_role="CEO", author=AUTHOR, approved_at=T0 + timedelta(minutes=5)
        )
    clock.advance(minutes=5)
    statement_service.approve(
        db, message.id, approver_name="D", approver_role="CEO", author=AUTHOR, approved_at=T0 + timedelta(minutes=12)
    )
    with pytest.raises(InvalidInputError, match="cannot have been released before"):
        statement_service.release(db, message.id, where=["X"], author=AUTHOR, released_at=T0 + timedelta(minutes=11))
    released = statement_service.release(
        db, message.id, where=["X"], author=AUTHOR, released_at=T0 + timedelta(minutes=13)
    ).value
    assert released.current.release is not None and released.current.release.at == "2026-03-14T13:13:00.000Z"
    assert log.entries(db, incident)[-1].occurred_at == "2026-03-14T13:13:00.000Z"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda db, i: statement_service.save_draft_text(db, i, "investors", "holding", "x", author=AUTHOR).value,
            "unknown audience",
        ),
        (
            lambda db, i: statement_service.save_draft_text(db, i, "press", "apology", "x", author=AUTHOR).value,
            "unknown phase",
        ),
        (
            lambda db, i: statement_service.save_draft_text(db, i, "press", "holding", " \n ", author=AUTHOR).value,
            "is required",
        ),
    ],
)
def test_bad_cells_and_texts_are_refused(db: Database, incident: str, call: object, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        call(db, incident)  # type: ignore[operator]
    assert messages.messages(db, incident) == []


def test_approval_needs_a_name_and_a_role_and_release_a_place(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "press", "holding", HOLDING, author=AUTHOR).value
    with pytest.raises(InvalidInputError, match="the approver's role is required"):
        statement_service.approve(db, message.id, approver_name="Dana Lee", approver_role="", author=AUTHOR)
    _approve(db, message.id)
    with pytest.raises(InvalidInputError, match="say where the statement was released"):
        statement_service.release(db, message.id, where=["", " "], author=AUTHOR)
    with pytest.raises(NotFoundError):
        statement_service.release(db, "no-such-message", where=["X"], author=AUTHOR)


def test_the_grid_and_open_approvals(db: Database, incident: str) -> None:
    press = statement_service.save_draft_text(db, incident, "press", "holding", "Press text", author=AUTHOR).value
    public_update = statement_service.save_draft_text(
        db, incident, "public-posts", "update", "Update text", author=AUTHOR
    ).value
    public_holding = statement_service.save_draft_text(
        db, incident, "public-posts", "holding", "Holding text", author=AUTHOR
    ).value
    _approve(db, public_holding.id)
    grid = messages.messages(db, incident)
    assert [(m.audience, m.phase, m.state) for m in grid] == [
        ("public-posts", "holding", MessageState.APPROVED),
        ("public-posts", "update", MessageState.DRAFT),
        ("press", "holding", MessageState.DRAFT),
    ]
    assert [m.id for m in messages.open_approvals(db, incident)] == [public_update.id, press.id]
    assert messages.find(db, incident, "press", "holding") == messages.get(db, press.id)
    assert messages.find(db, incident, "press", "update") is None


def test_the_schema_itself_keeps_versions_and_the_path(db: Database, incident: str) -> None:
    message = statement_service.save_draft_text(db, incident, "press", "holding", HOLDING, author=AUTHOR).value
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"), db.transaction() as conn:
        conn.execute(
            "UPDATE message_versions SET released_at = 'x', released_where = '[]', released_by = 'x' "
            "WHERE message_id = ?",
            (message.id,),
        )
    _approve(db, message.id)
    statement_service.release(db, message.id, where=["X"], author=AUTHOR)
    for sql in (
        "UPDATE message_versions SET text = 'rewritten' WHERE message_id = ?",
        "UPDATE message_versions SET released_where = '[\"Y\"]' WHERE message_id = ?",
        "DELETE FROM message_versions WHERE message_id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
            conn.execute(sql, (message.id,))
    assert messages.versions(db, message.id)[0].text == HOLDING


def test_the_message_step_needs_something_released(db: Database, incident: str) -> None:
    assess(db, incident)
    notify(db, incident)
    manage(db, incident)
    held = statement_service.save_draft_text(db, incident, "public-posts", "holding", HOLDING, author=AUTHOR).value
    statement_service.save_draft_text(db, incident, "press", "holding", "For the press.", author=AUTHOR)
    _approve(db, held.id)
    with pytest.raises(InvalidInputError, match="never go silent"):
        steps_service.commit_message(db, incident, author=AUTHOR)
    statement_service.release(db, held.id, where=["X"], author=AUTHOR)
    statement_service.save_draft_text(db, incident, "public-posts", "holding", HOLDING + " Edited.", author=AUTHOR)
    before = len(log.entries(db, incident))
    steps_service.commit_message(db, incident, author=AUTHOR)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "wizard-step",
            "Step 4 of 5, Message, done: released 1 (Public posts · Holding statement); waiting for approval: "
            "Public posts · Holding statement, Press · Holding statement",
        )
    ]
    state = steps_store.load(db, incident)
    assert state.current_step is Step.MONITOR
    cells = state.completed[Step.MESSAGE].summary["messages"]
    assert [(c["audience"], c["state"], c["version"], c["released_version"]) for c in cells] == [
        ("public-posts", "draft", 2, 1),
        ("press", "draft", 1, None),
    ]


def test_the_message_step_follows_manage(db: Database, incident: str) -> None:
    assess(db, incident)
    notify(db, incident)
    with pytest.raises(InvalidInputError, match="finish step 3, Manage, before Message"):
        steps_service.commit_message(db, incident, author=AUTHOR)
