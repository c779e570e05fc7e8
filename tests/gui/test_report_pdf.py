"""Reports as PDF: every kind laid out by Qt, turned into PNG pages with pdftoppm, and checked for ink."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from crisisroom import cli
from crisisroom.printing.pdf import html_to_pdf
from crisisroom.services import reports as report_service
from crisisroom.storage.database import Database
from tests.conftest import need_real
from tests.unit.report_support import XSS, build_incident, report_database
from tests.unit.wizard_support import Clock

HTML_KINDS = ("situation", "daily", "review", "activity-log", "messages")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


def pdf_pages(pdf: Path, folder: Path) -> list[QImage]:
    """Every page of ``pdf`` as a picture (poppler's pdftoppm at 60 dpi)."""
    if shutil.which("pdftoppm") is None:
        need_real("pdftoppm is missing: install poppler-utils to look at PDFs")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    images = [QImage(str(p)) for p in sorted(folder.glob("page*.png"))]
    assert images and not any(image.isNull() for image in images)
    return images


def ink(image: QImage, top: float = 0.0, bottom: float = 1.0) -> float:
    """The share of sampled pixels in a band of the page that are not white paper."""
    rows = range(int(image.height() * top), int(image.height() * bottom), 3)
    samples = [(x, y) for x in range(0, image.width(), 3) for y in rows]
    dark = sum(1 for x, y in samples if image.pixelColor(x, y).lightness() < 200)
    return dark / len(samples)


@pytest.mark.parametrize("kind", HTML_KINDS)
def test_every_kind_makes_a_pdf_with_pages_that_are_not_blank(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path, kind: str
) -> None:
    built = build_incident(db, clock)
    report = report_service.make_report(db, built.incident_id, kind, "pdf")
    data = html_to_pdf(report.html, header=report.header, exercise=report.exercise, footer=report.title)
    assert data.startswith(b"%PDF-")
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(data)
    pages = pdf_pages(pdf, tmp_path / kind)
    assert 0.01 < ink(pages[0]) < 0.35  # text on white paper: not blank, not a black box
    for page in pages:
        assert page.height() > page.width()  # A4 portrait
        assert 0.001 < ink(page) < 0.35
        assert ink(page, 0.0, 0.08) > 0.001  # the header on every page
        assert ink(page, 0.93, 1.0) > 0.0005  # the page number on every page


def test_a_drill_says_exercise_in_the_header_of_every_page(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path
) -> None:
    built = build_incident(db, clock, drill=True)
    report = report_service.make_report(db, built.incident_id, "review", "pdf")
    plain = html_to_pdf(report.html, header=report.header, exercise=False)
    marked = html_to_pdf(report.html, header=report.header, exercise=True)
    (tmp_path / "plain.pdf").write_bytes(plain)
    (tmp_path / "marked.pdf").write_bytes(marked)
    before = pdf_pages(tmp_path / "plain.pdf", tmp_path / "plain")
    after = pdf_pages(tmp_path / "marked.pdf", tmp_path / "marked")
    assert len(before) == len(after) > 1
    for a, b in zip(before, after, strict=True):
        assert ink(b, 0.0, 0.08) > ink(a, 0.0, 0.08)  # the mark adds ink to each header


def test_the_command_line_writes_a_pdf(
    qtbot: QtBot, db: Database, db_path: Path, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = build_incident(db, clock, typed=XSS)
    db.close()
    out = tmp_path / "out" / "review.pdf"
    out.parent.mkdir()
    code = cli.main(
        ["--db", str(db_path), "report", built.incident_id[:8], "--kind", "review", "--format", "pdf", "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.parent.iterdir()] == ["review.pdf"]  # no temporary file left behind
    assert len(pdf_pages(out, tmp_path / "cli")) >= 2


def test_the_after_action_pdf_of_a_played_drill_has_pages_with_ink(qtbot: QtBot, tmp_path: Path) -> None:
    from crisisroom.drills import scenario
    from crisisroom.services.drills import play_headless
    from crisisroom.storage.database import open_database

    with open_database(tmp_path / "drill.sqlite") as database:
        run = play_headless(database, scenario.find("product-recall"), author="Facilitator").value
        report = report_service.make_report(database, run.incident.id, "after-action", "pdf")
    data = html_to_pdf(report.html, header=report.header, exercise=report.exercise, footer=report.title)
    (tmp_path / "after-action.pdf").write_bytes(data)
    pages = pdf_pages(tmp_path / "after-action.pdf", tmp_path / "after-action")
    for page in pages:
        assert 0.001 < ink(page) < 0.35
        assert ink(page, 0.0, 0.08) > 0.001  # the EXERCISE header on every page
