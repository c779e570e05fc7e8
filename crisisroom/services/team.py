"""The team and its chain of command: what Team ▸, Settings ▸ Chain of command and ``crisisroom team`` do.

Every change here is one event in the organisation's part of the log (no incident), recorded and
applied by storage (``storage/team.py``, ``storage/chain_of_command.py``), and returns a
:class:`~crisisroom.services.changes.Done`. A roster file is read first (:func:`read_roster`),
so the window can show what an import will do, and the command line what it left out, before
:func:`import_roster` stores it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from crisisroom import exchange
from crisisroom.domain.chain import ChainTable, default_table
from crisisroom.domain.errors import NotFoundError
from crisisroom.domain.events.organisation import EXAMPLE_SOURCE
from crisisroom.domain.team import Person, example_roster
from crisisroom.exchange import ImportedRoster
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import chain_of_command, team
from crisisroom.storage.database import Database

# Whom an incident's chain, its alerts and its call sheet name follow the roster and the chain.
_TEAM = Changes.TEAM


@dataclass(frozen=True)
class RosterImport:
    """What an import did.

    Attributes:
        people: the team as stored now, in chain-of-command order.
        replaced: how many people the team had before.
        source: the file's name.
        warnings: what the file had that was not imported as it stood (see :class:`ImportedRoster`).
        skipped: records left out, each naming its line.
    """

    people: list[Person]
    replaced: int
    source: str
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RosterExport:
    """What an export wrote: how many people, to which file, in which format (``csv`` or ``vcard``)."""

    people: int
    path: Path
    format: str


# --- People ----------------------------------------------------------------------------------------


def save_person(database: Database, person: Person, *, author: str) -> Done[Person]:
    """Add someone to the team or change them (their roles, levels, backup, how to reach them).

    Raises:
        InvalidInputError: a bad field, a name already on the team, or a backup not on the team.
    """
    before = _stored(database, person.id)
    saved = team.save(database, person, author=author)
    return Done(saved, _TEAM if before != saved else Changes.NONE)


def set_roles(database: Database, person_id: str, roles: Sequence[str], *, author: str) -> Done[Person]:
    """Give someone these roles (keys of :data:`crisisroom.domain.team.ROLES`), the rest as it was.

    Raises:
        NotFoundError: nobody on the team has this id.
        InvalidInputError: an unknown role.
    """
    return save_person(database, replace(team.get(database, person_id), roles=tuple(roles)), author=author)


def set_levels(database: Database, person_id: str, levels: Sequence[int], *, author: str) -> Done[Person]:
    """Call someone at these severity levels by their own levels (whatever the crisis type).

    Raises:
        NotFoundError: nobody on the team has this id.
        InvalidInputError: a level outside 1 to 5.
    """
    return save_person(database, replace(team.get(database, person_id), levels=tuple(levels)), author=author)


def remove_person(database: Database, person_id: str, *, author: str) -> Done[Person]:
    """Take someone off the team; the people they backed up are left without a backup.

    Raises:
        NotFoundError: nobody on the team has this id.
    """
    return Done(team.remove(database, person_id, author=author), _TEAM)


# --- The whole roster -------------------------------------------------------------------------------


def read_roster(path: Path, fmt: str | None = None) -> ImportedRoster:
    """A roster file read and checked (CSV or vCard, by ``fmt`` or by the file); nothing is stored.

    Raises:
        RosterFileError: the file cannot be read, or a problem on a line (named).
        InvalidInputError: an unknown format.
    """
    return exchange.import_roster(path, fmt)


def import_roster(database: Database, imported: ImportedRoster, *, source: str, author: str) -> Done[RosterImport]:
    """Replace the team with the people read from a file (``source``: its name, for the log).

    People whose name is already on the team keep their id, so what was recorded about them (calls,
    approvals) still names them. All or nothing.

    Raises:
        InvalidInputError: naming the first problem; the team stays as it was.
    """
    before = len(team.list_people(database))
    people = team.replace_roster(database, imported.people, author=author, source=source)
    return Done(RosterImport(people, before, source, list(imported.warnings), list(imported.skipped)), _TEAM)


def replace_roster(
    database: Database, people: Sequence[Person], *, author: str, source: str = ""
) -> Done[list[Person]]:
    """Replace the whole team at once; returns it as stored, in chain-of-command order.

    Raises:
        InvalidInputError: naming the first problem in ``people``; the team stays as it was.
    """
    return Done(team.replace_roster(database, people, author=author, source=source), _TEAM)


def use_example_team(database: Database, *, author: str) -> Done[list[Person]]:
    """Put the made-up example team back (people of the same name keep their id)."""
    return replace_roster(database, example_roster(), author=author, source=EXAMPLE_SOURCE)


def export_roster(database: Database, path: Path, fmt: str | None = None) -> RosterExport:
    """Write the team to a CSV (spreadsheets) or vCard (address books) file; changes nothing stored.

    Raises:
        InvalidInputError: an extension that is neither (and no ``fmt``).
        UserError: the file cannot be written.
    """
    people = team.list_people(database)
    written = exchange.export_roster(Path(path), people, fmt)
    return RosterExport(len(people), Path(path), written)


# --- The chain of command ---------------------------------------------------------------------------


def save_chain(database: Database, table: ChainTable, *, author: str) -> Done[ChainTable]:
    """Replace the chain of command (which roles each crisis type calls at each level).

    Open incidents whose type now calls other roles are told in their logs.

    Raises:
        InvalidInputError: an unknown crisis type, level or role; nothing is changed.
    """
    before = chain_of_command.load(database)
    saved = chain_of_command.save(database, table, author=author)
    changed = saved.changed_cells(before)
    return Done(saved, _TEAM | Changes.LOG if changed else Changes.NONE)


def restore_default_chain(database: Database, *, author: str) -> Done[ChainTable]:
    """Go back to the room's default chain of command (a change like any other)."""
    return save_chain(database, default_table(), author=author)


def _stored(database: Database, person_id: str) -> Person | None:
    try:
        return team.get(database, person_id)
    except NotFoundError:
        return None
