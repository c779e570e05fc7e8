"""The ``crisisroom`` command: the GUI by default, and every capability as a subcommand.

Exit codes are a contract: 0 success, 1 a check failed (``verify``), 2 bad input or an unusable
file, always with one line on stderr saying why. ``--json`` prints one JSON document on stdout.
The subcommands live in ``crisisroom/commands/``, one module per group.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from crisisroom import __version__
from crisisroom.commands.common import EXIT_BAD_INPUT, EXIT_OK, Parser
from crisisroom.domain.errors import UserError
from crisisroom.system import paths

# Modules of crisisroom/commands/, in the order --help lists them. They are imported only when a
# command is given, so opening the window does not pay for the keychain, the importers and so on.
COMMAND_GROUPS = (
    "incident",
    "log",
    "mentions",
    "status",
    "report",
    "team",
    "checklist",
    "chain",
    "notify",
    "statement",
    "vault",
    "drill",
    "demo",
    "settings",
    "share",
    "maintenance",
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="the database file (default: CRISISROOM_DB or the data folder)")
    parser.add_argument(
        "--self-test", action="store_true", help="open the window, draw the dashboard, print timings and exit"
    )
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="with --self-test: save a picture of the window")
    parser.add_argument(
        "--check-install",
        action="store_true",
        help="with --self-test: also check that the installation is whole (keychain backend, sentiment in a "
        "worker process, templates, scenarios, Qt translations)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="crisisroom",
        description="Crisis Room: an offline crisis room for communications teams. With no command, opens the window.",
    )
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_GROUPS:
        importlib.import_module(f"crisisroom.commands.{name}").register(commands)
    return parser


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` asks for the window alone (no command), else None."""
    if "-h" in argv or "--help" in argv:
        return None
    top = Parser(prog="crisisroom", add_help=False)
    _global_options(top)
    known, rest = top.parse_known_args(argv)
    if rest:
        return None
    known.command = None
    return known


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get("CRISISROOM_FILE_GUARD") == "1":  # the test suite's watch (storage/file_guard.py)
        from crisisroom.storage import file_guard

        file_guard.install()
    args = _window_only(arguments) or build_parser().parse_args(arguments)
    db_path = args.db or paths.default_db_path()
    if args.command is None:
        if (args.screenshot or args.check_install) and not args.self_test:
            print("crisisroom: --screenshot and --check-install go with --self-test", file=sys.stderr)
            return EXIT_BAD_INPUT
        from crisisroom.gui.app import run  # Qt is imported only when a window is wanted.

        return run(
            db_path=args.db, self_test=args.self_test, screenshot=args.screenshot, check_install=args.check_install
        )
    try:
        return int(args.handler(args, db_path))
    except UserError as exc:
        print(f"crisisroom: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`crisisroom … | head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
