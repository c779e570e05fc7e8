"""The organisation's part of the log: every change to what all incidents share is one entry there.

The team, the settings, the chain of command and the templates change by typed events in entries
with no incident: signed and verified with the rest, listed by ``crisisroom log show
--organisation``, never in an incident's log. What open incidents must know is still told there.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.chain import default_table
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events import event_of
from crisisroom.domain.events.organisation import (
    ChainOfCommandSet,
    DefaultCadenceSet,
    OrganisationNameSet,
    PersonRemoved,
    PersonSaved,
    RosterReplaced,
    TemplateReset,
    TemplateSaved,
)
from crisisroom.domain.incidents import Category
from crisisroom.domain.team import Person, example_roster
from crisisroom.services import settings as settings_service
from crisisroom.services import team as team_service
from crisisroom.services.changes import Changes
from crisisroom.storage import incidents, log, team
from crisisroom.storage.database import Database, open_database
from tests.tamper import recompute, unguarded
from tests.unit.rebuild_organisation import (
    AUTHOR,
    KEPT,
    OWN_WORDS,
    TEAM_CSV,
    change_everything_the_organisation_shares,
)
from tests.unit.test_cli import run
from tests.unit.test_tamper_evidence import assert_caught, assert_verifies, device_of, edit


def organisation_events(database: Database) -> list[object]:
    return [event_of(e.payload) for e in log.organisation_entries(database)]


def test_each_change_is_one_typed_entry_with_no_incident(database: Database, tmp_path: Path) -> None:
    incident = change_everything_the_organisation_shares(database, tmp_path)
    entries = log.organisation_entries(database)
    assert all(e.incident_id is None and e.author == AUTHOR for e in entries)
    kinds = [type(event_of(e.payload)).__name__ for e in entries]
    assert kinds == [
        "RosterReplaced",
        "RosterReplaced",
        "PersonSaved",
        "PersonSaved",
        "PersonSaved",
        "PersonSaved",
        "PersonRemoved",
        "ChainOfCommandSet",
        "ChainOfCommandSet",
        "ChainOfCommandSet",
        "OrganisationNameSet",
        "DefaultCadenceSet",
        "OrganisationNameSet",
        "OrganisationTimezoneSet",
        "DefaultCadenceSet",
        "TemplateSaved",
        "TemplateSaved",
        "TemplateReset",
    ]
    texts = [e.text for e in entries]
    assert texts[0] == "The team was imported from android-2.1.vcf: 2 people (it had 12)"
    assert texts[1] == "The team was imported from our team.csv: 3 people (it had 2)"
    assert texts[2] == "Added Sam Quinn to the team: Legal counsel, not called at any level, backup Ana Lima"
    assert texts[3] == "Changed Sam Quinn on the team: phone changed"
    assert texts[4] == "Changed Bo Ek on the team: roles Spokesperson, PR / media officer (were Spokesperson)"
    assert texts[5] == "Changed Sam Quinn on the team: called at levels 2, 3 (were none)"
    assert texts[6] == "Removed Ana Lima from the team; no backup now for Kim Berg, Bo Ek, Sam Quinn"
    assert texts[7] == "The chain of command changed. Security breach: level 3 calls CEO"
    assert texts[10] == "Statements now speak for Tovelund Oat Co."
    assert texts[13] == "New incidents now start in Europe/Stockholm"
    assert texts[15] == "Message template edited: Operational failure · Public posts · Short holding statement"
    assert texts[17] == "Message template back to our version: Security breach · Customers · Holding statement"
    # None of them is in the incident's log, which still hears what concerns it, without an event.
    told = log.entries(database, incident)
    assert not {e.id for e in told} & {e.id for e in entries}
    assert "Statements now speak for Tovelund Oat Co." in [e.text for e in told]
    assert any(e.text.startswith("The organisation's update rhythm changed") for e in told)
    assert any(e.text.startswith("The chain of command for Security breach changed") for e in told)
    assert all(event_of(e.payload) is None for e in told if e.kind != "status" or "speak for" in e.text)


def test_the_roster_events_carry_whole_people(database: Database) -> None:
    done = team_service.replace_roster(database, [Person("a", "Ana", roles=("scribe",), levels=(3, 4))], author="Bo")
    [event] = organisation_events(database)
    assert isinstance(event, RosterReplaced) and event.source == ""
    assert event.people == [
        {
            "id": done.value[0].id,
            "name": "Ana",
            "roles": ["scribe"],
            "phone": "",
            "email": "",
            "backup": None,
            "levels": [3, 4],
            "notes": "",
        }
    ]
    team_service.save_person(database, Person("b", "Bo", backup_id="a"), author="Bo")
    team_service.remove_person(database, "a", author="Bo")
    saved, removed = organisation_events(database)[1:]
    assert isinstance(saved, PersonSaved) and saved.added and saved.person["backup"] == "a"
    assert isinstance(removed, PersonRemoved) and (removed.person, removed.name) == ("a", "Ana")
    assert team.get(database, "b").backup_id is None  # the link went with Ana


def test_services_say_what_they_changed_and_the_same_again_changes_nothing(database: Database) -> None:
    maya = team.list_people(database)[0]
    assert team_service.save_person(database, replace(maya, phone="112"), author="Ana").changes == Changes.TEAM
    assert team_service.save_person(database, replace(maya, phone="112"), author="Ana").changes == Changes.NONE
    chain = default_table().with_roles("reputation", 1, ["cmo"])
    assert team_service.save_chain(database, chain, author="Ana").changes == Changes.TEAM | Changes.LOG
    assert team_service.save_chain(database, chain, author="Ana").changes == Changes.NONE
    named = settings_service.set_name(database, "Tovelund", author="Ana")
    assert named.value == "Tovelund" and Changes.SETTINGS in named.changes and Changes.STATEMENTS in named.changes
    assert settings_service.set_name(database, " Tovelund ", author="Ana").changes == Changes.NONE
    zoned = settings_service.set_value(database, "timezone", "Europe/Paris", author="Ana")
    assert zoned.value.timezone == "Europe/Paris" and zoned.changes == Changes.SETTINGS
    saved = settings_service.save_template(database, KEPT, OWN_WORDS, author="Ana")
    assert saved.value is not None and saved.value.saved_by == "Ana"
    assert settings_service.save_template(database, KEPT, OWN_WORDS, author="Ana").changes == Changes.NONE
    assert settings_service.reset_template(database, KEPT, author="Ana").value is True
    again = settings_service.reset_template(database, KEPT, author="Ana")
    assert (again.value, again.changes) == (False, Changes.NONE)
    # One entry for each change: the person, the chain, the name, the zone, the template saved and reset.
    assert len(log.organisation_entries(database)) == 6
    assert [type(e).__name__ for e in organisation_events(database)][-2:] == ["TemplateSaved", "TemplateReset"]


def test_a_bad_change_records_nothing(database: Database) -> None:
    with pytest.raises(InvalidInputError):
        team_service.replace_roster(database, [Person("a", "Ana"), Person("b", "ana")], author="Ana")
    with pytest.raises(InvalidInputError):
        settings_service.save_organisation(
            database, name="Tovelund", timezone="Mars/Olympus", cadence=Cadence(5, 20, 2, 60), author="Ana"
        )
    with pytest.raises(InvalidInputError):
        team_service.save_chain(database, default_table().with_roles("reputation", 2, ["janitor"]), author="Ana")
    assert log.organisation_entries(database) == []
    assert database.query("SELECT count(*) FROM organisation_settings")[0][0] == 0  # the name waited for the zone


def test_the_settings_dialog_s_save_is_one_entry_per_setting_that_changed(database: Database) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana").id
    before = len(log.entries(database, incident))
    done = settings_service.save_organisation(
        database, name="", timezone="", cadence=Cadence(10, 20, 2, 60), author="Ana"
    )
    assert [type(e) for e in organisation_events(database)] == [DefaultCadenceSet]
    assert done.changes == Changes.SETTINGS | Changes.STEPS | Changes.LOG
    assert len(log.entries(database, incident)) == before + 1  # the rhythm it follows changed
    row = database.query("SELECT value, changed_by FROM organisation_settings WHERE key = 'cadence'")[0]
    assert tuple(row) == ("10,20,2,60", "Ana")


def test_a_template_event_carries_the_text_and_our_version_it_replaced(database: Database) -> None:
    settings_service.save_template(database, KEPT, OWN_WORDS, author="Ana")
    settings_service.reset_template(database, KEPT, author="Ana")
    saved, reset = organisation_events(database)
    assert isinstance(saved, TemplateSaved) and saved.source == OWN_WORDS and len(saved.shipped_sha256 or "") == 64
    assert isinstance(reset, TemplateReset) and reset.name == KEPT
    assert isinstance(event_of({"type": "chain-of-command.set", "v": 1, "calls": [], "changed": []}), ChainOfCommandSet)
    assert isinstance(event_of({"type": "organisation.name-set", "v": 1, "name": ""}), OrganisationNameSet)


# --- The command line -----------------------------------------------------------------------------


def test_log_show_organisation_lists_the_entries_and_an_incident_s_log_does_not(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "incident", "new", "Outage")
    incident = out.strip()
    code, out, err = run(capsys, "--db", str(db_path), "log", "show", "--organisation")
    assert (code, err) == (0, "")
    assert "the organisation's log is empty" in out
    sheet = tmp_path / "team.csv"
    sheet.write_text(TEAM_CSV, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db_path), "team", "import", str(sheet), "--author", "Bo Ek")
    assert (code, err) == (0, "")
    code, _, err = run(capsys, "--db", str(db_path), "settings", "set", "timezone", "America/Halifax", "--author", "Bo")
    assert code == 0
    code, out, err = run(capsys, "--db", str(db_path), "log", "show", "--organisation")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Times: ") and "Halifax" in lines[0]
    assert lines[1].endswith("action        Bo Ek: The team was imported from team.csv: 3 people (it had 12)")
    assert lines[2].endswith("decision      Bo: New incidents now start in America/Halifax")
    code, out, _ = run(capsys, "--db", str(db_path), "log", "show", "--organisation", "--json")
    listed = json.loads(out)
    assert [e["author"] for e in listed] == ["Bo Ek", "Bo"] and all(len(e["hash"]) == 64 for e in listed)
    code, out, _ = run(capsys, "--db", str(db_path), "log", "show", incident, "--json")
    assert not {e["id"] for e in json.loads(out)} & {e["id"] for e in listed}


def test_log_show_wants_an_incident_or_organisation_not_both(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "incident", "new", "Outage")
    incident = out.strip()
    code, _, err = run(capsys, "--db", str(db_path), "log", "show")
    assert code == 2 and "or give --organisation" in err
    code, _, err = run(capsys, "--db", str(db_path), "log", "show", incident, "--organisation")
    assert code == 2 and "not both" in err


def test_verify_walks_the_organisation_s_entries(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    """A file with organisation entries verifies; one of them edited (and the chain recomputed) is caught."""
    run(capsys, "--db", str(db_path), "incident", "new", "Outage")
    for value in ("Tovelund", "Tovelund Oat Co."):
        assert run(capsys, "--db", str(db_path), "settings", "set", "name", value, "--author", "Ana")[0] == 0
    with open_database(db_path) as database:
        roster = [p for p in example_roster() if p.name != "Lukas Novak"]
        team_service.replace_roster(database, roster, author="Ana")
        organisation = [(e.device_id, e.device_seq) for e in log.organisation_entries(database)]
    assert len(organisation) == 3
    found = assert_verifies(capsys, db_path)
    # Opening, two names told to the open incident, and the three organisation entries.
    assert found["entries"] == 6
    with unguarded(db_path) as conn:
        device, seq = organisation[0]
        assert device == device_of(conn)
        edit(conn, device, seq, "Statements now speak for Someone Else")
        recompute(conn, device, signatures="keep")
    assert_caught(capsys, db_path, "signature", "rewritten")
