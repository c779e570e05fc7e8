"""``crisisroom team``: list the roster, import it from CSV or vCard, export it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crisisroom import exchange as team_exchange
from crisisroom.commands.common import (
    EXIT_OK,
    Parser,
    add_author,
    add_json,
    after_write,
    print_json,
    reading,
    writing,
)
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.team import Person, backup_of, chain_for_level, format_levels, role_labels
from crisisroom.services import team as team_service
from crisisroom.storage import team
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser("team", help="the crisis team: list, import and export the roster").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = group.add_parser("list", help="list the team in chain-of-command order")
    listing.add_argument(
        "--level",
        type=int,
        choices=range(1, len(LEVELS) + 1),
        metavar="N",
        help="only the people called at level N by their own levels ('chain INCIDENT' adds the crisis type's roles)",
    )
    add_json(listing)
    listing.set_defaults(handler=_list)
    importing = group.add_parser("import", help="replace the team with the people in a CSV or vCard file")
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--format", choices=team_exchange.FORMATS, help="csv or vcard (default: from the extension, else the content)"
    )
    add_author(importing)
    add_json(importing)
    importing.set_defaults(handler=_import)
    exporting = group.add_parser("export", help="write the team to a .csv (spreadsheets) or .vcf (address books) file")
    exporting.add_argument("file", type=Path)
    exporting.add_argument("--format", choices=team_exchange.FORMATS, help="csv or vcard (default: from the extension)")
    exporting.set_defaults(handler=_export)


def person_json(person: Person, people: list[Person]) -> dict[str, Any]:
    """A person for ``--json``: the stored fields plus the backup's name, so the output reads alone."""
    data = asdict(person)
    data["roles"] = list(person.roles)
    data["levels"] = list(person.levels)
    backup = backup_of(person, people)
    data["backup"] = backup.name if backup else None
    return data


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        people = team.list_people(database)
    shown = chain_for_level(people, args.level) if args.level else people
    if args.json:
        print_json([person_json(p, people) for p in shown])
        return EXIT_OK
    if not shown:
        print("nobody is called at this level" if args.level else "the team is empty")
    for person in shown:
        backup = backup_of(person, people)
        print(
            f"{person.name:24}  {role_labels(person.roles) or '(no role)':34}  {person.phone or '-':18}  "
            f"levels {format_levels(person.levels, ',') or '-':10}  backup: {backup.name if backup else '-'}"
        )
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    imported = team_service.read_roster(args.file, args.format)
    for skipped in imported.skipped:
        print(f"crisisroom: not imported: {skipped}", file=sys.stderr)
    for warning in imported.warnings:
        print(f"crisisroom: {warning}", file=sys.stderr)
    with writing(db_path) as database:
        done = team_service.import_roster(
            database, imported, source=args.file.name, author=args.author or default_author()
        ).value
        after_write(database)
    if args.json:
        report: dict[str, Any] = {"imported": len(done.people), "replaced": done.replaced, "warnings": done.warnings}
        if done.skipped:
            report["skipped"] = done.skipped
        print_json(report)
    else:
        left_out = f"; {len(done.skipped)} left out, listed above" if done.skipped else ""
        print(f"imported {len(done.people)} people from {args.file.name} (the team had {done.replaced}){left_out}")
    return EXIT_OK


def _export(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        exported = team_service.export_roster(database, args.file, args.format)
    kind = "vCard" if exported.format == "vcard" else "CSV"
    print(f"exported {exported.people} people to {args.file} ({kind})")
    return EXIT_OK
