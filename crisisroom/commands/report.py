"""``crisisroom report``: a report to share, as HTML, PDF or CSV.

``report INCIDENT --kind KIND --format html|pdf|csv -o FILE``. PDF goes through Qt (imported only
for that format); the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, reading
from crisisroom.domain.errors import InvalidInputError
from crisisroom.services import reports as report_service
from crisisroom.system.files import write_atomically


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="a report to share: situation, daily, review, activity-log, messages, after-action, or csv exports",
        description=(
            "Write a report of an incident. Kinds: situation, daily, review, activity-log, messages, "
            "after-action for drills (as html or pdf); "
            "situation (its call tree: each person's state and attempts), activity-log, messages and mentions "
            "also as csv for spreadsheets."
        ),
    )
    report.add_argument("incident", help="the incident's id (or the start of it)")
    report.add_argument("--kind", required=True, metavar="KIND", help=", ".join(report_service.KINDS))
    report.add_argument("--format", dest="fmt", required=True, metavar="FORMAT", help="html, pdf or csv")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write")
    report.set_defaults(handler=_report)


def check_output(path: Path) -> None:
    """Refuse, before any work, a path that cannot be written.

    Raises:
        InvalidInputError: saying what is wrong with the path.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InvalidInputError(f"{path} is a folder; give a file name for the report")
    if not folder.is_dir():
        raise InvalidInputError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InvalidInputError(f"cannot write {path}: permission denied; choose another place")


def _report(args: argparse.Namespace, db_path: Path) -> int:
    kind, fmt = args.kind.strip().lower(), args.fmt.strip().lower()
    report_service.check_request(kind, fmt)
    output: Path = args.output.expanduser()
    check_output(output)
    with reading(db_path) as database:
        report = report_service.make_report(database, args.incident, kind, fmt)
    if fmt == "csv":
        data = report.csv
    elif fmt == "html":
        data = report.html.encode("utf-8")
    else:
        from crisisroom.gui.pdf import html_to_pdf  # Qt only for a PDF

        data = html_to_pdf(
            report.html,
            header=report.header,
            exercise=report.exercise,
            footer=report.title,
            title=report.title,
        )
    write_atomically(output, data, what="the report")
    print(f"wrote the {kind} report ({fmt.upper()}) to {output}")
    return EXIT_OK
