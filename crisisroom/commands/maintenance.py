"""``crisisroom verify``, ``backup`` and ``restore``: keeping the database trustworthy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_CHECK_FAILED, EXIT_OK, add_json, print_json, reading, writing
from crisisroom.domain.signing import parse_heads
from crisisroom.storage import backups, signing
from crisisroom.storage.evidence import examine
from crisisroom.system import paths


def register(commands: Any) -> None:
    verify = commands.add_parser(
        "verify",
        help="check the log's chains, signatures and heads; exit 1 with one line per problem",
        description=(
            "Check every device's hash chain and signature, the register of devices, this computer's "
            "record of the log's heads and the newest automatic backup. Exit 1 when the log was changed."
        ),
    )
    verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="a head printed on a report or backup (e.g. 3f2a9c1e-57-9f3a2b7c1d0e4a5b): check the log still extends it",
    )
    add_json(verify)
    verify.set_defaults(handler=_verify)
    backup = commands.add_parser("backup", help="write a checked copy of the database")
    backup.add_argument("path", nargs="?", type=Path, help="file or folder (default: the backups folder)")
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("path", type=Path)
    restore.set_defaults(handler=_restore)


def _verify(args: argparse.Namespace, db_path: Path) -> int:
    claimed = [claim for text in args.head for claim in parse_heads(text)]
    with reading(db_path) as database:
        evidence = examine(database, claimed=claimed, keys=signing.key_source(database))
    if args.json:
        print_json(evidence.to_json())
    else:
        if evidence.ok:
            chains = len(evidence.heads)
            print(
                f"The crisis log verifies: {evidence.entries} entries in {chains} "
                f"{'chain' if chains == 1 else 'chains'}, none changed, removed or added outside Crisis Room."
            )
        for line in evidence.confirmed:
            print(f"Confirmed: {line}.")
        for note in evidence.notes:
            print(f"Note: {note.line}.")
        for head in evidence.heads:
            print(f"Head: {head.fingerprint}")
    for found in evidence.breaks:
        print(f"crisisroom: log does not verify: {found.line}", file=sys.stderr)
    return EXIT_OK if evidence.ok else EXIT_CHECK_FAILED


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        target = args.path or paths.backup_dir(database.path)
        made = backups.backup_to(database, target)
    print(made)
    for head in backups.heads_in(made):
        print(f"Head: {head.fingerprint}")
    return EXIT_OK


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        safety = backups.restore(database, args.path)
    print(f"Restored {db_path} from {args.path}. The previous contents were saved to {safety}.")
    return EXIT_OK
