"""The Next list: each rule that feeds it (true: the step with a why naming the facts; false: absent),
the order, the drill clock, a resolved incident, and the same list in ``status --json`` and the report."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crisisroom.cli import main
from crisisroom.domain.checklist import BREACH_AUTHORITY, PAUSE_POSTS
from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.next_steps import ChainPerson, Facts, Waiting, next_steps
from crisisroom.domain.notifications import Outcome
from crisisroom.drills import scenario as scenarios
from crisisroom.drills.runner import DrillRun
from crisisroom.services import checklist as checklist_service
from crisisroom.services import next_steps as next_steps_service
from crisisroom.services import reports as report_service
from crisisroom.services import review as review_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database

NOW = datetime(2026, 3, 14, 14, 30, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")  # 15:30 local at NOW


def facts(**changes: object) -> Facts:
    """A calm open incident at level 2: nothing due."""
    base = Facts(
        now=NOW,
        zone=PARIS,
        level=2,
        level_at=NOW - timedelta(hours=2),
        level_by="Ana Ruiz",
        opened_at=NOW - timedelta(hours=3),
        update_due=NOW + timedelta(minutes=40),
        last_update_at=NOW - timedelta(minutes=20),
        released_any=True,
        aware_at=NOW - timedelta(hours=3),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def kinds(f: Facts) -> list[str]:
    return [s.kind for s in next_steps(f)]


def only(f: Facts, kind: str):  # type: ignore[no-untyped-def]
    found = [s for s in next_steps(f) if s.kind == kind]
    assert len(found) == 1, kinds(f)
    return found[0]


def test_a_calm_incident_has_nothing_due() -> None:
    assert next_steps(facts()) == []


def test_a_suggested_level_above_the_confirmed_one_asks_to_confirm_it() -> None:
    f = facts(
        level=3,
        level_at=NOW - timedelta(hours=1),
        suggested_level=4,
        suggested_by="Activate the crisis plan",
        suggested_at=datetime(2026, 3, 14, 13, 18, tzinfo=UTC),
    )
    step = only(f, "level")
    assert step.title == "Confirm the level: the rules suggest level 4"
    assert step.why == "Level 4 suggested by Activate the crisis plan at 14:18; confirmed level 3 (Ana Ruiz, 14:30)."
    assert step.target == "level"
    assert "level" not in kinds(replace(f, suggested_level=3))  # not higher: nothing to confirm
    assert "level" not in kinds(replace(f, suggested_level=None))


def test_no_level_at_all_asks_for_an_assessment_or_names_the_suggestion() -> None:
    assert only(facts(level=None), "assess").target == "level"
    f = facts(level=None, suggested_level=3, suggested_by="Assign to PR", suggested_at=NOW)
    assert "assess" not in kinds(f)
    assert only(f, "level").why == "Level 3 suggested by Assign to PR at 15:30; no level confirmed yet."


def test_people_in_the_chain_not_reached_are_named() -> None:
    chain = (
        ChainPerson("Ana Ruiz", Outcome.ACKNOWLEDGED),
        ChainPerson("Ben Ode", Outcome.REACHED),
        ChainPerson("Cy Lam"),
    )
    step = only(facts(chain=chain), "chain")
    assert step.title == "Reach the chain of command for level 2"
    assert step.why == "Not contacted yet: Cy Lam. Reached, not yet acknowledged: Ben Ode."
    assert step.target == "wizard:notify"
    waiting = only(facts(chain=chain[:2]), "chain")
    assert (waiting.why, waiting.urgency < step.urgency) == ("Reached, not yet acknowledged: Ben Ode.", True)
    assert "chain" not in kinds(facts(chain=chain[:1]))


def test_someone_who_did_not_answer_still_needs_reaching_with_their_backup_named() -> None:
    chain = (
        ChainPerson("Ana Ruiz", Outcome.NO_ANSWER, backup="Eli Noor"),
        ChainPerson("Ben Ode", Outcome.VOICEMAIL),
        ChainPerson("Cy Lam", Outcome.ACKNOWLEDGED),
    )
    step = only(facts(chain=chain), "chain")
    # As urgent as someone never tried: nobody has told them yet.
    assert (step.title, step.urgency) == ("Reach the chain of command for level 2", 80)
    assert step.why == "Tried, not reached yet: Ana Ruiz (or backup Eli Noor), Ben Ode."


def test_a_long_list_of_names_is_cut_with_a_count() -> None:
    chain = tuple(ChainPerson(f"Person {n}") for n in range(6))
    assert only(facts(chain=chain), "chain").why.endswith("Person 3 (+2).")


def test_an_update_due_soon_or_overdue_is_a_step() -> None:
    soon = only(facts(update_due=NOW + timedelta(minutes=5)), "update")
    assert soon.title == "Send the next update by 15:35"
    assert soon.why == "Last update at 15:10; the rhythm asks for the next by 15:35."
    assert soon.target == "wizard:message"
    late = only(facts(update_due=NOW - timedelta(minutes=5), last_update_at=None), "update")
    assert late.title == "Send the update that was due at 15:25"
    assert (
        late.why
        == "No update has gone out since the incident was opened at 12:30; the rhythm asks for the first by 15:25."
    )
    assert late.urgency > soon.urgency
    assert "update" not in kinds(facts(update_due=NOW + timedelta(minutes=11)))


def test_statements_waiting_for_approval() -> None:
    one = (Waiting("press", "holding", NOW - timedelta(minutes=15)),)
    step = only(facts(waiting=one), "approval")
    assert (step.title, step.why) == (
        "Approve the statement that is waiting",
        "Waiting for approval since 15:15: Press · Holding statement.",
    )
    two = (*one, Waiting("customers", "update", NOW - timedelta(minutes=30)))
    assert only(facts(waiting=two), "approval").title == "Approve the 2 statements that are waiting"
    assert "since 15:00" in only(facts(waiting=two), "approval").why
    assert "approval" not in kinds(facts())


def test_a_breach_runs_the_72_hour_clock() -> None:
    f = facts(category="security-breach", aware_at=datetime(2026, 3, 13, 9, 0, tzinfo=UTC))
    step = only(f, "deadline")
    assert step.title == "If personal data leaked, notify the authority by 2026-03-16 10:00"
    assert (
        step.why
        == "Security breach known since 2026-03-13 10:00: GDPR Article 33 allows 72 hours from then (42 h left)."
    )
    near = only(replace(f, now=NOW + timedelta(hours=20)), "deadline")
    assert near.urgency > step.urgency
    late = only(replace(f, now=NOW + timedelta(hours=50)), "deadline")
    assert late.title == "The 72-hour deadline to notify the authority passed at 10:00"  # today: the time alone
    assert "deadline" not in kinds(facts(category="reputation"))


def test_no_statement_an_hour_after_level_three() -> None:
    f = facts(level=3, high_since=NOW - timedelta(minutes=75), released_any=False)
    step = only(f, "statement")
    assert step.why == "Level 3 since 14:15, over an hour ago, and no statement has been released yet."
    assert step.target == "wizard:message"
    assert "statement" not in kinds(replace(f, high_since=NOW - timedelta(minutes=50)))
    assert "statement" not in kinds(replace(f, released_any=True))
    assert "statement" not in kinds(replace(f, level=2, high_since=None))


def test_scheduled_posts_still_running_at_level_four() -> None:
    f = facts(level=4, level_at=NOW - timedelta(minutes=30))
    step = only(f, "pause")
    assert step.why.startswith("Level 4 confirmed at 15:00: from level 4 scheduled posts stop")
    assert step.target == "wizard:manage"
    named = only(replace(f, accounts_running=("@brand on X",)), "pause")
    assert named.why.endswith("not yet paused on @brand on X.")
    assert "pause" not in kinds(replace(f, posts_paused=True))
    assert "pause" not in kinds(facts(level=3))


def test_a_resolved_incident_asks_for_the_review_until_it_starts() -> None:
    f = facts(is_open=False, resolved_at=NOW - timedelta(hours=1), update_due=None, level=4)
    assert [(s.kind, s.title, s.why, s.target) for s in next_steps(f)] == [
        (
            "review",
            "Start the post-crisis review",
            "Resolved at 14:30; no lesson, action item or plan change has been recorded yet.",
            "review",
        )
    ]
    assert next_steps(replace(f, review_started=True)) == []


def test_a_resolved_breach_keeps_notifying_the_authority_until_it_is_ticked() -> None:
    # Resolving closes the incident, not the GDPR Article 33 duty: the step stays beside the review.
    f = facts(
        is_open=False,
        category="security-breach",
        resolved_at=NOW - timedelta(hours=1),
        update_due=None,
        aware_at=NOW - timedelta(hours=10),
    )
    assert kinds(f) == ["review", "deadline"]
    assert only(f, "deadline").title.startswith("If personal data leaked, notify the authority by")
    late = replace(f, aware_at=NOW - timedelta(hours=80))
    assert kinds(late) == ["deadline", "review"]
    assert only(late, "deadline").title.startswith("The 72-hour deadline to notify the authority passed")
    assert kinds(replace(f, breach_notified=True)) == ["review"]
    assert kinds(replace(f, category="operational")) == ["review"]


def test_gathered_for_a_resolved_breach_until_the_authority_is_ticked(database: Database) -> None:
    incident = incidents.create(database, "Leak", category=Category.SECURITY_BREACH, author="Ana", level=3)
    incidents.resolve(database, incident.id, author="Ana")
    assert {s.kind for s in next_steps_service.steps(database, incident.id)} == {"deadline", "review"}
    checklist_service.tick(database, incident.id, BREACH_AUTHORITY, author="Ana")
    assert [s.kind for s in next_steps_service.steps(database, incident.id)] == ["review"]


def test_steps_come_most_urgent_first() -> None:
    f = facts(
        level=4,
        suggested_level=5,
        suggested_by="Rule",
        suggested_at=NOW,
        waiting=(Waiting("press", "update", NOW),),
        update_due=NOW - timedelta(minutes=1),
        chain=(ChainPerson("Cy Lam"),),
    )
    assert kinds(f) == ["level", "update", "chain", "pause", "approval"]


def test_translation_goes_through_the_given_function() -> None:
    words = {("NextStep", "Assess how serious it is"): "Bedöm hur allvarligt det är"}
    steps = next_steps(facts(level=None), lambda context, text: words.get((context, text), text))
    assert steps[0].title == "Bedöm hur allvarligt det är"


# --- from the database --------------------------------------------------------------------------


def test_gathered_from_a_fresh_incident(database: Database) -> None:
    incident = incidents.create(database, "Checkout fails", category=Category.OPERATIONAL, author="Ana")
    later = datetime.now(UTC) + timedelta(minutes=7)
    found = next_steps_service.steps(database, incident.id, real_now=later)
    assert [s.kind for s in found] == ["assess", "update"]
    assert found[1].title.startswith("Send the update that was due at")


def test_gathered_level_chain_approval_and_pause(database: Database) -> None:
    incident = incidents.create(database, "Recall", category=Category.OPERATIONAL, author="Ana", level=3)
    incidents.set_level(database, incident.id, 4, author="Ben Ode")
    statement_service.save_draft_text(
        database, incident.id, "press", "holding", "We are looking into it.", author="Ana"
    )
    found = {s.kind: s for s in next_steps_service.steps(database, incident.id)}
    assert {"approval", "pause"} <= set(found)
    assert "Press · Holding statement" in found["approval"].why
    facts_now = next_steps_service.gather(database, incidents.get(database, incident.id))
    assert (facts_now.level, facts_now.level_by) == (4, "Ben Ode")
    assert facts_now.high_since is not None and facts_now.high_since <= facts_now.level_at  # type: ignore[operator]
    checklist_service.tick(database, incident.id, PAUSE_POSTS, author="Ana")
    assert "pause" not in {s.kind for s in next_steps_service.steps(database, incident.id)}


def test_gathered_for_a_resolved_incident_until_the_review_starts(database: Database) -> None:
    incident = incidents.create(database, "Typo", category=Category.REPUTATION, author="Ana", level=2)
    incidents.resolve(database, incident.id, author="Ana")
    assert [s.kind for s in next_steps_service.steps(database, incident.id)] == ["review"]
    review_service.add_note(database, incident.id, "lesson", "Check prices twice", author="Ana")
    assert next_steps_service.steps(database, incident.id) == []


def test_a_drill_reads_the_drill_clock(database: Database) -> None:
    played = scenarios.find("data-breach")
    real_start = datetime.now(UTC) - timedelta(minutes=3)
    run = DrillRun.begin(database, played, author="Facilitator", speed=20, real_now=real_start)
    run.advance_to(run.start + timedelta(minutes=60))
    facts_now = next_steps_service.gather(database, run.incident, real_now=real_start + timedelta(minutes=3))
    # Three real minutes at 20× are an hour on the drill clock, which began a drill-length before the real start.
    assert abs(facts_now.now - (run.start + timedelta(minutes=60))) < timedelta(seconds=5)
    assert facts_now.aware_at == run.start
    deadline = next(s for s in next_steps(facts_now) if s.kind == "deadline")
    assert "(70 h left)" in deadline.why or "(71 h left)" in deadline.why


def test_status_json_and_text_carry_the_next_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["incident", "new", "Outage", "--category", "operational"]) == 0
    incident_id = capsys.readouterr().out.strip()
    assert main(["status", incident_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["next"]
    assert shown[0] == {
        "kind": "assess",
        "title": "Assess how serious it is",
        "why": "No severity level is confirmed yet; who is called and what is due depend on it.",
        "target": "level",
    }
    assert main(["status", incident_id]) == 0
    assert "  next:       Assess how serious it is (No severity level" in capsys.readouterr().out


def test_the_situation_report_starts_with_the_list(database: Database) -> None:
    incident = incidents.create(database, "Leak", category=Category.SECURITY_BREACH, author="Ana", level=3)
    html = report_service.make_report(database, incident.id, "situation", "html", now=to_iso(datetime.now(UTC))).html
    assert html.index("<h2>Next</h2>") < html.index("<h2>Conditions</h2>")
    assert "If personal data leaked, notify the authority by" in html
