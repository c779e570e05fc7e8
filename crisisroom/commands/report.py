"""``crisisroom report``: a report to share, as HTML, PDF or CSV.

``report INCIDENT --kind KIND --format html|pdf|csv -o FILE``. Written by
:func:`crisisroom.services.reports.write_report`, as the window writes it (a PDF through
:mod:`crisisroom.printing`, never the window's code); the file is written whole or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, reading
from crisisroom.services import reports as report_service


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


def _report(args: argparse.Namespace, db_path: Path) -> int:
    kind, fmt = args.kind.strip().lower(), args.fmt.strip().lower()
    # Bad requests and unwritable paths are refused before the database is opened.
    report_service.check_request(kind, fmt)
    output: Path = args.output.expanduser()
    report_service.check_output(output)
    with reading(db_path) as database:
        report_service.write_report(database, args.incident, kind, fmt, output)
    print(f"wrote the {kind} report ({fmt.upper()}) to {output}")
    return EXIT_OK
