"""The post-crisis review carries the incident's metrics, computed from what was stored, and its follow-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import Kind
from crisisroom.reports import data
from crisisroom.services import reports as report_service
from crisisroom.services import review as review_service
from crisisroom.storage import log
from crisisroom.storage.database import Database
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


def test_the_review_metrics_come_from_the_stored_data(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock)
    source = report_service.load_source(db, built.incident_id)
    figures = data.review(source)["metrics"]
    assert figures["response_basis"] == "detection"
    assert figures["time_to_first_statement"] == "1 h 10 min"  # detected 12:30 UTC, released 13:40
    assert figures["first_statement_at"] == "Sat 14 Mar 2026, 14:40"  # Paris
    assert figures["time_to_notify"] == "40 min"  # first call 13:10
    assert figures["people_notified"] == 2 and figures["people_acknowledged"] == 1
    assert figures["statements_released"] == 1
    assert figures["approvals_waiting"] == 1  # the press draft
    mentions = figures["mentions"]
    assert (mentions["total"], mentions["negative"], mentions["negative_share"]) == (60, 44, "73%")
    assert mentions["peak_total"] == 25 and mentions["peak_negative"] == 20
    assert mentions["peak_hour"] == "Sat 14 Mar 2026, 15:00"
    assert figures["firings"] == len(source.firings) >= 1
    assert figures["highest_level"].startswith("Level 3") or "3" in figures["highest_level"]
    assert figures["level_changes"] == 2
    assert figures["open_actions"] == 1
    assert figures["duration"] == "7 h 00 min" and figures["duration_ongoing"]


def test_the_review_shows_lessons_actions_and_plan_adjustments(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock)
    page = report_service.make_report(db, built.incident_id, "review", "html").html
    for text in (
        "Holding statement out within 70 minutes",
        "The press statement waited for approval",
        "Pre-approve a payment-outage holding statement",
        "Write the payment-outage template",
        "Cy Lam",
        "2026-03-20",
        "Lower the &#39;assign&#39; threshold",
        "1 h 10 min",
        "73%",
    ):
        assert text in page, text
    assert "Done" in page and "Open" in page
    assert "60 mentions were recorded, 73% of them negative; 1 statement was released." in " ".join(page.split())
    assert "No lessons, action items or plan adjustments have been recorded" not in page


def test_the_review_says_plainly_when_nothing_was_recorded(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    page = report_service.make_report(db, built.incident_id, "review", "html").html
    assert "No lessons, action items or plan adjustments have been recorded for this incident yet." in page
    assert "No lessons learned were recorded." in page
    assert "No action items were recorded." in page
    assert "No plan adjustments were recorded." in page


def test_review_entries_are_logged_and_checked(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    with pytest.raises(InvalidInputError, match="due date"):
        review_service.add_action(db, built.incident_id, "x", owner="Cy", due="next week", author="A")
    with pytest.raises(InvalidInputError, match="owner"):
        review_service.add_action(db, built.incident_id, "x", owner=" ", due="2026-03-20", author="A")
    with pytest.raises(InvalidInputError, match="unknown review note"):
        review_service.add_note(db, built.incident_id, "meh", "x", author="A")
    item = review_service.add_action(
        db, built.incident_id, "Train the backups", owner="Ana", due="2026-04-01", author="A"
    ).value
    review_service.close_action(db, item.id, author="Ana")
    with pytest.raises(InvalidInputError, match="already done"):
        review_service.close_action(db, item.id, author="Ana")
    texts = [e.text for e in report_service.load_source(db, built.incident_id).entries]
    assert "Review · Action for Ana, due 2026-04-01: Train the backups" in texts
    assert "Review · Action done: Train the backups" in texts


def test_the_daily_summary_covers_the_local_day(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock)
    day = data.daily(report_service.load_source(db, built.incident_id))
    assert day["day"] == "Saturday 14 March 2026"
    assert day["mentions_day"]["total"] == 60 and day["mentions_day"]["negative_share"] == "73%"
    assert len(day["released"]) == 1 and len(day["level_changes"]) == 2
    assert day["decisions"][0]["text"] == "Hold all marketing posts until the fix"


def test_the_review_s_timeline_leaves_out_the_review_itself_in_old_and_new_entries(db: Database, clock: Clock) -> None:
    """Review entries written before events were typed ({"event": "review-…"}) stay out of the story too."""
    built = build_incident(db, clock)  # its review entries are typed events
    clock.advance(minutes=1)
    log.append(
        db,
        built.incident_id,
        "Review · Action for Cy, due 2026-04-01: Rehearse the call tree",
        kind=Kind.ACTION,
        author="Ana",
        payload={"event": "review-action", "action": "a-1", "owner": "Cy", "due_date": "2026-04-01"},
    )
    log.append(db, built.incident_id, "Call the processor again", kind=Kind.ACTION, author="Ana")
    timeline = [row["text"] for row in data.review(report_service.load_source(db, built.incident_id))["timeline"]]
    assert "Call the processor again" in timeline
    assert not [text for text in timeline if text.startswith("Review")], timeline
