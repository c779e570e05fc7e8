"""The chain of command by crisis type and level: defaults, warnings, storage, rule calls, ``crisisroom chain``."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from crisisroom.domain.chain import (
    EXAMPLE_TEAM,
    MISSING_ROLE,
    ChainTable,
    chain_of_command,
    default_table,
    is_made_up,
    roles_named,
    rule_call,
)
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.team import Person, example_roster
from crisisroom.storage import chain_of_command as chain_store
from crisisroom.storage import incidents, log, rules, team
from crisisroom.storage.database import Database, open_database
from crisisroom.system import paths
from tests.unit.test_cli import run
from tests.unit.test_rules import _negatives, _only, _store

BREACH, RECALL, REPUTATION = Category.SECURITY_BREACH, Category.OPERATIONAL, Category.REPUTATION


def real_team() -> list[Person]:
    """The example team made real: the same people and roles, their own notes and company addresses."""
    return [replace(p, notes="", email=p.email.replace("@example.com", "@tovelund.se")) for p in example_roster()]


def names(chain_people: list[Person]) -> set[str]:
    return {p.name for p in chain_people}


# --- The default table ------------------------------------------------------------------------------


def test_a_breach_at_level_3_calls_the_security_lead_legal_and_the_dpo() -> None:
    chain = chain_of_command(real_team(), default_table(), BREACH, 3)
    called_as = {k for c in chain.calls for k in c.called_as}
    assert {"security", "legal", "dpo", "crisis-lead"} <= called_as
    # Daniel (security) and Clara (legal) are called at 4 and 5 by their own levels: the breach brings them in at 3.
    assert {"Daniel Okafor", "Clara Moreau", "Sara Haddad"} <= names(chain.people)
    daniel = next(c for c in chain.calls if c.person.name == "Daniel Okafor")
    assert daniel.called_as == ("security",) and not daniel.by_own_levels
    assert daniel.backup is not None and daniel.backup.name == "Maya Lindqvist"
    assert chain.warnings == ()
    # Whatever the level (domain.md: "in early, whatever the level").
    for level in range(1, 6):
        assert {"security", "legal", "dpo"} <= set(default_table().roles(BREACH, level))


def test_a_recall_calls_quality_and_product_safety_legal_and_customer_service() -> None:
    chain = chain_of_command(real_team(), default_table(), RECALL, 4)
    called_as = {k for c in chain.calls for k in c.called_as}
    assert {"quality-safety", "legal", "support-lead", "service-owner"} <= called_as
    assert {"Lukas Novak", "Clara Moreau", "Aisha Bello", "Kenji Ito"} <= names(chain.people)


def test_the_type_decides_who_is_added_at_the_same_level() -> None:
    reputation = names(chain_of_command(real_team(), default_table(), REPUTATION, 3).people)
    assert not {"Daniel Okafor", "Clara Moreau", "Sara Haddad", "Lukas Novak"} & reputation
    assert "Maya Lindqvist" in reputation
    # The level's own team follows the severity scale: support alone at 1, the CEO only at 5.
    assert default_table().roles(Category.CUSTOMER_SERVICE, 1) == ("support-lead",)
    assert "ceo" not in default_table().roles(REPUTATION, 4) and "ceo" in default_table().roles(REPUTATION, 5)


def test_people_are_in_chain_of_command_order_and_each_once() -> None:
    # A type that brings nobody in at this level: the level's team by seniority.
    chain = chain_of_command(real_team(), default_table(), REPUTATION, 5)
    ranks = [c.person.rank for c in chain.calls]
    assert ranks == sorted(ranks) and chain.calls[0].person.name == "Maya Lindqvist"
    assert len({c.person.id for c in chain.calls}) == len(chain.calls)
    breach = chain_of_command(real_team(), default_table(), BREACH, 5)
    assert len({c.person.id for c in breach.calls}) == len(breach.calls)


def test_the_roles_the_type_brings_are_called_right_after_the_crisis_lead() -> None:
    # domain.md: a breach brings the security lead, legal and the DPO in early, whatever the level.
    for level in (3, 5):
        chain = chain_of_command(real_team(), default_table(), BREACH, level)
        first = [(c.person.name, c.called_as) for c in chain.calls[:4]]
        assert first == [
            ("Maya Lindqvist", ("crisis-lead",)),
            ("Daniel Okafor", ("security",)),
            ("Clara Moreau", ("legal",)),
            ("Sara Haddad", ("dpo",)),
        ]
        rest = [c.person.rank for c in chain.calls[4:]]
        assert rest == sorted(rest)  # the level's team follows, by seniority
    # A recall: its own roles (legal, quality and product safety, the service owner) before the scribe.
    recall = [c.person.name for c in chain_of_command(real_team(), default_table(), RECALL, 4).calls]
    assert recall[:4] == ["Maya Lindqvist", "Clara Moreau", "Lukas Novak", "Kenji Ito"]
    assert recall.index("Kenji Ito") < recall.index("Jonas Weber")
    # Stable: the roster's order does not change the chain's.
    shuffled = list(reversed(real_team()))
    assert [c.person.name for c in chain_of_command(shuffled, default_table(), BREACH, 3).calls] == [
        c.person.name for c in chain_of_command(real_team(), default_table(), BREACH, 3).calls
    ]


def test_no_level_calls_nobody() -> None:
    chain = chain_of_command(real_team(), default_table(), BREACH, None)
    assert chain.calls == () and chain.required == () and chain.warnings == ()
    with pytest.raises(InvalidInputError, match="severity level must be 1 to 5"):
        chain_of_command(real_team(), default_table(), BREACH, 6)


# --- Warnings -------------------------------------------------------------------------------------------


def test_a_real_incident_on_the_example_team_warns_in_one_line_with_what_to_do() -> None:
    chain = chain_of_command(example_roster(), default_table(), BREACH, 3)
    [warning] = chain.warnings
    assert warning.kind == EXAMPLE_TEAM and warning.people[0] == "Maya Lindqvist"
    text = warning.text()
    assert "\n" not in text and "made-up example team" in text and "Settings ▸ Team" in text
    assert "Maya Lindqvist" in text


def test_a_drill_may_use_the_example_team_without_a_warning() -> None:
    # Drills and the demo are played with the example team on purpose; nobody real is called.
    chain = chain_of_command(example_roster(), default_table(), BREACH, 3, is_drill=True)
    assert chain.warnings == ()


def test_example_addresses_count_as_made_up_even_when_edited() -> None:
    person = Person("id-1", "Ana Lima", roles=("crisis-lead",), email="ana@example.org")
    assert is_made_up(person) and is_made_up(replace(person, email="ana@mail.test"))
    assert is_made_up(replace(person, email="ana@team.example.com"))
    assert not is_made_up(replace(person, email="ana@notexample.com"))
    assert not is_made_up(replace(person, email=""))
    chain = chain_of_command([person], default_table(), REPUTATION, 3)
    assert [w.kind for w in chain.warnings] == [EXAMPLE_TEAM, MISSING_ROLE]
    # A backup on the example team counts too: the chain falls back on them.
    real = Person("id-2", "Bo Ek", roles=("crisis-lead",), email="bo@acme.se", backup_id="id-3")
    made_up_backup = Person("id-3", "Cy Lam", notes="Example person: replace")
    chain = chain_of_command([real, made_up_backup], default_table(), REPUTATION, 3)
    assert chain.warnings[0].kind == EXAMPLE_TEAM and chain.warnings[0].people == ("Cy Lam",)


def test_a_role_nobody_holds_warns_also_in_a_drill_and_stops_when_someone_holds_it() -> None:
    without_dpo = [p for p in real_team() if "dpo" not in p.roles]
    for drill in (False, True):
        chain = chain_of_command(without_dpo, default_table(), BREACH, 3, is_drill=drill)
        [warning] = chain.warnings
        assert warning.kind == MISSING_ROLE and warning.roles == ("dpo",) and chain.missing_roles == ("dpo",)
        text = warning.text()
        assert "Data protection officer" in text and "Security breach" in text and "level 3" in text
        assert "Settings ▸ Team" in text and "\n" not in text
    # Not needed by this type: no warning.
    assert chain_of_command(without_dpo, default_table(), REPUTATION, 3).warnings == ()
    clara = next(p for p in without_dpo if p.name == "Clara Moreau")
    fixed = [replace(p, roles=(*p.roles, "dpo")) if p is clara else p for p in without_dpo]
    assert chain_of_command(fixed, default_table(), BREACH, 3).warnings == ()


def test_warnings_are_translated_by_the_function_given() -> None:
    without_dpo = [p for p in real_team() if "dpo" not in p.roles]
    [warning] = chain_of_command(without_dpo, default_table(), BREACH, 3).warnings
    words = {"Data protection officer": "Dataskyddsombud", "Security breach": "Säkerhetsintrång"}
    text = warning.text(lambda _context, source: words.get(source, source))
    assert "Dataskyddsombud" in text and "Säkerhetsintrång" in text


# --- The table ------------------------------------------------------------------------------------------


def test_the_table_edits_and_refuses_what_it_cannot_call() -> None:
    table = default_table().with_roles(BREACH, 3, ["ceo", "crisis-lead", "ceo"])
    assert table.roles(BREACH, 3) == ("crisis-lead", "ceo")  # chain-of-command order, once each
    assert table.changed_cells(default_table()) == [("security-breach", 3)]
    assert ChainTable.from_rows(table.rows()) == table.validate()
    with pytest.raises(InvalidInputError, match="unknown role 'janitor'"):
        default_table().with_roles(BREACH, 3, ["janitor"]).validate()
    with pytest.raises(InvalidInputError, match="level 7"):
        ChainTable({("reputation", 7): ("ceo",)}).validate()
    with pytest.raises(InvalidInputError, match="unknown crisis type"):
        ChainTable({("weather", 3): ("ceo",)}).validate()


def test_the_chain_is_stored_edited_logged_and_restored(database: Database) -> None:
    assert chain_store.load(database) == default_table()  # what migration 0014 stored
    breach = incidents.create(database, "Customer data leak", category=BREACH, author="Ana", level=3)
    outage = incidents.create(database, "Site down", category=RECALL, author="Ana", level=3)
    before = {i: len(log.entries(database, i)) for i in (breach.id, outage.id)}
    edited = default_table().with_roles(BREACH, 3, ["crisis-lead", "ceo"])
    chain_store.save(database, edited, author="Ana")
    assert chain_store.load(database) == edited.validate()
    [entry] = log.entries(database, breach.id)[before[breach.id] :]
    assert entry.kind == Kind.DECISION and entry.author == "Ana"
    assert entry.text == "The chain of command for Security breach changed: level 3 calls Crisis lead, CEO"
    assert entry.payload == {
        "event": "chain-of-command",
        "category": "security-breach",
        "levels": {"3": ["crisis-lead", "ceo"]},
    }
    assert len(log.entries(database, outage.id)) == before[outage.id]  # another type: not its business
    # The incident's chain follows: Ruth (CEO) is called at 3 now, Daniel (security) no longer.
    people = names(chain_store.for_incident(database, breach).people)
    assert "Ruth Adeyemi" in people and "Daniel Okafor" not in people
    chain_store.save(database, edited, author="Ana")  # the same again: nothing to say
    assert len(log.entries(database, breach.id)) == before[breach.id] + 1
    chain_store.restore_defaults(database, author="Ana")
    assert chain_store.load(database) == default_table()
    assert len(log.entries(database, breach.id)) == before[breach.id] + 2


def test_a_bad_table_changes_nothing(database: Database) -> None:
    with pytest.raises(InvalidInputError):
        chain_store.save(database, default_table().with_roles(BREACH, 2, ["janitor"]), author="Ana")
    assert chain_store.load(database) == default_table()


# --- Whom a rule calls ----------------------------------------------------------------------------------


def test_a_rule_s_call_names_the_roster_s_person_with_phone_and_backup() -> None:
    people = real_team()
    assert roles_named("CMO") == ("cmo",) and roles_named("PR manager") == ("pr-officer",)
    assert roles_named("Support director or PR lead") == ("support-lead", "pr-officer")
    assert roles_named("Legal/DPO") == ("legal", "dpo") and roles_named("the night shift") == ()
    assert rule_call("CMO", people).who() == "Henrik Sato, +44 7700 900108 (backup Ruth Adeyemi, +44 7700 900109)"
    both = rule_call("Support director or PR lead", people).who()
    assert both.startswith("Aisha Bello, +44 7700 900105 (backup Priya Natarajan") and " or Tomás Rivera" in both
    assert rule_call("CMO", [p for p in people if "cmo" not in p.roles]).who() == "nobody on the team holds this role"
    assert rule_call("the night shift", people).who() == ""
    assert rule_call("CMO", people).as_dict()["people"][0]["backup"] == {
        "name": "Ruth Adeyemi",
        "phone": "+44 7700 900109",
    }


def test_the_alert_in_the_log_names_whom_to_call(database: Database) -> None:
    incident = incidents.create(database, "Viral review", category=REPUTATION, author="Ana").id
    _only(database, {"assign"})
    _store(database, incident, _negatives(0, 8))
    [fired] = rules.evaluate(database, incident)
    alert = log.get(database, fired.log_entry_id)
    assert "Call: PR manager — Tomás Rivera, +44 7700 900103 (backup Maya Lindqvist, +44 7700 900101)." in alert.text


def test_status_names_whom_each_firing_calls(capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(paths.default_db_path()) as database:
        incident = incidents.create(database, "Viral review", category=REPUTATION, author="Ana").id
        _only(database, {"assign"})
        _store(database, incident, _negatives(0, 8))
        rules.evaluate(database, incident)
    code, out, _ = run(capsys, "status", incident, "--json")
    assert code == 0
    [firing] = json.loads(out)["firings"]
    assert firing["role"] == "PR manager"
    assert firing["call"] == {
        "roles": ["pr-officer"],
        "people": [
            {
                "name": "Tomás Rivera",
                "phone": "+44 7700 900103",
                "backup": {"name": "Maya Lindqvist", "phone": "+44 7700 900101"},
            }
        ],
    }
    code, out, _ = run(capsys, "status", incident)
    assert "Call: PR manager — Tomás Rivera, +44 7700 900103 (backup Maya Lindqvist, +44 7700 900101)." in out


# --- crisisroom chain -----------------------------------------------------------------------------------


def _new(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, "incident", "new", *args)
    assert (code, err) == (0, "")
    return out.strip()


def test_chain_json_for_a_breach_at_level_3(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = _new(capsys, "Customer data leak", "--category", "security-breach", "--level", "3")
    code, out, err = run(capsys, "chain", incident_id[:8], "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["incident"], data["category"], data["level"], data["drill"]) == (
        incident_id,
        "security-breach",
        3,
        False,
    )
    assert {"security", "legal", "dpo"} <= set(data["required_roles"])
    by_name = {p["name"]: p for p in data["people"]}
    assert by_name["Daniel Okafor"]["called_as"] == ["security"] and by_name["Clara Moreau"]["roles"] == ["legal"]
    assert by_name["Daniel Okafor"]["phone"] == "+44 7700 900106"
    assert by_name["Daniel Okafor"]["backup"]["name"] == "Maya Lindqvist"
    assert by_name["Clara Moreau"]["backup"] is None
    assert {"id", "name", "roles", "called_as", "by_own_levels", "phone", "email", "backup"} == by_name[
        "Maya Lindqvist"
    ].keys()
    # The shipped team is made up: a real incident says so.
    assert [w["kind"] for w in data["warnings"]] == ["example-team"]
    assert "Settings ▸ Team" in data["warnings"][0]["text"]


def test_chain_text_and_a_missing_role(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    roster = tmp_path / "team.csv"
    roster.write_text(
        "name,roles,phone,email,backup,levels\n"
        "Ana Lima,Crisis lead;Security lead,+46 70 111 22 33,ana@tovelund.se,Bo Ek,3-5\n"
        "Bo Ek,Legal counsel;Spokesperson,+46 70 444 55 66,bo@tovelund.se,Ana Lima,3-5\n",
        encoding="utf-8",
    )
    assert run(capsys, "team", "import", str(roster))[0] == 0
    incident_id = _new(capsys, "Leak", "--category", "security-breach", "--level", "3", "--drill")
    code, out, err = run(capsys, "chain", incident_id)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "[EXERCISE] Leak: Security breach, Level 3 · Serious"
    assert lines[1].split()[:2] == ["Ana", "Lima"] and "+46 70 111 22 33" in lines[1]
    assert "backup: Bo Ek, +46 70 444 55 66" in lines[1]
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert len(warnings) == 1 and "Data protection officer" in warnings[0]  # a drill: no example-team warning
    data = json.loads(run(capsys, "chain", incident_id, "--json")[1])
    assert [(w["kind"], "dpo" in w["roles"]) for w in data["warnings"]] == [("missing-role", True)]


def test_chain_before_a_level_and_for_an_unknown_incident(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = _new(capsys, "Something brewing", "--category", "reputation")
    code, out, _ = run(capsys, "chain", incident_id)
    assert code == 0 and "nobody is called until a level is confirmed" in out
    data = json.loads(run(capsys, "chain", incident_id, "--json")[1])
    assert data["level"] is None and data["people"] == []
    assert [w["kind"] for w in data["warnings"]] == ["example-team"]  # the roster is still the example
    code, out, err = run(capsys, "chain", "nope")
    assert code == 2 and out == "" and err.startswith("crisisroom: no incident") and err.count("\n") == 1


def test_the_chain_command_reads_while_the_window_writes(capsys: pytest.CaptureFixture[str]) -> None:
    incident_id = _new(capsys, "Leak", "--category", "security-breach", "--level", "4")
    with open_database(paths.default_db_path()):  # the window's writer lock is held
        code, out, _ = run(capsys, "chain", incident_id, "--json")
    assert code == 0 and json.loads(out)["people"]


def test_the_roster_change_reaches_the_chain(database: Database) -> None:
    breach = incidents.create(database, "Leak", category=BREACH, author="Ana", level=3)
    assert chain_store.for_incident(database, breach).warnings[0].kind == EXAMPLE_TEAM
    team.replace_roster(database, real_team())
    assert chain_store.for_incident(database, breach).warnings == ()


def test_the_situation_reports_rule_firings_name_whom_to_call_on_the_roster(db_path: Path) -> None:
    """Issue 14: rule actions name the roster's person with phone and backup, in the report too."""
    from crisisroom.services import reports as report_service
    from crisisroom.services.demo import create_demo
    from crisisroom.storage.database import open_database

    with open_database(db_path) as database:
        demo = create_demo(database).value
        html = report_service.make_report(database, demo.incident_id, "situation", "html").html
    assert "Call: CMO — Henrik Sato, +44 7700 900108 (backup Ruth Adeyemi, +44 7700 900109)." in html
