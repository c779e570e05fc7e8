"""The roster in SQLite: seeded with the example team, changed one transaction at a time."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.team import Person, example_roster, is_example
from crisisroom.storage import team
from crisisroom.storage.database import Database
from tests.team_tables import ensure_team_tables


@pytest.fixture
def db(database: Database) -> Database:
    return ensure_team_tables(database)


def ids_by_name(db: Database) -> dict[str, str]:
    return {p.name: p.id for p in team.list_people(db)}


def test_a_new_database_has_the_example_team(db: Database) -> None:
    people = team.list_people(db)
    assert [p.name for p in people] == [p.name for p in example_roster()]  # both in chain-of-command order
    assert all(is_example(p) for p in people)
    tomas = next(p for p in people if p.name == "Tomás Rivera")
    assert tomas.roles == ("spokesperson", "pr-officer") and tomas.levels == (2, 3, 4, 5)
    assert team.get(db, tomas.backup_id or "").name == "Maya Lindqvist"


def test_the_tables_are_strict_with_foreign_keys(db: Database) -> None:
    for table in ("team_people", "team_roles", "team_levels"):
        sql = db.query("SELECT sql FROM sqlite_schema WHERE name = ?", (table,))[0][0]
        assert "STRICT" in sql
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO team_levels VALUES ('nobody', 3)")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO team_levels VALUES (?, 6)", (team.list_people(db)[0].id,))


def test_save_adds_then_updates_roles_levels_and_backup(db: Database) -> None:
    maya = ids_by_name(db)["Maya Lindqvist"]
    new = team.save(db, Person("p-sam", "  Sam  Quinn ", roles=("scribe",), levels=(3,), backup_id=maya))
    assert new.name == "Sam Quinn"
    assert team.get(db, "p-sam") == new
    changed = team.save(db, replace(new, roles=("legal", "crisis-lead"), levels=(4, 5), backup_id=None, phone="112"))
    stored = team.get(db, "p-sam")
    assert stored == changed
    assert stored.roles == ("crisis-lead", "legal") and stored.levels == (4, 5) and stored.backup_id is None
    assert len(team.list_people(db)) == len(example_roster()) + 1


def test_save_refuses_a_name_already_on_the_team_and_changes_nothing(db: Database) -> None:
    before = team.list_people(db)
    with pytest.raises(InvalidInputError, match="Maya Lindqvist is already on the team"):
        team.save(db, Person("p-new", "MAYA lindqvist"))
    with pytest.raises(InvalidInputError, match="the backup chosen for Sam is no longer on the team"):
        team.save(db, Person("p-new", "Sam", backup_id="gone"))
    with pytest.raises(InvalidInputError, match="e-mail address of Sam"):
        team.save(db, Person("p-new", "Sam", email="sam at home"))
    assert team.list_people(db) == before


def test_a_person_may_keep_their_own_name_when_edited(db: Database) -> None:
    maya = team.get(db, ids_by_name(db)["Maya Lindqvist"])
    assert team.save(db, replace(maya, phone="+46 8 123 456")).phone == "+46 8 123 456"


def test_removing_a_backup_clears_the_links_to_them(db: Database) -> None:
    ids = ids_by_name(db)
    backed_up_by_maya = [p.name for p in team.list_people(db) if p.backup_id == ids["Maya Lindqvist"]]
    assert backed_up_by_maya == ["Tomás Rivera", "Daniel Okafor"]
    team.remove(db, ids["Maya Lindqvist"])
    people = {p.name: p for p in team.list_people(db)}
    assert "Maya Lindqvist" not in people
    assert people["Tomás Rivera"].backup_id is None and people["Daniel Okafor"].backup_id is None
    assert people["Jonas Weber"].backup_id == ids["Priya Natarajan"]  # other links untouched
    assert not db.query("SELECT * FROM team_roles WHERE person_id = ?", (ids["Maya Lindqvist"],))
    with pytest.raises(NotFoundError):
        team.remove(db, ids["Maya Lindqvist"])
    with pytest.raises(NotFoundError):
        team.get(db, ids["Maya Lindqvist"])


def test_replace_roster_keeps_ids_of_returning_names_and_links_backups(db: Database) -> None:
    old = ids_by_name(db)
    stored = team.replace_roster(
        db,
        [
            Person("new-1", "Sam Quinn", roles=("ceo",), levels=(5,), backup_id="new-2"),
            Person("new-2", "maya lindqvist", roles=("crisis-lead",), levels=(3, 4, 5), backup_id="new-1"),
        ],
    )
    assert [p.name for p in stored] == ["maya lindqvist", "Sam Quinn"]
    people = {p.name: p for p in team.list_people(db)}
    assert set(people) == {"maya lindqvist", "Sam Quinn"}
    assert people["maya lindqvist"].id == old["Maya Lindqvist"]  # records pointing at her still find her
    assert people["Sam Quinn"].id == "new-1"
    assert people["Sam Quinn"].backup_id == old["Maya Lindqvist"]
    assert people["maya lindqvist"].backup_id == "new-1"


def test_replace_roster_is_all_or_nothing(db: Database) -> None:
    before = team.list_people(db)
    with pytest.raises(InvalidInputError, match="'Ana' and 'ana' count as the same name"):
        team.replace_roster(db, [Person("a", "Ana"), Person("b", "ana")])
    with pytest.raises(InvalidInputError, match="the phone number of Bo"):
        team.replace_roster(db, [Person("a", "Ana"), Person("b", "Bo", phone="ring ring")])
    assert team.list_people(db) == before


def test_the_example_team_can_come_back(db: Database) -> None:
    team.replace_roster(db, [Person("a", "Ana")])
    team.replace_roster(db, example_roster())
    assert len(team.list_people(db)) == len(example_roster())
