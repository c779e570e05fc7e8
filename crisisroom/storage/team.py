"""The team roster: people, their roles and the levels they are called at.

Every change is validated first, so a bad person or a bad import changes nothing, and is then one
event in the organisation's part of the log (:mod:`crisisroom.domain.events.organisation`),
applied by the handlers below, the only code that writes these tables. Removing someone who is
another person's backup clears that link (the foreign key says ``ON DELETE SET NULL``), so no one
is left pointing at a person who is gone.

A new file starts with the example team (``team_schema.py``), the same people with the same ids
in every file, so a file rebuilt from its log starts from exactly what the original started from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.organisation import (
    EXAMPLE_SOURCE,
    PersonRemoved,
    PersonSaved,
    RosterReplaced,
    people_fields,
    person_fields,
    person_of,
)
from crisisroom.domain.log import Kind, LogEntry, clean_author
from crisisroom.domain.team import (
    ROLE_KEYS,
    Person,
    by_name,
    describe_levels,
    in_role_order,
    keep_ids,
    role_labels,
    validate_roster,
)
from crisisroom.storage import events
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author


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


def save(database: Database, person: Person, *, author: str | None = None) -> Person:
    """Add a person, or update the one with the same id; returns the person as stored (tidied).

    Logged in the organisation's part of the log, saying what changed; saving a person exactly as
    stored changes and logs nothing. ``author`` defaults to this computer's user.

    Raises:
        InvalidInputError: for a bad field, a name already on the team, or a backup not on the team.
    """
    person = person.validate()
    author = clean_author(author or default_author())
    with database.transaction():
        people = _read(database, "", ())
        before = next((p for p in people if p.id == person.id), None)
        others = [p for p in people if p.id != person.id]
        same_name = by_name(others, person.name)
        if same_name is not None:
            raise InvalidInputError(f"{same_name.name} is already on the team; give this person a different name")
        if person.backup_id is not None and not any(p.id == person.backup_id for p in others):
            raise InvalidInputError(f"the backup chosen for {person.name} is no longer on the team")
        if before == person:
            return person
        events.record(
            database,
            None,
            PersonSaved(person=person_fields(person), added=before is None),
            _describe_saved(person, before, people),
            kind=Kind.ACTION,
            author=author,
        )
    return person


@events.handles(PersonSaved)
def _person_saved(conn: sqlite3.Connection, entry: LogEntry, event: PersonSaved) -> None:
    person = person_of(event.person)
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


def _describe_saved(person: Person, before: Person | None, people: Sequence[Person]) -> str:
    """``Added Sam Quinn to the team: Scribe, called at levels 3–5`` or ``Changed Sam Quinn on the team: roles …``."""
    names = {p.id: p.name for p in people}
    names[person.id] = person.name

    def levels(of: Person) -> str:
        return describe_levels(of.levels) or "none"

    def backup(of: Person) -> str:
        return names.get(of.backup_id, "someone no longer on the team") if of.backup_id else "none"

    if before is None:
        parts = [role_labels(person.roles) or "no role"]
        parts.append(f"called at levels {levels(person)}" if person.levels else "not called at any level")
        if person.backup_id:
            parts.append(f"backup {backup(person)}")
        return f"Added {person.name} to the team: {', '.join(parts)}"
    changes = []
    if person.name != before.name:
        changes.append(f"name (was {before.name})")
    if person.roles != before.roles:
        changes.append(f"roles {role_labels(person.roles) or 'none'} (were {role_labels(before.roles) or 'none'})")
    if person.levels != before.levels:
        changes.append(f"called at levels {levels(person)} (were {levels(before)})")
    if person.backup_id != before.backup_id:
        changes.append(f"backup {backup(person)} (was {backup(before)})")
    details = [
        label
        for label, now, was in (
            ("phone", person.phone, before.phone),
            ("e-mail", person.email, before.email),
            ("notes", person.notes, before.notes),
        )
        if now != was
    ]
    if details:
        changes.append(f"{' and '.join(details)} changed" if len(details) < 3 else "phone, e-mail and notes changed")
    return f"Changed {person.name} on the team: {'; '.join(changes)}"


def remove(database: Database, person_id: str, *, author: str | None = None) -> Person:
    """Take a person off the team; anyone they backed up is left without a backup. Returns who it was.

    Raises:
        NotFoundError: when nobody on the roster has this id.
    """
    author = clean_author(author or default_author())
    with database.transaction():
        people = _read(database, "", ())
        gone = next((p for p in people if p.id == person_id), None)
        if gone is None:
            raise NotFoundError("this person is no longer on the team")
        text = f"Removed {gone.name} from the team"
        orphans = [p.name for p in people if p.backup_id == gone.id]
        if orphans:
            text += f"; no backup now for {', '.join(orphans)}"
        events.record(
            database, None, PersonRemoved(person=gone.id, name=gone.name), text, kind=Kind.ACTION, author=author
        )
    return gone


@events.handles(PersonRemoved)
def _person_removed(conn: sqlite3.Connection, entry: LogEntry, event: PersonRemoved) -> None:
    # Roles and levels go with the row; anyone it backed up is left without (ON DELETE SET NULL).
    conn.execute("DELETE FROM team_people WHERE id = ?", (event.person,))


def replace_roster(
    database: Database, people: Sequence[Person], *, author: str | None = None, source: str = ""
) -> list[Person]:
    """Replace the whole team at once (an import, or going back to the example roster).

    People whose name is already on the team keep their id, so records that point at them still
    do. All or nothing: a bad roster raises and the old one stays. ``source`` says where the people
    come from (a file's name, or :data:`EXAMPLE_SOURCE`), for the log.

    Returns:
        The new roster as stored, in chain-of-command order.

    Raises:
        InvalidInputError: naming the first problem in ``people``.
    """
    checked = validate_roster(people)
    author = clean_author(author or default_author())
    with database.transaction():
        before = _read(database, "", ())
        checked = keep_ids(checked, before)
        stored = in_role_order(checked)
        events.record(
            database,
            None,
            RosterReplaced(people=people_fields(stored), source=source),
            _describe_replaced(len(stored), len(before), source),
            kind=Kind.ACTION,
            author=author,
        )
    return stored


def _describe_replaced(count: int, before: int, source: str) -> str:
    """``The team was imported from team.csv: 12 people (it had 12)``."""
    people = f"{count} {'person' if count == 1 else 'people'}"
    had = f"it had {before}"
    if source == EXAMPLE_SOURCE:
        return f"The team was replaced with the example team of made-up people: {people} ({had})"
    if source:
        return f"The team was imported from {source}: {people} ({had})"
    return f"The team was replaced: {people} ({had})"


@events.handles(RosterReplaced)
def _roster_replaced(conn: sqlite3.Connection, entry: LogEntry, event: RosterReplaced) -> None:
    conn.execute("DELETE FROM team_people")
    _insert_people(conn, [person_of(fields) for fields in event.people])


def _insert_people(conn: sqlite3.Connection, people: Sequence[Person]) -> None:
    """Insert validated people into empty-of-them tables, inside the caller's transaction.

    Backups may point at people later in the list, so rows go in first and links after, which
    keeps every foreign key satisfied at every statement.
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
