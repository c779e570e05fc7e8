"""Corrections in PDF reports: the entry once, in its latest form, marked; laid out by Qt and read back."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crisisroom.drills import scenario
from crisisroom.printing.pdf import html_to_pdf, report_document
from crisisroom.services import reports as report_service
from crisisroom.services.drills import play_headless
from crisisroom.storage.database import Database
from tests.unit.corrections_support import ORIGINAL, add_chain, assert_shown_corrected, correct_a_decision
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock

KINDS = ("situation", "daily", "review", "activity-log")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


def pdf_text(pdf: bytes, folder: Path) -> str:
    """The PDF's text as pdftotext reads it, one space for any run of white space."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "report.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is missing")
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    out = out.replace("\ufb01", "fi").replace("\ufb02", "fl")  # Qt's fonts set these as ligatures
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", out))  # a line may break after "level-"


def _pdf_of(db: Database, incident_id: str, kind: str) -> tuple[bytes, str]:
    report = report_service.make_report(db, incident_id, kind, "pdf")
    pdf = html_to_pdf(report.html, header=report.header, exercise=report.exercise, footer=report.title)
    return pdf, report.html


@pytest.mark.parametrize("kind", KINDS)
def test_each_pdf_shows_the_decision_once_in_its_latest_form(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path, kind: str
) -> None:
    built = build_incident(db, clock)
    correct_a_decision(db, built.incident_id, clock, minutes=7 * 60 + 10)
    add_chain(db)
    clock.at(hours=8)
    pdf, html = _pdf_of(db, built.incident_id, kind)
    text = pdf_text(pdf, tmp_path / kind)
    if kind == "activity-log":  # the superseded wording is there once, struck through (<del>), beside the latest
        assert text.count(ORIGINAL) == 1 and "<del>" in html
        text = text.replace(ORIGINAL, "")
    assert_shown_corrected(text)
    # Qt's own reading of the document says the same.
    plain = re.sub(r"\s+", " ", report_document(html).toPlainText())
    assert_shown_corrected(plain.replace(ORIGINAL, "") if kind == "activity-log" else plain)
    if kind == "situation":
        assert "5 people in the level-3 chain of command: 1 acknowledged, 1 reached, 3 not yet tried" in text
        assert "Dee Moss" in text and "Fay Quint" in text
    if kind == "review":
        assert "1 of 5" in text and "people in the level-3 chain confirmed" in text


def test_the_after_action_pdf_shows_the_decision_corrected(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path
) -> None:
    run = play_headless(db, scenario.find("product-recall"), author="Facilitator").value
    correct_a_decision(db, run.incident.id, clock, minutes=90)
    pdf, _ = _pdf_of(db, run.incident.id, "after-action")
    assert_shown_corrected(pdf_text(pdf, tmp_path))


@pytest.mark.parametrize("kind", ["messages"])
def test_the_message_record_pdf_has_no_superseded_text(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path, kind: str
) -> None:
    built = build_incident(db, clock)
    correct_a_decision(db, built.incident_id, clock, minutes=7 * 60 + 10)
    pdf, _ = _pdf_of(db, built.incident_id, kind)
    text = pdf_text(pdf, tmp_path)
    assert ORIGINAL not in text and "Decision: Decision" not in text
