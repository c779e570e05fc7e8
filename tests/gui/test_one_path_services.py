"""The window and the command line take one path: the same report file, the same log entry.

A report saved from the window's preview and one written by ``crisisroom report`` (a real process)
come out of :func:`crisisroom.services.reports.write_report`, so their PDFs read the same; the
command line lays its PDF out without loading the window's code. A severity reassessed at the same
level reads the same in the log from the window's assessment and from ``crisisroom incident level``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crisisroom.cli import main
from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts
from crisisroom.gui.assessment_dialog import AssessmentDialog
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.report_preview import ReportPreview
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.storage import log
from crisisroom.storage.database import Database
from tests.conftest import need_real

ROOT = Path(__file__).resolve().parents[2]
REPORT = ("--kind", "activity-log", "--format", "pdf", "-o")
# Runs the command line, then names what it loaded of the window's code and of Qt's widgets.
CHILD = (
    "import sys\n"
    "from crisisroom import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print(sorted(m for m in sys.modules if m.startswith('crisisroom.gui') or m.startswith('PySide6.QtWidgets')))\n"
    "sys.exit(code)\n"
)
# Times of day: the report's own time of making ("Prepared … on …, 14:05") is the one thing two runs
# a moment apart may differ in (the entries' times are masked with it; their dates are kept).
GENERATED = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")


def pdf_text(pdf: Path) -> str:
    """The PDF's text as poppler's pdftotext reads it, on one line, its clock times masked."""
    if shutil.which("pdftotext") is None:
        need_real("pdftotext (poppler-utils) is missing")
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return GENERATED.sub("HH:MM", " ".join(out.split()))


def drill(database: Database) -> str:
    """A drill with a level, a corrected entry and a reassessment: material for an activity log."""
    incident_id = incident_service.open_incident(
        database, "Cartons swelling on shelves", category=Category.OPERATIONAL, author="Ana", drill=True, level=2
    ).value.id
    wrong = log_service.add_entry(database, incident_id, "Batch packed in Uppsala", kind="fact", author="Ana").value
    log_service.correct(database, wrong.id, "Batch packed in Gävle", author="Ben")
    incident_service.reassess(database, incident_id, 2, author="Ben", reason="Still one region")
    incident_service.set_level(database, incident_id, 3, author="Ana", reason="A video is spreading")
    return incident_id


def test_the_window_and_the_command_line_write_the_same_pdf(
    qtbot: QtBot, database: Database, db_path: Path, tmp_path: Path
) -> None:
    incident_id = drill(database)
    from_cli = tmp_path / "cli.pdf"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(db_path), "report", incident_id[:8], *REPORT, str(from_cli)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.splitlines()[-1] == "[]"  # no crisisroom.gui, no QtWidgets: the PDF is printing/'s

    dialog = ReportPreview(database, incident_id, kind="activity-log")
    qtbot.addWidget(dialog)
    dialog.set_format("pdf")
    from_window = tmp_path / "window.pdf"
    prompts.set_next_answer(str(from_window))
    assert dialog.save() == from_window

    cli_text, window_text = pdf_text(from_cli), pdf_text(from_window)
    assert cli_text == window_text
    # Both carry the drill's mark and the kind in every page's header, and what the log holds.
    assert cli_text.startswith("EXERCISE Cartons swelling on shelves · Activity log")
    for seen in (
        "Batch packed in Gävle",
        "Severity reassessed, stays level 2: Still one region",
        "A video is spreading",
    ):
        assert seen in cli_text


def _assess_in_window(qtbot: QtBot, window: MainWindow, reason: str) -> None:
    dialog = window.assess_severity()
    assert isinstance(dialog, AssessmentDialog)
    qtbot.keyClicks(dialog.ui.reason_edit, reason)  # no answers: the level stays where it is
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_reassessment_at_the_same_level_reads_the_same_from_the_window_and_the_command_line(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident_id = incident_service.open_incident(
        database, "Outage", category=Category.OPERATIONAL, author="Ana", level=2
    ).value.id
    window.reload_incidents(select_id=incident_id)
    window.author_edit.setText("Ben")
    _assess_in_window(qtbot, window, "Still one region")
    entries = log.entries(database, incident_id)
    assert window.incident is not None and window.incident.level == 2
    assert (entries[-1].kind, entries[-1].author, entries[-1].text) == (
        "severity",
        "Ben",
        "Severity reassessed, stays level 2: Still one region.",
    )

    other = tmp_path / "cli.sqlite"  # the window holds its file: the command line writes another
    assert main(["--db", str(other), "incident", "new", "Outage", "--level", "2"]) == 0
    cli_id = capsys.readouterr().out.strip()
    assert main(["--db", str(other), "incident", "level", cli_id, "2", "--reason", "Still one region."]) == 0
    capsys.readouterr()
    assert main(["--db", str(other), "log", "show", cli_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[-1]["text"] == entries[-1].text
