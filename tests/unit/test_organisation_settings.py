"""The organisation's settings: migration 8 from a version-7 file, typed get/set, logging, the CLI."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
import sqlite_utils

from crisisroom.cli import main
from crisisroom.domain.cadence import DEFAULT_CADENCE, Cadence
from crisisroom.domain.clock import local_zone_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import GENESIS_HASH, Kind, chain_hash
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log, organisation, updates
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.file_format import SCHEMA_VERSION
from crisisroom.storage.schema import migrations


def _version_7_file(path: Path, *, organisation_typed: str) -> str:
    """A file as Crisis Room 7 left it: an incident whose Message page draft holds the organisation."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    migrations.apply(sqlite_utils.Database(conn), stop_before="0008_organisation")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    # Written as version 7 wrote them (today's code writes signed entries, which a version 7 file cannot hold).
    incident_id, device_id = (
        str(uuid.uuid4()),
        conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0],
    )
    conn.execute(
        "INSERT INTO incidents (id, title, category, is_drill, level, detected_at, opened_at, closed_at, timezone)"
        " VALUES (?, 'Old outage', 'operational', 0, NULL, NULL, '2026-01-05T10:00:00.000Z', NULL, 'UTC')",
        (incident_id,),
    )
    content = {
        "id": str(uuid.uuid4()),
        "incident_id": incident_id,
        "device_id": device_id,
        "device_seq": 1,
        "recorded_at": "2026-01-05T10:00:00.000Z",
        "occurred_at": None,
        "author": "Ana",
        "kind": "status",
        "text": "Incident opened: Old outage (Operational)",
        "payload": None,
        "corrects": None,
    }
    conn.execute(
        "INSERT INTO log_entries (id, incident_id, device_id, device_seq, recorded_at, occurred_at, author, kind,"
        " text, payload, corrects, prev_hash, hash) VALUES (:id, :incident_id, :device_id, :device_seq,"
        " :recorded_at, :occurred_at, :author, :kind, :text, :payload, :corrects, :prev, :hash)",
        {**content, "prev": GENESIS_HASH, "hash": chain_hash(GENESIS_HASH, content)},
    )
    old = Database(path, conn, None, writable=True)
    steps_service.save_draft(old, incident_id, "message", {"organisation": organisation_typed, "texts": {}})
    conn.close()
    return incident_id


def test_a_version_7_file_upgrades_keeping_its_data_and_the_name_typed_on_the_message_page(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    incident_id = _version_7_file(path, organisation_typed="  Northwind Outdoor ")
    with open_database(path) as db:
        assert db.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert incidents.get(db, incident_id).title == "Old outage"
        assert [e.kind for e in log.entries(db, incident_id)] == [Kind.STATUS]
        assert organisation.name(db) == "Northwind Outdoor"
        assert organisation.timezone_setting(db) == ""
        assert organisation.default_cadence(db) == DEFAULT_CADENCE
        assert log.verify(db)[1] == []


def test_a_version_7_file_without_a_name_upgrades_with_none(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    _version_7_file(path, organisation_typed="   ")
    with open_database(path) as db:
        assert organisation.name(db) == ""


def test_defaults_on_a_new_file(database: Database) -> None:
    found = organisation.load(database)
    assert (found.name, found.timezone, found.cadence) == ("", "", DEFAULT_CADENCE)
    assert organisation.default_timezone(database) == local_zone_name()


def test_a_name_change_is_logged_into_open_incidents_only_once(database: Database) -> None:
    open_one = incidents.create(database, "Open", category=Category.REPUTATION, author="Ana").id
    closed = incidents.create(database, "Closed", category=Category.REPUTATION, author="Ana").id
    incidents.resolve(database, closed, author="Ana")
    before_closed = len(log.entries(database, closed))
    organisation.set_name(database, "  Tovelund   Oat Co. ", author="Ana")
    organisation.set_name(database, "Tovelund Oat Co.", author="Ana")  # the same: nothing new
    assert organisation.name(database) == "Tovelund Oat Co."
    texts = [e.text for e in log.entries(database, open_one)]
    assert texts.count("Statements now speak for Tovelund Oat Co.") == 1
    assert len(log.entries(database, closed)) == before_closed


def test_the_default_cadence_applies_to_incidents_without_their_own_and_is_logged_there(database: Database) -> None:
    follows = incidents.create(database, "Follows", category=Category.REPUTATION, author="Ana").id
    own = incidents.create(database, "Own rhythm", category=Category.REPUTATION, author="Ana").id
    steps_service.set_cadence(database, own, Cadence(10, 30, 1, 90), author="Ana")
    count_own = len(log.entries(database, own))
    organisation.set_default_cadence(database, Cadence(5, 15, 3, 45), author="Ana")
    assert updates.cadence(database, follows) == Cadence(5, 15, 3, 45)
    assert updates.cadence(database, own) == Cadence(10, 30, 1, 90)
    assert "update rhythm changed" in log.entries(database, follows)[-1].text
    assert len(log.entries(database, own)) == count_own


def test_new_incidents_from_the_command_line_start_in_the_organisations_zone(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "settings", "set", "timezone", "America/Halifax"]) == 0
    assert main(["--db", str(db_path), "incident", "new", "Outage", "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["timezone"] == "America/Halifax"


def test_bad_values_are_refused_and_change_nothing(database: Database) -> None:
    with pytest.raises(InvalidInputError, match="unknown time zone"):
        organisation.set_timezone(database, "Mars/Olympus", author="Ana")
    with pytest.raises(InvalidInputError, match="1 minute to 24 hours"):
        organisation.set_default_cadence(database, Cadence(0, 20, 2, 60), author="Ana")
    with pytest.raises(InvalidInputError, match="200 characters"):
        organisation.set_name(database, "x" * 201, author="Ana")
    with pytest.raises(InvalidInputError, match="four whole numbers"):
        organisation.set_value(database, "cadence", "5,20,2", author="Ana")
    with pytest.raises(InvalidInputError, match="unknown setting"):
        organisation.set_value(database, "colour", "red", author="Ana")
    assert database.query("SELECT count(*) FROM organisation_settings")[0][0] == 0


def test_settings_cli_show_and_set(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(db_path), "settings"]
    assert main([*base, "set", "name", "Tovelund Oat Co."]) == 0
    assert main([*base, "set", "cadence", "5,30,2,60"]) == 0
    capsys.readouterr()
    assert main([*base, "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "Tovelund Oat Co."
    assert shown["timezone"] == ""
    assert shown["cadence"] == {
        "first_minutes": 5,
        "then_every_minutes": 30,
        "for_hours": 2,
        "then_every_minutes_after": 60,
    }
    assert main([*base, "set", "timezone", "Mars/Olympus"]) == 2
    assert "unknown time zone" in capsys.readouterr().err
