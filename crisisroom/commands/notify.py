"""``crisisroom notify``: record what came of each try to reach the crisis team, and list where everyone is."""

from __future__ import annotations

import argparse
import re
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.clock import parse_user_time, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.notifications import (
    NOT_TRIED,
    Attempt,
    ChainCounts,
    ChainState,
    Channel,
    Outcome,
    PersonNotification,
    needs_reaching,
)
from crisisroom.domain.team import Person, backup_of
from crisisroom.services import notify as notify_service
from crisisroom.storage import incidents, notifications, team
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author

_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")


def register(commands: Any) -> None:
    group = commands.add_parser(
        "notify", help="the call tree: record each try to reach someone, see who is still to reach"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    record = group.add_parser(
        "record",
        help="record one try to reach a person and what came of it (logged)",
        description="Record one try to reach a person of the team and what came of it. Every try is kept; "
        "a person's state is their most advanced outcome (no answer < voicemail < reached < acknowledged).",
    )
    record.add_argument("incident")
    record.add_argument("person", help="the roster's id or name (the start of a name is enough when only one matches)")
    record.add_argument(
        "outcome", help="reached, no-answer, voicemail (a voicemail or message left) or acknowledged (they are acting)"
    )
    record.add_argument(
        "--channel", default=Channel.PHONE.value, help=f"one of {', '.join(c.value for c in Channel)} (default phone)"
    )
    record.add_argument(
        "--at",
        metavar="TIME",
        help="when it happened, for a try written down afterwards: ISO date and time, or HH:MM today, "
        "on the incident's clock (default: now)",
    )
    add_author(record)
    add_json(record)
    record.set_defaults(handler=_record)
    listing = group.add_parser("list", help="the chain of command with each person's state and every try")
    listing.add_argument("incident")
    add_json(listing)
    listing.set_defaults(handler=_list)


def _find_person(people: list[Person], tried: list[PersonNotification], wanted: str) -> tuple[str, str]:
    """``(id, name)`` of the person ``wanted`` names: a roster id or name, else someone already tried.

    Raises:
        InvalidInputError: nobody, or several people, match.
    """
    text = " ".join(wanted.split())
    key = text.casefold()
    known = [(p.id, p.name) for p in people] + [(n.person_id, n.person_name) for n in tried]
    for person_id, name in known:
        if text and (person_id == text or name.casefold() == key):
            return person_id, name
    found = {person_id: name for person_id, name in known if key and name.casefold().startswith(key)}
    if len(found) == 1:
        return next(iter(found.items()))
    if found:
        raise InvalidInputError(f"{wanted!r} matches several people: {', '.join(sorted(found.values()))}")
    raise InvalidInputError(f"nobody on the team is called {wanted!r}; 'crisisroom team list' shows the names")


def _moment(text: str, zone: tzinfo, now: datetime) -> datetime:
    """``--at``: an ISO date and time, or ``HH:MM`` for today, both on the incident's wall clock."""
    if _CLOCK_TIME.fullmatch(text.strip()):
        hours, minutes = (int(part) for part in text.strip().split(":"))
        if hours > 23 or minutes > 59:
            raise InvalidInputError(f"{text!r} is not a time of day; write it like 02:10")
        return now.astimezone(zone).replace(hour=hours, minute=minutes, second=0, microsecond=0)
    return parse_user_time(text, zone)


def _attempt_json(attempt: Attempt) -> dict[str, Any]:
    return {
        "outcome": attempt.outcome.value,
        "channel": attempt.channel.value,
        "occurred_at": attempt.occurred_at,
        "recorded_at": attempt.recorded_at,
        "recorded_by": attempt.recorded_by,
    }


def _backup_json(backup: Person | None) -> dict[str, str] | None:
    return {"name": backup.name, "phone": backup.phone} if backup else None


def person_json(found: PersonNotification | None, name: str, person_id: str, backup: Person | None) -> dict[str, Any]:
    """One person of the call tree for ``--json``: state ("not tried" when nobody tried them), every try."""
    state = found.state if found is not None else None
    return {
        "person": person_id,
        "name": name,
        "state": state.value if state is not None else "not tried",
        "since": found.current.occurred_at if found is not None else None,
        "needs_reaching": needs_reaching(state),
        "backup": _backup_json(backup),
        "attempts": [_attempt_json(a) for a in found.attempts] if found is not None else [],
    }


def chain_json(chain: list[ChainState]) -> dict[str, Any]:
    """The counts and each person of the chain, as ``status --json`` and ``notify list --json`` give them."""
    return {
        "counts": ChainCounts.of(c.state for c in chain).as_dict(),
        "people": [person_json(c.notification, c.person.name, c.person.id, c.backup) for c in chain],
    }


def _still_to_reach(backup: Person | None) -> str:
    if backup is None:
        return "still to reach: try again or another channel"
    return f"still to reach: try again or call the backup, {backup.name}" + (f" {backup.phone}" if backup.phone else "")


def _record(args: argparse.Namespace, db_path: Path) -> int:
    outcome = Outcome.parse(args.outcome)
    channel = Channel.parse(args.channel)
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        people = team.list_people(database)
        tried = notifications.notifications(database, incident.id)
        person_id, name = _find_person(people, tried, args.person)
        kept = {a.id for n in tried for a in n.attempts}
        at = _moment(args.at, zone_from_name(incident.timezone), database.clock.now()) if args.at else None
        found = notify_service.record_outcome(
            database,
            incident.id,
            person_id,
            name,
            outcome,
            channel,
            at,
            author=args.author or default_author(),
        ).value
        clock = clock_of(database, incident)
        after_write(database)
    recorded = next(a for a in found.attempts if a.id not in kept)  # the try just kept
    roster = next((p for p in people if p.id == person_id), None)
    backup = backup_of(roster, people) if roster is not None else None
    if args.json:
        print_json({**person_json(found, found.person_name, person_id, backup), "recorded": _attempt_json(recorded)})
        return EXIT_OK
    line = f"{found.person_name}: {outcome.label} {channel.how} at {clock.text(recorded.occurred_at)}"
    if needs_reaching(found.state):
        line += f" ({_still_to_reach(backup)})"
    elif found.state is Outcome.REACHED:
        line += " (reached, not yet acknowledged)"
    else:
        line += f" (acknowledged at {clock.text(found.acknowledged_at)})"
    print(line)
    return EXIT_OK


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        chain = notifications.chain_states(database, incident)
        others = _others(database, incident.id, chain)
        clock = clock_of(database, incident)
    if args.json:
        print_json(
            {
                "incident": incident.id,
                "level": incident.level,
                **chain_json(chain),
                "others": [person_json(n, n.person_name, n.person_id, None) for n in others],
            }
        )
        return EXIT_OK
    lines = [incident.display_title, f"  times:  {clock.zone_label()}"]
    if incident.level is None:
        lines.append("  no level confirmed yet: the chain of command depends on it")
    else:
        lines.append(f"  level {incident.level}: {ChainCounts.of(c.state for c in chain).text()}")
    for item in chain:
        lines.append(_person_line(item.person.name, item.notification, item.backup, clock))
    for found in others:
        lines.append(_person_line(found.person_name, found, None, clock) + "  (not in the chain)")
    print("\n".join(lines))
    return EXIT_OK


def _others(database: Database, incident_id: str, chain: list[ChainState]) -> list[PersonNotification]:
    """People tried for the incident who are not in its chain now (the level changed, a stand-in)."""
    in_chain = {c.person.id for c in chain}
    return [n for n in notifications.notifications(database, incident_id) if n.person_id not in in_chain]


def _person_line(name: str, found: PersonNotification | None, backup: Person | None, clock: IncidentClock) -> str:
    state = found.state if found is not None else None
    line = f"  {name:24}  {state.label if state is not None else NOT_TRIED:13}"
    if found is not None:
        line += "  " + ", ".join(
            f"{a.outcome.label} {clock.text(a.occurred_at, date=False)} ({a.channel.label})" for a in found.attempts
        )
    if state is not None and needs_reaching(state):
        line += f"; {_still_to_reach(backup)}"
    return line
