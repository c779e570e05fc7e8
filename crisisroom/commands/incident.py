"""``crisisroom incident``: open, list, show, set or reassess the level, edit, resolve and reopen incidents.

Every change goes through :mod:`crisisroom.services.incidents`, as the window's do.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.clock import parse_user_time, to_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category, Incident
from crisisroom.services import incidents as incident_service
from crisisroom.storage import incidents, organisation
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    incident = commands.add_parser("incident", help="create, list and change incidents").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    new = incident.add_parser("new", help="open an incident and print its id")
    new.add_argument("title")
    new.add_argument("--drill", action="store_true", help="a tabletop exercise, not a real incident")
    new.add_argument(
        "--category", default=Category.REPUTATION.value, help=f"one of {', '.join(c.value for c in Category)}"
    )
    new.add_argument("--level", type=int, choices=range(1, 6), metavar="N", help="severity 1-5, when known")
    new.add_argument("--detected", metavar="ISO", help="when it was first detected (default: not recorded)")
    new.add_argument("--tz", help="the incident's time zone (default: the organisation's, else this machine's)")
    add_author(new)
    add_json(new)
    new.set_defaults(handler=_new)
    listing = incident.add_parser("list", help="list incidents (drills only with --drills)")
    listing.add_argument("--drills", action="store_true", help="include drills")
    listing.add_argument("--open", action="store_true", help="only open incidents")
    add_json(listing)
    listing.set_defaults(handler=_list)
    show = incident.add_parser("show", help="show one incident")
    show.add_argument("incident")
    add_json(show)
    show.set_defaults(handler=_show)
    for name, text in (("resolve", "close an incident"), ("reopen", "reopen a resolved incident")):
        sub = incident.add_parser(name, help=text)
        sub.add_argument("incident")
        sub.add_argument("--note", default="", help="a line for the log")
        add_author(sub)
        sub.set_defaults(handler=_change)
    lvl = incident.add_parser(
        "level",
        help="confirm the severity level, or reassess it",
        description=(
            "Confirm severity level N. At the level it already has, --reason logs the reassessment "
            "('Severity reassessed, stays level N: REASON') as the window's assessment does; "
            "without a reason nothing changes."
        ),
    )
    lvl.add_argument("incident")
    lvl.add_argument("level", type=int, choices=range(1, 6), metavar="N")
    lvl.add_argument("--reason", default="", help="why: goes into the log")
    add_author(lvl)
    lvl.set_defaults(handler=_level)
    edit = incident.add_parser("edit", help="change the crisis type or the first-detection time")
    edit.add_argument("incident")
    edit.add_argument("--category", help=f"one of {', '.join(c.value for c in Category)}")
    edit.add_argument("--detected", metavar="ISO", help="when it was first detected (on the incident's clock)")
    add_author(edit)
    edit.set_defaults(handler=_edit)


def incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    data["category"] = incident.category.value
    return data


def _new(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        tz = args.tz or organisation.default_timezone(database)
        zone = zone_from_name(tz)
        detected = to_iso(parse_user_time(args.detected, zone)) if args.detected else None
        incident = incident_service.open_incident(
            database,
            args.title,
            category=Category.parse(args.category),
            author=args.author or default_author(),
            drill=args.drill,
            level=args.level,
            detected_at=detected,
            timezone=tz,
        ).value
        after_write(database)
    if args.json:
        print_json(incident_json(incident))
    else:
        print(incident.id)
    return EXIT_OK


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        found = incidents.list_incidents(database, include_drills=args.drills, include_closed=not args.open)
        clocks = [clock_of(database, i) for i in found]
    if args.json:
        print_json([incident_json(i) for i in found])
        return EXIT_OK
    # Each incident's opening on its own clock: the zone named once above the list when they share
    # one, else once on each row.
    labels = {clock.zone_label() for clock in clocks}
    shared = len(labels) == 1
    if shared:
        print(f"Times: {labels.pop()}")
    for incident, clock in zip(found, clocks, strict=True):
        state = "open" if incident.is_open else "resolved"
        lvl = f"L{incident.level}" if incident.level else "L?"
        opened = clock.text(incident.opened_at)
        if not shared:
            opened = f"{opened} ({clock.zone_label()})"
        print(f"{incident.id[:8]}  {lvl}  {state:8}  {opened}  {incident.display_title}")
    return EXIT_OK


def _show(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        figures = incidents.counts(database, incident.id)
        clock = clock_of(database, incident)
    if args.json:
        print_json({**incident_json(incident), "counts": asdict(figures)})
        return EXIT_OK
    severity = incident.severity.label if incident.severity else "not yet assessed"
    lines = [
        incident.display_title,
        f"  id:        {incident.id}",
        f"  type:      {incident.category.label}",
        f"  severity:  {severity}",
        f"  times:     {clock.zone_label()}",
        f"  detected:  {clock.text(incident.detected_at, seconds=True) or 'not recorded'}",
        f"  opened:    {clock.text(incident.opened_at, seconds=True)}",
        f"  resolved:  {clock.text(incident.closed_at, seconds=True) or 'no, still open'}",
        f"  log:       {figures.entries} entries",
    ]
    print("\n".join(lines))
    return EXIT_OK


def _change(args: argparse.Namespace, db_path: Path) -> int:
    author = args.author or default_author()
    change = incident_service.resolve if args.action == "resolve" else incident_service.reopen
    with writing(db_path) as database:
        change(database, args.incident, author=author, note=args.note)
        after_write(database)
    return EXIT_OK


def _level(args: argparse.Namespace, db_path: Path) -> int:
    """A new level is confirmed; the same level with a reason is logged as reassessed (as the window's
    assessment is); the same level without one changes nothing, so a script may repeat it."""
    author = args.author or default_author()
    with writing(db_path) as database:
        if args.reason.strip():
            done = incident_service.reassess(database, args.incident, args.level, author=author, reason=args.reason)
        else:
            done = incident_service.set_level(database, args.incident, args.level, author=author)
        if done.changes:
            after_write(database)
    if not done.changes:
        print(f"Already level {args.level}; nothing logged (give --reason to log that it was reassessed).")
    return EXIT_OK


def _edit(args: argparse.Namespace, db_path: Path) -> int:
    """Change the crisis type and/or the first-detection time; values as stored change nothing."""
    if args.category is None and args.detected is None:
        raise InvalidInputError("say what to change: --category and/or --detected")
    author = args.author or default_author()
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        category = Category.parse(args.category) if args.category is not None else None
        detected = None
        if args.detected is not None:
            detected = to_iso(parse_user_time(args.detected, zone_from_name(incident.timezone)))
        done = incident_service.change_details(
            database, incident.id, author=author, category=category, detected_at=detected
        )
        if done.changes:
            after_write(database)
    if not done.changes:
        print("Nothing changed: the incident already has those details.")
    return EXIT_OK
