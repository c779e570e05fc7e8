"""Merge rules of a shared incident (issue 18, DESIGN.md "Merge rules"): three laptops, each its own
database, exchanging through the real ``services.sharing`` (start, join, admit, sync) and acting
without seeing each other in between.

* Severity: levels set without seeing each other are both shown and the higher stands, until the
  crisis lead sets one that has seen both.
* Statements: concurrent drafts become sibling versions; an approval approves one text (by its
  drafting entry and its SHA-256); a release needs the approval of that same text.

Each laptop has its own fixed clock, so which of two concurrent entries comes later in the signed
order is chosen by the test, not by chance.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from crisisroom.domain.clock import FixedClock
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.statements import StatementReleased
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.message_flow import MessageState, text_sha256
from crisisroom.domain.team import example_roster
from crisisroom.services import incidents as incident_service
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.services import sharing, verification
from crisisroom.services import statements as statement_service
from crisisroom.storage import events, incidents, log, messages
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.schema import migrations
from tests.unit.test_cli import run

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
LEAD = "Maya Lindqvist"  # the example roster's crisis lead, who may also approve statements
HOLDING = "We are aware of the problem and are looking into it. More by 11:00."


@dataclass
class Laptop:
    name: str
    person: str
    db: Database
    clock: FixedClock

    def at(self, minutes: float) -> Laptop:
        """Set this laptop's clock to T0 plus ``minutes``."""
        self.clock.set(T0 + timedelta(minutes=minutes))
        return self


@dataclass
class Team:
    incident: str
    a: Laptop
    b: Laptop
    c: Laptop

    @property
    def laptops(self) -> tuple[Laptop, Laptop, Laptop]:
        return (self.a, self.b, self.c)

    def sync(self, *which: Laptop) -> None:
        """Every laptop (or those named) writes its part and takes the others', twice round, with no alarm."""
        for _ in range(2):
            for laptop in which or self.laptops:
                report = sharing.sync(laptop.db).value
                assert report.new_alarms == [] and report.problems == [], report
        for laptop in which or self.laptops:
            for share in sharing.status(laptop.db):
                assert share.alarms == [], share.alarms


def person_id(name: str) -> str:
    return next(p.id for p in example_roster() if p.name == name)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """An incident opened at level 2 on laptop a and shared with b and c, everything exchanged."""
    folder = tmp_path / "shared"
    laptops = []
    for name, person in (("a", "Ana"), ("b", "Bo"), ("c", "Cy")):
        clock = FixedClock(T0)
        laptops.append(Laptop(f"laptop-{name}", person, open_database(tmp_path / f"{name}.db", clock=clock), clock))
    a, b, c = laptops
    try:
        incident = incident_service.open_incident(
            a.db, "Customer data on a forum", category=Category.SECURITY_BREACH, author="Ana", level=2
        ).value.id
        sharing.start(a.db, incident, folder, author="Ana", laptop=a.name)
        joined = [sharing.join(x.db, folder, author=x.person, laptop=x.name).value for x in (b, c)]
        for request in joined:
            sharing.admit(a.db, request.fingerprint, author="Ana")
        found = Team(incident, a, b, c)
        found.sync()
        yield found
    finally:
        for laptop in laptops:
            laptop.db.close()


def name_the_lead(team: Team, at: float) -> None:
    """Assess, Notify and Manage on laptop a, naming Maya Lindqvist crisis lead; everyone takes it."""
    database, incident = team.a.at(at).db, team.incident
    steps_service.commit_assess(
        database,
        incident,
        what_happened="A spreadsheet of customer e-mails was posted on a forum.",
        detected_at=T0 - timedelta(minutes=30),
        source_links=["https://forum.example/t/123"],
        facts=[("The file holds 1,200 e-mail addresses", True)],
        audiences=["customers"],
        category=Category.SECURITY_BREACH,
        level=2,
        author="Ana",
    )
    notify_service.record_notification(database, incident, person_id(LEAD), LEAD, "phone", author="Ana")
    steps_service.commit_notify(database, incident, author="Ana")
    steps_service.commit_manage(
        database,
        incident,
        lead_id=person_id(LEAD),
        lead_name=LEAD,
        scribe_id=person_id("Clara Moreau"),
        scribe_name="Clara Moreau",
        spokesperson_id=person_id("Henrik Sato"),
        spokesperson_name="Henrik Sato",
        author="Ana",
    )
    team.sync()


def same_everywhere(team: Team, tables: tuple[str, ...]) -> None:
    """Every laptop holds the same rows in these tables, and each one's state is what its log says."""
    snapshots = []
    for laptop in team.laptops:
        snapshots.append({t: sorted(tuple(r) for r in laptop.db.query(f'SELECT * FROM "{t}"')) for t in tables})
        assert verification.check_state(laptop.db).differences == []
    assert snapshots[0] == snapshots[1] == snapshots[2]


def level_of(laptop: Laptop, incident: str) -> int | None:
    return incidents.get(laptop.db, incident).level


# --- severity --------------------------------------------------------------------------------------


def make_severity_conflict(team: Team) -> None:
    """Bo sets 4 on b, then Cy, later and without seeing it, sets 3 on c; everyone takes both."""
    incident_service.set_level(team.b.at(10).db, team.incident, 4, author="Bo", reason="spreading")
    incident_service.set_level(team.c.at(12).db, team.incident, 3, author="Cy", reason="contained")
    team.sync()


def test_levels_set_without_seeing_each_other_are_both_shown_and_the_higher_stands(team: Team) -> None:
    make_severity_conflict(team)
    for laptop in team.laptops:
        # Cy's level is the later one in the signed order; the higher one stands all the same.
        assert level_of(laptop, team.incident) == 4
        conflict = incident_service.severity_conflict(laptop.db, team.incident)
        assert conflict is not None and conflict.disagree and conflict.lead is None
        assert [(h.level, h.set_by, h.laptop) for h in conflict.heads] == [(4, "Bo", "laptop-b"), (3, "Cy", "laptop-c")]
        assert conflict.level == 4
    same_everywhere(team, ("incidents", "severity_heads"))


def test_one_laptop_alone_keeps_the_latest_level(team: Team) -> None:
    a = team.a
    incident_service.set_level(a.at(10).db, team.incident, 5, author="Ana")
    incident_service.set_level(a.at(11).db, team.incident, 3, author="Ana")
    assert level_of(a, team.incident) == 3
    assert [h.level for h in incidents.severity_heads(a.db, team.incident)] == [3]
    assert incident_service.severity_conflict(a.db, team.incident) is None


def test_a_level_set_after_seeing_one_head_only_leaves_the_other(team: Team) -> None:
    incident_service.set_level(team.b.at(10).db, team.incident, 4, author="Bo")
    incident_service.set_level(team.c.at(12).db, team.incident, 3, author="Cy")
    team.sync(team.b)  # b writes its level; c takes nothing yet
    # Ana sees only Bo's level (a takes b's segment) and lowers it: Cy's 3 was not seen, it stays.
    sharing.sync(team.a.at(14).db)
    incident_service.set_level(team.a.db, team.incident, 2, author="Ana")
    team.sync()
    for laptop in team.laptops:
        assert [(h.level, h.set_by) for h in incidents.severity_heads(laptop.db, team.incident)] == [
            (3, "Cy"),
            (2, "Ana"),
        ]
        assert level_of(laptop, team.incident) == 3
    same_everywhere(team, ("incidents", "severity_heads"))


def test_only_the_crisis_lead_settles_levels_that_disagree(team: Team) -> None:
    name_the_lead(team, at=5)
    make_severity_conflict(team)
    before = len(log.entries(team.b.db, team.incident))
    with pytest.raises(InvalidInputError) as refused:
        incident_service.set_level(team.b.at(20).db, team.incident, 5, author="Bo")
    assert str(refused.value) == (
        "levels 4 (Bo) and 3 (Cy) were set without seeing each other; only the crisis lead, "
        "Maya Lindqvist, can settle it"
    )
    with pytest.raises(InvalidInputError, match="only the crisis lead, Maya Lindqvist"):
        incident_service.reassess(team.c.at(20).db, team.incident, 4, author="Cy")
    assert len(log.entries(team.b.db, team.incident)) == before
    assert incident_service.severity_conflict(team.b.db, team.incident) is not None
    # The lead (as typed, in any case) keeps the higher level: recorded, since it settles both.
    done = incident_service.set_level(team.a.at(22).db, team.incident, 4, author="maya lindqvist")
    assert done.changes and done.value.level == 4
    assert "settling level 4 set by Bo on laptop-b and level 3 set by Cy on laptop-c" in (
        log.entries(team.a.db, team.incident)[-1].text
    )
    team.sync()
    for laptop in team.laptops:
        assert incident_service.severity_conflict(laptop.db, team.incident) is None
        assert [(h.level, h.set_by) for h in incidents.severity_heads(laptop.db, team.incident)] == [
            (4, "maya lindqvist")
        ]
    # Settled: anyone sets levels again.
    incident_service.set_level(team.b.at(30).db, team.incident, 2, author="Bo")
    team.sync()
    assert {level_of(laptop, team.incident) for laptop in team.laptops} == {2}
    same_everywhere(team, ("incidents", "severity_heads"))


def test_without_a_lead_anyone_settles_and_a_lower_level_can_stand(team: Team) -> None:
    make_severity_conflict(team)
    incident_service.reassess(team.c.at(20).db, team.incident, 3, author="Cy", reason="both seen, it is contained")
    team.sync()
    for laptop in team.laptops:
        assert level_of(laptop, team.incident) == 3
        assert incident_service.severity_conflict(laptop.db, team.incident) is None
    same_everywhere(team, ("incidents", "severity_heads"))


def test_status_shows_the_levels_set_without_seeing_each_other(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name_the_lead(team, at=5)
    make_severity_conflict(team)
    db = str(tmp_path / "b.db")
    code, out, err = run(capsys, "--db", db, "status", team.incident, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["level"] == 4
    conflict = shown["level_conflict"]
    assert (conflict["level"], conflict["disagree"], conflict["lead"]) == (4, True, LEAD)
    assert [(h["level"], h["set_by"], h["laptop"]) for h in conflict["heads"]] == [
        (4, "Bo", "laptop-b"),
        (3, "Cy", "laptop-c"),
    ]
    code, out, err = run(capsys, "--db", db, "status", team.incident)
    assert code == 0, err
    assert (
        "levels set without seeing each other (level 4 by Bo on laptop-b; level 3 by Cy on laptop-c): "
        "level 4, the highest, stands until the crisis lead, Maya Lindqvist, sets a level"
    ) in out
    # One level standing alone: nothing about it.
    incident_service.set_level(team.b.at(30).db, team.incident, 4, author=LEAD)
    code, out, _ = run(capsys, "--db", db, "status", team.incident, "--json")
    assert json.loads(out)["level_conflict"] is None


# --- statements ------------------------------------------------------------------------------------


def draft(laptop: Laptop, incident: str, text: str, audience: str = "press", phase: str = "holding") -> str:
    done = statement_service.save_draft_text(laptop.db, incident, audience, phase, text, author=laptop.person)
    return done.value.id


def approve(laptop: Laptop, message_id: str, approver: str = "Henrik Sato") -> None:
    statement_service.approve_as(laptop.db, message_id, approver, author=laptop.person)


def texts(laptop: Laptop, message_id: str) -> list[tuple[int, str, str]]:
    return [(v.number, v.text, v.saved_by) for v in messages.versions(laptop.db, message_id)]


STATEMENT_TABLES = ("incident_messages", "message_versions")


def test_concurrent_drafts_become_sibling_versions(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    team.sync()
    draft(team.b.at(10), team.incident, "Bo's words.")
    draft(team.c.at(12), team.incident, "Cy's words.")  # later in the signed order
    team.sync()
    for laptop in team.laptops:
        assert texts(laptop, message) == [(1, HOLDING, "Ana"), (2, "Bo's words.", "Bo"), (3, "Cy's words.", "Cy")]
        current = messages.get(laptop.db, message).current
        assert (current.number, current.text) == (3, "Cy's words.")
        beside = messages.siblings(laptop.db, message)
        assert [(s.version.number, s.version.text, s.version.saved_by, s.laptop) for s in beside] == [
            (2, "Bo's words.", "Bo", "laptop-b")
        ]
    same_everywhere(team, STATEMENT_TABLES)
    # Ana saves a text after seeing both: it follows both, and no sibling is left.
    draft(team.a.at(20), team.incident, "Ana's words, after reading Bo's and Cy's.")
    team.sync()
    for laptop in team.laptops:
        assert messages.siblings(laptop.db, message) == []
        assert messages.get(laptop.db, message).current.number == 4
    same_everywhere(team, STATEMENT_TABLES)


def test_statement_list_shows_the_sibling(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    team.sync()
    draft(team.b.at(10), team.incident, "Bo's words.")
    draft(team.c.at(12), team.incident, "Cy's words.")
    team.sync()
    code, out, err = run(capsys, "--db", str(tmp_path / "a.db"), "statement", "list", team.incident)
    assert code == 0, err
    assert "sibling v2 (draft) by Bo on laptop-b, drafted without seeing v3" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "statement", "list", team.incident, "--json")
    (listed,) = json.loads(out)
    assert listed["id"] == message and listed["text"] == "Cy's words."
    assert [(s["number"], s["text"], s["laptop"]) for s in listed["siblings"]] == [(2, "Bo's words.", "laptop-b")]


def test_first_drafts_of_one_cell_on_two_laptops_make_one_cell(team: Team) -> None:
    first = draft(team.b.at(10), team.incident, "Bo's first words.", audience="customers", phase="update")
    second = draft(team.c.at(12), team.incident, "Cy's first words.", audience="customers", phase="update")
    assert first == second  # the same cell on both laptops
    team.sync()
    for laptop in team.laptops:
        (cell,) = messages.messages(laptop.db, team.incident)
        assert cell.id == first
        assert texts(laptop, first) == [(1, "Bo's first words.", "Bo"), (2, "Cy's first words.", "Cy")]
        assert [s.version.number for s in messages.siblings(laptop.db, first)] == [1]
    same_everywhere(team, STATEMENT_TABLES)


def test_an_approval_stays_with_the_text_it_approved_when_a_sibling_comes_first(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    team.sync()
    # Bo edits on b first; Ana, not seeing it, edits on a, has it approved and releases it.
    draft(team.b.at(10), team.incident, "Bo's edit.")
    draft(team.a.at(12), team.incident, "Ana's edit.")
    approve(team.a.at(13), message)
    statement_service.release(team.a.at(14).db, message, where=["Website"], author="Ana")
    # On a, Ana's text was v2; in the merged log Bo's comes first, and Ana's is v3.
    team.sync()
    for laptop in team.laptops:
        by_text = {v.text: v for v in messages.versions(laptop.db, message)}
        ana, bo = by_text["Ana's edit."], by_text["Bo's edit."]
        assert (bo.number, bo.state) == (2, MessageState.DRAFT)
        assert (ana.number, ana.state) == (3, MessageState.RELEASED)
        assert ana.approval is not None and ana.approval.text_sha256 == text_sha256("Ana's edit.")
        assert ana.release is not None and ana.release.where == ("Website",)
        cell = messages.get(laptop.db, message)
        assert cell.current.number == 3 and cell.last_released is not None and cell.last_released.number == 3
        assert [s.version.text for s in messages.siblings(laptop.db, message)] == ["Bo's edit."]
    same_everywhere(team, STATEMENT_TABLES)


def test_an_edit_made_elsewhere_after_approval_needs_its_own_approval(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    team.sync()
    approve(team.a.at(10), message)
    draft(team.b.at(11), team.incident, HOLDING + " Updated by Bo.")  # b had not seen the approval
    team.sync()
    before = len(log.entries(team.a.db, team.incident))
    with pytest.raises(InvalidInputError) as refused:
        statement_service.release(team.a.at(20).db, message, where=["X"], author="Ana")
    assert "\n" not in str(refused.value)
    assert "needs its own approval" in str(refused.value)
    assert len(log.entries(team.a.db, team.incident)) == before
    approve(team.a.at(21), message)
    released = statement_service.release(team.a.at(22).db, message, where=["X"], author="Ana").value
    assert released.current.text == HOLDING + " Updated by Bo." and released.current.state is MessageState.RELEASED
    team.sync()
    same_everywhere(team, STATEMENT_TABLES)


def test_two_approvals_of_one_version_made_apart_keep_the_first(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    team.sync()
    approve(team.b.at(10), message, "Henrik Sato")
    approve(team.c.at(12), message, "Clara Moreau")
    team.sync()
    for laptop in team.laptops:
        current = messages.get(laptop.db, message).current
        assert current.approval is not None and current.approval.name == "Henrik Sato"
        assert current.approval.text_sha256 == text_sha256(HOLDING)
        approvals = [e for e in log.entries(laptop.db, team.incident) if "approved by" in e.text]
        assert len(approvals) == 2  # the log keeps both
    same_everywhere(team, STATEMENT_TABLES)


def test_two_releases_of_one_version_made_apart_add_their_places(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    approve(team.a.at(6), message)
    team.sync()
    statement_service.release(team.b.at(10).db, message, where=["X"], author="Bo")
    statement_service.release(team.c.at(12).db, message, where=["Website", "x"], author="Cy")
    team.sync()
    for laptop in team.laptops:
        release = messages.get(laptop.db, message).current.release
        assert release is not None
        assert (release.where, release.recorded_by) == (("X", "Website"), "Bo")
    same_everywhere(team, STATEMENT_TABLES)


def test_a_release_whose_text_was_not_approved_does_not_show_as_released(team: Team) -> None:
    message = draft(team.a.at(5), team.incident, HOLDING)
    approve(team.a.at(6), message)
    team.sync()
    # Not through the service (which refuses it): a release entry naming another text's hash.
    cell = messages.get(team.b.db, message)
    team.b.at(10)
    events.record(
        team.b.db,
        team.incident,
        StatementReleased(
            incident=team.incident,
            message=message,
            version=cell.current.number,
            where=["X"],
            text_sha256=text_sha256("Words nobody approved."),
            draft=messages.draft_entry(team.b.db, message, cell.current.number),
        ),
        "Press · Holding statement: v1 released on X",
        kind=Kind.MESSAGE,
        author="Bo",
    )
    team.sync()
    for laptop in team.laptops:
        current = messages.get(laptop.db, message).current
        assert current.state is MessageState.APPROVED and current.release is None
        assert log.entries(laptop.db, team.incident)[-1].text == "Press · Holding statement: v1 released on X"
    same_everywhere(team, STATEMENT_TABLES)


# --- entries written before these rules ----------------------------------------------------------


def _v1_entries(database: Database) -> tuple[str, str]:
    """An incident's severity and statement entries in the version 1 shapes (no heads, versions by
    number), appended as Crisis Room 22 wrote them. Returns the incident and the statement ids."""
    incident = incidents.create(database, "Old outage", category=Category.OPERATIONAL, author="Ana", level=2)
    message = "3a3d2b8e-6c1f-4c55-9d2b-0c7f7f1b9a10"
    payloads = [
        ("severity", {"type": "incident.severity-set", "v": 1, "incident": incident.id, "level": 5, "previous": 2}),
        ("severity", {"type": "incident.severity-set", "v": 1, "incident": incident.id, "level": 3, "previous": 5}),
    ]
    for number, (text, state) in enumerate(((HOLDING, None), ("Second words.", "draft")), start=1):
        payloads.append(
            (
                "message",
                {
                    "type": "statement.drafted",
                    "v": 1,
                    "incident": incident.id,
                    "message": message,
                    "audience": "press",
                    "phase": "holding",
                    "platform": "",
                    "version": number,
                    "previous_state": state,
                    "text": text,
                    "text_sha256": text_sha256(text),
                },
            )
        )
    common = {"incident": incident.id, "message": message, "version": 2, "text_sha256": text_sha256("Second words.")}
    payloads.append(
        (
            "message",
            {
                "type": "statement.approved",
                "v": 1,
                **common,
                "approver_name": "Henrik Sato",
                "approver_role": "Executive approver",
                "approver_id": None,
                "at": None,
                "over_limit": None,
            },
        )
    )
    payloads.append(
        (
            "message",
            {"type": "statement.released", "v": 1, **common, "where": ["X"], "at": None, "over_limit": None},
        )
    )
    payloads[-1][1]["override_reason"] = None
    for kind, payload in payloads:
        log.append(database, incident.id, f"old {payload['type']}", kind=kind, author="Ana", payload=payload)
    return incident.id, message


def test_entries_of_version_1_replay_as_they_did(tmp_path: Path) -> None:
    with open_database(tmp_path / "old.db") as database:
        incident, message = _v1_entries(database)
        events.rebuild_in_place(database)  # the state from the log alone, version 1 payloads upgraded
        assert incidents.get(database, incident).level == 3  # the latest level, as before
        assert [h.level for h in incidents.severity_heads(database, incident)] == [3]
        versions = messages.versions(database, message)
        assert [(v.number, v.text) for v in versions] == [(1, HOLDING), (2, "Second words.")]
        assert versions[1].state is MessageState.RELEASED and versions[1].approval is not None
        assert messages.siblings(database, message) == []


def test_a_version_22_file_gets_its_heads_and_version_links_as_its_log_says(tmp_path: Path) -> None:
    path = tmp_path / "v22.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrations.apply(sqlite_utils.Database(conn), stop_before="0023_shared_rules")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 22
    old = Database(path, conn, None, writable=True)
    # As Crisis Room 22 left them: the entries, and the rows its handlers wrote from them.
    incident = "6d1c9a52-2f43-4a8e-9d0e-3b1f5a7c2e90"
    drafts = []
    with old.transaction() as c:
        c.execute("PRAGMA defer_foreign_keys = ON")
        opened = log.append(
            old,
            incident,
            "Incident opened: Old outage",
            kind=Kind.STATUS,
            author="Ana",
            payload={
                "type": "incident.opened",
                "v": 1,
                "incident": incident,
                "title": "Old outage",
                "category": "operational",
                "drill": False,
                "level": 2,
                "detected_at": None,
                "timezone": "UTC",
            },
        )
        severity = log.append(
            old,
            incident,
            "Severity set to 4",
            kind=Kind.SEVERITY,
            author="Bo",
            payload={"type": "incident.severity-set", "v": 1, "incident": incident, "level": 4, "previous": 2},
        )
        c.execute(
            "INSERT INTO incidents (id, title, category, is_drill, level, detected_at, opened_at, closed_at, timezone) "
            "VALUES (?, 'Old outage', 'operational', 0, 4, NULL, ?, NULL, 'UTC')",
            (incident, opened.recorded_at),
        )
        for number, text in enumerate((HOLDING, "Second words.", "Third words."), start=1):
            drafted = log.append(
                old,
                incident,
                f"Press · Holding statement: draft v{number} saved",
                kind=Kind.MESSAGE,
                author="Ana",
                payload={
                    "type": "statement.drafted",
                    "v": 1,
                    "incident": incident,
                    "message": "m1",
                    "audience": "press",
                    "phase": "holding",
                    "platform": "",
                    "version": number,
                    "previous_state": None if number == 1 else "draft",
                    "text": text,
                    "text_sha256": text_sha256(text),
                },
            )
            drafts.append(drafted.id)
            if number == 1:
                c.execute(
                    "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
                    "VALUES ('m1', ?, 'press', 'holding', '', ?)",
                    (incident, drafted.recorded_at),
                )
            c.execute(
                "INSERT INTO message_versions (message_id, number, text, saved_at, saved_by, draft_log_entry_id) "
                "VALUES ('m1', ?, ?, ?, 'Ana', ?)",
                (number, text, drafted.recorded_at, drafted.id),
            )
    conn.close()

    with open_database(path) as database:
        assert [(h.entry_id, h.level, h.set_by) for h in incidents.severity_heads(database, incident)] == [
            (severity.id, 4, "Bo")
        ]
        follows = [json.loads(r[0]) for r in database.query("SELECT follows FROM message_versions ORDER BY number")]
        assert follows == [[], [drafts[0]], [drafts[1]]]
        assert messages.siblings(database, "m1") == []
        # What the migration made is what a replay of the log makes.
        assert verification.check_state(database).differences == []
        # A saved version's links never change.
        with pytest.raises(sqlite3.IntegrityError), database.transaction() as tx:
            tx.execute("UPDATE message_versions SET follows = '[]' WHERE number = 2")
