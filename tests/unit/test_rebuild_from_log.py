"""The log is the source of truth: every state table comes back from the log alone.

Each scenario writes through the same calls the window and the command line use, then rebuilds
a copy from the log entries (and the mention rows they carry) and compares every state table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from crisisroom.domain import clock as clock_module
from crisisroom.domain.cadence import Cadence
from crisisroom.domain.checklist import BREACH_AUTHORITY, RECALL_AUTHORITY, RECALL_NOTICE
from crisisroom.domain.events.checklist import breach_clock, checklist_tick
from crisisroom.domain.events.facts import CoverageAdded, FactVerificationChanged, record_event
from crisisroom.domain.events.notify import person_outcome
from crisisroom.domain.events.review import PlanAdjustmentAdded, ReviewActionDone, review_event
from crisisroom.domain.events.statements import PublicSummarySet, StatementApproved, statement_event
from crisisroom.domain.events.steps import completed_step
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment
from crisisroom.domain.response_steps import Step
from crisisroom.domain.review import NoteKind
from crisisroom.domain.rules import DEFAULT_RULES
from crisisroom.drills import scenario
from crisisroom.drills.clock import Anchor
from crisisroom.services import checklist as checklist_service
from crisisroom.services import drills as drill_service
from crisisroom.services import mentions as mention_service
from crisisroom.services import notify as notify_service
from crisisroom.services import record as record_service
from crisisroom.services import response_steps as steps_service
from crisisroom.services import review as review_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import events, evidence, incidents, log, mentions, rules
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database, open_database
from tests.unit.rebuild_organisation import ORGANISATION_TABLES, change_everything_the_organisation_shares
from tests.unit.rebuild_support import differences
from tests.unit.test_drill_scenarios import GOOD as DRILL
from tests.unit.test_firings_any_order import DATA as ANY_ORDER_DAY
from tests.unit.test_firings_any_order import _generic_csv as any_order_csv
from tests.unit.wizard_support import AUTHOR, T0, Clock, assess, manage, new_incident, notify


def test_every_table_of_the_file_is_classified(tmp_path: Path) -> None:
    """A new table must be said to be state (rebuilt), the log, carried or local: none is forgotten."""
    with open_database(tmp_path / "room.sqlite") as database:
        names = {row[0] for row in database.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        state = set(events.state_tables(database))
    assert names == state | events.LOG_TABLES | events.CARRIED_TABLES | events.LOCAL_TABLES
    assert "incidents" in state and "log_entries" not in state


def test_an_incident_s_life_is_rebuilt_from_the_log(tmp_path: Path) -> None:
    with open_database(tmp_path / "room.sqlite") as database:
        made = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        incidents.set_level(database, made.id, 4, author="Ana", reason="spreading")
        incidents.update_details(database, made.id, author="Ana", category=Category.REPUTATION)
        incidents.resolve(database, made.id, author="Ana")
        incidents.reopen(database, made.id, author="Ana", note="back")
        assert differences(database, tmp_path) == {}


def test_a_change_made_behind_the_log_s_back_is_found(tmp_path: Path) -> None:
    """The comparison can fail: a level changed in the table but not in the log shows up."""
    with open_database(tmp_path / "room.sqlite") as database:
        made = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        database.conn.execute("UPDATE incidents SET level = 5 WHERE id = ?", (made.id,))
        found = differences(database, tmp_path)
    assert set(found) == {"incidents"}


# --- Statements, facts, coverage, the review ------------------------------------------------------

STATEMENT_TABLES = ("incident_messages", "message_versions", "incident_public_summaries")
RECORD_TABLES = ("incident_facts", "coverage_items")
REVIEW_TABLES = ("review_notes", "review_actions", "review_adjustments")
# 291 characters: over X's 280.
LONG_POST = (
    "We found that someone could read part of our customer database from outside. We closed that access "
    "this morning and are checking exactly what was involved. If your information is among it, we will "
    "write to you directly. We will never ask you for a password or payment details. More by 16:00."
)


def _rows(database: Database, table: str) -> int:
    return int(database.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_facts_and_coverage_are_rebuilt_from_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        other = new_incident(database, level=2)
        clock.advance(minutes=2)
        doubted = record_service.add_fact(
            database, incident, "Passwords were not exposed", verified=False, author=AUTHOR
        )
        record_service.add_fact(database, incident, "4,100 customers are affected", verified=True, author="Ben Ode")
        record_service.add_fact(database, other, "The site was down for an hour", verified=True, author=AUTHOR)
        clock.advance(minutes=7)
        record_service.set_fact_verified(database, doubted.value.id, True, author="Ben Ode")
        clock.advance(minutes=3)
        record_service.set_fact_verified(database, doubted.value.id, False, author=AUTHOR)
        record_service.add_coverage(
            database,
            incident,
            outlet="The Daily",
            tone=Sentiment.NEGATIVE,
            link="https://daily.example/leak",
            note="Says passwords leaked: correct it",
            published_at=T0 - timedelta(minutes=20),
            author=AUTHOR,
        )
        clock.advance(minutes=1)
        record_service.add_coverage(database, incident, outlet="Radio 4", tone="neutral", author="Ben Ode")
        record_service.add_coverage(database, other, outlet="Local news", tone="positive", author=AUTHOR)
        assert [_rows(database, table) for table in RECORD_TABLES] == [3, 3]
        found = differences(database, tmp_path)
    assert not set(RECORD_TABLES) & set(found), found


def test_statements_through_approval_and_release_are_rebuilt_from_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        statement_service.set_public_summary(
            database, incident, "holding", "Some customer data was exposed.", author=AUTHOR
        )
        statement_service.set_public_summary(database, incident, "update", "We closed the access.", author=AUTHOR)
        clock.advance(minutes=1)
        statement_service.set_public_summary(database, incident, "holding", "Customer data was exposed.", author=AUTHOR)
        statement_service.set_public_summary(database, incident, "update", "", author=AUTHOR)  # cleared
        # Several versions of one cell, and versions for one platform beside it.
        press = statement_service.save_draft_text(
            database, incident, "press", "holding", "We are looking into it.", author=AUTHOR
        ).value
        clock.advance(minutes=2)
        press = statement_service.save_draft_text(
            database, incident, "press", "holding", "We are looking into it now.", author="Cy Lam"
        ).value
        on_x = statement_service.save_draft_text(
            database, incident, "public-posts", "holding", LONG_POST, author=AUTHOR, platform_key="x"
        ).value
        on_sms = statement_service.save_draft_text(
            database, incident, "customers", "holding", "Check your e-mail from us.", author=AUTHOR, platform_key="sms"
        ).value
        everywhere = statement_service.save_draft_text(
            database, incident, "public-posts", "holding", LONG_POST, author=AUTHOR
        ).value
        clock.advance(minutes=5)
        # Approved (one by phone some minutes ago), edited after approval, approved again, released.
        statement_service.approve(
            database,
            press.id,
            approver_name="Dana Lee",
            approver_role="Executive approver",
            author=AUTHOR,
            approved_at=clock.now - timedelta(minutes=2),
            expected_version=2,
        )
        statement_service.save_draft_text(
            database, incident, "press", "holding", "We are looking into it now. Sorry.", author=AUTHOR
        )
        clock.advance(minutes=1)
        statement_service.approve_as(database, press.id, "Henrik Sato", author=AUTHOR, expected_version=3)
        clock.advance(minutes=1)
        statement_service.release(
            database, press.id, where=["Press list", "Website"], author="Cy Lam", released_at=clock.now
        )
        statement_service.approve_as(database, on_x.id, "Henrik Sato", author=AUTHOR, over_limit=True)
        statement_service.approve_as(database, on_sms.id, "Clara Moreau", author=AUTHOR)
        statement_service.approve_as(database, everywhere.id, "Henrik Sato", author=AUTHOR)
        clock.advance(minutes=2)
        released = statement_service.release(
            database, on_x.id, author=AUTHOR, override_reason="Posted as a thread of two; legal agreed"
        ).value
        assert released.current.release is not None and released.current.release.override_reason
        statement_service.release(database, on_sms.id, author=AUTHOR)
        statement_service.release(database, everywhere.id, where=["Threads", "Website"], author=AUTHOR)
        # A new draft after a release.
        clock.advance(minutes=30)
        statement_service.save_draft_text(
            database, incident, "press", "holding", "Here is what we know.", author=AUTHOR
        )
        assert [_rows(database, table) for table in STATEMENT_TABLES] == [4, 7, 1]
        found = differences(database, tmp_path)
    assert not set(STATEMENT_TABLES) & set(found), found


def test_the_review_is_rebuilt_from_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        incidents.resolve(database, incident, author=AUTHOR)
        clock.advance(hours=20)
        for kind in NoteKind:
            review_service.add_note(database, incident, kind, f"A note: {kind.label}", author=AUTHOR)
        review_service.add_action(
            database, incident, "Write the template", owner="Ana", due="2026-03-20", author=AUTHOR
        )
        done = review_service.add_action(
            database, incident, "Watch the status page", owner="Ben Ode", due=date(2026, 3, 16), author=AUTHOR
        ).value
        clock.advance(hours=30)
        review_service.close_action(database, done.id, author="Ben Ode")
        review_service.add_adjustment(database, incident, "rules", "Lower the assign threshold to 4", author=AUTHOR)
        assert [_rows(database, table) for table in REVIEW_TABLES] == [3, 2, 1]
        found = differences(database, tmp_path)
    assert not set(REVIEW_TABLES) & set(found), found


def test_what_the_organisation_shares_is_rebuilt_from_its_log(tmp_path: Path) -> None:
    """Roster imported from CSV and vCard, people edited and removed, roles and levels, the chain of
    command, the settings, a template overridden and another reset: the organisation's tables come back."""
    with open_database(tmp_path / "room.sqlite") as database:
        change_everything_the_organisation_shares(database, tmp_path)
        found = differences(database, tmp_path)
    assert not ORGANISATION_TABLES & found.keys(), {table: found[table] for table in ORGANISATION_TABLES & found.keys()}


def test_a_new_file_s_initial_content_is_the_same_in_every_file(tmp_path: Path) -> None:
    """The example team, the default chain of command: not in the log, but rebuilt identical all the same."""
    with open_database(tmp_path / "room.sqlite") as database:
        incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        found = differences(database, tmp_path)
    assert not ORGANISATION_TABLES & found.keys(), {table: found[table] for table in ORGANISATION_TABLES & found.keys()}


# --- The five response steps: calls, the checklist, roles, cadence, internal updates ----------------

STEP_TABLES = (
    "wizard_steps",
    "incident_assessments",
    "notified_people",
    "notification_attempts",
    "staff_alerts",
    "incident_roles",
    "update_cadences",
    "checklist_items",
    "checklist_settings",
    "internal_updates",
)


def _step_rows(database: Database) -> list[int]:
    return [_rows(database, table) for table in STEP_TABLES]


def test_assess_and_notify_with_every_outcome_are_rebuilt_from_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=2)
        assess(database, incident, level=4)
        clock.advance(minutes=3)
        # Each try with its outcome, some written down after the fact, one person renamed on the roster since.
        notify_service.record_outcome(
            database,
            incident,
            "p-ben",
            "Ben Ode",
            "no answer",
            "phone",
            clock.now - timedelta(minutes=2),
            author=AUTHOR,
        )
        notify_service.record_outcome(database, incident, "p-ben", "Ben Ode", "voicemail", "sms", author=AUTHOR)
        clock.advance(minutes=4)
        notify_service.record_notification(database, incident, "p-cy", "Cy Lam", "in person", author="Ben Ode")
        notify_service.record_outcome(database, incident, "p-ben", "Benjamin Ode", "reached", "phone", author=AUTHOR)
        clock.advance(minutes=1)
        notify_service.record_acknowledged(database, incident, "p-cy", author=AUTHOR)
        notify_service.record_outcome(database, incident, "p-dee", "Dee Fox", "acknowledged", "email", author=AUTHOR)
        clock.advance(minutes=2)
        notify_service.record_staff_alert(
            database,
            incident,
            wording="We are looking into a leak of customer e-mail addresses.",
            do_not_say="Do not guess at the cause.",
            sent_at=clock.now - timedelta(minutes=1),
            author=AUTHOR,
        )
        clock.advance(minutes=1)
        steps_service.commit_notify(
            database,
            incident,
            author=AUTHOR,
            staff_alert_wording="A second alert: customers are being told today.",
            expected_people=[("p-ben", "Ben Ode"), ("p-eve", "Eve Park")],
        )
        clock.advance(minutes=5)
        # Back to Assess: committed again with other words, the step and the assessment replaced.
        assess(
            database, incident, level=4, what_happened="The forum post also named 20 staff.", audiences=["employees"]
        )
        assert _step_rows(database) == [2, 1, 3, 6, 2, 0, 0, 0, 0, 0]
        found = differences(database, tmp_path)
    assert not set(STEP_TABLES) & set(found), found


def test_the_manage_step_and_a_breach_s_checklist_are_rebuilt_from_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        assess(database, incident)  # a security breach: the 72-hour clock runs
        notify(database, incident)
        clock.advance(minutes=10)
        checklist_service.add_account(database, incident, "@brand", author=AUTHOR)
        checklist_service.add_account(database, incident, "@brand_help", author="Ben Ode")
        checklist_service.add_own(database, incident, "Brief the works council", author=AUTHOR)
        checklist_service.add_own(database, incident, "Call the insurer", author=AUTHOR)
        checklist_service.add_own(database, incident, "Tell the landlord", author=AUTHOR)
        clock.advance(minutes=2)
        checklist_service.tick(database, incident, "own-1", author="Ben Ode")
        checklist_service.rename_own(
            database, incident, "own-1", "Brief the works council and the unions", author=AUTHOR
        )
        checklist_service.remove_own(database, incident, "own-1", author=AUTHOR)  # ticked, then removed: kept
        checklist_service.remove_own(database, incident, "own-3", author=AUTHOR)
        checklist_service.add_own(database, incident, "Tell the franchise owners", author=AUTHOR)  # own-4
        checklist_service.set_aware(database, incident, T0 - timedelta(hours=3), author=AUTHOR)
        clock.advance(minutes=5)
        steps_service.commit_manage(
            database,
            incident,
            lead_id="p-ana",
            lead_name="Ana Ruiz",
            scribe_id="p-ben",
            scribe_name="Ben Ode",
            spokesperson_id="p-cy",
            spokesperson_name="Cy Lam",
            cadence=Cadence(10, 30, 3, 90),
            ticks={"pause-posts:@brand": True, "secure-accounts": True, "own-2": True},
            author=AUTHOR,
        )
        clock.advance(minutes=30)
        # Back to Manage: another spokesperson, the default rhythm, a tick taken back; the clock from detection.
        checklist_service.tick(database, incident, "secure-accounts", False, author="Ben Ode")
        checklist_service.set_aware(database, incident, None, author=AUTHOR)
        manage(database, incident, spokesperson_id="p-dee", spokesperson_name="Dee Fox")
        clock.advance(hours=20)
        checklist_service.tick(database, incident, BREACH_AUTHORITY, author="Dee Fox")
        assert _step_rows(database) == [3, 1, 1, 1, 0, 1, 1, 8, 1, 0]
        found = differences(database, tmp_path)
    assert not set(STEP_TABLES) & set(found), found


def test_a_recall_s_checklist_is_rebuilt_from_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        assess(database, incident, category=Category.OPERATIONAL, product_recall=True)
        notify(database, incident)
        clock.advance(minutes=5)
        checklist_service.tick(database, incident, RECALL_AUTHORITY, author=AUTHOR)
        checklist_service.set_product_recall(database, incident, False, author=AUTHOR)  # ticked items stay
        clock.advance(minutes=5)
        checklist_service.set_product_recall(database, incident, True, author="Ben Ode")
        checklist_service.tick(database, incident, RECALL_NOTICE, author="Ben Ode")
        manage(database, incident)
        assert _rows(database, "checklist_settings") == 1 and _rows(database, "checklist_items") == 2
        found = differences(database, tmp_path)
    assert not set(STEP_TABLES) & set(found), found


def test_internal_updates_and_the_last_steps_are_rebuilt_from_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        steps_service.set_cadence(database, incident, Cadence(5, 15, 1, 45), author=AUTHOR)  # before Manage
        assess(database, incident)
        notify(database, incident)
        manage(database, incident)
        clock.advance(minutes=20)
        steps_service.record_internal_update(database, incident, text="Team call: the post is down.", author=AUTHOR)
        clock.advance(minutes=10)
        steps_service.record_internal_update(
            database,
            incident,
            text="Chat to staff: no passwords involved.",
            released_at=clock.now - timedelta(minutes=4),
            next_update_at=clock.now + timedelta(minutes=12),
            author="Ben Ode",
        )
        holding = statement_service.save_draft_text(
            database, incident, "customers", "holding", "We are looking into it.", author=AUTHOR
        ).value
        statement_service.approve_as(database, holding.id, "Henrik Sato", author=AUTHOR)
        statement_service.release(database, holding.id, where=["E-mail"], author=AUTHOR)
        steps_service.commit_message(database, incident, author=AUTHOR)
        clock.advance(hours=2)
        steps_service.declare_resolved(
            database,
            incident,
            resolution_texts={"customers": "It is over: your data is safe."},
            all_clear_text="All clear, thank you all.",
            note="No further posts for a day",
            author=AUTHOR,
        )
        assert _rows(database, "internal_updates") == 2 and _rows(database, "wizard_steps") == 5
        found = differences(database, tmp_path)
    assert not set(STEP_TABLES) & set(found), found


def test_where_the_wizard_is_stays_on_this_laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafts and the page to reopen on are local: a rebuild has the steps done, not what was being typed."""
    Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        assess(database, incident)
        steps_service.save_draft(database, incident, Step.NOTIFY, {"subject": "Call me"})
        steps_service.set_current_step(database, incident, Step.ASSESS)
        assert {"wizard_progress", "wizard_drafts"} <= events.LOCAL_TABLES
        assert not {"wizard_progress", "wizard_drafts"} & set(events.state_tables(database))
        rebuilt = events.rebuild_copy(database, tmp_path / "rebuilt.sqlite")
        try:
            state = steps_store.load(rebuilt, incident)
        finally:
            rebuilt.close()
    assert set(state.completed) == {Step.ASSESS} and state.drafts == {} and state.current_step is Step.ASSESS


def test_a_tick_made_behind_the_log_s_back_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison can fail for the steps' tables too: a tick written without its event shows up."""
    Clock(monkeypatch)
    with open_database(tmp_path / "room.sqlite") as database:
        incident = new_incident(database, level=3)
        checklist_service.add_own(database, incident, "Call the insurer", author=AUTHOR)
        with database.transaction() as conn:
            conn.execute("UPDATE checklist_items SET done_at = '2026-03-14T13:00:00.000Z', done_by = 'Ana'")
        found = differences(database, tmp_path)
    assert set(found) & set(STEP_TABLES) == {"checklist_items"}


@pytest.mark.parametrize(
    ("read", "old", "new"),
    [
        (statement_event, {"event": "message-approved", "message": "m", "at": "…"}, StatementApproved.TYPE),
        (statement_event, {"event": "public-summary", "phase": "holding", "text": ""}, PublicSummarySet.TYPE),
        (record_event, {"event": "fact-verification", "fact": "f", "verified": True}, FactVerificationChanged.TYPE),
        (record_event, {"event": "coverage-added", "coverage": "c", "tone": "negative"}, CoverageAdded.TYPE),
        (review_event, {"event": "review-action-done", "action": "a"}, ReviewActionDone.TYPE),
        (review_event, {"event": "review-adjustment", "adjustment": "a", "area": "rules"}, PlanAdjustmentAdded.TYPE),
    ],
)
def test_entries_written_before_typed_events_read_as_their_event(
    read: Callable[[dict[str, object] | None], str | None], old: dict[str, object], new: str
) -> None:
    assert read(old) == new
    assert read({"type": new, "v": 1}) == new
    assert read({"type": "incident.opened", "v": 1}) is None
    assert read({"event": "checklist-tick", "item": "x"}) is None
    assert read(None) is None


def test_the_steps_entries_written_before_typed_events_still_read() -> None:
    """Readers of the steps' payloads take the shape an earlier version wrote and this version's alike."""
    old_step = {"event": "wizard-step", "step": "notify", "number": 2, "level": 4, "not_reached": ["Dee Fox"]}
    new_step = {
        "type": "step.completed",
        "v": 1,
        "incident": "i",
        "step": "notify",
        "number": 2,
        "summary": {"level": 4},
    }
    assert completed_step(old_step) == ("notify", {"level": 4, "not_reached": ["Dee Fox"]})
    assert completed_step(new_step) == ("notify", {"level": 4})
    old_try = {"event": "person-outcome", "person": "p-ben", "outcome": "voicemail", "channel": "sms", "at": "t"}
    assert person_outcome(old_try) == ("p-ben", "voicemail", "sms")
    assert person_outcome({**old_try, "type": "notify.outcome", "v": 1}) == ("p-ben", "voicemail", "sms")
    assert checklist_tick({"event": "checklist-tick", "item": "log-started", "done": True}) == ("log-started", True)
    assert checklist_tick({"type": "checklist.ticked", "v": 1, "item": "own-2", "done": False}) == ("own-2", False)
    clock = {"aware_at": "a", "basis": "detection", "due_at": "d"}
    assert breach_clock({"event": "breach-clock", **clock}) == ("a", "detection", "d")
    assert breach_clock({"type": "checklist.aware-set", "v": 1, "moment": None, **clock}) == ("a", "detection", "d")
    assert breach_clock({"type": "checklist.breach-clock", "v": 1, **clock}) == ("a", "detection", "d")
    for other in (None, {}, {"event": "fact-recorded"}, {"type": "incident.opened", "v": 1}):
        assert completed_step(other) is person_outcome(other) is checklist_tick(other) is breach_clock(other) is None


# --- Mentions, the rules and their firings, drills ------------------------------------------------

MENTION_TABLES = {"mentions", "import_batches", "mention_hours", "rule_firings", "rules"}


def _event_types(database: Database) -> set[str]:
    return {str((entry.payload or {}).get("type")) for entry in log.all_entries(database)}


def test_imports_in_several_batches_a_hand_added_mention_and_relabels_are_rebuilt_from_the_log(
    tmp_path: Path,
) -> None:
    """Four exports out of order and overlapping (duplicates, revisions, an episode drawn longer), a mention
    added by hand, relabels (one mention twice), an alert acknowledged, the rules edited and put back."""
    rows = sorted(ANY_ORDER_DAY, key=lambda row: row.at)
    parts = (
        ("evening.csv", [row for row in rows if row.at.hour >= 15]),
        ("morning.csv", [row for row in rows if row.at.hour < 13]),
        ("one-hour.csv", [row for row in rows if row.at.hour == 13]),  # the noon episode goes on
        ("midday.csv", [row for row in rows if 11 <= row.at.hour < 17]),  # overlaps: some rows come twice
    )
    with open_database(tmp_path / "room.sqlite") as database:
        incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
        for name, part in parts:
            mention_service.import_file(database, incident, any_order_csv(tmp_path / name, part), author="Ana")
        by_hand = Mention(
            posted_at="2026-03-14T21:30:00.000Z",
            text="Still no answer from support, this is awful",
            url="https://social.example/p/1",
            platform="X",
        )
        assert mention_service.add_mention(database, incident.id, by_hand, author="Bo").value.added
        stored = mentions.page(database, incident.id, limit=10_000)
        negative = [s.seq for s in stored if s.mention.sentiment is Sentiment.NEGATIVE]
        mention_service.relabel(database, negative[0], Sentiment.NEUTRAL, author="Bo")
        mention_service.relabel(database, negative[0], Sentiment.POSITIVE, author="Bo")
        mention_service.relabel(database, negative[1], Sentiment.NEUTRAL, author="Bo")
        first = rules.firings(database, incident.id)[0]
        mention_service.acknowledge(database, first.id, author="Maya")
        stricter = [replace(r, more_than=8) if r.id == "assign" else r for r in rules.load(database)]
        mention_service.save_rules(database, stricter, author="Maya")
        mention_service.save_rules(database, DEFAULT_RULES, author="Maya")
        # The scenario does exercise every kind of change it names.
        assert {
            "mentions.imported",
            "mentions.relabelled",
            "rules.set",
            "rules.fired",
            "rules.firings-revised",
            "rules.firings-refreshed",
            "rules.alert-acknowledged",
        } <= _event_types(database)
        assert database.query("SELECT count(*) FROM import_batches")[0][0] == 5
        assert database.query("SELECT count(*) FROM mentions WHERE imported_source IS NOT NULL")[0][0] == 2
        found = differences(database, tmp_path)
        assert not evidence.examine(database, record=False, backup=False).breaks  # relabels keep the digests
    assert not MENTION_TABLES & found.keys(), {table: found[table] for table in MENTION_TABLES & found.keys()}


def test_a_drill_played_to_its_end_is_rebuilt_from_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The headless run of a shipped scenario, and a drill played minute by minute (its burst trickling in,
    an ad-hoc burst, the clock paused, ended before its last posts): the same tables from the log alone,
    also while a burst is still coming in."""
    with open_database(tmp_path / "room.sqlite") as database:
        headless = drill_service.play_headless(database, scenario.find("viral-review"), author="Facilitator").value
        assert rules.firings(database, headless.incident.id)
        monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: T0)
        run = drill_service.begin(database, scenario.parse(DRILL, "tiny.toml"), author="Facilitator", speed=10).value
        for minute in range(12):
            drill_service.advance(run, run.start + timedelta(minutes=minute))
        (tmp_path / "midway").mkdir()
        found = differences(database, tmp_path / "midway")  # the burst is half in: its rows, not yet its count
        assert not MENTION_TABLES & found.keys(), found
        drill_service.ad_hoc_burst(run, run.start + timedelta(minutes=12), count=12, negative_share=0.5, minutes=20)
        drill_service.record_clock(run, "paused", Anchor(T0, run.start + timedelta(minutes=12), 10, True))
        for minute in range(12, 26):
            drill_service.advance(run, run.start + timedelta(minutes=minute))
        drill_service.finish(run, run.start + timedelta(minutes=25))
        assert rules.firings(database, run.incident.id)
        assert (
            database.query(
                "SELECT count(*) FROM import_batches WHERE incident_id = ? AND rows_read > 0", (run.incident.id,)
            )[0][0]
            == 2
        )  # the two bursts, each closed by its one entry
        assert not evidence.examine(database, record=False, backup=False).breaks
        found = differences(database, tmp_path)
    assert not MENTION_TABLES & found.keys(), {table: found[table] for table in MENTION_TABLES & found.keys()}


def test_mention_rows_changed_behind_the_log_s_back_are_found(tmp_path: Path) -> None:
    """verify (evidence.examine) names the import whose rows no longer match the digest its entry carries."""
    with open_database(tmp_path / "room.sqlite") as database:
        incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
        done = mention_service.import_file(
            database, incident, any_order_csv(tmp_path / "day.csv", ANY_ORDER_DAY[:40]), author="Ana"
        )
        other = mention_service.import_file(
            database, incident, any_order_csv(tmp_path / "more.csv", ANY_ORDER_DAY[40:60]), author="Ana"
        )
        assert done.value.summary.imported == 40 and other.value.summary.imported == 20
        assert not evidence.examine(database, record=False, backup=False).breaks
        entry = next(
            e
            for e in log.entries(database, incident.id)
            if (e.payload or {}).get("batch") == done.value.summary.batch_id
        )
        # A label changed in the table, not through a relabel (which would be logged and keep the digest).
        with database.transaction() as conn:
            conn.execute(
                "UPDATE mentions SET sentiment = 'neutral' WHERE seq = "
                "(SELECT min(seq) FROM mentions WHERE batch_id = ? AND sentiment = 'negative')",
                (done.value.summary.batch_id,),
            )
        breaks = evidence.examine(database, record=False, backup=False).breaks
        assert [(b.code, b.entry_id) for b in breaks] == [("carried-rows", entry.id)]
        assert "day.csv" in breaks[0].line and "no longer match" in breaks[0].line
        # A row taken away (the guard dropped first, as someone with the file could).
        with database.transaction() as conn:
            conn.execute("DROP TRIGGER mentions_no_delete")
            conn.execute(
                "DELETE FROM mentions WHERE seq = (SELECT max(seq) FROM mentions WHERE batch_id = ?)",
                (other.value.summary.batch_id,),
            )
        lines = [b.line for b in evidence.examine(database, record=False, backup=False).breaks]
    assert len(lines) == 2 and "20 were imported, 19 are there now" in lines[1]


def test_the_demo_is_rebuilt_from_the_log(tmp_path: Path) -> None:
    """The demo writes 36 hours of a story through every area: its whole file comes back from the log."""
    from crisisroom.services import demo

    with open_database(tmp_path / "room.sqlite") as database:
        demo.create_demo(database)
        assert differences(database, tmp_path) == {}


def test_a_clock_set_back_on_this_laptop_keeps_the_log_in_the_order_it_was_written(tmp_path: Path) -> None:
    """The clock says 12:00, then is corrected to 11:50: what came after still comes after, in the log
    and in a rebuild (a replay in the log's order would otherwise undo the later level change)."""
    from datetime import UTC, datetime

    from crisisroom.domain.clock import FixedClock

    clock = FixedClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))
    with open_database(tmp_path / "room.sqlite", clock=clock) as database:
        made = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2)
        incidents.set_level(database, made.id, 3, author="Ana")
        clock.set(datetime(2026, 5, 4, 11, 50, tzinfo=UTC))
        incidents.set_level(database, made.id, 4, author="Ana")
        entries = log.entries(database, made.id)
        assert [e.device_seq for e in entries] == sorted(e.device_seq for e in entries)
        assert entries[-1].recorded_at == entries[-2].recorded_at == "2026-05-04T12:00:00.000Z"
        assert incidents.get(database, made.id).level == 4
        assert differences(database, tmp_path) == {}
