"""Every report kind renders from a realistic incident, in HTML and CSV; typed text is escaped or neutralised."""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.services import reports as report_service
from crisisroom.storage.database import Database
from tests.unit.report_support import FORMULAS, XSS, Built, build_incident, report_database
from tests.unit.wizard_support import Clock

HTML_KINDS = ("situation", "daily", "review", "activity-log", "messages")
CSV_KINDS = ("situation", "activity-log", "messages", "mentions")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def built(db: Database, clock: Clock) -> Built:
    return build_incident(db, clock)


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("kind", HTML_KINDS)
def test_every_kind_renders_as_self_contained_html(db: Database, built: Built, kind: str) -> None:
    report = report_service.make_report(db, built.incident_id, kind, "html")
    page = report.html
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "Card payments failing at checkout" in page
    assert "Europe/Paris" in page
    # Self-contained: nothing is fetched from anywhere.
    assert "http://" not in page.replace("http://evil", "") and 'src="http' not in page
    if kind in ("situation", "daily", "review"):
        start = page.index('src="data:image/png;base64,') + len('src="data:image/png;base64,')
        png = base64.b64decode(page[start : page.index('"', start)])
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


@pytest.mark.parametrize("kind", CSV_KINDS)
def test_every_csv_kind_is_utf8_with_bom_and_has_rows(db: Database, built: Built, kind: str) -> None:
    rows = _csv_rows(report_service.make_report(db, built.incident_id, kind, "csv").csv)
    assert len(rows) > 1
    expected = {
        "situation": "Every attempt",
        "activity-log": "Notable activity",
        "messages": "Approved by",
        "mentions": "Sentiment",
    }[kind]
    assert expected in rows[0]
    if kind == "mentions":
        assert len(rows) == 61
        assert sum(1 for r in rows[1:] if r[5] == "negative") == 44
    if kind == "messages":
        assert len(rows) == 2  # one approved version
        assert rows[1][5] == "Dana Lee" and rows[1][8] == "X, Website"


def test_the_activity_log_has_ics_214_columns_in_time_order(db: Database, built: Built) -> None:
    data = report_service.make_report(db, built.incident_id, "activity-log", "html").html
    assert "Notable activity" in data and "Who" in data
    rows = _csv_rows(report_service.make_report(db, built.incident_id, "activity-log", "csv").csv)[1:]
    stamps = [(r[0], r[1]) for r in rows]
    assert stamps == sorted(stamps)
    # Ben was called at 13:10 UTC, 14:10 in Paris: the log is on the incident's clock.
    assert any(r[:2] == ["2026-03-14", "14:10"] and "Ben Ode" in r[3] for r in rows)
    assert ["Action", "Asked IT for an estimate of the fix", "Ben Ode"] in [r[2:5] for r in rows]


def test_the_messages_sheet_is_ics_213(db: Database, built: Built) -> None:
    page = report_service.make_report(db, built.incident_id, "messages", "html").html
    for text in (
        "General message (ICS 213)",
        "Customers",
        "Holding statement",
        "Dana Lee",
        "Executive approver",
        "X, Website",
        "No card details have been exposed",
    ):
        assert text in page
    # A draft that was never approved is not a sheet.
    assert "We are aware of failing payments." not in page


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_mentions_is_a_spreadsheet_export_only(fmt: str) -> None:
    with pytest.raises(InvalidInputError, match="use --format csv"):
        report_service.check_request("mentions", fmt)


@pytest.mark.parametrize("kind", ["daily", "review"])
def test_csv_is_refused_for_the_written_reports_with_a_reason(kind: str) -> None:
    with pytest.raises(InvalidInputError, match=r"--format csv is for situation \(the call tree\), activity-log"):
        report_service.check_request(kind, "csv")


def test_unknown_kinds_and_formats_are_explained() -> None:
    with pytest.raises(InvalidInputError, match="choose one of situation"):
        report_service.check_request("weekly", "html")
    with pytest.raises(InvalidInputError, match="choose html, pdf or csv"):
        report_service.check_request("daily", "docx")
    with pytest.raises(InvalidInputError, match="an after-action report is html or pdf"):
        report_service.check_request("after-action", "csv")


def test_a_drill_is_marked_exercise(db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, drill=True)
    report = report_service.make_report(db, built.incident_id, "situation", "html")
    assert report.exercise
    assert "EXERCISE · This is a drill" in report.html
    assert report_service.page_header(report).startswith("EXERCISE · ")


# --- What people typed ----------------------------------------------------------------------------


@pytest.fixture
def hostile(db: Database, clock: Clock) -> Built:
    return build_incident(db, clock, title=f"Outage {XSS}", typed=XSS)


@pytest.mark.parametrize("kind", HTML_KINDS)
def test_html_and_script_typed_by_people_come_out_escaped(db: Database, hostile: Built, kind: str) -> None:
    page = report_service.make_report(db, hostile.incident_id, kind, "html").html
    assert "<script>" not in page and "<img src=x" not in page
    assert "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page


@pytest.mark.parametrize("payload", FORMULAS)
def test_formulas_typed_by_people_are_neutralised_in_every_csv(db: Database, clock: Clock, payload: str) -> None:
    built = build_incident(db, clock, title=f"Outage {payload}".strip(), typed=payload, with_review=False)
    cells = []
    for kind in CSV_KINDS:
        cells += [
            cell
            for row in _csv_rows(report_service.make_report(db, built.incident_id, kind, "csv").csv)
            for cell in row
        ]
    carrying = [cell for cell in cells if payload.strip() in cell]
    assert carrying, "the payload should reach the export"
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any(cell.startswith("'") and cell[1:].startswith(payload[0]) for cell in cells)
