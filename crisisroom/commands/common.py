"""What every subcommand shares: exit codes, the one-line error, JSON output, authors, opening the file."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

from crisisroom.domain.errors import UserError
from crisisroom.storage import backups
from crisisroom.storage.database import Database, open_database

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse with the contract's one-line error and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def add_json(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--json", action="store_true", help="print one JSON document")


def add_author(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--author", default=None, help="who is writing (default: CRISISROOM_AUTHOR or login name)")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def reading(db_path: Path) -> Database:
    """Open for reading: no writer lock, so it works while the window is open."""
    return open_database(db_path, write=False)


def writing(db_path: Path) -> Database:
    """Open as the single writer."""
    return open_database(db_path, write=True)


def after_write(database: Database) -> None:
    """Keep the hourly automatic backup going for people who only use the command line.

    Called once the command's write has committed, so a failed backup (full disk, unwritable
    backups folder) must not turn into the command's failure: a script that retries would write
    the entry twice into a log that cannot be edited. It is a one-line warning on stderr instead.
    """
    try:
        backups.auto_backup(database)
    except (UserError, OSError, sqlite3.Error) as exc:
        # The storage messages are written for the database ("…; nothing was saved"): here the entry was.
        reason = " ".join(str(exc).replace("; nothing was saved", "").split()) or type(exc).__name__
        print(f"warning: the entry was saved, but the automatic backup failed: {reason}", file=sys.stderr)
