"""Events of what every incident shares: the team, the organisation's settings, the chain of command
and the message templates (see :mod:`crisisroom.domain.events.base`).

They are written to the organisation's part of the log (entries with no incident). A change that
also concerns open incidents (the name statements sign with, the default update rhythm, whom a
crisis type calls) says so in each of their logs as well, in entries that carry no event: the
change of state is the one organisation entry.

People travel as plain JSON objects (:func:`person_fields`, :func:`person_of`), so an entry reads
on its own: the whole person as stored afterwards, never a difference to apply to what was there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event
from crisisroom.domain.team import Person

# --- The team -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PersonSaved(Event):
    """Someone added to the team (``added``) or changed: ``person`` is them as stored afterwards."""

    TYPE = "team.person-saved"

    person: dict[str, Any]
    added: bool


@dataclass(frozen=True, kw_only=True)
class PersonRemoved(Event):
    """Someone taken off the team; the people they backed up are left without a backup."""

    TYPE = "team.person-removed"

    person: str
    name: str


@dataclass(frozen=True, kw_only=True)
class RosterReplaced(Event):
    """The whole team replaced at once: ``people`` as stored (ids kept by name), ``source`` where from.

    ``source`` is the file's name for an import, :data:`EXAMPLE_SOURCE` for the example team.
    """

    TYPE = "team.roster-replaced"

    people: list[dict[str, Any]]
    source: str


EXAMPLE_SOURCE = "example"


def person_fields(person: Person) -> dict[str, Any]:
    """A validated person as the JSON object the team's events carry."""
    return {
        "id": person.id,
        "name": person.name,
        "roles": list(person.roles),
        "phone": person.phone,
        "email": person.email,
        "backup": person.backup_id,
        "levels": list(person.levels),
        "notes": person.notes,
    }


def person_of(fields: dict[str, Any]) -> Person:
    """The person an event carries (:func:`person_fields` read back)."""
    return Person(
        id=str(fields["id"]),
        name=str(fields["name"]),
        roles=tuple(str(key) for key in fields.get("roles", ())),
        phone=str(fields.get("phone", "")),
        email=str(fields.get("email", "")),
        backup_id=fields.get("backup") or None,
        levels=tuple(int(n) for n in fields.get("levels", ())),
        notes=str(fields.get("notes", "")),
    )


def people_fields(people: Iterable[Person]) -> list[dict[str, Any]]:
    return [person_fields(p) for p in people]


# --- The organisation's settings ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OrganisationNameSet(Event):
    """Who statements speak for ("" clears it)."""

    TYPE = "organisation.name-set"

    name: str


@dataclass(frozen=True, kw_only=True)
class OrganisationTimezoneSet(Event):
    """The zone new incidents start in ("" follows the computer's zone)."""

    TYPE = "organisation.timezone-set"

    timezone: str


@dataclass(frozen=True, kw_only=True)
class DefaultCadenceSet(Event):
    """The update rhythm of incidents that have not set their own (minutes, hours, minutes)."""

    TYPE = "organisation.cadence-set"

    first_minutes: int
    then_every_minutes: int
    for_hours: int
    then_every_minutes_after: int


# --- The chain of command -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ChainOfCommandSet(Event):
    """The whole chain of command: one ``[crisis type, level, role]`` per role a cell calls.

    ``changed`` names the cells (``[crisis type, level]``) that call other roles than before.
    """

    TYPE = "chain-of-command.set"

    calls: list[list[Any]]
    changed: list[list[Any]]


def chain_calls(rows: Iterable[tuple[str, int, str]]) -> list[list[Any]]:
    return [[category, level, role] for category, level, role in rows]


def chain_rows(calls: Sequence[Sequence[Any]]) -> list[tuple[str, int, str]]:
    """The ``(crisis type, level, role)`` rows a :class:`ChainOfCommandSet` carries."""
    return [(str(category), int(level), str(role)) for category, level, role in calls]


# --- Message templates ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TemplateSaved(Event):
    """The user's own version of a message template; ``shipped_sha256`` names our text it replaced."""

    TYPE = "template.saved"

    name: str
    source: str
    shipped_sha256: str | None


@dataclass(frozen=True, kw_only=True)
class TemplateReset(Event):
    """The user's version of a template forgotten: ours is used again."""

    TYPE = "template.reset"

    name: str
