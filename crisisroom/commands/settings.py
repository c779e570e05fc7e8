"""``crisisroom settings``: the organisation's name, home time zone and default update rhythm."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.services import settings as settings_service
from crisisroom.storage import organisation
from crisisroom.storage.organisation import OrganisationSettings
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser(
        "settings", help="the organisation's settings: name, time zone, update rhythm"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    show = group.add_parser("show", help="print the organisation's settings")
    add_json(show)
    show.set_defaults(handler=_show)
    change = group.add_parser(
        "set",
        help="change one setting: name TEXT, timezone ZONE ('' for this computer's), "
        "cadence FIRST,EVERY,HOURS,AFTER (minutes, e.g. 5,20,2,60)",
    )
    change.add_argument("key", choices=organisation.KEYS)
    change.add_argument("value")
    add_author(change)
    add_json(change)
    change.set_defaults(handler=_set)


def settings_json(found: OrganisationSettings) -> dict[str, Any]:
    c = found.cadence
    return {
        "name": found.name,
        "timezone": found.timezone,
        "effective_timezone": found.effective_timezone,
        "cadence": {
            "first_minutes": c.first_minutes,
            "then_every_minutes": c.then_every_minutes,
            "for_hours": c.for_hours,
            "then_every_minutes_after": c.then_every_minutes_after,
        },
    }


def _print(found: OrganisationSettings, as_json: bool) -> None:
    if as_json:
        print_json(settings_json(found))
        return
    zone = found.timezone or f"this computer's ({found.effective_timezone})"
    print(f"name      {found.name or '(not set)'}")
    print(f"timezone  {zone}")
    print(f"cadence   {found.cadence.describe()}")


def _show(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        _print(organisation.load(database), args.json)
    return EXIT_OK


def _set(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        found = settings_service.set_value(database, args.key, args.value, author=args.author or default_author()).value
        after_write(database)
    _print(found, args.json)
    return EXIT_OK
