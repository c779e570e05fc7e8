"""``crisisroom share``: share an incident with the team's other laptops through a synced folder.

Every step of the window's Share, Join and team panel, for scripts (README: "Sharing an incident
between laptops"): start, join, admit, sync, status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crisisroom.commands.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    Parser,
    add_author,
    add_json,
    after_write,
    print_json,
    reading,
    writing,
)
from crisisroom.services import sharing
from crisisroom.storage import incidents
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser(
        "share", help="share an incident with the team's other laptops through a synced folder"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    start = group.add_parser("start", help="share an incident through a folder; prints this laptop's fingerprint")
    start.add_argument("incident", help="the incident's id (or the start of it)")
    start.add_argument("folder", type=Path, help="the shared folder (Syncthing, a network share, a USB stick)")
    start.add_argument("--laptop", help="this laptop's name as the team sees it (default: the computer's name)")
    add_author(start)
    add_json(start)
    start.set_defaults(handler=_start)
    join = group.add_parser("join", help="ask to join the incident shared through a folder; prints the fingerprints")
    join.add_argument("folder", type=Path)
    join.add_argument("--laptop", help="this laptop's name as the team sees it (default: the computer's name)")
    add_author(join)
    add_json(join)
    join.set_defaults(handler=_join)
    admit = group.add_parser("admit", help="admit the laptop that asked to join with this fingerprint")
    admit.add_argument("fingerprint", nargs="+", help="the 20 digits shown on the joining laptop")
    add_author(admit)
    add_json(admit)
    admit.set_defaults(handler=_admit)
    sync = group.add_parser("sync", help="write this laptop's new entries and take the others', now")
    add_json(sync)
    sync.set_defaults(handler=_sync)
    status = group.add_parser("status", help="the laptops of each shared incident, who waits, and alarms")
    add_json(status)
    status.set_defaults(handler=_status)


def _start(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        started = sharing.start(
            database, incident.id, args.folder, author=args.author or default_author(), laptop=args.laptop
        ).value
        after_write(database)
    if args.json:
        print_json({"incident": started.incident_id, "folder": str(started.folder), "fingerprint": started.fingerprint})
    else:
        print(f"shared incident {started.incident_id} through {started.folder}")
        print(f"this laptop's fingerprint: {started.fingerprint}")
        print("on each laptop that joins, compare the fingerprint it shows, then: crisisroom share admit DIGITS")
    return EXIT_OK


def _join(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        joined = sharing.join(database, args.folder, author=args.author or default_author(), laptop=args.laptop).value
    if args.json:
        print_json(
            {
                "incident": joined.incident_id,
                "folder": str(joined.folder),
                "fingerprint": joined.fingerprint,
                "team_fingerprint": joined.team_fingerprint,
                "admitted": joined.admitted,
            }
        )
    else:
        print(f"asked to join incident {joined.incident_id} through {joined.folder}")
        print(f"this laptop's fingerprint: {joined.fingerprint}")
        print(f"the team's first laptop:   {joined.team_fingerprint} (compare it with that laptop's screen)")
        if joined.admitted:
            print("admitted: the incident is here")
        else:
            print("read this laptop's fingerprint to a member of the team, who admits it; then: crisisroom share sync")
    return EXIT_OK


def _admit(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        admitted = sharing.admit(database, " ".join(args.fingerprint), author=args.author or default_author()).value
        after_write(database)
    if args.json:
        print_json(admitted.__dict__)
    else:
        print(f"admitted {admitted.person}'s laptop {admitted.laptop} ({admitted.fingerprint})")
    return EXIT_OK


def _sync(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        report = sharing.sync(database).value
        if report.written or report.taken:
            after_write(database)
    if args.json:
        print_json(report.__dict__)
    else:
        print(f"wrote {report.written} entries, took {report.taken} from the other laptops")
        for incident_id in report.admitted_now:
            print(f"admitted to the team of incident {incident_id}: it is here now")
        for line in report.waiting:
            print(f"waiting: {line}")
        for line in report.new_alarms:
            print(f"ALARM: {line}", file=sys.stderr)
        for line in report.problems:
            print(f"crisisroom: {line}", file=sys.stderr)
    return EXIT_CHECK_FAILED if report.new_alarms or report.problems else EXIT_OK


def _status(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        found = sharing.status(database)
    if args.json:
        print_json([share.to_json() for share in found])
        return EXIT_CHECK_FAILED if any(share.alarms for share in found) else EXIT_OK
    if not found:
        print("no incident of this laptop is shared (crisisroom share start INCIDENT DIR, or share join DIR)")
    for share in found:
        state = "waiting to be admitted" if share.state == "waiting" else "member"
        print(f"{share.title or share.incident_id}  ({share.folder}, this laptop {state}, {share.fingerprint})")
        for laptop in share.laptops:
            mark = "this laptop" if laptop.this_laptop else f"last entry {laptop.last_entry or '-'}"
            print(f"  {laptop.person:20} {laptop.laptop:20} {laptop.fingerprint}  {laptop.entries} entries, {mark}")
        for laptop in share.waiting:
            print(f"  waiting: {laptop.person} on {laptop.laptop}, fingerprint {laptop.fingerprint}")
        names = {laptop.device_id: f"{laptop.person}'s {laptop.laptop}" for laptop in share.laptops}
        for alarm in share.alarms:
            owner = alarm["laptop"]
            where = names.get(owner, f"laptop {owner[:8]}") if owner else "the shared folder"
            print(f"  ALARM in {where}: {Path(alarm['file']).name}: {alarm['detail']}")
    return EXIT_CHECK_FAILED if any(share.alarms for share in found) else EXIT_OK
