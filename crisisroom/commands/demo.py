"""``crisisroom demo``: make the demo incident (fictional, marked EXERCISE) to look around in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, add_json, after_write, print_json, writing
from crisisroom.services import demo


def register(commands: Any) -> None:
    make = commands.add_parser(
        "demo", help="create a made-up demo incident (marked EXERCISE, left out of real lists) and print its id"
    )
    make.add_argument("--seed", type=int, default=demo.DEFAULT_SEED, help="the same seed gives the same posts")
    add_json(make)
    make.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        made = demo.create_demo(database, seed=args.seed).value
        after_write(database)
    if args.json:
        print_json(demo.describe(made))
    else:
        print(made.incident_id)
    return EXIT_OK
