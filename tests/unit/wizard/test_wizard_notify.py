"""The Notify step: calls and acknowledgements as they happen, the all-staff alert, the step's summary."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.notifications import Channel, Outcome
from crisisroom.domain.response_steps import Step
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import log, notifications
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


def test_calls_and_acknowledgements_are_logged_and_listed(db: Database, clock: Clock) -> None:
    incident = new_incident(db, timezone="Europe/Paris")
    before = len(log.entries(db, incident))
    clock.advance(minutes=5)
    notify_service.record_notification(
        db, incident, "p-ben", "Ben Ode", "phone", T0 + timedelta(minutes=2), author=AUTHOR
    )
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", Channel.SMS, author=AUTHOR)
    notify_service.record_notification(db, incident, "p-cy", "Cy Lam", "in-person", author=AUTHOR)
    clock.advance(minutes=1)
    notify_service.record_acknowledged(db, incident, "p-ben", author="Ben Ode")

    written = entries_since(db, incident, before)
    assert kinds_and_texts(written) == [
        ("notification", "Ben Ode: reached by phone at 2026-03-14 14:02 Europe/Paris"),
        ("notification", "Ben Ode: reached by SMS at 2026-03-14 14:05 Europe/Paris"),
        ("notification", "Cy Lam: reached in person at 2026-03-14 14:05 Europe/Paris"),
        ("notification", "Ben Ode: acknowledged by SMS at 2026-03-14 14:06 Europe/Paris"),
    ]
    assert written[0].occurred_at == "2026-03-14T13:02:00.000Z"  # given after the fact
    assert written[1].occurred_at is None  # "now"

    listed = notifications.notifications(db, incident)
    assert [(p.person_id, p.state) for p in listed] == [("p-ben", Outcome.ACKNOWLEDGED), ("p-cy", Outcome.REACHED)]
    ben = listed[0]
    assert [(a.outcome, a.channel, a.occurred_at) for a in ben.attempts] == [
        (Outcome.REACHED, Channel.PHONE, "2026-03-14T13:02:00.000Z"),
        (Outcome.REACHED, Channel.SMS, "2026-03-14T13:05:00.000Z"),
        (Outcome.ACKNOWLEDGED, Channel.SMS, "2026-03-14T13:06:00.000Z"),
    ]
    assert (ben.acknowledged_at, ben.current.recorded_by) == ("2026-03-14T13:06:00.000Z", "Ben Ode")


def test_acknowledgements_are_checked(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    with pytest.raises(InvalidInputError, match="record how they were reached first"):
        notify_service.record_acknowledged(db, incident, "p-ben", author=AUTHOR)
    clock.advance(minutes=10)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "email", author=AUTHOR)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="cannot be in the future"):
        notify_service.record_acknowledged(db, incident, "p-ben", clock.now + timedelta(hours=1), author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot
    notify_service.record_acknowledged(db, incident, "p-ben", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="already acknowledged at 2026-03-14 13:10 UTC"):
        notify_service.record_acknowledged(db, incident, "p-ben", author=AUTHOR)


def test_a_call_needs_a_known_channel_and_a_name(db: Database) -> None:
    incident = new_incident(db)
    with pytest.raises(InvalidInputError, match="unknown channel 'pigeon'"):
        notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "pigeon", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="the person's name is required"):
        notify_service.record_notification(db, incident, "p-ben", " ", "phone", author=AUTHOR)
    assert notifications.notifications(db, incident) == []


def test_notify_follows_assess_and_needs_someone_reached(db: Database) -> None:
    incident = new_incident(db)
    with pytest.raises(InvalidInputError, match="finish step 1, Assess, before Notify"):
        steps_service.commit_notify(db, incident, author=AUTHOR)
    assess(db, incident, level=3)
    with pytest.raises(InvalidInputError, match="at least one person"):
        steps_service.commit_notify(db, incident, author=AUTHOR)
    assert not steps_store.load(db, incident).is_done(Step.NOTIFY)


def test_below_level_four_no_staff_alert_is_needed(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    assess(db, incident, level=3)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    notify_service.record_notification(db, incident, "p-cy", "Cy Lam", "sms", author=AUTHOR)
    notify_service.record_acknowledged(db, incident, "p-cy", author=AUTHOR)
    before = len(log.entries(db, incident))
    steps_service.commit_notify(
        db, incident, author=AUTHOR, expected_people=[("p-ben", "Ben Ode"), ("p-dee", "Dee Fox")]
    )
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "wizard-step",
            "Step 2 of 5, Notify, done: reached 2 (Ben Ode, Cy Lam); acknowledged 1 (Cy Lam); "
            "not tried yet: Dee Fox; no all-staff alert (below level 4)",
        )
    ]
    done = steps_store.load(db, incident).completed[Step.NOTIFY]
    assert done.summary["staff_alert"] == {"sent": False, "required": False, "reason": ""}
    assert [p["name"] for p in done.summary["reached"]] == ["Ben Ode", "Cy Lam"]
    assert done.summary["not_reached"] == ["Dee Fox"]
    assert steps_store.load(db, incident).current_step is Step.MANAGE


def test_from_level_four_staff_hear_it_first(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    assess(db, incident, level=4)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="all staff must hear it from us first"):
        steps_service.commit_notify(db, incident, author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot

    before = len(log.entries(db, incident))
    clock.advance(minutes=8)
    alert: dict[str, Any] = {
        "staff_alert_wording": "Customer e-mails were exposed. We are on it; updates at noon.",
        "staff_alert_do_not_say": "Do not guess at the cause or the number of people affected.",
    }
    steps_service.commit_notify(db, incident, author=AUTHOR, **alert)
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "notification",
            "All-staff alert sent at 2026-03-14 13:08 UTC: "
            "“Customer e-mails were exposed. We are on it; updates at noon.”",
        ),
        (
            "wizard-step",
            "Step 2 of 5, Notify, done: reached 1 (Ben Ode); acknowledged 0; "
            "all-staff alert sent at 2026-03-14 13:08 UTC",
        ),
    ]
    [stored] = notifications.staff_alerts(db, incident)
    assert (stored.wording, stored.do_not_say) == (alert["staff_alert_wording"], alert["staff_alert_do_not_say"])

    # Back, then Next again with the same page: the alert is not recorded twice.
    steps_service.commit_notify(db, incident, author=AUTHOR, **alert)
    assert len(notifications.staff_alerts(db, incident)) == 1
    assert log.entries(db, incident)[-1].kind == "wizard-step"


def test_at_level_four_a_reason_can_stand_for_the_alert(db: Database) -> None:
    incident = new_incident(db)
    assess(db, incident, level=5)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    steps_service.commit_notify(
        db, incident, author=AUTHOR, staff_alert_skipped_reason="Legal is reviewing the wording"
    )
    entry = log.entries(db, incident)[-1]
    assert entry.text.endswith("all-staff alert not sent: Legal is reviewing the wording")
    assert entry.payload is not None and entry.payload["summary"]["staff_alert"]["required"] is True


def test_an_alert_recorded_earlier_counts(db: Database) -> None:
    incident = new_incident(db)
    assess(db, incident, level=4)
    notify_service.record_notification(db, incident, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    notify_service.record_staff_alert(db, incident, wording="Please read the note from the CEO.", author=AUTHOR)
    steps_service.commit_notify(db, incident, author=AUTHOR)
    assert steps_store.load(db, incident).completed[Step.NOTIFY].summary["staff_alert"]["sent"] is True
