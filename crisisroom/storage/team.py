"""The team roster: people, their roles and the levels they are called at.

Every change is one transaction and is validated first, so a bad person or a bad import changes
nothing. Removing someone who is another person's backup clears that link (the foreign key says
``ON DELETE SET NULL``), so no one is left pointing at a person who is gone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.team import ROLE_KEYS, Person, by_name, in_role_order, keep_ids, validate_roster
from crisisroom.storage.database import Database


def list_people(database: Database) -> list[Person]:
    """The whole roster, in chain-of-command order (most senior role first, then by name)."""
    return in_role_order(_read(database, "", ()))


def get(database: Database, person_id: str) -> Person:
    """One person.

    Raises:
        NotFoundError: when nobody on the roster has this id.
    """
    found = _read(database, "WHERE id = ?", (person_id,))
    if not found:
        raise NotFoundError("this person is no longer on the team")
    return found[0]


def save(database: Database, person: Person) -> Person:
    """Add a person, or update the one with the same id; returns the person as stored (tidied).

    Raises:
        InvalidInputError: for a bad field, a name already on the team, or a backup not on the team.
    """
    person = person.validate()
    with database.transaction() as conn:
        others = [p for p in _read(database, "", ()) if p.id != person.id]
        same_name = by_name(others, person.name)
        if same_name is not None:
            raise InvalidInputError(f"{same_name.name} is already on the team; give this person a different name")
        if person.backup_id is not None and not any(p.id == person.backup_id for p in others):
            raise InvalidInputError(f"the backup chosen for {person.name} is no longer on the team")
        conn.execute(
            """
            INSERT INTO team_people (id, name, phone, email, backup_id, notes) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, phone = excluded.phone, email = excluded.email,
                backup_id = excluded.backup_id, notes = excluded.notes
            """,
            (person.id, person.name, person.phone, person.email, person.backup_id, person.notes),
        )
        conn.execute("DELETE FROM team_roles WHERE person_id = ?", (person.id,))
        conn.execute("DELETE FROM team_levels WHERE person_id = ?", (person.id,))
        _insert_roles_and_levels(conn, [person])
    return person


def remove(database: Database, person_id: str) -> None:
    """Take a person off the team; anyone they backed up is left without a backup.

    Raises:
        NotFoundError: when nobody on the roster has this id.
    """
    with database.transaction() as conn:
        if conn.execute("DELETE FROM team_people WHERE id = ?", (person_id,)).rowcount == 0:
            raise NotFoundError("this person is no longer on the team")


def replace_roster(database: Database, people: Sequence[Person]) -> list[Person]:
    """Replace the whole team at once (an import, or going back to the example roster).

    People whose name is already on the team keep their id, so records that point at them still
    do. All or nothing: a bad roster raises and the old one stays.

    Returns:
        The new roster as stored, in chain-of-command order.

    Raises:
        InvalidInputError: naming the first problem in ``people``.
    """
    checked = validate_roster(people)
    with database.transaction() as conn:
        checked = keep_ids(checked, _read(database, "", ()))
        conn.execute("DELETE FROM team_people")
        insert_people(conn, checked)
    return in_role_order(checked)


def insert_people(conn: sqlite3.Connection, people: Sequence[Person]) -> None:
    """Insert validated people into empty-of-them tables, inside the caller's transaction.

    Backups may point at people later in the list, so rows go in first and links after, which
    keeps every foreign key satisfied at every statement. The schema's seed uses this too.
    """
    conn.executemany(
        "INSERT INTO team_people (id, name, phone, email, backup_id, notes) VALUES (?, ?, ?, ?, NULL, ?)",
        [(p.id, p.name, p.phone, p.email, p.notes) for p in people],
    )
    conn.executemany(
        "UPDATE team_people SET backup_id = ? WHERE id = ?",
        [(p.backup_id, p.id) for p in people if p.backup_id is not None],
    )
    _insert_roles_and_levels(conn, people)


def _insert_roles_and_levels(conn: sqlite3.Connection, people: Sequence[Person]) -> None:
    conn.executemany(
        "INSERT INTO team_roles (person_id, role) VALUES (?, ?)", [(p.id, r) for p in people for r in p.roles]
    )
    conn.executemany(
        "INSERT INTO team_levels (person_id, level) VALUES (?, ?)", [(p.id, n) for p in people for n in p.levels]
    )


def _read(database: Database, where: str, params: tuple[object, ...]) -> list[Person]:
    """People matching ``where`` (a fixed clause, never user text) with their roles and levels."""
    rows = database.query(f"SELECT id, name, phone, email, backup_id, notes FROM team_people {where}", params)
    if not rows:
        return []
    # A roster is tens of people: reading all roles and levels and filtering here is simpler and
    # as fast as binding a variable-length IN list.
    roles: dict[str, list[str]] = {}
    for row in database.query("SELECT person_id, role FROM team_roles"):
        roles.setdefault(row[0], []).append(row[1])
    levels: dict[str, list[int]] = {}
    for row in database.query("SELECT person_id, level FROM team_levels ORDER BY level"):
        levels.setdefault(row[0], []).append(row[1])
    # Roles come back in chain-of-command order whatever order they were stored in.
    return [
        Person(
            id=row["id"],
            name=row["name"],
            roles=_in_role_order(roles.get(row["id"], [])),
            phone=row["phone"],
            email=row["email"],
            backup_id=row["backup_id"],
            levels=tuple(levels.get(row["id"], [])),
            notes=row["notes"],
        )
        for row in rows
    ]


def _in_role_order(keys: list[str]) -> tuple[str, ...]:
    known = tuple(k for k in ROLE_KEYS if k in keys)
    # A role this version does not know (written by a newer one) is kept rather than dropped.
    return known + tuple(sorted(k for k in keys if k not in ROLE_KEYS))
