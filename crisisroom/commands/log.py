"""``crisisroom log``: append to and read the crisis log (entries written through :mod:`crisisroom.services.log`)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.clock import parse_user_time, to_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.services import log as log_service
from crisisroom.storage import events, incidents, log, organisation
from crisisroom.storage.errors import CorruptDatabaseError
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    logs = commands.add_parser("log", help="write to and read the crisis log").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    add = logs.add_parser("add", help="append an entry and print its id")
    add.add_argument("incident")
    add.add_argument("text")
    add.add_argument("--kind", default=Kind.NOTE.value, help=f"one of {', '.join(k.value for k in Kind)}")
    add.add_argument("--occurred", metavar="ISO", help="when it happened, for entries written afterwards")
    add.add_argument("--corrects", metavar="ENTRY", help="the id of the entry this one corrects")
    add_author(add)
    add.set_defaults(handler=_add)
    show = logs.add_parser(
        "show", help="print an incident's log (or with --organisation the organisation's), oldest first"
    )
    show.add_argument("incident", nargs="?")
    show.add_argument(
        "--organisation",
        action="store_true",
        help="the organisation's entries instead (no incident): team, settings, chain of command, templates",
    )
    add_json(show)
    show.set_defaults(handler=_show)


def entry_json(entry: LogEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.recorded_at,
        "occurred_at": entry.occurred_at,
        "kind": entry.kind,
        "author": entry.author,
        "text": entry.text,
        "corrects": entry.corrects,
        "device_id": entry.device_id,
        "device_seq": entry.device_seq,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def _add(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        occurred = None
        if args.occurred:
            occurred = to_iso(parse_user_time(args.occurred, zone_from_name(incident.timezone)))
        entry = log_service.add_entry(
            database,
            incident.id,
            args.text,
            kind=args.kind,
            author=args.author or default_author(),
            occurred_at=occurred,
            corrects=args.corrects,
        ).value
        after_write(database)
    print(entry.id)
    return EXIT_OK


def _show(args: argparse.Namespace, db_path: Path) -> int:
    if args.organisation and args.incident:
        raise InvalidInputError("give an incident or --organisation, not both")
    if args.organisation:
        return _show_organisation(args, db_path)
    if not args.incident:
        raise InvalidInputError("name an incident (its id or the start of it), or give --organisation")
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        try:
            found = log.entries(database, incident.id)
        except (sqlite3.OperationalError, ValueError) as exc:
            # Bytes damaged inside a row (not valid UTF-8 or JSON) pass SQLite's own checks.
            if isinstance(exc, sqlite3.OperationalError) and "decode" not in str(exc):
                raise
            raise CorruptDatabaseError(
                f"the log of this incident holds damaged entries in {db_path}; "
                "'crisisroom verify' names them, 'crisisroom restore' brings back a backup"
            ) from exc
        clock = clock_of(database, incident)
    if args.json:
        print_json([entry_json(e) for e in found])
        return EXIT_OK
    if incident.is_drill:
        print("*** EXERCISE: this is a drill, not a real incident ***")
    # On the incident's clock (a drill's drill clock), named once; --json keeps the stored UTC times.
    print(f"Times: {clock.zone_label()}")
    for entry in found:
        when = clock.text(entry.recorded_at, seconds=True)
        extra = f" (happened {clock.text(entry.occurred_at, seconds=True)})" if entry.occurred_at else ""
        fix = f" [corrects {entry.corrects[:8]}]" if entry.corrects else ""
        print(f"{when}  {entry.kind:12}  {entry.author}: {entry.text}{extra}{fix}")
    return EXIT_OK


def _show_organisation(args: argparse.Namespace, db_path: Path) -> int:
    """The organisation's part of the log: changes to what every incident shares, on its home zone."""
    with reading(db_path) as database:
        try:
            found = log.organisation_entries(database)
        except (sqlite3.OperationalError, ValueError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "decode" not in str(exc):
                raise
            raise CorruptDatabaseError(
                f"the organisation's log holds damaged entries in {db_path}; "
                "'crisisroom verify' names them, 'crisisroom restore' brings back a backup"
            ) from exc
        clock = IncidentClock(organisation.default_timezone(database))
        older = events.begun_before_events(database)
    if args.json:
        print_json([entry_json(e) for e in found])
        return EXIT_OK
    print(f"Times: {clock.zone_label()}")
    if not found and older:
        print("the organisation's log is empty: what an older version of Crisis Room changed is not in it")
    elif not found:
        print("the organisation's log is empty: nothing shared by every incident was changed yet")
    elif older:
        print("(what an older version of Crisis Room changed before these entries is not in this log)")
    for entry in found:
        print(f"{clock.text(entry.recorded_at, seconds=True)}  {entry.kind:12}  {entry.author}: {entry.text}")
    return EXIT_OK
