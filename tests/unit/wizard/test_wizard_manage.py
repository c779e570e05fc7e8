"""The Manage step: roles, cadence and checklist, each change logged, all in one transaction."""

from __future__ import annotations

from typing import Any

import pytest

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.response_steps import Step
from crisisroom.services import checklist as checklist_service
from crisisroom.storage import checklist, log, updates
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from tests.unit.wizard_support import (
    AUTHOR,
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


@pytest.fixture
def incident(db: Database) -> str:
    found = new_incident(db)
    assess(db, found)
    notify(db, found)
    return found


BREACH_KEYS = [
    "log-started",
    "pause-posts",
    "secure-accounts",
    "rotate-credentials",
    "security-lead",
    "legal-engaged",
    "dpo-informed",
    "breach-scope",
    "breach-authority-notified",
    "breach-people-told",
    "press-routed",
]


def test_the_checklist_starts_with_the_built_in_items_of_its_type(db: Database, incident: str) -> None:
    items = checklist.checklist(db, incident)  # Assess made it a security breach
    assert [item.key for item in items] == BREACH_KEYS
    assert not any(item.done for item in items)


def test_accounts_are_added_after_the_general_pause_item(db: Database, incident: str) -> None:
    before = len(log.entries(db, incident))
    checklist_service.add_account(db, incident, "@brand on X", author=AUTHOR)
    checklist_service.add_account(db, incident, " Brand  Instagram ", author=AUTHOR)
    checklist_service.add_account(db, incident, "@brand on X", author=AUTHOR)  # once is enough
    assert [item.key for item in checklist.checklist(db, incident)] == [
        "log-started",
        "pause-posts",
        "pause-posts:@brand on X",
        "pause-posts:Brand Instagram",
        *BREACH_KEYS[2:],
    ]
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        ("action", "Checklist item added: Scheduled posts paused on @brand on X"),
        ("action", "Checklist item added: Scheduled posts paused on Brand Instagram"),
    ]
    with pytest.raises(InvalidInputError, match="name the account"):
        checklist_service.add_account(db, incident, "  ", author=AUTHOR)


def test_each_tick_and_untick_is_logged(db: Database, incident: str, clock: Clock) -> None:
    checklist_service.add_account(db, incident, "@brand", author=AUTHOR)
    before = len(log.entries(db, incident))
    clock.advance(minutes=2)
    ticked = checklist_service.tick(db, incident, "pause-posts:@brand", author="Ben Ode").value
    assert (ticked.done_at, ticked.done_by) == ("2026-03-14T13:02:00.000Z", "Ben Ode")
    checklist_service.tick(db, incident, "secure-accounts", author=AUTHOR)
    checklist_service.tick(db, incident, "secure-accounts", author=AUTHOR)  # already done: nothing
    checklist_service.tick(db, incident, "secure-accounts", False, author=AUTHOR)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        ("action", "Checklist done: Scheduled posts paused on @brand"),
        ("action", "Checklist done: Social accounts secured: the logins are at hand and two-factor is on"),
        ("action", "Checklist item reopened: Social accounts secured: the logins are at hand and two-factor is on"),
    ]
    assert [item.key for item in checklist.checklist(db, incident) if item.done] == ["pause-posts:@brand"]
    with pytest.raises(InvalidInputError, match="no checklist item 'pause-posts:@other'"):
        checklist_service.tick(db, incident, "pause-posts:@other", author=AUTHOR)


def test_commit_writes_roles_cadence_ticks_and_the_step(db: Database, incident: str) -> None:
    checklist_service.add_account(db, incident, "@brand", author=AUTHOR)
    before = len(log.entries(db, incident))
    manage(
        db,
        incident,
        cadence=Cadence(first_minutes=10, then_every_minutes=30, for_hours=3, then_every_minutes_after=90),
        ticks={"log-started": True, "pause-posts:@brand": True},
    )
    found = kinds_and_texts(entries_since(db, incident, before))
    assert found[:5] == [
        ("decision", "Roles named: crisis lead Ana Ruiz, scribe Ben Ode, spokesperson Cy Lam"),
        ("decision", "Update rhythm set: first within 10 min, then every 30 min for 3 h, then every 90 min"),
        ("action", "Checklist done: Crisis log started: the scribe notes who did what, and when"),
        ("action", "Checklist done: Scheduled posts paused on @brand"),
        (
            "decision",
            "72-hour clock (GDPR Art. 33): became aware of the breach at 2026-03-14 12:30 UTC (the detection time); "
            "notify the supervisory authority by 2026-03-17 12:30 UTC",
        ),
    ]
    assert found[5][0] == "wizard-step"
    assert found[5][1].startswith(
        "Step 3 of 5, Manage, done: crisis lead Ana Ruiz, scribe Ben Ode, spokesperson Cy Lam; updates first "
        "within 10 min, then every 30 min for 3 h, then every 90 min; checklist 2 of 12 done (open: Scheduled "
        "posts and campaigns paused in the publishing tool; Social accounts secured: the logins are at hand and "
        "two-factor is on; After a hack: passwords, login e-mails and usernames changed; Security lead engaged"
    )
    assert len(found) == 6
    roles = steps_store.roles(db, incident)
    assert roles is not None and (roles.lead.person_id, roles.spokesperson.name) == ("p-ana", "Cy Lam")
    assert updates.cadence(db, incident) == Cadence(10, 30, 3, 90)
    state = steps_store.load(db, incident)
    assert state.current_step is Step.MESSAGE
    assert state.completed[Step.MANAGE].summary["checklist"]["pause-posts:@brand"] is True


def test_recommitting_logs_only_what_changed(db: Database, incident: str) -> None:
    manage(db, incident)
    before = len(log.entries(db, incident))
    manage(db, incident)
    assert [entry.kind for entry in entries_since(db, incident, before)] == ["wizard-step"]
    manage(db, incident, spokesperson_id="p-dee", spokesperson_name="Dee Fox")
    assert kinds_and_texts(entries_since(db, incident, before))[1] == (
        "decision",
        "Roles changed: crisis lead Ana Ruiz, scribe Ben Ode, spokesperson Dee Fox",
    )


def test_the_default_cadence_is_the_common_one(db: Database, incident: str) -> None:
    assert updates.cadence(db, incident) == Cadence(5, 20, 2, 60)
    manage(db, incident)
    assert "Update rhythm set: first within 5 min, then every 20 min for 2 h, then every 60 min" in [
        entry.text for entry in log.entries(db, incident)
    ]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"lead_id": ""}, "the crisis lead is required"),
        ({"spokesperson_name": " "}, "the spokesperson's name is required"),
        ({"cadence": Cadence(first_minutes=0)}, "the first update must be 1 minute to 24 hours"),
        ({"cadence": Cadence(for_hours=100)}, "0 to 72 hours"),
        ({"ticks": {"log-started": True, "make-coffee": True}}, "no checklist item 'make-coffee'"),
    ],
)
def test_bad_input_stores_nothing(db: Database, incident: str, overrides: dict[str, Any], message: str) -> None:
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match=message):
        manage(db, incident, **overrides)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_a_failure_at_the_last_write_undoes_the_roles_and_ticks(
    db: Database, incident: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    real_append = log.append

    def failing_append(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("kind") == "wizard-step":
            raise OSError("disk unplugged")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(log, "append", failing_append)
    with pytest.raises(OSError):
        manage(db, incident, ticks={"log-started": True})
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot


def test_manage_follows_notify(db: Database) -> None:
    incident = new_incident(db)
    assess(db, incident)
    with pytest.raises(InvalidInputError, match="finish step 2, Notify, before Manage"):
        manage(db, incident)
