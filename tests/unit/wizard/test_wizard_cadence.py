"""When the next update is due: first within 5 minutes, every 20 for two hours, then hourly."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.errors import InvalidInputError
from crisisroom.services import response_steps as steps_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents, log, updates
from crisisroom.storage.database import Database
from tests.unit.wizard_support import AUTHOR, T0, Clock, new_incident


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def incident(db: Database) -> str:
    return new_incident(db)  # opened at T0 by the test clock


# --- The rule itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_update", "due"),
    [
        (None, 5),  # first within 5 minutes of opening
        (3, 23),  # then 20 minutes after each update
        (119, 139),  # an update just inside the first two hours still gets 20 minutes
        (120, 180),  # from two hours on, hourly
        (300, 360),
    ],
)
def test_the_default_cadence(last_update: float | None, due: float) -> None:
    last = None if last_update is None else at(last_update)
    assert Cadence().next_due(T0, last) == at(due)


def test_no_early_rhythm_goes_straight_to_the_later_one() -> None:
    assert Cadence(for_hours=0).next_due(T0, at(10)) == at(70)


def test_impossible_cadences_are_refused() -> None:
    for bad in (Cadence(first_minutes=0), Cadence(then_every_minutes=2000), Cadence(then_every_minutes_after=-5)):
        with pytest.raises(InvalidInputError):
            bad.validate()
    assert Cadence().describe() == "first within 5 min, then every 20 min for 2 h, then every 60 min"
    assert Cadence(for_hours=0).describe() == "first within 5 min, then every 60 min"


# --- On a stored incident ----------------------------------------------------------------------


def test_before_any_update_the_first_is_due_five_minutes_after_opening(db: Database, incident: str) -> None:
    assert updates.next_update_due(db, incident, at(1)) == at(5)
    # Missed: the due time stays where it was, so the countdown can say how late it is.
    assert updates.next_update_due(db, incident, at(30)) == at(5)


def test_internal_updates_restart_the_count_through_the_phases(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=200)
    for minute in (4, 24, 110):
        steps_service.record_internal_update(
            db, incident, text=f"Update at {minute}", released_at=at(minute), author=AUTHOR
        )
    assert updates.next_update_due(db, incident, at(4)) == at(24)
    assert updates.next_update_due(db, incident, at(30)) == at(44)
    assert updates.next_update_due(db, incident, at(115)) == at(130)  # 1 h 50 min: still every 20
    steps_service.record_internal_update(db, incident, text="Two hours in", released_at=at(130), author=AUTHOR)
    assert updates.next_update_due(db, incident, at(131)) == at(190)  # after two hours: hourly


def test_a_released_update_restarts_the_count(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=3)
    holding = statement_service.save_draft_text(
        db, incident, "public-posts", "holding", "We are on it.", author=AUTHOR
    ).value
    statement_service.approve(db, holding.id, approver_name="Dana Lee", approver_role="PR lead", author=AUTHOR)
    clock.at(minutes=4)
    statement_service.release(db, holding.id, where=["X"], author=AUTHOR)
    assert updates.next_update_due(db, incident, clock.now) == at(24)

    clock.at(minutes=150)
    update = statement_service.save_draft_text(
        db, incident, "customers", "update", "Here is what we know.", author=AUTHOR
    ).value
    statement_service.approve(db, update.id, approver_name="Dana Lee", approver_role="PR lead", author=AUTHOR)
    statement_service.release(db, update.id, where=["E-mail"], author=AUTHOR)
    assert updates.next_update_due(db, incident, clock.now) == at(210)


def test_a_resolution_is_not_an_update(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=3)
    done = statement_service.save_draft_text(
        db, incident, "customers", "resolution", "It is fixed.", author=AUTHOR
    ).value
    statement_service.approve(db, done.id, approver_name="Dana Lee", approver_role="PR lead", author=AUTHOR)
    statement_service.release(db, done.id, where=["E-mail"], author=AUTHOR)
    assert updates.next_update_due(db, incident, clock.now) == at(5)


def test_updates_after_the_given_moment_do_not_count(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=60)
    steps_service.record_internal_update(db, incident, text="Late one", released_at=at(50), author=AUTHOR)
    assert updates.next_update_due(db, incident, at(40)) == at(5)
    assert updates.next_update_due(db, incident, at(55)) == at(70)


def test_an_earlier_promise_counts_and_a_later_one_does_not(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=10)
    soon = steps_service.record_internal_update(
        db, incident, text="Next in 10", released_at=at(10), next_update_at=at(20), author=AUTHOR
    ).value
    assert soon.next_update_at == "2026-03-14T13:20:00.000Z"
    assert updates.next_update_due(db, incident, at(10)) == at(20)
    clock.at(minutes=25)
    steps_service.record_internal_update(db, incident, text="Next in an hour", next_update_at=at(85), author=AUTHOR)
    assert updates.next_update_due(db, incident, at(25)) == at(45)  # the cadence still asks for 20 minutes


def test_an_update_is_logged_with_its_promise(db: Database, incident: str, clock: Clock) -> None:
    clock.at(minutes=7)
    recorded = steps_service.record_internal_update(
        db, incident, text="Team call: the forum post is down.", author=AUTHOR
    ).value
    assert (recorded.released_at, recorded.next_update_at) == ("2026-03-14T13:07:00.000Z", "2026-03-14T13:27:00.000Z")
    entry = log.entries(db, incident)[-1]
    assert (entry.kind, entry.text) == (
        "message",
        "Internal update given; next one by 2026-03-14 13:27 UTC: Team call: the forum post is down.",
    )
    assert [u.text for u in updates.internal_updates(db, incident)] == ["Team call: the forum post is down."]
    with pytest.raises(InvalidInputError, match="must come after this one"):
        steps_service.record_internal_update(db, incident, text="x", next_update_at=at(6), author=AUTHOR)


def test_the_cadence_set_in_manage_is_used(db: Database, incident: str) -> None:
    steps_service.set_cadence(db, incident, Cadence(first_minutes=15, then_every_minutes=30), author=AUTHOR)
    assert updates.next_update_due(db, incident, at(1)) == at(15)
    assert updates.next_update_after(db, incident, "2026-03-14T13:40:00.000Z") == "2026-03-14T14:10:00.000Z"


def test_a_closed_incident_has_no_next_update(db: Database, incident: str) -> None:
    incidents.resolve(db, incident, author=AUTHOR)
    assert updates.next_update_due(db, incident, at(1)) is None
