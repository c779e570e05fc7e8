"""Notify outcomes: each try to reach a person kept with what came of it, its time (also entered
afterwards), the person's state, the log, the upgrade of older files, the reports and the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils

from crisisroom.cli import main
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.notifications import ChainCounts, Channel, Outcome
from crisisroom.domain.response_steps import Step
from crisisroom.domain.team import Person
from crisisroom.drills.after_action import observe
from crisisroom.i18n import languages
from crisisroom.reports import data
from crisisroom.services import next_steps as next_steps_service
from crisisroom.services import notify as notify_service
from crisisroom.services import reports as report_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log, notifications, team
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.file_format import SCHEMA_VERSION
from crisisroom.storage.schema import migrations
from tests.unit.corrections_support import visible_text
from tests.unit.wizard_support import AUTHOR, T0, WIZARD_TABLES, Clock, assess, table_snapshot

# A level-3 chain of five, called by their own levels (no roles, so the chain of command's roles add
# nobody), and one more on the team who is called from level 4 only.
ROSTER = (
    Person("p-ana", "Ana Ruiz", phone="+46 70 111 11 11", levels=(3,)),
    Person("p-ben", "Ben Ode", phone="+46 70 222 22 22", backup_id="p-eli", levels=(3,)),
    Person("p-cy", "Cy Lam", phone="+46 70 333 33 33", levels=(3,)),
    Person("p-dee", "Dee Moss", phone="+46 70 444 44 44", levels=(3,)),
    Person("p-eli", "Eli Noor", phone="+46 70 555 55 55", levels=(3,)),
    Person("p-dan", "Dan Berg", phone="+46 70 666 66 66", levels=(4,)),
)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path, clock: Clock) -> Iterator[Database]:
    with open_database(db_path) as database:
        team.replace_roster(database, list(ROSTER))
        yield database


def ids(database: Database) -> dict[str, str]:
    """The roster's ids by first name (the roster keeps or gives ids as it sees fit)."""
    return {p.name.split()[0]: p.id for p in team.list_people(database)}


def new_incident(database: Database, level: int | None = 3, timezone: str = "Europe/Stockholm") -> str:
    return incidents.create(
        database,
        "Customer e-mails on a forum",
        category=Category.REPUTATION,
        author=AUTHOR,
        level=level,
        timezone=timezone,
    ).id


def outcome(database: Database, incident: str, who: str, what: str, **kwargs: object) -> None:
    person = next(p for p in team.list_people(database) if p.name.startswith(who))
    notify_service.record_outcome(database, incident, person.id, person.name, what, author=AUTHOR, **kwargs)  # type: ignore[arg-type]


# --- Recording ----------------------------------------------------------------------------------------


def test_every_try_is_kept_and_the_state_is_the_most_advanced_outcome(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    clock.at(minutes=10)
    outcome(db, incident, "Ben", "no-answer")
    assert notifications.person(db, incident, ids(db)["Ben"]).state is Outcome.NO_ANSWER
    clock.at(minutes=12)
    outcome(db, incident, "Ben", "voicemail", channel="sms")
    assert notifications.person(db, incident, ids(db)["Ben"]).state is Outcome.VOICEMAIL
    clock.at(minutes=25)
    outcome(db, incident, "Ben", Outcome.REACHED)
    clock.at(minutes=40)
    outcome(db, incident, "Ben", "no answer")  # a later call for an update went unanswered: still reached
    ben = notifications.person(db, incident, ids(db)["Ben"])
    assert [(a.outcome, a.channel) for a in ben.attempts] == [
        (Outcome.NO_ANSWER, Channel.PHONE),
        (Outcome.VOICEMAIL, Channel.SMS),
        (Outcome.REACHED, Channel.PHONE),
        (Outcome.NO_ANSWER, Channel.PHONE),
    ]
    assert ben.state is Outcome.REACHED and ben.current.occurred_at == "2026-03-14T13:25:00.000Z"
    assert ben.reached_at == "2026-03-14T13:25:00.000Z" and ben.acknowledged_at is None
    clock.at(minutes=45)
    outcome(db, incident, "Ben", "acknowledged")
    assert notifications.person(db, incident, ids(db)["Ben"]).state is Outcome.ACKNOWLEDGED


def test_a_try_made_earlier_keeps_when_it_happened_and_when_it_was_written_down(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    clock.at(minutes=30)  # 14:30 in Stockholm: both calls written down now
    outcome(db, incident, "Ana", "reached", occurred_at=T0 + timedelta(minutes=25))
    outcome(db, incident, "Ana", "no-answer", occurred_at=T0 + timedelta(minutes=10))
    ana = notifications.person(db, incident, ids(db)["Ana"])
    # In the order they happened, not the order they were written down.
    assert [(a.outcome, a.occurred_at, a.recorded_at) for a in ana.attempts] == [
        (Outcome.NO_ANSWER, "2026-03-14T13:10:00.000Z", "2026-03-14T13:30:00.000Z"),
        (Outcome.REACHED, "2026-03-14T13:25:00.000Z", "2026-03-14T13:30:00.000Z"),
    ]
    assert ana.state is Outcome.REACHED
    entries = [e for e in log.entries(db, incident) if e.kind == Kind.NOTIFICATION]
    assert [(e.text, e.occurred_at, e.recorded_at) for e in entries] == [
        (
            "Ana Ruiz: reached by phone at 2026-03-14 14:25 Europe/Stockholm",
            "2026-03-14T13:25:00.000Z",
            "2026-03-14T13:30:00.000Z",
        ),
        (
            "Ana Ruiz: no answer by phone at 2026-03-14 14:10 Europe/Stockholm",
            "2026-03-14T13:10:00.000Z",
            "2026-03-14T13:30:00.000Z",
        ),
    ]
    with pytest.raises(InvalidInputError, match="cannot be in the future"):
        outcome(db, incident, "Ana", "reached", occurred_at=clock.now + timedelta(minutes=5))


def test_each_outcome_writes_its_log_entry_with_the_try_and_a_refusal_writes_nothing(
    db: Database, clock: Clock
) -> None:
    incident = new_incident(db)
    before = len(log.entries(db, incident))
    outcome(db, incident, "Cy", "voicemail", channel="email")
    [entry] = log.entries(db, incident)[before:]
    assert entry.text == "Cy Lam: voicemail or message left by e-mail at 2026-03-14 14:00 Europe/Stockholm"
    assert entry.occurred_at is None  # "now": the recorded time says it
    [stored] = db.query("SELECT id, log_entry_id, outcome FROM notification_attempts")
    assert (stored["log_entry_id"], stored["outcome"]) == (entry.id, "voicemail")
    assert entry.payload == {
        "type": "notify.outcome",
        "v": 1,
        "incident": incident,
        "attempt": stored["id"],
        "person": ids(db)["Cy"],
        "name": "Cy Lam",
        "outcome": "voicemail",
        "channel": "email",
        "at": "2026-03-14T13:00:00.000Z",
    }
    # Acknowledging straight away is one try; a second acknowledgement is refused and stores nothing.
    outcome(db, incident, "Dee", "acknowledged")
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(InvalidInputError, match="Dee Moss already acknowledged at 2026-03-14 14:00 Europe/Stockholm"):
        outcome(db, incident, "Dee", "acknowledged")
    with pytest.raises(InvalidInputError, match="unknown outcome 'busy'; choose one of no-answer, voicemail"):
        outcome(db, incident, "Dee", "busy")
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot
    assert log.verify(db)[1] == []


def test_a_kept_try_cannot_be_changed_or_deleted(db: Database) -> None:
    incident = new_incident(db)
    outcome(db, incident, "Ana", "no-answer")
    with pytest.raises(sqlite3.IntegrityError, match="kept as it is"), db.transaction() as conn:
        conn.execute("UPDATE notification_attempts SET outcome = 'reached'")
    with pytest.raises(sqlite3.IntegrityError, match="kept as it is"), db.transaction() as conn:
        conn.execute("DELETE FROM notification_attempts")
    assert notifications.person(db, incident, ids(db)["Ana"]).state is Outcome.NO_ANSWER


def test_notify_is_done_only_when_someone_was_reached(db: Database, clock: Clock) -> None:
    incident = new_incident(db, level=None)
    assess(db, incident, level=3, category=Category.REPUTATION)
    outcome(db, incident, "Ana", "no-answer")
    outcome(db, incident, "Ben", "voicemail")
    with pytest.raises(InvalidInputError, match="at least one person"):
        steps_service.commit_notify(db, incident, author=AUTHOR)
    clock.at(minutes=5)
    outcome(db, incident, "Cy", "reached")
    steps_service.commit_notify(db, incident, author=AUTHOR, expected_people=[(ids(db)["Dee"], "Dee Moss")])
    done = steps_store.load(db, incident).completed[Step.NOTIFY]
    assert log.entries(db, incident)[-1].text == (
        "Step 2 of 5, Notify, done: reached 1 (Cy Lam); acknowledged 0; tried, not reached yet: Ana Ruiz, Ben Ode; "
        "not tried yet: Dee Moss; no all-staff alert (below level 4)"
    )
    assert [p["name"] for p in done.summary["reached"]] == ["Cy Lam"]
    assert [(p["name"], p["state"]) for p in done.summary["tried"]] == [
        ("Ana Ruiz", "no answer"),
        ("Ben Ode", "voicemail"),
    ]


# --- What reads the state ------------------------------------------------------------------------------


def test_the_chain_counts_and_the_next_step_name_the_backup_of_who_did_not_answer(db: Database) -> None:
    incident = new_incident(db)
    outcome(db, incident, "Ana", "acknowledged")
    outcome(db, incident, "Ben", "no-answer")
    outcome(db, incident, "Cy", "reached")
    chain = notifications.chain_states(db, incidents.get(db, incident))
    assert [(c.person.name, c.state) for c in chain] == [
        ("Ana Ruiz", Outcome.ACKNOWLEDGED),
        ("Ben Ode", Outcome.NO_ANSWER),
        ("Cy Lam", Outcome.REACHED),
        ("Dee Moss", None),
        ("Eli Noor", None),
    ]
    counts = ChainCounts.of(c.state for c in chain)
    assert counts.text() == "5 in the chain: 1 acknowledged, 1 reached, 1 no answer, 2 not yet tried"
    step = next(s for s in next_steps_service.steps(db, incident) if s.kind == "chain")
    assert step.why == (
        "Not contacted yet: Dee Moss, Eli Noor. Tried, not reached yet: Ben Ode (or backup Eli Noor). "
        "Reached, not yet acknowledged: Cy Lam."
    )


def test_a_drill_counts_as_notified_only_when_someone_was_reached(db: Database, clock: Clock) -> None:
    incident = new_incident(db)
    clock.at(minutes=3)
    outcome(db, incident, "Ana", "no-answer")
    outcome(db, incident, "Ben", "voicemail")
    assert observe(db, incident, T0).notified == ()
    clock.at(minutes=9)
    outcome(db, incident, "Ana", "reached")
    assert [moment.isoformat() for moment in observe(db, incident, T0).notified] == ["2026-03-14T13:09:00+00:00"]


@pytest.fixture
def mixed(db: Database, clock: Clock) -> str:
    """The level-3 chain: Ana acknowledged, Ben reached after no answer, Cy no answer, Dee a message, Eli not tried."""
    incident = new_incident(db)
    clock.at(minutes=10)
    outcome(db, incident, "Ana", "reached")
    outcome(db, incident, "Ben", "no-answer")
    outcome(db, incident, "Cy", "no-answer")
    outcome(db, incident, "Dee", "voicemail")
    clock.at(minutes=25)
    outcome(db, incident, "Ana", "acknowledged")
    outcome(db, incident, "Ben", "reached")
    return incident


def test_the_situation_report_counts_them_in_each_language(db: Database, mixed: str) -> None:
    people = data.situation(report_service.load_source(db, mixed))["people"]
    assert people["counts"] == [
        {"key": "acknowledged", "count": 1},
        {"key": "reached", "count": 1},
        {"key": "voicemail", "count": 1},
        {"key": "no_answer", "count": 1},
        {"key": "not_tried", "count": 1},
    ]
    assert (people["chain_total"], people["chain_reached"], people["chain_confirmed"]) == (5, 2, 1)
    assert people["tried"] == [
        {"name": "Cy Lam", "state": "no_answer", "at": "14:10"},
        {"name": "Dee Moss", "state": "voicemail", "at": "14:10"},
    ]
    expected = {
        "en": (
            "5 people in the level-3 chain of command: 1 acknowledged, 1 reached, 1 message left, 1 no answer, "
            "1 not yet tried.",
            "Tried, not reached yet: Cy Lam (no answer, 14:10) Dee Moss (message left, 14:10)",
        ),
        "sv": (
            "5 personer i larmkedjan för nivå 3: 1 har bekräftat, 1 nådd, 1 meddelande lämnat, 1 svarade inte, "
            "1 inte kontaktad ännu.",
            "Försökt, inte nådda ännu: Cy Lam (svarade inte, 14:10) Dee Moss (meddelande lämnat, 14:10)",
        ),
        "fr": (
            "5 personnes dans la chaîne d’alerte du niveau 3 : 1 a confirmé, 1 jointe, 1 message laissé, "
            "1 sans réponse, 1 pas encore contactée.",
            "Essayées, pas encore jointes : Cy Lam (sans réponse, 14:10) Dee Moss (message laissé, 14:10)",
        ),
    }
    before = languages.language()
    try:
        for code, (counts, tried) in expected.items():
            languages.set_language(code)
            for fmt in ("html", "pdf"):  # the PDF is laid out from the same HTML
                text = visible_text(report_service.make_report(db, mixed, "situation", fmt).html)
                assert counts in text and tried in text, (code, fmt)
    finally:
        languages.set_language(before)


def test_the_situation_csv_is_the_call_tree(db: Database, mixed: str) -> None:
    report = report_service.make_report(db, mixed, "situation", "csv")
    rows = list(csv.reader(io.StringIO(report.csv.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Person", "In the chain", "State", "Since", "Attempts", "Every attempt"]
    assert rows[1:] == [
        [
            "Ana Ruiz",
            "yes",
            "acknowledged",
            "2026-03-14 14:25",
            "2",
            "2026-03-14 14:10 reached (phone); 2026-03-14 14:25 acknowledged (phone)",
        ],
        [
            "Ben Ode",
            "yes",
            "reached",
            "2026-03-14 14:25",
            "2",
            "2026-03-14 14:10 no answer (phone); 2026-03-14 14:25 reached (phone)",
        ],
        ["Cy Lam", "yes", "no answer", "2026-03-14 14:10", "1", "2026-03-14 14:10 no answer (phone)"],
        ["Dee Moss", "yes", "message left", "2026-03-14 14:10", "1", "2026-03-14 14:10 message left (phone)"],
        ["Eli Noor", "yes", "not yet tried", "", "0", ""],
    ]


# --- Files from before outcomes --------------------------------------------------------------------------


def test_a_version_12_file_keeps_its_calls_as_reached_and_its_acknowledgements_as_tries(tmp_path: Path) -> None:
    path = tmp_path / "v12.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrations.apply(sqlite_utils.Database(conn), stop_before="0013_notify_outcomes")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
    old = Database(path, conn, None, writable=True)
    incident = incidents.create(old, "Old outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    # As Crisis Room 12 wrote them: a call per attempt, the acknowledgement on the person's row.
    calls = [("a1", "p-ben", "phone", "2026-03-14T13:02:00.000Z"), ("a2", "p-ben", "sms", "2026-03-14T13:05:00.000Z")]
    calls.append(("a3", "p-cy", "email", "2026-03-14T13:04:00.000Z"))
    with old.transaction() as c:
        c.execute(
            "INSERT INTO notified_people (incident_id, person_id, person_name) VALUES (?, 'p-ben', 'Ben Ode')",
            [incident.id],
        )
        c.execute(
            "INSERT INTO notified_people (incident_id, person_id, person_name) VALUES (?, 'p-cy', 'Cy Lam')",
            [incident.id],
        )
        for attempt_id, person, channel, at in calls:
            entry = log.append(old, incident.id, f"{person} notified", kind=Kind.NOTIFICATION, author="Ana")
            c.execute(
                "INSERT INTO notification_attempts (id, incident_id, person_id, channel, notified_at, recorded_at, "
                "recorded_by, log_entry_id) VALUES (?, ?, ?, ?, ?, ?, 'Ana', ?)",
                [attempt_id, incident.id, person, channel, at, at, entry.id],
            )
        ack = log.append(old, incident.id, "Ben Ode acknowledged", kind=Kind.NOTIFICATION, author="Omar")
        c.execute(
            "UPDATE notified_people SET acknowledged_at = '2026-03-14T13:03:00.000Z', "
            "acknowledged_recorded_by = 'Omar', ack_log_entry_id = ? WHERE person_id = 'p-ben'",
            [ack.id],
        )
    conn.close()

    with open_database(path) as db:
        assert db.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        ben, cy = notifications.notifications(db, incident.id)
        assert [(a.outcome, a.channel, a.occurred_at, a.recorded_by) for a in ben.attempts] == [
            (Outcome.REACHED, Channel.PHONE, "2026-03-14T13:02:00.000Z", "Ana"),
            # The acknowledgement keeps its time, its author and its log entry; its channel is the try before it.
            (Outcome.ACKNOWLEDGED, Channel.PHONE, "2026-03-14T13:03:00.000Z", "Omar"),
            (Outcome.REACHED, Channel.SMS, "2026-03-14T13:05:00.000Z", "Ana"),
        ]
        assert ben.state is Outcome.ACKNOWLEDGED and ben.acknowledged_at == "2026-03-14T13:03:00.000Z"
        assert db.query("SELECT log_entry_id FROM notification_attempts WHERE outcome = 'acknowledged'")[0][0] == ack.id
        assert (cy.state, cy.attempts[0].channel) == (Outcome.REACHED, Channel.EMAIL)
        columns = {row["name"] for row in db.query("PRAGMA table_info(notified_people)")}
        assert columns == {"incident_id", "person_id", "person_name"}
        assert log.verify(db)[1] == []
        # And new tries go on from there.
        notify_service.record_outcome(db, incident.id, "p-cy", "Cy Lam", "acknowledged", author="Ana")
        assert notifications.person(db, incident.id, "p-cy").state is Outcome.ACKNOWLEDGED


# --- The command line -------------------------------------------------------------------------------------


@pytest.fixture
def cli_incident(db_path: Path, clock: Clock) -> str:
    with open_database(db_path) as database:
        team.replace_roster(database, list(ROSTER))
        return new_incident(database)


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_the_command_line_records_outcomes_with_their_times(
    db_path: Path, cli_incident: str, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.at(minutes=30)  # 14:30 in Stockholm
    assert (
        run(db_path, "notify", "record", cli_incident[:8], "ben", "no-answer", "--at", "14:10", "--author", "Omar") == 0
    )
    assert capsys.readouterr().out == (
        "Ben Ode: no answer by phone at 2026-03-14 14:10 "
        "(still to reach: try again or call the backup, Eli Noor +46 70 555 55 55)\n"
    )
    assert run(db_path, "notify", "record", cli_incident, "Ben Ode", "reached", "--at", "2026-03-14T14:25") == 0
    assert capsys.readouterr().out.startswith("Ben Ode: reached by phone at 2026-03-14 14:25 (reached, not yet")
    assert run(db_path, "notify", "record", cli_incident, "p-ana", "acknowledged", "--channel", "sms", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["name"], shown["state"], shown["needs_reaching"]) == ("Ana Ruiz", "acknowledged", False)
    assert shown["recorded"]["channel"] == "sms" and shown["recorded"]["occurred_at"] == "2026-03-14T13:30:00.000Z"
    with open_database(db_path, write=False) as database:
        ben = notifications.person(database, cli_incident, ids(database)["Ben"])
        assert [(a.outcome, a.occurred_at, a.recorded_by) for a in ben.attempts] == [
            (Outcome.NO_ANSWER, "2026-03-14T13:10:00.000Z", "Omar"),
            (Outcome.REACHED, "2026-03-14T13:25:00.000Z", ben.attempts[1].recorded_by),
        ]

    assert run(db_path, "notify", "list", cli_incident, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["counts"] == {
        "total": 5,
        "acknowledged": 1,
        "reached": 1,
        "voicemail": 0,
        "no_answer": 0,
        "not_tried": 3,
    }
    assert [(p["name"], p["state"]) for p in listed["people"]][:3] == [
        ("Ana Ruiz", "acknowledged"),
        ("Ben Ode", "reached"),
        ("Cy Lam", "not tried"),
    ]
    assert run(db_path, "status", cli_incident, "--json") == 0
    assert json.loads(capsys.readouterr().out)["notifications"]["counts"] == listed["counts"]
    assert run(db_path, "status", cli_incident) == 0
    assert "  team:       5 in the chain: 1 acknowledged, 1 reached, 3 not yet tried\n" in capsys.readouterr().out
    assert run(db_path, "notify", "list", cli_incident) == 0
    text = capsys.readouterr().out
    assert "level 3: 5 in the chain: 1 acknowledged, 1 reached, 3 not yet tried" in text
    assert "no answer 14:10 (phone), reached 14:25 (phone)" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Zed", "reached"), "nobody on the team is called 'Zed'"),
        (("d", "reached"), "'d' matches several people: Dan Berg, Dee Moss"),
        (("Ana", "busy"), "unknown outcome 'busy'"),
        (("Ana", "reached", "--channel", "pigeon"), "unknown channel 'pigeon'"),
        (("Ana", "reached", "--at", "23:59"), "cannot be in the future"),
        (("Ana", "reached", "--at", "25:00"), "'25:00' is not a time of day"),
    ],
)
def test_the_command_line_refuses_bad_input_with_one_line(
    db_path: Path,
    cli_incident: str,
    clock: Clock,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    assert run(db_path, "notify", "record", cli_incident, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("crisisroom: ") and message in err and err.count("\n") == 1
    with open_database(db_path, write=False) as database:
        assert notifications.notifications(database, cli_incident) == []
