"""``crisisroom verify``, ``backup`` and ``restore``: keeping the database trustworthy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_CHECK_FAILED, EXIT_OK, add_json, print_json, reading, writing
from crisisroom.domain.signing import parse_heads
from crisisroom.services import backups as backup_service
from crisisroom.services import verification
from crisisroom.storage import backups
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
    verify.add_argument(
        "--state",
        action="store_true",
        help="also rebuild every table from the log alone and compare: finds a table changed underneath Crisis Room",
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
        evidence = verification.check_log(database, claimed)
        state = verification.check_state(database) if args.state else None
    ok = evidence.ok and (state is None or state.ok)
    if args.json:
        document = evidence.to_json()
        if state is not None:
            document["ok"] = ok
            document["state"] = {
                "checked": not state.not_checked,
                "note": state.not_checked or None,
                "differences": [
                    {"table": d.table, "only_in_file": d.only_in_file, "only_in_log": d.only_in_log}
                    for d in state.differences
                ],
            }
        print_json(document)
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
        if state is not None and state.not_checked:
            print(f"Note: {state.not_checked}.")
        elif state is not None and state.ok:
            print("The state is what the log says: every table rebuilt from the log alone is the same.")
    for found in evidence.breaks:
        print(f"crisisroom: log does not verify: {found.line}", file=sys.stderr)
    for line in state.lines() if state is not None else []:
        print(f"crisisroom: state does not match the log: {line}", file=sys.stderr)
    return EXIT_OK if ok else EXIT_CHECK_FAILED


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
        safety = backup_service.restore(database, args.path).value
    print(f"Restored {db_path} from {args.path}. The previous contents were saved to {safety}.")
    return EXIT_OK
