"""The Manage checklist per crisis type, the team's own items, and the breach's 72-hour clock.

Each change is logged in the same transaction; a tick is never dropped (a type change keeps it,
an own item renamed keeps it); an existing file upgrades with its ticks; the clock starts when the
team became aware (detection by default), counts down, runs over, stops at the authority's tick, and
shows in the Next list, the situation report and ``crisisroom checklist``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from crisisroom.domain.checklist import BREACH_AUTHORITY
from crisisroom.domain.clock import to_iso
from crisisroom.domain.deadlines import AwareBasis, DeadlineState
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.checklist import breach_clock
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.drills import scenario as scenarios
from crisisroom.drills.runner import DrillRun
from crisisroom.i18n import languages
from crisisroom.services import checklist as checklist_service
from crisisroom.services import next_steps as next_steps_service
from crisisroom.services import reports as report_service
from crisisroom.storage import checklist, incidents, log
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.file_format import SCHEMA_VERSION
from crisisroom.storage.schema import migrations
from crisisroom.system import paths
from tests.unit.test_cli import run
from tests.unit.wizard_support import AUTHOR, T0, Clock, assess, entries_since, kinds_and_texts, manage, notify

DETECTED = T0 - timedelta(minutes=30)  # 12:30 UTC


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path, clock: Clock) -> Iterator[Database]:
    with open_database(db_path) as database:
        yield database


def new(database: Database, category: Category, *, timezone: str = "UTC") -> str:
    return incidents.create(
        database,
        "Something went wrong",
        category=category,
        author=AUTHOR,
        detected_at=to_iso(DETECTED),
        timezone=timezone,
    ).id


def keys(database: Database, incident_id: str) -> list[str]:
    return [item.key for item in checklist.checklist(database, incident_id)]


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("checklist_items", "checklist_settings", "log_entries")
    return {name: [tuple(row) for row in database.query(f"SELECT * FROM {name} ORDER BY 1, 2")] for name in tables}


# --- Items per crisis type ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        (
            Category.CUSTOMER_SERVICE,
            [
                "log-started",
                "pause-posts",
                "support-briefed",
                "support-on-channel",
                "criticism-answered",
                "secure-accounts",
            ],
        ),
        (
            Category.REPUTATION,
            [
                "log-started",
                "pause-posts",
                "press-routed",
                "executives-briefed",
                "legal-review",
                "criticism-answered",
                "secure-accounts",
            ],
        ),
        (
            Category.SECURITY_BREACH,
            [
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
            ],
        ),
        (
            Category.OPERATIONAL,
            ["log-started", "pause-posts", "service-owner", "status-page", "secure-accounts", "press-routed"],
        ),
    ],
)
def test_each_crisis_type_has_its_own_items(db: Database, category: Category, expected: list[str]) -> None:
    incident = new(db, category)
    assert keys(db, incident) == expected
    labels = {item.key: item.label for item in checklist.checklist(db, incident)}
    if category is Category.SECURITY_BREACH:
        assert "Data-protection officer" in labels["dpo-informed"]
        assert "GDPR Art. 33" in labels["breach-authority-notified"]
        assert labels["legal-engaged"].startswith("Legal")


def test_a_product_recall_adds_its_items_and_is_logged(db: Database) -> None:
    incident = new(db, Category.OPERATIONAL)
    before = len(log.entries(db, incident))
    assert checklist_service.set_product_recall(db, incident, True, author=AUTHOR).value is True
    assert checklist_service.set_product_recall(db, incident, True, author=AUTHOR).value is False  # already on: nothing
    assert keys(db, incident)[6:] == [
        "product-safety",
        "legal-engaged",
        "recall-support",
        "retailers-told",
        "recall-authority-informed",
        "recall-notice",
    ]
    authority = next(i for i in checklist.checklist(db, incident) if i.key == "recall-authority-informed")
    assert "Product-safety authority" in authority.label and not authority.has_deadline  # the law sets no hours
    assert checklist.breach_deadline_of(db, incidents.get(db, incident)) is None
    checklist_service.tick(db, incident, "recall-authority-informed", author="Ben Ode")
    checklist_service.set_product_recall(db, incident, False, author=AUTHOR)
    # The ticked recall item stays, marked kept; the unticked ones leave.
    items = checklist.checklist(db, incident)
    assert [(i.key, i.kept, i.done) for i in items][6:] == [("recall-authority-informed", True, True)]
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        (
            "decision",
            "Product recall: its items join the checklist (product safety, retailers, the product-safety authority)",
        ),
        (
            "action",
            "Checklist done: Product-safety authority informed without undue delay "
            "(in the EU: the Safety Business Gateway)",
        ),
        ("decision", "No product recall: its items leave the checklist (ticked ones stay)"),
    ]
    breach = new(db, Category.SECURITY_BREACH)
    with pytest.raises(InvalidInputError, match="operational failure"):
        checklist_service.set_product_recall(db, breach, True, author=AUTHOR)


def test_a_type_change_keeps_what_was_ticked(db: Database) -> None:
    incident = new(db, Category.SECURITY_BREACH)
    checklist_service.tick(db, incident, "dpo-informed", author="Ben Ode")
    checklist_service.tick(db, incident, "log-started", author="Ben Ode")
    incidents.update_details(db, incident, author=AUTHOR, category=Category.REPUTATION)
    items = checklist.checklist(db, incident)
    assert [i.key for i in items] == [
        "log-started",
        "pause-posts",
        "press-routed",
        "executives-briefed",
        "legal-review",
        "criticism-answered",
        "secure-accounts",
        "dpo-informed",
    ]
    kept = items[-1]
    assert (kept.done_by, kept.kept) == ("Ben Ode", True)
    assert [i.key for i in items if i.done] == ["log-started", "dpo-informed"]


# --- The team's own items -------------------------------------------------------------------------


def test_own_items_are_added_renamed_and_removed_each_logged(db: Database, clock: Clock) -> None:
    incident = new(db, Category.REPUTATION)
    before = len(log.entries(db, incident))
    first = checklist_service.add_own(db, incident, "  Brief the works   council ", author=AUTHOR).value
    second = checklist_service.add_own(db, incident, "Tell the franchise owners", author=AUTHOR).value
    assert (first.key, first.label, first.own) == ("own-1", "Brief the works council", True)
    assert keys(db, incident)[-2:] == ["own-1", "own-2"]
    clock.advance(minutes=5)
    checklist_service.tick(db, incident, "own-1", author="Ben Ode")
    renamed = checklist_service.rename_own(
        db, incident, "own-1", "Brief the works council and the unions", author=AUTHOR
    ).value
    assert (renamed.label, renamed.done, renamed.done_by) == ("Brief the works council and the unions", True, "Ben Ode")
    removed = checklist_service.remove_own(db, incident, "own-1", author=AUTHOR).value
    assert removed.done
    checklist_service.remove_own(db, incident, second.key, author=AUTHOR)
    assert not any(i.own for i in checklist.checklist(db, incident))
    assert kinds_and_texts(entries_since(db, incident, before)) == [
        ("action", "Checklist item added: Brief the works council"),
        ("action", "Checklist item added: Tell the franchise owners"),
        ("action", "Checklist done: Brief the works council"),
        ("action", "Checklist item renamed: Brief the works council → Brief the works council and the unions"),
        (
            "action",
            "Checklist item removed: Brief the works council and the unions "
            "(it had been done at 2026-03-14 13:05 UTC by Ben Ode)",
        ),
        ("action", "Checklist item removed: Tell the franchise owners"),
    ]
    # A removed item's row (and tick) stays on record, and its key is never given to another item.
    stored = db.query("SELECT key, done_by, removed_by FROM checklist_items WHERE key = 'own-1'")
    assert [tuple(r) for r in stored] == [("own-1", "Ben Ode", AUTHOR)]
    assert checklist_service.add_own(db, incident, "Brief the works council", author=AUTHOR).value.key == "own-3"
    with pytest.raises(InvalidInputError, match="no checklist item 'own-1'"):
        checklist_service.tick(db, incident, "own-1", author=AUTHOR)


def test_own_items_refuse_what_would_confuse_the_list(db: Database) -> None:
    incident = new(db, Category.REPUTATION)
    checklist_service.add_own(db, incident, "Call the insurer", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="already has this item"):
        checklist_service.add_own(db, incident, "call the INSURER", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="already has this item"):
        checklist_service.add_own(
            db, incident, "Crisis log started: the scribe notes who did what, and when", author=AUTHOR
        )
    with pytest.raises(InvalidInputError, match="cannot be empty"):
        checklist_service.add_own(db, incident, "   ", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="at most 300"):
        checklist_service.add_own(db, incident, "x" * 301, author=AUTHOR)
    with pytest.raises(InvalidInputError, match="built-in item"):
        checklist_service.rename_own(db, incident, "log-started", "Log", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="built-in item"):
        checklist_service.remove_own(db, incident, "pause-posts", author=AUTHOR)


def test_each_change_and_its_log_entry_are_one_transaction(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    own = new(db, Category.REPUTATION)
    checklist_service.add_own(db, own, "Call the insurer", author=AUTHOR)
    checklist_service.tick(db, own, "own-1", author=AUTHOR)
    outage, breach = new(db, Category.OPERATIONAL), new(db, Category.SECURITY_BREACH)
    before = snapshot(db)

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk unplugged")

    monkeypatch.setattr(log, "append", failing)
    for change in (
        lambda: checklist_service.add_own(db, own, "Call the landlord", author=AUTHOR).value,
        lambda: checklist_service.rename_own(db, own, "own-1", "Call the insurer today", author=AUTHOR).value,
        lambda: checklist_service.remove_own(db, own, "own-1", author=AUTHOR).value,
        lambda: checklist_service.tick(db, own, "own-1", False, author=AUTHOR).value,
        lambda: checklist_service.set_product_recall(db, outage, True, author=AUTHOR).value,
        lambda: checklist_service.set_aware(db, breach, T0 - timedelta(hours=5), author=AUTHOR).value,
        lambda: checklist_service.tick(db, breach, BREACH_AUTHORITY, author=AUTHOR).value,
    ):
        with pytest.raises(OSError):
            change()
        assert snapshot(db) == before


# --- The 72-hour clock ------------------------------------------------------------------------------


def test_the_clock_starts_at_detection_counts_down_and_runs_over(db: Database, clock: Clock) -> None:
    incident = incidents.get(db, new(db, Category.SECURITY_BREACH))
    deadline = checklist.breach_deadline_of(db, incident)
    assert deadline is not None
    assert (deadline.aware_at, deadline.basis, deadline.due_at) == (
        DETECTED,
        AwareBasis.DETECTION,
        DETECTED + timedelta(hours=72),
    )
    assert deadline.left(T0) == timedelta(hours=71, minutes=30)
    assert deadline.state(T0) is DeadlineState.RUNNING
    assert deadline.state(T0 + timedelta(hours=50)) is DeadlineState.NEAR
    assert deadline.state(T0 + timedelta(hours=73)) is DeadlineState.OVERDUE
    assert deadline.left(T0 + timedelta(hours=73)) == -timedelta(hours=1, minutes=30)
    assert checklist.breach_deadline_of(db, incidents.get(db, new(db, Category.REPUTATION))) is None


def test_became_aware_is_set_and_logged_and_restarts_the_clock(db: Database, clock: Clock) -> None:
    incident_id = new(db, Category.SECURITY_BREACH, timezone="Europe/Stockholm")
    before = len(log.entries(db, incident_id))
    aware = datetime(2026, 3, 14, 9, 15, tzinfo=UTC)
    deadline = checklist_service.set_aware(db, incident_id, aware, author="Dee Fox").value
    assert (deadline.aware_at, deadline.basis) == (aware, AwareBasis.SET)
    checklist_service.set_aware(db, incident_id, aware, author="Dee Fox")  # the same moment: nothing logged
    again = checklist_service.set_aware(db, incident_id, None, author="Dee Fox").value  # back to the detection time
    assert (again.aware_at, again.basis) == (DETECTED, AwareBasis.DETECTION)
    found = entries_since(db, incident_id, before)
    assert kinds_and_texts(found) == [
        (
            "decision",
            "72-hour clock (GDPR Art. 33): became aware of the breach at 2026-03-14 10:15 Europe/Stockholm; "
            "notify the supervisory authority by 2026-03-17 10:15 Europe/Stockholm",
        ),
        (
            "decision",
            "72-hour clock (GDPR Art. 33): became aware of the breach at 2026-03-14 13:30 Europe/Stockholm "
            "(the detection time); notify the supervisory authority by 2026-03-17 13:30 Europe/Stockholm",
        ),
    ]
    assert found[0].author == "Dee Fox"
    assert found[0].payload == {
        "type": "checklist.aware-set",
        "v": 1,
        "incident": incident_id,
        "moment": "2026-03-14T09:15:00.000Z",
        "aware_at": "2026-03-14T09:15:00.000Z",
        "basis": "set",
        "due_at": "2026-03-17T09:15:00.000Z",
    }
    assert breach_clock(found[1].payload) == ("2026-03-14T12:30:00.000Z", "detection", "2026-03-17T12:30:00.000Z")
    assert found[1].payload["moment"] is None  # type: ignore[index]
    with pytest.raises(InvalidInputError, match="cannot be in the future"):
        checklist_service.set_aware(db, incident_id, T0 + timedelta(hours=1), author=AUTHOR)
    with pytest.raises(InvalidInputError, match="for a security breach"):
        checklist_service.set_aware(db, new(db, Category.OPERATIONAL), aware, author=AUTHOR)


def test_the_manage_step_logs_the_clock_once_and_again_when_it_moved(db: Database, clock: Clock) -> None:
    incident = new(db, Category.REPUTATION)
    assess(db, incident)  # a security breach, detected 12:30
    notify(db, incident)
    manage(db, incident)
    manage(db, incident)
    clocks = [stated for e in log.entries(db, incident) if (stated := breach_clock(e.payload))]
    assert [due for _, _, due in clocks] == ["2026-03-17T12:30:00.000Z"]
    assess(db, incident, detected_at=T0 - timedelta(hours=2))
    manage(db, incident)
    clocks = [stated for e in log.entries(db, incident) if (stated := breach_clock(e.payload))]
    assert [due for _, _, due in clocks] == [
        "2026-03-17T12:30:00.000Z",
        "2026-03-17T11:00:00.000Z",
    ]


def test_a_clock_stated_before_typed_events_counts_as_stated(db: Database, clock: Clock) -> None:
    """An entry an earlier version wrote ({"event": "breach-clock", …}) still tells Manage the log says it."""
    incident = new(db, Category.SECURITY_BREACH)  # detected 12:30
    old = {"aware_at": "2026-03-14T12:30:00.000Z", "basis": "detection", "due_at": "2026-03-17T12:30:00.000Z"}
    log.append(
        db, incident, "72-hour clock…", kind=Kind.DECISION, author=AUTHOR, payload={"event": "breach-clock", **old}
    )
    assert checklist_service.log_clock(db, incident, author=AUTHOR).value is False
    checklist_service.set_aware(db, incident, T0 - timedelta(hours=1), author=AUTHOR)
    assert checklist.last_stated_due(db, incident) == "2026-03-17T12:00:00.000Z"
    assert checklist_service.log_clock(db, incident, author=AUTHOR).value is False  # the new entry says it
    log.append(
        db, incident, "72-hour clock…", kind=Kind.DECISION, author=AUTHOR, payload={"event": "breach-clock", **old}
    )
    assert checklist_service.log_clock(db, incident, author=AUTHOR).value is True  # the old one, now out of date
    assert breach_clock(log.entries(db, incident)[-1].payload) == (
        "2026-03-14T12:00:00.000Z",
        "set",
        "2026-03-17T12:00:00.000Z",
    )


def test_ticking_the_authority_stops_the_clock_and_says_how_it_went(db: Database, clock: Clock) -> None:
    early = new(db, Category.SECURITY_BREACH)
    late = new(db, Category.SECURITY_BREACH)
    clock.advance(hours=20)
    done = checklist_service.tick(db, early, BREACH_AUTHORITY, author="Dee Fox").value
    assert log.entries(db, early)[-1].text == (
        "Checklist done: Supervisory authority notified of the personal-data breach (GDPR Art. 33), or the DPO "
        "recorded why not (51 h 30 min before the 72-hour deadline of 2026-03-17 12:30 UTC)"
    )
    assert log.entries(db, early)[-1].payload == {
        "type": "checklist.ticked",
        "v": 1,
        "incident": early,
        "item": BREACH_AUTHORITY,
        "label": done.label,
        "done": True,
        "deadline": "2026-03-17T12:30:00.000Z",
        "late": False,
    }
    deadline = checklist.breach_deadline_of(db, incidents.get(db, early))
    assert deadline is not None and deadline.done_at == T0 + timedelta(hours=20) and done.done_by == "Dee Fox"
    assert deadline.state(T0 + timedelta(hours=100)) is DeadlineState.MET  # stopped: it never runs over now
    clock.advance(hours=55)
    checklist_service.tick(db, late, BREACH_AUTHORITY, author="Dee Fox")
    assert log.entries(db, late)[-1].text.endswith(
        "(3 h 30 min after the 72-hour deadline of 2026-03-17 12:30 UTC; the notification must say why it is late)"
    )
    assert log.entries(db, late)[-1].payload["late"] is True  # type: ignore[index]


def test_the_next_list_follows_the_clock_until_the_authority_is_ticked(db: Database, clock: Clock) -> None:
    incident = new(db, Category.SECURITY_BREACH)
    checklist_service.set_aware(db, incident, T0 - timedelta(hours=60), author=AUTHOR)

    def deadline_step() -> Any:
        found = [s for s in next_steps_service.steps(db, incident, real_now=clock.now) if s.kind == "deadline"]
        return found[0] if found else None

    near = deadline_step()
    assert near.urgency == 78 and near.target == "wizard:manage"
    assert near.title == "If personal data leaked, notify the authority by 2026-03-15 01:00"
    assert "(12 h left)" in near.why
    clock.advance(hours=13)
    assert deadline_step().title == "The 72-hour deadline to notify the authority passed at 01:00"
    checklist_service.tick(db, incident, BREACH_AUTHORITY, author=AUTHOR)
    assert deadline_step() is None


def test_a_drill_runs_the_clock_in_drill_time(db: Database) -> None:
    played = scenarios.find("data-breach")
    real_start = datetime.now(UTC) - timedelta(minutes=3)
    run = DrillRun.begin(db, played, author="Facilitator", speed=20, real_now=real_start)
    run.advance_to(run.start + timedelta(minutes=60))
    incident = incidents.get(db, run.incident.id)
    deadline = checklist.breach_deadline_of(db, incident)
    assert deadline is not None and deadline.aware_at == run.start
    drill_now = next_steps_service.gather(db, incident, real_now=real_start + timedelta(minutes=3)).now
    # Three real minutes at 20× are an hour of drill time: 71 hours left, not 72 minus three minutes.
    assert abs(deadline.left(drill_now) - timedelta(hours=71)) < timedelta(minutes=1)


# --- An existing file --------------------------------------------------------------------------------


def test_a_version_15_file_upgrades_with_its_ticks(tmp_path: Path) -> None:
    path = tmp_path / "v15.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrations.apply(sqlite_utils.Database(conn), stop_before="0016_checklist_items")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 15
    old = Database(path, conn, None, writable=True)
    incident = incidents.create(old, "Old typo", category=Category.REPUTATION, author="Ana")
    # As the previous version stored them: a built-in tick, an account's tick, an after-a-hack tick.
    for key, label, done in (
        ("log-started", "Crisis log started: the scribe notes who did what, and when", "2026-03-14T13:05:00.000Z"),
        ("pause-posts:@brand", "Scheduled posts paused on @brand", "2026-03-14T13:06:00.000Z"),
        (
            "rotate-credentials",
            "After a hack: passwords, login e-mails and usernames changed",
            "2026-03-14T13:07:00.000Z",
        ),
        ("secure-accounts", "Social accounts secured", None),
    ):
        conn.execute(
            "INSERT INTO checklist_items (incident_id, key, label, position, added_at, done_at, done_by) "
            "VALUES (?, ?, ?, 0, ?, ?, ?)",
            (incident.id, key, label, "2026-03-14T13:00:00.000Z", done, "Ben Ode" if done else None),
        )
    conn.close()
    with open_database(path) as db:
        assert db.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        items = {i.key: i for i in checklist.checklist(db, incident.id)}
        assert {k for k, i in items.items() if i.done} == {"log-started", "pause-posts:@brand", "rotate-credentials"}
        assert items["rotate-credentials"].kept  # not on a reputation list, but ticked: kept
        assert items["log-started"].done_at == "2026-03-14T13:05:00.000Z"
        assert checklist_service.add_own(db, incident.id, "Call the insurer", author="Ana").value.key == "own-1"
        assert log.verify(db)[1] == []


# --- Reports and the command line ---------------------------------------------------------------------


def situation_html(db: Database, incident: str) -> str:
    return report_service.make_report(db, incident, "situation", "html", now=to_iso(datetime.now(UTC))).html


def test_the_situation_report_shows_the_deadline_and_the_open_items(db: Database, clock: Clock) -> None:
    incident = new(db, Category.SECURITY_BREACH)
    checklist_service.add_own(db, incident, "Call the insurer", author=AUTHOR)
    clock.advance(hours=2)
    page = report_service.make_report(db, incident, "situation", "html", now=to_iso(clock.now)).html
    assert "Deadlines set by law" in page
    assert "Notify the supervisory authority of the personal-data breach (GDPR Article 33, 72 hours)" in page
    assert "Sat 14 Mar 2026, 12:30" in page and "the detection time" in page  # became aware
    assert "Tue 17 Mar 2026, 12:30" in page  # due
    assert "<b>69 h 30 min left</b>" in page
    assert "Checklist items not yet done" in page and "<li>Call the insurer</li>" in page
    overdue = report_service.make_report(db, incident, "situation", "html", now=to_iso(T0 + timedelta(hours=75))).html
    assert 'class="value late"><b>Overdue by 3 h 30 min</b>' in overdue
    clock.advance(hours=10)
    checklist_service.tick(db, incident, BREACH_AUTHORITY, author="Dee Fox")
    done = report_service.make_report(db, incident, "situation", "html", now=to_iso(T0 + timedelta(hours=80))).html
    assert "<b>Done at Sun 15 Mar 2026, 01:00 by Dee Fox, 59 h 30 min before the deadline</b>" in done
    assert "Overdue" not in done
    reputation = new(db, Category.REPUTATION)
    assert "Deadlines set by law" not in report_service.make_report(db, reputation, "situation", "html").html


@pytest.mark.parametrize(
    ("language", "heading"), [("sv", "Lagstadgade tidsfrister"), ("fr", "Délais fixés par la loi")]
)
def test_the_deadline_section_is_in_the_reports_language(db: Database, language: str, heading: str) -> None:
    incident = new(db, Category.SECURITY_BREACH)
    languages.set_language(language)
    try:
        page = report_service.make_report(db, incident, "situation", "html").html
    finally:
        languages.set_language(None)
    assert heading in page


def test_the_command_line_shows_and_changes_the_checklist(capsys: pytest.CaptureFixture[str], clock: Clock) -> None:
    code, out, _ = run(
        capsys,
        "incident",
        "new",
        "Forum leak",
        "--category",
        "security-breach",
        "--detected",
        "2026-03-14T12:30:00Z",
        "--tz",
        "UTC",
    )
    incident = out.strip()
    code, out, err = run(capsys, "checklist", incident[:8], "--json")
    assert code == 0 and err == ""
    shown = json.loads(out)
    assert [i["key"] for i in shown["items"]][:4] == [
        "log-started",
        "pause-posts",
        "secure-accounts",
        "rotate-credentials",
    ]
    assert shown["deadlines"][0] | {"seconds_left": 0} == {
        "item": "breach-authority-notified",
        "law": "GDPR Article 33",
        "hours": 72,
        "aware_at": "2026-03-14T12:30:00.000Z",
        "aware_basis": "detection",
        "due_at": "2026-03-17T12:30:00.000Z",
        "done_at": None,
        "done_by": None,
        "state": "running",
        "seconds_left": 0,
    }
    assert shown["deadlines"][0]["seconds_left"] == (71 * 60 + 30) * 60
    assert run(capsys, "checklist", "add", incident, "Call the insurer")[1].strip() == "own-1"
    assert run(capsys, "checklist", "add", incident, "@brand on X", "--account")[1].strip() == "pause-posts:@brand on X"
    code, out, _ = run(capsys, "checklist", "check", incident, "own-1", "--author", "Ben Ode")
    assert (code, out.strip()) == (0, "[x] own-1  Call the insurer")
    assert run(capsys, "checklist", "rename", incident, "own-1", "Call the insurer today")[0] == 0
    code, out, _ = run(capsys, "checklist", "aware", incident, "2026-03-14 10:00")
    assert code == 0 and "due 2026-03-17 10:00" in out and "69 h 00 min left" in out
    code, out, _ = run(capsys, "checklist", incident)
    lines = out.splitlines()
    assert lines[0] == "Forum leak: 1 of 13 done (times: UTC)"
    assert "[x] own-1" in out and "Call the insurer today  (done 2026-03-14 13:00 by Ben Ode; own)" in out
    assert lines[-1] == (
        "Breach notification (GDPR Art. 33, 72 h): became aware 2026-03-14 10:00 (set); due 2026-03-17 10:00, "
        "69 h 00 min left"
    )
    assert run(capsys, "checklist", "remove", incident, "own-1")[0] == 0
    with open_database(paths.default_db_path(), write=False) as db:
        texts = [e.text for e in log.entries(db, incident) if e.kind == Kind.ACTION]
    assert "Checklist item added: Call the insurer" in texts
    assert any(t.startswith("Checklist item removed: Call the insurer today (it had been done at") for t in texts)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "{id}", "make-coffee"), "no checklist item 'make-coffee'"),
        (("rename", "{id}", "log-started", "Log"), "built-in item"),
        (("recall", "{id}", "on"), "operational failure"),
        (("aware", "{id}", "yesterday"), "is not a date and time"),
        (("aware", "{id}", "2099-01-01T00:00"), "cannot be in the future"),
    ],
)
def test_the_command_line_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], clock: Clock, args: tuple[str, ...], message: str
) -> None:
    incident = run(capsys, "incident", "new", "Forum leak", "--category", "security-breach")[1].strip()
    code, out, err = run(capsys, "checklist", *(a.format(id=incident) for a in args))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
