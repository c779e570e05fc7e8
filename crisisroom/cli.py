"""The ``crisisroom`` command: the GUI by default, and every capability as a subcommand.

Exit codes are a contract: 0 success, 1 a check failed (``verify``), 2 bad input or an unusable
file, always with one line on stderr saying why. ``--json`` prints one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from crisisroom import __version__, paths
from crisisroom.domain.clock import format_local, local_zone_name, parse_user_time, to_iso, zone_from_name
from crisisroom.domain.errors import UserError
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.storage import backups, incidents, log
from crisisroom.storage.database import Database, open_database

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with the contract's one-line error and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def default_author() -> str:
    """Who is writing when no ``--author`` is given: ``CRISISROOM_AUTHOR`` or the login name."""
    try:
        return os.environ.get("CRISISROOM_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crisisroom",
        description="Crisis Room: an offline crisis room for communications teams. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="the database file (default: CRISISROOM_DB or the data folder)")
    parser.add_argument(
        "--self-test", action="store_true", help="open the window, draw the dashboard, print timings and exit"
    )
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="with --self-test: save a picture of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    incident = commands.add_parser("incident", help="create, list and change incidents").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    new = incident.add_parser("new", help="open an incident and print its id")
    new.add_argument("title")
    new.add_argument("--drill", action="store_true", help="a tabletop exercise, not a real incident")
    new.add_argument(
        "--category", default=Category.REPUTATION.value, help=f"one of {', '.join(c.value for c in Category)}"
    )
    new.add_argument("--level", type=int, choices=range(1, 6), metavar="N", help="severity 1-5, when known")
    new.add_argument("--detected", metavar="ISO", help="when it was first detected (default: not recorded)")
    new.add_argument("--tz", help="the incident's time zone (default: this machine's)")
    _add_author(new)
    _add_json(new)
    listing = incident.add_parser("list", help="list incidents (drills only with --drills)")
    listing.add_argument("--drills", action="store_true", help="include drills")
    listing.add_argument("--open", action="store_true", help="only open incidents")
    _add_json(listing)
    show = incident.add_parser("show", help="show one incident")
    show.add_argument("incident")
    _add_json(show)
    for name, text in (("resolve", "close an incident"), ("reopen", "reopen a resolved incident")):
        sub = incident.add_parser(name, help=text)
        sub.add_argument("incident")
        sub.add_argument("--note", default="", help="a line for the log")
        _add_author(sub)
    lvl = incident.add_parser("level", help="confirm the severity level")
    lvl.add_argument("incident")
    lvl.add_argument("level", type=int, choices=range(1, 6), metavar="N")
    lvl.add_argument("--reason", default="")
    _add_author(lvl)

    logs = commands.add_parser("log", help="write to and read the crisis log").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = logs.add_parser("add", help="append an entry and print its id")
    add.add_argument("incident")
    add.add_argument("text")
    add.add_argument("--kind", default=Kind.NOTE.value, help=f"one of {', '.join(k.value for k in Kind)}")
    add.add_argument("--occurred", metavar="ISO", help="when it happened, for entries written afterwards")
    add.add_argument("--corrects", metavar="ENTRY", help="the id of the entry this one corrects")
    _add_author(add)
    show_log = logs.add_parser("show", help="print an incident's log, oldest first")
    show_log.add_argument("incident")
    _add_json(show_log)

    _add_json(commands.add_parser("verify", help="check every log chain; exit 1 naming the first broken entry"))
    backup = commands.add_parser("backup", help="write a checked copy of the database")
    backup.add_argument("path", nargs="?", type=Path, help="file or folder (default: the backups folder)")
    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("path", type=Path)
    return parser


def _add_json(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help="print one JSON document")


def _add_author(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--author", default=None, help="who is writing (default: CRISISROOM_AUTHOR or login name)")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = args.db or paths.default_db_path()
    if args.command is None:
        if args.screenshot and not args.self_test:
            print("crisisroom: --screenshot goes with --self-test", file=sys.stderr)
            return EXIT_BAD_INPUT
        from crisisroom.gui.app import run  # Qt is imported only when a window is wanted.

        return run(db_path=args.db, self_test=args.self_test, screenshot=args.screenshot)
    handler = _HANDLERS[(args.command, getattr(args, "action", None))]
    try:
        return handler(args, db_path)
    except UserError as exc:
        print(f"crisisroom: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    data["category"] = incident.category.value
    return data


def _entry_json(entry: LogEntry) -> dict[str, Any]:
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


def _writing(db_path: Path) -> Database:
    return open_database(db_path, write=True)


def _after_write(database: Database) -> None:
    """Keep the hourly automatic backup going for people who only use the command line."""
    backups.auto_backup(database)


def _incident_new(args: argparse.Namespace, db_path: Path) -> int:
    tz = args.tz or local_zone_name()
    zone = zone_from_name(tz)
    detected = to_iso(parse_user_time(args.detected, zone)) if args.detected else None
    with _writing(db_path) as database:
        incident = incidents.create(
            database,
            args.title,
            category=Category.parse(args.category),
            author=args.author or default_author(),
            is_drill=args.drill,
            level=args.level,
            detected_at=detected,
            timezone=tz,
        )
        _after_write(database)
    if args.json:
        _print_json(_incident_json(incident))
    else:
        print(incident.id)
    return EXIT_OK


def _incident_list(args: argparse.Namespace, db_path: Path) -> int:
    with open_database(db_path, write=False) as database:
        found = incidents.list_incidents(database, include_drills=args.drills, include_closed=not args.open)
    if args.json:
        _print_json([_incident_json(i) for i in found])
        return EXIT_OK
    for incident in found:
        state = "open" if incident.is_open else "resolved"
        lvl = f"L{incident.level}" if incident.level else "L?"
        print(
            f"{incident.id[:8]}  {lvl}  {state:8}  {format_local(incident.opened_at, seconds=False)}  "
            f"{incident.display_title}"
        )
    return EXIT_OK


def _incident_show(args: argparse.Namespace, db_path: Path) -> int:
    with open_database(db_path, write=False) as database:
        incident = incidents.get(database, args.incident)
        figures = incidents.counts(database, incident.id)
    if args.json:
        _print_json({**_incident_json(incident), "counts": asdict(figures)})
        return EXIT_OK
    zone = zone_from_name(incident.timezone)
    severity = incident.severity.label if incident.severity else "not yet assessed"
    lines = [
        incident.display_title,
        f"  id:        {incident.id}",
        f"  type:      {incident.category.label}",
        f"  severity:  {severity}",
        f"  detected:  {format_local(incident.detected_at, zone) or 'not recorded'}",
        f"  opened:    {format_local(incident.opened_at, zone)} ({incident.timezone})",
        f"  resolved:  {format_local(incident.closed_at, zone) or 'no, still open'}",
        f"  log:       {figures.entries} entries",
    ]
    print("\n".join(lines))
    return EXIT_OK


def _incident_change(args: argparse.Namespace, db_path: Path) -> int:
    author = args.author or default_author()
    with _writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        if args.action == "resolve":
            incidents.resolve(database, incident.id, author=author, note=args.note)
        elif args.action == "reopen":
            incidents.reopen(database, incident.id, author=author, note=args.note)
        else:
            incidents.set_level(database, incident.id, args.level, author=author, reason=args.reason)
        _after_write(database)
    return EXIT_OK


def _log_add(args: argparse.Namespace, db_path: Path) -> int:
    with _writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        occurred = None
        if args.occurred:
            occurred = to_iso(parse_user_time(args.occurred, zone_from_name(incident.timezone)))
        entry = log.append(
            database,
            incident.id,
            args.text,
            kind=args.kind,
            author=args.author or default_author(),
            occurred_at=occurred,
            corrects=args.corrects,
        )
        _after_write(database)
    print(entry.id)
    return EXIT_OK


def _log_show(args: argparse.Namespace, db_path: Path) -> int:
    with open_database(db_path, write=False) as database:
        incident = incidents.get(database, args.incident)
        found = log.entries(database, incident.id)
    if args.json:
        _print_json([_entry_json(e) for e in found])
        return EXIT_OK
    if incident.is_drill:
        print("*** EXERCISE: this is a drill, not a real incident ***")
    zone = zone_from_name(incident.timezone)
    for entry in found:
        when = format_local(entry.recorded_at, zone)
        extra = f" (happened {format_local(entry.occurred_at, zone)})" if entry.occurred_at else ""
        fix = f" [corrects {entry.corrects[:8]}]" if entry.corrects else ""
        print(f"{when}  {entry.kind:12}  {entry.author}: {entry.text}{extra}{fix}")
    return EXIT_OK


def _verify(args: argparse.Namespace, db_path: Path) -> int:
    with open_database(db_path, write=False) as database:
        total, breaks = log.verify(database)
    if args.json:
        _print_json({"ok": not breaks, "entries": total, "breaks": [asdict(b) for b in breaks]})
    elif not breaks:
        print(f"The crisis log verifies: {total} entries, every chain intact.")
    for chain_break in breaks:
        print(f"crisisroom: log does not verify: {chain_break.describe()}", file=sys.stderr)
    return EXIT_CHECK_FAILED if breaks else EXIT_OK


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    with open_database(db_path, write=False) as database:
        target = args.path or paths.backup_dir(database.path)
        made = backups.backup_to(database, target)
    print(made)
    return EXIT_OK


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    with _writing(db_path) as database:
        safety = backups.restore(database, args.path)
    print(f"Restored {db_path} from {args.path}. The previous contents were saved to {safety}.")
    return EXIT_OK


_HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Path], int]] = {
    ("incident", "new"): _incident_new,
    ("incident", "list"): _incident_list,
    ("incident", "show"): _incident_show,
    ("incident", "resolve"): _incident_change,
    ("incident", "reopen"): _incident_change,
    ("incident", "level"): _incident_change,
    ("log", "add"): _log_add,
    ("log", "show"): _log_show,
    ("verify", None): _verify,
    ("backup", None): _backup,
    ("restore", None): _restore,
}
