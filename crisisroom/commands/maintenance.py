"""``crisisroom verify``, ``backup`` and ``restore``: keeping the database trustworthy."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crisisroom import paths
from crisisroom.commands.common import EXIT_CHECK_FAILED, EXIT_OK, add_json, print_json, reading, writing
from crisisroom.storage import backups, log


def register(commands: Any) -> None:
    verify = commands.add_parser("verify", help="check every log chain; exit 1 naming the first broken entry")
    add_json(verify)
    verify.set_defaults(handler=_verify)
    backup = commands.add_parser("backup", help="write a checked copy of the database")
    backup.add_argument("path", nargs="?", type=Path, help="file or folder (default: the backups folder)")
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("path", type=Path)
    restore.set_defaults(handler=_restore)


def _verify(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        total, breaks = log.verify(database)
    if args.json:
        print_json({"ok": not breaks, "entries": total, "breaks": [asdict(b) for b in breaks]})
    elif not breaks:
        print(f"The crisis log verifies: {total} entries, every chain intact.")
    for chain_break in breaks:
        print(f"crisisroom: log does not verify: {chain_break.describe()}", file=sys.stderr)
    return EXIT_CHECK_FAILED if breaks else EXIT_OK


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        target = args.path or paths.backup_dir(database.path)
        made = backups.backup_to(database, target)
    print(made)
    return EXIT_OK


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        safety = backups.restore(database, args.path)
    print(f"Restored {db_path} from {args.path}. The previous contents were saved to {safety}.")
    return EXIT_OK
