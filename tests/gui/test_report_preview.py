"""The report preview: every kind renders, Save writes the chosen format, Print goes through the prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crisisroom.gui import prompts
from crisisroom.gui.report_preview import PREVIEW_KINDS, ReportPreview
from crisisroom.storage.database import Database
from tests.unit.report_support import XSS, build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


def preview(qtbot: QtBot, db: Database, incident_id: str, kind: str = "situation") -> ReportPreview:
    dialog = ReportPreview(db, incident_id, kind=kind)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("kind", PREVIEW_KINDS)
def test_every_kind_renders_in_the_preview(qtbot: QtBot, db: Database, clock: Clock, kind: str) -> None:
    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id, kind)
    assert dialog.kind == kind
    assert dialog.report is not None
    text = dialog.browser.toPlainText()
    assert "Card payments failing at checkout" in text
    assert not dialog.banner.isVisibleTo(dialog)
    assert [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())] == list(PREVIEW_KINDS)


def test_switching_kind_renders_again_and_offers_csv_only_where_it_exists(
    qtbot: QtBot, db: Database, clock: Clock
) -> None:
    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id)
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == ["html", "pdf", "csv"]  # the situation report's call tree
    dialog.set_kind("daily")
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == ["html", "pdf"]
    dialog.set_kind("activity-log")
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == ["html", "pdf", "csv"]
    assert "Activity log" in dialog.browser.toPlainText()


def test_typed_html_is_shown_as_text_not_run(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, typed=XSS)
    dialog = preview(qtbot, db, built.incident_id)
    assert "<script>alert(1)</script>" in dialog.browser.toPlainText()
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()


@pytest.mark.parametrize(
    ("kind", "fmt", "start"),
    [
        ("situation", "html", b"<!DOCTYPE"),
        ("review", "pdf", b"%PDF"),
        ("activity-log", "csv", b"\xef\xbb\xbf"),
    ],
)
def test_save_writes_the_chosen_format(
    qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path, kind: str, fmt: str, start: bytes
) -> None:
    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id, kind)
    dialog.set_format(fmt)
    target = tmp_path / f"report.{fmt}"
    prompts.set_next_answer(str(target))
    assert dialog.save() == target
    assert target.read_bytes()[:20].lstrip().upper().startswith(start.upper())
    assert prompts.shown[-1][0].startswith("Save the")


def test_save_cancelled_writes_nothing(qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path) -> None:
    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id)
    prompts.set_next_answer(None)
    assert dialog.save() is None
    assert not list(tmp_path.glob("*.html"))


def test_print_goes_through_the_print_prompt(qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id, "daily")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    prompts.set_next_answer(True)
    assert dialog.print_report(printer=printer)
    assert out.read_bytes().startswith(b"%PDF")
    assert prompts.shown[-1] == ("Print the daily summary", "print")


def test_print_cancelled_prints_nothing(qtbot: QtBot, db: Database, clock: Clock, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    built = build_incident(db, clock)
    dialog = preview(qtbot, db, built.incident_id)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    prompts.set_next_answer(False)
    assert not dialog.print_report(printer=printer)
    assert not out.exists()


def test_a_drill_shows_the_exercise_banner_and_offers_the_after_action_report(
    qtbot: QtBot, db: Database, clock: Clock
) -> None:
    built = build_incident(db, clock, drill=True)
    dialog = preview(qtbot, db, built.incident_id)
    assert dialog.banner.isVisibleTo(dialog)
    assert "EXERCISE" in dialog.banner.text()
    assert dialog.kind_combo.findData("after-action") >= 0
